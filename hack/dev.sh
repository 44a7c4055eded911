#!/usr/bin/env bash
# The local default, as far as it exists today: cluster and services up (the
# Makefile's prerequisites), CRDs installed, and the example Website applied.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
kubeconfig=$(bash "$repo/hack/cluster.sh" kubeconfig)
kubectl() { "$repo/hack/bin/kubectl" --kubeconfig "$kubeconfig" "$@"; }

kubectl create namespace pm-demo --dry-run=client -o yaml | kubectl apply -f - >/dev/null
kubectl apply -f "$repo/hack/examples/website.yaml"
echo
kubectl get websites -A
cat <<MSG

Page Magic's local platform is up.
  kubeconfig:  $kubeconfig
  try:         hack/bin/kubectl --kubeconfig $kubeconfig get websites -A
  services:    $(bash "$repo/hack/services.sh" status | tr '\n' ';' | sed 's/;$//; s/;/; /g')
  stop:        make cluster-down services-down
MSG
