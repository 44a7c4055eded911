-- People, sessions, workspaces and the audit log. Names and emails are stored encrypted (AES-256-GCM,
-- src/crypto/pii.ts); email_lookup is a keyed HMAC so a sign-in can find its user without the clear text.

CREATE TABLE users (
  id uuid PRIMARY KEY,
  email_lookup bytea NOT NULL UNIQUE,
  email_encrypted text NOT NULL,
  name_encrypted text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- One row per refresh token ever issued. A family is one sign-in; rotating hands out the next member and
-- marks the old one used. Presenting a used token again revokes the whole family.
CREATE TABLE refresh_tokens (
  id uuid PRIMARY KEY,
  family_id uuid NOT NULL,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  token_hash bytea NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);

CREATE TABLE workspaces (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9]{8,20}$'),
  name text NOT NULL,
  plan text NOT NULL DEFAULT 'free',
  namespace text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE memberships (
  workspace_id text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, user_id)
);
CREATE INDEX memberships_user ON memberships (user_id);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_user_id uuid,
  workspace_id text,
  action text NOT NULL,
  target text,
  ip inet,
  user_agent text,
  request_id text,
  details jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_workspace ON audit_log (workspace_id, at DESC);
CREATE INDEX audit_log_actor ON audit_log (actor_user_id, at DESC);
