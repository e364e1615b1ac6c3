#!/usr/bin/env python3
"""Generates src/SkillGap.Pdf/Resources/cmaps/*.bin: the common predefined CJK CMaps (code -> CID), compact.

Input: Adobe's cmap-resources (BSD-3-Clause, Adobe), as installed by the Debian package poppler-data under
/usr/share/poppler/cMap/. Usage: scripts/generate-cmaps.py [CMAP_DIR]

Output format, zlib-compressed, integers as unsigned LEB128 varints (zigzag where marked signed):
  b"CMAP", WMode byte, usecmap name (varint length + ASCII; length 0 = none),
  codespace count, then per range: byte length, low, high;
  run count, then per run of consecutive codes with consecutive CIDs: byte length, low - previous high (signed),
  high - low, first CID - previous first CID (signed).
notdefrange entries are left out: unmapped codes select CID 0 either way.
"""
import re
import sys
import zlib
from pathlib import Path

FAMILIES = {
    "Adobe-Japan1": ["90ms-RKSJ", "90msp-RKSJ", "UniJIS-UCS2", "UniJIS-UCS2-HW", "UniJIS-UTF16", "EUC", ""],
    "Adobe-GB1": ["GBK-EUC", "GB-EUC", "GBpc-EUC", "UniGB-UCS2", "UniGB-UTF16"],
    "Adobe-CNS1": ["B5pc", "ETen-B5", "ETenms-B5", "UniCNS-UCS2", "UniCNS-UTF16"],
    "Adobe-Korea1": ["KSC-EUC", "KSCms-UHC", "KSCms-UHC-HW", "UniKS-UCS2", "UniKS-UTF16"],
}


def varint(value: int, out: bytearray) -> None:
    while True:
        low = value & 0x7F
        value >>= 7
        out.append(low | (0x80 if value else 0))
        if not value:
            return


def signed(value: int, out: bytearray) -> None:
    varint((value << 1) if value >= 0 else ((-value << 1) - 1), out)


def encode(path: Path) -> bytes:
    text = path.read_bytes()
    body = text[text.index(b"begincmap"):]
    usecmap = re.search(rb"/(\S+)\s+usecmap", body)
    wmode = re.search(rb"/WMode\s+(\d)", body)
    codespaces = []
    for block in re.finditer(rb"begincodespacerange(.*?)endcodespacerange", body, re.S):
        for low, high in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block.group(1)):
            codespaces.append((len(low) // 2, int(low, 16), int(high, 16)))
    runs = []
    for block in re.finditer(rb"begin(cidchar|cidrange)(.*?)end\1", body, re.S):
        if block.group(1) == b"cidchar":
            for code, cid in re.findall(rb"<([0-9A-Fa-f]+)>\s+(\d+)", block.group(2)):
                runs.append((len(code) // 2, int(code, 16), int(code, 16), int(cid)))
        else:
            for low, high, cid in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s+(\d+)", block.group(2)):
                runs.append((len(low) // 2, int(low, 16), int(high, 16), int(cid)))
    runs.sort()
    merged = []
    for run in runs:
        if merged:
            length, low, high, cid = merged[-1]
            if length == run[0] and high + 1 == run[1] and cid + (high - low) + 1 == run[3]:
                merged[-1] = (length, low, run[2], cid)
                continue
        merged.append(run)

    out = bytearray(b"CMAP")
    out.append(int(wmode.group(1)) if wmode else 0)
    name = usecmap.group(1) if usecmap else b""
    varint(len(name), out)
    out += name
    varint(len(codespaces), out)
    for length, low, high in codespaces:
        out.append(length)
        varint(low, out)
        varint(high, out)
    varint(len(merged), out)
    previous_high = previous_cid = 0
    for length, low, high, cid in merged:
        out.append(length)
        signed(low - previous_high, out)
        varint(high - low, out)
        signed(cid - previous_cid, out)
        previous_high, previous_cid = high, cid
    return zlib.compress(bytes(out), 9)


def main() -> None:
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/poppler/cMap")
    target = Path(__file__).resolve().parent.parent / "src/SkillGap.Pdf/Resources/cmaps"
    target.mkdir(parents=True, exist_ok=True)
    total = 0
    for collection, families in FAMILIES.items():
        for family in families:
            for direction in ("H", "V"):
                name = f"{family}-{direction}" if family else direction
                data = encode(source / collection / name)
                (target / f"{name}.bin").write_bytes(data)
                total += len(data)
    print(f"{len(list(target.glob('*.bin')))} CMaps, {total} bytes")


if __name__ == "__main__":
    main()
