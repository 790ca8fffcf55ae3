"""Checks of a written USDZ: usd-core's compliance checker with the ARKit rules (what
`usdchecker --arkit` ran), the validators of usd-core's validation framework, AR Quick Look's
limits, and a read-back of every item's placement (for the round-trip test and the benchmark).

AR Quick Look's limits as Apple states them (WWDC 2018 "Integrating Apps and Content with AR
Quick Look", confirmed for Quick Look on Apple's developer forums in 2021): about 100 000
triangles per scene and one set of PBR textures of at most 2048 x 2048 px. Apple names no file
size limit; we hold each USDZ to 25 MB (web AR guidance commonly says 10 MB; the ammonite scan
exceeds neither) and every texture to 2048 px a side, PNG or JPEG only.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from pathlib import Path

import numpy as np
from PIL import Image

MAX_TEXTURE_SIDE_PX = 2048
MAX_USDZ_BYTES = 25 * 1024 * 1024
MAX_TRIANGLES = 100_000
TEXTURE_EXTS = (".png", ".jpg", ".jpeg")


def compliance_problems(path: str | Path) -> list[str]:
    """Errors and failed checks of UsdUtils.ComplianceChecker(arkit=True); empty when clean."""
    from pxr import UsdUtils

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # kept in usd-core 26.5 for exactly this
        checker = UsdUtils.ComplianceChecker(arkit=True)
    checker.CheckCompliance(str(path))
    return list(checker.GetErrors()) + list(checker.GetFailedChecks())


def validation_problems(path: str | Path) -> list[str]:
    """Errors (not warnings) of every validator registered in usd-core's UsdValidation."""
    from pxr import Usd, UsdValidation

    stage = Usd.Stage.Open(str(path))
    registry = UsdValidation.ValidationRegistry()
    validators = registry.GetOrLoadAllValidators()
    context = UsdValidation.ValidationContext(validators)
    out = []
    for error in context.Validate(stage):
        if error.GetType() == UsdValidation.ValidationErrorType.Error:
            out.append(f"{error.GetIdentifier()}: {error.GetMessage()}")
    return out


def limit_problems(path: str | Path) -> list[str]:
    """AR Quick Look's limits (module docstring) broken by this file."""
    from pxr import Usd, UsdGeom

    path = Path(path)
    out = []
    size = path.stat().st_size
    if size > MAX_USDZ_BYTES:
        out.append(f"{path.name}: {size} bytes, above {MAX_USDZ_BYTES}")
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            if info.filename.endswith((".usdc", ".usda", ".usd")):
                continue
            if not info.filename.lower().endswith(TEXTURE_EXTS):
                out.append(f"{info.filename}: not a PNG or JPEG")
                continue
            with Image.open(io.BytesIO(zf.read(info))) as img:
                if max(img.size) > MAX_TEXTURE_SIDE_PX:
                    out.append(f"{info.filename}: {img.width}x{img.height} px, above {MAX_TEXTURE_SIDE_PX}")
    stage = Usd.Stage.Open(str(path))
    triangles = sum(len(UsdGeom.Mesh(p).GetFaceVertexCountsAttr().Get() or []) for p in stage.Traverse() if p.IsA(UsdGeom.Mesh))
    if triangles > MAX_TRIANGLES:
        out.append(f"{path.name}: {triangles} triangles, above {MAX_TRIANGLES}")
    return out


def item_matrices(path: str | Path) -> dict[str, np.ndarray]:
    """Item id -> 4x4 item -> /Root matrix (column vectors, metres) read back from the USDZ."""
    from pxr import Usd, UsdGeom

    stage = Usd.Stage.Open(str(path))
    cache = UsdGeom.XformCache()
    out = {}
    for prim in stage.Traverse():
        item_id = prim.GetCustomDataByKey("museumAr:itemId")
        if item_id:
            m = np.array(cache.GetLocalToWorldTransform(prim), dtype=np.float64).T  # USD stores row vectors
            out[str(item_id)] = m * UsdGeom.GetStageMetersPerUnit(stage) ** np.array([[1, 1, 1, 1]] * 3 + [[0, 0, 0, 0]])
    return out


def anchoring(path: str | Path) -> dict:
    """The root's anchoring as written: type, reference image path, physical width in cm."""
    from pxr import Usd, UsdGeom

    stage = Usd.Stage.Open(str(path))
    root = stage.GetDefaultPrim()
    out = {
        "up_axis": str(UsdGeom.GetStageUpAxis(stage)),
        "meters_per_unit": UsdGeom.GetStageMetersPerUnit(stage),
        "schemas": list(root.GetPrimTypeInfo().GetAppliedAPISchemas()),
        "type": None,
    }
    attr = root.GetAttribute("preliminary:anchoring:type")
    if attr and attr.HasAuthoredValue():
        out["type"] = str(attr.Get())
        targets = root.GetRelationship("preliminary:imageAnchoring:referenceImage").GetTargets()
        ref = stage.GetPrimAtPath(targets[0]) if targets else None
        if ref:
            out["reference_type"] = ref.GetTypeName()
            out["image"] = ref.GetAttribute("image").Get().path
            out["physical_width_cm"] = ref.GetAttribute("physicalWidth").Get()
    return out
