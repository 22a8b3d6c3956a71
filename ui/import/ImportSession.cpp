#include "ImportSession.h"

#include "store/Store.h"

#include <QLoggingCategory>

namespace cardbridge {

namespace {
Q_LOGGING_CATEGORY(lcSession, "cardbridge.ui.import.session")
}

using importer::ImportSettings;

struct ImportSession::Worker {
    std::unique_ptr<Store> connection;
    std::unique_ptr<importer::ConsentImporter> importer;

    // Opens the worker's own connection on first use, on the worker thread.
    Status ensureImporter(const Store &store, const Clock &clock)
    {
        if (importer)
            return {};
        auto opened = store.openAnotherConnection();
        if (!opened)
            return unexpected<Error>(opened.error());
        connection = std::move(*opened);
        importer = std::make_unique<importer::ConsentImporter>(connection->database(), clock);
        return {};
    }
};

struct ImportSession::Job {
    int generation = 0;
    std::atomic<bool> cancel { false };
    std::atomic<int> lastPercent { -1 };
};

ImportSession::ImportSession(std::shared_ptr<Store> store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_clock(clock)
    , m_context(new QObject)
    , m_worker(std::make_unique<Worker>())
{
    m_thread.setObjectName(QStringLiteral("import"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

ImportSession::~ImportSession()
{
    cancel();
    // The importer and its connection go on the thread that opened them, after the job.
    Worker *worker = m_worker.get();
    QMetaObject::invokeMethod(
        m_context,
        [worker] {
            worker->importer.reset();
            worker->connection.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void ImportSession::startReview(const QString &path, const ImportSettings &settings)
{
    std::shared_ptr<Job> job = beginJob();
    post([this, job, path, settings](Worker &worker) {
        if (auto ready = worker.ensureImporter(*m_store, m_clock); !ready) {
            finish(*job, [this, message = ready.error().message] { Q_EMIT failed(message); });
            return;
        }
        auto review = worker.importer->review(
            path, settings, [this, job](double f) { return reportProgress(*job, f); });
        if (job->cancel)
            finish(*job, [this] { Q_EMIT cancelled(); });
        else if (!review)
            finish(*job, [this, message = review.error().message] { Q_EMIT failed(message); });
        else
            finish(*job, [this, result = *review] { Q_EMIT reviewFinished(result); });
    });
}

void ImportSession::startCommit(
    const QString &path, const ImportSettings &settings, bool reviewFirst)
{
    std::shared_ptr<Job> job = beginJob();
    post([this, job, path, settings, reviewFirst](Worker &worker) {
        if (auto ready = worker.ensureImporter(*m_store, m_clock); !ready) {
            finish(*job, [this, message = ready.error().message] { Q_EMIT failed(message); });
            return;
        }
        // A review first takes the first half of the bar.
        const double share = reviewFirst ? 0.5 : 0.0;
        if (reviewFirst) {
            auto review = worker.importer->review(
                path, settings, [this, job](double f) { return reportProgress(*job, f * 0.5); });
            if (job->cancel) {
                finish(*job, [this] { Q_EMIT cancelled(); });
                return;
            }
            if (!review) {
                finish(*job, [this, message = review.error().message] { Q_EMIT failed(message); });
                return;
            }
        }
        auto outcome = worker.importer->commit([this, job, share](double f) {
            return reportProgress(*job, share + f * (1.0 - share));
        });
        // Committed wins over a cancel that came too late: the summary says what happened.
        if (outcome && outcome->committed)
            finish(*job, [this, result = *outcome] { Q_EMIT commitFinished(result); });
        else if (job->cancel)
            finish(*job, [this] { Q_EMIT cancelled(); });
        else if (!outcome)
            finish(*job, [this, message = outcome.error().message] { Q_EMIT failed(message); });
        else
            finish(*job, [this, result = *outcome] { Q_EMIT commitFinished(result); });
    });
}

void ImportSession::cancel()
{
    if (!m_job)
        return;
    if (m_busy)
        qCInfo(lcSession) << "cancel requested";
    m_job->cancel = true;
}

std::shared_ptr<ImportSession::Job> ImportSession::beginJob()
{
    cancel(); // an older job still queued or running stops at its next progress call
    m_job = std::make_shared<Job>();
    m_job->generation = ++m_generation;
    m_busy = true;
    return m_job;
}

void ImportSession::post(std::function<void(Worker &)> work)
{
    Worker *worker = m_worker.get();
    QMetaObject::invokeMethod(
        m_context, [work = std::move(work), worker] { work(*worker); }, Qt::QueuedConnection);
}

bool ImportSession::reportProgress(Job &job, double fraction)
{
    // Only whole-percent steps cross threads: a big file calls this many thousand times.
    const int percent = qBound(0, int(fraction * 100.0), 100);
    if (job.lastPercent.exchange(percent) != percent) {
        const int generation = job.generation;
        QMetaObject::invokeMethod(
            this,
            [this, generation, percent] {
                if (generation == m_generation && m_busy)
                    Q_EMIT progressed(percent / 100.0);
            },
            Qt::QueuedConnection);
    }
    return !job.cancel;
}

void ImportSession::finish(const Job &job, std::function<void()> deliver)
{
    const int generation = job.generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation, deliver = std::move(deliver)] {
            if (generation != m_generation)
                return;
            m_busy = false;
            deliver();
        },
        Qt::QueuedConnection);
}

} // namespace cardbridge
