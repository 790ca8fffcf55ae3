"""The QR symbol of a payload as a boolean module matrix (True = dark), without quiet zone.

The same matrix feeds the printed artwork, the synthetic camera and the tracker's identity check,
so all three agree module for module.

Encoding: the payload is written either as one byte-mode segment, or — when it starts with
characters of QR's alphanumeric set (0-9 A-Z space $ % * + - . / :), as an upper-cased URL's
scheme and host do — as an alphanumeric segment (5.5 bits a character) followed by a byte segment
(8 bits a character). Whichever gives the lower QR version wins; on a tie, the single segment.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import qrcode
import qrcode.constants
import qrcode.exceptions
import qrcode.util

from ..core.errors import MarkerError

# Error-correction level. Measured by benchmarks/markers.py (see docs/markers.md): at a fixed
# printed size, L and M read the same distance range for typical payloads (same version or one
# apart), while Q/H push the version up and lose range; M keeps 15 % of the symbol recoverable
# against scuffs, glare and a thumb print on a marker stuck beside a showcase, which L (7 %) does not.
ERROR_CORRECTION = "M"
EC_LEVELS = ("L", "M", "Q", "H")
_EC = {
    "L": qrcode.constants.ERROR_CORRECT_L,
    "M": qrcode.constants.ERROR_CORRECT_M,
    "Q": qrcode.constants.ERROR_CORRECT_Q,
    "H": qrcode.constants.ERROR_CORRECT_H,
}
_ALNUM = frozenset(qrcode.util.ALPHA_NUM.decode("ascii"))


def alphanumeric_prefix_len(payload: str) -> int:
    n = 0
    for c in payload:
        if c not in _ALNUM:
            break
        n += 1
    return n


def _build(segments: list[qrcode.util.QRData], level: str) -> qrcode.QRCode | None:
    qr = qrcode.QRCode(version=None, error_correction=_EC[level], border=0, box_size=1)
    for seg in segments:
        qr.add_data(seg, optimize=0)
    try:
        qr.make(fit=True)
    except (qrcode.exceptions.DataOverflowError, ValueError):
        return None
    return qr


def _candidates(payload: str) -> list[list[qrcode.util.QRData]]:
    data = payload.encode("utf-8")
    single = [qrcode.util.QRData(data, mode=qrcode.util.MODE_8BIT_BYTE)]
    out = [single]
    k = alphanumeric_prefix_len(payload)
    if k == len(payload):
        out.append([qrcode.util.QRData(data, mode=qrcode.util.MODE_ALPHA_NUM)])
    elif k >= 2:  # payload is ASCII up to k, so byte offsets equal character offsets there
        out.append([
            qrcode.util.QRData(data[:k], mode=qrcode.util.MODE_ALPHA_NUM),
            qrcode.util.QRData(data[k:], mode=qrcode.util.MODE_8BIT_BYTE),
        ])
    return out


@lru_cache(maxsize=512)
def _matrix(payload: str, level: str) -> bytes:
    if level not in _EC:
        raise MarkerError(f"unknown QR error-correction level {level!r}; use one of {', '.join(EC_LEVELS)}")
    best = None
    for segments in _candidates(payload):
        qr = _build(segments, level)
        if qr is not None and (best is None or qr.version < best.version):
            best = qr
    if best is None:
        raise MarkerError(f"'{payload}' does not fit in a QR code")
    m = np.array(best.get_matrix(), dtype=bool)
    return m.tobytes() + bytes([m.shape[0]])


def qr_modules(payload: str, level: str = ERROR_CORRECTION) -> np.ndarray:
    """N x N bool array, True where the module is dark."""
    raw = _matrix(payload, level)
    n = raw[-1]
    return np.frombuffer(raw[:-1], dtype=bool).reshape(n, n).copy()


def qr_version(payload: str, level: str = ERROR_CORRECTION) -> int:
    return (qr_modules(payload, level).shape[0] - 17) // 4
