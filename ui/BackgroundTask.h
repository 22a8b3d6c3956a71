#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <utility>

namespace cardbridge {

// Runs `work` on QThreadPool::globalInstance() and hands its result to `done` on the UI
// thread. `done` is dropped if `receiver` is gone by then. The result travels through the
// application object (which outlives every page), so the worker never touches a widget that
// might be destroyed meanwhile. Both callables must be copyable.
template<typename Work, typename Done> void runInBackground(QObject *receiver, Work work, Done done)
{
    QPointer<QObject> guard(receiver);
    QThreadPool::globalInstance()->start([guard, work, done]() mutable {
        auto result = work();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done, result = std::move(result)]() mutable {
                if (guard)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace cardbridge
