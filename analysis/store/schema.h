#pragma once

#include <vector>

namespace clientele::schema {

// 'CLNT': marks an SQLite file as a Clientele workspace (PRAGMA application_id).
constexpr int ApplicationId = 0x434C4E54;

// migrations()[i] upgrades a workspace from schema version i to i + 1; version 0 is an empty file.
const std::vector<const char *> &migrations();

} // namespace clientele::schema
