#include "models/clusterprofilemodel.h"

#include "models/bilingual.h"
#include "models/numberformat.h"

#include <QLocale>

namespace clientele {

ClusterProfileModel::ClusterProfileModel(QObject *parent)
    : ResultTableModel(ColumnCount,
        {{SortRole, "sortValue"}, {ClusterIdRole, "clusterId"}, {EnglishLabelRole, "labelEnglish"},
            {ChineseLabelRole, "labelChinese"}},
        parent)
{
}

void ClusterProfileModel::setProfiles(std::vector<ClusterProfile> profiles)
{
    setRows(std::move(profiles));
}

void ClusterProfileModel::setColorFunction(std::function<QColor(int)> color)
{
    m_color = std::move(color);
    if (!rows().empty())
        Q_EMIT dataChanged(index(0, IdColumn), index(rowCount() - 1, IdColumn), {Qt::DecorationRole});
}

static QVariant rawValue(const ClusterProfile &p, int column)
{
    switch (column) {
    case ClusterProfileModel::IdColumn:
        return p.id;
    case ClusterProfileModel::EnglishLabelColumn:
        return inUiLanguage(p.labelEnglish, p.labelChinese);
    case ClusterProfileModel::ChineseLabelColumn:
        return p.labelChinese;
    case ClusterProfileModel::CustomersColumn:
        return p.size;
    case ClusterProfileModel::ShareColumn:
        return p.share;
    case ClusterProfileModel::MeanRecencyColumn:
        return p.meanRecencyDays;
    case ClusterProfileModel::MeanOrdersColumn:
        return p.meanFrequency;
    case ClusterProfileModel::MeanNetRevenueColumn:
        return p.meanMonetaryMinor;
    case ClusterProfileModel::RevenueColumn:
        return p.revenueMinor;
    case ClusterProfileModel::RevenueShareColumn:
        return p.revenueShare;
    }
    return {};
}

QVariant ClusterProfileModel::cellData(const ClusterProfile &p, int column, int role) const
{
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ShareColumn:
        case RevenueShareColumn:
            return formatPercent(rawValue(p, column).toDouble(), 1, locale);
        case MeanRecencyColumn:
        case MeanOrdersColumn:
            return locale.toString(rawValue(p, column).toDouble(), 'f', 1);
        case MeanNetRevenueColumn:
        case RevenueColumn:
            return formatMoney(rawValue(p, column).toLongLong(), locale);
        case CustomersColumn:
            return locale.toString(p.size);
        default:
            return rawValue(p, column);
        }
    case SortRole:
        return rawValue(p, column);
    case ClusterIdRole:
        return p.id;
    case EnglishLabelRole:
        return p.labelEnglish;
    case ChineseLabelRole:
        return p.labelChinese;
    case Qt::ToolTipRole:
        return QString(p.labelEnglish % QLatin1Char('\n') % p.labelChinese);
    case Qt::DecorationRole:
        if (column == IdColumn && m_color)
            return m_color(p.id);
        return {};
    case Qt::TextAlignmentRole:
        if (column == EnglishLabelColumn || column == ChineseLabelColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    return {};
}

QString ClusterProfileModel::columnTitle(int column) const
{
    switch (column) {
    case IdColumn:
        return tr("Cluster");
    case EnglishLabelColumn:
        return tr("Label");
    case ChineseLabelColumn:
        return tr("Label (Chinese)");
    case CustomersColumn:
        return tr("Customers");
    case ShareColumn:
        return tr("Share");
    case MeanRecencyColumn:
        return tr("Mean recency (days)");
    case MeanOrdersColumn:
        return tr("Mean orders");
    case MeanNetRevenueColumn:
        return tr("Mean net revenue");
    case RevenueColumn:
        return tr("Net revenue");
    case RevenueShareColumn:
        return tr("Revenue share");
    }
    return {};
}

QVariant ClusterProfileModel::headerRoleData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case IdColumn:
            return tr("Clusters are numbered by net revenue, descending: 0 brings in the most.");
        case ShareColumn:
            return tr("Customers in the cluster ÷ active customers.");
        case MeanRecencyColumn:
            return tr("Mean days since the last order, at the as-of date.");
        case MeanNetRevenueColumn:
            return tr("Mean net revenue (orders − returns) per customer, in currency units.");
        case RevenueColumn:
            return tr("Net revenue (orders − returns) of the cluster, in currency units.");
        case RevenueShareColumn:
            return tr("Cluster net revenue ÷ net revenue of all active customers.");
        }
    }
    return {};
}

} // namespace clientele
