#pragma once

#include <QString>
#include <QStringList>

#include <quazip.h>

#include <optional>
#include <utility>
#include <vector>

namespace clientele::xlsx {

struct SheetEntry
{
    QString name;
    QString relationshipId;
};

// The workbook-level structure: which parts exist and which sheets, in workbook order
// (_rels/.rels, the workbook part and its relationships).
class Workbook
{
public:
    bool open(const QString &path);

    QuaZip *zip() { return &m_zip; }
    QString error() const { return m_error; }
    bool date1904() const { return m_date1904; }
    QStringList sheetNames() const;
    QString partFor(const QString &relationshipId) const;
    QString sharedStringsPart() const { return m_sharedStringsPart; }
    QString stylesPart() const { return m_stylesPart; }

    // The sheet called `requested` (empty: the first sheet); nullopt with a user-facing `error`
    // naming the available sheets when there is no such sheet.
    std::optional<SheetEntry> findSheet(const QString &requested, QString &error) const;

private:
    static QString notAZipMessage(const QString &path);
    QString officeDocumentPart();
    bool readWorkbook();
    bool readRelationships();

    QuaZip m_zip;
    QString m_error;
    QString m_workbookPart;
    QString m_sharedStringsPart;
    QString m_stylesPart;
    std::vector<SheetEntry> m_sheets;
    std::vector<std::pair<QString, QString>> m_targets;
    bool m_date1904 = false;
};

} // namespace clientele::xlsx
