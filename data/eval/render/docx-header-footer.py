#!/usr/bin/env python3
"""Gives a pandoc DOCX a real Word page header (contact details) and footer (name, page number),
as most resume templates have, so the DOCX reader and the PDFs printed from the DOCX meet them.
Usage: docx-header-footer.py FILE.docx "HEADER TEXT" "FOOTER TEXT"   (rewrites FILE.docx in place)"""
import sys
import zipfile
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"
FIXED_TIME = (2026, 1, 1, 0, 0, 0)  # deterministic zip entries


def part(root, text, page_number=False):
    runs = f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
    if page_number:
        runs += ('<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> · page </w:t></w:r>'
                 '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
                 '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
    align = "center" if page_number else "right"
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:{root} xmlns:w="{W}" xmlns:r="{R}"><w:p><w:pPr><w:jc w:val="{align}"/></w:pPr>{runs}</w:p></w:{root}>')


def main(path, header_text, footer_text):
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info.filename)) for info in source.infolist()]
    if any(info.filename == "word/header1.xml" for info, _ in entries):
        return  # already done
    section = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdSgHeader"/>'
               '<w:footerReference w:type="default" r:id="rIdSgFooter"/>'
               '<w:pgSz w:w="11906" w:h="16838"/>'
               '<w:pgMar w:top="1418" w:right="1247" w:bottom="1418" w:left="1247" w:header="567" w:footer="567" w:gutter="0"/>'
               '</w:sectPr>')
    rewritten = []
    for info, data in entries:
        text = None
        if info.filename == "word/document.xml":
            text = data.decode("utf-8").replace("</w:body>", section + "</w:body>", 1)
        elif info.filename == "word/_rels/document.xml.rels":
            text = data.decode("utf-8").replace(
                "</Relationships>",
                f'<Relationship Type="{REL}/header" Id="rIdSgHeader" Target="header1.xml" />'
                f'<Relationship Type="{REL}/footer" Id="rIdSgFooter" Target="footer1.xml" /></Relationships>', 1)
        elif info.filename == "[Content_Types].xml":
            text = data.decode("utf-8").replace(
                "</Types>",
                f'<Override PartName="/word/header1.xml" ContentType="{CT}.header+xml" />'
                f'<Override PartName="/word/footer1.xml" ContentType="{CT}.footer+xml" /></Types>', 1)
        rewritten.append((info.filename, text.encode("utf-8") if text is not None else data))
    rewritten.append(("word/header1.xml", part("hdr", header_text).encode("utf-8")))
    rewritten.append(("word/footer1.xml", part("ftr", footer_text, page_number=True).encode("utf-8")))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in rewritten:
            target.writestr(zipfile.ZipInfo(name, FIXED_TIME), data, zipfile.ZIP_DEFLATED)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
