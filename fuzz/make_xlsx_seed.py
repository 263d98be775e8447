#!/usr/bin/env python3
"""Writes the .xlsx seeds of fuzz/corpus/xlsxreader: two tiny workbooks (one stored, not deflated: mutations
of the XML then reach the XML parser instead of dying in inflate) and two small hostile ones
(`--hostile-only` writes just those)."""
import sys
import zipfile

CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>')
WB = ('<?xml version="1.0" encoding="UTF-8"?>'
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
      '<workbookPr date1904="0"/><sheets><sheet name="Orders" sheetId="1" r:id="rId1"/></sheets></workbook>')
WBRELS = ('<?xml version="1.0" encoding="UTF-8"?>'
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
          '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
          '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
          '</Relationships>')
SST = ('<?xml version="1.0" encoding="UTF-8"?>'
       '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">'
       '<si><t>order_id</t></si><si><t>paid_at</t></si><si><r><t>amo</t></r><r><t>unt</t></r></si></sst>')
STYLES = ('<?xml version="1.0" encoding="UTF-8"?>'
          '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts>'
          '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14"/></cellXfs>'
          '</styleSheet>')
SHEET = ('<?xml version="1.0" encoding="UTF-8"?>'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
         '<row r="2"><c r="A2"><v>1001</v></c><c r="B2" s="1"><v>45356.5</v></c><c r="C2"><v>12.5</v></c></row>'
         '<row r="4"><c r="A4" t="inlineStr"><is><t>A-7</t></is></c><c r="C4" t="b"><v>1</v></c>'
         '<c r="D4" t="str"><v>x&amp;y</v></c></row>'
         '</sheetData></worksheet>')


def write(path, compression, sheet=SHEET, sst=SST):
    with zipfile.ZipFile(path, 'w', compression) as z:
        z.writestr('[Content_Types].xml', CT)
        z.writestr('_rels/.rels', RELS)
        z.writestr('xl/workbook.xml', WB)
        z.writestr('xl/_rels/workbook.xml.rels', WBRELS)
        z.writestr('xl/sharedStrings.xml', sst)
        z.writestr('xl/styles.xml', STYLES)
        z.writestr('xl/worksheets/sheet1.xml', sheet)


def sheet_of(rows):
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + rows + '</sheetData></worksheet>')


args = [a for a in sys.argv[1:] if not a.startswith('--')]
out = args[0] if args else 'fuzz/corpus/xlsxreader'
if '--hostile-only' not in sys.argv:
    write(out + '/stored.xlsx', zipfile.ZIP_STORED)
    write(out + '/deflated.xlsx', zipfile.ZIP_DEFLATED)
# Hostile files of issue 14 (deflated, so they stay small):
# a worksheet of 40 MiB (line items, then white space) that deflates ~800:1 and is refused as a zip bomb
# before it is read ...
write(out + '/sheet_bomb.xlsx', zipfile.ZIP_DEFLATED,
      sheet=sheet_of('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
                     + '<row><c><v>1001</v></c><c><v>45356.5</v></c><c><v>12.5</v></c></row>' * 1000
                     + ' ' * (40 << 20)))
# ... and a row of 16,385 cells without r= references (one more than Excel's last column, XFD).
write(out + '/wide_row.xlsx', zipfile.ZIP_DEFLATED,
      sheet=sheet_of('<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2">' + '<c><v>1</v></c>' * 16385 + '</row>'))
