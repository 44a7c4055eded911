#!/usr/bin/env bash
# Puts Schemathesis (PyPI) in a virtual environment under .tools/schemathesis, at the version pinned in
# hack/conformance/requirements.txt; does nothing when that version is already there. Prints the path
# of its executable.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
venv=$repo/.tools/schemathesis
requirements=$repo/hack/conformance/requirements.txt
stamp=$venv/.requirements

if [[ -x $venv/bin/schemathesis ]] && cmp -s "$requirements" "$stamp"; then
  echo "$venv/bin/schemathesis"
  exit 0
fi
command -v python3 >/dev/null || {
  echo "hack/conformance/install.sh: error: python3 is needed for Schemathesis; install it (apt-get install python3 python3-venv)" >&2
  exit 1
}
rm -rf "$venv"
python3 -m venv "$venv" >&2 || {
  echo "hack/conformance/install.sh: error: could not make a virtual environment; install python3-venv (apt-get install python3-venv)" >&2
  exit 1
}
"$venv/bin/pip" install --quiet --disable-pip-version-check -r "$requirements" >&2
cp "$requirements" "$stamp"
echo "$venv/bin/schemathesis"
