"""Every verb against every kind of bad target: missing, unwritable (read-only file system, a
file where a folder should be), a device, a named pipe, a symbolic link. Each run must end in
one line of error (or a clean refusal) within the timeout: a traceback or a hang fails."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # 137 cases, each in a process of its own

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

# Every case runs in a process of its own, as `museum-ar ARGS` would, with its own timeout: a
# traceback, a crash or a hang of one case cannot hide behind another's. The processes are forked
# from one runner that has imported the command's modules once, so a case costs its verb's work and
# not a Python start-up and the same imports again (137 start-ups took 50-85 s on two cores).
RUNNER = r"""
import contextlib, io, json, os, select, signal, sys, tempfile, time, traceback
from museum_ar.cli import build_parser, main
build_parser()  # imports every verb's module
import museum_ar.export, museum_ar.markers, museum_ar.tracking  # noqa: E401  (the heavy verbs' own imports)
TIMEOUT_S = float(sys.argv[1])

def child(argv, w, log):
    os.setsid()
    os.dup2(log.fileno(), 1)  # what C code or a tool writes past sys.stdout/sys.stderr
    os.dup2(log.fileno(), 2)
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
    os.write(w, json.dumps({"argv": argv, "rc": rc, "err": err.getvalue()}).encode())
    os._exit(0)

def run(argv):
    r, w = os.pipe()
    with tempfile.TemporaryFile() as log:
        pid = os.fork()
        if pid == 0:
            try:
                os.close(r)
                child(argv, w, log)
            finally:
                os._exit(70)  # never return into the runner's loop
        os.close(w)
        data, deadline = b"", time.monotonic() + TIMEOUT_S
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([r], [], [], left)[0]:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                os.close(r)
                return {"argv": argv, "rc": "hang", "err": f"Traceback: no answer within {TIMEOUT_S:.0f} s (hang)"}
            chunk = os.read(r, 65536)
            if not chunk:
                break
            data += chunk
        os.close(r)
        _, status = os.waitpid(pid, 0)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGKILL)  # anything the verb started and left behind
        if data:
            return json.loads(data)
        log.seek(0)
        return {"argv": argv, "rc": "crash", "err": f"exit status {status}: " + log.read().decode(errors="replace")}

print(json.dumps([run(argv) for argv in json.loads(sys.stdin.read())]))
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

    def run(chunk):
        r = subprocess.run([sys.executable, "-c", RUNNER, "60"], input=json.dumps(chunk), capture_output=True, text=True,
                           timeout=60 * len(chunk) + 60, env={**os.environ, "PYTHONPATH": str(REPO), "DISPLAY": ""}, cwd=tmp_path)
        assert r.returncode == 0 and r.stdout.strip(), f"the runner itself failed ({r.returncode}): {r.stderr[-3000:]}"
        return json.loads(r.stdout.strip().splitlines()[-1])

    chunks = [cases[i::2] for i in range(2)]  # one runner per core
    with ThreadPoolExecutor(2) as pool:
        done = list(pool.map(run, chunks))
    results: list[dict] = [{}] * len(cases)
    for i, part in enumerate(done):
        results[i::2] = part
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
