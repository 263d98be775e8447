#include "analysis/generate/ordergenerator.h"

#include "analysis/core/money.h"
#include "analysis/export/tablewriter.h"
#include "analysis/generate/exportlayouts.h"
#include "analysis/generate/ordersampler.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSaveFile>
#include <QStringEncoder>

#include <memory>

namespace clientele {

namespace {

// The generator's sentences for the user, in a named context lupdate sees.
struct GeneratorText
{
    Q_DECLARE_TR_FUNCTIONS(clientele::Generator)
};

// Receives the rows of an export: the header first.
class RowSink
{
public:
    virtual ~RowSink() = default;
    virtual void row(const GeneratedRow &fields) = 0;
    virtual bool finish(QString *error) = 0;
};

class CsvSink : public RowSink
{
public:
    CsvSink(const QString &path, const GeneratorOptions &options)
        : m_file(path)
        , m_delimiter(options.delimiter)
        , m_lineEnd(options.crlf ? "\r\n" : "\n")
        , m_utf8(options.encoding.compare("UTF-8", Qt::CaseInsensitive) == 0)
        , m_encodingName(options.encoding)
        , m_quoteTriggers(std::string("\"\r\n") + options.delimiter)
        , m_encoder(options.encoding.constData(),
              options.byteOrderMark ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default)
    {
        m_open = m_file.open(QIODevice::WriteOnly);
        if (m_utf8 && options.byteOrderMark)
            m_buffer = "\xEF\xBB\xBF";
    }

    bool isValid(QString *error) const
    {
        if (!m_utf8 && !m_encoder.isValid()) {
            *error = GeneratorText::tr("Unknown encoding: %1").arg(QString::fromLatin1(m_encodingName));
            return false;
        }
        if (!m_open)
            *error = GeneratorText::tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        return m_open;
    }

    void row(const GeneratedRow &fields) override
    {
        for (size_t i = 0; i < fields.size(); ++i) {
            if (i > 0)
                m_buffer += m_delimiter;
            appendField(fields[i]);
        }
        m_buffer += m_lineEnd;
        if (m_buffer.size() > (1 << 20))
            flush();
    }

    bool finish(QString *error) override
    {
        flush();
        if (!m_file.commit()) {
            *error = GeneratorText::tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
            return false;
        }
        return true;
    }

private:
    void appendField(const std::string &field)
    {
        if (field.find_first_of(m_quoteTriggers) == std::string::npos) {
            m_buffer.append(field.data(), qsizetype(field.size()));
            return;
        }
        m_buffer += '"';
        for (const char c : field) {
            if (c == '"')
                m_buffer += '"';
            m_buffer += c;
        }
        m_buffer += '"';
    }

    void flush()
    {
        if (m_utf8)
            m_file.write(m_buffer);
        else
            m_file.write(m_encoder.encode(QString::fromUtf8(m_buffer)));
        m_buffer.clear();
    }

    QSaveFile m_file;
    char m_delimiter;
    const char *m_lineEnd;
    bool m_utf8;
    QByteArray m_encodingName;
    std::string m_quoteTriggers;
    QStringEncoder m_encoder;
    QByteArray m_buffer;
    bool m_open = false;
};

// An Excel workbook through the project's XLSX writer: numbers as number cells unless rows are damaged
// (then every cell is text, as many platforms write them anyway).
class XlsxSink : public RowSink
{
public:
    XlsxSink(const QString &path, const std::vector<LayoutColumn> &columns, bool allText)
        : m_path(path)
    {
        for (const LayoutColumn &c : columns)
            m_table.columns.push_back({QString::fromUtf8(c.header),
                c.numeric && !allText ? ExportTable::Kind::Number : ExportTable::Kind::Text});
    }

    void row(const GeneratedRow &fields) override
    {
        if (!m_headerSeen) { // the writer writes the column headers itself
            m_headerSeen = true;
            return;
        }
        std::vector<QVariant> cells;
        cells.reserve(fields.size());
        for (size_t i = 0; i < fields.size(); ++i) {
            const QString text = QString::fromStdString(fields[i]);
            if (text.isEmpty())
                cells.emplace_back();
            else if (i < m_table.columns.size() && m_table.columns[i].kind == ExportTable::Kind::Number)
                cells.emplace_back(text.toDouble());
            else
                cells.emplace_back(text);
        }
        m_table.rows.push_back(std::move(cells));
    }

    bool finish(QString *error) override { return writeXlsx(m_path, m_table, QStringLiteral("Orders"), error); }

private:
    QString m_path;
    ExportTable m_table;
    bool m_headerSeen = false;
};

// The defects real exports have, one at a time; kinds 0–4 and 8 make the importer reject the row, kinds 5–7 are
// read (a negative amount is a return, a quoted line break stays in its field, "¥1,234.50" is 1234.50).
bool damage(GeneratedRow &row, const LayoutFields &f, std::mt19937_64 &rng)
{
    const int kind = int(rng() % 9);
    switch (kind) {
    case 0:
        row[size_t(f.amount)] = "N/A"; // a null token: the amount is missing
        return true;
    case 8:
        row[size_t(f.amount)] = "12..50"; // a typo: not a number
        return true;
    case 1:
        row[size_t(f.time)] = "31/02/2023 25:61";
        return true;
    case 2:
        row[size_t(f.customer)].clear();
        return true;
    case 3:
        row.resize(4);
        return true;
    case 4:
        row.push_back("extra,field");
        return true;
    case 5:
        row[size_t(f.amount)] = "-" + row[size_t(f.amount)];
        return false;
    case 6:
        row[size_t(f.city)] = "He said \"hi\"\nsecond line";
        return false;
    default: { // a currency sign and thousands separators, as typed by hand: the same value, readable
        std::string &amount = row[size_t(f.amount)];
        const size_t point = std::min(amount.find('.'), amount.size());
        std::string grouped = "¥";
        for (size_t i = 0; i < point; ++i) {
            if (i > 0 && (point - i) % 3 == 0)
                grouped += ',';
            grouped += amount[i];
        }
        amount = grouped + amount.substr(point);
        return false;
    }
    }
}

QString validate(const GeneratorOptions &o)
{
    if (o.orders < 1 || o.orders > 100000000)
        return GeneratorText::tr("The number of orders must be between 1 and 100000000.");
    if (o.days < 61 || o.days > 36500)
        return GeneratorText::tr("The period must be between 61 and 36500 days.");
    if (!(o.r > 0) || !(o.alpha > 0) || !(o.a > 0) || !(o.b > 0))
        return GeneratorText::tr("The BG/NBD parameters r, alpha, a and b must be positive.");
    for (const double share : {o.closedShare, o.returnShare, o.dirtyShare}) {
        if (!(share >= 0 && share <= 1))
            return GeneratorText::tr("Shares must be between 0 and 1.");
    }
    if (o.behaviourGroups != 0 && (o.behaviourGroups < 2 || o.behaviourGroups > PlantedGroupCount))
        return GeneratorText::tr("Behaviour groups must be 0 or between 2 and %1.").arg(PlantedGroupCount);
    if (!o.start.isValid())
        return GeneratorText::tr("The start date is not valid.");
    return {};
}

} // namespace

QString generatedLayoutKey(GeneratedLayout layout)
{
    switch (layout) {
    case GeneratedLayout::Generic:
        return QStringLiteral("generic");
    case GeneratedLayout::Taobao:
        return QStringLiteral("taobao");
    case GeneratedLayout::JD:
        return QStringLiteral("jd");
    case GeneratedLayout::Youzan:
        return QStringLiteral("youzan");
    case GeneratedLayout::Shopify:
        return QStringLiteral("shopify");
    case GeneratedLayout::WooCommerce:
        return QStringLiteral("woocommerce");
    case GeneratedLayout::OnlineRetail:
        return QStringLiteral("online-retail");
    }
    return {};
}

std::optional<GeneratedLayout> generatedLayoutFromKey(const QString &key)
{
    for (int i = 0; i <= int(GeneratedLayout::OnlineRetail); ++i) {
        if (generatedLayoutKey(GeneratedLayout(i)) == key)
            return GeneratedLayout(i);
    }
    return std::nullopt;
}

QString GeneratorReport::parametersText() const
{
    return QStringLiteral("r=%1 alpha=%2 a=%3 b=%4 (alpha in days) period_end=%5")
        .arg(r)
        .arg(alpha)
        .arg(a)
        .arg(b)
        .arg(periodEnd.toString(Qt::ISODate));
}

bool writeOrderExport(const QString &path, const GeneratorOptions &options, GeneratorReport *report, QString *error)
{
    if (const QString problem = validate(options); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    std::unique_ptr<RowSink> sink;
    if (options.xlsx) {
        sink = std::make_unique<XlsxSink>(path, layoutColumns(options.layout), options.dirtyShare > 0);
    } else {
        auto csv = std::make_unique<CsvSink>(path, options);
        if (!csv->isValid(error))
            return false;
        sink = std::move(csv);
    }

    // Three independent streams: the shop (and the order numbers, as the demo always drew them), the
    // layout's line items, and the damage, so switching layouts or damage keeps the same shop.
    std::mt19937_64 rng(options.seed);
    std::mt19937_64 lineItems(options.seed ^ 0x9E3779B97F4A7C15ULL);
    std::mt19937_64 damageRng(options.seed ^ 0xD1B54A32D192ED03ULL);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const std::vector<SampledOrder> orders = sampleOrders(options, rng);

    GeneratorReport r;
    r.r = options.r, r.alpha = options.alpha, r.a = options.a, r.b = options.b;
    r.periodEnd = options.start.addDays(options.days);
    GeneratedRow header;
    for (const LayoutColumn &c : layoutColumns(options.layout))
        header.emplace_back(c.header);
    sink->row(header);

    const LayoutFields fields = layoutFields(options.layout);
    std::vector<bool> customerSeen;
    qint64 orderNumber = 3100000000LL;
    for (const SampledOrder &order : orders) {
        orderNumber += 1 + qint64(unit(rng) * 7);
        WrittenOrder written = layoutOrderRows(options.layout, order, orderNumber, options.start, lineItems);
        if (!written.written)
            continue;
        bool damaged = false;
        for (GeneratedRow &row : written.rows) {
            // Only rows of kept orders are damaged: a closed order is excluded by its status before its
            // amount is read, which would make "rejected" depend on the order of the importer's checks.
            if (options.dirtyShare > 0 && unit(damageRng) < options.dirtyShare && !order.closed) {
                r.rejectableRows += damage(row, fields, damageRng);
                damaged = true;
                ++r.damagedRows;
            }
            sink->row(row);
        }
        r.rows += qint64(written.rows.size());
        ++r.orders;
        r.closedOrders += order.closed;
        r.returnRows += written.returnedMinor > 0;
        if (order.closed || damaged)
            continue;
        r.netRevenueMinor += written.amountMinor - written.returnedMinor;
        if (customerSeen.size() <= size_t(order.customer))
            customerSeen.resize(size_t(order.customer) + 1024, false);
        if (!customerSeen[size_t(order.customer)]) {
            customerSeen[size_t(order.customer)] = true;
            ++r.customers;
            if (order.group >= 0)
                ++r.groupCustomers[order.group];
        }
    }
    if (!sink->finish(error))
        return false;
    if (report)
        *report = r;
    return true;
}

QJsonObject generatorReportJson(const GeneratorReport &r, const GeneratorOptions &o)
{
    QJsonObject groups;
    for (int g = 0; g < o.behaviourGroups; ++g)
        groups.insert(QStringLiteral("g%1").arg(g + 1), r.groupCustomers[g]);
    QJsonObject json{
        {QStringLiteral("rows"), r.rows},
        {QStringLiteral("orders"), r.orders},
        {QStringLiteral("closed_orders"), r.closedOrders},
        {QStringLiteral("return_rows"), r.returnRows},
        {QStringLiteral("customers"), r.customers},
        {QStringLiteral("damaged_rows"), r.damagedRows},
        {QStringLiteral("rejectable_rows"), r.rejectableRows},
        {QStringLiteral("layout"), generatedLayoutKey(o.layout)},
        {QStringLiteral("true_parameters"),
            QJsonObject{{QStringLiteral("r"), r.r}, {QStringLiteral("alpha_days"), r.alpha}, {QStringLiteral("a"), r.a},
                {QStringLiteral("b"), r.b}}},
        {QStringLiteral("period_end"), r.periodEnd.toString(Qt::ISODate)},
        {QStringLiteral("behaviour_groups"), groups},
    };
    insertMoney(json, QStringLiteral("net_revenue"), r.netRevenueMinor);
    return json;
}

} // namespace clientele
