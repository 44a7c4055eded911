-- Invitations to a workspace. The email is stored encrypted with a keyed lookup hash beside it (as users'
-- emails are), so accepting compares hashes and a database reader learns no addresses. Only the SHA-256
-- of the token is kept; a link is spent once (accepted_at) and dies at expires_at or when revoked.

CREATE TABLE invitations (
  id uuid PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  email_lookup bytea NOT NULL,
  email_encrypted text NOT NULL,
  role text NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
  token_hash bytea NOT NULL UNIQUE,
  invited_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  accepted_by uuid REFERENCES users(id) ON DELETE SET NULL,
  revoked_at timestamptz
);

-- One open invitation per address and workspace: inviting again replaces the earlier link.
CREATE UNIQUE INDEX invitations_open ON invitations (workspace_id, email_lookup)
  WHERE accepted_at IS NULL AND revoked_at IS NULL;
