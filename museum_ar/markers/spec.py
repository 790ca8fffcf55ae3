"""One printed QR card as every part sees it: made once, passed everywhere.

A `MarkerSpec` holds what the artwork, the tracker, the synthetic camera, the renderer's marker
outline and the bundle manifest all need to agree on: the marker's id, the text its QR code
carries (`payload`), the QR module matrix (`modules`), the framed layout in modules (`layout`)
and the printed edge, as stored (`size_mm`) and in metres (`edge_m`, by core's `edge_m_of`, which
`Marker.edge_m` uses too: the one millimetre -> metre conversion of a marker's edge). Build it with `MarkerSpec.of(marker, exhibit)` (or
`specs_for(exhibit)` for all cards) from an exhibit, or `MarkerSpec.for_payload(...)` for a code
that is not one of the exhibit's (open mode, a foreign code in a test).

The renderer may not import markers (import-linter): its call sites pass `spec.edge_m`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import numpy as np

from ..core.exhibit import Exhibit, Marker, edge_m_of
from .layout import MarkerLayout
from .payload import payload_for
from .printability import check_printed_size
from .symbol import qr_modules


@dataclass(frozen=True)
class MarkerSpec:
    id: str | None  # the marker's id (None: a code that is none of the exhibit's markers)
    payload: str  # the text of its QR code (markers.payload)
    layout: MarkerLayout  # the framed square in modules (markers.layout)
    size_mm: float  # printed edge of the tracked square, as the exhibit stores it
    # N x N bool (True = dark), read-only, computed once: identity compares against it
    modules: np.ndarray = field(compare=False, repr=False)
    edge_m: float = field(init=False)  # size_mm in metres

    def __post_init__(self) -> None:
        object.__setattr__(self, "edge_m", edge_m_of(self.size_mm))
        self.modules.setflags(write=False)

    @classmethod
    def for_payload(cls, payload: str, size_mm: float, marker_id: str | None = None, **layout_overrides) -> MarkerSpec:
        """The spec of a code given by its text. layout_overrides: MarkerLayout fields (quiet or
        frame modules) for experiments; the printed cards use the defaults."""
        modules = qr_modules(payload)
        return cls(marker_id, payload, MarkerLayout(modules.shape[0], **layout_overrides), size_mm, modules)

    @classmethod
    def of(cls, marker: Marker, exhibit: Exhibit, **layout_overrides) -> MarkerSpec:
        """The spec of one of the exhibit's markers (raises MarkerError when its code does not fit,
        InvalidValueError when its size is not a card's: core's check_marker_size)."""
        size_mm = check_printed_size(exhibit, marker)
        return cls.for_payload(payload_for(exhibit.publish_url, marker.id), size_mm, marker.id, **layout_overrides)

    def with_layout(self, **layout_overrides) -> MarkerSpec:
        """The same code in another layout (tracking experiments); self without overrides."""
        if not layout_overrides:
            return self
        return dataclasses.replace(self, layout=dataclasses.replace(self.layout, **layout_overrides))


def specs_for(exhibit: Exhibit) -> list[MarkerSpec]:
    """The exhibit's printed QR cards, in order (artworks are tracked by their pictures, not by a
    code)."""
    return [MarkerSpec.of(m, exhibit) for m in exhibit.markers if m.target is None]
