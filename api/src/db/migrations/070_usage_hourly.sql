-- Usage per workspace, site and metric, one row per hour, rolled up from Prometheus by `pagemagic-api meter`
-- (src/metering). A roll-up writes an hour's rows whole, so re-running it (or a second meter) rewrites the
-- same numbers. `site` is the Website's name, or '' for usage that belongs to the workspace as a whole.
CREATE TABLE usage_hourly (
  workspace_id text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  site text NOT NULL,
  metric text NOT NULL CHECK (metric IN (
    'requests', 'bandwidth_bytes', 'build_seconds', 'ai_prompt_tokens', 'ai_completion_tokens', 'generations'
  )),
  hour timestamptz NOT NULL CHECK (date_trunc('hour', hour) = hour),
  value double precision NOT NULL CHECK (value >= 0),
  PRIMARY KEY (workspace_id, metric, hour, site)
);
