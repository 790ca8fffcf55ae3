"""The GLB container (glTF's binary form): a 12-byte header, a JSON chunk, an optional BIN chunk.
Split and joined here once for every package that reads or writes one (content's importers and
compressor, render's animation reader)."""

from __future__ import annotations

import json
import struct
from pathlib import Path

MAGIC = b"glTF"


def is_glb(data: bytes) -> bool:
    """A GLB version 2 whose first chunk is the JSON."""
    return len(data) >= 20 and data[:4] == MAGIC and struct.unpack("<I", data[4:8])[0] == 2 and data[16:20] == b"JSON"


def split_glb(glb: bytes) -> tuple[dict, bytes]:
    """(the JSON document, the BIN chunk's bytes or b"")."""
    json_len = struct.unpack("<I", glb[12:16])[0]
    doc = json.loads(glb[20 : 20 + json_len])
    rest = 20 + json_len
    binary = b""
    if len(glb) >= rest + 8:
        bin_len = struct.unpack("<I", glb[rest : rest + 4])[0]
        binary = glb[rest + 8 : rest + 8 + bin_len]
    return doc, binary


def join_glb(doc: dict, binary: bytes) -> bytes:
    js = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    js += b" " * (-len(js) % 4)
    binary = binary + b"\x00" * (-len(binary) % 4)
    total = 12 + 8 + len(js) + 8 + len(binary)
    return b"".join([struct.pack("<4sII", MAGIC, 2, total), struct.pack("<I4s", len(js), b"JSON"), js,
                     struct.pack("<I4s", len(binary), b"BIN\x00"), binary])


def read_glb_json(path: str | Path) -> dict | None:
    """A GLB file's JSON document alone (its header and first chunk read, not the binary): None
    when the file is missing or no GLB. For facts the JSON states (clip names and lengths)."""
    try:
        with open(path, "rb") as f:
            head = f.read(20)
            if len(head) < 20 or head[:4] != MAGIC or head[16:20] != b"JSON":
                return None
            doc = json.loads(f.read(struct.unpack("<I", head[12:16])[0]))
    except (OSError, ValueError):
        return None
    return doc if isinstance(doc, dict) else None
