-- Plans, limits and Stripe (src/billing). The Agency plan is called Business now; a workspace's plan is one
-- of the plans in src/tenancy/plans.ts, and changes only through src/billing/plan-change.ts.
UPDATE workspaces SET plan = 'business' WHERE plan = 'agency';
ALTER TABLE workspaces ADD CONSTRAINT workspaces_plan_known CHECK (plan IN ('free', 'pro', 'business'));

-- The Stripe customer of a workspace, made on its first checkout and kept for every later one.
CREATE TABLE billing_customers (
  workspace_id text PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
  stripe_customer_id text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Each Stripe subscription as last seen. `state_at` is the `created` time of the Stripe event the state
-- came from: an event older than that changes nothing, so out-of-order delivery keeps the newest state.
-- The workspace's plan is the newest subscription that pays: active or trialing, or past_due until
-- `grace_ends_at`.
CREATE TABLE billing_subscriptions (
  stripe_subscription_id text PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  stripe_customer_id text NOT NULL,
  status text NOT NULL CHECK (status IN (
    'active', 'trialing', 'past_due', 'canceled', 'unpaid', 'incomplete', 'incomplete_expired', 'paused'
  )),
  plan text CHECK (plan IN ('pro', 'business')),
  price_id text,
  current_period_end timestamptz,
  cancel_at_period_end boolean NOT NULL DEFAULT false,
  subscription_created timestamptz NOT NULL,
  state_at timestamptz NOT NULL,
  grace_ends_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX billing_subscriptions_workspace ON billing_subscriptions (workspace_id, subscription_created DESC);

-- Stripe event ids already acted on, written in the transaction of their effect: a duplicate or a replay
-- finds its id here and changes nothing.
CREATE TABLE billing_stripe_events (
  id text PRIMARY KEY,
  type text NOT NULL,
  created timestamptz NOT NULL,
  workspace_id text,
  processed_at timestamptz NOT NULL DEFAULT now()
);

-- Every AI generation and regeneration, counted exactly for generationsPerMonth (Prometheus has the same
-- count as pagemagic_api_generations_total, for the meter). A row is written before the work starts and
-- removed again when the work could not be started.
CREATE TABLE billing_generations (
  id uuid PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  site text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('generate', 'regenerate')),
  user_id uuid,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX billing_generations_month ON billing_generations (workspace_id, at);

-- What a workspace was told: bandwidth at 80 % and 100 % (key: the month, so once a month), a failed
-- payment (key: the invoice), a downgrade. Emailed to the owners once (`emailed_at`); a send in progress
-- holds `claimed_until` so two replicas do not both send.
CREATE TABLE billing_notices (
  id bigserial PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  code text NOT NULL,
  key text NOT NULL,
  severity text NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
  subject text NOT NULL,
  message text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  emailed_at timestamptz,
  claimed_until timestamptz,
  last_error text,
  UNIQUE (workspace_id, code, key)
);

-- Overage sent to Stripe as Billing Meter events, one per workspace, metric and hour (the identifier Stripe
-- de-duplicates by is the same triple), so a re-run or a second replica reports nothing twice.
CREATE TABLE billing_overage_reports (
  workspace_id text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  metric text NOT NULL,
  hour timestamptz NOT NULL CHECK (date_trunc('hour', hour) = hour),
  value double precision NOT NULL CHECK (value > 0),
  identifier text NOT NULL UNIQUE,
  reported_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, metric, hour)
);

-- Every plan change, and whether the namespace's ResourceQuota has been rewritten for it yet: one that
-- failed is applied again by the billing sweep.
CREATE TABLE billing_plan_changes (
  id bigserial PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  from_plan text NOT NULL,
  to_plan text NOT NULL,
  reason text NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now(),
  quota_applied_at timestamptz
);
CREATE INDEX billing_plan_changes_unapplied ON billing_plan_changes (changed_at) WHERE quota_applied_at IS NULL;
