"""The GL thumbnail's depth range hugs the model: a model in raw millimetres (hundreds of units
across) is drawn at all, and a layer a fraction of a millimetre over another on a 2 m model
stays in front (the fixed 5 mm - 50 m range cut the first off and let the second flicker)."""

from __future__ import annotations

import numpy as np


def _coloured_box(size, centre, colour):
    import trimesh

    m = trimesh.creation.box(size)
    m.apply_translation(centre)
    m.visual.vertex_colors = colour
    return m


def test_a_model_in_millimetres_is_drawn(gl, tmp_path):
    from museum_ar.render.thumbnail import mesh_thumbnail

    path = tmp_path / "Lüfter mm.stl"
    _coloured_box((96.0, 11.0, 50.0), (0, 0, 0), (200, 200, 200, 255)).export(path)
    rgba = mesh_thumbnail(path, 128)
    assert (rgba[..., 3] > 0).mean() > 0.15  # drawn, not clipped away beyond the far plane


def test_a_thin_layer_over_a_large_model_stays_in_front(gl, tmp_path):
    import trimesh

    from museum_ar.render.thumbnail import mesh_thumbnail

    # a 2 m red block and, 0.2 mm in front of its +Z face, a green plate (a visor over its frame)
    block = _coloured_box((2.0, 2.0, 2.0), (0, 0, 0), (220, 20, 20, 255))
    plate = _coloured_box((1.6, 1.6, 0.0001), (0, 0, 1.0 + 0.0002 + 0.00005), (20, 220, 20, 255))
    path = tmp_path / "Helm.glb"
    trimesh.Scene([block, plate]).export(path)
    rgba = mesh_thumbnail(path, 256, yaw_deg=20.0, pitch_deg=15.0).astype(int)
    r, g = rgba[..., 0], rgba[..., 1]
    green = (g > 2 * r) & (g > 60)
    assert green.sum() > 2000  # the plate is in view
    red = (r > 2 * g) & (r > 60)
    # along each row, between the plate's leftmost and rightmost green pixel, nothing red shows
    # through (z-fighting speckles the plate with the block behind it)
    through = inside = 0
    for y in np.nonzero(green.any(axis=1))[0]:
        xs = np.nonzero(green[y])[0]
        span = slice(xs.min() + 2, xs.max() - 1)
        through += int(red[y, span].sum())
        inside += max(0, span.stop - span.start)
    assert through <= 0.001 * inside, f"{through} red pixels through the plate ({inside} inside it)"
