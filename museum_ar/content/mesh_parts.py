"""A mesh as the pipeline sees it: a list of parts, each one material with plain numpy arrays.

Keeping every material as its own part (instead of merging them into one) means multi-material
files (OBJ with several MTL entries, Sketchfab GLBs) survive import without building a texture
atlas: each part is decimated to its share of the budget and written as its own glTF primitive.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PIL import Image


@dataclass
class Material:
    name: str = ""
    base_color: tuple[float, float, float, float] = (1.0, 1.0, 1.0, 1.0)  # linear RGBA factor
    base_color_image: Image.Image | None = None
    metallic: float = 0.0
    roughness: float = 1.0  # scans and prints look matte; PBR sources bring their own values
    alpha_mode: str = "OPAQUE"
    alpha_cutoff: float = 0.5
    double_sided: bool = False


@dataclass
class Part:
    positions: np.ndarray  # (n, 3) float64
    faces: np.ndarray  # (m, 3) int64
    uv: np.ndarray | None = None  # (n, 2) float, OBJ convention (v up); None when untextured
    colors: np.ndarray | None = None  # (n, 4) uint8 RGBA vertex colours
    material: Material = field(default_factory=Material)

    @property
    def triangles(self) -> int:
        return int(len(self.faces))


def total_triangles(parts: list[Part]) -> int:
    return sum(p.triangles for p in parts)


def bounds(parts: list[Part]) -> tuple[np.ndarray, np.ndarray]:
    lo = np.min([p.positions[np.unique(p.faces)].min(axis=0) for p in parts], axis=0)
    hi = np.max([p.positions[np.unique(p.faces)].max(axis=0) for p in parts], axis=0)
    return lo, hi
