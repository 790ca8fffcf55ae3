"""Procedural meshes for the sample exhibits: Oskar's tin drum and an ammonite shell.

Both are built from numpy arrays with per-face colours (vertices unshared so colours stay crisp),
Y up, metres, standing on y = 0.
"""

from __future__ import annotations

import numpy as np
import trimesh

RED = (200, 20, 28, 255)
WHITE = (245, 243, 236, 255)
SILVER = (186, 190, 196, 255)
SKIN = (236, 224, 196, 255)
WOOD = (150, 98, 52, 255)


def _ring_band(r0, r1, y0, y1, n, colours):
    """Faces of a band between two rings (radius r0 at y0, r1 at y1) as separate triangles;
    colours[k % len] per triangle: alternating triangles make the zigzag."""
    a = np.linspace(0, 2 * np.pi, n, endpoint=False)
    b = np.roll(a, -1)

    def lo(t, r, y):
        return np.stack([r * np.cos(t), np.full_like(t, y), r * np.sin(t)], -1)

    # Triangles alternate: "up" (two bottom corners, one top) and "down" (two top, one bottom),
    # offset by half a step so the colour boundary runs as a zigzag.
    mid_a = a + (b - a + (b < a) * 2 * np.pi) / 2
    # Counter-clockwise seen from outside, so the faces point outwards (back-face culling keeps them).
    up = np.stack([lo(a, r0, y0), lo(mid_a, r1, y1), lo(b, r0, y0)], 1)
    mid_prev = np.roll(mid_a, 1)
    down = np.stack([lo(mid_prev, r1, y1), lo(mid_a, r1, y1), lo(a, r0, y0)], 1)
    tris = np.concatenate([up, down])
    cols = np.array([colours[0]] * n + [colours[1]] * n)
    return tris, cols


def _disc(r, y, n, colour, facing_up=True):
    a = np.linspace(0, 2 * np.pi, n, endpoint=False)
    b = np.roll(a, -1)
    c = np.zeros((n, 3)) + [0, y, 0]
    p = np.stack([r * np.cos(a), np.full(n, y), r * np.sin(a)], -1)
    q = np.stack([r * np.cos(b), np.full(n, y), r * np.sin(b)], -1)
    tris = np.stack([c, q, p] if facing_up else [c, p, q], 1)
    return tris, np.array([colour] * n)


def _cylinder_between(p0, p1, radius, n, colour):
    m = trimesh.creation.cylinder(radius=radius, segment=[p0, p1], sections=n)
    tris = m.triangles
    return tris, np.array([colour] * len(tris))


def tin_drum(diameter=0.30, height=0.15, segments=24) -> trimesh.Trimesh:
    """Oskar Matzerath's toy drum: a white shell with the red zigzag, silver rims, skin heads,
    and two wooden sticks lying crossed on top."""
    r = diameter / 2
    rim = height * 0.12
    parts = [
        _ring_band(r * 1.02, r * 1.02, 0.0, rim, 96, (SILVER, SILVER)),  # bottom hoop
        _ring_band(r, r, rim, height - rim, segments, (RED, WHITE)),  # the zigzag shell
        _ring_band(r * 1.02, r * 1.02, height - rim, height, 96, (SILVER, SILVER)),  # top hoop
        _disc(r * 1.02, height, 96, SKIN, facing_up=True),
        _disc(r * 1.02, 0.0, 96, SKIN, facing_up=False),
    ]
    stick_y = height + 0.008
    for sign in (-1, 1):
        p0 = np.array([-0.6 * r, stick_y, sign * 0.35 * r])
        p1 = np.array([0.75 * r, stick_y, -sign * 0.15 * r])
        parts.append(_cylinder_between(p0, p1, 0.006, 12, WOOD))
    tris = np.concatenate([t for t, _ in parts])
    cols = np.concatenate([c for _, c in parts]).astype(np.uint8)
    return _from_triangles(tris, cols)


def ammonite(target_triangles=200_000, diameter=0.12) -> trimesh.Trimesh:
    """A planispiral ammonite shell: a ribbed tube winding on a logarithmic spiral, with growth
    bands in beige and brown. ~target_triangles triangles."""
    turns = 3.6
    ring = 64  # vertices around the tube
    along = max(8, target_triangles // (2 * ring))
    t = np.linspace(0, turns * 2 * np.pi, along)
    growth = 0.30 / (2 * np.pi)  # radius grows by e^(0.3) each turn... gentle, like Dactylioceras
    scale = np.exp(growth * t)
    scale /= scale[-1]
    R = 0.5 * diameter * scale  # spiral radius
    tube = 0.22 * diameter * scale  # tube radius
    ribs = 1.0 + 0.06 * np.sin(t * 11.0) ** 8  # the ribs of the shell
    phi = np.linspace(0, 2 * np.pi, ring, endpoint=False)
    # centre of the tube on the spiral in the XY plane (the shell stands upright, Y up)
    cx, cy = R * np.cos(t), R * np.sin(t)
    # local frame: radial direction (in plane) and the plane normal (Z)
    nx, ny = np.cos(t), np.sin(t)
    rr = (tube * ribs)[:, None]
    wx = cx[:, None] + rr * np.cos(phi)[None, :] * nx[:, None] * 0.85
    wy = cy[:, None] + rr * np.cos(phi)[None, :] * ny[:, None] * 0.85
    wz = rr * np.sin(phi)[None, :] * 0.8
    verts = np.stack([wx, wy, wz], -1).reshape(-1, 3)
    i = np.arange(along - 1)[:, None]
    j = np.arange(ring)[None, :]
    a = i * ring + j
    b = i * ring + (j + 1) % ring
    c = (i + 1) * ring + j
    d = (i + 1) * ring + (j + 1) % ring
    faces = np.concatenate([np.stack([a, c, b], -1).reshape(-1, 3), np.stack([b, c, d], -1).reshape(-1, 3)])
    band = (np.sin(t * 11.0) ** 8 > 0.5)[np.repeat(np.arange(along - 1), ring)]
    base = np.where(band[:, None], np.array([[121, 86, 52, 255]]), np.array([[214, 190, 150, 255]]))
    cols = np.concatenate([base, base]).astype(np.uint8)
    mesh = trimesh.Trimesh(verts, faces, face_colors=cols, process=False)
    mesh.apply_translation([0, -mesh.bounds[0][1], -mesh.bounds[:, 2].mean()])
    return mesh


def _from_triangles(tris: np.ndarray, face_colours: np.ndarray) -> trimesh.Trimesh:
    verts = tris.reshape(-1, 3)
    faces = np.arange(len(verts)).reshape(-1, 3)
    mesh = trimesh.Trimesh(verts, faces, process=False)
    mesh.visual.vertex_colors = np.repeat(face_colours, 3, axis=0)
    mesh.apply_translation([0, -mesh.bounds[0][1], 0])
    return mesh
