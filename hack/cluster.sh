#!/usr/bin/env bash
# The local Kubernetes control plane: a real kube-apiserver, etcd,
# kube-controller-manager and kube-scheduler run by kwokctl from the binaries in
# hack/bin, with one fake node (kwok) on which pods run and Job pods succeed.
#   hack/cluster.sh up|down|delete|status|kubeconfig|install-crds
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
bin="$repo/hack/bin"
local_dir=${PAGEMAGIC_LOCAL_DIR:-$repo/.local}
cluster_name=${PAGEMAGIC_CLUSTER_NAME:-pagemagic}
apiserver_port=${PAGEMAGIC_KUBE_PORT:-16443}
kubeconfig=${PAGEMAGIC_KUBECONFIG:-$local_dir/kubeconfig}
export KWOK_WORKDIR="$local_dir/kwok"
cluster_dir="$KWOK_WORKDIR/clusters/$cluster_name"

kwokctl() { "$bin/kwokctl" --name "$cluster_name" "$@"; }
kubectl() { "$bin/kubectl" --kubeconfig "$kubeconfig" "$@"; }

require_tools() {
  local tool
  for tool in kwokctl kwok etcd kube-apiserver kube-controller-manager kube-scheduler kubectl; do
    if [[ ! -x "$bin/$tool" ]]; then
      echo "hack/bin/$tool is missing: run 'make tools' first" >&2
      exit 1
    fi
  done
}

healthy() {
  [[ -f "$kubeconfig" ]] && kubectl get --raw=/readyz >/dev/null 2>&1
}

write_config() {
  mkdir -p "$local_dir"
  local config="$local_dir/kwokctl.yaml"
  cat >"$config" <<YAML
apiVersion: config.kwok.x-k8s.io/v1alpha1
kind: KwokctlConfiguration
options:
  runtime: binary
  bindAddress: 127.0.0.1
  kubeApiserverPort: $apiserver_port
  kubeAuthorization: true
  kubeAdmission: true
  kubeApiserverBinary: $bin/kube-apiserver
  kubeControllerManagerBinary: $bin/kube-controller-manager
  kubeSchedulerBinary: $bin/kube-scheduler
  kubectlBinary: $bin/kubectl
  kwokControllerBinary: $bin/kwok
  etcdBinary: $bin/etcd
componentsPatches:
  - name: kube-apiserver
    extraArgs:
      - key: advertise-address
        value: 127.0.0.1
      # The default /24 holds 254 Services; scale tests of the operator create more than that.
      - key: service-cluster-ip-range
        value: 10.96.0.0/16
  # Client-side limits sized for a hosting cluster rather than the defaults (20 qps, 5 Deployment syncs),
  # which would make rolling out thousands of site Deployments the slowest part of every scale test.
  - name: kube-controller-manager
    extraArgs:
      - key: kube-api-qps
        value: "300"
      - key: kube-api-burst
        value: "600"
      - key: concurrent-deployment-syncs
        value: "20"
      - key: concurrent-replicaset-syncs
        value: "20"
      # One instance, and nothing restarts it: under a saturated API server a missed lease renewal would
      # make it exit for good ("leaderelection lost"), and every later Deployment would wait forever.
      - key: leader-elect
        value: "false"
      # How often the quota controller looks for new resource types: at the default 5 minutes a fresh
      # cluster refuses every Website in a namespace with a quota ("status unknown for quota") for that long
      # after the CRDs are installed.
      - key: resource-quota-sync-period
        value: 15s
  - name: kube-scheduler
    extraArgs:
      - key: kube-api-qps
        value: "300"
      - key: kube-api-burst
        value: "600"
      - key: leader-elect
        value: "false"
  - name: etcd
    extraArgs:
      # A throwaway test cluster: durability is not worth the fsync latency.
      - key: unsafe-no-fsync
        value: "true"
---
YAML
  cat "$repo/hack/cluster/stages.yaml" >>"$config"
  echo "$config"
}

wait_for() {
  local what=$1 seconds=$2
  shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    if ((SECONDS >= deadline)); then
      echo "timed out after ${seconds}s waiting for $what" >&2
      echo "component logs: $cluster_dir/logs/" >&2
      return 1
    fi
    sleep 1
  done
}

# A live API server is not enough: a scheduler or controller manager that died leaves Pods Pending forever.
components_running() {
  local component
  for component in etcd kube-apiserver kube-controller-manager kube-scheduler kwok-controller; do
    pgrep -f "^$cluster_dir/bin/$component " >/dev/null || return 1
  done
}

node_ready() {
  [[ "$(kubectl get node pagemagic-node-0 -o jsonpath='{.status.conditions[?(@.type=="Ready")].status}')" == True ]]
}

up() {
  require_tools
  local config
  config=$(write_config)
  if [[ -d "$cluster_dir" && "$(cat "$local_dir/kwokctl.yaml.applied" 2>/dev/null)" != "$(sha256sum <"$config")" ]]; then
    # A throwaway cluster: when its settings change, it is cheaper to recreate than to migrate.
    echo "the cluster settings changed; recreating cluster $cluster_name" >&2
    kwokctl delete cluster >&2 || true
    rm -rf "$cluster_dir"
  fi
  if healthy && node_ready && components_running; then
    echo "cluster $cluster_name is up; kubeconfig: $kubeconfig"
    return 0
  fi
  local started=$SECONDS
  if [[ -d "$cluster_dir" ]]; then
    # Left stopped (or its processes died, e.g. with the machine): start what exists.
    kwokctl start cluster --timeout 2m >&2 || {
      echo "could not restart the existing cluster; recreating it" >&2
      kwokctl delete cluster >&2 || true
      rm -rf "$cluster_dir"
    }
  fi
  if [[ ! -d "$cluster_dir" ]]; then
    kwokctl create cluster --config "$config" --wait 2m --timeout 4m >&2
    sha256sum <"$config" >"$local_dir/kwokctl.yaml.applied"
  fi
  mkdir -p "$(dirname "$kubeconfig")"
  cp "$cluster_dir/kubeconfig.yaml" "$kubeconfig"
  wait_for "the API server" 120 healthy
  kubectl apply -f "$repo/hack/cluster/node.yaml" >/dev/null
  wait_for "node pagemagic-node-0 to be Ready" 60 node_ready
  echo "cluster $cluster_name is up in $((SECONDS - started))s; kubeconfig: $kubeconfig"
}

down() {
  if [[ -d "$cluster_dir" ]]; then
    kwokctl stop cluster >&2 || true
  fi
  echo "cluster $cluster_name is stopped (state kept in $cluster_dir; 'delete' removes it)"
}

delete() {
  if [[ -d "$cluster_dir" ]]; then
    kwokctl delete cluster >&2 || true
    rm -rf "$cluster_dir"
  fi
  rm -f "$kubeconfig"
  echo "cluster $cluster_name is deleted"
}

install_crds() {
  healthy || { echo "the cluster is not up: run 'make cluster-up' first" >&2; exit 1; }
  local files=("$repo"/crds/*.yaml) names=()
  kubectl apply --server-side --force-conflicts --field-manager=pagemagic-crds "${files[@]/#/-f=}" >&2
  local file
  for file in "${files[@]}"; do names+=("crd/$(basename "$file" .yaml)"); done
  kubectl wait --for condition=Established --timeout=60s "${names[@]}" >&2
  echo "installed ${#names[@]} CRDs"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  delete) delete ;;
  install-crds) install_crds ;;
  status) if healthy; then echo "cluster $cluster_name: up ($kubeconfig)"; else echo "cluster $cluster_name: down"; exit 1; fi ;;
  kubeconfig) echo "$kubeconfig" ;;
  *) echo "usage: hack/cluster.sh up|down|delete|status|kubeconfig|install-crds" >&2; exit 2 ;;
esac
