-- Contact form messages taken per workspace and UTC month, for the plan's monthly allowance: counted when a
-- message is stored, so deleting or erasing messages later does not give the month's count back.
CREATE TABLE form_message_counts (
  workspace_id text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  month date NOT NULL CHECK (date_trunc('month', month) = month),
  messages integer NOT NULL CHECK (messages >= 0),
  PRIMARY KEY (workspace_id, month)
);
