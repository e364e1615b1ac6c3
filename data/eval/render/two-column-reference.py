#!/usr/bin/env python3
"""Writes the reading-order reference for a two-column Chromium render, from the HTML Chromium printed.

The order comes from the document, not from any PDF reader: resume-2col.css puts the title block across the
top, the .sidebar div in the left grid column and the .main div in the right one, so a person reads the title,
then the whole left column, then the whole right column (page by page when the columns run onto a second page).
Inside a column, blocks keep the HTML order; a table is read row by row, a row cell by cell, one line per row.

poppler is asked only which words each page holds (pdftotext -raw per page, its words as a multiset), to cut
each column at the page break and to find the words Chromium broke across lines: after a hyphen ("co-" /
"working") or, for a long e-mail address or URL in the narrow sidebar, between two letters; the reference
breaks them the same way, so the pdf-quality tokenizer treats its line-end hyphens as it treats pdftotext's
and ours. Table cells clipped at the sidebar's edge lose letters in the PDF too (marked here with an ellipsis).
The page footer (render.sh's .page-footer) is drawn by Chromium at the top right of every page after the first
(position: fixed with a negative bottom offset), apart from both columns, so it opens those pages here.
The script fails when the HTML's words and the PDF's words differ, so a reference never silently drifts.

Usage: two-column-reference.py PAGE.html FOOTER.html FILE.pdf OUT.txt"""
import itertools
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from html.parser import HTMLParser

BLOCKS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "dt", "dd", "pre", "blockquote", "figcaption", "caption"}
CELLS = {"td", "th"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
LONG_WORD = 16  # the sidebar's narrowest line holds about 30 characters; shorter words are not broken mid-word
CLIPPED = "\u2026"  # marks, in the reference, a word the page shows only in part


class Regions(HTMLParser):
    """Blocks of text per region (header, sidebar, main, footer): (words, is a table row)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = {"header": [], "sidebar": [], "main": [], "footer": []}
        self.region_stack = []  # (depth, region) for the elements that opened a region
        self.depth = 0
        self.text = []
        self.row = None  # cells of the table row being read

    def region(self):
        return self.region_stack[-1][1] if self.region_stack else None

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            self.handle_startendtag(tag, attrs)
            return
        self.depth += 1
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        opened = None
        if tag == "header" and attributes.get("id") == "title-block-header":
            opened = "header"
        elif "sidebar" in classes:
            opened = "sidebar"
        elif "main" in classes:
            opened = "main"
        elif "page-footer" in classes:
            opened = "footer"
        if opened:
            self.flush()
            self.region_stack.append((self.depth, opened))
        if tag in BLOCKS or tag == "tr" or tag in CELLS:
            self.flush()
        if tag == "tr":
            self.row = []

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self.text.append(" ")

    def handle_endtag(self, tag):
        if tag in CELLS and self.row is not None:
            self.row.append(self.take())
        elif tag == "tr" and self.row is not None:
            self.flush()
            words = [w for cell in self.row for w in cell]
            if words and self.region():
                self.blocks[self.region()].append((words, True))
            self.row = None
        elif tag in BLOCKS:
            self.flush()
        if self.region_stack and self.region_stack[-1][0] == self.depth:
            self.flush()
            self.region_stack.pop()
        self.depth -= 1

    def handle_data(self, data):
        if self.region():
            self.text.append(data)

    def take(self):
        words = "".join(self.text).split()
        self.text = []
        return words

    def flush(self):
        words = self.take()
        if not words:
            return
        if self.row is not None:
            self.row.append(words)
        elif self.region():
            self.blocks[self.region()].append((words, False))


def tokens(text):
    """The pdf-quality tokenizer (src/SkillGap.Cli/PdfQuality/Tokenizer.cs): join line-end hyphens, then
    lower-cased runs of letters and digits (combining marks stay in their token)."""
    text = join_line_end_hyphens(text)
    out, current = [], []
    for c in text:
        if c.isalnum() or (current and unicodedata.category(c) == "Mn"):
            current.append(c.lower())
        elif current:
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out


def join_line_end_hyphens(text):
    # (\p{L})-[ \t]*\r?\n[ \t\f]*(\p{Ll}) -> $1$2, as in Tokenizer.cs
    return re.sub(r"([^\W\d_])-[ \t]*\r?\n[ \t\f]*([^\W\d_])",
                  lambda m: m.group(1) + m.group(2) if m.group(2).islower() else m.group(0), text)


def page_words(pdf):
    count = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True,
                                                            check=True).stdout).group(1))
    pages = []
    for page in range(1, count + 1):
        text = subprocess.run(["pdftotext", "-raw", "-f", str(page), "-l", str(page), "-enc", "UTF-8", pdf, "-"],
                              capture_output=True, text=True, check=True).stdout
        pages.append(Counter(tokens(text)))
    return pages


def variants(word, clip):
    """How the word may appear on the page: as written; broken across lines by Chromium once or twice, after a
    hyphen or (a long e-mail address or URL in the narrow sidebar) between two letters; with `clip`, cut short.
    A word too long for its line is tried broken first: written whole it could take a short word's tokens
    ("in" from "ravi.iyer.cloud@example.in", which the page shows as "...example.i" / "n")."""
    # Chromium breaks between letters only a word wider than the column, never a short one like "in".
    long_word = len(word) >= LONG_WORD
    breaks = [i for i in range(1, len(word))
              if word[i - 1] == "-" or (long_word and word[i - 1].isalnum() and word[i].isalnum())]
    broken = []
    for count in (1, 2):
        for chosen in itertools.combinations(breaks, count):
            pieces = [word[a:b] for a, b in zip((0,) + chosen, chosen + (len(word),))]
            shown = "\n".join(pieces)
            broken.append((shown, tokens(shown)))
    whole = [(word, tokens(word))]
    yield from (broken + whole if long_word else whole + broken)
    if clip:
        # A table cell wider than the sidebar is clipped, and Chromium leaves the hidden letters out of the PDF.
        for end in range(len(word) - 1, 2, -1):
            if word[end - 1].isalnum() and word[end].isalnum():
                yield word[:end] + CLIPPED, tokens(word[:end])


def take(word, available, clip):
    for text, needed in variants(word, clip):
        need = Counter(needed)
        if all(available[t] >= n for t, n in need.items()):
            available.subtract(need)
            return text
    return None


def cut(blocks, position, available):
    """Pass 1: the region's words from `position` on that this page holds, as (block, first word, end word) runs."""
    runs = []
    b, w = position
    while b < len(blocks):
        first = w
        words = blocks[b][0]
        while w < len(words) and take(words[w], available, clip=True) is not None:
            w += 1
        if w > first:
            runs.append((b, first, w))
        if w < len(words):
            break
        b, w = b + 1, 0
    return runs, (b, w)


def spell(blocks, runs, available):
    """Pass 2: each word's form on the page. Words outside tables choose first and are never clipped unless nothing
    else fits, so a clipped table cell cannot take a whole word another line of the page needs."""
    forms = {}
    rounds = [(lambda table: not table, False), (lambda table: table, True), (lambda table: True, True)]
    for wanted, clip in rounds:
        for name, region_runs in runs:
            for b, first, end in region_runs:
                words, table = blocks[name][b]
                if not wanted(table):
                    continue
                for w in range(first, end):
                    if (name, b, w) not in forms:
                        text = take(words[w], available, clip)
                        if text is not None:
                            forms[(name, b, w)] = text
    lines = []
    for name, region_runs in runs:
        for b, first, end in region_runs:
            words = blocks[name][b][0]
            lines.append(" ".join(forms.get((name, b, w), words[w]) for w in range(first, end)))
    return lines


def main(html_path, footer_path, pdf, out):
    regions = Regions()
    with open(html_path, encoding="utf-8") as handle:
        regions.feed(handle.read())
    footer = Regions()
    with open(footer_path, encoding="utf-8") as handle:
        footer.feed(handle.read())
    blocks = regions.blocks
    blocks["footer"] = footer.blocks["footer"]
    if not blocks["sidebar"] and not blocks["main"]:
        sys.exit(f"{html_path}: no .sidebar or .main text; is this a two-column page?")

    positions = {name: (0, 0) for name in ("header", "sidebar", "main")}
    out_pages = []
    for number, words_on_page in enumerate(page_words(pdf), start=1):
        available = words_on_page.copy()
        runs = []
        for name in ("header", "sidebar", "main"):
            region_runs, positions[name] = cut(blocks[name], positions[name], available)
            runs.append((name, region_runs))
        if number > 1 and blocks["footer"]:
            runs.insert(0, ("footer", cut(blocks["footer"], (0, 0), available)[0]))
        available = words_on_page.copy()
        lines = spell(blocks, runs, available)
        leftover = +available
        if leftover:
            sys.exit(f"{pdf}: page {number} holds words the HTML does not put there: {dict(leftover)}")
        out_pages.append("\n".join(lines))
    for name, (b, w) in positions.items():
        if b < len(blocks[name]):
            sys.exit(f"{pdf}: {name} words not found on any page, from: {' '.join(blocks[name][b][0][w:])[:120]}")
    with open(out, "w", encoding="utf-8") as handle:
        handle.write("\n\f".join(out_pages) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
