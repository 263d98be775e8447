#include "support/workbookfixture.h"

#include <QProcess>
#include <QStringList>

namespace clientele::test {

static const char WorkbookScript[] = R"PY(
import sys, zipfile
def cell(r, c, v):
    ref = "ABCDEFGH"[c] + str(r)
    if isinstance(v, (int, float)):
        return '<c r="%s"><v>%s</v></c>' % (ref, v)
    return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, v)
def sheet(rows):
    body = "".join('<row r="%d">%s</row>' % (i + 1, "".join(cell(i + 1, c, v) for c, v in enumerate(row)))
                   for i, row in enumerate(rows))
    return ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
            'spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % body)
names, cities = ["张三", "李四", "王五"], ["上海", "北京", "广州"]
orders = [["订单编号", "买家会员名", "订单付款时间", "买家实际支付金额", "订单状态", "收货城市"]]
orders += [[2000 + r, names[r % 3], "2024-03-%02d 10:00:00" % r, 10.5 * r, "交易成功", cities[r % 3]] for r in range(1, 10)]
ns = "http://schemas.openxmlformats.org"
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="%s/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '</Types>' % ns)
    z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="%s/package/2006/relationships">'
        '<Relationship Id="rId1" Type="%s/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>' % (ns, ns))
    z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="%s/spreadsheetml/2006/main" '
        'xmlns:r="%s/officeDocument/2006/relationships"><sheets><sheet name="说明" sheetId="1" r:id="rId1"/>'
        '<sheet name="订单" sheetId="2" r:id="rId2"/></sheets></workbook>' % (ns, ns))
    z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="%s/package/2006/relationships">'
        '<Relationship Id="rId1" Type="%s/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="%s/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>'
        '</Relationships>' % (ns, ns, ns))
    z.writestr("xl/worksheets/sheet1.xml", sheet([["导出说明"]]))
    z.writestr("xl/worksheets/sheet2.xml", sheet(orders))
)PY";

QString writeOrdersWorkbook(const QString &path)
{
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromUtf8(WorkbookScript), path});
    return python.waitForFinished(30000) && python.exitCode() == 0 ? path : QString();
}

} // namespace clientele::test
