#pragma once

#include "analysis/clusters/clustering.h"

#include <QAbstractTableModel>
#include <QColor>

#include <functional>
#include <vector>

namespace clientele {

// One row per cluster of a ClusteringResult, in profile order (cluster 0 = most revenue).
// Display values are formatted for people; SortRole gives the raw number (money in minor units).
class ClusterProfileModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        EnglishLabelColumn,
        ChineseLabelColumn,
        CustomersColumn,
        ShareColumn,
        MeanRecencyColumn,
        MeanOrdersColumn,
        MeanNetRevenueColumn,
        RevenueColumn,
        RevenueShareColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, ClusterIdRole, EnglishLabelRole, ChineseLabelRole };

    explicit ClusterProfileModel(QObject *parent = nullptr);

    void setProfiles(std::vector<ClusterProfile> profiles);
    const std::vector<ClusterProfile> &profiles() const { return m_profiles; }
    // Colour swatch of the id column (the page passes the palette so the table matches the charts).
    void setColorFunction(std::function<QColor(int)> color);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<ClusterProfile> m_profiles;
    std::function<QColor(int)> m_color;
};

} // namespace clientele
