#include "views/rfmheatmapview.h"

#include "models/rfmheatmapmodel.h"
#include "views/rfmheatmapstyle.h"

#include <QPainter>

#include <algorithm>
#include <vector>

// The heatmap's painting: cells, segment overlay, axes and legend.
namespace clientele {

using namespace heatmapstyle;

void RfmHeatmapView::valueRange(double *min, double *max) const
{
    *min = *max = 0;
    bool first = true;
    for (int row = 0; row < rows(); ++row) {
        for (int column = 0; column < columns(); ++column) {
            const QModelIndex index = model()->index(row, column, rootIndex());
            if (index.data(RfmHeatmapModel::CountRole).toLongLong() == 0)
                continue;
            const double v = index.data(RfmHeatmapModel::ColorValueRole).toDouble();
            *min = first ? v : std::min(*min, v);
            *max = first ? v : std::max(*max, v);
            first = false;
        }
    }
}

void RfmHeatmapView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (rows() == 0 || columns() == 0) {
        painter.setPen(TextMuted);
        painter.drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap,
            tr("No RFM scores yet: open a workspace with orders."));
        return;
    }
    double min = 0;
    double max = 0;
    valueRange(&min, &max);
    for (int row = 0; row < rows(); ++row)
        for (int column = 0; column < columns(); ++column)
            paintCell(painter, model()->index(row, column, rootIndex()), min, max);
    if (m_overlay)
        paintOverlay(painter);

    // Selection on top of everything, then the keyboard cursor.
    const QModelIndexList selected = selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    painter.setBrush(Qt::NoBrush);
    for (const QModelIndex &index : selected) {
        painter.setPen(QPen(Accent, 3));
        painter.drawRoundedRect(
            cellRect(index.row(), index.column()).adjusted(Gutter + 1.5, Gutter + 1.5, -Gutter - 1.5, -Gutter - 1.5), 3,
            3);
    }
    const QModelIndex current = currentIndex();
    if (current.isValid() && hasFocus()) {
        painter.setPen(QPen(TextDark, 1, Qt::DashLine));
        painter.drawRoundedRect(cellRect(current.row(), current.column()).adjusted(6, 6, -6, -6), 2, 2);
    }
    paintAxes(painter);
    paintLegend(painter, min, max);
}

void RfmHeatmapView::paintCell(QPainter &painter, const QModelIndex &index, double min, double max) const
{
    const QRectF rect = cellRect(index.row(), index.column()).adjusted(Gutter, Gutter, -Gutter, -Gutter);
    const bool empty = index.data(RfmHeatmapModel::CountRole).toLongLong() == 0;
    const double value = index.data(RfmHeatmapModel::ColorValueRole).toDouble();
    const QColor fill = empty ? EmptyCell : scaleColor(max > min ? (value - min) / (max - min) : 0.6);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawRoundedRect(rect, 3, 3);

    const QColor ink = isDark(fill) ? QColor(Qt::white) : TextDark;
    QRectF textRect = rect.adjusted(4, 2, -4, -2);
    if (m_overlay)
        textRect.setTop(textRect.top() + QFontMetricsF(scaledFont(font(), 0.85, false)).height() + 2);
    const QStringList lines = index.data(Qt::DisplayRole).toString().split(u'\n');
    const QFont primary = scaledFont(font(), 1.1, true);
    const QFont secondary = scaledFont(font(), 0.9, false);
    const QFontMetricsF fp(primary);
    const QFontMetricsF fs(secondary);
    const bool two = lines.size() > 1 && textRect.height() >= fp.height() + fs.height() + 2;
    const double blockHeight = fp.height() + (two ? fs.height() : 0);
    const double top = textRect.center().y() - blockHeight / 2;
    painter.setPen(empty ? TextMuted : ink);
    painter.setFont(primary);
    painter.drawText(QRectF(textRect.left(), top, textRect.width(), fp.height()), Qt::AlignCenter,
        fp.elidedText(lines.value(0), Qt::ElideRight, textRect.width()));
    if (two) {
        QColor soft = ink;
        soft.setAlphaF(0.8f);
        painter.setPen(soft);
        // Narrow cells: a smaller font before eliding.
        const QFont fitted
            = fs.horizontalAdvance(lines.value(1)) > textRect.width() ? scaledFont(font(), 0.78, false) : secondary;
        painter.setFont(fitted);
        painter.drawText(QRectF(textRect.left(), top + fp.height(), textRect.width(), fs.height()), Qt::AlignCenter,
            QFontMetricsF(fitted).elidedText(lines.value(1), Qt::ElideRight, textRect.width()));
    }
    painter.setFont(font());
}

void RfmHeatmapView::paintOverlay(QPainter &painter) const
{
    const int n = rows();
    const int m = columns();
    auto segmentAt = [&](int row, int column) {
        return model()->index(row, column, rootIndex()).data(RfmHeatmapModel::SegmentRole).toInt();
    };
    // Borders where the dominant segment changes, and around the grid.
    painter.setPen(QPen(OverlayLine, 2.5, Qt::SolidLine, Qt::RoundCap));
    for (int row = 0; row < n; ++row) {
        for (int column = 0; column < m; ++column) {
            const QRectF cell = cellRect(row, column);
            if (column + 1 < m && segmentAt(row, column) != segmentAt(row, column + 1))
                painter.drawLine(cell.topRight(), cell.bottomRight());
            if (row + 1 < n && segmentAt(row, column) != segmentAt(row + 1, column))
                painter.drawLine(cell.bottomLeft(), cell.bottomRight());
        }
    }
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(gridRect()));

    // One name per connected region, in its first cell (reading order).
    std::vector<int> seen(size_t(n * m), 0);
    const QFont small = scaledFont(font(), 0.85, true);
    const QFontMetricsF fm(small);
    painter.setFont(small);
    for (int row = 0; row < n; ++row) {
        for (int column = 0; column < m; ++column) {
            const int segment = segmentAt(row, column);
            if (seen[size_t(row * m + column)] || segment < 0)
                continue;
            std::vector<std::pair<int, int>> stack{{row, column}};
            seen[size_t(row * m + column)] = 1;
            while (!stack.empty()) {
                const auto [r, c] = stack.back();
                stack.pop_back();
                for (const auto &[dr, dc] : {std::pair{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
                    const int rr = r + dr;
                    const int cc = c + dc;
                    if (rr >= 0 && rr < n && cc >= 0 && cc < m && !seen[size_t(rr * m + cc)]
                        && segmentAt(rr, cc) == segment) {
                        seen[size_t(rr * m + cc)] = 1;
                        stack.push_back({rr, cc});
                    }
                }
            }
            const QRectF cell = cellRect(row, column).adjusted(Gutter + 3, Gutter + 2, -Gutter - 3, 0);
            const QString name = fm.elidedText(
                model()->index(row, column, rootIndex()).data(RfmHeatmapModel::SegmentNameRole).toString(),
                Qt::ElideRight, cell.width() - 8);
            const QRectF pill(cell.left(), cell.top(), fm.horizontalAdvance(name) + 8, fm.height());
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(255, 255, 255, 225));
            painter.drawRoundedRect(pill, 3, 3);
            painter.setPen(OverlayLine);
            painter.drawText(pill, Qt::AlignCenter, name);
        }
    }
    painter.setFont(font());
}

void RfmHeatmapView::paintAxes(QPainter &painter) const
{
    const QRect grid = gridRect();
    const QFontMetrics fm(font());
    QFont tickFont = font();
    tickFont.setBold(true);
    painter.setFont(tickFont);
    painter.setPen(TextDark);
    for (int row = 0; row < rows(); ++row) {
        const QRectF cell = cellRect(row, 0);
        painter.drawText(QRectF(grid.left() - 24, cell.top(), 18, cell.height()), Qt::AlignRight | Qt::AlignVCenter,
            QString::number(RfmHeatmapModel::rScoreOfRow(row)));
    }
    for (int column = 0; column < columns(); ++column) {
        const QRectF cell = cellRect(0, column);
        painter.drawText(QRectF(cell.left(), grid.bottom() + 4, cell.width(), fm.height()), Qt::AlignCenter,
            QString::number(RfmHeatmapModel::fScoreOfColumn(column)));
    }
    painter.setFont(font());
    painter.setPen(TextMuted);
    painter.drawText(QRect(grid.left(), grid.bottom() + 6 + fm.height(), grid.width(), fm.height() + 4),
        Qt::AlignCenter, tr("Frequency score (5 = most orders)  →"));
    painter.save();
    painter.translate(Margin, grid.center().y());
    painter.rotate(-90);
    painter.drawText(QRect(-grid.height() / 2, 0, grid.height(), fm.height() + 2), Qt::AlignCenter,
        tr("Recency score (5 = most recent)  →"));
    painter.restore();
}

void RfmHeatmapView::paintLegend(QPainter &painter, double min, double max) const
{
    const auto *heatmap = qobject_cast<const RfmHeatmapModel *>(model());
    const QRect area = legendRect();
    const QFont bold = scaledFont(font(), 1.0, true);
    const QFont small = scaledFont(font(), 0.9, false);
    const QString title = heatmap ? heatmap->colorMeasureTitle() : tr("Value");
    const QString unit = heatmap ? heatmap->colorMeasureUnit() : QString();
    painter.setFont(bold);
    painter.setPen(TextDark);
    const QRect titleRect
        = painter.boundingRect(QRect(area.left(), area.top(), area.width(), 200), Qt::TextWordWrap, title);
    painter.drawText(titleRect, Qt::TextWordWrap, title);
    painter.setFont(small);
    painter.setPen(TextMuted);
    const QRect unitRect
        = painter.boundingRect(QRect(area.left(), titleRect.bottom() + 2, area.width(), 200), Qt::TextWordWrap, unit);
    painter.drawText(unitRect, Qt::TextWordWrap, unit);

    const QFontMetrics fm(small);
    const int barTop = unitRect.bottom() + 10;
    const int swatchTop = area.bottom() - fm.height();
    const QRect bar(area.left(), barTop, 16, std::max(24, swatchTop - 12 - barTop));
    QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
    for (int i = 0; i <= 10; ++i)
        gradient.setColorAt(i / 10.0, scaleColor(i / 10.0));
    painter.setPen(QColor(0xcb, 0xd2, 0xd9));
    painter.setBrush(gradient);
    painter.drawRect(bar);
    auto format = [&](double v) { return heatmap ? heatmap->formatColorValue(v) : QLocale().toString(v, 'g', 6); };
    painter.setPen(TextDark);
    const int textLeft = bar.right() + 6;
    const int textWidth = area.right() - textLeft;
    painter.drawText(QRect(textLeft, bar.top() - 2, textWidth, fm.height()), Qt::AlignLeft | Qt::AlignTop,
        fm.elidedText(tr("max %1").arg(format(max)), Qt::ElideRight, textWidth));
    painter.drawText(QRect(textLeft, bar.bottom() - fm.height() + 2, textWidth, fm.height()),
        Qt::AlignLeft | Qt::AlignBottom, fm.elidedText(tr("min %1").arg(format(min)), Qt::ElideRight, textWidth));
    // Empty cells have their own swatch, so a low value is never confused with "no customers".
    const QRect swatch(area.left(), swatchTop + 1, 16, fm.height() - 2);
    painter.setPen(QColor(0xcb, 0xd2, 0xd9));
    painter.setBrush(EmptyCell);
    painter.drawRect(swatch);
    painter.setPen(TextMuted);
    painter.drawText(QRect(textLeft, swatchTop, textWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(tr("no customers"), Qt::ElideRight, textWidth));
    painter.setFont(font());
}

} // namespace clientele
