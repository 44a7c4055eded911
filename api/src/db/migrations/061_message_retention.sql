-- How long a workspace keeps its sites' contact form messages; older ones are deleted by the sweep in
-- src/forms/retention.ts.
ALTER TABLE workspaces
  ADD COLUMN message_retention_days integer NOT NULL DEFAULT 180
  CHECK (message_retention_days BETWEEN 1 AND 3650);
