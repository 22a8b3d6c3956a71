#include "cli/Commands.h"
#include "security/KeySlotFile.h"
#include "store/Store.h"
#include "store/StoreStatistics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cardbridge::cli {

int runInfo(CliContext &context)
{
    int exitCode = kDone;
    auto store = context.openStore(&exitCode);
    if (!store)
        return exitCode;
    auto keySlots = KeySlotFile::load(Store::keySlotPath(store->path()));
    auto counts = storeTableCounts(store->database());
    if (!keySlots)
        return context.report(keySlots.error());
    if (!counts)
        return context.report(counts.error());

    const SchemaVersion version = store->schemaVersion();
    QJsonObject countObject;
    for (const auto &[table, count] : std::as_const(*counts))
        countObject.insert(table, count);
    QJsonArray slots;
    for (const KeySlotFile::Slot &slot : keySlots->slots())
        slots.append(QJsonObject { { QStringLiteral("id"), slot.id },
            { QStringLiteral("kind"),
                slot.kind == KeySlotFile::SlotKind::Passphrase ? QStringLiteral("passphrase")
                                                               : QStringLiteral("recovery") },
            { QStringLiteral("label"), slot.label },
            { QStringLiteral("kdf"), QStringLiteral("argon2id") },
            { QStringLiteral("opslimit"), double(slot.kdf.opsLimit) },
            { QStringLiteral("memlimit_mib"), double(slot.kdf.memLimitBytes >> 20) } });
    const QJsonObject info {
        { QStringLiteral("store"), store->path() },
        { QStringLiteral("schema_version"),
            QStringLiteral("%1.%2").arg(version.major).arg(version.minor) },
        { QStringLiteral("cipher_version"), store->cipherVersion() },
        { QStringLiteral("key_file_version"), keySlots->formatVersion() },
        { QStringLiteral("key_slots"), slots },
        { QStringLiteral("counts"), countObject },
    };
    if (context.json) {
        context.out << QJsonDocument(info).toJson(QJsonDocument::Indented);
        context.out.flush();
        return kDone;
    }
    context.out << "Store:          " << store->path() << Qt::endl
                << "Schema version: " << info.value(QStringLiteral("schema_version")).toString()
                << Qt::endl
                << "Cipher:         SQLCipher " << store->cipherVersion() << Qt::endl
                << "Key file:       format " << keySlots->formatVersion() << Qt::endl;
    for (const KeySlotFile::Slot &slot : keySlots->slots())
        context.out << "  slot " << slot.id << ": " << slot.label
                    << ", Argon2id t=" << slot.kdf.opsLimit
                    << " m=" << (slot.kdf.memLimitBytes >> 20) << " MiB" << Qt::endl;
    for (const auto &[table, count] : std::as_const(*counts))
        context.out << QStringLiteral("%1 %2").arg(table + QLatin1Char(':'), -16).arg(count)
                    << Qt::endl;
    return kDone;
}

} // namespace cardbridge::cli
