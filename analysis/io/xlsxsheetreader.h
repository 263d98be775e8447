#pragma once

#include "analysis/io/recordsource.h"
#include "analysis/io/xlsxxmlpart.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

class QuaZip;

namespace clientele::xlsx {

class DateStyles;
class SharedStrings;

// Streams the rows of one worksheet part as Records (see XlsxReader for the text of the cells).
// The string table and styles are the workbook's, loaded before and outliving this reader.
class SheetReader
{
public:
    SheetReader(QuaZip *zip, const QString &sheetName, const SharedStrings &sharedStrings, const DateStyles &dateStyles,
        bool date1904);
    Q_DISABLE_COPY_MOVE(SheetReader)

    // Reads up to the root element, which turns a DOCTYPE or a non-XML sheet into an open error
    // (a user-facing `error`) that the importer can show before it starts.
    bool open(const QString &partName, QString &error);

    // The next row that has a value; false at the end of the cells or after an error.
    bool nextRow(Record &record);
    bool finished() const { return m_finished; }
    const std::optional<ReadError> &error() const { return m_error; }
    qint64 position() const { return m_part.position(); }
    qint64 size() const { return m_part.size(); }

private:
    bool readCell();
    void fail(const QString &message);

    XmlPart m_part;
    QString m_sheetName;
    const SharedStrings &m_sharedStrings;
    const DateStyles &m_dateStyles;
    bool m_date1904 = false;

    std::optional<ReadError> m_error;
    bool m_inSheetData = false;
    bool m_finished = false;
    qint64 m_row = 0;
    int m_nextColumn = 0;
    size_t m_cellCount = 0;
    std::vector<std::string> m_cells; // reused across rows so capacity is kept
    std::string m_value;
    std::string m_text;
    std::string m_raw;
    QString m_problem;
};

} // namespace clientele::xlsx
