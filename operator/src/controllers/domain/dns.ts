// TXT lookups through a resolver of our choosing (PAGEMAGIC_DNS_SERVERS), so tests can point it at
// pebble-challtestsrv and production at a resolver that does not cache negative answers for long.

import { Resolver } from 'node:dns/promises';

export type TxtLookup = (name: string) => Promise<string[][]>;

/** "No such name" and "no TXT records" both mean the record is not there; anything else is a failure. */
const ABSENT = new Set(['ENOTFOUND', 'ENODATA']);

export function createTxtLookup(servers?: readonly string[]): TxtLookup {
  const resolver = new Resolver({ timeout: 2000, tries: 2 });
  if (servers && servers.length > 0) resolver.setServers([...servers]);
  return async (name) => {
    try {
      return await resolver.resolveTxt(name);
    } catch (error) {
      if (ABSENT.has((error as { code?: string }).code ?? '')) return [];
      throw error;
    }
  };
}
