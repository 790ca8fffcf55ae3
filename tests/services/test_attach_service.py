"""services.attach: one policy for a list of files, with the real loaders and real files (issue
#18). Each file stands on its own: good files are attached as one undo step, each bad one is
named with its typed error and leaves nothing behind; a refused attach changes nothing."""

from __future__ import annotations

import pytest
from service_samples import MARKER_MM, mixed_files

from museum_ar.core import commands as cmd
from museum_ar.core.errors import CancelledError, ContentError, UnknownIdError
from museum_ar.core.exhibit import Marker
from museum_ar.core.localized import LocalizedText
from museum_ar.core.progress import Progress
from museum_ar.core.project import EXHIBIT_FILE, create_project, load_project
from museum_ar.services.attach import attach_files, import_files


@pytest.fixture
def project(odd_dir):
    p = create_project(odd_dir / "Ausstellung", LocalizedText.of(de="Grüße", en="Greetings"), publish_url="https://ar.example.org/x/")
    cmd.UndoStack(p.exhibit).push(cmd.AddMarker(Marker("M1", MARKER_MM)))
    p.save()
    return load_project(p.root)


def _assets(project) -> set[str]:
    return {f"assets/{p.name}" for p in (project.root / "assets").iterdir()}


def test_mixed_files_attach_the_good_ones_and_name_each_bad_one(project, odd_dir):
    files, bad = mixed_files(odd_dir / "Quelldateien Ü")
    stack = cmd.UndoStack(project.exhibit)
    result = attach_files(project, stack, "M1", files)

    assert [it.source_name for it in result.added] == ["Schädel Kiste ü.glb", "Würfel mit Bild.glb"]
    assert project.exhibit.marker("M1").items == result.added
    assert {f.path.name for f in result.failed} == set(bad)
    for f in result.failed:
        assert isinstance(f.error, ContentError)  # typed: UnsupportedFileError is one too
        assert f.path.name in f.message and bad[f.path.name] in f.message
    # Only the good files' assets were stored; the bad ones left nothing behind.
    assert _assets(project) == {p for it in result.added for p in it.asset_paths()}
    # Side by side on the marker, not inside each other.
    xs = [it.transform.translation[0] for it in result.added]
    assert xs[0] != xs[1]
    # One undo step removes both.
    assert stack.undo_text() == "attach files"
    stack.undo()
    assert project.exhibit.marker("M1").items == []


def test_all_files_failing_changes_nothing_and_saves_byte_identical(project, odd_dir):
    before = (project.root / EXHIBIT_FILE).read_bytes()
    files, bad = mixed_files(odd_dir / "Quelle")
    only_bad = [f for f in files if f.name in bad]
    stack = cmd.UndoStack(project.exhibit)
    result = attach_files(project, stack, "M1", only_bad)
    assert result.added == [] and result.command is None and len(result.failed) == 3
    assert stack.is_clean() and not stack.can_undo()
    project.save()
    assert (project.root / EXHIBIT_FILE).read_bytes() == before
    assert _assets(project) == set()


def test_a_refused_edit_leaves_the_exhibit_and_assets_as_they_were(project, odd_dir):
    """The marker went away while the files were imported (the curator deleted it): the edit is
    refused, the error raised, the assets the run stored removed, and the exhibit saves as before."""
    files, _ = mixed_files(odd_dir / "Quelle")
    stack = cmd.UndoStack(project.exhibit)
    imported = import_files(project.root, project.exhibit.marker("M1"), files)
    assert len(imported.items) == 2 and imported.stored
    stack.push(cmd.RemoveMarker("M1"))
    project.save()
    before = (project.root / EXHIBIT_FILE).read_bytes()
    with pytest.raises(UnknownIdError):
        imported.attach(project.exhibit, stack.push)
    project.save()
    assert (project.root / EXHIBIT_FILE).read_bytes() == before
    assert _assets(project) == set()


def test_refusal_by_a_front_end_push_returning_false_removes_the_assets(project, odd_dir):
    files, _ = mixed_files(odd_dir / "Quelle")
    imported = import_files(project.root, project.exhibit.marker("M1"), files)
    result = imported.attach(project.exhibit, lambda command: False)  # the app's Document.push said no
    assert result.added == [] and len(result.failed) == 3
    assert project.exhibit.marker("M1").items == [] and _assets(project) == set()


def test_cancel_stores_nothing(project, odd_dir):
    files, _ = mixed_files(odd_dir / "Quelle")
    progress = Progress()
    progress.cancel()
    with pytest.raises(CancelledError):
        attach_files(project, cmd.UndoStack(project.exhibit), "M1", files, progress=progress)
    assert project.exhibit.marker("M1").items == [] and _assets(project) == set()


def test_unknown_marker_and_bad_option_fail_before_any_import(project, odd_dir):
    from museum_ar.core.errors import InvalidValueError

    files, _ = mixed_files(odd_dir / "Quelle")
    with pytest.raises(UnknownIdError):
        attach_files(project, cmd.UndoStack(project.exhibit), "nope", files)
    with pytest.raises(InvalidValueError):
        attach_files(project, cmd.UndoStack(project.exhibit), "M1", files, unit="furlong")
    assert _assets(project) == set()


def test_the_cli_gives_the_same_result(project, odd_dir, cli):
    files, bad = mixed_files(odd_dir / "Quelle")
    run = cli("attach", project.root, "M1", *files)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    items = load_project(project.root).exhibit.marker("M1").items
    assert [it.source_name for it in items] == ["Schädel Kiste ü.glb", "Würfel mit Bild.glb"]
    lines = run.stderr.strip().splitlines()
    for name, word in bad.items():
        assert any(name in line and word in line for line in lines), (name, lines)
    assert lines[-1].endswith("3 of 5 file(s) not attached; the others were")
    assert _assets(project) == {p for it in items for p in it.asset_paths()}


def test_texts_go_into_their_language_and_a_pair_becomes_one_item(project, odd_dir, cli):
    """The CLI sorts texts as the app does (services.texts), only without asking."""
    src = odd_dir / "Texte"
    src.mkdir()
    (src / "Trommel_de.txt").write_text("Die Trommel ist aus Blech und wurde von dem Jungen mit der Hand geschlagen.", encoding="utf-8")
    (src / "Trommel_en.txt").write_text("The drum is made of tin and was beaten by the boy with his hand.", encoding="utf-8")
    (src / "Notiz.txt").write_text("xyz 42", encoding="utf-8")
    run = cli("attach", project.root, "M1", src / "Trommel_de.txt", src / "Trommel_en.txt", src / "Notiz.txt")
    assert run.returncode == 0, run.stderr
    assert "the language of Notiz.txt was not clear" in run.stdout
    items = load_project(project.root).exhibit.marker("M1").items
    assert [it.source_name for it in items] == ["Trommel_de.txt", "Notiz.txt"]
    assert set(items[0].description.values) == {"de", "en"} and items[0].title.get("en") == "Trommel"
    # the joined English file's thumbnail is not kept as an unused asset
    assert _assets(project) == {p for it in items for p in it.asset_paths()}
