#include "models/predictionmodels.h"

#include "models/valueformat.h"

#include <algorithm>
#include <cmath>

namespace clientele {

namespace {

bool validIndex(const QAbstractItemModel *model, const QModelIndex &index)
{
    return index.isValid() && !index.parent().isValid() && index.row() < model->rowCount()
        && index.column() < model->columnCount();
}

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
    : QAbstractTableModel(parent)
{
}

void HoldoutModel::setResult(const PredictionResult &result)
{
    beginResetModel();
    m_check.reset();
    if (result.ok && result.holdout && result.holdout->ok)
        m_check = result.holdout;
    endResetModel();
}

QString HoldoutModel::frequencyLabel(int row) const
{
    if (!m_check || row < 0 || row >= rowCount())
        return {};
    const qint32 frequency = m_check->rows[size_t(row)].frequency;
    return row == rowCount() - 1 ? QString(QString::number(frequency) + u'+') : QString::number(frequency);
}

int HoldoutModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_check ? 0 : int(m_check->rows.size());
}

int HoldoutModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HoldoutModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(this, index))
        return {};
    const predict::HoldoutRow &r = m_check->rows[size_t(index.row())];
    if (role == FrequencyRole)
        return r.frequency;
    if (role == Qt::TextAlignmentRole)
        return rightAligned();
    if (role == Qt::ToolTipRole)
        return tr("%1 customers with %2 repeat purchases before the split: %3 purchases per customer in the "
                  "holdout period, %4 predicted")
            .arg(formatCount(r.customers), frequencyLabel(index.row()), QString::number(r.actualMean(), 'f', 3),
                QString::number(r.predictedMean(), 'f', 3));
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && !sort)
        return {};
    switch (Column(index.column())) {
    case FrequencyColumn:
        return sort ? QVariant(r.frequency) : QVariant(frequencyLabel(index.row()));
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

QVariant HoldoutModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (Column(section)) {
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

QHash<int, QByteArray> HoldoutModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sort");
    names.insert(FrequencyRole, "frequency");
    return names;
}

// ---- AliveHistogramModel ----------------------------------------------------------------------------

AliveHistogramModel::AliveHistogramModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AliveHistogramModel::setResult(const CustomerTable &table, const PredictionResult &result)
{
    beginResetModel();
    m_ok = result.ok;
    std::fill(std::begin(m_repeat), std::end(m_repeat), 0);
    std::fill(std::begin(m_oneTime), std::end(m_oneTime), 0);
    m_total = 0;
    const size_t n = std::min(result.pAlive.size(), table.size());
    for (size_t c = 0; m_ok && c < n; ++c) {
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
        ++(oneDay ? m_oneTime : m_repeat)[bin];
        ++m_total;
    }
    endResetModel();
}

qint64 AliveHistogramModel::maxBinCustomers() const
{
    qint64 max = 0;
    for (int i = 0; i < BinCount; ++i)
        max = std::max(max, m_repeat[i] + m_oneTime[i]);
    return max;
}

int AliveHistogramModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_ok ? 0 : BinCount;
}

int AliveHistogramModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AliveHistogramModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(this, index))
        return {};
    const int bin = index.row();
    const qint64 customers = m_repeat[bin] + m_oneTime[bin];
    const double share = m_total ? double(customers) / double(m_total) : 0.0;
    if (role == BinFromRole)
        return bin * 10;
    if (role == Qt::TextAlignmentRole)
        return index.column() == BinColumn ? QVariant() : rightAligned();
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && !sort)
        return {};
    switch (Column(index.column())) {
    case BinColumn:
        return sort
            ? QVariant(bin * 10)
            // The bin's lower bound ("30" = 30–40 %): short enough for ten bars; the last includes 100.
            : QVariant(bin == BinCount - 1 ? QString(u'≥' + QString::number(bin * 10)) : QString::number(bin * 10));
    case RepeatBuyersColumn:
        return m_repeat[bin];
    case OneTimeBuyersColumn:
        return m_oneTime[bin];
    case CustomersColumn:
        return customers;
    case ShareColumn:
        return sort ? share : percentValue(share);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AliveHistogramModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (Column(section)) {
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

QHash<int, QByteArray> AliveHistogramModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sort");
    names.insert(BinFromRole, "binFrom");
    return names;
}

// ---- ChurnWarningModel ------------------------------------------------------------------------------

ChurnWarningModel::ChurnWarningModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ChurnWarningModel::setResult(
    const CustomerTable &table, const CustomerSnapshot &snapshot, const PredictionResult &result)
{
    beginResetModel();
    m_rows.clear();
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
        m_rows.push_back(std::move(row));
    }
    std::stable_sort(
        m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.netRevenueMinor > b.netRevenueMinor; });
    endResetModel();
}

std::vector<quint32> ChurnWarningModel::customerIndices() const
{
    std::vector<quint32> indices;
    indices.reserve(m_rows.size());
    for (const Row &row : m_rows)
        indices.push_back(row.customer);
    std::sort(indices.begin(), indices.end());
    return indices;
}

int ChurnWarningModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChurnWarningModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChurnWarningModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(this, index))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    if (role == CustomerIndexRole)
        return r.customer;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= RevenueColumn ? rightAligned() : QVariant();
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && !sort)
        return {};
    switch (Column(index.column())) {
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

QVariant ChurnWarningModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (Column(section)) {
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

QHash<int, QByteArray> ChurnWarningModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sort");
    names.insert(CustomerIndexRole, "customerIndex");
    return names;
}

} // namespace clientele
