#pragma once

#include "analysis/rfm/segmentsummary.h"

#include "models/resulttablemodel.h"

namespace clientele {

// One row per segment of a scheme (empty segments included, best first): the RFM page's summary table.
class SegmentSummaryModel : public ResultTableModel<SegmentStats>
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

protected:
    QVariant cellData(const SegmentStats &s, int column, int role) const override;
    QString columnTitle(int column) const override;
    QVariant headerRoleData(int section, Qt::Orientation orientation, int role) const override;

private:
    SegmentSummary m_summary;
};

} // namespace clientele
