"""Real sample files for the service tests: the glTF samples in tests/data, a truncated copy, a
file whose extension lies and one no importer takes, under names with umlauts and spaces."""

from __future__ import annotations

import shutil
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "gltf"
MARKER_MM = 200.0  # the 1 m sample boxes are then no size question (under 10 marker edges)


def mixed_files(folder: Path) -> tuple[list[Path], dict[str, str]]:
    """Good and bad files, in an order that mixes them; and, for each bad file, a word its error
    must contain (besides its name)."""
    folder.mkdir(parents=True, exist_ok=True)
    good = shutil.copyfile(DATA / "Box_draco.glb", folder / "Schädel Kiste ü.glb")
    textured = shutil.copyfile(DATA / "BoxTextured_draco.glb", folder / "Würfel mit Bild.glb")
    truncated = folder / "Fuchs abgeschnitten.glb"
    truncated.write_bytes((DATA / "Fox.glb").read_bytes()[:3000])
    lying = shutil.copyfile(DATA / "Box_draco.glb", folder / "Kein Bild.png")  # a GLB named like a PNG
    unknown = folder / "Notizen Größe.xyz"
    unknown.write_bytes(b"nothing an importer takes")
    files = [Path(good), truncated, lying, Path(textured), unknown]
    bad = {truncated.name: "GLB", lying.name: "binary glTF", unknown.name: ".xyz"}
    return files, bad
