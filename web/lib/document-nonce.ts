// The nonce of the Content-Security-Policy the current document runs under, for client code that writes
// inline styles into the page or its srcdoc frames. It is the nonce of the page's first load: client-side
// navigations fetch new responses with new nonces, but the document keeps the policy it was loaded with.

/** Read from the scripts the page loaded with (the `nonce` property survives the attribute's hiding). */
export function documentNonce(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  return document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce || undefined;
}
