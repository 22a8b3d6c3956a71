#pragma once

#include "common/Error.h"
#include "store/Store.h"

#include <QSqlDatabase>

namespace cardbridge::schema {

// The schema this build writes. A store with a higher major version is refused; a higher
// minor version only added things an older build may ignore.
inline constexpr SchemaVersion kCurrent { 1, 2 };

// Reads the version of an open database: {0,0} for an empty (new) database;
// StoreDamaged when it has tables but is not a CardBridge store.
Result<SchemaVersion> readVersion(QSqlDatabase &database);

// Brings an empty or older database up to kCurrent, each step in its own transaction.
// StoreTooNew when the database's major version is newer than this build's.
Result<SchemaVersion> migrate(QSqlDatabase &database, bool allowCreate);

} // namespace cardbridge::schema
