"""The QR symbol of a payload as a boolean module matrix (True = dark), without quiet zone.

The same matrix feeds the printed artwork, the synthetic camera and the tracker's identity check,
so all three agree module for module.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import qrcode
import qrcode.constants

from ..core.errors import MarkerError

# Error-correction level: M (15 %) — see docs/markers.md for the measurement behind the choice.
ERROR_CORRECTION = "M"
_EC = {
    "L": qrcode.constants.ERROR_CORRECT_L,
    "M": qrcode.constants.ERROR_CORRECT_M,
    "Q": qrcode.constants.ERROR_CORRECT_Q,
    "H": qrcode.constants.ERROR_CORRECT_H,
}


@lru_cache(maxsize=256)
def _matrix(payload: str, level: str) -> bytes:
    qr = qrcode.QRCode(version=None, error_correction=_EC[level], border=0, box_size=1)
    qr.add_data(payload, optimize=0)  # let qrcode pick the mode per segment
    try:
        qr.make(fit=True)
    except qrcode.exceptions.DataOverflowError:
        raise MarkerError(f"'{payload}' does not fit in a QR code") from None
    m = np.array(qr.get_matrix(), dtype=bool)
    return m.tobytes() + bytes([m.shape[0]])


def qr_modules(payload: str, level: str = ERROR_CORRECTION) -> np.ndarray:
    """N x N bool array, True where the module is dark."""
    raw = _matrix(payload, level)
    n = raw[-1]
    return np.frombuffer(raw[:-1], dtype=bool).reshape(n, n).copy()


def qr_version(payload: str, level: str = ERROR_CORRECTION) -> int:
    return (qr_modules(payload, level).shape[0] - 17) // 4
