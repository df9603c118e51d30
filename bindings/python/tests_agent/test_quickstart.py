"""The quickstart of bindings/python/README.md, run as written against
`mailroom node` and a Go mailroom (Bob, dev account 2, as the repository
README's tour); then Bob claims exactly price × the requests served."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from conftest import PKG, GoMailroom, Node, channel_on_chain


def quickstart_block() -> str:
    text = (PKG / "README.md").read_text()
    m = re.search(r"## Quickstart\n.*?```python\n(.*?)```", text, re.S)
    assert m, "README.md has no quickstart python block"
    return m.group(1)


def test_quickstart_verbatim(node: Node, tmp_path: Path, capsys: Any) -> None:
    # Bob is dev account 2 (the block names his DID), registered and serving.
    bob = GoMailroom.__new__(GoMailroom)
    GoMailroom.__init__(bob, node, 2, "0.001ether", tmp_path)
    try:
        code = quickstart_block().replace("http://127.0.0.1:8545", node.rpc)
        assert bob.did in code
        ns: dict[str, Any] = {"alice_key": node.fresh_key()}
        exec(compile(code, "README.md quickstart", "exec"), ns)
        agent, first, second = ns["agent_mailroom"], None, ns["response"]
        out = capsys.readouterr().out
        assert agent.did in out and "did:agent:eth:0x" in out
        rate = 10**15
        assert second.status_code == 200 and second.receipt is not None
        assert int(second.receipt["cumulativeAmount"]) == 2 * rate  # 0.001 → 0.002 ether
        assert second.json()  # the echo task's answer
        first = agent.channel_manager.channel_to(bob.address)
        assert first is not None and first["cumulative"] == str(2 * rate)
        cid = first["channelId"]
        # Bob settles while serving (control socket): exactly 2 × price.
        bob.settle()
        deposit, claimed, is_open = channel_on_chain(node, cid)
        assert (deposit, claimed, is_open) == (5 * 10**16, 2 * rate, True)
        agent.close()
    finally:
        bob.stop()
