#pragma once

#include <QColor>

namespace clientele::palette {

// One calm categorical palette for clusters, segments and stages (12 colours, muted, distinguishable
// for the common colour-vision deficiencies in the first 8). Indices wrap around.
QColor categorical(int index);
int categoricalCount();

// A sequential single-hue scale for heat maps and magnitudes: t in [0, 1] (clamped) runs from a very
// light blue-grey to a deep blue, perceptually roughly even.
QColor sequential(double t);

// Neutral colours for text and highlights that should not compete with the data.
QColor mutedText();
QColor highlight();

} // namespace clientele::palette
