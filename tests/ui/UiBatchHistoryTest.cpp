// The import history: batches listed newest first, undo only for the newest, asked first
// (pre-answered here through DialogPrompts), and the store back as it was.
#include "UiTestHelpers.h"
#include "consent/VerdictService.h"
#include "demo/DemoAgreement.h"
#include "import/BatchHistoryDialog.h"
#include "import/BatchHistoryModel.h"
#include "import/DialogPrompts.h"
#include "importer/ConsentImporter.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTableView>

#include <gtest/gtest.h>

namespace cardbridge {
namespace {

QString writeList(const QString &path, const QStringList &rows)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    const QString date = QDate::currentDate().addDays(-2).toString(Qt::ISODate);
    QString body
        = QStringLiteral("Student ID,Last Name,First Name,Grade,School,Consent,Consent Date\n");
    for (const QString &row : rows)
        body += row + QLatin1Char(',') + date + QLatin1Char('\n');
    file.write(body.toUtf8());
    return path;
}

class UiBatchHistory : public ::testing::Test {
protected:
    void SetUp() override
    {
        DialogPrompts::setTestMode(true);
        QString problem;
        ASSERT_TRUE(m_demo.create(&problem)) << problem.toStdString();
    }
    void TearDown() override { DialogPrompts::setTestMode(false); }

    qint64 import(const QString &path)
    {
        importer::ConsentImporter importer(m_demo.store->database(), SystemClock::instance());
        importer::ImportSettings settings;
        settings.account = QStringLiteral("desk");
        auto review = importer.review(path, settings);
        EXPECT_TRUE(review.has_value());
        auto outcome = importer.commit();
        EXPECT_TRUE(outcome && outcome->committed);
        return outcome && outcome->batchId ? *outcome->batchId : 0;
    }

    VerdictStatus deskSays(const QString &school, const QString &number)
    {
        VerdictService verdicts(m_demo.store->database(), SystemClock::instance());
        return verdicts.lookup(demoCardBarcode(school, number)).status;
    }

    test::TempFolder m_folder;
    test::DemoStoreFixture m_demo;
};

TEST_F(UiBatchHistory, UndoOfTheNewestBatchRestoresTheStore)
{
    const qint64 first = import(writeList(m_folder.file(QStringLiteral("september.csv")),
        { QStringLiteral("1900001,Brightwater,Avery,10,RHS,yes"),
            QStringLiteral("3900002,Larkspur,Jonah,11,LHS,yes") }));
    const qint64 second = import(writeList(m_folder.file(QStringLiteral("october.csv")),
        { QStringLiteral("1900003,Quillon,Mara,9,RHS,yes"),
            QStringLiteral("1900001,Brightwater,Avery,10,RHS,no") }));
    ASSERT_GT(second, first);
    ASSERT_EQ(deskSays(QStringLiteral("RHS"), QStringLiteral("1900001")), VerdictStatus::NoConsent);

    BatchHistoryDialog dialog(m_demo.store, SystemClock::instance(), QStringLiteral("desk"));
    dialog.show();
    BatchHistoryModel *model = dialog.model();
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(model->batchAt(0)->id, second); // newest first
    EXPECT_EQ(model->index(0, BatchHistoryModel::FileColumn).data().toString(),
        QStringLiteral("october.csv"));
    EXPECT_EQ(model->index(0, BatchHistoryModel::NewColumn).data().toString(), QStringLiteral("1"));
    EXPECT_EQ(model->index(0, BatchHistoryModel::AccountColumn).data().toString(),
        QStringLiteral("desk"));

    // Only the newest can be undone.
    dialog.view()->selectRow(1);
    EXPECT_FALSE(dialog.undoButton()->isEnabled());
    dialog.view()->selectRow(0);
    EXPECT_TRUE(dialog.undoButton()->isEnabled());

    // "Cancel" in the confirmation changes nothing.
    DialogPrompts::queueConfirm(false);
    dialog.undoButton()->click();
    EXPECT_TRUE(DialogPrompts::lastConfirmText().contains(QStringLiteral("october.csv")));
    EXPECT_FALSE(dialog.isUndoing());
    EXPECT_FALSE(model->batchAt(0)->undoneAt.has_value());

    DialogPrompts::queueConfirm(true);
    dialog.undoButton()->click();
    ASSERT_TRUE(test::waitUntil([&] { return !dialog.isUndoing(); }));
    EXPECT_TRUE(dialog.errorText().isEmpty()) << dialog.errorText().toStdString();
    EXPECT_TRUE(dialog.messageText().contains(QStringLiteral("undone")))
        << dialog.messageText().toStdString();
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_TRUE(model->batchAt(0)->undoneAt.has_value());
    EXPECT_TRUE(model->batchAt(1)->canUndo); // now the first batch is the newest in place
    EXPECT_EQ(deskSays(QStringLiteral("RHS"), QStringLiteral("1900001")), VerdictStatus::Eligible);
    EXPECT_EQ(deskSays(QStringLiteral("RHS"), QStringLiteral("1900003")), VerdictStatus::NotFound);
}

TEST_F(UiBatchHistory, Screenshot)
{
    import(writeList(m_folder.file(QStringLiteral("riverbend-consent-2026-09.csv")),
        { QStringLiteral("1900001,Brightwater,Avery,10,RHS,yes"),
            QStringLiteral("3900002,Larkspur,Jonah,11,LHS,yes"),
            QStringLiteral("2900003,Quillon,Mara,7,MCM,no") }));
    import(writeList(m_folder.file(QStringLiteral("riverbend-consent-2026-10.csv")),
        { QStringLiteral("1900004,Fenwick,Odile,12,RHS,yes"),
            QStringLiteral("1900001,Brightwater,Avery,10,RHS,withdrawn") }));
    BatchHistoryDialog dialog(m_demo.store, SystemClock::instance(), QStringLiteral("desk"));
    dialog.resize(1000, 420);
    dialog.show();
    DialogPrompts::queueConfirm(true);
    dialog.undoButton()->click();
    ASSERT_TRUE(test::waitUntil([&] { return !dialog.isUndoing(); }));
    import(writeList(m_folder.file(QStringLiteral("riverbend-consent-2026-10-fixed.csv")),
        { QStringLiteral("1900004,Fenwick,Odile,12,RHS,yes") }));
    dialog.reload();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const QString dir = QStringLiteral(CARDBRIDGE_SCREENSHOT_DIR);
    ASSERT_TRUE(QDir().mkpath(dir));
    EXPECT_TRUE(dialog.grab().save(dir + QStringLiteral("/import-history.png")));
}

} // namespace
} // namespace cardbridge
