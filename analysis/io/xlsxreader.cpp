#include "analysis/io/xlsxreader.h"

#include "analysis/io/xlsxdatestyles.h"
#include "analysis/io/xlsxsharedstrings.h"
#include "analysis/io/xlsxsheetreader.h"
#include "analysis/io/xlsxworkbook.h"

#include <QCoreApplication>

// The pieces, in the order a workbook is opened: xlsx::Workbook (which parts and sheets exist),
// xlsx::SharedStrings and xlsx::DateStyles (workbook-wide tables), xlsx::SheetReader (streams the
// rows of one sheet); all read their parts through xlsx::XmlPart.
namespace clientele {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(clientele::XlsxReader)
};

} // namespace

struct XlsxReader::Private
{
    bool openWorkbook(const QString &path, const QString &requestedSheet);

    XlsxReadOptions options;

    xlsx::Workbook workbook;
    xlsx::SharedStrings sharedStrings;
    xlsx::DateStyles dateStyles;
    std::unique_ptr<xlsx::SheetReader> sheet; // set while the reader is open
    QString sheetName;
    QString openError;
    std::optional<ReadError> openFailure;
    bool open = false;
};

bool XlsxReader::Private::openWorkbook(const QString &path, const QString &requestedSheet)
{
    if (!workbook.open(path)) {
        openError = workbook.error();
        return false;
    }
    const std::optional<xlsx::SheetEntry> found = workbook.findSheet(requestedSheet, openError);
    if (!found)
        return false;
    sheetName = found->name;
    const QString sheetPart = workbook.partFor(found->relationshipId);
    if (sheetPart.isEmpty()) {
        openError = Tr::tr("sheet \"%1\" has no worksheet part in the workbook").arg(sheetName);
        return false;
    }
    if (!workbook.sharedStringsPart().isEmpty()
        && !sharedStrings.load(workbook.zip(), workbook.sharedStringsPart(), options.maxSharedStringBytes, openError))
        return false;
    if (!workbook.stylesPart().isEmpty() && !dateStyles.load(workbook.zip(), workbook.stylesPart(), openError))
        return false;
    sheet = std::make_unique<xlsx::SheetReader>(
        workbook.zip(), sheetName, sharedStrings, dateStyles, workbook.date1904());
    return sheet->open(sheetPart, openError);
}

QStringList XlsxReader::sheetNames(const QString &path, QString *error)
{
    xlsx::Workbook workbook;
    if (!workbook.open(path)) {
        if (error)
            *error = workbook.error();
        return {};
    }
    if (error)
        error->clear();
    return workbook.sheetNames();
}

XlsxReader::XlsxReader(const QString &path, const QString &sheet, const XlsxReadOptions &options)
    : d(std::make_unique<Private>())
{
    d->options = options;
    d->open = d->openWorkbook(path, sheet);
    if (!d->open) {
        d->openFailure = ReadError{0, d->openError};
        d->sheet.reset();
    }
}

XlsxReader::~XlsxReader() = default;

bool XlsxReader::isOpen() const
{
    return d->open;
}

bool XlsxReader::date1904() const
{
    return d->workbook.date1904();
}

bool XlsxReader::next(Record &record)
{
    if (!d->open || d->sheet->finished())
        return false;
    return d->sheet->nextRow(record);
}

std::optional<ReadError> XlsxReader::error() const
{
    return d->sheet ? d->sheet->error() : d->openFailure;
}

qint64 XlsxReader::position() const
{
    return d->sheet ? d->sheet->position() : 0;
}

qint64 XlsxReader::size() const
{
    return d->sheet ? d->sheet->size() : 0;
}

QString XlsxReader::description() const
{
    if (d->sheetName.isEmpty())
        return Tr::tr("Excel workbook");
    return Tr::tr("Excel workbook, sheet \"%1\"").arg(d->sheetName);
}

} // namespace clientele
