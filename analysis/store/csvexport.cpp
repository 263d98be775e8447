#include "analysis/store/csvexport.h"

#include <QCoreApplication>
#include <QSaveFile>

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

bool writeRejectedRowsCsv(const QString &path, const std::vector<RejectedRow> &rows, QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = QCoreApplication::translate("clientele::CsvExport", "Cannot write %1: %2").arg(path, reason);
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
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
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace clientele
