-- How far `pagemagic-api meter` has rolled usage up into usage_hourly: the end of the last hour it wrote,
-- advanced in the same transaction as that hour's rows, so a meter that stops at any point resumes with
-- the next hour and no hour is counted twice. One row per hour length: production meters hours of 3600
-- seconds; tests shorten the hour (PAGEMAGIC_METER_HOUR_SECONDS) and keep their progress apart.
CREATE TABLE meter_state (
  hour_seconds integer PRIMARY KEY CHECK (hour_seconds > 0),
  rolled_to timestamptz NOT NULL CHECK (date_trunc('hour', rolled_to) = rolled_to),
  updated_at timestamptz NOT NULL DEFAULT now()
);
