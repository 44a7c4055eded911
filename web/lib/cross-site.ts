// Cross-site request forgery on this app's own route handlers. Next checks the Origin of server actions
// but not of route handlers, and a sign-out form on any page could end a session: SameSite=Lax cookies
// still travel with requests from the same site (a site's pages on a sibling host) and, in some browsers,
// with top-level cross-site POSTs. So a request that can change state must come from this origin.
//
// The browser's Sec-Fetch-Site decides when present (page scripts cannot set it); without it, Origin must
// name the host the request was sent to. A request with neither was not sent by a browser on someone's
// behalf, and carries no one else's cookies.

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isCrossSiteWrite(request: Request): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const site = request.headers.get('sec-fetch-site');
  if (site !== null) return site !== 'same-origin' && site !== 'none';
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  // The first forwarded host is the one the browser used; Next fills it in from Host when no proxy did.
  const host = (request.headers.get('x-forwarded-host') ?? request.headers.get('host'))
    ?.split(',')[0]
    ?.trim();
  try {
    return new URL(origin).host !== host;
  } catch {
    // "null" (a sandboxed frame, a redirect across origins) or garbage.
    return true;
  }
}
