#!/usr/bin/env bash
# pip install ./bindings/python from a fresh clone (the committed tree only),
# into a throwaway venv, then run the README quickstart with the installed
# package against mailroom node and a Go mailroom (tools/install_check.py):
# the wasm ships in the package, web3 and httpx come as its dependencies.
#
#   MAILROOM_CLI=build/python-agent/mailroom bash bindings/python/tools/test_install.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
python="${PYTHON:-python3}"
cli="${MAILROOM_CLI:?MAILROOM_CLI must name a built mailroom CLI}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git clone -q --no-local "$repo" "$work/clone"
"$python" -m venv "$work/venv"
# Constrained to the pinned versions for a reproducible run; the package's
# own metadata is what pulls them in.
"$work/venv/bin/pip" install -q --disable-pip-version-check -c "$repo/bindings/python/requirements-dev.txt" "$work/clone/bindings/python"
cd "$work"   # away from the clone: the installed package is the one imported
"$work/venv/bin/python" -c 'import agent_mailroom, pathlib; p = pathlib.Path(agent_mailroom.__file__).parent; assert (p / "mailroom.wasm").is_file() and (p / "py.typed").is_file(), p; print("installed:", p)'
MAILROOM_CLI="$cli" "$work/venv/bin/python" "$here/install_check.py" "$work/clone/bindings/python/README.md"
