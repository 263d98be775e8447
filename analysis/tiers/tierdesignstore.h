#pragma once

#include "analysis/tiers/tierdesign.h"

#include <QString>

#include <optional>
#include <vector>

namespace clientele {

class Workspace;

// Tier designs kept in the workspace's tier_designs table (schema version 2), keyed by name. Each call
// is its own transaction; messages are English sentences.

// Inserts or replaces the design with that name (created_at is kept on replace). Refuses invalid designs.
bool saveTierDesign(Workspace &workspace, const TierDesign &design, QString *error);
// All designs, by name. A stored definition that no longer parses is skipped and named in `error`.
std::vector<TierDesign> loadTierDesigns(const Workspace &workspace, QString *error);
// One design; nothing (and a sentence in `error`) when it does not exist or is damaged.
std::optional<TierDesign> loadTierDesign(const Workspace &workspace, const QString &name, QString *error);
// False when there is no design of that name (or SQLite fails); `error` says which.
bool deleteTierDesign(Workspace &workspace, const QString &name, QString *error);

} // namespace clientele
