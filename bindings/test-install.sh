#!/usr/bin/env bash
# Installs the bindings the way a user of a fresh clone does, and uses them:
#
#   python  `pip install ./bindings/python` into a throwaway venv: the
#           package must carry mailroom.wasm (its build hook, setup.py,
#           copies hosts/runtime/wazero/mailroom.wasm in), import and answer.
#   js      `npm pack` in bindings/js (its prepack copies the module in),
#           `npm install` of the tarball into an empty npm project, one call;
#           and `npm run conformance` from bindings/js.
#
# Usage: bindings/test-install.sh [python|js]...   (default: both)
#
# Each runs on a clean copy of the clone: the files git tracks or would
# track (work-tree contents, so uncommitted edits count; nothing gitignored,
# so no mailroom.wasm copied by make py-build/js-build, no node_modules, no
# .venv), in a temporary directory. $MAILROOM_WASM and $AGENT_MAILROOM_WASM
# are unset so the packages must use their own module. Prints one
# "install-<what>: ok" line per check, or fails.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
NODE="${NODE:-node}"
unset MAILROOM_WASM AGENT_MAILROOM_WASM
# The documentation key of eth-account, and its address.
KEY=0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318
ADDR=0x2c7536E3605D9C16a7a3D7b1898e529396a65c23

tmp="$(mktemp -d "${TMPDIR:-/tmp}/mailroom-install.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

fail() { echo "install-$1: FAIL: $2" >&2; exit 1; }

clean_copy() {
  local dst="$tmp/clone"
  [ -d "$dst" ] && return 0
  mkdir -p "$dst"
  (cd "$root" && git ls-files -z --cached --others --exclude-standard \
    | while IFS= read -r -d '' f; do [ -f "$f" ] && printf '%s\0' "$f"; done \
    | tar --null -T - -cf - | tar -xf - -C "$dst")
  [ -f "$dst/hosts/runtime/wazero/mailroom.wasm" ] || fail copy "the clone has no hosts/runtime/wazero/mailroom.wasm"
  [ ! -e "$dst/bindings/python/src/agent_mailroom/mailroom.wasm" ] && [ ! -e "$dst/bindings/js/mailroom.wasm" ] \
    || fail copy "the clean copy holds a gitignored mailroom.wasm"
}

wasm_sha() { "$PYTHON" -c 'import hashlib,sys; print(hashlib.sha256(open(sys.argv[1],"rb").read()).hexdigest())' "$1"; }

test_python() {
  clean_copy
  local venv="$tmp/venv" want
  want="$(wasm_sha "$tmp/clone/hosts/runtime/wazero/mailroom.wasm")"
  "$PYTHON" -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check --no-input "$tmp/clone/bindings/python" \
    || fail python "pip install ./bindings/python failed"
  # Outside the clone, so that nothing but the installed package is found.
  (cd "$tmp" && "$venv/bin/python" - "$KEY" "$ADDR" "$want" <<'EOF') || fail python "the installed package does not work"
import hashlib, pathlib, sys
import agent_mailroom
key, addr, want = sys.argv[1:]
pkg = pathlib.Path(agent_mailroom.__file__).parent
assert "site-packages" in str(pkg), f"imported from {pkg}, not the venv"
wasm = pkg / "mailroom.wasm"
assert wasm.is_file(), f"{wasm} is missing"
got = hashlib.sha256(wasm.read_bytes()).hexdigest()
assert got == want, f"{wasm} is not hosts/runtime/wazero/mailroom.wasm"
a = agent_mailroom.Core().address_of(key)
assert a == addr, f"address_of = {a}, want {addr}"
print(f"install-python: ok (pip install ./bindings/python: {wasm.stat().st_size} bytes of wasm; address_of -> {a})")
EOF
}

test_js() {
  clean_copy
  local js="$tmp/clone/bindings/js" packs="$tmp/packs" app="$tmp/app" tgz want
  want="$(wasm_sha "$tmp/clone/hosts/runtime/wazero/mailroom.wasm")"
  mkdir -p "$packs" "$app"
  (cd "$js" && npm pack --silent --pack-destination "$packs" >/dev/null) || fail js "npm pack failed"
  tgz="$(ls "$packs"/*.tgz)"
  tar -tzf "$tgz" | grep -qx 'package/mailroom.wasm' || fail js "$(basename "$tgz") has no mailroom.wasm"
  (cd "$app" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error "$tgz" >/dev/null) \
    || fail js "npm install of the tarball failed"
  [ "$(wasm_sha "$app/node_modules/@agentmailroom/core/mailroom.wasm")" = "$want" ] \
    || fail js "the installed mailroom.wasm is not hosts/runtime/wazero/mailroom.wasm"
  (cd "$app" && "$NODE" --disable-warning=ExperimentalWarning --input-type=module -e "
    import { init, addressOf } from '@agentmailroom/core';
    await init();
    const a = addressOf('$KEY');
    if (a !== '$ADDR') { console.error('addressOf = ' + a); process.exit(1); }
    console.log('install-js: ok (npm pack + npm install: addressOf -> ' + a + ')');
  ") || fail js "the installed package does not work"
  local line
  line="$(cd "$js" && npm run --silent conformance 2>&1 | tail -1)" || fail js "npm run conformance: $line"
  [[ "$line" =~ ^node:\ [1-9][0-9]*\ passed,\ 0\ failed$ ]] || fail js "npm run conformance printed: $line"
  echo "install-js: ok (npm run conformance in bindings/js: $line)"
}

whats=("$@")
[ ${#whats[@]} -gt 0 ] || whats=(python js)
for w in "${whats[@]}"; do
  case "$w" in
    python) test_python ;;
    js) test_js ;;
    *) echo "usage: $0 [python|js]..." >&2; exit 2 ;;
  esac
done
