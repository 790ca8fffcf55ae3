"""Per marker, a USDZ scene that AR Quick Look (iPad / iPhone Safari) opens anchored on the printed
marker, written with usd-core (Pixar's own library).

Stage: metres (metersPerUnit = 1), +Y up, defaultPrim /Root. /Root carries Apple's
Preliminary_AnchoringAPI with `preliminary:anchoring:type = "image"` and a
Preliminary_ReferenceImage (/Root/MarkerImage): the marker's tracked square as printed (the black
frame's outer edge, no quiet zone) with `physicalWidth` = its printed edge in centimetres (Apple's
unit for that attribute). ARKit's image anchor frame is the marker frame of DESIGN.md (origin at
the image centre, +Y out of the image, +X right, +Z toward the bottom edge), so /Root is the marker
frame and /Root/Content carries the mount (identity on a table, -90 deg about X on a wall).

Items: meshes from their GLB with UsdPreviewSurface (base colour, normal, occlusion,
roughness/metallic, emissive, alpha; vertex colours baked, see usdz_mesh); images as textured
quads; text as a rendered label on a quad (render's sizes: flat items 1 unit wide, labels 0.1 unit
per line, upright, bottom edge on the origin, facing +Z). Video and audio cannot play in Quick
Look: they are left out and listed by the viewer. Hidden items are left out.

The "table" variant has no anchor: Quick Look puts it on a horizontal surface, content upright
(the content frame, so wall content stands up too).
"""

from __future__ import annotations

import io
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image

from ..core.clips import model_clip_names
from ..core.errors import BundleError
from ..core.exhibit import Exhibit, Item, ItemKind, Marker
from ..core.frames import content_to_marker
from ..core.item_kinds import kind_spec
from ..core.label import text_label
from ..core.transform import Transform
from ..markers import MarkerSpec, render_marker
from .usdz_anim import FPS, ModelMotion, model_motion
from .usdz_label import label_image, label_size_units
from .usdz_skel import write_skinned
from .usdz_mesh import MAX_TEXTURE_PX, MeshPiece, PbrMaps, bake_piece, fit_triangle_budget, read_glb_pieces

USDZ_DIR = "usdz"
MAX_TRIANGLES = 100_000  # AR Quick Look's guidance per scene: denser meshes are simplified to it
REFERENCE_PX_PER_MODULE = 16
FIXED_MTIME = 1577836800  # 2020-01-01, as the bundle's own zip entries


@dataclass
class UsdzFacts:
    path: str
    anchored: bool
    language: str | None
    bytes: int = 0
    triangles: int = 0
    textures: list[tuple[str, int, int, int]] = field(default_factory=list)  # name, width, height, bytes
    items: list[str] = field(default_factory=list)  # item ids carried
    omitted: list[str] = field(default_factory=list)  # visible video/audio items (the viewer lists them)
    # Animated models that a USDZ here carries at rest (morph targets, clips over a minute: what
    # usdz_anim cannot carry), so Quick Look shows them still; export and the viewer say so. Node
    # animation and skins are carried (usdz_anim, usdz_skel): those models are listed in `moving`.
    still: list[str] = field(default_factory=list)
    moving: list[str] = field(default_factory=list)
    # What Quick Look shows differently, said at export (the manifest's usdz entry, verify, the
    # export dialog and the CLI): triangles before the scene was simplified to MAX_TRIANGLES (0: not
    # simplified), and the models whose vertex colours were left out beside a colour texture.
    simplified_from: int = 0
    colours_dropped: list[str] = field(default_factory=list)


def item_text(item: Item, language: str) -> str:
    return text_label(item.title.get(language), item.description.get(language))


def _prim_name(n: int, item: Item) -> str:
    return f"item{n}_" + re.sub(r"[^A-Za-z0-9_]", "_", item.id)[:40]


def reference_image(exhibit: Exhibit, marker: Marker, project_root: str | Path | None = None) -> Image.Image:
    """The tracked square exactly (its outer edge = the printed size), greyscale; for an artwork
    (image target) its (cropped) picture, whose width is the artwork's."""
    if marker.target is not None and project_root is not None:
        from ..core.project import regular_file_in_project

        t = marker.target
        with Image.open(regular_file_in_project(project_root, t.image)) as src:
            img = src.convert("L")
            if t.crop is not None:
                x, y, cw, ch = t.crop
                img = img.crop((x, y, x + cw, y + ch))
            img.thumbnail((1024, 1024))  # AR Quick Look wants a reference, not the full scan
            return img.copy()
    spec = MarkerSpec.of(marker, exhibit)
    return Image.fromarray(render_marker(spec.payload, REFERENCE_PX_PER_MODULE, margin_modules=0, layout=spec.layout), mode="L")


class _Writer:
    """One stage in a temporary folder: textures go to textures/, the layer to scene.usdc."""

    def __init__(self, folder: Path, facts: UsdzFacts) -> None:
        from pxr import Usd, UsdGeom

        self.folder = folder
        self.facts = facts
        (folder / "textures").mkdir()
        self.layer = folder / "scene.usdc"
        self.stage = Usd.Stage.CreateNew(str(self.layer))
        UsdGeom.SetStageUpAxis(self.stage, UsdGeom.Tokens.y)
        UsdGeom.SetStageMetersPerUnit(self.stage, 1.0)
        self.root = UsdGeom.Xform.Define(self.stage, "/Root")
        self.stage.SetDefaultPrim(self.root.GetPrim())
        # id(picture) -> (the picture, its file). The picture is kept: an id is unique only while its
        # object lives, and a freed picture's id handed to the next one had given that one the
        # earlier picture's texture (or none), in some exports and not others.
        self._textures: dict[int, tuple[Image.Image, str]] = {}
        self._n_materials = 0
        self.frames = 0  # time samples written (usdz_anim): the stage's time range covers them

    # -- textures and materials -------------------------------------------------------------
    def texture(self, img: Image.Image, name: str, *, keep_alpha: bool, colour: bool, lossless: bool = False) -> str:
        key = id(img)
        if key in self._textures:
            return self._textures[key][1]
        source = img
        if max(img.size) > MAX_TEXTURE_PX:
            img = img.copy()
            img.thumbnail((MAX_TEXTURE_PX, MAX_TEXTURE_PX), Image.Resampling.LANCZOS)
        has_alpha = keep_alpha and (img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info))
        was_jpeg = getattr(img, "format", None) == "JPEG"
        buf = io.BytesIO()
        if has_alpha:
            img.convert("RGBA").save(buf, "PNG", compress_level=6)
            ext = "png"
        elif (colour and not lossless) or was_jpeg:
            # colour maps, and data maps that were JPEG already (a PNG of them is 2-4x the bytes
            # and gains nothing): JPEG; quality 95 for data maps, whose errors bend normals
            img.convert("RGB").save(buf, "JPEG", quality=90 if colour else 95)
            ext = "jpg"
        else:  # lossless sources of data maps (normal, occlusion, roughness/metallic), baked colours
            img.convert("RGB").save(buf, "PNG", compress_level=6)
            ext = "png"
        rel = f"textures/{name}.{ext}"
        (self.folder / rel).write_bytes(buf.getvalue())
        self.facts.textures.append((rel, img.width, img.height, len(buf.getvalue())))
        self._textures[key] = (source, rel)
        return rel

    def material(self, pbr: PbrMaps, name: str):
        from pxr import Gf, Sdf, UsdShade

        path = f"/Root/Materials/{name}"
        mat = UsdShade.Material.Define(self.stage, path)
        surface = UsdShade.Shader.Define(self.stage, f"{path}/Surface")
        surface.CreateIdAttr("UsdPreviewSurface")
        mat.CreateSurfaceOutput().ConnectToSource(surface.ConnectableAPI(), "surface")
        inp = surface.CreateInput
        inp("useSpecularWorkflow", Sdf.ValueTypeNames.Int).Set(0)
        reader = None

        def tex(img, tag: str, *, colour: bool, alpha: bool = False, scale=(1, 1, 1, 1), bias=(0, 0, 0, 0)):
            nonlocal reader
            if reader is None:
                reader = UsdShade.Shader.Define(self.stage, f"{path}/StReader")
                reader.CreateIdAttr("UsdPrimvarReader_float2")
                reader.CreateInput("varname", Sdf.ValueTypeNames.String).Set("st")
                reader.CreateOutput("result", Sdf.ValueTypeNames.Float2)
            rel = self.texture(img, f"{name}_{tag}", keep_alpha=alpha, colour=colour, lossless=img.info.get("museum_ar_baked", False))
            t = UsdShade.Shader.Define(self.stage, f"{path}/{tag}")
            t.CreateIdAttr("UsdUVTexture")
            t.CreateInput("file", Sdf.ValueTypeNames.Asset).Set(Sdf.AssetPath(rel))
            t.CreateInput("st", Sdf.ValueTypeNames.Float2).ConnectToSource(reader.ConnectableAPI(), "result")
            t.CreateInput("sourceColorSpace", Sdf.ValueTypeNames.Token).Set("sRGB" if colour else "raw")
            t.CreateInput("wrapS", Sdf.ValueTypeNames.Token).Set("repeat")
            t.CreateInput("wrapT", Sdf.ValueTypeNames.Token).Set("repeat")
            if tuple(scale) != (1, 1, 1, 1):
                t.CreateInput("scale", Sdf.ValueTypeNames.Float4).Set(Gf.Vec4f(*scale))
            if tuple(bias) != (0, 0, 0, 0):
                t.CreateInput("bias", Sdf.ValueTypeNames.Float4).Set(Gf.Vec4f(*bias))
            return t

        r, g, b, a = pbr.base_color
        blended = pbr.alpha_mode in ("BLEND", "MASK")
        if pbr.base_color_map is not None:
            t = tex(pbr.base_color_map, "baseColor", colour=True, alpha=blended, scale=(r, g, b, a))
            t.CreateOutput("rgb", Sdf.ValueTypeNames.Float3)
            inp("diffuseColor", Sdf.ValueTypeNames.Color3f).ConnectToSource(t.ConnectableAPI(), "rgb")
            if blended:
                t.CreateOutput("a", Sdf.ValueTypeNames.Float)
                inp("opacity", Sdf.ValueTypeNames.Float).ConnectToSource(t.ConnectableAPI(), "a")
        else:
            inp("diffuseColor", Sdf.ValueTypeNames.Color3f).Set(Gf.Vec3f(r, g, b))
            if blended:
                inp("opacity", Sdf.ValueTypeNames.Float).Set(float(a))
        if pbr.alpha_mode == "MASK":
            inp("opacityThreshold", Sdf.ValueTypeNames.Float).Set(float(pbr.alpha_cutoff))
        if pbr.metallic_roughness_map is not None:
            t = tex(pbr.metallic_roughness_map, "metallicRoughness", colour=False, scale=(1, pbr.roughness, pbr.metallic, 1))
            for channel, target in (("g", "roughness"), ("b", "metallic")):
                t.CreateOutput(channel, Sdf.ValueTypeNames.Float)
                inp(target, Sdf.ValueTypeNames.Float).ConnectToSource(t.ConnectableAPI(), channel)
        else:
            inp("roughness", Sdf.ValueTypeNames.Float).Set(float(pbr.roughness))
            inp("metallic", Sdf.ValueTypeNames.Float).Set(float(pbr.metallic))
        if pbr.normal_map is not None:
            t = tex(pbr.normal_map, "normal", colour=False, scale=(2, 2, 2, 1), bias=(-1, -1, -1, 0))
            t.CreateOutput("rgb", Sdf.ValueTypeNames.Float3)
            inp("normal", Sdf.ValueTypeNames.Normal3f).ConnectToSource(t.ConnectableAPI(), "rgb")
        if pbr.occlusion_map is not None:
            t = tex(pbr.occlusion_map, "occlusion", colour=False)
            t.CreateOutput("r", Sdf.ValueTypeNames.Float)
            inp("occlusion", Sdf.ValueTypeNames.Float).ConnectToSource(t.ConnectableAPI(), "r")
        if pbr.emissive_map is not None:
            t = tex(pbr.emissive_map, "emissive", colour=True, scale=(*pbr.emissive, 1))
            t.CreateOutput("rgb", Sdf.ValueTypeNames.Float3)
            inp("emissiveColor", Sdf.ValueTypeNames.Color3f).ConnectToSource(t.ConnectableAPI(), "rgb")
        elif any(pbr.emissive):
            inp("emissiveColor", Sdf.ValueTypeNames.Color3f).Set(Gf.Vec3f(*pbr.emissive))
        return mat

    # -- geometry -----------------------------------------------------------------------------
    def mesh(self, parent: str, piece: MeshPiece, name: str):
        from pxr import Gf, Sdf, UsdGeom, UsdShade, Vt

        mesh = UsdGeom.Mesh.Define(self.stage, f"{parent}/{name}")
        pts = np.asarray(piece.points, dtype=np.float32)
        mesh.CreatePointsAttr(Vt.Vec3fArray.FromNumpy(pts))
        mesh.CreateFaceVertexCountsAttr(Vt.IntArray.FromNumpy(np.full(len(piece.faces), 3, dtype=np.int32)))
        mesh.CreateFaceVertexIndicesAttr(Vt.IntArray.FromNumpy(np.asarray(piece.faces, dtype=np.int32).reshape(-1)))
        mesh.CreateNormalsAttr(Vt.Vec3fArray.FromNumpy(np.asarray(piece.normals, dtype=np.float32)))
        mesh.SetNormalsInterpolation(UsdGeom.Tokens.vertex)
        mesh.CreateSubdivisionSchemeAttr(UsdGeom.Tokens.none)  # triangles as they are, never smoothed
        mesh.CreateOrientationAttr(UsdGeom.Tokens.rightHanded)  # glTF winding: counter-clockwise front
        mesh.CreateDoubleSidedAttr(bool(piece.material.double_sided))
        mesh.CreateExtentAttr([Gf.Vec3f(*map(float, pts.min(axis=0))), Gf.Vec3f(*map(float, pts.max(axis=0)))])
        if piece.st is not None:
            interp = UsdGeom.Tokens.faceVarying if piece.st_face_varying else UsdGeom.Tokens.vertex
            st = UsdGeom.PrimvarsAPI(mesh).CreatePrimvar("st", Sdf.ValueTypeNames.TexCoord2fArray, interp)
            st.Set(Vt.Vec2fArray.FromNumpy(np.asarray(piece.st, dtype=np.float32)))
        self._n_materials += 1
        mat = self.material(piece.material, f"m{self._n_materials}")
        UsdShade.MaterialBindingAPI.Apply(mesh.GetPrim()).Bind(mat)
        self.facts.triangles += len(piece.faces)
        return mesh

    def quad(self, parent: str, img: Image.Image, width: float, height: float, *, alpha: bool) -> None:
        w = width / 2
        points = np.array([[-w, 0, 0], [w, 0, 0], [w, height, 0], [-w, height, 0]], dtype=np.float64)
        piece = MeshPiece(
            "quad", points, np.array([[0, 1, 2], [0, 2, 3]]), np.tile([0.0, 0.0, 1.0], (4, 1)),
            np.array([[0, 0], [1, 0], [1, 1], [0, 1]], dtype=np.float64),
            material=PbrMaps(metallic=0.0, roughness=1.0, alpha_mode="BLEND" if alpha else "OPAQUE", double_sided=True, base_color_map=img),
        )
        self.mesh(parent, piece, "quad")

    def item_xform(self, parent: str, name: str, t: Transform, item_id: str) -> str:
        from pxr import Gf, UsdGeom

        x = UsdGeom.Xform.Define(self.stage, f"{parent}/{name}")
        x.AddTranslateOp(UsdGeom.XformOp.PrecisionDouble).Set(Gf.Vec3d(*t.translation))
        qx, qy, qz, qw = t.rotation
        x.AddOrientOp(UsdGeom.XformOp.PrecisionDouble).Set(Gf.Quatd(qw, qx, qy, qz))
        x.AddScaleOp(UsdGeom.XformOp.PrecisionDouble).Set(Gf.Vec3d(*t.scale))
        x.GetPrim().SetCustomDataByKey("museumAr:itemId", item_id)
        return str(x.GetPath())

    def moving_xform(self, parent: str, name: str, track: np.ndarray) -> str:
        """An Xform whose transform follows `track` (frames x 4 x 4, column vectors), one time
        sample a frame at FPS."""
        from pxr import Gf, UsdGeom

        x = UsdGeom.Xform.Define(self.stage, f"{parent}/{name}")
        op = x.AddTransformOp(UsdGeom.XformOp.PrecisionDouble)
        for k, m in enumerate(track):
            op.Set(Gf.Matrix4d(m.T.tolist()), float(k))  # USD's matrices act on row vectors
        self.frames = max(self.frames, len(track))
        return str(x.GetPath())

    def anchor(self, reference: Image.Image, width_cm: float) -> None:
        from pxr import Sdf

        prim = self.root.GetPrim()
        # usd-core has no schema for Apple's API: author the list op as Apple's own files do
        prim.SetMetadata("apiSchemas", Sdf.TokenListOp.Create(prependedItems=["Preliminary_AnchoringAPI"]))
        prim.CreateAttribute("preliminary:anchoring:type", Sdf.ValueTypeNames.Token, False, Sdf.VariabilityUniform).Set("image")
        ref = self.stage.DefinePrim("/Root/MarkerImage", "Preliminary_ReferenceImage")
        rel = self.texture(reference, "marker", keep_alpha=False, colour=False)
        ref.CreateAttribute("image", Sdf.ValueTypeNames.Asset, False, Sdf.VariabilityUniform).Set(Sdf.AssetPath(rel))
        ref.CreateAttribute("physicalWidth", Sdf.ValueTypeNames.Double, False, Sdf.VariabilityUniform).Set(float(width_cm))
        prim.CreateRelationship("preliminary:imageAnchoring:referenceImage", False).SetTargets([ref.GetPath()])

    def package(self) -> bytes:
        """The layer first, then the textures, as USDZ wants (stored, 64-byte aligned: usd-core's
        zip writer). Written directly rather than through UsdUtils' packagers, which in 26.5
        rename every texture into a folder "0/" and warn that they cannot resolve the new name."""
        from pxr import Sdf

        if self.frames:
            self.stage.SetTimeCodesPerSecond(FPS)
            self.stage.SetStartTimeCode(0)
            self.stage.SetEndTimeCode(self.frames - 1)
        self.stage.GetRootLayer().Save()
        out = self.folder / "out.usdz"
        names = ["scene.usdc", *sorted({t[0] for t in self.facts.textures})]
        for rel in names:  # the zip records file times: fixed ones make exports reproducible
            os.utime(self.folder / rel, (FIXED_MTIME, FIXED_MTIME))
        writer = Sdf.ZipFileWriter.CreateNew(str(out))
        for rel in names:
            writer.AddFile(str(self.folder / rel), rel)
        writer.Save()
        return out.read_bytes()


def _asset_path(root: Path, item: Item, label: str) -> Path:
    if not item.asset:
        raise BundleError(f"{label} has no file", path=root)
    return root / item.asset


def _open_image(path: Path, label: str) -> Image.Image:
    try:
        with Image.open(path) as img:
            img.seek(0)  # an animated GIF or WebP: its first frame
            return img.convert("RGBA") if img.mode in ("RGBA", "LA", "PA", "P") else img.convert("RGB")
    except (OSError, ValueError) as exc:
        raise BundleError(f"cannot read the image of {label} for the USDZ: {exc}", path=path) from None


@dataclass
class _Part:
    """One carried item, as its kind's writer gets it."""

    root: Path
    item: Item
    label: str  # "item '…' on marker '…'", for messages
    language: str
    pieces: list[MeshPiece]  # a GLB's pieces, already fitted to the scene's triangle budget (glb_pieces kinds)
    motion: ModelMotion | None = None  # the parts its chosen clips move (usdz_anim)


def write_mesh(w: _Writer, parent: str, p: _Part) -> None:
    tracks = p.motion.tracks if p.motion is not None else {}
    for k, piece in enumerate(p.pieces):
        if piece.colours_dropped and p.item.id not in w.facts.colours_dropped:
            w.facts.colours_dropped.append(p.item.id)
        if p.motion is not None and k in p.motion.skinned:
            write_skinned(w, parent, p.motion, k, bake_piece(piece), f"part{k}")
            continue
        at = w.moving_xform(parent, f"moving{k}", tracks[k]) if k in tracks else parent
        w.mesh(at, bake_piece(piece), f"part{k}")


def write_image(w: _Writer, parent: str, p: _Part) -> None:
    img = _open_image(_asset_path(p.root, p.item, p.label), p.label)
    w.quad(parent, img, 1.0, img.height / img.width, alpha=img.mode == "RGBA")


def write_label(w: _Writer, parent: str, p: _Part) -> None:
    img = label_image(item_text(p.item, p.language))
    w.quad(parent, img, *label_size_units(img), alpha=True)


@dataclass(frozen=True)
class UsdzPart:
    """How a kind of item goes into a USDZ scene."""

    write: Callable[[_Writer, str, _Part], None]  # (writer, parent prim path, the item)
    glb_pieces: bool = False  # its triangles come from its GLB and share the scene's budget (else one quad, 2 triangles)
    by_language: bool = False  # its picture differs by language: the marker gets one USDZ per language


def _usdz_part(kind: ItemKind) -> UsdzPart | None:
    """How a kind goes into AR Quick Look (its BundleKind's `usdz`, export/item_kinds.py), or None:
    it cannot play there (video, audio), is left out and listed by the viewer."""
    from .item_kinds import BUNDLE_KINDS  # here, not at the top: the table names this module's writers

    return BUNDLE_KINDS[kind].usdz


def marker_usdz(exhibit: Exhibit, marker: Marker, project_root: str | Path, *, anchored: bool, language: str, path: str = "") -> tuple[bytes, UsdzFacts]:
    """The USDZ bytes of one marker and what went into them. Raises BundleError naming the item
    whose file cannot be read."""
    root = Path(project_root)
    facts = UsdzFacts(path=path, anchored=anchored, language=language)
    with tempfile.TemporaryDirectory(prefix="museum-ar-usdz-") as tmp:
        w = _Writer(Path(tmp), facts)
        from pxr import Gf, UsdGeom

        content = UsdGeom.Xform.Define(w.stage, "/Root/Content")
        if anchored:
            w.anchor(reference_image(exhibit, marker, root), (marker.target.width_mm if marker.target else marker.size_mm) / 10.0)
            mount = content_to_marker(marker.mount)
            if not np.allclose(mount, np.eye(4)):
                content.AddTransformOp(UsdGeom.XformOp.PrecisionDouble).Set(Gf.Matrix4d(mount.T.tolist()))
        carried = []
        for n, item in enumerate(marker.items):
            if not item.visible:
                continue
            part = _usdz_part(item.kind)
            if part is None:
                facts.omitted.append(item.id)
                continue
            label = f"item '{item.title.get(language) or item.id}' on marker '{marker.id}'"
            if kind_spec(item.kind).needs_asset and not item.asset:
                raise BundleError(f"{label} has no file", path=root)
            pieces = read_glb_pieces(_asset_path(root, item, label), label) if part.glb_pieces else []
            motion = None
            if part.glb_pieces and model_clip_names(root, item):
                motion, _why = model_motion(_asset_path(root, item, label), pieces, item.playback.clip, item.playback.all_clips)
                (facts.moving if motion is not None else facts.still).append(item.id)
            carried.append((n, item, label, pieces, part, motion))
        quads = 2 * sum(1 for c in carried if not c[4].glb_pieces)
        before = fit_triangle_budget([p for c in carried for p in c[3]], MAX_TRIANGLES - quads)
        if before > MAX_TRIANGLES - quads:
            facts.simplified_from = before
        for n, item, label, pieces, part, motion in carried:
            parent = w.item_xform("/Root/Content", _prim_name(n, item), item.transform, item.id)
            part.write(w, parent, _Part(root, item, label, language, pieces, motion))
            facts.items.append(item.id)
        data = w.package()
    facts.bytes = len(data)
    return data, facts


def _safe_stem(marker_id: str) -> str:
    return marker_id  # marker ids are URL-unreserved ASCII already (core.exhibit.MARKER_ID_RE)


def exhibit_usdz_files(exhibit: Exhibit, project_root: str | Path, progress=None) -> tuple[dict[str, bytes], dict[str, dict], list[UsdzFacts]]:
    """Bundle path -> USDZ bytes for every marker (anchored and table variants; one per language
    only when the marker has text, whose label differs by language), the manifest's `usdz` entry
    per marker id, and the facts of every file."""
    files: dict[str, bytes] = {}
    entries: dict[str, dict] = {}
    all_facts: list[UsdzFacts] = []
    languages = list(exhibit.languages) or ["de"]
    for i, marker in enumerate(exhibit.markers):
        if progress is not None:
            progress.report(i / max(len(exhibit.markers), 1), f"USDZ {marker.id}")
        has_text = any(it.visible and (part := _usdz_part(it.kind)) is not None and part.by_language for it in marker.items)
        entry: dict = {"anchored": {}, "table": {}, "omitted": []}
        for variant, anchored in (("anchored", True), ("table", False)):
            made: dict[str | None, str] = {}
            for lang in languages:
                key = lang if has_text else None
                if key not in made:
                    suffix = (f".{lang}" if has_text else "") + ("" if anchored else ".table")
                    path = f"{USDZ_DIR}/{_safe_stem(marker.id)}{suffix}.usdz"
                    data, facts = marker_usdz(exhibit, marker, project_root, anchored=anchored, language=lang, path=path)
                    files[path] = data
                    all_facts.append(facts)
                    entry["omitted"] = list(facts.omitted)
                    if facts.still:
                        entry["still"] = list(facts.still)
                    if facts.simplified_from:
                        entry["simplified"] = {"from": facts.simplified_from, "to": MAX_TRIANGLES}
                    if facts.colours_dropped:
                        entry["colours_dropped"] = list(facts.colours_dropped)
                    made[key] = path
                entry[variant][lang] = made[key]
        entries[marker.id] = entry
    return files, entries, all_facts
