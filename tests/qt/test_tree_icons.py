"""The exhibit tree tells a printed QR marker from an artwork that is its own marker (an image
target, issue #19) by its icon."""

from __future__ import annotations

import numpy as np
from PIL import Image

from museum_ar.core.exhibit import Exhibit, ImageTarget, LocalizedText, Marker, Mount


def _pixels(icon) -> np.ndarray:
    from PySide6.QtGui import QImage

    img = icon.pixmap(40, 40).toImage().convertToFormat(QImage.Format.Format_RGBA8888)
    return np.frombuffer(img.constBits(), dtype=np.uint8).reshape(img.height(), img.width(), 4).copy()


def test_an_artwork_marker_has_its_own_icon(qtbot, tmp_path):
    from museum_ar.qt.icons import marker_icon
    from museum_ar.qt.tree import ExhibitTree

    (tmp_path / "assets").mkdir()
    rel = "assets/target-radierung.png"
    Image.fromarray(np.random.default_rng(4).integers(0, 255, (120, 160, 3), dtype=np.uint8)).save(tmp_path / rel)  # the artwork
    exhibit = Exhibit(
        title=LocalizedText.of(de="Grafik", en="Prints"),
        markers=[
            Marker("karte", 80.0, label=LocalizedText.of(de="Karte", en="Card")),
            Marker("radierung", 420.0, label=LocalizedText.of(de="Radierung", en="Etching"), mount=Mount.WALL, target=ImageTarget(rel, 420.0)),
        ],
    )
    tree = ExhibitTree()
    qtbot.addWidget(tree)
    tree.rebuild(exhibit, tmp_path)
    card, artwork = (_pixels(tree.node_for("marker", mid).icon(0)) for mid in ("karte", "radierung"))
    qr = _pixels(marker_icon())
    assert (card == qr).all()  # the QR card keeps the QR icon
    differ = (np.abs(artwork.astype(int) - qr.astype(int)).max(axis=2) > 40).mean()
    assert differ > 0.3, differ  # the artwork's icon is another picture, not the QR one
    rgb = artwork[..., :3].astype(int)
    assert (rgb.max(axis=2) - rgb.min(axis=2) > 60).mean() > 0.3  # in colour, where the QR card is black and white


def test_an_artwork_marker_says_so_in_its_tooltip_in_both_languages(qtbot, tmp_path):
    from museum_ar.qt import i18n
    from museum_ar.qt.tree import ExhibitTree

    exhibit = Exhibit(
        title=LocalizedText.of(de="Grafik", en="Prints"),
        markers=[Marker("karte", 80.0), Marker("plakat", 1200.0, mount=Mount.WALL, target=ImageTarget("assets/plakat.png", 1200.0))],
    )
    tree = ExhibitTree()
    qtbot.addWidget(tree)
    try:
        for lang, card_tip, artwork_tip in (("en", "Marker karte, 80 mm.", "Artwork marker plakat, 1,200 mm wide."),
                                            ("de", "Marker karte, 80 mm.", "Bildmarker plakat, 1.200 mm breit.")):
            i18n.set_language(lang)
            tree.rebuild(exhibit, tmp_path)
            assert tree.node_for("marker", "karte").toolTip(0).startswith(card_tip)
            assert tree.node_for("marker", "plakat").toolTip(0).startswith(artwork_tip), tree.node_for("marker", "plakat").toolTip(0)
    finally:
        i18n.set_language("en")
