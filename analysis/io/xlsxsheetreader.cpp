#include "analysis/io/xlsxsheetreader.h"

#include "analysis/io/xlsxcells.h"
#include "analysis/io/xlsxdatestyles.h"
#include "analysis/io/xlsxsharedstrings.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <utility>

using namespace Qt::StringLiterals;

namespace clientele::xlsx {

namespace {

// The messages are XlsxReader's: same translation context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(clientele::XlsxReader)
};

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

} // namespace

SheetReader::SheetReader(QuaZip *zip, const QString &sheetName, const SharedStrings &sharedStrings,
    const DateStyles &dateStyles, bool date1904)
    : m_part(zip)
    , m_sheetName(sheetName)
    , m_sharedStrings(sharedStrings)
    , m_dateStyles(dateStyles)
    , m_date1904(date1904)
{
}

bool SheetReader::open(const QString &partName, QString &error)
{
    if (!m_part.open(partName, false) || !m_part.readStartElement(u"worksheet")) {
        error = Tr::tr("cannot read sheet \"%1\": %2").arg(m_sheetName, m_part.errorString());
        return false;
    }
    return true;
}

void SheetReader::fail(const QString &message)
{
    m_error = ReadError{m_row, message};
    m_finished = true;
    m_part.finish();
}

// Reads one <c> (start tag just read) into `value`; places it in `cells` if it has a value.
bool SheetReader::readCell()
{
    const auto &xml = m_part.xml();
    const auto attributes = xml.attributes();
    const QStringView reference = attributes.value("r"_L1);
    const QStringView type = attributes.value("t"_L1);
    const int style = attributes.value("s"_L1).toInt();

    int column = m_nextColumn;
    if (!reference.isEmpty()) {
        const QByteArray latin = reference.toLatin1();
        column = columnFromReference(std::string_view(latin.constData(), size_t(latin.size())));
        if (column < 0) {
            fail(Tr::tr("invalid cell reference \"%1\" in row %2 of sheet \"%3\"")
                     .arg(reference.toString())
                     .arg(m_row)
                     .arg(m_sheetName));
            return false;
        }
    }
    if (column >= MaxRecordFields) {
        // Cells without a reference count on from the last one; Excel's limit holds for them, too.
        fail(Tr::tr("row %1 of sheet \"%2\" has more than %3 columns, the most a spreadsheet can have")
                 .arg(m_row)
                 .arg(m_sheetName)
                 .arg(MaxRecordFields));
        return false;
    }
    m_nextColumn = column + 1;

    m_value.clear();
    m_text.clear();
    bool hasValue = false;
    bool hasInline = false;
    for (;;) {
        const auto token = m_part.readNext();
        if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument)
            return false;
        if (token == QXmlStreamReader::EndElement)
            break; // </c>
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        bool ok = true;
        if (name == u"v") {
            hasValue = true;
            ok = m_part.appendText(m_value);
        } else if (name == u"is") {
            hasInline = true;
            ok = m_part.readStringItem(m_text);
        } else {
            ok = m_part.skipElement(); // <f>, <extLst>
        }
        if (!ok)
            return false;
    }
    if (!hasValue && !hasInline)
        return true; // formatting only: not a value, does not widen the row

    // `text` becomes the cell's final text.
    if (type == u"inlineStr") {
        if (!hasInline)
            m_text = m_value;
        decodeEscapes(m_text);
    } else if (type == u"s") {
        size_t index = 0;
        const std::string_view v = trimmed(m_value);
        const auto result = std::from_chars(v.data(), v.data() + v.size(), index);
        const bool isIndex = result.ec == std::errc() && result.ptr == v.data() + v.size();
        if (!isIndex || !m_sharedStrings.lookup(index, m_text)) {
            m_text.clear();
            m_problem = Tr::tr("cell %1 refers to shared string \"%2\", which the workbook does not have")
                            .arg(reference.toString(), QString::fromUtf8(m_value.data(), qsizetype(m_value.size())));
        }
    } else if (type == u"str") {
        m_text = m_value;
        decodeEscapes(m_text);
    } else if (type == u"b") {
        const std::string_view v = trimmed(m_value);
        m_text = v == "1" ? "TRUE" : v == "0" ? "FALSE" : std::string(v);
    } else if (type == u"e") {
        m_text = m_value;
    } else if (type == u"d") {
        // Strict OOXML ISO 8601 cell; keep the date and time parts, drop zone and fraction.
        std::string_view v = trimmed(m_value);
        m_text.assign(v.substr(0, 19));
        if (m_text.size() > 10 && m_text[10] == 'T')
            m_text[10] = ' ';
        else if (m_text.size() == 10)
            m_text += " 00:00:00";
    } else {
        const std::string_view v = trimmed(m_value);
        double serial = 0;
        const auto result = std::from_chars(v.data(), v.data() + v.size(), serial);
        const bool numeric = !v.empty() && result.ec == std::errc() && result.ptr == v.data() + v.size();
        const bool isDate = m_dateStyles.isDate(style);
        if (!numeric || !((isDate && serialToDateTime(serial, m_date1904, m_text)) || formatNumber(v, m_text)))
            m_text = m_value;
    }

    if (m_cells.size() <= size_t(column))
        m_cells.resize(size_t(column) + 1);
    for (size_t i = m_cellCount; i < size_t(column); ++i)
        m_cells[i].clear();
    m_cellCount = std::max(m_cellCount, size_t(column) + 1);
    std::swap(m_cells[size_t(column)], m_text);
    return true;
}

bool SheetReader::nextRow(Record &record)
{
    while (!m_finished) {
        const auto token = m_part.readNext();
        if (token == QXmlStreamReader::Invalid) {
            fail(m_row == 0
                    ? Tr::tr("sheet \"%1\" is damaged before its first row: %2").arg(m_sheetName, m_part.errorString())
                    : Tr::tr("sheet \"%1\" is damaged after row %2: %3")
                          .arg(m_sheetName)
                          .arg(m_row)
                          .arg(m_part.errorString()));
            return false;
        }
        if (token == QXmlStreamReader::EndDocument) {
            m_finished = true;
            return false;
        }
        const auto name = m_part.xml().name();
        if (token == QXmlStreamReader::EndElement && name == u"sheetData") {
            // Everything after the cells (merges, print setup) is of no interest.
            m_finished = true;
            m_part.finish();
            return false;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (name == u"sheetData") {
            m_inSheetData = true;
            continue;
        }
        if (!m_inSheetData || name != u"row")
            continue;

        const qint64 declared = m_part.xml().attributes().value("r"_L1).toLongLong();
        m_row = declared > 0 ? declared : m_row + 1;
        m_nextColumn = 0;
        m_cellCount = 0;
        m_problem.clear();
        for (;;) {
            const auto cellToken = m_part.readNext();
            if (cellToken == QXmlStreamReader::EndElement)
                break; // </row>
            if (cellToken == QXmlStreamReader::Invalid || cellToken == QXmlStreamReader::EndDocument) {
                if (!m_finished)
                    fail(Tr::tr("sheet \"%1\" is damaged in row %2: %3")
                             .arg(m_sheetName)
                             .arg(m_row)
                             .arg(m_part.errorString()));
                return false;
            }
            if (cellToken != QXmlStreamReader::StartElement)
                continue;
            const bool ok = m_part.xml().name() == u"c" ? readCell() : m_part.skipElement();
            if (!ok) {
                if (!m_finished)
                    fail(Tr::tr("sheet \"%1\" is damaged in row %2: %3")
                             .arg(m_sheetName)
                             .arg(m_row)
                             .arg(m_part.errorString()));
                return false;
            }
        }
        if (m_cellCount == 0)
            continue; // a row that only carries formatting

        record.line = m_row;
        record.problem = m_problem;
        record.fields.clear();
        m_raw.clear();
        for (size_t i = 0; i < m_cellCount; ++i) {
            if (i > 0)
                m_raw += '\t';
            m_raw += m_cells[i];
        }
        for (size_t i = 0; i < m_cellCount; ++i)
            record.fields.emplace_back(m_cells[i]);
        record.raw = m_raw;
        return true;
    }
    return false;
}

} // namespace clientele::xlsx
