// RFC 7235 challenges, as registries send them on 401:
//   WWW-Authenticate: Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull,push"
// Values may be quoted (and then hold commas) or bare; one header may carry several challenges.

export interface AuthChallenge {
  /** Lowercased, e.g. 'bearer' or 'basic'. */
  scheme: string;
  /** Parameter names lowercased; values unquoted. */
  params: Record<string, string>;
  /** The token68 form (`Negotiate abc==`), when a challenge has one instead of parameters. */
  token68?: string;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+/;
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*/;

export function parseWwwAuthenticate(header: string): AuthChallenge[] {
  const challenges: AuthChallenge[] = [];
  let rest = header;
  const skip = (pattern: RegExp): void => {
    rest = rest.replace(pattern, '');
  };

  while (true) {
    skip(/^[\s,]+/);
    const scheme = TOKEN.exec(rest)?.[0];
    if (!scheme) break;
    rest = rest.slice(scheme.length);
    const challenge: AuthChallenge = { scheme: scheme.toLowerCase(), params: {} };
    challenges.push(challenge);
    skip(/^[ \t]+/);

    const token68 = TOKEN68.exec(rest)?.[0];
    if (token68 && /^[ \t]*(,|$)/.test(rest.slice(token68.length)) && !/^[^=]+=[^=]/.test(token68)) {
      challenge.token68 = token68;
      rest = rest.slice(token68.length);
      continue;
    }

    // Parameters until the next thing that is a token not followed by '=' (the next challenge's scheme).
    while (true) {
      skip(/^[\s,]+/);
      const name = TOKEN.exec(rest)?.[0];
      if (!name) break;
      const afterName = rest.slice(name.length);
      const equals = /^[ \t]*=[ \t]*/.exec(afterName);
      if (!equals) break;
      rest = afterName.slice(equals[0].length);
      let value: string;
      if (rest.startsWith('"')) {
        let i = 1;
        value = '';
        while (i < rest.length && rest[i] !== '"') {
          if (rest[i] === '\\' && i + 1 < rest.length) i++;
          value += rest[i];
          i++;
        }
        rest = rest.slice(i + 1);
      } else {
        value = TOKEN.exec(rest)?.[0] ?? '';
        rest = rest.slice(value.length);
      }
      challenge.params[name.toLowerCase()] = value;
    }
  }
  return challenges;
}
