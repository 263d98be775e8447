#pragma once

#include <QAbstractItemView>
#include <QColor>

class QRubberBand;

namespace clientele {

// The RFM heatmap: a real item view over a 5 × 5 model (RfmHeatmapModel), so selection, keyboard
// navigation, tooltips and indexAt work like in any Qt view. Colours follow the model's ColorValueRole on a
// sequential scale; cells scale with the widget. Follows Qt's pieview example.
class RfmHeatmapView : public QAbstractItemView
{
    Q_OBJECT
public:
    explicit RfmHeatmapView(QWidget *parent = nullptr);

    // Outline each cell's dominant segment (SegmentRole) and name it once per connected region.
    bool segmentOverlay() const { return m_overlay; }
    void setSegmentOverlay(bool on);

    // The colour of a value at position t in [0, 1] of the scale.
    static QColor scaleColor(double t);

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override { return 0; }
    int verticalOffset() const override { return 0; }
    bool isIndexHidden(const QModelIndex &) const override { return false; }
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles = {}) override;
    void reset() override;

    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    int rows() const;
    int columns() const;
    QRect gridRect() const;
    QRect legendRect() const;
    QRectF cellRect(int row, int column) const;
    void valueRange(double *min, double *max) const;
    void paintCell(QPainter &painter, const QModelIndex &index, double min, double max) const;
    void paintAxes(QPainter &painter) const;
    void paintLegend(QPainter &painter, double min, double max) const;
    void paintOverlay(QPainter &painter) const;

    bool m_overlay = false;
    QRubberBand *m_rubberBand = nullptr;
    QPoint m_origin;
};

} // namespace clientele
