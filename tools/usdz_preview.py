"""Draw a USDZ with museum-ar's own renderer, from the USDZ's own geometry (usd-core reads but
cannot render): every Mesh prim becomes a temporary GLB (points, triangles, st, base colour
texture or colour, double-sided, opacity) placed by its world matrix; the anchor's reference
image is laid flat on Y = 0 at its physical width, where ARKit would find the printed marker.

    python tools/usdz_preview.py MARKER.usdz OUT.png [--size 900x640]

Used by tests/export/test_usdz.py and benchmarks/usdz.py. Needs a GL context (EGL/OSMesa).
"""

from __future__ import annotations

import argparse
import io
import sys
import zipfile
from pathlib import Path

import numpy as np
from PIL import Image

BACKGROUND = (0.93, 0.94, 0.95, 1.0)


def _texture_of(stage, mesh_prim, zf: zipfile.ZipFile):
    """(PIL image or None, rgba factor, blended) of the mesh's bound UsdPreviewSurface."""
    from pxr import UsdShade

    mat, _ = UsdShade.MaterialBindingAPI(mesh_prim).ComputeBoundMaterial()
    if not mat:
        return None, (1, 1, 1, 1), False
    surface = mat.ComputeSurfaceSource()[0]
    diffuse = surface.GetInput("diffuseColor")
    blended = bool(surface.GetInput("opacity"))
    src = diffuse.GetConnectedSource() if diffuse else None
    if src and src[0]:
        tex = UsdShade.Shader(src[0].GetPrim())
        path = tex.GetInput("file").Get().path
        scale = tex.GetInput("scale")
        factor = tuple(scale.Get()) if scale and scale.Get() is not None else (1, 1, 1, 1)
        img = Image.open(io.BytesIO(zf.read(path)))
        img.load()
        return img, factor, blended
    colour = diffuse.Get() if diffuse else None
    return None, (*(colour if colour is not None else (1, 1, 1)), 1), blended


def usdz_draw_items(usdz: str | Path, workdir: str | Path, reference: bool = True):
    """DrawItems (marker frame = the USDZ's /Root) for the project's Renderer, and their bounds."""
    import trimesh
    from pxr import Usd, UsdGeom

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from museum_ar.render.scene import DrawItem

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    stage = Usd.Stage.Open(str(usdz))
    mpu = UsdGeom.GetStageMetersPerUnit(stage)
    cache = UsdGeom.XformCache()
    items, corners = [], []
    with zipfile.ZipFile(usdz) as zf:
        for n, prim in enumerate(p for p in stage.Traverse() if p.IsA(UsdGeom.Mesh)):
            mesh = UsdGeom.Mesh(prim)
            points = np.asarray(mesh.GetPointsAttr().Get(), dtype=np.float64)
            faces = np.asarray(mesh.GetFaceVertexIndicesAttr().Get(), dtype=np.int64).reshape(-1, 3)
            st_pv = UsdGeom.PrimvarsAPI(mesh).GetPrimvar("st")
            img, factor, blended = _texture_of(stage, prim, zf)
            if st_pv and st_pv.Get() is not None and st_pv.GetInterpolation() == UsdGeom.Tokens.faceVarying:
                points, uv, faces = points[faces].reshape(-1, 3), np.asarray(st_pv.Get(), dtype=np.float64), np.arange(faces.size).reshape(-1, 3)
            elif st_pv and st_pv.Get() is not None:
                uv = np.asarray(st_pv.Get(), dtype=np.float64)
            else:
                uv = np.zeros((len(points), 2))
            # Our renderer clamps texture coordinates; USD (and glTF) repeat them. A mesh whose
            # coordinates all lie in one tile outside 0..1 (THREE.js' exporter writes v in 1..2) is
            # moved into 0..1 for the picture, which is what repeat shows.
            shift = np.floor(uv.min(axis=0)) if len(uv) else np.zeros(2)
            if len(uv) and np.all(uv.max(axis=0) - shift <= 1.0):
                uv = uv - shift
            material = trimesh.visual.material.PBRMaterial(
                baseColorFactor=[float(c) for c in factor], baseColorTexture=img, metallicFactor=0.0, roughnessFactor=1.0,
                doubleSided=bool(mesh.GetDoubleSidedAttr().Get()), alphaMode="BLEND" if blended else "OPAQUE",
            )
            tm = trimesh.Trimesh(points, faces, process=False, visual=trimesh.visual.TextureVisuals(uv=uv, material=material))
            glb = workdir / f"mesh{n}.glb"
            glb.write_bytes(tm.export(file_type="glb"))
            world = np.array(cache.GetLocalToWorldTransform(prim), dtype=np.float64).T
            world[:3, :] *= mpu
            items.append(DrawItem(f"mesh{n}", "mesh", world, asset=glb))
            corners.append(trimesh.transform_points(points, world))
        root = stage.GetDefaultPrim()
        rel = root.GetRelationship("preliminary:imageAnchoring:referenceImage")
        targets = rel.GetTargets() if rel else []
        if targets and reference:
            ref = stage.GetPrimAtPath(targets[0])
            width_m = ref.GetAttribute("physicalWidth").Get() / 100.0
            img = Image.open(io.BytesIO(zf.read(ref.GetAttribute("image").Get().path))).convert("RGB")
            h = width_m * img.height / img.width
            y = -0.0005  # a hair below the paper: flat content on the marker stays in front of it
            pts = np.array([[-width_m / 2, y, -h / 2], [width_m / 2, y, -h / 2], [width_m / 2, y, h / 2], [-width_m / 2, y, h / 2]])
            uv = np.array([[0, 1], [1, 1], [1, 0], [0, 0]], dtype=np.float64)  # image top toward -Z
            material = trimesh.visual.material.PBRMaterial(baseColorTexture=img, metallicFactor=0.0, roughnessFactor=1.0, doubleSided=True)
            tm = trimesh.Trimesh(pts, [[0, 2, 1], [0, 3, 2]], process=False, visual=trimesh.visual.TextureVisuals(uv=uv, material=material))
            glb = workdir / "reference.glb"
            glb.write_bytes(tm.export(file_type="glb"))
            items.append(DrawItem("reference", "mesh", np.eye(4), asset=glb))
            corners.append(pts)
    allpts = np.vstack(corners)
    return items, np.array([allpts.min(axis=0), allpts.max(axis=0)])


def draw(items, bounds, width: int = 900, height: int = 640, yaw_deg: float = 25.0, pitch_deg: float = 30.0) -> np.ndarray:
    """HxWx3 RGB of DrawItems framed on `bounds`; needs a current GL context."""
    from museum_ar.render.camera import framing, perspective
    from museum_ar.render.gl_util import OffscreenTarget
    from museum_ar.render.renderer import Renderer

    renderer = Renderer()
    target = OffscreenTarget(width, height, renderer.objects)
    try:
        fov = 35.0
        view = framing(bounds, fov, yaw_deg, pitch_deg, margin=1.0)
        renderer.draw(None, view, perspective(fov, width / height), items, clear_colour=BACKGROUND)
        if renderer.problems:
            raise RuntimeError(f"renderer problems: {renderer.problems}")
        return target.read_rgb()
    finally:
        renderer.release()


def render_usdz(usdz: str | Path, workdir: str | Path, width: int = 900, height: int = 640, yaw_deg: float = 25.0, pitch_deg: float = 30.0, reference: bool = True) -> np.ndarray:
    """HxWx3 RGB picture of the USDZ; needs a current GL context."""
    items, bounds = usdz_draw_items(usdz, workdir, reference)
    return draw(items, bounds, width, height, yaw_deg, pitch_deg)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("usdz", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--size", default="900x640")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from museum_ar.render.headless import HeadlessContext, prepare_headless_platform

    prepare_headless_platform()
    import tempfile

    w, h = (int(v) for v in args.size.split("x"))
    with HeadlessContext(), tempfile.TemporaryDirectory() as tmp:
        Image.fromarray(render_usdz(args.usdz, tmp, w, h)).save(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
