#include "views/rfmheatmapview.h"

#include "models/rfmheatmapmodel.h"
#include "views/rfmheatmapstyle.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRubberBand>
#include <QToolTip>

#include <algorithm>
#include <array>

namespace clientele {

using namespace heatmapstyle;

RfmHeatmapView::RfmHeatmapView(QWidget *parent)
    : QAbstractItemView(parent)
{
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void RfmHeatmapView::setSegmentOverlay(bool on)
{
    if (m_overlay == on)
        return;
    m_overlay = on;
    viewport()->update();
}

QColor RfmHeatmapView::scaleColor(double t)
{
    // A calm single-hue blue ramp (after ColorBrewer "Blues"), light = low.
    static const std::array<QColor, 6> stops{QColor(0xf2, 0xf7, 0xfc), QColor(0xd3, 0xe4, 0xf3),
        QColor(0xa6, 0xca, 0xe5), QColor(0x6b, 0xa6, 0xd3), QColor(0x35, 0x7e, 0xbb), QColor(0x12, 0x4f, 0x8e)};
    t = std::clamp(t, 0.0, 1.0) * double(stops.size() - 1);
    const int i = std::min(int(t), int(stops.size()) - 2);
    const double u = t - i;
    const QColor &a = stops[size_t(i)];
    const QColor &b = stops[size_t(i + 1)];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * u),
        float(a.greenF() + (b.greenF() - a.greenF()) * u), float(a.blueF() + (b.blueF() - a.blueF()) * u));
}

int RfmHeatmapView::rows() const
{
    return model() ? model()->rowCount(rootIndex()) : 0;
}

int RfmHeatmapView::columns() const
{
    return model() ? model()->columnCount(rootIndex()) : 0;
}

QRect RfmHeatmapView::gridRect() const
{
    const QFontMetrics fm(font());
    const int left = Margin + fm.height() + 8 + fm.horizontalAdvance(QStringLiteral("5")) + 10;
    const int bottom = Margin + fm.height() + 6 + fm.height() + 6;
    const QRect area = viewport()->rect();
    return QRect(QPoint(area.left() + left, area.top() + Margin),
        QPoint(area.right() - LegendWidth - 14, area.bottom() - bottom));
}

QRect RfmHeatmapView::legendRect() const
{
    const QRect grid = gridRect();
    return QRect(grid.right() + 14, grid.top(), LegendWidth, grid.height());
}

// Integer cell edges, shared by painting, visualRect() and indexAt(), so a pixel belongs to exactly one cell.
static int edge(int start, int length, int i, int n)
{
    return start + int(qint64(length) * i / n);
}

QRectF RfmHeatmapView::cellRect(int row, int column) const
{
    const int n = rows();
    const int m = columns();
    if (n <= 0 || m <= 0)
        return {};
    const QRect grid = gridRect();
    const int left = edge(grid.left(), grid.width(), column, m);
    const int top = edge(grid.top(), grid.height(), row, n);
    return QRectF(left, top, edge(grid.left(), grid.width(), column + 1, m) - left,
        edge(grid.top(), grid.height(), row + 1, n) - top);
}

QRect RfmHeatmapView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != model() || index.parent() != rootIndex())
        return {};
    return cellRect(index.row(), index.column()).toRect();
}

QModelIndex RfmHeatmapView::indexAt(const QPoint &point) const
{
    const int n = rows();
    const int m = columns();
    const QRect grid = gridRect();
    if (n == 0 || m == 0 || !grid.contains(point))
        return {};
    int row = 0;
    while (row + 1 < n && point.y() >= edge(grid.top(), grid.height(), row + 1, n))
        ++row;
    int column = 0;
    while (column + 1 < m && point.x() >= edge(grid.left(), grid.width(), column + 1, m))
        ++column;
    return model()->index(row, column, rootIndex());
}

void RfmHeatmapView::scrollTo(const QModelIndex &index, ScrollHint)
{
    // The whole grid is always visible; just make sure the cell is repainted.
    if (index.isValid())
        viewport()->update(visualRect(index).adjusted(-4, -4, 4, 4));
}

QSize RfmHeatmapView::sizeHint() const
{
    return QSize(640, 420);
}

QSize RfmHeatmapView::minimumSizeHint() const
{
    return QSize(380, 260);
}

QModelIndex RfmHeatmapView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const int n = rows();
    const int m = columns();
    if (n == 0 || m == 0)
        return {};
    QModelIndex current = currentIndex();
    if (!current.isValid())
        return model()->index(0, 0, rootIndex());
    int row = current.row();
    int column = current.column();
    switch (cursorAction) {
    case MoveLeft:
        column = std::max(0, column - 1);
        break;
    case MoveRight:
        column = std::min(m - 1, column + 1);
        break;
    case MoveUp:
        row = std::max(0, row - 1);
        break;
    case MoveDown:
        row = std::min(n - 1, row + 1);
        break;
    case MovePageUp:
        row = 0;
        break;
    case MovePageDown:
        row = n - 1;
        break;
    case MoveHome:
        column = 0;
        if (modifiers & Qt::ControlModifier)
            row = 0;
        break;
    case MoveEnd:
        column = m - 1;
        if (modifiers & Qt::ControlModifier)
            row = n - 1;
        break;
    case MoveNext:
        if (++column == m) {
            column = 0;
            row = (row + 1) % n;
        }
        break;
    case MovePrevious:
        if (--column < 0) {
            column = m - 1;
            row = (row + n - 1) % n;
        }
        break;
    }
    return model()->index(row, column, rootIndex());
}

void RfmHeatmapView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    const QRect area = rect.normalized();
    QItemSelection selection;
    for (int row = 0; row < rows(); ++row) {
        int first = -1;
        int last = -1;
        for (int column = 0; column < columns(); ++column) {
            const QRect cell = visualRect(model()->index(row, column, rootIndex()));
            // A zero-area rect is a click: containment; otherwise any overlap counts.
            const bool hit
                = area.width() <= 1 && area.height() <= 1 ? cell.contains(area.topLeft()) : cell.intersects(area);
            if (hit) {
                if (first < 0)
                    first = column;
                last = column;
            }
        }
        if (first >= 0)
            selection.select(model()->index(row, first, rootIndex()), model()->index(row, last, rootIndex()));
    }
    selectionModel()->select(selection, command);
}

QRegion RfmHeatmapView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    for (const QModelIndex &index : selection.indexes())
        region += visualRect(index).adjusted(-3, -3, 3, 3);
    return region;
}

void RfmHeatmapView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
    viewport()->update(); // the legend's range may have changed too
}

void RfmHeatmapView::reset()
{
    QAbstractItemView::reset();
    viewport()->update();
}

bool RfmHeatmapView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = indexAt(help->pos());
        const QString text = index.isValid() ? index.data(Qt::ToolTipRole).toString() : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport(), visualRect(index));
        return true;
    }
    return QAbstractItemView::viewportEvent(event);
}

void RfmHeatmapView::resizeEvent(QResizeEvent *event)
{
    QAbstractItemView::resizeEvent(event);
    viewport()->update();
}

void RfmHeatmapView::mousePressEvent(QMouseEvent *event)
{
    QAbstractItemView::mousePressEvent(event);
    m_origin = event->position().toPoint();
    if (event->button() == Qt::LeftButton && selectionMode() == ExtendedSelection) {
        if (!m_rubberBand)
            m_rubberBand = new QRubberBand(QRubberBand::Rectangle, viewport());
        m_rubberBand->setGeometry(QRect(m_origin, QSize()));
        m_rubberBand->hide();
    }
}

void RfmHeatmapView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_rubberBand && (event->buttons() & Qt::LeftButton)) {
        const QPoint pos = event->position().toPoint();
        if ((pos - m_origin).manhattanLength() >= 4) {
            m_rubberBand->setGeometry(QRect(m_origin, pos).normalized());
            m_rubberBand->show();
        }
    }
    QAbstractItemView::mouseMoveEvent(event);
}

void RfmHeatmapView::mouseReleaseEvent(QMouseEvent *event)
{
    QAbstractItemView::mouseReleaseEvent(event);
    if (m_rubberBand)
        m_rubberBand->hide();
    viewport()->update();
}

} // namespace clientele
