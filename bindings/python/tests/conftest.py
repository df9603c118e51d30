from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent_mailroom import Core

HERE = Path(__file__).parent
REPO = HERE.parents[2]


@pytest.fixture(scope="session")
def mr() -> Core:
    return Core()


@pytest.fixture(scope="session")
def fixtures() -> dict:
    return json.loads((HERE / "typed_data_fixtures.json").read_text())
