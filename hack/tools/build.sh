#!/usr/bin/env bash
# Builds the local control plane and test servers from the pinned Go modules
# beside this script into hack/bin/. A binary is rebuilt only when its module's
# pins or build flags change, so a second run takes a second or two.
set -euo pipefail

tools_dir=$(cd "$(dirname "$0")" && pwd)
bin_dir=${PAGEMAGIC_BIN_DIR:-$(cd "$tools_dir/.." && pwd)/bin}
mkdir -p "$bin_dir"
export CGO_ENABLED=0 GOFLAGS=-buildvcs=false

kube_version=v1.36.3
helm_version=v4.3.2
kwok_version=v0.8.0

kube_ldflags="-s -w \
 -X k8s.io/component-base/version.gitVersion=$kube_version \
 -X k8s.io/component-base/version.gitMajor=1 \
 -X k8s.io/component-base/version.gitMinor=36 \
 -X k8s.io/component-base/version.gitTreeState=clean \
 -X k8s.io/component-base/version.buildDate=2026-01-01T00:00:00Z \
 -X k8s.io/client-go/pkg/version.gitVersion=$kube_version \
 -X k8s.io/client-go/pkg/version.gitMajor=1 \
 -X k8s.io/client-go/pkg/version.gitMinor=36"

# build MODULE OUTPUT PACKAGE [LDFLAGS]
build() {
  local module=$1 output=$2 package=$3 ldflags=${4:-"-s -w"}
  local stamp_file="$bin_dir/.$output.stamp" stamp
  stamp=$(cat "$tools_dir/$module/go.mod" "$tools_dir/$module/go.sum" <(echo "$package $ldflags") | sha256sum | cut -d' ' -f1)
  if [[ -x "$bin_dir/$output" && -f "$stamp_file" && "$(cat "$stamp_file")" == "$stamp" ]]; then
    return 0
  fi
  echo "building $output from $module ($package)" >&2
  local started=$SECONDS
  (cd "$tools_dir/$module" && go build -trimpath -ldflags "$ldflags" -o "$bin_dir/$output.tmp" "$package")
  mv "$bin_dir/$output.tmp" "$bin_dir/$output"
  echo "$stamp" > "$stamp_file"
  echo "built $output in $((SECONDS - started))s" >&2
}

build etcd etcd . 
build kwok kwok sigs.k8s.io/kwok/cmd/kwok "-s -w -X sigs.k8s.io/kwok/pkg/consts.Version=$kwok_version"
build kwok kwokctl sigs.k8s.io/kwok/cmd/kwokctl "-s -w -X sigs.k8s.io/kwok/pkg/consts.Version=$kwok_version"
build kubernetes kube-apiserver k8s.io/kubernetes/cmd/kube-apiserver "$kube_ldflags"
build kubernetes kube-controller-manager k8s.io/kubernetes/cmd/kube-controller-manager "$kube_ldflags"
build kubernetes kube-scheduler k8s.io/kubernetes/cmd/kube-scheduler "$kube_ldflags"
build kubernetes kubectl k8s.io/kubernetes/cmd/kubectl "$kube_ldflags"
build helm helm helm.sh/helm/v4/cmd/helm "-s -w -X helm.sh/helm/v4/internal/version.version=$helm_version"
build registry registry github.com/distribution/distribution/v3/cmd/registry "-s -w -X github.com/distribution/distribution/v3/version.version=v3.1.2"
build pebble pebble github.com/letsencrypt/pebble/v2/cmd/pebble "-s -w -X main.version=v2.10.3"
build pebble pebble-challtestsrv github.com/letsencrypt/pebble/v2/cmd/pebble-challtestsrv
build static-server pagemagic-static .
build crane crane github.com/google/go-containerregistry/cmd/crane
build mailpit mailpit github.com/axllent/mailpit "-s -w -X github.com/axllent/mailpit/config.Version=v1.33.1"
build stripe-mock stripe-mock github.com/stripe/stripe-mock "-s -w -X main.version=v0.203.0"

# Benchmark-only tools, built when a benchmark asks for them (`build.sh bench`), so `make test` never waits.
if [[ " $* " == *" bench "* ]]; then
  build vegeta vegeta github.com/tsenart/vegeta/v12 "-s -w -X main.Version=v12.13.0"
fi

# kind, built only when `make kind-up` asks for it (`build.sh kind`): it needs Docker, which make test never has.
if [[ " $* " == *" kind "* ]]; then
  build kind kind sigs.k8s.io/kind
fi
