// Magic-link sign-in. A login request emails a link holding a 32-byte token (only its SHA-256 is stored);
// the link lasts 15 minutes and is spent once by an atomic UPDATE, however many redemptions race. Opening
// the link only shows a page with a button, because mail scanners fetch every link they see; the button's
// POST spends it. The user is made (or found) only then, so asking for a link does the same work whether
// or not the address has an account.
//
// A device that cannot open the link (the CLI) polls with the request id and a poll secret it alone got;
// the session is handed to it once. Both ends show a verification code, so a person tricked into
// confirming a link someone else asked for can notice that their screen shows no such code.

import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { escapeHtml } from '@pagemagic/operator/render';
import type { FastifyBaseLogger } from 'fastify';
import { findOrCreateUserByEmail, type User } from '../accounts/users.ts';
import { normalizeEmail } from '../crypto/pii.ts';
import { hashToken, newToken } from '../crypto/tokens.ts';
import { inTransaction } from '../db/transaction.ts';
import { ApiError } from '../errors.ts';
import { API_PREFIX } from '../route.ts';
import type { Services } from '../services.ts';
import type { TokenPair } from './sessions.ts';

export const LINK_TTL_SECONDS = 15 * 60;
/** How long after confirmation the polling device may still collect its session. */
export const COLLECT_TTL_SECONDS = 15 * 60;
const EMAIL_CONTEXT = 'login_requests.email';
// No 0/O or 1/I/L: the code is read off one screen and compared with another.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export interface LoginRequested {
  loginRequestId: string;
  pollSecret: string;
  verificationCode: string;
  expiresIn: number;
  /** The keyed hash of the address, for audit rows that must not hold the address itself. */
  emailLookup: string;
}

export function newVerificationCode(): string {
  // Rejection sampling keeps every character equally likely (256 is not a multiple of the alphabet).
  const chars: string[] = [];
  while (chars.length < 8) {
    for (const byte of randomBytes(16)) {
      if (byte < 256 - (256 % CODE_ALPHABET.length) && chars.length < 8) {
        chars.push(CODE_ALPHABET[byte % CODE_ALPHABET.length] as string);
      }
    }
  }
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

export function confirmUrl(publicUrl: string, token: string): string {
  return `${publicUrl}${API_PREFIX}/auth/confirm?token=${encodeURIComponent(token)}`;
}

/** The mobile app's scheme and its confirm screen (mobile/app.json `scheme`, mobile/app/confirm.tsx). */
const APP_LINK_PREFIX = 'pagemagic://confirm';

/**
 * The same one-time code as the browser link, for the mobile app: the app exchanges it (POST /auth/confirm)
 * for its session, so the link carries no token of any session.
 */
export function appConfirmUrl(token: string): string {
  return `${APP_LINK_PREFIX}?token=${encodeURIComponent(token)}`;
}

export function loginMail(input: {
  to: string;
  link: string;
  code: string;
  webUrl: string;
  appLink?: string;
}) {
  const minutes = LINK_TTL_SECONDS / 60;
  const text = [
    'Hello,',
    '',
    ...(input.appLink
      ? [
          'On the phone where you asked to sign in, open this link in the Page Magic app:',
          '',
          input.appLink,
          '',
        ]
      : []),
    input.appLink
      ? 'Or open this link in a browser to sign in to Page Magic:'
      : 'Open this link to sign in to Page Magic:',
    '',
    input.link,
    '',
    `Confirm only if the window where you asked to sign in shows the code ${input.code}.`,
    `The link works once and expires in ${minutes} minutes.`,
    '',
    'If you did not ask to sign in, ignore this email: nobody can sign in without the link.',
    '',
    `Page Magic — ${input.webUrl}`,
  ].join('\n');
  const html = page(
    'Sign in to Page Magic',
    `${
      input.appLink
        ? `<p>On the phone where you asked to sign in, open this link in the Page Magic app:</p>
<p><a href="${escapeHtml(input.appLink)}">Sign in in the app</a></p>
<p>Or open this link in a browser to sign in to Page Magic:</p>`
        : '<p>Open this link to sign in to Page Magic:</p>'
    }
<p><a href="${escapeHtml(input.link)}">Sign in to Page Magic</a></p>
<p>Confirm only if the window where you asked to sign in shows the code <strong>${escapeHtml(input.code)}</strong>.
The link works once and expires in ${minutes} minutes.</p>
<p>If you did not ask to sign in, ignore this email: nobody can sign in without the link.</p>`,
  );
  return { to: input.to, subject: 'Sign in to Page Magic', text, html };
}

/**
 * Records a login request and emails its link. Nothing here depends on whether the address has an
 * account: the answer and the work are the same for every address.
 */
export async function requestLogin(
  services: Services,
  email: string,
  log: Pick<FastifyBaseLogger, 'error'>,
  openIn: 'browser' | 'app' = 'browser',
): Promise<LoginRequested> {
  const normalized = normalizeEmail(email);
  const token = newToken();
  const pollSecret = newToken();
  const verificationCode = newVerificationCode();
  const id = randomUUID();
  const lookup = services.pii.lookup(normalized);
  await services.db.query(
    `INSERT INTO login_requests
       (id, email_lookup, email_encrypted, token_hash, poll_secret_hash, verification_code, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7))`,
    [
      id,
      lookup,
      services.pii.encrypt(normalized, EMAIL_CONTEXT),
      hashToken(token),
      hashToken(pollSecret),
      verificationCode,
      LINK_TTL_SECONDS,
    ],
  );
  try {
    await services.mailer.send(
      loginMail({
        to: normalized,
        link: confirmUrl(services.config.publicUrl, token),
        ...(openIn === 'app' ? { appLink: appConfirmUrl(token) } : {}),
        code: verificationCode,
        webUrl: services.config.webUrl,
      }),
    );
  } catch (error) {
    log.error({ err: error }, 'sending a sign-in email failed');
    // A link nobody received must not stay redeemable (or pollable).
    await services.db.query('DELETE FROM login_requests WHERE id = $1', [id]);
    throw new ApiError('unavailable', 'We could not send the sign-in email just now; try again in a minute');
  }
  return {
    loginRequestId: id,
    pollSecret,
    verificationCode,
    expiresIn: LINK_TTL_SECONDS,
    emailLookup: lookup.toString('hex'),
  };
}

export interface LinkPreview {
  email: string;
  verificationCode: string;
}

/** What a still-valid link is for, without spending it; undefined for an unknown, used or expired one. */
export async function previewLink(services: Services, token: string): Promise<LinkPreview | undefined> {
  const { rows } = await services.db.query<{ email_encrypted: string; verification_code: string }>(
    `SELECT email_encrypted, verification_code FROM login_requests
      WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()`,
    [hashToken(token)],
  );
  const row = rows[0];
  return (
    row && {
      email: services.pii.decrypt(row.email_encrypted, EMAIL_CONTEXT),
      verificationCode: row.verification_code,
    }
  );
}

export const linkGone = () =>
  new ApiError(
    'gone',
    `This sign-in link was already used or has expired (links work once, for ${LINK_TTL_SECONDS / 60} minutes); ask for a new one`,
    { hint: 'POST /api/v1/auth/login sends a new one' },
  );

export interface Confirmed {
  loginRequestId: string;
  user: User;
  created: boolean;
  /** Set when the confirmer asked for the session itself; otherwise the polling device collects it. */
  tokens?: TokenPair;
}

/**
 * Spends the link. The spend is one UPDATE guarded by `used_at IS NULL AND expires_at > now()`, so of any
 * number of concurrent redemptions exactly one gets the row. Should making the user fail afterwards
 * (database or cluster away), the spend is undone so the same link can be tried again.
 */
export async function confirmLink(
  services: Services,
  token: string,
  options: { issueSession: boolean },
): Promise<Confirmed> {
  const spent = await services.db.query<{ id: string; email_encrypted: string }>(
    `UPDATE login_requests SET used_at = now()
      WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
      RETURNING id, email_encrypted`,
    [hashToken(token)],
  );
  const row = spent.rows[0];
  if (!row) throw linkGone();
  try {
    const email = services.pii.decrypt(row.email_encrypted, EMAIL_CONTEXT);
    const { user, created } = await findOrCreateUserByEmail(services, email);
    const tokens = await inTransaction(services.db, async (client) => {
      await client.query(
        `UPDATE login_requests SET user_id = $2, collected_at = CASE WHEN $3 THEN now() END WHERE id = $1`,
        [row.id, user.id, options.issueSession],
      );
      return options.issueSession ? services.sessions.issue(user.id, client) : undefined;
    });
    return { loginRequestId: row.id, user, created, ...(tokens ? { tokens } : {}) };
  } catch (error) {
    await services.db
      .query('UPDATE login_requests SET used_at = NULL WHERE id = $1 AND user_id IS NULL', [row.id])
      .catch(() => undefined);
    throw error;
  }
}

export type PollResult =
  | { status: 'pending' }
  | { status: 'confirmed'; tokens: TokenPair; loginRequestId: string };

/**
 * The polling device's view of its request. The session is handed out by an UPDATE guarded by
 * `collected_at IS NULL`, in the transaction that issues it: concurrent polls queue on the row lock and
 * only the first finds it uncollected.
 */
export async function pollLogin(services: Services, id: string, pollSecret: string): Promise<PollResult> {
  const secretHash = hashToken(pollSecret);
  const tokens = await inTransaction(services.db, async (client) => {
    const { rows } = await client.query<{ user_id: string }>(
      `UPDATE login_requests SET collected_at = now()
        WHERE id = $1 AND poll_secret_hash = $2 AND user_id IS NOT NULL AND collected_at IS NULL
          AND used_at > now() - make_interval(secs => $3)
        RETURNING user_id`,
      [id, secretHash, COLLECT_TTL_SECONDS],
    );
    const row = rows[0];
    return row ? services.sessions.issue(row.user_id, client) : undefined;
  });
  if (tokens) return { status: 'confirmed', tokens, loginRequestId: id };

  const { rows } = await services.db.query<{ pending: boolean }>(
    `SELECT (used_at IS NULL OR user_id IS NULL) AND expires_at > now() AS pending
       FROM login_requests WHERE id = $1 AND poll_secret_hash = $2`,
    [id, secretHash],
  );
  const row = rows[0];
  if (!row) {
    throw new ApiError(
      'not_found',
      'No sign-in request matches this id and poll secret; start signing in again',
      { hint: 'POST /api/v1/auth/login starts again' },
    );
  }
  if (row.pending) return { status: 'pending' };
  throw new ApiError(
    'gone',
    'This sign-in request has expired, or its session was already handed out; start signing in again',
    { hint: 'POST /api/v1/auth/login starts again' },
  );
}

// --- pages for a person in a browser ---------------------------------------------------------------

/**
 * The web app's look (web/app/globals.css and its sign-in pages): the same font, colours, card and button,
 * so the page a sign-in link opens is plainly part of the same product. A test holds the font and brand
 * colours to the app's.
 */
export const PAGE_THEME = {
  font: 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  mono: 'ui-monospace, SFMono-Regular, Menlo, Monaco, Consolas, "Liberation Mono", "Courier New", monospace',
  brand600: '#4f3fd1',
  brand700: '#3f31b0',
  brand800: '#322790',
  // Tailwind's slate-50, -900, -700 and -200, as the app's classes give them.
  background: 'oklch(98.4% 0.003 247.858)',
  text: 'oklch(20.8% 0.042 265.755)',
  muted: 'oklch(37.2% 0.044 257.287)',
  border: 'oklch(92.9% 0.013 255.508)',
} as const;

const t = PAGE_THEME;
export const PAGE_STYLE = [
  '*,*::before,*::after{box-sizing:border-box}',
  `html{font-family:${t.font};line-height:1.5;-webkit-font-smoothing:antialiased;-moz-osx-font-smoothing:grayscale}`,
  `body{margin:0;min-height:100vh;background:${t.background};color:${t.text}}`,
  // Top-aligned, not centred as the app's sign-in page is: centred, the Sign in button moved whenever the
  // text above it settled (fonts), and a click aimed at it just then missed (web-security's browser test).
  'main{max-width:28rem;margin:0 auto;padding:4rem 1.5rem 3rem}',
  `.brand{display:flex;align-items:center;gap:.5rem;margin:0 0 1.5rem;font-size:1.125rem;font-weight:700;color:${t.brand700}}`,
  'h1{margin:0;font-size:1.875rem;line-height:2.25rem;font-weight:700;letter-spacing:-.025em}',
  `p{margin:1rem 0 0;color:${t.muted}}`,
  `strong{color:${t.text}}`,
  `.card{margin-top:2rem;padding:1.5rem;background:#fff;border:1px solid ${t.border};border-radius:.5rem;box-shadow:0 1px 3px 0 rgb(0 0 0/.1),0 1px 2px -1px rgb(0 0 0/.1)}`,
  '.card>:first-child{margin-top:0}',
  `.code{margin-top:.5rem;font-family:${t.mono};font-size:1.875rem;line-height:2.25rem;font-weight:700;letter-spacing:.1em;color:${t.text}}`,
  'form{margin-top:1.5rem}',
  `button,.button{display:inline-block;width:100%;padding:.5rem 1rem;border:0;border-radius:.375rem;background:${t.brand700};color:#fff;font:inherit;font-weight:600;text-align:center;text-decoration:none;cursor:pointer}`,
  `button:hover,.button:hover{background:${t.brand800}}`,
  `:focus-visible{outline:3px solid ${t.brand600};outline-offset:2px}`,
].join('');

// The app's icon (web/app/icon.svg), drawn in the page rather than loaded: the policy loads nothing.
const BRAND = `<p class="brand"><svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="${t.brand700}"/><path d="M9 7h10l5 5v13a1 1 0 0 1-1 1H9a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1z" fill="#fff"/><path d="M19 7v5h5" fill="#e9e7ff"/><path d="M15 14l1.2 3 3 1.2-3 1.2-1.2 3-1.2-3-3-1.2 3-1.2z" fill="${t.brand700}"/></svg>Page Magic</p>`;

/**
 * The pages run no script and load nothing: the policy allows only their own inline style (by hash) and
 * a form posting back to this API.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(PAGE_STYLE).digest('base64')}'`,
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<main>
${BRAND}
<h1>${escapeHtml(title)}</h1>
<div class="card">
${body}
</div>
</main>
</body>
</html>
`;
}

export function confirmPageHtml(input: { token: string; email: string; verificationCode: string }): string {
  // The form posts to `confirm` relative to this page (…/auth/confirm), so it works behind a path prefix.
  return page(
    'Sign in to Page Magic',
    `<p>You are signing in as <strong>${escapeHtml(input.email)}</strong>.</p>
<p>The window where you asked to sign in should show this code:</p>
<p class="code">${escapeHtml(input.verificationCode)}</p>
<p>If it does not, or you did not ask to sign in, close this tab: someone else may be trying to sign in as you.</p>
<form method="post" action="confirm">
<input type="hidden" name="token" value="${escapeHtml(input.token)}">
<button type="submit">Sign in</button>
</form>`,
  );
}

export function signedInPageHtml(input: { webUrl: string }): string {
  return page(
    'You are signed in',
    `<p>Go back to the window where you asked to sign in: it continues by itself. You can close this tab.</p>
<p><a class="button" href="${escapeHtml(input.webUrl)}">Continue to Page Magic</a></p>`,
  );
}

export function linkGonePageHtml(input: { webUrl: string }): string {
  return page(
    'This link cannot be used',
    `<p>This sign-in link was already used or has expired: links work once, for ${LINK_TTL_SECONDS / 60} minutes.</p>
<p>Ask for a new one where you signed in before.</p>
<p><a class="button" href="${escapeHtml(input.webUrl)}">Go to Page Magic</a></p>`,
  );
}
