#pragma once

// Shared between the heatmap view's geometry and its painting; private to views/rfmheatmap*.cpp.
#include <QColor>
#include <QFont>

namespace clientele::heatmapstyle {

constexpr int Margin = 10;
constexpr int LegendWidth = 120;
constexpr int Gutter = 2; // white space between cells
inline const QColor TextDark(0x1f, 0x29, 0x37);
inline const QColor TextMuted(0x5b, 0x64, 0x70);
inline const QColor EmptyCell(0xee, 0xf0, 0xf2);
inline const QColor Accent(0xe0, 0x6c, 0x1b); // selection: warm, so it stands out on the blue scale
inline const QColor OverlayLine(0x1e, 0x29, 0x3b);

inline QFont scaledFont(const QFont &base, qreal factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

inline bool isDark(const QColor &c)
{
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF() < 0.5;
}

} // namespace clientele::heatmapstyle
