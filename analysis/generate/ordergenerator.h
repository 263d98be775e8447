#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace clientele {

// The shop exports the project generates for itself: the demo, the tests and the benchmarks use them,
// so nothing outside the repository is needed to try or check Clientele.
//
// Customers follow the BG/NBD story: a purchase rate λ ~ Gamma(r, α) per day and, after every order
// (the first one too, as in the MBG/NBD variant), a drop-out with probability p ~ Beta(a, b). Order
// values are log-normal around a per-customer mean. Because the true parameters are known, a model fitted
// on the output can be checked against them. With `behaviourGroups` > 0 the customers instead come from
// planted groups of clearly different behaviour (see PlantedGroup), for the cluster tests.

// The export layouts the importer knows (analysis/import/columnmapping.h), written the way the platforms
// write them: Taobao and Youzan one row per order in Chinese, JD and WooCommerce one row per line item
// with the order total repeated, Shopify with the total and status on the first line item only, the
// UCI Online Retail invoice lines (quantity × unit price, cancellations as "C" invoices).
enum class GeneratedLayout { Generic, Taobao, JD, Youzan, Shopify, WooCommerce, OnlineRetail };

QString generatedLayoutKey(GeneratedLayout layout); // the importer's --layout key
std::optional<GeneratedLayout> generatedLayoutFromKey(const QString &key);

// The planted behaviour groups, in this order; customer ids carry the group ("g2-…" style per layout).
enum class PlantedGroup {
    Champions,   // frequent, high value, still buying
    OneTimeLow,  // a single small order
    LapsedLoyal, // several mid-value orders early in the period, none since
    NewRecent,   // one or two mid-value orders in the last 60 days
};
constexpr int PlantedGroupCount = 4;

struct GeneratorOptions
{
    qint64 orders = 60000; // orders drawn (rows may be more: line items, return rows)
    quint64 seed = 1;
    QDate start = QDate(2023, 11, 1);
    int days = 1095; // orders fall in [start, start + days)
    double r = 0.25;
    double alpha = 40.0; // in days
    double a = 0.8;
    double b = 2.5;
    double closedShare = 0.03; // orders written with a closed/refunded status (excluded on import)
    double returnShare = 0.01; // orders followed by a partial return row (layouts that write returns)
    double dirtyShare = 0.0;   // rows damaged on purpose (bad input tests), see GeneratorReport
    int behaviourGroups = 0;   // 0: the BG/NBD population; 2–4: that many planted groups instead

    GeneratedLayout layout = GeneratedLayout::Taobao;
    bool xlsx = false; // an Excel workbook instead of CSV (encoding, delimiter, crlf ignored)
    QByteArray encoding = "UTF-8";
    bool byteOrderMark = true; // UTF-8 / UTF-16 only
    char delimiter = ',';
    bool crlf = false;
};

// What was written, to compare an import against.
struct GeneratorReport
{
    qint64 rows = 0;            // data rows, header not counted
    qint64 orders = 0;          // distinct orders written (closed ones included)
    qint64 closedOrders = 0;    // of those, written with an excluded status
    qint64 returnRows = 0;      // return rows written (negative amounts / C invoices)
    qint64 customers = 0;       // customers with at least one order written
    qint64 damagedRows = 0;     // rows damaged on purpose
    qint64 rejectableRows = 0;  // of those, rows whose defect the importer must reject (the others it reads)
    qint64 netRevenueMinor = 0; // kept orders minus returns, undamaged rows only, in cents
    qint64 groupCustomers[PlantedGroupCount] = {0, 0, 0, 0};
    // "r=0.25 alpha=40 a=0.8 b=2.5 (alpha in days) period_end=2026-10-31"
    QString parametersText() const;
    double r = 0, alpha = 0, a = 0, b = 0;
    QDate periodEnd;
};

// Writes the export; the same options always give the same bytes. False (and the reason) when the
// options are invalid or the file cannot be written.
bool writeOrderExport(const QString &path, const GeneratorOptions &options, GeneratorReport *report, QString *error);

// What was written as JSON (`clientele-cli generate --json`): counts, net revenue (money as everywhere in
// JSON), the layout, the true BG/NBD parameters and the customers per planted group.
QJsonObject generatorReportJson(const GeneratorReport &report, const GeneratorOptions &options);

// Customer id of customer `index` (1-based) in a layout's id style, as written by writeOrderExport.
QByteArray generatedCustomerId(GeneratedLayout layout, int index, int group);

} // namespace clientele
