# A .docx with tables nested N deep (each cell holds the next table).
import sys, zipfile
depth = int(sys.argv[1]); out = sys.argv[2]
src = zipfile.ZipFile('test/data/word/sn-organ-support-2025.docx')
head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>关于测试的通知</w:t></w:r></w:p>'
body = '<w:tbl><w:tr><w:tc>' * depth + '<w:p><w:r><w:t>深</w:t></w:r></w:p>' + '</w:tc></w:tr></w:tbl><w:p/>' * depth
# note: a cell must end with a paragraph, the <w:p/> after each table makes it so
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    for item in src.infolist():
        if item.filename == 'word/document.xml':
            z.writestr('word/document.xml', head + body + '<w:p><w:r><w:t>第一条 测试。</w:t></w:r></w:p></w:body></w:document>')
        else:
            z.writestr(item, src.read(item))
