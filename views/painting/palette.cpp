#include "views/painting/palette.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace clientele::palette {

namespace {

// Based on Paul Tol's "muted" scheme, then two softened extras.
constexpr std::array<QRgb, 12> kCategorical{
    0x4477AA, // blue
    0xCC6677, // rose
    0x228833, // green
    0xDDAA33, // sand
    0x66CCEE, // cyan
    0xAA3377, // purple
    0x999933, // olive
    0x882255, // wine
    0x44AA99, // teal
    0xEE8866, // orange
    0x7F7F9F, // slate
    0xBBBBBB, // grey
};

// Light to dark blue; interpolated in RGB between neighbouring stops.
constexpr std::array<QRgb, 6> kSequential{0xF2F5FA, 0xC9DAEE, 0x97BCE0, 0x5F95C9, 0x2F6AA8, 0x153E75};

} // namespace

QColor categorical(int index)
{
    const int n = int(kCategorical.size());
    return QColor::fromRgb(kCategorical[size_t(((index % n) + n) % n)]);
}

int categoricalCount()
{
    return int(kCategorical.size());
}

QColor sequential(double t)
{
    if (!std::isfinite(t))
        t = 0.0;
    t = std::clamp(t, 0.0, 1.0) * double(kSequential.size() - 1);
    const size_t i = std::min(size_t(t), kSequential.size() - 2);
    const double f = t - double(i);
    const QColor a = QColor::fromRgb(kSequential[i]);
    const QColor b = QColor::fromRgb(kSequential[i + 1]);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f),
        float(a.greenF() + (b.greenF() - a.greenF()) * f), float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

QColor mutedText()
{
    return QColor::fromRgb(0x5F6670);
}

QColor highlight()
{
    return QColor::fromRgb(0xD62728);
}

} // namespace clientele::palette
