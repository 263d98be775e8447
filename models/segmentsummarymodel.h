#pragma once

#include "analysis/rfm/segmentsummary.h"

#include <QAbstractTableModel>

namespace clientele {

// One row per segment of a scheme (empty segments included, best first): the RFM page's summary table.
class SegmentSummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ChineseNameColumn,
        CustomersColumn,
        ShareColumn,
        RevenueColumn,
        RevenueShareColumn,
        MeanRecencyColumn,
        MeanFrequencyColumn,
        MeanMonetaryColumn,
        HintColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw numbers
        SegmentRole,                 // int(Segment)
    };

    explicit SegmentSummaryModel(QObject *parent = nullptr);

    void setSummary(const SegmentSummary &summary);
    const SegmentSummary &summary() const { return m_summary; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    SegmentSummary m_summary;
};

} // namespace clientele
