#!/usr/bin/env bash
# Page Magic on a real cluster, for machines with Docker: a kind cluster (kind built from hack/tools/kind),
# a registry container beside it that the images from `make images` are copied into by digest, ingress-nginx
# and cert-manager, PostgreSQL, Redis, NATS and mailpit in the cluster, and the chart installed with
# `helm install --wait`. The web app is then http://app.pagemagic.localhost/ and sites are
# http://<name>-<namespace>.sites.pagemagic.localhost/ (*.localhost resolves to this machine).
#
# CI and the development machines of this project have no Docker, so this path is not exercised there;
# without Docker the script stops at once and says so.
#   hack/kind.sh up|down|require-docker
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
bin="$repo/hack/bin"
local_dir=${PAGEMAGIC_LOCAL_DIR:-$repo/.local}
docker=${PAGEMAGIC_DOCKER:-docker}
cluster=${PAGEMAGIC_KIND_CLUSTER:-pagemagic}
registry_name=${cluster}-registry
registry_port=${PAGEMAGIC_KIND_REGISTRY_PORT:-5001}
kubeconfig="$local_dir/kind-kubeconfig"
release_namespace=pagemagic
deps_namespace=pagemagic-deps
# Pinned so every machine gets the same cluster; bump together with a run of `make kind-up`.
ingress_nginx_version=controller-v1.13.3
cert_manager_version=v1.19.1

log() { echo "kind: $*" >&2; }
die() {
  echo "kind: $*" >&2
  exit 1
}

require_docker() {
  if ! command -v "$docker" >/dev/null 2>&1; then
    die "make kind-up needs Docker, and '$docker' is not installed on this machine. Install Docker (or set PAGEMAGIC_DOCKER to its client), then run make kind-up again. Without Docker, make cluster-up runs the local control plane with a fake node instead."
  fi
  if ! "$docker" info >/dev/null 2>&1; then
    die "'$docker info' failed: the Docker daemon is not running or this user may not reach it. Start Docker (or add yourself to the docker group), then run make kind-up again."
  fi
}

kind() { "$bin/kind" "$@"; }
kubectl() { "$bin/kubectl" --kubeconfig "$kubeconfig" "$@"; }
helm() { "$bin/helm" --kubeconfig "$kubeconfig" "$@"; }

# A registry container on kind's network: the nodes pull from it as kind-registry:5000, this machine pushes
# to it as 127.0.0.1:<port>. Plain HTTP, on the kind network only.
start_registry() {
  if [[ "$("$docker" inspect -f '{{.State.Running}}' "$registry_name" 2>/dev/null)" != true ]]; then
    "$docker" rm -f "$registry_name" >/dev/null 2>&1 || true
    log "starting the registry container $registry_name on 127.0.0.1:$registry_port"
    "$docker" run -d --restart=always --name "$registry_name" -p "127.0.0.1:$registry_port:5000" registry:3 >/dev/null
  fi
}

create_cluster() {
  if kind get clusters 2>/dev/null | grep -qx "$cluster"; then
    log "cluster $cluster exists"
  else
    log "creating cluster $cluster"
    kind create cluster --name "$cluster" --kubeconfig "$kubeconfig" --wait 120s --config - <<YAML
kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
containerdConfigPatches:
  - |-
    [plugins."io.containerd.grpc.v1.cri".registry]
      config_path = "/etc/containerd/certs.d"
nodes:
  - role: control-plane
    labels:
      ingress-ready: "true"
    extraPortMappings:
      - {containerPort: 80, hostPort: 80, listenAddress: 127.0.0.1, protocol: TCP}
      - {containerPort: 443, hostPort: 443, listenAddress: 127.0.0.1, protocol: TCP}
YAML
  fi
  kind get kubeconfig --name "$cluster" >"$kubeconfig"
  "$docker" network connect kind "$registry_name" 2>/dev/null || true
  local node
  for node in $(kind get nodes --name "$cluster"); do
    "$docker" exec "$node" mkdir -p "/etc/containerd/certs.d/$registry_name:5000"
    printf '[host."http://%s:5000"]\n' "$registry_name" |
      "$docker" exec -i "$node" cp /dev/stdin "/etc/containerd/certs.d/$registry_name:5000/hosts.toml"
  done
}

# `make images` pushes to the local registry of hack/test-servers.sh; each image is copied by digest into
# the kind registry (crane, built in hack/tools), so the chart installs exactly what was built and tested.
load_images() {
  [[ -x $bin/crane ]] || die "hack/bin/crane is missing: run make tools, which builds it"
  log "building the images (make images)"
  bash "$repo/hack/test-servers.sh" up >/dev/null
  node "$repo/hack/images/build.ts" >&2
  local file="$local_dir/images/images.json" component reference digest
  [[ -s $file ]] || die "$file is missing: make images did not write it"
  for component in operator api web static; do
    reference=$(node -e "process.stdout.write(JSON.parse(require('fs').readFileSync('$file','utf8')).$component)")
    digest=${reference##*@}
    "$bin/crane" copy --insecure "$reference" "127.0.0.1:$registry_port/pagemagic-$component@$digest" >&2
    printf '%s %s\n' "$component" "$digest"
  done >"$local_dir/kind-images.txt"
}

image_values() {
  local component digest
  while read -r component digest; do
    printf -- '--set images.%s.repository=%s:5000/pagemagic-%s --set images.%s.digest=%s ' \
      "$component" "$registry_name" "$component" "$component" "$digest"
  done <"$local_dir/kind-images.txt"
}

install_platform_services() {
  log "installing ingress-nginx $ingress_nginx_version and cert-manager $cert_manager_version"
  kubectl apply -f "https://raw.githubusercontent.com/kubernetes/ingress-nginx/$ingress_nginx_version/deploy/static/provider/kind/deploy.yaml" >&2
  kubectl apply -f "https://github.com/cert-manager/cert-manager/releases/download/$cert_manager_version/cert-manager.yaml" >&2
  kubectl -n ingress-nginx wait --for=condition=Available deployment/ingress-nginx-controller --timeout=300s >&2
  kubectl -n cert-manager wait --for=condition=Available deployment --all --timeout=300s >&2
  # A self-signed issuer: nothing outside this machine can answer an ACME challenge for *.localhost.
  kubectl apply -f - >&2 <<'YAML'
apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata: {name: pagemagic-selfsigned}
spec: {selfSigned: {}}
YAML

  log "installing PostgreSQL, Redis, NATS (JetStream) and mailpit in $deps_namespace"
  kubectl create namespace "$deps_namespace" --dry-run=client -o yaml | kubectl apply -f - >&2
  local name image port args
  while read -r name image port args; do
    kubectl -n "$deps_namespace" apply -f - >&2 <<YAML
apiVersion: apps/v1
kind: Deployment
metadata: {name: $name}
spec:
  selector: {matchLabels: {app: $name}}
  template:
    metadata: {labels: {app: $name}}
    spec:
      containers:
        - name: $name
          image: $image
          args: [${args//,/, }]
          env:
            - {name: POSTGRES_USER, value: pagemagic}
            - {name: POSTGRES_PASSWORD, value: pagemagic}
            - {name: POSTGRES_DB, value: pagemagic}
          ports: [{containerPort: $port}]
---
apiVersion: v1
kind: Service
metadata: {name: $name}
spec:
  selector: {app: $name}
  ports: [{port: $port, targetPort: $port}]
YAML
  done <<'LIST'
postgres postgres:17 5432
redis redis:8 6379
nats nats:2.11 4222 -js
mailpit axllent/mailpit:v1.27 1025
LIST
  kubectl -n "$deps_namespace" wait --for=condition=Available deployment --all --timeout=300s >&2
}

install_chart() {
  kubectl create namespace "$release_namespace" --dry-run=client -o yaml | kubectl apply -f - >&2
  local deps="$deps_namespace.svc.cluster.local"
  kubectl -n "$release_namespace" create secret generic pagemagic-services \
    --from-literal=DATABASE_URL="postgres://pagemagic:pagemagic@postgres.$deps:5432/pagemagic" \
    --from-literal=REDIS_URL="redis://redis.$deps:6379" \
    --from-literal=NATS_URL="nats://nats.$deps:4222" \
    --from-literal=SMTP_URL="smtp://mailpit.$deps:1025" \
    --dry-run=client -o yaml | kubectl apply -f - >&2
  log "helm install pagemagic (waits for every pod to be ready)"
  # shellcheck disable=SC2046 # image_values prints separate --set flags
  helm upgrade --install pagemagic "$repo/charts/pagemagic" -n "$release_namespace" --wait --timeout 10m \
    $(image_values) \
    --set ingressClassName=nginx \
    --set api.ingress.host=api.pagemagic.localhost --set api.publicUrl=http://api.pagemagic.localhost \
    --set web.ingress.host=app.pagemagic.localhost \
    --set sites.baseDomain=sites.pagemagic.localhost --set sites.urlScheme=http \
    --set serveSites.ingress.enabled=true \
    --set registry.host="$registry_name:5000" --set "registry.insecure[0]=$registry_name:5000" \
    --set operator.acme.issuer=ClusterIssuer/pagemagic-selfsigned \
    --set meter.enabled=false >&2
  cat <<EOF

Page Magic runs on the kind cluster $cluster (kubeconfig: $kubeconfig):
  web app:  http://app.pagemagic.localhost/   (login links arrive in mailpit: kubectl -n $deps_namespace port-forward svc/mailpit 8025)
  API:      http://api.pagemagic.localhost/openapi.json
  sites:    kubectl --kubeconfig $kubeconfig get websites -A
  stop:     make kind-down
EOF
}

case ${1:-} in
  up)
    require_docker
    bash "$repo/hack/tools/build.sh" kind
    mkdir -p "$local_dir"
    start_registry
    create_cluster
    load_images
    install_platform_services
    install_chart
    ;;
  require-docker) require_docker ;;
  down)
    require_docker
    bash "$repo/hack/tools/build.sh" kind
    kind delete cluster --name "$cluster"
    "$docker" rm -f "$registry_name" >/dev/null 2>&1 || true
    ;;
  *) die "usage: hack/kind.sh up|down|require-docker" ;;
esac
