#include "models/predictionmodels.h"

#include "models/valueformat.h"

#include <algorithm>
#include <cmath>

namespace clientele {

namespace {

QVariant rightAligned()
{
    return int(Qt::AlignRight | Qt::AlignVCenter);
}

// Means and expectations are shown with three decimals: enough to compare predicted with actual.
double rounded(double value, int decimals = 3)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace

// ---- HoldoutModel -----------------------------------------------------------------------------------

HoldoutModel::HoldoutModel(QObject *parent)
    : ResultTableModel(ColumnCount, {{SortRole, "sort"}, {FrequencyRole, "frequency"}}, parent)
{
}

void HoldoutModel::setResult(const PredictionResult &result)
{
    m_check.reset();
    if (result.ok && result.holdout && result.holdout->ok)
        m_check = result.holdout;
    setRows(m_check ? m_check->rows : std::vector<predict::HoldoutRow>{});
}

QString HoldoutModel::frequencyLabel(int row) const
{
    return row >= 0 && row < rowCount() ? frequencyLabel(this->row(row)) : QString();
}

// The last row collects every higher frequency: "7+".
QString HoldoutModel::frequencyLabel(const predict::HoldoutRow &r) const
{
    const QString number = QString::number(r.frequency);
    return &r == &rows().back() ? QString(number + u'+') : number;
}

QVariant HoldoutModel::cellData(const predict::HoldoutRow &r, int column, int role) const
{
    if (role == FrequencyRole)
        return r.frequency;
    if (role == Qt::TextAlignmentRole)
        return rightAligned();
    if (role == Qt::ToolTipRole)
        return tr("%1 customers with %2 repeat purchases before the split: %3 purchases per customer in the "
                  "holdout period, %4 predicted")
            .arg(formatCount(r.customers), frequencyLabel(r), QString::number(r.actualMean(), 'f', 3),
                QString::number(r.predictedMean(), 'f', 3));
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && !sort)
        return {};
    switch (Column(column)) {
    case FrequencyColumn:
        return sort ? QVariant(r.frequency) : QVariant(frequencyLabel(r));
    case CustomersColumn:
        return r.customers;
    case ActualMeanColumn:
        return sort ? r.actualMean() : rounded(r.actualMean());
    case PredictedMeanColumn:
        return sort ? r.predictedMean() : rounded(r.predictedMean());
    case ColumnCount:
        break;
    }
    return {};
}

QString HoldoutModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case FrequencyColumn:
        return tr("Repeat purchases before split");
    case CustomersColumn:
        return tr("Customers");
    case ActualMeanColumn:
        return tr("Actual");
    case PredictedMeanColumn:
        return tr("Predicted");
    case ColumnCount:
        break;
    }
    return {};
}

// ---- AliveHistogramModel ----------------------------------------------------------------------------

AliveHistogramModel::AliveHistogramModel(QObject *parent)
    : ResultTableModel(ColumnCount, {{SortRole, "sort"}, {BinFromRole, "binFrom"}}, parent)
{
}

void AliveHistogramModel::setResult(const CustomerTable &table, const PredictionResult &result)
{
    std::vector<AliveBin> bins;
    m_total = 0;
    if (result.ok) {
        bins.resize(BinCount);
        for (int i = 0; i < BinCount; ++i)
            bins[size_t(i)].bin = i;
    }
    const size_t n = std::min(result.pAlive.size(), table.size());
    for (size_t c = 0; result.ok && c < n; ++c) {
        const double p = result.pAlive[c];
        if (std::isnan(p))
            continue;
        const int bin = std::clamp(int(std::floor(p * BinCount)), 0, BinCount - 1);
        // One purchase day up to the as-of day: the model's x = 0.
        bool oneDay = true;
        qint32 first = -1;
        for (quint32 o = table.orderBegin[c]; o < table.orderBegin[c + 1] && oneDay; ++o) {
            const qint32 day = table.orderDay[o];
            if (day > result.asOfDay)
                continue;
            if (first < 0)
                first = day;
            else if (day != first)
                oneDay = false;
        }
        AliveBin &b = bins[size_t(bin)];
        ++(oneDay ? b.oneTimeBuyers : b.repeatBuyers);
        ++m_total;
    }
    for (AliveBin &b : bins)
        b.share = m_total ? double(b.customers()) / double(m_total) : 0.0;
    setRows(std::move(bins));
}

qint64 AliveHistogramModel::maxBinCustomers() const
{
    qint64 max = 0;
    for (const AliveBin &b : rows())
        max = std::max(max, b.customers());
    return max;
}

QVariant AliveHistogramModel::cellData(const AliveBin &b, int column, int role) const
{
    const int from = b.bin * 10;
    if (role == BinFromRole)
        return from;
    if (role == Qt::TextAlignmentRole)
        return column == BinColumn ? QVariant() : rightAligned();
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && !sort)
        return {};
    switch (Column(column)) {
    case BinColumn:
        return sort ? QVariant(from)
                    // The bin's lower bound ("30" = 30–40 %): short enough for ten bars; the last includes 100.
                    : QVariant(b.bin == BinCount - 1 ? QString(u'≥' + QString::number(from)) : QString::number(from));
    case RepeatBuyersColumn:
        return b.repeatBuyers;
    case OneTimeBuyersColumn:
        return b.oneTimeBuyers;
    case CustomersColumn:
        return b.customers();
    case ShareColumn:
        return sort ? b.share : percentValue(b.share);
    case ColumnCount:
        break;
    }
    return {};
}

QString AliveHistogramModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case BinColumn:
        return tr("P(alive) (%)");
    case RepeatBuyersColumn:
        return tr("Repeat buyers");
    case OneTimeBuyersColumn:
        return tr("One-time buyers");
    case CustomersColumn:
        return tr("Customers");
    case ShareColumn:
        return tr("Share (%)");
    case ColumnCount:
        break;
    }
    return {};
}

// ---- ChurnWarningModel ------------------------------------------------------------------------------

ChurnWarningModel::ChurnWarningModel(QObject *parent)
    : ResultTableModel(ColumnCount, {{SortRole, "sort"}, {CustomerIndexRole, "customerIndex"}}, parent)
{
}

void ChurnWarningModel::setResult(
    const CustomerTable &table, const CustomerSnapshot &snapshot, const PredictionResult &result)
{
    std::vector<Row> rows;
    m_horizonDays = result.parameters.horizonDays;
    m_clvMonths = result.parameters.clvMonths;
    const size_t n = std::min({result.churnWarning.size(), table.size(), snapshot.monetaryMinor.size()});
    for (size_t c = 0; result.ok && c < n; ++c) {
        if (!result.churnWarning[c])
            continue;
        Row row;
        row.customer = quint32(c);
        row.key = table.keys[c];
        row.city = c < table.cities.size() ? table.cities[c] : QString();
        row.netRevenueMinor = snapshot.monetaryMinor[c];
        row.orders = snapshot.frequency[c];
        row.lastOrderDay = snapshot.asOfDay - snapshot.recencyDays[c];
        row.pAlive = result.pAlive[c];
        row.expectedOrders = result.expectedOrders[c];
        row.clvMinor = result.clvMinor[c];
        rows.push_back(std::move(row));
    }
    std::stable_sort(
        rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.netRevenueMinor > b.netRevenueMinor; });
    setRows(std::move(rows));
}

std::vector<quint32> ChurnWarningModel::customerIndices() const
{
    std::vector<quint32> indices;
    indices.reserve(rows().size());
    for (const Row &row : rows())
        indices.push_back(row.customer);
    std::sort(indices.begin(), indices.end());
    return indices;
}

QVariant ChurnWarningModel::cellData(const Row &r, int column, int role) const
{
    if (role == CustomerIndexRole)
        return r.customer;
    if (role == Qt::TextAlignmentRole)
        return column >= RevenueColumn ? rightAligned() : QVariant();
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && !sort)
        return {};
    switch (Column(column)) {
    case CustomerColumn:
        return r.key;
    case CityColumn:
        return r.city;
    case RevenueColumn:
        return sort ? QVariant(r.netRevenueMinor) : QVariant(formatMoney(r.netRevenueMinor));
    case OrdersColumn:
        return r.orders;
    case LastOrderColumn:
        return sort ? QVariant(r.lastOrderDay) : QVariant(dayToIsoDate(r.lastOrderDay));
    case AliveColumn:
        return sort ? r.pAlive : percentValue(r.pAlive);
    case ExpectedOrdersColumn:
        return sort ? r.expectedOrders : rounded(r.expectedOrders, 2);
    case ClvColumn:
        return sort ? QVariant(r.clvMinor) : QVariant(formatMoney(r.clvMinor));
    case ColumnCount:
        break;
    }
    return {};
}

QString ChurnWarningModel::columnTitle(int column) const
{
    return header(column, false).toString();
}

QVariant ChurnWarningModel::headerRoleData(int section, Qt::Orientation orientation, int role) const
{
    return orientation == Qt::Horizontal && role == Qt::ToolTipRole ? header(section, true) : QVariant();
}

QVariant ChurnWarningModel::header(int column, bool tip) const
{
    switch (Column(column)) {
    case CustomerColumn:
        return tip ? QVariant() : tr("Customer");
    case CityColumn:
        return tip ? QVariant() : tr("City");
    case RevenueColumn:
        return tip ? tr("Orders minus returns, up to the as-of day") : tr("Net revenue");
    case OrdersColumn:
        return tip ? QVariant() : tr("Orders");
    case LastOrderColumn:
        return tip ? QVariant() : tr("Last order");
    case AliveColumn:
        return tip ? tr("Probability that the customer is still buying (BG/NBD), in percent") : tr("P(alive) (%)");
    case ExpectedOrdersColumn:
        return tip ? tr("Expected purchase days in the next %1 days").arg(m_horizonDays)
                   : tr("Expected orders (%1 days)").arg(m_horizonDays);
    case ClvColumn:
        return tip ? tr("Discounted margin of the expected purchases in the next %1 months").arg(m_clvMonths)
                   : tr("CLV (%1 months)").arg(m_clvMonths);
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace clientele
