#pragma once

#include "common/Error.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>

namespace cardbridge {

// Row counts per table, for `cardbridge-cli info` and the status bar.
Result<QList<QPair<QString, qint64>>> storeTableCounts(QSqlDatabase database);

} // namespace cardbridge
