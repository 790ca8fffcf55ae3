"""Loopback clients for the serve tests and benchmarks/serve.py: raw sockets, so the test sees
exactly what the server sends, and every wait has a timeout (a hang fails, never blocks)."""

from __future__ import annotations

import asyncio
import socket
import ssl
import time


def tls_context(cafile) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=str(cafile))
    return ctx


def get(port: int, path: str = "/", headers: dict | None = None, tls: ssl.SSLContext | None = None, timeout: float = 10.0, method: str = "GET") -> tuple[int, dict, bytes, float]:
    """One request on a fresh connection; (status, headers, body, seconds)."""
    t0 = time.perf_counter()
    raw = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    s = tls.wrap_socket(raw, server_hostname="localhost") if tls else raw
    try:
        lines = [f"{method} {path} HTTP/1.1", "Host: localhost", "Connection: close", *[f"{k}: {v}" for k, v in (headers or {}).items()]]
        s.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        data = b""
        while True:
            block = s.recv(1 << 16)
            if not block:
                break
            data += block
    finally:
        s.close()
    seconds = time.perf_counter() - t0
    head, _, body = data.partition(b"\r\n\r\n")
    first, *rest = head.decode("latin-1").split("\r\n")
    hdrs = {}
    for line in rest:
        k, _, v = line.partition(":")
        hdrs[k.strip().lower()] = v.strip()
    return int(first.split(" ")[1]), hdrs, body, seconds


def open_idle(port: int, n: int) -> list[socket.socket]:
    """n TCP connections that send nothing (for HTTPS: not even a ClientHello)."""
    socks = []
    for _ in range(n):
        s = socket.create_connection(("127.0.0.1", port), timeout=10)
        socks.append(s)
    return socks


async def _one(port: int, tls, timeout: float) -> int:
    reader, writer = await asyncio.wait_for(
        asyncio.open_connection("127.0.0.1", port, ssl=tls, server_hostname="localhost" if tls else None), timeout)
    try:
        writer.write(b"GET /index.html HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        data = await asyncio.wait_for(reader.read(), timeout)
        return int(data.split(b" ", 2)[1])
    finally:
        writer.close()


def concurrent_clients(port: int, n: int, tls=None, timeout: float = 60.0) -> list[int | str]:
    """n clients at once, each one GET; their statuses (or the exception's name)."""
    async def run():
        results = await asyncio.gather(*(_one(port, tls, timeout) for _ in range(n)), return_exceptions=True)
        return [r if isinstance(r, int) else type(r).__name__ for r in results]
    return asyncio.run(run())
