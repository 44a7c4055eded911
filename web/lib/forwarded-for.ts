// The visitor's address for the API. The Next server calls the API from its own address, so without this
// every visitor would share one rate-limit budget and every audit row would name the web server. The API
// believes the header only from its trusted proxies (PAGEMAGIC_TRUSTED_PROXIES: the web server's address
// and any proxy in front of it) and reads it from the right, hop by trusted hop, as usual.
//
// The chain passed on is the request's X-Forwarded-For as Next exposes it: what a proxy in front of the
// web server wrote, or, when the request came straight from the visitor without one, the connection's
// address, which Next fills in. (Next keeps a header the visitor wrote: a web server reachable directly
// from the internet must sit behind a proxy that sets X-Forwarded-For.)

import { isIP } from 'node:net';

/** A chain longer than any real route through proxies; the header's size stays bounded. */
const MAX_HOPS = 20;

export function forwardedFor(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const hops: string[] = [];
  // From the right, the side nearest this server: anything left of an entry that is not an address cannot
  // be placed in the chain, so the chain starts after it.
  for (const entry of header.split(',').reverse()) {
    const address = entry.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
    if (isIP(address) === 0) break;
    hops.unshift(address);
    if (hops.length === MAX_HOPS) break;
  }
  return hops.length > 0 ? hops.join(', ') : undefined;
}
