// The invitation token as the email link carries it. Checked here with the API's own rule, so a link cut
// short by a mail program is explained before the person signs in and presses Join for nothing.

const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

export function invitationToken(raw: unknown): string | undefined {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === 'string' && TOKEN.test(value) ? value : undefined;
}

/** This page's own address for a token, where sign-in brings the person back to. */
export function invitationPath(token: string): string {
  return `/invitations/accept?token=${encodeURIComponent(token)}`;
}
