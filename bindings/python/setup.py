"""Build hook of agent_mailroom: the package ships mailroom.wasm.

The module is not committed twice: the repository's copy is
hosts/runtime/wazero/mailroom.wasm (the one the Go wazero host embeds). Building
the package (``pip install ./bindings/python``, ``python -m build``, an
editable install) copies it into the package, so that every install from a
clone works without ``make py-build``. An sdist carries the copy, so a wheel
built from it needs no clone.

The module is taken from, in order: $MAILROOM_WASM (as bindings/js's
copy-wasm.mjs), the clone's hosts/runtime/wazero/mailroom.wasm, or a copy already in
src/agent_mailroom/ (an unpacked sdist, or ``make py-build``).
"""

import os
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

HERE = Path(__file__).resolve().parent
PACKAGE = "agent_mailroom"
WASM = "mailroom.wasm"
IN_TREE = HERE / "src" / PACKAGE / WASM


def find_wasm() -> Path:
    candidates = []
    if os.environ.get("MAILROOM_WASM"):
        candidates.append(Path(os.environ["MAILROOM_WASM"]))
    candidates += [HERE.parent.parent / "hosts" / "runtime" / "wazero" / WASM, IN_TREE]
    for c in candidates:
        if c.is_file():
            return c
    raise SystemExit(
        "agent_mailroom: mailroom.wasm not found (looked at %s); build from a clone of the "
        "repository, or run `make wasm` at its root" % ", ".join(str(c) for c in candidates)
    )


def copy_wasm(dest_dir: Path) -> None:
    src = find_wasm()
    dest = dest_dir / WASM
    dest_dir.mkdir(parents=True, exist_ok=True)
    if src.resolve() != dest.resolve():
        shutil.copyfile(src, dest)


class BuildPy(build_py):
    """Copies mailroom.wasm into the built package (and, for an editable
    install, into src/agent_mailroom/, where the package is imported from)."""

    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            copy_wasm(IN_TREE.parent)
        else:
            copy_wasm(Path(self.build_lib) / PACKAGE)

    def get_outputs(self, include_bytecode=True):
        outputs = super().get_outputs(include_bytecode)
        built = os.path.join(self.build_lib, PACKAGE, WASM)
        if not getattr(self, "editable_mode", False) and built not in outputs:
            outputs.append(built)
        return outputs


class Sdist(sdist):
    """Puts mailroom.wasm into the sdist's package directory."""

    def make_release_tree(self, base_dir, files):
        super().make_release_tree(base_dir, files)
        copy_wasm(Path(base_dir) / "src" / PACKAGE)


setup(cmdclass={"build_py": BuildPy, "sdist": Sdist})
