#pragma once

#include <QColor>
#include <QtGlobal>

namespace clientele::palette {

// The workbench's colours, defined once so a meaning keeps its colour across pages.

// Named chart colours: a calm, colour-blind-friendly set (muted blue, teal, sand, rose, slate).
inline QColor blue()
{
    return QColor(0x4C, 0x72, 0xB0);
}
inline QColor teal()
{
    return QColor(0x55, 0xA8, 0x8E);
}
inline QColor sand()
{
    return QColor(0xDD, 0xA1, 0x4F);
}
inline QColor rose()
{
    return QColor(0xC4, 0x4E, 0x52);
}
inline QColor slate()
{
    return QColor(0x8C, 0x8C, 0x99);
}
// Text on charts and reference lines (diagonals, guides).
inline QColor ink()
{
    return QColor(0x33, 0x33, 0x3D);
}
inline QColor guide()
{
    return QColor(0xB0, 0xB0, 0xB8);
}

// The i-th series colour of a chart with few series (cycles through the five named colours).
inline QColor series(int i)
{
    switch (((i % 5) + 5) % 5) {
    case 0:
        return blue();
    case 1:
        return teal();
    case 2:
        return sand();
    case 3:
        return rose();
    default:
        return slate();
    }
}

// Ordered colours for ordinal categories: activity stages (active → lost), tiers (lowest → highest).
inline QColor stage(int i)
{
    switch (i) {
    case 0:
        return teal();
    case 1:
        return blue();
    case 2:
        return sand();
    default:
        return rose();
    }
}
inline QColor tier(int i, int count)
{
    // normal = slate, then blue … highest = sand (gold).
    if (i == 0)
        return slate();
    if (i == count - 1)
        return sand();
    return i % 2 ? blue() : teal();
}

// Many categories (clusters, segments): 12 muted colours, distinguishable for the common colour-vision
// deficiencies in the first 8. Indices wrap around.
QColor categorical(int index);
int categoricalCount();

// A sequential single-hue scale for heat maps and magnitudes: t in [0, 1] (clamped) runs from a very
// light blue-grey to a deep blue, perceptually roughly even.
QColor sequential(double t);

// Neutral colours for text and highlights that should not compete with the data.
QColor mutedText();
QColor highlight();

} // namespace clientele::palette
