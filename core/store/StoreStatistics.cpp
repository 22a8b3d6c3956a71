#include "store/StoreStatistics.h"

#include "store/SqlHelpers.h"

#include <QSqlQuery>

namespace cardbridge {

Result<QList<QPair<QString, qint64>>> storeTableCounts(QSqlDatabase database)
{
    static const QStringList tables = {
        QStringLiteral("schools"),
        QStringLiteral("agreements"),
        QStringLiteral("students"),
        QStringLiteral("card_barcodes"),
        QStringLiteral("consent_records"),
        QStringLiteral("scan_events"),
        QStringLiteral("import_batches"),
    };
    QList<QPair<QString, qint64>> counts;
    QSqlQuery query(database);
    for (const QString &table : tables) {
        // Table names come from the fixed list above, never from input.
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !query.next())
            return sqlFailure(query.lastError(), QStringLiteral("count %1").arg(table));
        counts.append({ table, query.value(0).toLongLong() });
    }
    return counts;
}

} // namespace cardbridge
