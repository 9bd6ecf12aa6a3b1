# The same .docx with its main part named word/document2.xml (as Word for the web and some Office 365 saves name it),
# the package's relationships and content types pointing to it.
import zipfile
src = zipfile.ZipFile('test/data/word/sn-organ-support-2025.docx')
with zipfile.ZipFile('test/data/word-mend/document2.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    for item in src.infolist():
        data = src.read(item)
        name = item.filename
        if name == 'word/document.xml': name = 'word/document2.xml'
        if name == 'word/_rels/document.xml.rels': name = 'word/_rels/document2.xml.rels'
        if name in ('[Content_Types].xml', '_rels/.rels'): data = data.replace(b'/word/document.xml', b'/word/document2.xml').replace(b'word/document.xml', b'word/document2.xml')
        z.writestr(name, data)
