"""Every verb against every kind of bad target: missing, unwritable (read-only file system, a
file where a folder should be), a device, a named pipe, a symbolic link. Each run must end in
one line of error (or a clean refusal) within the timeout: a traceback or a hang fails."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


REPO = Path(__file__).resolve().parents[2]


def _targets(tmp: Path) -> dict[str, str]:
    fifo = tmp / "pipe"
    os.mkfifo(fifo)
    link = tmp / "link"
    link.symlink_to("/etc/passwd")
    return {
        "missing": str(tmp / "nope" / "deeper"),
        "read-only": "/proc/museum-ar-test",
        "file-as-folder": "/etc/hostname/sub",
        "device": "/dev/zero",
        "null": "/dev/null",
        "pipe": str(fifo),
        "link": str(link),
    }


def _cases(project: str, text: str, t: str) -> list[list[str]]:
    return [
        ["new", t, "--title", "x"],
        ["add-marker", t, "--id", "a", "--size-mm", "50"],
        ["attach", t, "m0", text],
        ["attach", project, "m0", t],
        ["info", t],
        ["validate", t],
        ["markers", t, "--out", "/tmp/x.pdf"],
        ["markers", project, "--out", t],
        ["markers", project, "--out", t + ".pdf"],
        ["export", t, "--out", "/tmp/museum-ar-never"],
        ["export", project, "--out", t],
        ["export", project, "--out", t + ".zip"],
        ["export", project, "--out", t + "-b", "--new-key", t + "/k.pem"],
        ["verify", t],
        ["serve", t, "--port", "0"],
        ["track", t, "--max-frames", "2"],
        ["calibrate", t, "--max-frames", "2"],
        ["calibrate", "x", "--print-board", t],
    ]


EXTRA = [
    ["serve", "{b}", "--port", "70000"],
    ["export", "{p}", "--out", "{o}", "--hfov", "nan"],
    ["export", "{p}", "--out", "{o}", "--hfov", "0"],
    ["export", "{p}", "--out", "{o}", "--hfov", "inf"],
    ["export", "{p}", "--out", "{o}", "--hfov", "9" * 5000],
    ["new", "{o}", "--title", "x", "--url", "javascript:alert(1)"],
    ["new", "{o}", "--title", "x", "--url", "data:text/html,<script>alert(1)</script>"],
    ["add-marker", "{p}", "--id", "z", "--size-mm", "nan"],
    ["add-marker", "{p}", "--id", "z", "--size-mm", "1e999"],
    ["calibrate", "x", "--print-board", "{o}.png", "--cols", "1000", "--rows", "1000"],
    ["calibrate", "x", "--print-board", "{o}.png", "--square-mm", "nan"],
]

RUNNER = r"""
import json, sys, io, contextlib, traceback
from museum_ar.cli import main
cases = json.loads(sys.stdin.read())
out = []
for argv in cases:
    err = io.StringIO()
    rc = None
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        try:
            rc = main(argv)
        except SystemExit as e:
            rc = e.code
        except BaseException:
            err.write(traceback.format_exc())
            rc = "traceback"
    out.append({"argv": argv, "rc": rc, "err": err.getvalue()})
print(json.dumps(out))
"""


def test_every_verb_against_bad_targets(tmp_path, tally):
    from museum_ar.core import create_project
    from museum_ar.core.exhibit import Marker

    p = create_project(tmp_path / "proj", "x", publish_url="https://ar.example.org/x/")
    p.exhibit.markers.append(Marker("m0", 60.0))
    p.save()
    text = tmp_path / "t.txt"
    text.write_text("Hallo")
    cases = []
    for _name, t in _targets(tmp_path).items():
        cases += _cases(str(p.root), str(text), t)
    from museum_ar.export import export_bundle
    b = export_bundle(p.root, tmp_path / "bundle")
    cases += [[x.format(p=p.root, b=b, o=tmp_path / "out") for x in c] for c in EXTRA]
    from concurrent.futures import ThreadPoolExecutor

    def run(argv):
        try:
            r = subprocess.run([sys.executable, "-c", RUNNER], input=json.dumps([argv]), capture_output=True, text=True, timeout=60,
                               env={**os.environ, "PYTHONPATH": str(REPO), "DISPLAY": ""}, cwd=tmp_path)
            return json.loads(r.stdout.strip().splitlines()[-1])[0] if r.stdout.strip() else {"argv": argv, "rc": "crash", "err": r.stderr}
        except subprocess.TimeoutExpired:
            return {"argv": argv, "rc": "hang", "err": "Traceback: no answer within 60 s (hang)"}

    with ThreadPoolExecutor(3) as pool:
        results = list(pool.map(run, cases))
    bad = []
    for res in results:
        tally["tried"] += 1
        tb = "Traceback" in res["err"] or res["rc"] == "traceback"
        tally["tracebacks"] += tb
        lines = [ln for ln in res["err"].strip().splitlines() if not ln.startswith(("usage:", " "))]
        if tb or (res["rc"] not in (0, None) and len(lines) > 1):
            bad.append(res)
        elif res["rc"] not in (0, None):
            tally["refused_cleanly"] += 1
        else:
            tally["survived"] += 1
    assert not bad, json.dumps(bad[:5], indent=1)[:6000]
    # The hostile numbers and addresses were refused, not accepted.
    extra = results[-len(EXTRA):]
    assert all(res["rc"] not in (0, None) for res in extra), [(res["argv"][:6], res["rc"]) for res in extra if res["rc"] in (0, None)]
    assert not list(tmp_path.glob("out-b*")) and not Path("/tmp/museum-ar-never").exists()
