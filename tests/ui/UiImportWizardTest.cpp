// The consent-list import wizard end to end on a real SQLCipher demo store: choose a file, map,
// review on the import thread, commit, summary; cancel commits nothing; screenshots.
#include "MainWindow.h"
#include "UiTestHelpers.h"
#include "UnlockPage.h"
#include "consent/VerdictService.h"
#include "demo/DemoAgreement.h"
#include "demo/SyntheticNames.h"
#include "import/ChooseFilePage.h"
#include "import/CommitPage.h"
#include "import/DialogPrompts.h"
#include "import/FindingsModel.h"
#include "import/ImportActions.h"
#include "import/ImportWizard.h"
#include "import/MappingPage.h"
#include "import/RejectedRowsExport.h"
#include "import/ReviewPage.h"
#include "import/SummaryPage.h"
#include "store/AuditLog.h"
#include "store/ImportBatchRepository.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace cardbridge {
namespace {

using importer::Field;

const QString kHeader = QStringLiteral(
    "Student ID,Last Name,First Name,Grade,School,Consent,Consent Date,Guardian,Notes");

// Demo card rules: RHS numbers are 7 digits starting with 1, LHS with 3, MCM with 2.
QString goodRow(int serial)
{
    static const char *const schools[] = { "RHS", "LHS", "MCM" };
    static const int firstDigits[] = { 1, 3, 2 };
    const int school = serial % 3;
    const QString grade
        = school == 2 ? QString::number(6 + serial % 3) : QString::number(9 + serial % 4);
    const QString consent = serial % 7 == 0 ? QStringLiteral("no") : QStringLiteral("yes");
    return QStringLiteral("%1,%2,%3,%4,%5,%6,%7,Parent (synthetic),")
        .arg(firstDigits[school] * 1000000 + 900000 + serial)
        .arg(syntheticFamilyName(serial * 7), syntheticGivenName(serial * 11), grade,
            QLatin1String(schools[school]), consent,
            QDate::currentDate().addDays(-2).toString(Qt::ISODate));
}

QString writeFile(const QString &path, const QStringList &lines)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    return path;
}

// 36 good rows, one of them twice, and five a clerk has to fix.
QStringList realisticList()
{
    QStringList lines { kHeader };
    for (int serial = 1; serial <= 36; ++serial)
        lines.append(goodRow(serial));
    const QString date = QDate::currentDate().addDays(-2).toString(Qt::ISODate);
    lines.insert(5, QStringLiteral("1900101,Brightwater,Avery,13,RHS,yes,%1,,").arg(date));
    lines.insert(9, QStringLiteral("19001,Larkspur,Jonah,10,RHS,yes,%1,,").arg(date));
    lines.insert(14, QStringLiteral("1900103,Quillon,Mara,11,XHS,yes,%1,,").arg(date));
    lines.insert(20, QStringLiteral("1900104,,Tobin,9,RHS,yes,%1,,").arg(date));
    lines.insert(27, QStringLiteral("1900105,Fenwick,Odile,12,RHS,maybe,%1,,").arg(date));
    lines.append(goodRow(12));
    return lines;
}

VerdictStatus deskSays(Store &store, const QString &school, const QString &number)
{
    VerdictService verdicts(store.database(), SystemClock::instance());
    return verdicts.lookup(demoCardBarcode(school, number)).status;
}

int batchCount(Store &store)
{
    QSqlQuery query(store.database());
    EXPECT_TRUE(query.exec(QStringLiteral("SELECT COUNT(*) FROM import_batches")));
    return query.next() ? query.value(0).toInt() : -1;
}

bool saveShot(QWidget &widget, const QString &file)
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const QString dir = QStringLiteral(CARDBRIDGE_SCREENSHOT_DIR);
    return QDir().mkpath(dir) && widget.grab().save(dir + QLatin1Char('/') + file);
}

class UiImportWizard : public ::testing::Test {
protected:
    void SetUp() override
    {
        DialogPrompts::setTestMode(true);
        QString problem;
        ASSERT_TRUE(m_demo.create(&problem)) << problem.toStdString();
        m_wizard = std::make_unique<ImportWizard>(
            m_demo.store, SystemClock::instance(), QStringLiteral("desk"));
        m_wizard->setProfilesDirectory(m_folder.file(QStringLiteral("profiles")));
        m_wizard->show();
    }
    void TearDown() override
    {
        m_wizard.reset();
        DialogPrompts::setTestMode(false);
    }

    // Choose the file and wait for the mapping page to show it.
    void chooseAndMap(const QString &path)
    {
        m_wizard->chooseFilePage()->setPath(path);
        ASSERT_TRUE(m_wizard->chooseFilePage()->isComplete())
            << m_wizard->chooseFilePage()->problemText().toStdString();
        m_wizard->next();
        ASSERT_EQ(m_wizard->currentId(), ImportWizard::MappingId);
        ASSERT_TRUE(test::waitUntil([&] { return !m_wizard->mappingPage()->isLoading(); }));
        ASSERT_TRUE(m_wizard->mappingPage()->isComplete())
            << m_wizard->mappingPage()->problemText().toStdString();
    }

    void review()
    {
        m_wizard->next();
        ASSERT_EQ(m_wizard->currentId(), ImportWizard::ReviewId);
        ASSERT_TRUE(test::waitUntil(
            [&] { return m_wizard->reviewPage()->state() != ReviewPage::State::Running; }));
        ASSERT_EQ(m_wizard->reviewPage()->state(), ReviewPage::State::Done)
            << m_wizard->reviewPage()->statusText().toStdString();
    }

    test::TempFolder m_folder;
    test::DemoStoreFixture m_demo;
    std::unique_ptr<ImportWizard> m_wizard;
};

TEST_F(UiImportWizard, ImportsAListAndTheDeskKnowsTheStudents)
{
    const QString path = writeFile(m_folder.file(QStringLiteral("consent.csv")), realisticList());
    chooseAndMap(path);
    MappingPage *mapping = m_wizard->mappingPage();
    EXPECT_EQ(mapping->sourceText(), QStringLiteral("CSV, UTF-8, separated by commas"));
    EXPECT_EQ(mapping->preview()->rowCount(), MappingPage::PreviewRows);
    EXPECT_EQ(mapping->fieldBox(Field::StudentNumber)->currentText(), QStringLiteral("Student ID"));
    EXPECT_EQ(mapping->fieldBox(Field::FamilyName)->currentText(), QStringLiteral("Last Name"));
    EXPECT_EQ(mapping->fieldBox(Field::Email)->currentIndex(), 0); // (not in this file)
    EXPECT_TRUE(mapping->ignoredText().contains(QStringLiteral("Notes")));

    review();
    ReviewPage *page = m_wizard->reviewPage();
    const importer::ImportCounts counts = m_wizard->review()->counts;
    EXPECT_EQ(counts.rows, 42);
    EXPECT_EQ(counts.duplicates, 1);
    EXPECT_EQ(counts.rejected, 5);
    EXPECT_EQ(counts.created, 36);
    EXPECT_EQ(page->countText(ReviewPage::NewCount), QStringLiteral("36"));
    EXPECT_EQ(page->countText(ReviewPage::RejectedCount), QStringLiteral("5"));
    EXPECT_TRUE(page->isComplete()) << page->blockerText().toStdString();

    // The findings name line and column; "problems only" leaves the rejected rows.
    QAbstractItemModel *findings = page->findingsView()->model();
    ASSERT_GE(findings->rowCount(), 5);
    EXPECT_EQ(findings->index(0, FindingsModel::LineColumn).data().toInt(), 6);
    EXPECT_EQ(
        findings->index(0, FindingsModel::FileColumn).data().toString(), QStringLiteral("Grade"));
    page->problemsOnlyBox()->setChecked(true);
    EXPECT_EQ(findings->rowCount(), 5);

    // Rejected rows go to a CSV the clerk can fix: original columns plus the reason, 0600.
    const QString rejected = m_folder.file(QStringLiteral("rejected.csv"));
    DialogPrompts::queueFileName(rejected);
    page->saveRejectedButton()->click();
    ASSERT_TRUE(test::waitUntil([&] { return !page->isSavingRejected(); }));
    EXPECT_TRUE(page->savedText().contains(QStringLiteral("Rejected rows saved: 5")))
        << page->savedText().toStdString();
    QFile saved(rejected);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(saved.readAll())
                                  .remove(QChar(0xFEFF))
                                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6);
    EXPECT_EQ(lines.at(0), kHeader + QStringLiteral(",reason"));
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("1900101,Brightwater,Avery,13,RHS")));
    EXPECT_EQ(saved.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);
    // A file with student data outside the store is named in the audit log.
    auto audit = AuditLog(m_demo.store->database()).recent(5);
    ASSERT_TRUE(audit.has_value());
    ASSERT_FALSE(audit->isEmpty());
    EXPECT_EQ(audit->constFirst().action, kAuditFileWritten);
    EXPECT_TRUE(audit->constFirst().detail.contains(QDir::toNativeSeparators(rejected)))
        << audit->constFirst().detail.toStdString();

    m_wizard->next(); // Import
    ASSERT_TRUE(test::waitUntil([&] { return m_wizard->currentId() == ImportWizard::SummaryId; }));
    ASSERT_TRUE(m_wizard->outcome().has_value());
    EXPECT_TRUE(m_wizard->outcome()->committed) << m_wizard->outcome()->message.toStdString();
    const qint64 batch = m_wizard->outcome()->batchId.value_or(0);
    EXPECT_EQ(m_wizard->summaryPage()->headingText(), QStringLiteral("Import finished"));
    EXPECT_TRUE(
        m_wizard->summaryPage()->messageText().contains(QStringLiteral("batch %1").arg(batch)));
    EXPECT_EQ(batchCount(*m_demo.store), 1);
    // Row 1 is LHS 3900001 (yes), row 3 is RHS 1900003 (yes), row 7 is LHS 3900007 (no).
    EXPECT_EQ(deskSays(*m_demo.store, QStringLiteral("RHS"), QStringLiteral("1900003")),
        VerdictStatus::Eligible);
    EXPECT_EQ(deskSays(*m_demo.store, QStringLiteral("LHS"), QStringLiteral("3900001")),
        VerdictStatus::Eligible);
    EXPECT_EQ(deskSays(*m_demo.store, QStringLiteral("LHS"), QStringLiteral("3900007")),
        VerdictStatus::NoConsent);
    EXPECT_EQ(deskSays(*m_demo.store, QStringLiteral("RHS"), QStringLiteral("1900101")),
        VerdictStatus::NotFound); // grade 13: rejected

    // The summary opens the batch history.
    m_wizard->summaryPage()->historyButton()->click();
    EXPECT_NE(m_wizard->findChild<QDialog *>(), nullptr);
}

TEST_F(UiImportWizard, StoppingTheCommitImportsNothing)
{
    QStringList lines { kHeader };
    for (int serial = 1; serial <= 3000; ++serial)
        lines.append(goodRow(serial + 10000));
    chooseAndMap(writeFile(m_folder.file(QStringLiteral("big.csv")), lines));
    review();
    EXPECT_EQ(m_wizard->review()->counts.created, 3000);
    m_wizard->next();
    ASSERT_EQ(m_wizard->currentId(), ImportWizard::CommitId);
    m_wizard->commitPage()->cancelButton()->click();
    ASSERT_TRUE(test::waitUntil([&] { return m_wizard->currentId() == ImportWizard::SummaryId; }));
    EXPECT_FALSE(m_wizard->outcome()->committed);
    EXPECT_EQ(m_wizard->summaryPage()->headingText(), QStringLiteral("Nothing was imported"));
    EXPECT_EQ(batchCount(*m_demo.store), 0);
    EXPECT_EQ(deskSays(*m_demo.store, QStringLiteral("RHS"), QStringLiteral("1910002")),
        VerdictStatus::NotFound);
}

// Seen walking through the wizard under Xvfb: Enter on the finished review went Back,
// because the Import button had lost the focus while it was disabled.
TEST_F(UiImportWizard, EnterOnAFinishedReviewImports)
{
    QStringList lines { kHeader };
    for (int serial = 1; serial <= 3; ++serial)
        lines.append(goodRow(serial + 10000));
    chooseAndMap(writeFile(m_folder.file(QStringLiteral("small.csv")), lines));
    review();
    QAbstractButton *import = m_wizard->button(QWizard::CommitButton);
    ASSERT_TRUE(import->isEnabled());
    EXPECT_EQ(m_wizard->focusWidget(), import);
    QTest::keyClick(m_wizard->focusWidget(), Qt::Key_Return);
    ASSERT_TRUE(test::waitUntil([&] { return m_wizard->currentId() == ImportWizard::SummaryId; }));
    EXPECT_TRUE(m_wizard->outcome()->committed) << m_wizard->outcome()->message.toStdString();
}

TEST_F(UiImportWizard, StoppingTheReviewLeavesImportDisabled)
{
    QStringList lines { kHeader };
    for (int serial = 1; serial <= 3000; ++serial)
        lines.append(goodRow(serial + 10000));
    chooseAndMap(writeFile(m_folder.file(QStringLiteral("big.csv")), lines));
    m_wizard->next();
    m_wizard->reviewPage()->cancelButton()->click();
    ASSERT_TRUE(test::waitUntil(
        [&] { return m_wizard->reviewPage()->state() != ReviewPage::State::Running; }));
    EXPECT_EQ(m_wizard->reviewPage()->state(), ReviewPage::State::Cancelled);
    EXPECT_FALSE(m_wizard->reviewPage()->isComplete());
    EXPECT_EQ(batchCount(*m_demo.store), 0);
}

TEST_F(UiImportWizard, FullSyncAsksToConfirmALargeChange)
{
    QStringList lines { kHeader };
    for (int serial = 3; serial <= 30; serial += 3) // a few RHS students only
        lines.append(goodRow(serial));
    chooseAndMap(writeFile(m_folder.file(QStringLiteral("partial.csv")), lines));
    m_wizard->mappingPage()->fullSyncBox()->setChecked(true);
    review();
    ASSERT_TRUE(m_wizard->review()->largeChange);
    ReviewPage *page = m_wizard->reviewPage();
    EXPECT_FALSE(page->isComplete());
    EXPECT_FALSE(page->blockerText().isEmpty());
    page->confirmLargeChangeBox()->setChecked(true);
    EXPECT_TRUE(page->isComplete());
    m_wizard->next();
    ASSERT_TRUE(test::waitUntil([&] { return m_wizard->currentId() == ImportWizard::SummaryId; }));
    EXPECT_TRUE(m_wizard->outcome()->committed) << m_wizard->outcome()->message.toStdString();
    EXPECT_GT(m_wizard->outcome()->review.counts.departed, 0);
}

TEST_F(UiImportWizard, StrictWithRejectedRowsCannotImport)
{
    chooseAndMap(writeFile(m_folder.file(QStringLiteral("consent.csv")), realisticList()));
    m_wizard->mappingPage()->strictBox()->setChecked(true);
    review();
    EXPECT_FALSE(m_wizard->reviewPage()->isComplete());
    EXPECT_TRUE(m_wizard->reviewPage()->blockerText().contains(QStringLiteral("Strict")));
}

TEST_F(UiImportWizard, ChangingTheMappingAndSavingAProfile)
{
    chooseAndMap(writeFile(m_folder.file(QStringLiteral("consent.csv")), realisticList()));
    MappingPage *mapping = m_wizard->mappingPage();
    QComboBox *number = mapping->fieldBox(Field::StudentNumber);
    number->setCurrentIndex(0);
    EXPECT_FALSE(mapping->isComplete()); // no student number: nothing could be imported
    EXPECT_TRUE(mapping->ignoredText().contains(QStringLiteral("Student ID")));
    number->setCurrentIndex(number->findText(QStringLiteral("Student ID")));
    EXPECT_TRUE(mapping->isComplete());
    DialogPrompts::queueText(QStringLiteral("District export"));
    mapping->saveProfileButton()->click();
    EXPECT_GE(mapping->profileBox()->findData(QStringLiteral("District export")), 0);
    EXPECT_EQ(mapping->profileBox()->currentData().toString(), QStringLiteral("District export"));
}

TEST_F(UiImportWizard, OnlyTableFilesAreAccepted)
{
    ChooseFilePage *page = m_wizard->chooseFilePage();
    page->setPath(writeFile(m_folder.file(QStringLiteral("list.xls")), { kHeader }));
    EXPECT_FALSE(page->isComplete());
    EXPECT_TRUE(page->problemText().contains(QStringLiteral(".xlsx")));
    page->setPath(m_folder.file(QStringLiteral("missing.csv")));
    EXPECT_FALSE(page->isComplete());
    EXPECT_TRUE(ChooseFilePage::isAcceptedSuffix(QStringLiteral("a.TSV")));
}

TEST(UiImportCsv, CellsThatLookLikeFormulasAreNeutralised)
{
    EXPECT_EQ(neutraliseCsvCell(QStringLiteral("=HYPERLINK(1)")), QStringLiteral("'=HYPERLINK(1)"));
    EXPECT_EQ(neutraliseCsvCell(QStringLiteral("+1")), QStringLiteral("'+1"));
    EXPECT_EQ(neutraliseCsvCell(QStringLiteral("-1")), QStringLiteral("'-1"));
    EXPECT_EQ(neutraliseCsvCell(QStringLiteral("@SUM")), QStringLiteral("'@SUM"));
    EXPECT_EQ(neutraliseCsvCell(QStringLiteral("\tx")), QStringLiteral("'\tx"));
    EXPECT_EQ(neutraliseCsvCell(QStringLiteral("\rx")), QStringLiteral("'\rx"));
    EXPECT_EQ(neutraliseCsvCell(QString(QChar(u'\0')) + QStringLiteral("x")),
        QStringLiteral("'") + QChar(u'\0') + QStringLiteral("x"));
    EXPECT_EQ(neutraliseCsvCell(QStringLiteral("Avery")), QStringLiteral("Avery"));
    EXPECT_EQ(neutraliseCsvCell(QString()), QString());
}

TEST(UiImportCsv, SourceInWords)
{
    importer::SourceInfo info;
    info.format = QStringLiteral("CSV");
    info.encoding = QStringLiteral("Windows-1252");
    info.delimiter = QStringLiteral(";");
    EXPECT_EQ(MappingPage::describeSource(info),
        QStringLiteral("CSV, Windows-1252, separated by semicolons"));
    info.delimiter = QStringLiteral("\t");
    EXPECT_TRUE(MappingPage::describeSource(info).endsWith(QStringLiteral("tabs")));
}

TEST(UiImportMenu, FileMenuImportsWhileAStoreIsOpen)
{
    test::TempFolder folder;
    DeskAppOptions options;
    options.storePath = folder.file(QStringLiteral("demo.store"));
    options.demoStorePath = options.storePath;
    options.demo = true;
    MainWindow window(options);
    window.setKdfParams(KdfParams::minimum());
    window.show();
    window.start();
    ImportActions *actions = window.importActions();
    ASSERT_NE(actions, nullptr);
    EXPECT_FALSE(actions->importAction()->isEnabled());
    EXPECT_FALSE(actions->historyAction()->isEnabled());
    EXPECT_EQ(actions->importAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    ASSERT_FALSE(window.menuBar()->actions().isEmpty());
    EXPECT_EQ(window.menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));

    ASSERT_TRUE(
        test::waitUntil([&] { return window.currentPage() == window.unlockPage(); }, 60000));
    QTest::keyClicks(window.unlockPage()->passphraseField(), demoPassphrase());
    QTest::keyClick(window.unlockPage()->passphraseField(), Qt::Key_Return);
    ASSERT_TRUE(test::waitUntil([&] { return window.deskView() != nullptr; }));
    EXPECT_TRUE(actions->importAction()->isEnabled());
    actions->importAction()->trigger();
    ASSERT_NE(actions->wizard(), nullptr);
    EXPECT_TRUE(actions->wizard()->isVisible());

    window.lock(); // the wizard holds the store: it closes with the lock
    EXPECT_EQ(actions->wizard(), nullptr);
    EXPECT_FALSE(actions->importAction()->isEnabled());
}

// The mapping and review pages with a realistic file, for docs/screenshots.
TEST_F(UiImportWizard, Screenshots)
{
    m_wizard->resize(1100, 760);
    chooseAndMap(
        writeFile(m_folder.file(QStringLiteral("riverbend-consent-2026.csv")), realisticList()));
    EXPECT_TRUE(saveShot(*m_wizard, QStringLiteral("import-mapping.png")));
    review();
    EXPECT_TRUE(saveShot(*m_wizard, QStringLiteral("import-review.png")));
}

} // namespace
} // namespace cardbridge
