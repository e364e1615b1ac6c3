#!/usr/bin/env python3
"""Generates src/SkillGap.Pdf/Resources/cidtounicode/*.bin from Adobe's CID -> Unicode CMaps.

Input: the Adobe-<Ordering>-UCS2 CMaps of Adobe's cmap-resources (BSD-3-Clause, Adobe), as installed by the Debian
package poppler-data under /usr/share/poppler/cMap/. Usage: scripts/generate-cidtounicode.py [CMAP_DIR]

Output format, zlib-compressed: b"CIDU", then for every CID from 0 upward one byte n (UTF-16 code units, 0 = unmapped)
followed by n big-endian UTF-16 code units. Variation selectors are dropped. The reader loads a collection only when a font needs it.
"""
import re
import sys
import zlib
from pathlib import Path

ORDERINGS = ["Japan1", "GB1", "CNS1", "Korea1", "KR"]


def units(hex_text: bytes) -> list[int]:
    return [int(hex_text[i:i + 4], 16) for i in range(0, len(hex_text), 4)]


def parse(path: Path) -> dict[int, list[int]]:
    text = path.read_bytes()
    mapping: dict[int, list[int]] = {}
    for block in re.finditer(rb"begin(bfchar|bfrange)(.*?)end\1", text, re.S):
        kind, body = block.group(1), block.group(2)
        items = re.findall(rb"<([0-9A-Fa-f]*)>|(\[)|(\])", body)
        values: list = []
        array = None
        for hex_text, open_bracket, close_bracket in items:
            if open_bracket:
                array = []
            elif close_bracket:
                values.append(array)
                array = None
            elif array is not None:
                array.append(units(hex_text))
            else:
                values.append(hex_text)
        if kind == b"bfchar":
            for i in range(0, len(values) - 1, 2):
                mapping[int(values[i], 16)] = units(values[i + 1])
        else:
            for i in range(0, len(values) - 2, 3):
                low, high, dest = int(values[i], 16), int(values[i + 1], 16), values[i + 2]
                for offset, cid in enumerate(range(low, high + 1)):
                    if isinstance(dest, list):
                        if offset < len(dest):
                            mapping[cid] = dest[offset]
                    else:
                        first = units(dest)
                        mapping[cid] = first[:-1] + [first[-1] + offset]
    return {cid: u for cid, u in ((cid, without_variation_selectors(u)) for cid, u in mapping.items()) if u and u != [0xFFFD]}


def without_variation_selectors(code_units: list[int]) -> list[int]:
    """Glyph variants map to base + variation selector; extracted text wants the base character only."""
    kept: list[int] = []
    i = 0
    while i < len(code_units):
        unit = code_units[i]
        if 0xFE00 <= unit <= 0xFE0F:
            i += 1
        elif unit == 0xDB40 and i + 1 < len(code_units) and 0xDD00 <= code_units[i + 1] <= 0xDDEF:
            i += 2
        else:
            kept.append(unit)
            i += 1
    return kept


def encode(mapping: dict[int, list[int]]) -> bytes:
    out = bytearray(b"CIDU")
    for cid in range(max(mapping) + 1):
        code_units = mapping.get(cid, [])
        out.append(len(code_units))
        for unit in code_units:
            out += unit.to_bytes(2, "big")
    return zlib.compress(bytes(out), 9)


def main() -> None:
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/poppler/cMap")
    target = Path(__file__).resolve().parent.parent / "src/SkillGap.Pdf/Resources/cidtounicode"
    target.mkdir(parents=True, exist_ok=True)
    for ordering in ORDERINGS:
        mapping = parse(source / f"Adobe-{ordering}" / f"Adobe-{ordering}-UCS2")
        data = encode(mapping)
        (target / f"Adobe-{ordering}.bin").write_bytes(data)
        print(f"Adobe-{ordering}: {len(mapping)} CIDs mapped, {len(data)} bytes")


if __name__ == "__main__":
    main()
