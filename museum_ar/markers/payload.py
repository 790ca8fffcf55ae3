"""What a marker's QR code says: the exhibit's published viewer URL with the marker id in the
fragment, e.g. ``https://ar.example.org/grass/#trommel``.

A phone's camera app opens it (launching the viewer); the viewer and the desktop tracker read the
marker id from the fragment. Short payloads give a low QR version, hence big modules, hence
detection from farther away.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import numpy as np

from ..core.errors import MarkerError
from ..core.exhibit import MARKER_ID_RE, MARKER_ID_RULE
from .symbol import ERROR_CORRECTION, qr_version

# Largest QR version a marker may need. Version 5 (37 modules) at level M holds 84 bytes in byte
# mode; beyond that the modules of a small printed code get too small to read from an arm's length.
MAX_QR_VERSION = 5
MAX_PAYLOAD_BYTES = 84  # byte-mode capacity of MAX_QR_VERSION at level M, for messages


def payload_for(publish_url: str, marker_id: str, level: str = ERROR_CORRECTION) -> str:
    """The text encoded in the marker's QR code: ``<publish address>#<marker id>``.

    When it lowers the QR version, the scheme and host are written in capitals
    (``HTTPS://AR.EXAMPLE.ORG/grass/#trommel``): they are case-insensitive (RFC 3986 3.1, 3.2.2),
    browsers and camera apps lower-case them, and capitals let the QR code carry them in
    alphanumeric mode (5.5 instead of 8 bits a character). Path and fragment keep their case.
    """
    payload, version = shortest_payload(publish_url, marker_id, level)
    if version > MAX_QR_VERSION:
        raise MarkerError(
            f"the code for marker '{marker_id}' would hold {len(payload)} characters ('{payload}') and need "
            f"QR version {version if version < 99 else '>40'}; at most version {MAX_QR_VERSION} "
            f"(about {MAX_PAYLOAD_BYTES - 4} characters) scans from afar. Use a shorter publish address or marker id",
            field="publish_url",
        )
    return payload


def shortest_payload(publish_url: str, marker_id: str, level: str = ERROR_CORRECTION) -> tuple[str, int]:
    """(payload, QR version) of the lower-version spelling, without the MAX_QR_VERSION limit
    (version 99 when it fits no QR code at all)."""
    if not isinstance(marker_id, str) or not MARKER_ID_RE.match(marker_id):
        raise MarkerError(f"marker id {marker_id!r} cannot be carried in a URL: {MARKER_ID_RULE}", field="id")
    base = normalise_publish_url(publish_url)
    plain = f"{base}#{marker_id}"
    best = (plain, _version_or_99(plain, level))
    compact = _capitalised_origin(base) + f"#{marker_id}"
    if compact != plain:
        v = _version_or_99(compact, level)
        if v < best[1]:
            best = (compact, v)
    return best


def _version_or_99(payload: str, level: str) -> int:
    if len(payload) > 2 * MAX_PAYLOAD_BYTES:  # far beyond any version we accept; skip the encoder
        return 99
    try:
        return qr_version(payload, level)
    except MarkerError:
        return 99


def _capitalised_origin(base: str) -> str:
    """``https://host/path`` -> ``HTTPS://HOST/path`` (only scheme and host; never user info)."""
    scheme, sep, rest = base.partition("://")
    host, slash, path = rest.partition("/")
    if "@" in host:
        return base
    return f"{scheme.upper()}{sep}{host.upper()}{slash}{path}"


def canonical_base(base: str) -> str:
    """Scheme and host lower-cased, as a browser sees them."""
    scheme, sep, rest = base.partition("://")
    host, slash, path = rest.partition("/")
    return f"{scheme.lower()}{sep}{host.lower()}{slash}{path}"


def normalise_publish_url(publish_url: str) -> str:
    url = (publish_url or "").strip()
    if not url:
        raise MarkerError("the exhibit has no publish address yet (where its viewer will be served); set it before printing markers", field="publish_url")
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.netloc:
        raise MarkerError(f"publish address '{url}' must start with https:// and name a host", field="publish_url")
    if parts.fragment:
        raise MarkerError(f"publish address '{url}' must not contain '#': the marker id goes there", field="publish_url")
    if any(ord(c) < 33 or ord(c) > 126 for c in url):
        raise MarkerError(f"publish address '{url}' contains spaces or characters outside ASCII; percent-encode them", field="publish_url")
    if not parts.path:
        url += "/"
    return url


def marker_id_from_payload(payload: str, publish_url: str | None = None) -> str | None:
    """The marker id a decoded payload names, or None when it is not one of ours (or, with
    publish_url, not of this exhibit)."""
    base, sep, frag = payload.partition("#")
    if not sep or not MARKER_ID_RE.match(frag):
        return None
    if publish_url is not None:
        try:
            if canonical_base(base) != canonical_base(normalise_publish_url(publish_url)):
                return None
        except MarkerError:
            return None
    return frag


# Codes of one exhibit share their address and differ only in the fragment: their QR matrices can
# differ in few modules (ids "a" and "e" of one exhibit: 66 of ~400 data modules; other pairs
# ~150). The tracker tells such siblings apart on exactly those modules (docs/tracking.md, stage
# 4); below this many it has too little left far away or blurred, and a new marker id should be
# chosen (or any other letter appended).
MIN_DIFFERING_MODULES = 40


def differing_modules(payload_a: str, payload_b: str) -> int | None:
    """How many modules the two codes' printed matrices differ in, in the turn where they are
    most alike (a camera may see a card turned). None when the codes differ in size (another QR
    version: their grids never line up)."""
    from .symbol import qr_modules

    a, b = qr_modules(payload_a), qr_modules(payload_b)
    if a.shape != b.shape:
        return None
    return int(min(np.count_nonzero(np.rot90(a, r) != b) for r in range(4)))


def too_close(payload: str, others: list[str], min_modules: int = MIN_DIFFERING_MODULES) -> list[tuple[str, int]]:
    """The codes among `others` that a new code would be too easily mistaken for, with their
    differing module counts (closest first); empty when it is safe."""
    out = [(o, n) for o in others if o != payload and (n := differing_modules(payload, o)) is not None and n < min_modules]
    return sorted(out, key=lambda x: x[1])


def codes_too_close(publish_url: str, new_id: str, existing_ids: list[str]) -> list[tuple[str, int]]:
    """The existing markers (id, differing modules) whose printed codes a new marker `new_id`
    would be too easily mistaken for, closest first; empty when safe or when the exhibit has no
    address yet (the codes are not fixed then)."""
    if not publish_url:
        return []
    payload = payload_for(publish_url, new_id)
    by_payload = {payload_for(publish_url, i): i for i in existing_ids if i != new_id}
    return [(by_payload[p], n) for p, n in too_close(payload, list(by_payload), MIN_DIFFERING_MODULES)]
