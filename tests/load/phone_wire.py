"""What a phone says to the kiosk over the wire (kiosk/net/PROTOCOL.md), on asyncio raw sockets.

The load test (phones_load.py) uses only the standard library, so this file holds the little of
HTTP/1.1 it needs: one request per connection for actions, an event stream read as plain or
chunked transfer coding, and the `event:`/`data:` lines of server-sent events. Every socket
operation takes a timeout in seconds and raises asyncio.TimeoutError past it.
"""
import asyncio
import json
import secrets
import time


def new_device_token():
    """A phone's secret: 32 lower-case hex digits, as the page makes it (PROTOCOL.md)."""
    return secrets.token_hex(16)


def new_request_id():
    """`r-` and 16 hex digits, chosen per action (PROTOCOL.md, Sending an action)."""
    return "r-" + secrets.token_hex(8)


def new_note_id():
    """`n-` and 12 hex digits, a note id chosen on the phone."""
    return "n-" + secrets.token_hex(6)


class HttpError(Exception):
    """An answer that is not HTTP as the kiosk speaks it."""


async def read_head(reader, timeout):
    """Reads a status line and headers. Returns (status, {lower-case name: value})."""
    line = await asyncio.wait_for(reader.readline(), timeout)
    parts = line.decode("latin-1").split(" ", 2)
    if len(parts) < 2 or not parts[0].startswith("HTTP/1."):
        raise HttpError(f"not an HTTP status line: {line[:80]!r}")
    status = int(parts[1])
    headers = {}
    while True:
        line = await asyncio.wait_for(reader.readline(), timeout)
        if line in (b"\r\n", b"\n"):
            return status, headers
        if not line:
            raise HttpError("connection closed inside the headers")
        name, _, value = line.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()


async def read_body(reader, headers, timeout):
    """The whole body of an answer: by Content-Length, chunked, or up to the end."""
    if headers.get("transfer-encoding", "").lower() == "chunked":
        parts = []
        async for part in read_chunks(reader, timeout):
            parts.append(part)
        return b"".join(parts)
    if "content-length" in headers:
        return await asyncio.wait_for(reader.readexactly(int(headers["content-length"])), timeout)
    return await asyncio.wait_for(reader.read(), timeout)


async def read_chunks(reader, timeout):
    """Yields the data of each chunk of a chunked body until its last (empty) chunk."""
    while True:
        size_line = await asyncio.wait_for(reader.readline(), timeout)
        if not size_line:
            raise HttpError("connection closed inside a chunked body")
        size = int(size_line.split(b";", 1)[0].strip(), 16)
        if size == 0:
            await asyncio.wait_for(reader.readline(), timeout)  # the CRLF after the last chunk
            return
        data = await asyncio.wait_for(reader.readexactly(size), timeout)
        await asyncio.wait_for(reader.readexactly(2), timeout)  # CRLF
        yield data


async def close(writer, timeout=2.0):
    """Closes a connection, waiting at most `timeout` s for the close to finish."""
    writer.close()
    try:
        await asyncio.wait_for(writer.wait_closed(), timeout)
    except (asyncio.TimeoutError, OSError):
        pass


async def post_json(host, port, path, body, timeout):
    """POSTs `body` (a dict) as JSON on a connection of its own.

    Returns (status, answer as a dict or None when it is not JSON, seconds from connecting to
    the whole answer read)."""
    data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    started = time.perf_counter()
    reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout)
    try:
        writer.write(
            f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(data)}\r\nConnection: close\r\n\r\n".encode("ascii") + data)
        await asyncio.wait_for(writer.drain(), timeout)
        status, headers = await read_head(reader, timeout)
        raw = await read_body(reader, headers, timeout)
    finally:
        await close(writer)
    try:
        answer = json.loads(raw)
    except ValueError:
        answer = None
    return status, answer, time.perf_counter() - started


class EventParser:
    """Server-sent events (the WHATWG rules the kiosk needs): `event:` and `data:` lines, a
    blank line ends an event, lines starting with `:` are comments (the kiosk's pings)."""

    def __init__(self):
        self.pending = b""
        self.kind = ""
        self.data = []
        self.comments = 0

    def feed(self, data):
        """Takes bytes as they came; returns the events they completed as (kind, data text)."""
        self.pending += data
        events = []
        while True:
            end = self.pending.find(b"\n")
            if end < 0:
                return events
            line = self.pending[:end].rstrip(b"\r").decode("utf-8")
            self.pending = self.pending[end + 1:]
            if not line:
                if self.data:
                    events.append((self.kind or "message", "\n".join(self.data)))
                self.kind, self.data = "", []
            elif line.startswith(":"):
                self.comments += 1
            else:
                name, _, value = line.partition(":")
                value = value[1:] if value.startswith(" ") else value
                if name == "event":
                    self.kind = value
                elif name == "data":
                    self.data.append(value)


class StreamAnswer:
    """The kiosk's answer to GET /api/events: `status` and `headers`, `head_s` (seconds from
    connecting until the head came); for 200 the open `reader`/`writer`, else the refusal's
    `body` (bytes) with the connection closed."""

    def __init__(self, status, headers, head_s, body=b"", reader=None, writer=None):
        self.status, self.headers, self.head_s = status, headers, head_s
        self.body, self.reader, self.writer = body, reader, writer


async def open_event_stream(host, port, code, token, timeout):
    """Sends GET /api/events for device `token` with join code `code`; returns a StreamAnswer."""
    started = time.perf_counter()
    reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout)
    try:
        writer.write(f"GET /api/events?code={code}&device={token} HTTP/1.1\r\nHost: {host}:{port}\r\n"
                     f"Accept: text/event-stream\r\n\r\n".encode("ascii"))
        await asyncio.wait_for(writer.drain(), timeout)
        status, headers = await read_head(reader, timeout)
        head_s = time.perf_counter() - started
        if status != 200:
            body = await read_body(reader, headers, timeout)
            await close(writer)
            return StreamAnswer(status, headers, head_s, body=body)
    except BaseException:
        await close(writer)
        raise
    return StreamAnswer(status, headers, head_s, reader=reader, writer=writer)


async def stream_data(reader, headers, timeout):
    """Yields (monotonic seconds at arrival, bytes) of an open event stream's body until it ends."""
    if headers.get("transfer-encoding", "").lower() == "chunked":
        async for part in read_chunks(reader, timeout):
            yield time.perf_counter(), part
        return
    while True:
        part = await asyncio.wait_for(reader.read(65536), timeout)
        if not part:
            return
        yield time.perf_counter(), part
