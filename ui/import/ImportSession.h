#pragma once

#include "common/Clock.h"
#include "importer/ConsentImporter.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace cardbridge {

class Store;

// Runs one ConsentImporter on a thread of its own, so a 500,000-row file never blocks the
// window. The importer's database connection is opened on that thread (a SQLCipher connection
// belongs to the thread that opened it) and review and commit both run there, because commit
// reuses what review planned. Results and progress arrive as signals on the UI thread.
// One job at a time; cancel() stops it at the next progress call and nothing is committed.
class ImportSession : public QObject {
    Q_OBJECT
public:
    ImportSession(std::shared_ptr<Store> store, const Clock &clock, QObject *parent = nullptr);
    ~ImportSession() override; // cancels a running job and waits for it

    // Pass one: reads and checks every row; changes nothing.
    void startReview(const QString &path, const importer::ImportSettings &settings);
    // Pass two. `reviewFirst`: the settings changed since the review (a large change was
    // confirmed), so the file is reviewed again with them before the commit.
    void startCommit(
        const QString &path, const importer::ImportSettings &settings, bool reviewFirst);
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void progressed(double fraction);
    void reviewFinished(const cardbridge::importer::ImportReview &review);
    void commitFinished(const cardbridge::importer::ImportOutcome &outcome);
    void cancelled();
    void failed(const QString &message);

private:
    struct Worker;
    struct Job; // one review or commit: its number and its own cancel flag
    std::shared_ptr<Job> beginJob();
    void post(std::function<void(Worker &)> work);
    bool reportProgress(Job &job, double fraction); // on the worker thread
    void finish(const Job &job, std::function<void()> deliver); // on the worker thread

    std::shared_ptr<Store> m_store;
    const Clock &m_clock;
    QThread m_thread;
    QObject *m_context; // lives on m_thread: jobs are queued to it
    std::unique_ptr<Worker> m_worker; // touched on m_thread only
    std::shared_ptr<Job> m_job; // the newest job; results of older ones are dropped
    int m_generation = 0;
    bool m_busy = false;
};

} // namespace cardbridge
