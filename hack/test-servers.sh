#!/usr/bin/env bash
# Local test servers built from Go modules (hack/tools/build.sh, `make tools`), on loopback only:
# the CNCF distribution OCI registry, Pebble (the ACME test server) with pebble-challtestsrv as
# Pebble's DNS server, mailpit (an SMTP server that keeps every message and serves it over HTTP) and
# stripe-mock (Stripe's own mock of its API).
#
#   hack/test-servers.sh up       start what is down, wait until healthy
#   hack/test-servers.sh down     stop everything (registry data is kept)
#   hack/test-servers.sh status   one line per server: name, port, up/down
#   hack/test-servers.sh env      connection settings as `export NAME=value` lines
#
# Pebble validates challenges for real (PEBBLE_VA_ALWAYS_VALID is never set). Its DNS server answers
# every A query with 127.0.0.1 (and no AAAA), so HTTP-01 validation of any name reaches
# 127.0.0.1:$PAGEMAGIC_PEBBLE_HTTP_PORT, where a test's challenge responder must listen. Tests can add
# other records through challtestsrv's management API ($PAGEMAGIC_CHALLTESTSRV_URL/add-a, /set-txt, …).
#
# mailpit accepts any mail on $PAGEMAGIC_MAILPIT_SMTP_PORT (the API's default SMTP_URL) and lists it on
# its HTTP API ($PAGEMAGIC_MAILPIT_URL/api/v1/…, hack/testkit/mailpit.ts); it relays nothing.
#
# stripe-mock answers Stripe's API on $STRIPE_API_URL from Stripe's OpenAPI spec: it checks requests
# against the spec and answers canned objects; it is stateless (nothing created is kept) and sends no
# webhooks. Any `sk_test_<word>` key works; `env` prints one.
#
# Everything (data, config, certificates, pidfiles, logs) lives under
# $PAGEMAGIC_LOCAL_DIR/test-servers/<name>/.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DAEMON_SCRIPT=test-servers
# shellcheck source=hack/lib/daemon.sh
source "$root/hack/lib/daemon.sh"
bin_dir="$root/hack/bin"

# Defaults. hack/testkit/test-servers.ts holds the same values for TypeScript code and
# hack/test/test-servers.test.ts parses these lines to keep the two from drifting, so
# keep this exact `: "${NAME:=value}"` shape.
: "${PAGEMAGIC_REGISTRY_PORT:=15000}"
: "${PAGEMAGIC_PEBBLE_PORT:=14000}"
: "${PAGEMAGIC_PEBBLE_MGMT_PORT:=15001}"
: "${PAGEMAGIC_PEBBLE_HTTP_PORT:=15002}"
: "${PAGEMAGIC_PEBBLE_TLS_PORT:=15003}"
: "${PAGEMAGIC_CHALLTESTSRV_DNS_PORT:=15053}"
: "${PAGEMAGIC_CHALLTESTSRV_MGMT_PORT:=15055}"
: "${PAGEMAGIC_MAILPIT_SMTP_PORT:=11025}"
: "${PAGEMAGIC_MAILPIT_HTTP_PORT:=18025}"
: "${PAGEMAGIC_STRIPE_MOCK_PORT:=12111}"
: "${PAGEMAGIC_LOCAL_DIR:=.local}"
readonly HOST=127.0.0.1

# Relative paths are taken from the repository root, as in hack/testkit/env.ts, so the
# answer does not depend on the caller's working directory.
[[ $PAGEMAGIC_LOCAL_DIR == /* ]] || PAGEMAGIC_LOCAL_DIR="$root/$PAGEMAGIC_LOCAL_DIR"
PAGEMAGIC_LOCAL_DIR=$(realpath -ms -- "$PAGEMAGIC_LOCAL_DIR")
servers_dir="$PAGEMAGIC_LOCAL_DIR/test-servers"
registry_dir="$servers_dir/registry"
pebble_dir="$servers_dir/pebble"
challtestsrv_dir="$servers_dir/challtestsrv"
mailpit_dir="$servers_dir/mailpit"
stripe_mock_dir="$servers_dir/stripe-mock"
# The CA that signed Pebble's own HTTPS listener certificate (not the CA Pebble issues from,
# which is new on every start; fetch that one from the management API's /roots/0).
pebble_ca="$pebble_dir/tls/ca.pem"

# Health checks must fail fast rather than hang on a wedged server.
readonly WAIT_SECONDS=${PAGEMAGIC_TEST_SERVERS_WAIT:-60}


check_ports PAGEMAGIC_REGISTRY_PORT PAGEMAGIC_PEBBLE_PORT PAGEMAGIC_PEBBLE_MGMT_PORT PAGEMAGIC_PEBBLE_HTTP_PORT PAGEMAGIC_PEBBLE_TLS_PORT PAGEMAGIC_CHALLTESTSRV_DNS_PORT PAGEMAGIC_CHALLTESTSRV_MGMT_PORT PAGEMAGIC_MAILPIT_SMTP_PORT PAGEMAGIC_MAILPIT_HTTP_PORT PAGEMAGIC_STRIPE_MOCK_PORT

# --- process helpers -------------------------------------------------------

live_pid() { program_pid "$@"; }

# wait_healthy NAME LOGFILE PIDFILE CHECK...: polls CHECK until it succeeds. Gives
# up at once if the process died, and after WAIT_SECONDS if it never gets healthy.
wait_healthy() {
  local name=$1 logfile=$2 pidfile=$3
  shift 3
  local started=$SECONDS
  until "$@" >/dev/null 2>&1; do
    # Not live_pid: until setsid and nohup have exec'd, the process has another name.
    running "$(tr -dc '0-9' <"$pidfile")" || start_failed "$name" "$logfile" "exited while starting"
    ((SECONDS - started < WAIT_SECONDS)) || start_failed "$name" "$logfile" "did not become healthy within ${WAIT_SECONDS}s"
    sleep 0.1
  done
}

require_binary() {
  [[ -x $bin_dir/$1 ]] || die "hack/bin/$1 is missing: run 'make tools' (hack/tools/build.sh) first"
}

# start NAME DIR PROGRAM ARGS...: runs PROGRAM detached, logging to DIR/NAME.log.
start() {
  local name=$1 dir=$2 program=$3
  shift 3
  setsid nohup "$program" "$@" </dev/null >>"$dir/$name.log" 2>&1 9>&- &
  echo $! >"$dir/$name.pid"
}

# already_up NAME DIR PROGRAM READY: true if it is already up; stops one that runs but
# does not answer, so the caller can start it afresh.
already_up() {
  local name=$1 dir=$2 program=$3 ready=$4
  if live_pid "$dir/$name.pid" "$program" >/dev/null; then
    "$ready" >/dev/null 2>&1 && return 0
    log "$name is running but does not answer; restarting it"
    stop_pid "$name" "$dir/$name.pid" "$program"
  fi
  return 1
}

# --- registry (CNCF distribution) ------------------------------------------

registry_ready() { curl -fsS --max-time 2 -o /dev/null "http://$HOST:$PAGEMAGIC_REGISTRY_PORT/v2/"; }

registry_up() {
  local program="$bin_dir/registry"
  require_binary registry
  already_up registry "$registry_dir" "$program" registry_ready && return
  mkdir -p "$registry_dir/data"
  ensure_port_free registry "$PAGEMAGIC_REGISTRY_PORT" PAGEMAGIC_REGISTRY_PORT
  cat >"$registry_dir/config.yml" <<EOF
# Written by hack/test-servers.sh on every start; edits are lost.
version: 0.1
log:
  level: info
  fields:
    service: registry
storage:
  filesystem:
    rootdirectory: $registry_dir/data
  delete:
    enabled: true
  cache:
    blobdescriptor: inmemory
http:
  addr: $HOST:$PAGEMAGIC_REGISTRY_PORT
  # Only signs upload state between requests to this single, local instance.
  secret: pagemagic-local-test-registry
  headers:
    X-Content-Type-Options: [nosniff]
EOF
  log "starting the OCI registry on $HOST:$PAGEMAGIC_REGISTRY_PORT"
  # Without a collector the default OTLP exporter would log a failed export every few seconds.
  OTEL_TRACES_EXPORTER=none start registry "$registry_dir" "$program" serve "$registry_dir/config.yml"
  wait_healthy registry "$registry_dir/registry.log" "$registry_dir/registry.pid" registry_ready
}

# --- pebble-challtestsrv (Pebble's DNS) --------------------------------------

challtestsrv_ready() {
  curl -fsS --max-time 2 -o /dev/null -X POST -d '{"host":"health.check"}' \
    "http://$HOST:$PAGEMAGIC_CHALLTESTSRV_MGMT_PORT/dns-request-history"
}

challtestsrv_up() {
  local program="$bin_dir/pebble-challtestsrv"
  require_binary pebble-challtestsrv
  already_up challtestsrv "$challtestsrv_dir" "$program" challtestsrv_ready && return
  mkdir -p "$challtestsrv_dir"
  ensure_port_free "challtestsrv DNS" "$PAGEMAGIC_CHALLTESTSRV_DNS_PORT" PAGEMAGIC_CHALLTESTSRV_DNS_PORT
  ensure_port_free "challtestsrv management" "$PAGEMAGIC_CHALLTESTSRV_MGMT_PORT" PAGEMAGIC_CHALLTESTSRV_MGMT_PORT
  log "starting pebble-challtestsrv (DNS on $HOST:$PAGEMAGIC_CHALLTESTSRV_DNS_PORT, management on $PAGEMAGIC_CHALLTESTSRV_MGMT_PORT)"
  # DNS only: the challenge responses themselves come from the code under test.
  start challtestsrv "$challtestsrv_dir" "$program" \
    -dnsserver "$HOST:$PAGEMAGIC_CHALLTESTSRV_DNS_PORT" \
    -management "$HOST:$PAGEMAGIC_CHALLTESTSRV_MGMT_PORT" \
    -http01 "" -https01 "" -tlsalpn01 "" -doh "" \
    -defaultIPv4 "$HOST" -defaultIPv6 ""
  wait_healthy challtestsrv "$challtestsrv_dir/challtestsrv.log" "$challtestsrv_dir/challtestsrv.pid" challtestsrv_ready
}

# --- Pebble ------------------------------------------------------------------

# A throwaway CA and a certificate for Pebble's HTTPS listeners, made once.
pebble_tls() {
  local tls="$pebble_dir/tls"
  [[ -s $tls/ca.pem && -s $tls/cert.pem && -s $tls/key.pem ]] && return
  command -v openssl >/dev/null || die "openssl is needed to make Pebble's TLS certificate; install it (apt-get install openssl)"
  log "generating a local CA and TLS certificate for Pebble in $tls"
  rm -rf "$tls"
  mkdir -p "$tls"
  (
    cd "$tls"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650 \
      -subj "/CN=Page Magic local test CA" -keyout ca-key.pem -out ca.pem \
      -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
      -subj "/CN=localhost" -keyout key.pem -out cert.csr
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n' >cert.ext
    openssl x509 -req -in cert.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 3650 \
      -extfile cert.ext -out cert.pem
    rm -f cert.csr cert.ext ca.srl
  ) >"$pebble_dir/openssl.log" 2>&1 || {
    tail -n 25 "$pebble_dir/openssl.log" >&2
    rm -rf "$tls"
    die "openssl failed to make Pebble's certificate (log: $pebble_dir/openssl.log)"
  }
}

pebble_ready() {
  curl -fsS --max-time 2 -o /dev/null --cacert "$pebble_ca" "https://$HOST:$PAGEMAGIC_PEBBLE_PORT/dir"
}

pebble_up() {
  local program="$bin_dir/pebble"
  require_binary pebble
  mkdir -p "$pebble_dir"
  pebble_tls
  already_up pebble "$pebble_dir" "$program" pebble_ready && return
  ensure_port_free Pebble "$PAGEMAGIC_PEBBLE_PORT" PAGEMAGIC_PEBBLE_PORT
  ensure_port_free "Pebble management" "$PAGEMAGIC_PEBBLE_MGMT_PORT" PAGEMAGIC_PEBBLE_MGMT_PORT
  cat >"$pebble_dir/pebble-config.json" <<EOF
{
  "pebble": {
    "listenAddress": "$HOST:$PAGEMAGIC_PEBBLE_PORT",
    "managementListenAddress": "$HOST:$PAGEMAGIC_PEBBLE_MGMT_PORT",
    "certificate": "$pebble_dir/tls/cert.pem",
    "privateKey": "$pebble_dir/tls/key.pem",
    "httpPort": $PAGEMAGIC_PEBBLE_HTTP_PORT,
    "tlsPort": $PAGEMAGIC_PEBBLE_TLS_PORT,
    "ocspResponderURL": "",
    "externalAccountBindingRequired": false,
    "retryAfter": { "authz": 1, "order": 1 },
    "keyAlgorithm": "ecdsa"
  }
}
EOF
  log "starting Pebble on https://$HOST:$PAGEMAGIC_PEBBLE_PORT/dir (management $PAGEMAGIC_PEBBLE_MGMT_PORT, validates HTTP-01 on port $PAGEMAGIC_PEBBLE_HTTP_PORT)"
  # NOSLEEP: validate at once instead of after a random delay of up to 15s.
  PEBBLE_VA_NOSLEEP=1 start pebble "$pebble_dir" "$program" \
    -config "$pebble_dir/pebble-config.json" \
    -dnsserver "$HOST:$PAGEMAGIC_CHALLTESTSRV_DNS_PORT"
  wait_healthy Pebble "$pebble_dir/pebble.log" "$pebble_dir/pebble.pid" pebble_ready
}

# --- mailpit -------------------------------------------------------------------

mailpit_ready() { curl -fsS --max-time 2 -o /dev/null "http://$HOST:$PAGEMAGIC_MAILPIT_HTTP_PORT/readyz"; }

mailpit_up() {
  local program="$bin_dir/mailpit"
  require_binary mailpit
  already_up mailpit "$mailpit_dir" "$program" mailpit_ready && return
  mkdir -p "$mailpit_dir"
  ensure_port_free "mailpit SMTP" "$PAGEMAGIC_MAILPIT_SMTP_PORT" PAGEMAGIC_MAILPIT_SMTP_PORT
  ensure_port_free "mailpit HTTP" "$PAGEMAGIC_MAILPIT_HTTP_PORT" PAGEMAGIC_MAILPIT_HTTP_PORT
  log "starting mailpit (SMTP on $HOST:$PAGEMAGIC_MAILPIT_SMTP_PORT, HTTP API on http://$HOST:$PAGEMAGIC_MAILPIT_HTTP_PORT)"
  # Mail is test data: a fresh database on every start, bounded in size, and no lookups that need
  # the internet (version check, reverse DNS of the sender).
  rm -f "$mailpit_dir"/mailpit.db*
  start mailpit "$mailpit_dir" "$program" \
    --smtp "$HOST:$PAGEMAGIC_MAILPIT_SMTP_PORT" \
    --listen "$HOST:$PAGEMAGIC_MAILPIT_HTTP_PORT" \
    --database "$mailpit_dir/mailpit.db" \
    --max 5000 \
    --smtp-auth-accept-any --smtp-auth-allow-insecure \
    --smtp-disable-rdns --disable-version-check
  wait_healthy mailpit "$mailpit_dir/mailpit.log" "$mailpit_dir/mailpit.pid" mailpit_ready
}

# --- stripe-mock ---------------------------------------------------------------

# A key stripe-mock takes (it checks only the shape: `sk_test_` and one more word); it opens nothing real.
readonly STRIPE_MOCK_KEY=sk_test_stripemock

# Any authenticated GET of a list answers 200 with a canned page once the spec is loaded.
stripe_mock_ready() {
  curl -fsS --max-time 2 -o /dev/null -u "$STRIPE_MOCK_KEY:" "http://$HOST:$PAGEMAGIC_STRIPE_MOCK_PORT/v1/customers"
}

stripe_mock_up() {
  local program="$bin_dir/stripe-mock"
  require_binary stripe-mock
  already_up stripe-mock "$stripe_mock_dir" "$program" stripe_mock_ready && return
  mkdir -p "$stripe_mock_dir"
  ensure_port_free stripe-mock "$PAGEMAGIC_STRIPE_MOCK_PORT" PAGEMAGIC_STRIPE_MOCK_PORT
  log "starting stripe-mock on http://$HOST:$PAGEMAGIC_STRIPE_MOCK_PORT"
  start stripe-mock "$stripe_mock_dir" "$program" -http-addr "$HOST:$PAGEMAGIC_STRIPE_MOCK_PORT"
  wait_healthy stripe-mock "$stripe_mock_dir/stripe-mock.log" "$stripe_mock_dir/stripe-mock.pid" stripe_mock_ready
}

# --- commands --------------------------------------------------------------

# Serialises concurrent `up`/`down` calls (e.g. a test run and `make dev`). Servers are
# started with `9>&-`: one that inherited the lock's descriptor would hold the lock for
# as long as it runs.
take_lock() {
  mkdir -p "$servers_dir"
  exec 9>"$servers_dir/.lock"
  flock -w 300 9 || die "another hack/test-servers.sh has held $servers_dir/.lock for 5 minutes; is it stuck?"
}

cmd_up() {
  command -v curl >/dev/null || die "curl is needed for health checks; install it (apt-get install curl)"
  take_lock
  registry_up
  challtestsrv_up
  pebble_up
  mailpit_up
  stripe_mock_up
}

cmd_down() {
  take_lock
  stop_pid stripe-mock "$stripe_mock_dir/stripe-mock.pid" "$bin_dir/stripe-mock"
  stop_pid mailpit "$mailpit_dir/mailpit.pid" "$bin_dir/mailpit"
  stop_pid Pebble "$pebble_dir/pebble.pid" "$bin_dir/pebble"
  stop_pid challtestsrv "$challtestsrv_dir/challtestsrv.pid" "$bin_dir/pebble-challtestsrv"
  stop_pid registry "$registry_dir/registry.pid" "$bin_dir/registry"
}

cmd_status() {
  local rc=0
  line() {
    local name=$1 port=$2 state=down
    shift 2
    if "$@" >/dev/null 2>&1; then state=up; else rc=1; fi
    printf '%-13s %-6s %s\n' "$name" "$port" "$state"
  }
  registry_status() { live_pid "$registry_dir/registry.pid" "$bin_dir/registry" && registry_ready; }
  challtestsrv_status() {
    live_pid "$challtestsrv_dir/challtestsrv.pid" "$bin_dir/pebble-challtestsrv" && challtestsrv_ready
  }
  pebble_status() { live_pid "$pebble_dir/pebble.pid" "$bin_dir/pebble" && pebble_ready; }
  mailpit_status() { live_pid "$mailpit_dir/mailpit.pid" "$bin_dir/mailpit" && mailpit_ready; }
  stripe_mock_status() { live_pid "$stripe_mock_dir/stripe-mock.pid" "$bin_dir/stripe-mock" && stripe_mock_ready; }
  line registry "$PAGEMAGIC_REGISTRY_PORT" registry_status
  line challtestsrv "$PAGEMAGIC_CHALLTESTSRV_DNS_PORT" challtestsrv_status
  line pebble "$PAGEMAGIC_PEBBLE_PORT" pebble_status
  line mailpit "$PAGEMAGIC_MAILPIT_SMTP_PORT" mailpit_status
  line stripe-mock "$PAGEMAGIC_STRIPE_MOCK_PORT" stripe_mock_status
  return "$rc"
}

cmd_env() {
  # %q keeps the output safe for `eval "$(hack/test-servers.sh env)"` whatever the path.
  local kv
  for kv in \
    "PAGEMAGIC_LOCAL_DIR=$PAGEMAGIC_LOCAL_DIR" \
    "PAGEMAGIC_REGISTRY_PORT=$PAGEMAGIC_REGISTRY_PORT" \
    "PAGEMAGIC_PEBBLE_PORT=$PAGEMAGIC_PEBBLE_PORT" \
    "PAGEMAGIC_PEBBLE_MGMT_PORT=$PAGEMAGIC_PEBBLE_MGMT_PORT" \
    "PAGEMAGIC_PEBBLE_HTTP_PORT=$PAGEMAGIC_PEBBLE_HTTP_PORT" \
    "PAGEMAGIC_PEBBLE_TLS_PORT=$PAGEMAGIC_PEBBLE_TLS_PORT" \
    "PAGEMAGIC_CHALLTESTSRV_DNS_PORT=$PAGEMAGIC_CHALLTESTSRV_DNS_PORT" \
    "PAGEMAGIC_CHALLTESTSRV_MGMT_PORT=$PAGEMAGIC_CHALLTESTSRV_MGMT_PORT" \
    "PAGEMAGIC_REGISTRY_HOST=$HOST:$PAGEMAGIC_REGISTRY_PORT" \
    "PAGEMAGIC_REGISTRY_URL=http://$HOST:$PAGEMAGIC_REGISTRY_PORT" \
    "PAGEMAGIC_PEBBLE_DIRECTORY_URL=https://$HOST:$PAGEMAGIC_PEBBLE_PORT/dir" \
    "PAGEMAGIC_PEBBLE_MANAGEMENT_URL=https://$HOST:$PAGEMAGIC_PEBBLE_MGMT_PORT" \
    "PAGEMAGIC_PEBBLE_CA=$pebble_ca" \
    "PAGEMAGIC_CHALLTESTSRV_URL=http://$HOST:$PAGEMAGIC_CHALLTESTSRV_MGMT_PORT" \
    "PAGEMAGIC_MAILPIT_SMTP_PORT=$PAGEMAGIC_MAILPIT_SMTP_PORT" \
    "PAGEMAGIC_MAILPIT_HTTP_PORT=$PAGEMAGIC_MAILPIT_HTTP_PORT" \
    "SMTP_URL=smtp://$HOST:$PAGEMAGIC_MAILPIT_SMTP_PORT" \
    "PAGEMAGIC_MAILPIT_URL=http://$HOST:$PAGEMAGIC_MAILPIT_HTTP_PORT" \
    "PAGEMAGIC_STRIPE_MOCK_PORT=$PAGEMAGIC_STRIPE_MOCK_PORT" \
    "STRIPE_API_URL=http://$HOST:$PAGEMAGIC_STRIPE_MOCK_PORT" \
    "STRIPE_SECRET_KEY=$STRIPE_MOCK_KEY"; do
    printf 'export %s=%q\n' "${kv%%=*}" "${kv#*=}"
  done
}

case ${1:-} in
up) cmd_up ;;
down) cmd_down ;;
status) cmd_status ;;
env) cmd_env ;;
*)
  echo "usage: $0 up|down|status|env" >&2
  exit 2
  ;;
esac
