-- Messages people send through a site's contact form (src/forms/). What they typed is personal data: the
-- fields are one AES-256-GCM value (the column as associated data), and the sender's email is found by
-- its keyed hash, for erasing one person's messages, never by its clear text.
CREATE TABLE form_submissions (
  id uuid PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  -- The Website by name (what people and the API call a site) and by uid (a site made again under the same
  -- name is another site).
  site text NOT NULL,
  website_uid text NOT NULL,
  -- The contact section the form belongs to, the page it was sent from, and its language.
  section text NOT NULL,
  page text NOT NULL,
  locale text NOT NULL,
  fields_encrypted text NOT NULL,
  sender_email_lookup bytea,
  created_at timestamptz NOT NULL DEFAULT now(),
  handled_at timestamptz
);
CREATE INDEX form_submissions_site ON form_submissions (workspace_id, site, created_at DESC, id DESC);
CREATE INDEX form_submissions_sender ON form_submissions (workspace_id, sender_email_lookup);
