#!/usr/bin/env python3
"""Writes a PNG of a phone photo's size (4032 x 3024, 12 MP) for the upload benchmark:
what the server decodes and encodes again is the pixels, so their count is what costs memory.
Standard library only (zlib); gradients over a checkerboard: neither flat nor noise, and well within the 10 MB
file limit."""
import struct
import sys
import zlib

W, H = 4032, 3024


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


rows = []
for y in range(H):
    row = bytearray([0])  # filter: none
    for x in range(0, W * 3, 3):
        px = x // 3
        row += bytes((px * 255 // W, y * 255 // H, ((px // 48 + y // 48) & 1) * 96))
    rows.append(bytes(row))
raw = b"".join(rows)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0))
png += chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")
with open(sys.argv[1], "wb") as f:
    f.write(png)
print(f"{sys.argv[1]}: {W} x {H} px, {len(png):,} bytes")
