"""Saves are atomic: a process killed with SIGKILL at random moments while saving never leaves a
project that fails to load, nor one that is half old and half new."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from museum_ar.core import create_project, load_project

# The child saves state after state as fast as it can. State k: title "state k", k+1 items on the
# marker, each with its own new asset file (so assets and exhibit.json must stay consistent).
CHILD = r"""
import sys
from museum_ar.core import Item, ItemKind, Marker, load_project
p = load_project(sys.argv[1])
p.exhibit.markers = [Marker("m", 50.0)]
k = 0
while True:
    asset = p.store_asset(("payload %d " % k).encode() * 5000, "bin")
    p.exhibit.markers[0].items.append(Item(ItemKind.MESH, id="it%d" % k, asset=asset))
    p.exhibit.title = p.exhibit.title.with_text("de", "state %d" % k)
    p.save()
    if k == 0:
        print("ready", flush=True)
    k += 1
"""

ROUNDS = 40


@pytest.mark.slow
def test_sigkill_at_random_moments_never_corrupts(tmp_path):
    root = tmp_path / "Ausstellung ü"
    create_project(root, "start")
    rng = random.Random(1234)
    seen_states = set()
    for _ in range(ROUNDS):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(root)], stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.1))  # a save also takes the project lock and re-reads the file now
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        project = load_project(root, check_assets=True)  # raises on any inconsistency
        title = project.exhibit.title.get("de")
        items = project.exhibit.markers[0].items
        k = int(title.split()[1])
        assert len(items) == k + 1, f"title says state {k} but {len(items)} items were saved"
        assert [it.id for it in items] == [f"it{i}" for i in range(k + 1)]
        seen_states.add(k)
    # The kills really landed at different points of the save loop.
    assert len(seen_states) > 5
