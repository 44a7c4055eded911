#!/usr/bin/env bash
# The local default: with the cluster, services and test servers up (the Makefile's prerequisites),
# pushes the site images' base, runs the API, signs the demo person in through it (magic link read from
# mailpit), runs the operator and the site server (`pagemagic-operator serve-sites`) on the namespaces the
# API labels for this installation, creates the demo site through the API and waits until it is Ready and
# served. Every site opens in a browser at http://<name>-<namespace>.sites.pagemagic.localhost:18088/
# (browsers resolve any *.localhost name to loopback), the URL the operator writes in its status and the
# web app and CLI show. Last, the web app: a production build of web/ served by `next start`.
# Beside the API runs the meter (`pagemagic-api meter`, rolling usage up from Prometheus every 5 minutes),
# and every process is registered with the local Prometheus as a file_sd target (dev.json in its targets
# directory, see hack/services.sh prom_up), so per-site traffic, build seconds, AI tokens and generations are
# scraped and metered as in production.
# Everything stays on loopback: the operator looks custom domains' TXT records up on the local test DNS
# server and would order certificates from the local Pebble (hack/test-servers.sh), never the Internet.
#   hack/dev.sh [up|down]
#   hack/dev.sh env api|operator|sites|meter   the settings `up` starts that process with, as `export NAME=value` lines
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
DAEMON_SCRIPT=dev
HOST=127.0.0.1
# shellcheck source=hack/lib/daemon.sh
source "$repo/hack/lib/daemon.sh"

dev_dir=${PAGEMAGIC_LOCAL_DIR:-$repo/.local}/dev
kubeconfig=$(bash "$repo/hack/cluster.sh" kubeconfig)
metrics_addr=${PAGEMAGIC_DEV_METRICS_ADDR:-127.0.0.1:18080}
acme_http_addr=127.0.0.1:18089
# Every site, by Host, on one port; its metrics and readiness on another.
sites_port=${PAGEMAGIC_DEV_SITES_PORT:-18088}
sites_metrics_port=${PAGEMAGIC_DEV_SITES_METRICS_PORT:-18087}
api_port=${PAGEMAGIC_DEV_API_PORT:-18090}
api_url=http://$HOST:$api_port
# The API's internal port: /health, /ready and /metrics, which its public port does not serve.
api_internal_port=${PAGEMAGIC_DEV_API_INTERNAL_PORT:-18091}
api_internal_url=http://$HOST:$api_internal_port
web_port=${PAGEMAGIC_DEV_WEB_PORT:-18070}
# The mobile app's web export (make mobile), with /api/ passed through to the API.
mobile_port=${PAGEMAGIC_DEV_MOBILE_PORT:-18071}
mobile_url=http://localhost:$mobile_port
# How the web app's process is recognised: Next.js renames its process to `next-server (vX)` once it runs.
web_program='next/dist/bin/next\|next-server'
# The meter's own /metrics and /healthz.
meter_metrics_port=${PAGEMAGIC_DEV_METER_METRICS_PORT:-18092}
# hack/services.sh's Prometheus reads scrape targets from every *.json file here.
prometheus_targets=${PAGEMAGIC_LOCAL_DIR:-$repo/.local}/services/prometheus/targets
# localhost, not 127.0.0.1: browsers treat http://localhost as secure, so the app's Secure cookies work.
web_url=http://localhost:$web_port
demo_email=${PAGEMAGIC_DEV_EMAIL:-demo@pagemagic.localhost}
# Every workspace namespace this API makes carries the label, and the operator reconciles exactly those:
# anyone who signs in to the local web app gets working sites, and the namespaces `make test` makes for its
# own operators are left alone.
install_label=pagemagic.dev/install=dev
kubectl() { "$repo/hack/bin/kubectl" --kubeconfig "$kubeconfig" "$@"; }

# Our processes are `node …/main.ts <sub-command>`; the pidfile must name one of those.
live_pid() {
  local pidfile=$1 program=$2 pid
  [[ -r $pidfile ]] || return 1
  pid=$(tr -dc '0-9' <"$pidfile")
  [[ -n $pid ]] && running "$pid" || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$program" || return 1
  echo "$pid"
}

# start NAME PIDFILE LOGFILE COMMAND...: (re)starts a detached process, so code changes take effect.
start() {
  local name=$1 pidfile=$2 logfile=$3
  shift 3
  stop_pid "$name" "$pidfile" "main.ts"
  setsid nohup "$@" >"$logfile" 2>&1 </dev/null &
  echo $! >"$pidfile"
}

# The key the site server signs a contact form page's serving time with and the API checks it with: made
# once per checkout, kept beside the other local state.
form_stamp_key() {
  local file="$dev_dir/form-stamp.key"
  if [[ ! -s $file ]]; then
    mkdir -p "$dev_dir"
    (umask 077 && openssl rand -hex 32 >"$file")
  fi
  cat "$file"
}

# The signing secret of the local Stripe webhook endpoint, as Stripe gives one per endpoint: made once per
# checkout, so events signed with it (stripe.webhooks.generateTestHeaderString, or `stripe listen` given
# this secret) reach the API of make dev and change its plans as Stripe's would.
stripe_webhook_secret() {
  local file="$dev_dir/stripe-webhook.secret"
  if [[ ! -s $file ]]; then
    mkdir -p "$dev_dir"
    (umask 077 && printf 'whsec_%s\n' "$(openssl rand -hex 24)" >"$file")
  fi
  cat "$file"
}

# The value NAME has in `export NAME=value` lines such as services.sh and test-servers.sh `env` print.
setting() { (eval "$2" && printf '%s' "${!1}"); }

# The settings `up` starts a process with (on top of what it inherits), as NAME=value lines; `hack/dev.sh
# env api|operator|sites` prints them too, which hack/test/dev-env.test.ts checks.
process_env() {
  local services test_servers stamp_key webhook_secret
  stamp_key=$(form_stamp_key)
  webhook_secret=$(stripe_webhook_secret)
  services=$(bash "$repo/hack/services.sh" env)
  test_servers=$(bash "$repo/hack/test-servers.sh" env)
  case $1 in
    api)
      # The web app calls the API from 127.0.0.1 with each visitor's address in X-Forwarded-For; trusting
      # that hop gives every visitor their own rate-limit budget and audit address.
      printf '%s\n' \
        "KUBECONFIG=$kubeconfig" \
        "PAGEMAGIC_API_LISTEN=$HOST:$api_port" \
        "PAGEMAGIC_API_INTERNAL_LISTEN=$HOST:$api_internal_port" \
        "PAGEMAGIC_API_PUBLIC_URL=$api_url" \
        "PAGEMAGIC_WEB_URL=$web_url" \
        "PAGEMAGIC_PREVIEW_FRAME_ORIGINS=$mobile_url" \
        "PAGEMAGIC_WORKSPACE_NAMESPACE_LABELS=$install_label" \
        "PAGEMAGIC_TRUSTED_PROXIES=${PAGEMAGIC_TRUSTED_PROXIES:-127.0.0.1}" \
        "PAGEMAGIC_FORM_STAMP_KEY=$stamp_key" \
        "STRIPE_WEBHOOK_SECRET=$webhook_secret"
      ;;
    operator)
      # TXT look-ups for custom domains go to pebble-challtestsrv, as in the domain tests, and not to this
      # machine's resolver (which an unset PAGEMAGIC_DNS_SERVERS would mean); ACME goes to the local Pebble.
      # Site URLs name the site server's port over http: there is no Ingress controller or TLS locally.
      printf '%s\n' \
        "KUBECONFIG=$kubeconfig" \
        "PAGEMAGIC_SITE_URL_SCHEME=http" \
        "PAGEMAGIC_SITE_URL_PORT=$sites_port" \
        "PAGEMAGIC_FORMS_URL=$api_url/forms" \
        "NATS_URL=$(setting NATS_URL "$services")" \
        "PAGEMAGIC_METRICS_ADDR=$metrics_addr" \
        "PAGEMAGIC_ACME_HTTP_ADDR=$acme_http_addr" \
        "PAGEMAGIC_DNS_SERVERS=$HOST:$(setting PAGEMAGIC_CHALLTESTSRV_DNS_PORT "$test_servers")" \
        "PAGEMAGIC_ACME_DIRECTORY=$(setting PAGEMAGIC_PEBBLE_DIRECTORY_URL "$test_servers")" \
        "PAGEMAGIC_ACME_CA_FILE=$(setting PAGEMAGIC_PEBBLE_CA "$test_servers")"
      ;;
    sites)
      printf '%s\n' \
        "KUBECONFIG=$kubeconfig" \
        "PAGEMAGIC_SITES_LISTEN=$HOST:$sites_port" \
        "PAGEMAGIC_METRICS_ADDR=$HOST:$sites_metrics_port" \
        "PAGEMAGIC_FORM_STAMP_KEY=$stamp_key"
      ;;
    meter)
      # Every 5 minutes rather than every hour, so usage shows up while you try things; an hour is rolled
      # 10 seconds after it ends (the local Prometheus scrapes every 2 seconds).
      printf '%s\n' \
        "DATABASE_URL=$(setting DATABASE_URL "$services")" \
        "PROMETHEUS_URL=$(setting PROMETHEUS_URL "$services")" \
        "PAGEMAGIC_METER_INTERVAL_SECONDS=300" \
        "PAGEMAGIC_METER_SETTLE_SECONDS=10" \
        "PAGEMAGIC_METER_METRICS_LISTEN=$HOST:$meter_metrics_port"
      ;;
    *) die "no process '$1': use api, operator, sites or meter" ;;
  esac
}

down() {
  stop_pid "web app" "$dev_dir/web.pid" "$web_program"
  stop_pid "mobile app" "$dev_dir/mobile.pid" "serve-mobile.ts"
  stop_pid "site server" "$dev_dir/sites.pid" "main.ts"
  # The one-site server an earlier make dev ran on port 18081, before serve-sites replaced it.
  stop_pid "site preview" "$dev_dir/preview.pid" "pagemagic-static"
  stop_pid operator "$dev_dir/operator.pid" "main.ts"
  stop_pid meter "$dev_dir/meter.pid" "main.ts"
  stop_pid api "$dev_dir/api.pid" "main.ts"
  rm -f "$prometheus_targets/dev.json"
}

# The processes `up` runs, as Prometheus scrape targets (file_sd), each labelled with what it is. Written
# under another name and renamed, so Prometheus never reads half a file.
register_scrape_targets() {
  mkdir -p "$prometheus_targets"
  cat >"$prometheus_targets/dev.json.tmp" <<JSON
[
  {"targets": ["$HOST:$api_internal_port"], "labels": {"component": "api"}},
  {"targets": ["$metrics_addr"], "labels": {"component": "operator"}},
  {"targets": ["$HOST:$sites_metrics_port"], "labels": {"component": "serve-sites"}},
  {"targets": ["$HOST:$meter_metrics_port"], "labels": {"component": "meter"}}
]
JSON
  mv "$prometheus_targets/dev.json.tmp" "$prometheus_targets/dev.json"
}

# Rolls usage up into usage_hourly from the local Prometheus; waits for its metrics port to answer.
start_meter() {
  stop_pid meter "$dev_dir/meter.pid" "main.ts"
  ensure_port_free "the meter's metrics" "$meter_metrics_port" PAGEMAGIC_DEV_METER_METRICS_PORT
  log "starting the meter (every 5 minutes; log: $dev_dir/meter.log)"
  start meter "$dev_dir/meter.pid" "$dev_dir/meter.log" env "${meter_vars[@]}" \
    node "$repo/api/src/main.ts" meter
  wait_started meter "$dev_dir/meter.pid" "$dev_dir/meter.log" "http://$HOST:$meter_metrics_port/healthz" 60
}

up() {
  mkdir -p "$dev_dir"
  local services test_servers namespace demo demo_url image
  local -a api_vars operator_vars sites_vars meter_vars
  mapfile -t api_vars < <(process_env api)
  mapfile -t operator_vars < <(process_env operator)
  mapfile -t sites_vars < <(process_env sites)
  mapfile -t meter_vars < <(process_env meter)
  ((${#api_vars[@]} > 0 && ${#operator_vars[@]} > 0 && ${#sites_vars[@]} > 0 && ${#meter_vars[@]} > 0)) ||
    die "could not work out the settings of the API, the operator, the site server and the meter (see above)"
  services=$(bash "$repo/hack/services.sh" env)
  test_servers=$(bash "$repo/hack/test-servers.sh" env)
  kubectl create namespace pagemagic-system --dry-run=client -o yaml | kubectl apply -f - >/dev/null
  node "$repo/hack/src/base-image.ts" >&2 || die "could not push the base image (see above)"

  log "starting the API on $api_url (log: $dev_dir/api.log)"
  stop_pid api "$dev_dir/api.pid" "main.ts"
  ensure_port_free "the API" "$api_port" PAGEMAGIC_DEV_API_PORT
  ensure_port_free "the API's internal port" "$api_internal_port" PAGEMAGIC_DEV_API_INTERNAL_PORT
  start api "$dev_dir/api.pid" "$dev_dir/api.log" env "${api_vars[@]}" bash -c "$services
$test_servers
exec node '$repo/api/src/main.ts' serve"
  wait_started API "$dev_dir/api.pid" "$dev_dir/api.log" "$api_internal_url/ready" 90
  start_meter
  register_scrape_targets

  log "signing $demo_email in through the API (the link is read from mailpit)"
  namespace=$(node "$repo/hack/src/dev-demo.ts" sign-in --api "$api_url" --email "$demo_email" \
    --tokens "$dev_dir/demo-tokens.json") || die "the demo sign-in failed (see above and $dev_dir/api.log)"

  log "starting the operator for the namespaces labelled $install_label (inline executor; log: $dev_dir/operator.log)"
  start operator "$dev_dir/operator.pid" "$dev_dir/operator.log" env "${operator_vars[@]}" \
    node "$repo/operator/src/main.ts" run --namespace-selector "$install_label"
  wait_started operator "$dev_dir/operator.pid" "$dev_dir/operator.log" "http://$metrics_addr/readyz" 90
  serve_sites

  log "creating the demo site through the API and following it to Ready"
  demo=$(node "$repo/hack/src/dev-demo.ts" site --api "$api_url" --tokens "$dev_dir/demo-tokens.json") ||
    die "the demo site did not become Ready; see $dev_dir/operator.log and $dev_dir/api.log"
  read -r demo_url image <<<"$demo"
  wait_for "the demo site at $demo_url (log: $dev_dir/sites.log)" curl -fsS -o /dev/null "$demo_url"
  serve_web_app
  serve_mobile_app

  echo
  kubectl get websites -A
  cat <<MSG

Page Magic is running locally.
  web app:     $web_url/   (sign in with any email; the link arrives in mailpit, below; log $dev_dir/web.log)
  mobile app:  $mobile_url/   (its web export, at phone size in a browser's device mode; log $dev_dir/mobile.log)
  demo site:   $demo_url   (from $image)
  every site:  http://<name>-<namespace>.sites.pagemagic.localhost:$sites_port/, the URL the web app, \`pagemagic
               sites list\` and kubectl show; served by \`pagemagic-operator serve-sites\` from each live Build's image
               (log $dev_dir/sites.log, metrics http://$HOST:$sites_metrics_port/metrics)
  API:         $api_url/docs (OpenAPI at $api_url/openapi.json; log $dev_dir/api.log)
               readiness $api_internal_url/ready, metrics $api_internal_url/metrics (internal port)
  sign in:     POST $api_url/api/v1/auth/login {"email": "$demo_email"}; the mail is at http://$HOST:$(sed -n 's/^export PAGEMAGIC_MAILPIT_HTTP_PORT=//p' <<<"$test_servers")/
  demo owner:  $demo_email, workspace namespace $namespace (tokens in $dev_dir/demo-tokens.json)
  operator:    metrics http://$metrics_addr/metrics, log $dev_dir/operator.log
  usage:       \`pagemagic usage\` or GET $api_url/api/v1/workspaces/<id>/usage; rolled up every 5 minutes by the meter
               (log $dev_dir/meter.log, metrics http://$HOST:$meter_metrics_port/metrics) from Prometheus
               $(setting PROMETHEUS_URL "$services") (keeps 2 days of samples; scrape targets in $prometheus_targets/dev.json)
  kubeconfig:  $kubeconfig
  try:         hack/bin/kubectl --kubeconfig $kubeconfig get websites,builds,domains -A
  services:    $(bash "$repo/hack/services.sh" status | tr -s ' ' | paste -sd ';' | sed 's/;/; /g')
  stop:        make dev-down (web and mobile apps, site server, operator, meter and API); make cluster-down services-down
MSG
}

# Every Website in the namespaces the operator reconciles, served by Host from its live Build's image on
# one loopback port: the URL the operator writes for each site.
serve_sites() {
  stop_pid "site server" "$dev_dir/sites.pid" "main.ts"
  stop_pid "site preview" "$dev_dir/preview.pid" "pagemagic-static"
  ensure_port_free "the site server" "$sites_port" PAGEMAGIC_DEV_SITES_PORT
  ensure_port_free "the site server's metrics" "$sites_metrics_port" PAGEMAGIC_DEV_SITES_METRICS_PORT
  log "starting the site server on port $sites_port for the namespaces labelled $install_label (log: $dev_dir/sites.log)"
  start sites "$dev_dir/sites.pid" "$dev_dir/sites.log" env "${sites_vars[@]}" \
    node "$repo/operator/src/main.ts" serve-sites --namespace-selector "$install_label"
  wait_started "site server" "$dev_dir/sites.pid" "$dev_dir/sites.log" "http://$HOST:$sites_metrics_port/readyz" 60
}

# A production build of the web app (Turbopack's cache keeps rebuilds of unchanged sources short), served
# by `next start` on the API above.
serve_web_app() {
  local next=$repo/node_modules/next/dist/bin/next
  stop_pid "web app" "$dev_dir/web.pid" "$web_program"
  ensure_port_free "the web app" "$web_port" PAGEMAGIC_DEV_WEB_PORT
  log "building the web app (log: $dev_dir/web-build.log)"
  (cd "$repo/web" && NEXT_TELEMETRY_DISABLED=1 node "$next" build) >"$dev_dir/web-build.log" 2>&1 ||
    start_failed "web app build" "$dev_dir/web-build.log" "failed"
  log "starting the web app on $web_url (log: $dev_dir/web.log)"
  (
    cd "$repo/web"
    NEXT_TELEMETRY_DISABLED=1 PAGEMAGIC_API_URL="$api_url" setsid nohup node "$next" start -H "$HOST" -p "$web_port" \
      >"$dev_dir/web.log" 2>&1 </dev/null &
    echo $! >"$dev_dir/web.pid"
  )
  wait_for "the web app" curl -fsS -o /dev/null "http://$HOST:$web_port/sign-in"
}

# The mobile app's web export (what `make mobile` builds), served with the API on the same origin.
serve_mobile_app() {
  stop_pid "mobile app" "$dev_dir/mobile.pid" "serve-mobile.ts"
  ensure_port_free "the mobile app" "$mobile_port" PAGEMAGIC_DEV_MOBILE_PORT
  log "exporting the mobile app for the web (log: $dev_dir/mobile-build.log)"
  (cd "$repo/mobile" && EXPO_OFFLINE=1 EXPO_NO_TELEMETRY=1 CI=1 npx expo export --platform web --output-dir dist) \
    >"$dev_dir/mobile-build.log" 2>&1 || start_failed "mobile app export" "$dev_dir/mobile-build.log" "failed"
  log "starting the mobile app on $mobile_url (log: $dev_dir/mobile.log)"
  setsid nohup node "$repo/hack/src/serve-mobile.ts" --dist "$repo/mobile/dist" --api "$api_url" \
    --listen "$HOST:$mobile_port" >"$dev_dir/mobile.log" 2>&1 </dev/null &
  echo $! >"$dev_dir/mobile.pid"
  wait_started "mobile app" "$dev_dir/mobile.pid" "$dev_dir/mobile.log" "http://$HOST:$mobile_port/sign-in" 60
}

wait_for() {
  local what=$1
  shift
  local deadline=$((SECONDS + 60))
  until "$@" >/dev/null 2>&1; do
    ((SECONDS < deadline)) || die "timed out waiting for $what"
    sleep 0.5
  done
}

# wait_started NAME PIDFILE LOGFILE URL SECONDS: until URL answers; fails with the log if the process exits or
# is not ready in time.
wait_started() {
  local name=$1 pidfile=$2 logfile=$3 url=$4 seconds=$5
  local deadline=$((SECONDS + seconds))
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    running "$(tr -dc '0-9' <"$pidfile")" || start_failed "$name" "$logfile" "exited while starting"
    ((SECONDS < deadline)) || start_failed "$name" "$logfile" "was not ready within ${seconds}s"
    sleep 0.5
  done
}

case "${1:-up}" in
  up) up ;;
  down) down ;;
  env)
    [[ $# -eq 2 ]] || { echo "usage: hack/dev.sh env api|operator|sites|meter" >&2; exit 2; }
    process_env "$2" | while IFS= read -r kv; do printf 'export %s=%q\n' "${kv%%=*}" "${kv#*=}"; done
    ;;
  *) echo "usage: hack/dev.sh [up|down|env api|operator|sites|meter]" >&2; exit 2 ;;
esac
