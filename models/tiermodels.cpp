#include "models/tiermodels.h"
#include "models/bilingual.h"

#include "models/valueformat.h"

#include <QFont>

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
    return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
}

} // namespace

QString tierLabel(const TierDefinition &tier)
{
    return withChineseName(tierDisplayName(tier), tier.nameZh);
}

// ---- TierSummaryModel -------------------------------------------------------------------------------

TierSummaryModel::TierSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_result.error = QStringLiteral("empty");
}

void TierSummaryModel::setResult(const TierResult &result)
{
    beginResetModel();
    m_result = result;
    m_result.tierOf = {};
    for (auto &summary : m_result.summaries)
        summary.indices = {};
    endResetModel();
}

int TierSummaryModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_result.ok())
        return 0;
    return int(std::min(m_result.tiers.size(), m_result.summaries.size()));
}

int TierSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TierSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(this, index))
        return {};
    const TierDefinition &t = m_result.tiers[size_t(index.row())];
    const TierSummary &s = m_result.summaries[size_t(index.row())];
    if (role == TierIndexRole)
        return index.row();
    if (role == TierKeyRole)
        return t.key;
    if (role == Qt::TextAlignmentRole)
        return index.column() > TierColumn ? rightAligned() : QVariant();
    if (role == Qt::ToolTipRole)
        return tr("%1: net spend ≥ %2 in the %3 days up to %4%5")
            .arg(tierLabel(t), formatMoney(t.minSpendMinor))
            .arg(m_result.windowDays)
            .arg(dayToIsoDate(m_result.ratingDay),
                t.minOrders > 0 ? tr(", or at least %1 orders").arg(t.minOrders) : QString());
    if (role != Qt::DisplayRole && role != ValueRole)
        return {};
    const bool value = role == ValueRole;
    switch (Column(index.column())) {
    case TierColumn:
        return value ? QVariant(t.key) : QVariant(tierLabel(t));
    case MinSpendColumn:
        return value ? QVariant(t.minSpendMinor) : QVariant(formatMoney(t.minSpendMinor));
    case MinOrdersColumn:
        return value || t.minOrders > 0 ? QVariant(t.minOrders) : QVariant(QStringLiteral("—"));
    case MembersColumn:
        return s.members;
    case ShareColumn:
        return value ? s.share : percentValue(s.share);
    case RevenueShareColumn:
        return value ? s.revenueShare : percentValue(s.revenueShare);
    case RevenueColumn:
        return value ? QVariant(s.revenueMinor) : QVariant(formatMoney(s.revenueMinor));
    case AverageSpendColumn:
        return value ? QVariant(s.averageSpendMinor) : QVariant(formatMoney(s.averageSpendMinor));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TierSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < rowCount() ? tierLabel(m_result.tiers[size_t(section)]) : QVariant();
    switch (Column(section)) {
    case TierColumn:
        return tr("Tier");
    case MinSpendColumn:
        return tr("Spend ≥");
    case MinOrdersColumn:
        return tr("Orders ≥");
    case MembersColumn:
        return tr("Members");
    case ShareColumn:
        return tr("Members (%)");
    case RevenueShareColumn:
        return tr("Net spend (%)");
    case RevenueColumn:
        return tr("Net spend");
    case AverageSpendColumn:
        return tr("Avg. spend");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> TierSummaryModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(ValueRole, "value");
    names.insert(TierIndexRole, "tierIndex");
    names.insert(TierKeyRole, "tierKey");
    return names;
}

// ---- TierEditModel ----------------------------------------------------------------------------------

TierEditModel::TierEditModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TierEditModel::setTiers(const std::vector<TierDefinition> &tiers)
{
    beginResetModel();
    m_tiers = tiers;
    endResetModel();
}

bool TierEditModel::setSpendThresholds(const std::vector<qint64> &thresholdsMinor)
{
    if (thresholdsMinor.size() != m_tiers.size())
        return false;
    for (size_t i = 0; i < m_tiers.size(); ++i)
        m_tiers[i].minSpendMinor = thresholdsMinor[i];
    if (!m_tiers.empty())
        Q_EMIT dataChanged(index(0, MinSpendColumn), index(rowCount() - 1, MinSpendColumn));
    Q_EMIT tiersEdited();
    return true;
}

int TierEditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tiers.size());
}

int TierEditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TierEditModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(this, index))
        return {};
    const TierDefinition &t = m_tiers[size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() > TierColumn ? rightAligned() : QVariant();
    if (role == Qt::ToolTipRole && index.column() == MinOrdersColumn)
        return tr("Second track: at least this many orders in the rating window also earns the tier (0 = none).");
    switch (Column(index.column())) {
    case TierColumn:
        return role == Qt::DisplayRole ? QVariant(tierLabel(t)) : QVariant();
    case MinSpendColumn:
        if (role == Qt::DisplayRole)
            return formatMoney(t.minSpendMinor);
        if (role == Qt::EditRole)
            return double(t.minSpendMinor) / 100.0;
        return role == ValueRole ? QVariant(t.minSpendMinor) : QVariant();
    case MinOrdersColumn:
        if (role == Qt::DisplayRole)
            return t.minOrders > 0 ? QVariant(t.minOrders) : QVariant(tr("—"));
        return role == Qt::EditRole || role == ValueRole ? QVariant(t.minOrders) : QVariant();
    case ColumnCount:
        break;
    }
    return {};
}

bool TierEditModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!validIndex(this, index) || !(flags(index) & Qt::ItemIsEditable))
        return false;
    bool ok = false;
    TierDefinition &t = m_tiers[size_t(index.row())];
    if (index.column() == MinSpendColumn) {
        const qint64 minor = role == ValueRole ? value.toLongLong(&ok) : std::llround(value.toDouble(&ok) * 100.0);
        if (!ok || minor < 0 || (role == Qt::EditRole && !std::isfinite(value.toDouble())))
            return false;
        if (minor == t.minSpendMinor)
            return true;
        t.minSpendMinor = minor;
    } else if (index.column() == MinOrdersColumn && (role == Qt::EditRole || role == ValueRole)) {
        const int orders = value.toInt(&ok);
        if (!ok || orders < 0)
            return false;
        if (orders == t.minOrders)
            return true;
        t.minOrders = orders;
    } else {
        return false;
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT tiersEdited();
    return true;
}

Qt::ItemFlags TierEditModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!validIndex(this, index))
        return f;
    const bool lowestSpend = index.row() == 0 && index.column() == MinSpendColumn; // must stay 0
    if (index.column() != TierColumn && !lowestSpend)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant TierEditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (Column(section)) {
    case TierColumn:
        return tr("Tier");
    case MinSpendColumn:
        return tr("Spend ≥ (net, in window)");
    case MinOrdersColumn:
        return tr("or orders ≥");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> TierEditModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(ValueRole, "value");
    return names;
}

// ---- ReratingModel ----------------------------------------------------------------------------------

ReratingModel::ReratingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_result.error = QStringLiteral("empty");
}

void ReratingModel::setResult(const ReratingResult &result)
{
    beginResetModel();
    m_result = result;
    m_result.cellIndices = {};
    m_result.upIndices = m_result.stayedIndices = m_result.downIndices = {};
    m_result.newcomerIndices = {};
    endResetModel();
}

int ReratingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result.ok() ? 0 : m_result.tierCount;
}

int ReratingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result.ok() ? 0 : m_result.tierCount + 1;
}

QVariant ReratingModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(this, index))
        return {};
    const int from = index.row();
    const int to = index.column();
    const bool total = to == totalColumn();
    if (role == FromTierRole)
        return from;
    if (role == ToTierRole)
        return total ? QVariant() : QVariant(to);
    if (role == MovementRole)
        return total ? QVariant() : QVariant(to > from ? Up : to < from ? Down : Stay);
    if (role == Qt::TextAlignmentRole)
        return rightAligned();
    if (role == Qt::FontRole && (total || from == to)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && !total)
        return tr("%1 → %2: %3 customers")
            .arg(tierLabel(m_result.tiers[size_t(from)]), tierLabel(m_result.tiers[size_t(to)]),
                formatCount(m_result.cell(from, to)));
    if (role != Qt::DisplayRole && role != ValueRole)
        return {};
    if (!total)
        return m_result.cell(from, to);
    qint64 sum = 0;
    for (int c = 0; c < m_result.tierCount; ++c)
        sum += m_result.cell(from, c);
    return sum;
}

QVariant ReratingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const int count = orientation == Qt::Vertical ? rowCount() : columnCount();
    if (section < 0 || section >= count)
        return {};
    if (orientation == Qt::Horizontal && section == totalColumn())
        return tr("Total");
    const QString label = tierLabel(m_result.tiers[size_t(section)]);
    if (role == Qt::ToolTipRole)
        return orientation == Qt::Vertical ? tr("Tier at the first rating: %1").arg(label)
                                           : tr("Tier at the re-rating: %1").arg(label);
    return orientation == Qt::Vertical ? tr("from %1").arg(label) : tr("to %1").arg(label);
}

QHash<int, QByteArray> ReratingModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(ValueRole, "value");
    names.insert(MovementRole, "movement");
    names.insert(FromTierRole, "fromTier");
    names.insert(ToTierRole, "toTier");
    return names;
}

} // namespace clientele
