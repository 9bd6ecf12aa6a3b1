#!/usr/bin/env bash
# Makes the Word fixtures of this folder from real documents of the project's sets with LibreOffice (not run by the
# tests). Run from the project root: bash test/data/word/make-fixtures.sh
set -euo pipefail
out=test/data/word
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lo() { soffice -env:UserInstallation=file:///tmp/lo-profile-word --headless "$@" >/dev/null 2>&1; }

# What a reader copies of a page into Word: the region from its field table (or title) to the end of the document's
# content, as the browser hands it over, a fragment of the page's own markup (in a page of its own, charset UTF-8).
region() { # page, first line, last line, name
  {
    printf '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n'
    sed -n "$2,$3p" "$1"
    printf '\n</body></html>\n'
  } >"$work/$4.html"
}

# 1. A statute: the text as it was copied, one paragraph a line.
cp test/data/statute-heldout3/sn-organ-support-2025.txt "$work/"
lo --convert-to docx --outdir "$out" "$work/sn-organ-support-2025.txt"

# Writer opens a page as a web document, which is written as .docx by naming the filter.
# 2. A notice with a table of tasks (its 附件), from its page: field table, title, body, signature, 附件 table.
region test/data/html-heldout/zj-lishui-veterans-placement-2023.html 82 136 zj-lishui-veterans-placement-2023
lo --convert-to "docx:MS Word 2007 XML" --outdir "$out" "$work/zj-lishui-veterans-placement-2023.html"

# 3. A Word 97–2003 file (.doc) of a policy text.
cp test/data/policy-heldout/xz-ali-work-rules-2021.txt "$work/"
lo --convert-to doc --outdir "$out" "$work/xz-ali-work-rules-2021.txt"

# 4. A page's document made in Word's formats: the title a heading (bold), centred lines (the issuers, the date,
#    the charts’ captions), from the title to the end of the content.
region test/data/saved-pages/jx-yichun-stats-bulletin-2022.html 251 366 jx-yichun-stats-bulletin-2022
lo --convert-to "docx:MS Word 2007 XML" --outdir "$out" "$work/jx-yichun-stats-bulletin-2022.html"

# 5. The statute of 1. as a drafter who lets Word number the articles makes it: each 第N条 taken off its line and the
#    line made an item of a numbered list (<ol>, continued with start= after a chapter heading or a second paragraph).
python3 - test/data/statute-heldout3/sn-organ-support-2025.txt "$work/sn-organ-support-2025-numbered.html" <<'PY'
import html, re, sys
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')
out, n, open_list = ['<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>'], 0, False
for line in lines:
    article = re.match(r'^第[一二三四五六七八九十百]+条\s*(.*)$', line)
    if article:
        n += 1
        if not open_list:
            out.append(f'<ol start="{n}">')
            open_list = True
        out.append(f'<li>{html.escape(article.group(1))}</li>')
    else:
        if open_list:
            out.append('</ol>')
            open_list = False
        out.append(f'<p>{html.escape(line)}</p>')
if open_list:
    out.append('</ol>')
out.append('</body></html>')
open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(out))
PY
lo --convert-to "docx:MS Word 2007 XML" --outdir "$out" "$work/sn-organ-support-2025-numbered.html"

# 6. Word files without text: an empty document (.docx and .doc, from an empty text), and a scan pasted into Word (one
#    page image, a white 40×56 PNG written here, embedded as data: so that LibreOffice stores it in the file).
: >"$work/empty.txt"
lo --convert-to docx --outdir "$out" "$work/empty.txt"
lo --convert-to doc --outdir "$out" "$work/empty.txt"
python3 - "$work/scanned-page.html" <<'PY'
import base64, struct, sys, zlib
def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
rows = b''.join(b'\x00' + b'\xff' * 40 * 3 for _ in range(56))
png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 40, 56, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(rows)) + chunk(b'IEND', b'')
src = 'data:image/png;base64,' + base64.b64encode(png).decode()
open(sys.argv[1], 'w', encoding='utf-8').write(f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p><img src="{src}" width="400" height="560"></p></body></html>')
PY
lo --convert-to "docx:MS Word 2007 XML" --outdir "$out" "$work/scanned-page.html"
