"""The HTTP(S) engine behind `museum-ar serve`: one asyncio loop, a gallery can leave it running.

Why not http.server: it gives each connection a thread and waits for the TLS handshake on the
accept loop, so one idle HTTPS connection froze every other visitor. Here each connection is a
coroutine (1,000 idle ones cost a few MB), the TLS handshake runs on the loop with its own
timeout, every read and write has a deadline (slowloris), and the number of open connections is
capped. Only the files in `files` (the bundle's own list, snapshotted) are ever answered: no
listings, no live folder, no links."""

from __future__ import annotations

import asyncio
import gzip
import mimetypes
import os
import ssl
from dataclasses import dataclass
from email.utils import formatdate
from urllib.parse import unquote_to_bytes

HEAD_TIMEOUT = 10.0  # the whole request head must arrive within this (slowloris)
IDLE_TIMEOUT = 15.0  # a kept-alive connection that sends nothing is closed after this
WRITE_TIMEOUT = 60.0  # a reader that takes no bytes for this long is dropped
TLS_HANDSHAKE_TIMEOUT = 10.0
MAX_CONNECTIONS = 4096
MAX_HEAD_BYTES = 16 * 1024
CHUNK = 256 * 1024
GZIP_MAX_BYTES = 16 * 1024 * 1024  # text larger than this is sent as it is
COMPRESSIBLE = ("text/", "application/json", "application/manifest+json", "image/svg+xml")

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".webmanifest": "application/manifest+json",
    ".wasm": "application/wasm",
    ".glb": "model/gltf-binary",
    ".usdz": "model/vnd.usdz+zip",  # AR Quick Look opens a USDZ only when served with this type
    ".gltf": "model/gltf+json",
    ".vtt": "text/vtt; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".webp": "image/webp",
    ".mp4": "video/mp4",
    ".webm": "video/webm",
    ".m4a": "audio/mp4",
    ".mp3": "audio/mpeg",
    ".ogg": "audio/ogg",
    ".wav": "audio/wav",
    ".sig": "application/octet-stream",
}
# The same policy as the viewer's <meta> tag, plus what only a header can say. script-src blob: is
# how boot.js starts the viewer from the bytes it checked (viewer/src/boot.js).
CSP = (
    "default-src 'self'; img-src 'self' blob: data:; media-src 'self' blob:; connect-src 'self' blob: data:; "
    "script-src 'self' blob: 'wasm-unsafe-eval'; style-src 'self'; worker-src 'self' blob:; object-src 'none'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = (
    ("Content-Security-Policy", CSP),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
    # The service worker decides what is cached; the HTTP cache must not keep an old sw.js or manifest.
    ("Cache-Control", "no-cache"),
)
REASONS = {200: "OK", 206: "Partial Content", 304: "Not Modified", 400: "Bad Request", 404: "Not Found",
           405: "Method Not Allowed", 413: "Payload Too Large", 416: "Range Not Satisfiable", 431: "Request Header Fields Too Large",
           503: "Service Unavailable"}


@dataclass(frozen=True)
class ServedFile:
    path: str  # absolute path of the private snapshot
    size: int
    etag: str
    ctype: str
    gz: bytes | None = None  # gzip of a text file, made once at start


def content_type(name: str) -> str:
    ext = os.path.splitext(name)[1].lower()
    return TYPES.get(ext) or mimetypes.guess_type(name)[0] or "application/octet-stream"


def make_table(files: dict[str, tuple[str, str]]) -> dict[str, ServedFile]:
    """files: bundle name -> (absolute snapshot path, sha256). Text assets are gzipped once."""
    table: dict[str, ServedFile] = {}
    for name, (path, digest) in files.items():
        size = os.stat(path).st_size
        ctype = content_type(name)
        gz = None
        if ctype.startswith(COMPRESSIBLE) and 256 < size <= GZIP_MAX_BYTES:
            with open(path, "rb") as f:
                packed = gzip.compress(f.read(), compresslevel=6, mtime=0)
            if len(packed) < size * 0.9:
                gz = packed
        table[name] = ServedFile(path, size, f'"{digest[:32]}"', ctype, gz)
    return table


class BadRequest(Exception):
    def __init__(self, status: int, why: str):
        super().__init__(why)
        self.status = status


def request_name(target: str) -> str:
    """The bundle name a request target asks for, or BadRequest(400): percent-escapes must decode
    to UTF-8, no NUL/control characters, no backslashes, no '.'/'..' parts."""
    path = target.split("?", 1)[0].split("#", 1)[0]
    if not path.startswith("/"):
        raise BadRequest(400, "the path must start with /")
    try:
        text = unquote_to_bytes(path).decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequest(400, "the path is not UTF-8") from None
    if any(ord(c) < 32 or ord(c) == 127 for c in text) or "\\" in text:
        raise BadRequest(400, "the path has control characters or backslashes")
    parts = text.split("/")[1:]
    if any(p in (".", "..") for p in parts):
        raise BadRequest(400, "the path has '.' or '..' parts")
    name = "/".join(parts)
    return name or "index.html"


def parse_range(header: str, size: int) -> tuple[int, int] | str | None:
    """(first, last) for one satisfiable byte range; None to send the whole file (multi-range or a
    form we don't read); 'unsatisfiable' for 416."""
    unit, _, spec = header.partition("=")
    if unit.strip().lower() != "bytes" or "," in spec:
        return None
    first, dash, last = spec.strip().partition("-")
    if not dash:
        return None
    try:
        if first == "":
            n = int(last)
            if n <= 0:
                return "unsatisfiable"
            return (max(size - n, 0), size - 1) if size else "unsatisfiable"
        a = int(first)
        b = int(last) if last else size - 1
    except ValueError:
        return None
    if a >= size:
        return "unsatisfiable"
    if a < 0 or b < a:
        return None
    return a, min(b, size - 1)


class Engine:
    """Serves `table` on (host, port). start() in the calling thread's loop via run()."""

    def __init__(self, table: dict[str, ServedFile], host: str, port: int, ssl_ctx: ssl.SSLContext | None, quiet: bool = True, log=print):
        self.table = table
        self.host, self.port = host, port
        self.ssl_ctx = ssl_ctx
        self.quiet = quiet
        self.log = log
        self.open_connections = 0
        self.served = 0
        self.refused = 0
        self.loop: asyncio.AbstractEventLoop | None = None
        self.server: asyncio.base_events.Server | None = None
        self._stopped: asyncio.Event | None = None
        self._tasks: set[asyncio.Task] = set()

    async def start(self) -> int:
        self.loop = asyncio.get_running_loop()
        self._stopped = asyncio.Event()
        self.server = await asyncio.start_server(
            self._connection, self.host, self.port, ssl=self.ssl_ctx, backlog=1024,
            ssl_handshake_timeout=TLS_HANDSHAKE_TIMEOUT if self.ssl_ctx else None, limit=MAX_HEAD_BYTES,
        )
        self.port = self.server.sockets[0].getsockname()[1]
        return self.port

    async def run_until_stopped(self) -> None:
        assert self._stopped is not None and self.server is not None  # start() ran first
        await self._stopped.wait()
        # Not wait_closed(): from 3.12 on it also waits for every open client connection.
        self.server.close()
        tasks = list(self._tasks)
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def request_stop(self) -> None:
        if self.loop and self._stopped and not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self._stopped.set)

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self.open_connections >= MAX_CONNECTIONS:
            self.refused += 1
            writer.close()
            return
        self.open_connections += 1
        task = asyncio.current_task()
        assert task is not None  # asyncio runs each connection in a task of its own
        self._tasks.add(task)
        try:
            first = True
            while True:
                keep = await self._one_request(reader, writer, HEAD_TIMEOUT if first else IDLE_TIMEOUT)
                first = False
                if not keep:
                    break
        except (TimeoutError, ConnectionError, asyncio.IncompleteReadError, ssl.SSLError, OSError):
            pass
        finally:
            self._tasks.discard(task)
            self.open_connections -= 1
            try:
                writer.close()
            except Exception:  # the transport may already be gone
                pass

    async def _read_head(self, reader: asyncio.StreamReader, timeout: float) -> bytes:
        try:
            return await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout)
        except asyncio.LimitOverrunError:
            raise BadRequest(431, "request head too large") from None

    async def _one_request(self, reader, writer, timeout: float) -> bool:
        try:
            head = await self._read_head(reader, timeout)
        except asyncio.IncompleteReadError:
            return False
        except BadRequest as e:
            await self._send_error(writer, e.status, head_only=False)
            return False
        try:
            lines = head.decode("latin-1").split("\r\n")
            method, target, version = lines[0].split(" ")
            if not version.startswith("HTTP/1."):
                raise BadRequest(400, "not HTTP/1.x")
            headers: dict[str, str] = {}
            for line in lines[1:]:
                if not line:
                    continue
                k, sep, v = line.partition(":")
                if not sep:
                    raise BadRequest(400, "malformed header")
                headers[k.strip().lower()] = v.strip()
            if "content-length" in headers or "transfer-encoding" in headers:
                raise BadRequest(413, "requests with a body are not accepted")
            if method not in ("GET", "HEAD"):
                raise BadRequest(405, "only GET and HEAD")
            name = request_name(target)
        except BadRequest as e:
            await self._send_error(writer, e.status, head_only=False)
            return False
        except ValueError:
            await self._send_error(writer, 400, head_only=False)
            return False
        keep = version == "HTTP/1.1" and headers.get("connection", "").lower() != "close"
        status = await self._send_file(writer, method, name, headers, keep)
        self.served += 1
        if not self.quiet:
            self.log(f"{status} {method} /{name}")
        return keep

    async def _write(self, writer: asyncio.StreamWriter, data: bytes) -> None:
        writer.write(data)
        await asyncio.wait_for(writer.drain(), WRITE_TIMEOUT)

    def _head(self, status: int, headers: list[tuple[str, str]], keep: bool) -> bytes:
        out = [f"HTTP/1.1 {status} {REASONS.get(status, '')}", f"Date: {formatdate(usegmt=True)}", "Server: museum-ar"]
        out += [f"{k}: {v}" for k, v in (*SECURITY_HEADERS, *headers)]
        out.append(f"Connection: {'keep-alive' if keep else 'close'}")
        return ("\r\n".join(out) + "\r\n\r\n").encode("latin-1")

    async def _send_error(self, writer, status: int, head_only: bool, keep: bool = False) -> None:
        body = f"{status} {REASONS.get(status, '')}\n".encode()
        await self._write(writer, self._head(status, [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))], keep) + (b"" if head_only else body))

    async def _send_file(self, writer, method: str, name: str, headers: dict[str, str], keep: bool) -> int:
        f = self.table.get(name)
        head_only = method == "HEAD"
        if f is None:
            await self._send_error(writer, 404, head_only, keep)
            return 404
        common = [("Content-Type", f.ctype), ("ETag", f.etag), ("Accept-Ranges", "bytes")]
        if f.gz is not None:
            common.append(("Vary", "Accept-Encoding"))
        if headers.get("if-none-match") == f.etag:
            await self._write(writer, self._head(304, common, keep))
            return 304
        rng = parse_range(headers["range"], f.size) if "range" in headers else None
        if rng == "unsatisfiable":
            await self._write(writer, self._head(416, [*common, ("Content-Range", f"bytes */{f.size}"), ("Content-Length", "0")], keep))
            return 416
        if rng is None and f.gz is not None and "gzip" in headers.get("accept-encoding", "").lower():
            await self._write(writer, self._head(200, [*common, ("Content-Encoding", "gzip"), ("Content-Length", str(len(f.gz)))], keep) + (b"" if head_only else f.gz))
            return 200
        if isinstance(rng, tuple):
            first, last = rng
            status, extra = 206, [("Content-Range", f"bytes {first}-{last}/{f.size}")]
        else:  # None ("unsatisfiable" was answered above): the whole file
            first, last, status, extra = 0, f.size - 1, 200, []
        length = max(last - first + 1, 0)
        await self._write(writer, self._head(status, [*common, *extra, ("Content-Length", str(length))], keep))
        if head_only or length == 0:
            return status
        with open(f.path, "rb") as fh:
            fh.seek(first)
            left = length
            while left > 0:
                block = fh.read(min(CHUNK, left))
                if not block:
                    raise ConnectionError("the snapshot file shrank")
                left -= len(block)
                await self._write(writer, block)
        return status
