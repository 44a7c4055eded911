-- Sign-ins through Google, GitHub and Apple. A person is found by (provider, subject), never by the email
-- a provider reports: the subject is the provider's stable id, an email can change hands or be unverified.
-- Pending authorisations (state, PKCE verifier, nonce) and one-time exchange codes live in Redis with a
-- TTL (auth/oauth.ts), so this is the only table.

CREATE TABLE oauth_identities (
  provider text NOT NULL CHECK (provider IN ('google', 'github', 'apple')),
  subject text NOT NULL CHECK (subject <> ''),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  -- What the provider said when the identity was first seen: only a verified email may join an existing user.
  email_verified boolean NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_sign_in_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (provider, subject)
);
CREATE INDEX oauth_identities_user ON oauth_identities (user_id);
