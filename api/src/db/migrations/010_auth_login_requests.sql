-- Magic-link sign-ins. A row is one emailed link: only SHA-256 hashes of the link token and of the poll
-- secret are kept, and the email is encrypted (src/crypto/pii.ts) with its keyed lookup hash beside it.
-- used_at is set once, atomically, when the link is confirmed; collected_at once, when the session it
-- grants has been handed out (to the JSON confirmer, or to the device polling with the poll secret).
CREATE TABLE login_requests (
  id uuid PRIMARY KEY,
  email_lookup bytea NOT NULL,
  email_encrypted text NOT NULL,
  token_hash bytea NOT NULL UNIQUE,
  poll_secret_hash bytea NOT NULL,
  verification_code text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  user_id uuid REFERENCES users(id) ON DELETE CASCADE,
  collected_at timestamptz
);
CREATE INDEX login_requests_email ON login_requests (email_lookup, created_at DESC);
CREATE INDEX login_requests_expires ON login_requests (expires_at);
