"""The start screen: samples one click away, recent exhibits remembered."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt

from museum_ar.qt.settings import recent_exhibits


def test_sample_opens_with_one_click_and_is_remembered(qtbot, tmp_path, monkeypatch, repo_root):
    samples = tmp_path / "samples"
    for src in sorted((repo_root / "exhibits").glob("*/exhibit.json"))[:2]:
        shutil.copytree(src.parent, samples / src.parent.name)
    assert len(list(samples.iterdir())) == 2, "the two sample exhibits are expected in exhibits/"
    monkeypatch.setenv("MUSEUM_AR_SAMPLES", str(samples))
    from museum_ar.qt import i18n
    from museum_ar.qt.main_window import MainWindow

    i18n.set_language("en")
    w = MainWindow()
    w.show()
    try:
        buttons = w.start_screen.sample_buttons
        assert len(buttons) == 2
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
        assert w.doc is not None and w.doc.root == sorted(samples.iterdir())[0]
        assert w.doc.exhibit.markers and w.tree.topLevelItemCount() == 1
        assert recent_exhibits()[0] == w.doc.root.resolve()
        assert w.close_exhibit()
        # the start screen now lists it under "Recently opened"; one click opens it again
        item = w.start_screen.recent_list.item(0)
        assert str(sorted(samples.iterdir())[0].resolve()) in item.text()
        w.start_screen.recent_list.itemClicked.emit(item)
        assert w.doc is not None
    finally:
        if w.doc is not None:
            w.doc.stack.set_clean()
        w.close()
