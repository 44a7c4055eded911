// Where the web app finds the API, read on the server only: the browser never talks to the API directly,
// so tokens stay in httpOnly cookies on this origin.

export function apiBaseUrl(): string {
  const url = process.env.PAGEMAGIC_API_URL ?? 'http://127.0.0.1:18090';
  return url.replace(/\/+$/, '');
}

/**
 * Whether session cookies carry `Secure`. Always in production; `PAGEMAGIC_WEB_INSECURE_COOKIES=1` is for
 * a plain-http origin other than localhost (browsers accept Secure cookies from http://localhost).
 */
export function secureCookies(): boolean {
  return process.env.PAGEMAGIC_WEB_INSECURE_COOKIES !== '1';
}

/** The API as the browser reaches it (OAuth sign-in starts there); the same as apiBaseUrl unless proxied. */
export function publicApiUrl(): string {
  return (process.env.PAGEMAGIC_API_PUBLIC_URL ?? apiBaseUrl()).replace(/\/+$/, '');
}
