#pragma once

#include "analysis/import/columnmapping.h"

#include <QString>

namespace clientele {

// Translated labels for the GUI (the analysis library's display names are English only).
QString roleLabel(Role role);
QString layoutLabel(Layout layout);

} // namespace clientele
