#include "analysis/store/csvexport.h"

#include "analysis/export/exportfile.h"

namespace clientele {

static bool isPlainNumber(const QString &text)
{
    bool ok = false;
    text.toDouble(&ok);
    return ok;
}

QString csvField(const QString &text)
{
    QString value = text;
    if (!value.isEmpty()) {
        const QChar first = value.front();
        const bool formulaLike = first == u'=' || first == u'+' || first == u'@' || first == u'\t' || first == u'\r'
            || (first == u'-' && !isPlainNumber(value));
        if (formulaLike)
            value.prepend(u'\'');
    }
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    value.replace(u'"', QStringLiteral("\"\""));
    return u'"' + value + u'"';
}

bool writeRejectedRowsCsv(
    const QString &path, const std::vector<RejectedRow> &rows, QString *error, const QString &workspacePath)
{
    QString ignored;
    QString *message = error ? error : &ignored;
    ExportFile file(path, workspacePath);
    if (!file.open(message))
        return false;
    QByteArray out("\xEF\xBB\xBFimport_id,line,column,reason,raw\r\n");
    for (const RejectedRow &r : rows) {
        QString line = QString::number(r.importId);
        line += u',';
        line += QString::number(r.line);
        for (const QString *field : {&r.column, &r.reason, &r.raw}) {
            line += u',';
            line += csvField(*field);
        }
        line += QStringLiteral("\r\n");
        out += line.toUtf8();
    }
    file.write(out);
    return file.commit(message);
}

} // namespace clientele
