"""What a marker's QR code says: the exhibit's published viewer URL with the marker id in the
fragment, e.g. ``https://ar.example.org/grass/#trommel``.

A phone's camera app opens it (launching the viewer); the viewer and the desktop tracker read the
marker id from the fragment. Short payloads give a low QR version, hence big modules, hence
detection from farther away.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from ..core.errors import MarkerError
from ..core.exhibit import MARKER_ID_RE, MARKER_ID_RULE

# Longest payload accepted: QR version 5 at level M holds 84 bytes (8-bit mode). Beyond that the
# modules of a 5 cm code get too small to read from an arm's length.
MAX_PAYLOAD_BYTES = 84


def payload_for(publish_url: str, marker_id: str) -> str:
    """The text encoded in the marker's QR code."""
    if not MARKER_ID_RE.match(marker_id or ""):
        raise MarkerError(f"marker id {marker_id!r} cannot be carried in a URL: {MARKER_ID_RULE}", field="id")
    base = normalise_publish_url(publish_url)
    payload = f"{base}#{marker_id}"
    if len(payload.encode("utf-8")) > MAX_PAYLOAD_BYTES:
        raise MarkerError(
            f"the marker's code would hold {len(payload)} characters ('{payload}'); at most "
            f"{MAX_PAYLOAD_BYTES} fit a code that scans from afar. Use a shorter publish address or marker id",
            field="publish_url",
        )
    return payload


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
            if base != normalise_publish_url(publish_url):
                return None
        except MarkerError:
            return None
    return frag
