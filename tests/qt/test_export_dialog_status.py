"""The export dialog says one thing at a time: the newest outcome. A declined replace used to be
stacked above the previous export's "Bundle written … checksums verified", two statuses that
contradict each other."""

from __future__ import annotations

import pytest

from museum_ar.core import commands as cmd
from museum_ar.core.exhibit import Marker
from museum_ar.core.localized import LocalizedText
from museum_ar.core.project import create_project


@pytest.mark.slow  # a whole export (viewer, manifest, the check after it)
def test_the_summary_shows_only_the_newest_outcome(window, qtbot, tmp_path):
    from museum_ar.qt.export_dialog import ExportDialog

    root = tmp_path / "Ausstellung"
    p = create_project(root, LocalizedText.of(de="Grüße", en="Greetings"), publish_url="https://ar.example.org/x/")
    cmd.UndoStack(p.exhibit).push(cmd.AddMarker(Marker("M1", 100.0)))
    p.save()
    assert window.open_exhibit(root)
    dlg = ExportDialog(window.doc, window)
    out = tmp_path / "Paket.zip"

    def export(path, replace=None):
        job = dlg.export(path, replace=replace)
        if job is not None:
            qtbot.waitUntil(lambda: dlg.export_button.isEnabled(), timeout=120000)
        return dlg.summary.text()

    written = export(out)
    assert written.startswith("Bundle written to") and "To publish it on your web host:" in written, written
    steps = written[written.index("To publish it on your web host:"):]
    stamp = out.stat().st_mtime_ns

    # Export again, the replace question answered "Cancel": nothing written, said once, and the
    # steps of the bundle that is still there stay (they are still true); no old status under it
    kept = export(out, replace=False)
    assert out.stat().st_mtime_ns == stamp
    assert kept.startswith(f"Nothing was written; {out} is unchanged."), kept
    assert "Bundle written" not in kept and "checksums verified" not in kept, kept
    assert kept.endswith(steps), kept
    assert kept.count("Nothing was written") == 1
    kept = export(out, replace=False)  # again: still one note, not two
    assert kept.count("Nothing was written") == 1, kept

    # declined for another existing file: the earlier bundle's steps would be about something else
    other = tmp_path / "Anderes.zip"
    other.write_bytes(b"PK")
    declined = export(other, replace=False)
    assert declined == f"Nothing was written; {other} is unchanged.", declined

    # a failure after a success: only the failure
    failed = export(root / "Paket.zip")  # inside the project folder: refused
    assert failed.startswith("The bundle was not written.") and "Bundle written" not in failed and "Nothing" not in failed, failed

    # and a new export replacing the first: only its own summary
    again = export(out, replace=True)
    assert again.startswith("Bundle written to") and "Nothing was written" not in again and "not written" not in again, again
    assert out.stat().st_mtime_ns != stamp
    dlg.close()


@pytest.mark.slow  # a whole export
def test_german_export_says_an_outline_artwork_is_found_only_where_its_edge_shows(window, qtbot, tmp_path):
    """The curator chose to track a featureless picture by its outline: the desktop and the tablets
    find it only where its edge stands out against the wall. The export's summary says so, by the
    marker's German name, and that its content is in the tablet's list too."""
    import cv2

    from museum_ar.core.exhibit import ImageTarget, Mount
    from museum_ar.tracking import synthetic_artworks as sa

    root = tmp_path / "Aquarelle"
    p = create_project(root, LocalizedText.of(de="Aquarelle", en="Watercolours"), publish_url="https://ar.example.org/a/")
    (root / "assets").mkdir(exist_ok=True)
    cv2.imwrite(str(root / "assets" / "aquarell.png"), sa.collection()["wash"])
    cmd.UndoStack(p.exhibit).push(cmd.AddMarker(Marker("aquarell", 420.0, label=LocalizedText.of(de="Das Aquarell", en="The watercolour"),
                                                       mount=Mount.WALL, target=ImageTarget("assets/aquarell.png", 420.0, outline=True))))
    p.save()
    said = _german_export_summary(window, qtbot, root, tmp_path / "Paket")
    assert "„Das Aquarell“ wird an seinem Umriss nur erkannt, wo sich sein Rand deutlich von der Wand abhebt" in said, said


@pytest.mark.slow  # a whole export
def test_german_export_says_an_animated_model_stands_still_in_quick_look(window, qtbot, tmp_path):
    """A model animated by morph targets (which AR Quick Look is not given; a skinned one like the
    Fox walks there) attached through the CLI: the export's summary names it and its marker in
    German and says AR Quick Look shows it still (its USDZ carries it at rest)."""
    from pathlib import Path

    from museum_ar.cli import main

    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))  # the made-up animated models
    from animated_glb import write_morphing_glb

    fox = write_morphing_glb(tmp_path / "Fox.glb")
    root = tmp_path / "Füchse"
    assert main(["new", str(root), "--title", "Füchse", "--url", "https://ar.example.org/f/"]) == 0
    assert main(["add-marker", str(root), "--id", "fuchs", "--size-mm", "80", "--label", "Rotfuchs", "--label-en", "Red fox"]) == 0
    assert main(["attach", str(root), "fuchs", str(fox), "--fit"]) == 0
    said = _german_export_summary(window, qtbot, root, tmp_path / "Paket")
    assert "„Fox“ auf „Rotfuchs“ bewegt sich in der Tablet-Ansicht; AR Quick Look (iPhone, iPad) zeigt es unbewegt." in said, said


@pytest.mark.slow  # a whole export
def test_german_export_says_quick_look_gets_a_dense_marker_simplified(window, qtbot, tmp_path):
    """A scan denser than AR Quick Look's 100,000 triangles a scene: the export's summary says, by
    the marker's German name, that Quick Look gets it simplified and the tablet viewer does not."""
    import trimesh

    from museum_ar.cli import main

    scan = tmp_path / "Scan.glb"
    trimesh.creation.icosphere(subdivisions=7, radius=0.04).export(scan)  # 327,680 triangles
    root = tmp_path / "Dichte Scans"
    assert main(["new", str(root), "--title", "Scans", "--url", "https://ar.example.org/s/"]) == 0
    assert main(["add-marker", str(root), "--id", "scan", "--size-mm", "80", "--label", "Ammonit", "--label-en", "Ammonite"]) == 0
    assert main(["attach", str(root), "scan", str(scan), "--unit", "m", "--max-triangles", "200000"]) == 0
    said = _german_export_summary(window, qtbot, root, tmp_path / "Paket")
    assert "Die Modelle auf „Ammonit“ haben 200.000 Dreiecke; AR Quick Look (iPhone, iPad) erhält sie vereinfacht auf 100.000" in said, said


def _german_export_summary(window, qtbot, root, out) -> str:
    """The export dialog's summary after exporting the exhibit at `root` to `out`, in German."""
    from museum_ar.qt import i18n
    from museum_ar.qt.export_dialog import ExportDialog

    i18n.set_language("de")
    try:
        assert window.open_exhibit(root)
        dlg = ExportDialog(window.doc, window)
        assert dlg.export(out) is not None
        qtbot.waitUntil(lambda: dlg.export_button.isEnabled(), timeout=120000)
        return dlg.summary.text()
    finally:
        i18n.set_language("en")
