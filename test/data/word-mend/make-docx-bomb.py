# A .docx whose word/document.xml inflates to N MB of paragraphs (file stays well under 10 MiB).
import sys, zipfile, io
mb = int(sys.argv[1]); out = sys.argv[2]
src = zipfile.ZipFile('test/data/word/sn-organ-support-2025.docx')
para = '<w:p><w:r><w:t>第一条 为了规范和加强机关运行保障工作。</w:t></w:r></w:p>'
head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
tail = '</w:body></w:document>'
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for item in src.infolist():
        if item.filename == 'word/document.xml':
            n = mb * 1024 * 1024 // len(para.encode())
            with z.open('word/document.xml', 'w', force_zip64=True) as f:
                f.write(head.encode())
                chunk = (para * 1000).encode()
                for i in range(n // 1000): f.write(chunk)
                f.write(tail.encode())
        else:
            z.writestr(item, src.read(item))
