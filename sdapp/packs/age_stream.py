"""Zero-copy plumbing for sealing: the ZIP, pyrage's encryption and the detached signature's
hash share the payload's bytes instead of copying them at each step.

On a 64 MiB pack each copy of the payload costs about as much as hashing it, so the ZIP is
kept as a list of references to the files' bytes, pyrage reads straight from that list, and
the ciphertext is hashed on a second thread while pyrage is still writing it.
"""

from __future__ import annotations

import hashlib
import io
import queue
import threading
from typing import Any

import pyrage
from pyrage import x25519


class SegmentBuffer:
    """A write-only, non-seekable stream for :class:`zipfile.ZipFile` that keeps the bytes
    objects it is given. zipfile then writes data descriptors after each file, which every
    ZIP reader understands."""

    def __init__(self) -> None:
        self.segments: list[bytes] = []
        self.size = 0

    def write(self, data: Any) -> int:
        chunk = data if isinstance(data, bytes) else bytes(data)
        self.segments.append(chunk)
        self.size += len(chunk)
        return len(chunk)

    def tell(self) -> int:
        return self.size

    def flush(self) -> None:
        """Nothing is buffered."""

    def getvalue(self) -> bytes:
        return b"".join(self.segments)

    def reader(self) -> SegmentReader:
        return SegmentReader(self.segments)


class SegmentReader(io.RawIOBase):
    """Reads a list of bytes objects as one stream."""

    def __init__(self, segments: list[bytes]) -> None:
        super().__init__()
        self._segments = [memoryview(s) for s in segments if s]
        self._index = 0
        self._offset = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        """pyrage asks for 8 KiB at a time, thousands of times: a slice of the current
        segment when it holds enough, without the bytearray ``RawIOBase.read`` would make."""
        if size is not None and size >= 0 and self._index < len(self._segments):
            segment, offset = self._segments[self._index], self._offset
            if offset + size < len(segment):
                self._offset = offset + size
                return bytes(segment[offset:offset + size])
        return super().read(-1 if size is None else size) or b""

    def readinto(self, target: Any) -> int:
        out = memoryview(target).cast("B")
        filled = 0
        while filled < len(out) and self._index < len(self._segments):
            segment = self._segments[self._index]
            take = min(len(out) - filled, len(segment) - self._offset)
            out[filled:filled + take] = segment[self._offset:self._offset + take]
            filled += take
            self._offset += take
            if self._offset == len(segment):
                self._index += 1
                self._offset = 0
        return filled


def encrypt_and_prehash(plain: SegmentBuffer, recipients: list[x25519.Recipient]) -> tuple[tuple[bytes, ...], bytes]:
    """age-encrypt ``plain`` and BLAKE2b-512 the ciphertext (minisign's prehash) in one pass;
    the ciphertext comes back in the blocks it was hashed in (joining them would copy it all).

    pyrage holds the GIL while it encrypts, but hashlib lets go of it for large blocks: the
    ciphertext goes to a second thread in blocks of a few MiB, so the hashing runs beside the
    encryption instead of after it."""
    sink = _PrehashingSink()
    try:
        pyrage.encrypt_io(plain.reader(), sink, recipients)
    finally:
        sealed, digest = sink.finish()
    return sealed, digest


class _PrehashingSink(io.RawIOBase):
    """A write-only stream that keeps what is written; a worker thread hashes each block."""

    _BLOCK = 4 << 20

    def __init__(self) -> None:
        super().__init__()
        self._blocks: list[bytes] = []
        self._pending: list[bytes] = []
        self._pending_size = 0
        self._queue: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self._hash = hashlib.blake2b(digest_size=64)
        self._worker = threading.Thread(target=self._hash_blocks, name="pack-prehash", daemon=True)
        self._worker.start()

    def _hash_blocks(self) -> None:
        while (block := self._queue.get()) is not None:
            self._hash.update(block)

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        self._pending.append(chunk)
        self._pending_size += len(chunk)
        if self._pending_size >= self._BLOCK:
            self._hand_over()
        return len(chunk)

    def _hand_over(self) -> None:
        block = b"".join(self._pending)
        self._pending, self._pending_size = [], 0
        self._blocks.append(block)
        self._queue.put(block)

    def finish(self) -> tuple[tuple[bytes, ...], bytes]:
        self._hand_over()
        self._queue.put(None)
        self._worker.join()
        return tuple(self._blocks), self._hash.digest()
