// Just enough browser for sign-in flows: a cookie jar per host, redirects followed one hop at a time, and
// the auto-submitting form a provider answers with for response_mode=form_post submitted as a browser's
// script would. A flow can stop before a hop (to replay or tamper with it) and resume from there.

export interface Hop {
  method: 'GET' | 'POST';
  url: string;
  /** A form body (form_post). */
  form?: URLSearchParams;
}

export interface RunResult {
  /** The hop `until` stopped before; undefined when the flow ended at `response`. */
  stopped?: Hop;
  response?: Response;
  /** Every hop made, in order. */
  hops: Hop[];
}

function decodeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The form a form_post page submits, when `html` is one. */
export function formPostOf(html: string, base: string): Hop | undefined {
  const form = /<form method="post" action="([^"]+)">([\s\S]*?)<\/form>/i.exec(html);
  if (!form?.[1]) return undefined;
  const body = new URLSearchParams();
  for (const input of (form[2] ?? '').matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/?>/g)) {
    body.append(decodeHtml(input[1] ?? ''), decodeHtml(input[2] ?? ''));
  }
  return { method: 'POST', url: new URL(decodeHtml(form[1]), base).href, form: body };
}

export class TestBrowser {
  readonly #jar = new Map<string, Map<string, string>>();

  cookies(url: string): Map<string, string> {
    const host = new URL(url).host;
    let cookies = this.#jar.get(host);
    if (!cookies) {
      cookies = new Map();
      this.#jar.set(host, cookies);
    }
    return cookies;
  }

  /** One request, with this browser's cookies for the host, storing what it sets. */
  async request(hop: Hop, headers: Record<string, string> = {}): Promise<Response> {
    const cookies = this.cookies(hop.url);
    const cookieHeader = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(hop.url, {
      method: hop.method,
      redirect: 'manual',
      headers: {
        ...(cookieHeader ? { cookie: cookieHeader } : {}),
        ...(hop.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        ...headers,
      },
      body: hop.form?.toString(),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute)) || value === '';
      if (expired) cookies.delete(name);
      else cookies.set(name, value);
    }
    return response;
  }

  /** Follows the flow from `start` until a hop matches `until`, or a page that is neither a redirect nor a form post. */
  async run(start: Hop, until: (hop: Hop) => boolean = () => false): Promise<RunResult> {
    const hops: Hop[] = [];
    let hop = start;
    for (let step = 0; step < 20; step++) {
      if (until(hop)) return { stopped: hop, hops };
      hops.push(hop);
      const response = await this.request(hop);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        hop = { method: 'GET', url: new URL(location, hop.url).href };
        continue;
      }
      if (response.status === 200 && (response.headers.get('content-type') ?? '').includes('html')) {
        const html = await response.text();
        const next = formPostOf(html, hop.url);
        if (next) {
          hop = next;
          continue;
        }
        return { response: new Response(html, { status: response.status, headers: response.headers }), hops };
      }
      return { response, hops };
    }
    throw new Error(`the flow did not end within 20 hops: ${hops.map((item) => item.url).join(' → ')}`);
  }
}
