#!/usr/bin/env python3
"""Checks over window captures for the end-to-end tests (projector_day.sh).

The captures are ImageMagick `import ... PNG24:FILE` files: 8-bit RGB, not interlaced, which the
small decoder below reads with the standard library alone (no Pillow on the kiosk's Debian set).

  capture_check.py ink FILE            prints the share of "ink" pixels (0..1): pixels whose
                                       brightness is more than 64 (of 255) from the picture's
                                       median, i.e. text and shapes on a calm background. A blank
                                       window, one colour or a soft gradient, has none.
  capture_check.py differ FILE_A FILE_B
                                       prints the share of pixels (0..1) that differ between two
                                       captures of the same size (any channel by more than 16).
  capture_check.py same FILE_A FILE_B  exit status 0 when the two are pixel for pixel the same.
Errors (not a PNG, another format, sizes differ) end with status 2 and a message.
"""
import struct
import sys
import zlib


def read_rgb(path):
    """Returns (width, height, rows): rows is a list of bytes, 3 per pixel."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path}: not a PNG")
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    if header is None:
        raise ValueError(f"{path}: no IHDR")
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour != 2 or interlace != 0:
        raise ValueError(f"{path}: wanted 8-bit RGB, not interlaced (PNG24:), got depth {depth} colour {colour}")
    raw = zlib.decompress(b"".join(idat))
    stride, bpp = width * 3, 3
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):  # the five PNG filters, as in the PNG specification, section 9
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if kind == 1:
                line[x] = (line[x] + a) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + b) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 0xFF
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, rows


def ink(path):
    _, _, rows = read_rgb(path)
    grey = [(r * 299 + g * 587 + b * 114) // 1000 for row in rows for r, g, b in zip(row[0::3], row[1::3], row[2::3])]
    median = sorted(grey)[len(grey) // 2]
    return sum(1 for v in grey if abs(v - median) > 64) / len(grey)


def differ(path_a, path_b):
    wa, ha, rows_a = read_rgb(path_a)
    wb, hb, rows_b = read_rgb(path_b)
    if (wa, ha) != (wb, hb):
        raise ValueError(f"sizes differ: {wa}x{ha} and {wb}x{hb}")
    changed = 0
    for ra, rb in zip(rows_a, rows_b):
        if ra == rb:
            continue
        for x in range(0, len(ra), 3):
            if max(abs(ra[x] - rb[x]), abs(ra[x + 1] - rb[x + 1]), abs(ra[x + 2] - rb[x + 2])) > 16:
                changed += 1
    return changed / (wa * ha)


def main(argv):
    try:
        if len(argv) == 3 and argv[1] == "ink":
            print(f"{ink(argv[2]):.4f}")
            return 0
        if len(argv) == 4 and argv[1] == "differ":
            print(f"{differ(argv[2], argv[3]):.4f}")
            return 0
        if len(argv) == 4 and argv[1] == "same":
            return 0 if read_rgb(argv[2]) == read_rgb(argv[3]) else 1
    except (OSError, ValueError, zlib.error) as e:
        print(f"capture_check: {e}", file=sys.stderr)
        return 2
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
