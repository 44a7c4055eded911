-- How each member hears of contact form messages: 'each' (an email per message), 'daily' (one digest a day
-- of the day's messages) or 'off'. NULL is the role's default: owners hear of each message, other members
-- nothing until they opt in. form_digest_through is where a member's last digest ended.
ALTER TABLE memberships
  ADD COLUMN form_notifications text CHECK (form_notifications IN ('each', 'daily', 'off')),
  ADD COLUMN form_digest_through timestamptz;
