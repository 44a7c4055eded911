-- The activity feed, filled by the JetStream consumer (src/events/consumer.ts) from the operator's events.
-- message_id is the event's Nats-Msg-Id (else stream:sequence), so a redelivered or replayed message finds
-- its row and changes nothing.
CREATE TABLE activity (
  id bigserial PRIMARY KEY,
  message_id text NOT NULL UNIQUE,
  workspace_id text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  type text NOT NULL,
  object_kind text NOT NULL,
  object_name text NOT NULL,
  object_uid text NOT NULL,
  -- The Website the event is about (its own name for site.*, data.website for builds and domains).
  website text,
  subject text NOT NULL,
  stream_sequence bigint NOT NULL,
  occurred_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  data jsonb NOT NULL DEFAULT '{}'
);
-- Newest first, with id as the tie-breaker the keyset pagination walks.
CREATE INDEX activity_workspace_feed ON activity (workspace_id, occurred_at DESC, id DESC);
CREATE INDEX activity_website_feed ON activity (workspace_id, website, occurred_at DESC, id DESC);

-- One row per (event, recipient) email, written in the activity row's transaction. An email is sent once:
-- a sender claims the row for a while (claimed_until), sends, then stamps sent_at; a redelivery only sends
-- what is still unsent.
CREATE TABLE notification_emails (
  message_id text NOT NULL REFERENCES activity(message_id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  claimed_until timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  sent_at timestamptz,
  PRIMARY KEY (message_id, user_id)
);
CREATE INDEX notification_emails_unsent ON notification_emails (message_id) WHERE sent_at IS NULL;
