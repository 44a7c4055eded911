// How a domain's state reads on the Domains page: its status in words, with badge colours of at least
// 4.5:1 contrast, and the certificate's progress from the operator's CertificateReady condition.

export type DomainStatus = 'pending' | 'verified' | 'ready' | 'failed';

export const DOMAIN_STATUS: Readonly<Record<DomainStatus, { label: string; badge: string }>> = {
  pending: { label: 'Waiting for the TXT record', badge: 'bg-amber-100 text-amber-900' },
  verified: { label: 'Ownership verified, certificate on its way', badge: 'bg-sky-100 text-sky-900' },
  ready: { label: 'Live over HTTPS', badge: 'bg-emerald-100 text-emerald-900' },
  failed: { label: 'Failed', badge: 'bg-red-100 text-red-900' },
};

interface Condition {
  type: string;
  status: string;
  reason: string;
  message: string;
}

/** An operator message as a sentence: capital first letter, closing full stop. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const capitalized = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalized) ? capitalized : `${capitalized}.`;
}

/** The certificate's state as one sentence; the operator's own message says the details. */
export function certificateStatus(conditions: readonly Condition[]): string {
  const certificate = conditions.find((condition) => condition.type === 'CertificateReady');
  if (!certificate || certificate.reason === 'NotClaimed') {
    return 'Not requested yet: it is requested as soon as ownership is verified.';
  }
  const detail = sentence(certificate.message);
  if (certificate.status === 'True') return detail ? `Issued. ${detail}` : 'Issued.';
  if (certificate.status === 'False') return detail ? `Not issued. ${detail}` : 'Not issued.';
  return detail ? `Being issued. ${detail}` : 'Being issued.';
}

/** A host as typed or pasted: a pasted address such as https://www.example.com/ becomes its host name. */
export function hostFromInput(input: string): string {
  const text = input.trim();
  // Through the URL parser either way, so "café.example" leaves as the xn-- form the API takes.
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  try {
    return new URL(withScheme).hostname;
  } catch {
    return text.replace(/\/+$/, '');
  }
}

/** Whether a value from the address bar can be shown as a host name in a sentence. */
export function looksLikeHost(value: string): boolean {
  return /^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$/i.test(value);
}
