#pragma once

#include "analysis/engine/analysisrun.h"

#include <QAbstractTableModel>

#include <array>
#include <memory>
#include <vector>

namespace clientele {

// The 5 × 5 R × F grid of the RFM heatmap. Row 0 is R 5 (most recent) down to row 4 = R 1; column 0 is
// F 1 up to column 4 = F 5, so the best customers sit top right.
class RfmHeatmapModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // What the cell colour encodes.
    enum class ColorMeasure { Count, MeanMonetary, Revenue };
    Q_ENUM(ColorMeasure)

    enum Role {
        CountRole = Qt::UserRole + 1, // qint64 customers in the cell
        ShareRole,                    // double: count / active customers
        MeanMonetaryRole,             // qint64 minor units: mean M (net revenue or order value, see monetaryBasis())
        RevenueRole,                  // qint64 minor units: net revenue of the cell
        ColorValueRole,               // double in the measure's unit (customers, or major money units)
        SegmentRole,                  // int(Segment) of the dominant 11-grid segment; −1 for an empty cell
        SegmentNameRole,              // translated name of that segment (empty for an empty cell)
        CustomerIndicesRole,          // QList<quint32> table indices, ascending
        RScoreRole,                   // int 1..5
        FScoreRole,                   // int 1..5
    };

    explicit RfmHeatmapModel(QObject *parent = nullptr);

    void setResults(std::shared_ptr<const AnalysisResults> results);
    std::shared_ptr<const AnalysisResults> results() const { return m_results; }

    ColorMeasure colorMeasure() const { return m_measure; }
    void setColorMeasure(ColorMeasure measure);
    // "Customers", "Mean net revenue per customer", "Net revenue" (translated).
    QString colorMeasureTitle() const;
    // The legend's unit line: "customers" or "money, 2 decimals" (translated).
    QString colorMeasureUnit() const;
    // A ColorValueRole value as text in the measure's unit.
    QString formatColorValue(double value) const;
    // Min and max ColorValueRole over the non-empty cells (0, 0 without data).
    double minColorValue() const { return m_min; }
    double maxColorValue() const { return m_max; }

    static int rScoreOfRow(int row) { return 5 - row; }
    static int fScoreOfColumn(int column) { return column + 1; }
    QModelIndex indexOf(int rScore, int fScore) const { return index(5 - rScore, fScore - 1); }
    // Union of the customers of these cells, ascending, no duplicates.
    std::vector<quint32> customersOf(const QModelIndexList &cells) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void colorMeasureChanged(clientele::RfmHeatmapModel::ColorMeasure measure);

private:
    const RfmHeatmapCell *cellAt(const QModelIndex &index) const;
    double colorValue(const RfmHeatmapCell &cell) const;
    QString toolTip(const QModelIndex &index) const;
    void updateRange();

    std::shared_ptr<const AnalysisResults> m_results;
    std::array<Segment, 25> m_dominant{};
    ColorMeasure m_measure = ColorMeasure::Count;
    double m_min = 0;
    double m_max = 0;
};

} // namespace clientele
