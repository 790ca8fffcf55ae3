"""A model whose motion AR Quick Look cannot be given (morph targets: usdz_anim carries node
animation and skins, not blend shapes) is carried at rest, and export says so instead of dropping
the motion silently: the manifest lists it (`usdz.still`), verify reports it, `museum-ar export`
and `verify` print a note, and the written USDZ, read back with usd-core, indeed has no time
samples. (The Fox, skinned, moves there: test_quicklook_motion.py.)"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from museum_ar.cli import main
from museum_ar.export import verify_bundle

from .animated_glb import write_morphing_glb


def test_an_animated_model_is_named_as_still_in_quick_look(odd_dir: Path, tmp_path: Path, capsys):
    proj = odd_dir / "Füchse im Wald"
    swelling = write_morphing_glb(tmp_path / "Fox.glb")
    assert main(["new", str(proj), "--title", "Füchse", "--url", "https://ar.example.org/fuchs/"]) == 0
    assert main(["add-marker", str(proj), "--id", "fuchs", "--size-mm", "80"]) == 0
    assert main(["attach", str(proj), "fuchs", str(swelling), "--fit"]) == 0
    capsys.readouterr()
    out = tmp_path / "bundle"
    assert main(["export", str(proj), "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert "'Fox' on marker 'fuchs' moves in the tablet viewer; AR Quick Look (iPhone, iPad) shows it still" in said

    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    marker = manifest["markers"][0]
    fox_id = marker["items"][0]["id"]
    assert marker["usdz"]["still"] == [fox_id]
    assert verify_bundle(out).quicklook_still == [("fuchs", fox_id, marker["items"][0]["title"])]
    assert main(["verify", str(out)]) == 0 and "shows it still" in capsys.readouterr().out

    from pxr import Usd

    usdz = out / marker["usdz"]["anchored"]["de"]
    with zipfile.ZipFile(usdz) as z:
        layer = next(n for n in z.namelist() if n.endswith((".usdc", ".usda")))
        (tmp_path / layer).write_bytes(z.read(layer))
    stage = Usd.Stage.Open(str(tmp_path / layer))
    sampled = [a.GetPath() for prim in stage.Traverse() for a in prim.GetAttributes() if a.GetNumTimeSamples() > 0]
    assert not sampled  # what the note says: it stands still there


def test_a_model_without_animation_gets_no_note(odd_dir: Path, tmp_path: Path, capsys):
    proj = odd_dir / "Kasten"
    box = Path(__file__).resolve().parents[1] / "data" / "gltf" / "Box_draco.glb"
    assert main(["new", str(proj), "--title", "Kasten", "--url", "https://ar.example.org/k/"]) == 0
    assert main(["add-marker", str(proj), "--id", "k", "--size-mm", "80"]) == 0
    assert main(["attach", str(proj), "k", str(box), "--fit"]) == 0
    assert main(["export", str(proj), "--out", str(tmp_path / "b")]) == 0
    assert "shows it still" not in capsys.readouterr().out
    manifest = json.loads((tmp_path / "b" / "manifest.json").read_text("utf-8"))
    assert "still" not in manifest["markers"][0]["usdz"]
