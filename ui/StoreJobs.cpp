#include "StoreJobs.h"

#include "demo/DemoStore.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

namespace cardbridge {

namespace {

Q_LOGGING_CATEGORY(lcStoreJobs, "cardbridge.ui.storejobs")

Status makeParentFolder(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (QDir().mkpath(folder))
        return {};
    return fail(ErrorCode::Io,
        QCoreApplication::translate("cardbridge::StoreJobs", "Cannot create the folder %1.")
            .arg(QDir::toNativeSeparators(folder)));
}

} // namespace

Result<MasterKey> createStoreAndUnlock(
    const QString &path, const QString &passphrase, const KdfParams &params)
{
    if (auto folder = makeParentFolder(path); !folder)
        return unexpected<Error>(folder.error());
    {
        auto created = Store::create(path, passphrase, params);
        if (!created)
            return unexpected<Error>(created.error());
    } // closed here, on this thread
    qCInfo(lcStoreJobs) << "store created";
    return Store::unlockKey(path, passphrase);
}

Status createDemoStore(const QString &path, const KdfParams &params, const Clock &clock)
{
    if (auto folder = makeParentFolder(path); !folder)
        return folder;
    auto created = Store::create(path, demoPassphrase(), params);
    if (!created)
        return unexpected<Error>(created.error());
    std::unique_ptr<Store> store = std::move(*created);
    if (auto filled = populateDemoStore(*store, DemoOptions {}, clock); !filled)
        return filled;
    qCInfo(lcStoreJobs) << "demo store created";
    return {};
}

Result<std::shared_ptr<Store>> openUnlockedStore(const QString &path, const MasterKey &key)
{
    auto opened = Store::openWithKey(path, key);
    if (!opened)
        return unexpected<Error>(opened.error());
    return std::shared_ptr<Store>(std::move(*opened));
}

bool isSameStorePath(const QString &a, const QString &b)
{
    return QDir::cleanPath(QFileInfo(a).absoluteFilePath())
        == QDir::cleanPath(QFileInfo(b).absoluteFilePath());
}

} // namespace cardbridge
