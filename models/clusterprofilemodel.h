#pragma once

#include "analysis/clusters/clustering.h"

#include "models/resulttablemodel.h"
#include <QColor>

#include <functional>
#include <vector>

namespace clientele {

// One row per cluster of a ClusteringResult, in profile order (cluster 0 = most revenue).
// Display values are formatted for people; SortRole gives the raw number (money in minor units).
class ClusterProfileModel : public ResultTableModel<ClusterProfile>
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
    const std::vector<ClusterProfile> &profiles() const { return rows(); }
    // Colour swatch of the id column (the page passes the palette so the table matches the charts).
    void setColorFunction(std::function<QColor(int)> color);

protected:
    QVariant cellData(const ClusterProfile &p, int column, int role) const override;
    QString columnTitle(int column) const override;
    QVariant headerRoleData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::function<QColor(int)> m_color;
};

} // namespace clientele
