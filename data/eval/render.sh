#!/usr/bin/env bash
# Renders every labelled Markdown resume through several real document producers,
# so the evaluation measures the reader on the kinds of files people actually upload:
#   pandoc       -> <id>.docx                  (Word, the DOCX input; odd ids get a Word header/footer)
#   LibreOffice  -> <id>.libreoffice.pdf       (the DOCX printed by LibreOffice Writer)
#   Chromium     -> <id>.chromium.pdf          (pandoc HTML + CSS, headless print)
#   Chromium     -> <id>.chromium-2col.pdf     (sidebar layout, for the ids in TWO_COLUMN_IDS)
#   pdfLaTeX     -> <id>.pdflatex.pdf          (pandoc LaTeX, Latin Modern Type 1 fonts, with a contact footer)
#   pdfLaTeX     -> <id>.pdflatex-cm.pdf       (the same LaTeX without lmodern: T1 Computer Modern, which without
#                                               cm-super is bitmap Type 3 fonts from METAFONT)
#   LuaLaTeX     -> <id>.pandoc-lualatex.pdf   (pandoc's own PDF path with --pdf-engine=lualatex and its defaults:
#                                               OpenType Latin Modern as CID fonts, Identity-H)
# plus <pdf>.pdftotext.txt references for the pdf-quality command, and hand-made .reference.txt files where
# pdftotext is not a faithful reference (see data/eval/README.md).
# Idempotent: an output is rebuilt only when it is missing or older than its inputs
# (PDFs carry creation dates, so rebuilding unchanged files would only churn git);
# after changing this script itself, run it with --force.
# Usage: data/eval/render.sh [--force] [--set DIR] [id ...]
#   --set DIR   render another labelled set laid out the same way (DIR/resumes -> DIR/rendered),
#               e.g. data/eval/holdout; the default is data/eval itself.
set -euo pipefail
export SOURCE_DATE_EPOCH=1767225600  # fixed timestamps where the producer honours it (pandoc, pdfTeX)

EVAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
STYLE="$EVAL_DIR/render"
TWO_COLUMN_IDS=" r03 r06 r09 r12 r15 r18 r20 r24 r27 r30 r33 r34 h02 h05 h08 h10 "

force=false
set_dir="$EVAL_DIR"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --force) force=true; shift ;;
    --set) set_dir="$(cd "$2" && pwd)"; shift 2 ;;
    *) break ;;
  esac
done
RESUMES="$set_dir/resumes"
RENDERED="$set_dir/rendered"

for tool in pandoc libreoffice chromium pdftotext; do
  command -v "$tool" >/dev/null || { echo "missing tool: $tool" >&2; exit 1; }
done
has_pdflatex=false
command -v pdflatex >/dev/null && has_pdflatex=true
has_lualatex=false
command -v lualatex >/dev/null && kpsewhich luaotfload.sty lualatex-math.sty >/dev/null && has_lualatex=true

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
lo_profile="file://$work/lo-profile"

# needs_build OUTPUT INPUT... : true when OUTPUT is missing or older than any input.
needs_build() {
  local out="$1"; shift
  $force && return 0
  [[ -s "$out" ]] || return 0
  local dep
  for dep in "$@"; do [[ "$dep" -nt "$out" ]] && return 0; done
  return 1
}

latex_escape() { sed -e 's/[\\]/\\textbackslash{}/g' -e 's/[&%$#_{}]/\\&/g'; }

write_pdftotext() { pdftotext -layout "$1" "$1.pdftotext.txt"; }

render_one() {
  local md="$1" id out name email contact
  id="$(basename "$md" .md)"
  out="$RENDERED/$id"
  mkdir -p "$out"
  name="$(sed -n 's/^title: "\(.*\)"$/\1/p' "$md" | head -1)"
  email="$(grep -oE '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}' "$md" | head -1 || true)"
  contact="$name · $email"

  # Odd-numbered resumes get a real Word page header and footer, as many templates have.
  local number="${id:1:2}" docx_deps=("$md")
  (( 10#$number % 2 == 1 )) && docx_deps+=("$STYLE/docx-header-footer.py")
  if needs_build "$out/$id.docx" "${docx_deps[@]}"; then
    pandoc "$md" -o "$out/$id.docx"
    if (( 10#$number % 2 == 1 )); then
      local contact_line
      contact_line="$(grep -m1 '@' "$md" | sed -e 's/[*_]//g' -e 's/  */ /g')"
      python3 "$STYLE/docx-header-footer.py" "$out/$id.docx" "$contact_line" "$name — Curriculum Vitae"
    fi
  fi

  if needs_build "$out/$id.libreoffice.pdf" "$out/$id.docx"; then
    libreoffice -env:UserInstallation="$lo_profile" --headless --convert-to pdf \
      --outdir "$work" "$out/$id.docx" >/dev/null 2>&1
    mv "$work/$id.pdf" "$out/$id.libreoffice.pdf"
    write_pdftotext "$out/$id.libreoffice.pdf"
  fi

  printf '<div class="page-footer">%s</div>\n' "$contact" > "$work/footer.html"
  if needs_build "$out/$id.chromium.pdf" "$md" "$STYLE/resume.css"; then
    { echo "<style>"; cat "$STYLE/resume.css"; echo "</style>"; } > "$work/style.html"
    pandoc "$md" -s -H "$work/style.html" -A "$work/footer.html" -o "$work/$id.html"
    print_html "$work/$id.html" "$out/$id.chromium.pdf"
  fi

  local two_col="$out/$id.chromium-2col.pdf"
  if [[ "$TWO_COLUMN_IDS" == *" ${id%%-*} "* ]]; then
    if needs_build "$two_col" "$md" "$STYLE/resume-2col.css" "$STYLE/two-column.lua" ||
       needs_build "$two_col.reference.txt" "$two_col" "$STYLE/two-column-reference.py"; then
      { echo "<style>"; cat "$STYLE/resume-2col.css"; echo "</style>"; } > "$work/style-2col.html"
      pandoc "$md" -s --lua-filter "$STYLE/two-column.lua" -H "$work/style-2col.html" \
        -A "$work/footer.html" -o "$work/$id-2col.html"
    fi
    if needs_build "$two_col" "$md" "$STYLE/resume-2col.css" "$STYLE/two-column.lua"; then
      print_html "$work/$id-2col.html" "$two_col"
    fi
    # The column-by-column reading order, from the HTML Chromium printed (pdftotext interleaves some pages).
    if needs_build "$two_col.reference.txt" "$two_col" "$STYLE/two-column-reference.py"; then
      python3 "$STYLE/two-column-reference.py" "$work/$id-2col.html" "$work/footer.html" "$two_col" \
        "$two_col.reference.txt"
    fi
  fi

  if $has_pdflatex; then
    local footer
    footer="$(printf '%s' "$contact" | latex_escape)"
    if needs_build "$out/$id.pdflatex.pdf" "$md" || needs_build "$out/$id.pdflatex-cm.pdf" "$md" ||
       needs_build "$out/$id.pdflatex-cm.pdf.reference.txt" "$md"; then
      pandoc "$md" -s -t latex -V papersize=a4 -V geometry:margin=2.2cm -V fontsize=11pt \
        -V header-includes="\\usepackage{fancyhdr}\\pagestyle{fancy}\\fancyhf{}\\renewcommand{\\headrulewidth}{0pt}\\fancyfoot[L]{\\small $footer}\\fancyfoot[R]{\\small \\thepage}" \
        -o "$work/$id.tex"
    fi
    if needs_build "$out/$id.pdflatex.pdf" "$md"; then
      run_latex pdflatex "$id"
      mv "$work/$id.pdf" "$out/$id.pdflatex.pdf"
      write_pdftotext "$out/$id.pdflatex.pdf"
    fi
    # Without lmodern the T1-encoded text is set in EC (Computer Modern) fonts; with no cm-super installed
    # pdfTeX embeds them as METAFONT bitmaps (Type 3), and font expansion must be off as it needs scalable fonts.
    # poppler cannot name the ligature glyphs of those fonts (/a27 ... and no ToUnicode), so it drops "fi" from
    # "filing": the reference is pdftotext's text of the same LaTeX with lmodern kept (expansion off as well),
    # whose line breaks match but for a rare hyphen, as Latin Modern's metrics are Computer Modern's.
    local cm="$out/$id.pdflatex-cm.pdf"
    if needs_build "$cm" "$md" || needs_build "$cm.reference.txt" "$md"; then
      grep -qx '\\usepackage{lmodern}' "$work/$id.tex" ||
        { echo "pandoc's LaTeX for $id no longer loads lmodern; update the pdflatex-cm rendering" >&2; exit 1; }
      sed -e 's/\\usepackage\[\]{microtype}/\\usepackage[expansion=false]{microtype}/' "$work/$id.tex" > "$work/$id-lm.tex"
      grep -q 'expansion=false' "$work/$id-lm.tex" ||
        { echo "pandoc's LaTeX for $id loads microtype differently; update the pdflatex-cm rendering" >&2; exit 1; }
      sed -e '/^\\usepackage{lmodern}$/d' "$work/$id-lm.tex" > "$work/$id-cm.tex"
    fi
    if needs_build "$cm" "$md"; then
      run_latex pdflatex "$id-cm"
      mv "$work/$id-cm.pdf" "$cm"
      write_pdftotext "$cm"
    fi
    if needs_build "$cm.reference.txt" "$md"; then
      run_latex pdflatex "$id-lm"
      pdftotext -layout "$work/$id-lm.pdf" "$cm.reference.txt"
    fi
  fi

  if $has_lualatex && needs_build "$out/$id.pandoc-lualatex.pdf" "$md"; then
    (cd "$work" && SOURCE_DATE_EPOCH=1767225600 FORCE_SOURCE_DATE=1 \
      pandoc "$md" --pdf-engine=lualatex -o "$work/$id-lualatex.pdf" >"$work/$id.lualatex.log" 2>&1) ||
      { echo "pandoc --pdf-engine=lualatex failed for $id" >&2; cat "$work/$id.lualatex.log" >&2; exit 1; }
    mv "$work/$id-lualatex.pdf" "$out/$id.pandoc-lualatex.pdf"
    write_pdftotext "$out/$id.pandoc-lualatex.pdf"
  fi
}

# run_latex ENGINE JOB : compiles $work/JOB.tex to $work/JOB.pdf, or stops with the log's tail.
run_latex() {
  local engine="$1" job="$2"
  (cd "$work" && SOURCE_DATE_EPOCH=1767225600 FORCE_SOURCE_DATE=1 \
    "$engine" -interaction=nonstopmode -halt-on-error "$job.tex" >"$work/$job.latex.log" 2>&1) ||
    { echo "$engine failed for $job (log: $work/$job.latex.log)" >&2; tail -20 "$work/$job.latex.log" >&2; exit 1; }
}

print_html() {
  local html="$1" pdf="$2"
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --no-pdf-header-footer --print-to-pdf="$pdf" "file://$html" >/dev/null 2>&1
  [[ -s "$pdf" ]] || { echo "chromium produced no PDF for $html" >&2; exit 1; }
  write_pdftotext "$pdf"
}

if [[ $# -gt 0 ]]; then
  targets=(); for id in "$@"; do targets+=("$RESUMES/$id.md"); done
else
  targets=("$RESUMES"/*.md)
fi

for md in "${targets[@]}"; do
  echo "rendering $(basename "$md" .md)"
  render_one "$md"
done
$has_pdflatex || echo "note: pdflatex not installed; .pdflatex.pdf and .pdflatex-cm.pdf files were not (re)built" >&2
$has_lualatex || echo "note: lualatex with luaotfload and lualatex-math (texlive-luatex, texlive-latex-extra) not installed; .pandoc-lualatex.pdf files were not (re)built" >&2
