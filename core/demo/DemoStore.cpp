#include "demo/DemoStore.h"

#include "consent/VerdictService.h"
#include "demo/DemoAgreement.h"
#include "demo/SyntheticNames.h"
#include "store/AgreementRepository.h"
#include "store/SqlHelpers.h"
#include "store/Store.h"
#include "store/StudentRepository.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>

#include <random>

namespace cardbridge {

Q_LOGGING_CATEGORY(lcDemo, "cardbridge.demo")

namespace {

struct SchoolPlan {
    QString code;
    int firstDigit;
    QStringList grades;
};

const QList<SchoolPlan> &schoolPlans()
{
    static const QList<SchoolPlan> plans = {
        { QStringLiteral("RHS"), 1,
            { QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("11"),
                QStringLiteral("12") } },
        { QStringLiteral("LHS"), 3,
            { QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("11"),
                QStringLiteral("12") } },
        { QStringLiteral("MCM"), 2,
            { QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8") } },
        { QStringLiteral("OES"), 4,
            { QStringLiteral("K"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                QStringLiteral("4"), QStringLiteral("5") } },
    };
    return plans;
}

// One student's place in the mix of consent and card states a real pilot shows.
class DemoStudentWriter {
public:
    DemoStudentWriter(
        StudentRepository &students, const Agreement &agreement, const QDateTime &now, quint32 seed)
        : m_students(students)
        , m_agreement(agreement)
        , m_now(now)
        , m_random(seed)
    {
    }

    Status write(qint64 schoolId, const SchoolPlan &plan, int serial)
    {
        NewStudent student;
        student.schoolId = schoolId;
        student.studentNumber = QString::number(plan.firstDigit * 1000000 + serial);
        student.givenName = syntheticGivenName(pick(1000000));
        student.familyName = syntheticFamilyName(pick(1000000));
        student.grade = plan.grades.at(pick(int(plan.grades.size())));
        if (pick(2) == 0)
            student.email = QStringLiteral("student%1@example.org").arg(student.studentNumber);
        auto id = m_students.insert(student, m_now);
        if (!id)
            return unexpected(id.error());

        const QString barcode = demoCardBarcode(plan.code, student.studentNumber);
        // A few cards were reported lost (blocked) or replaced by a new card.
        const int cardRoll = pick(100);
        const CardState state = cardRoll < 2 ? CardState::Replaced
            : cardRoll < 3                   ? CardState::Blocked
                                             : CardState::Active;
        if (auto added = m_students.addCard(*id, schoolId, barcode, state, m_now); !added)
            return added;
        if (pick(100) == 0)
            if (auto departed = m_students.markDeparted(*id, m_now); !departed)
                return departed;
        return writeConsent(*id);
    }

private:
    int pick(int bound) { return std::uniform_int_distribution<int>(0, bound - 1)(m_random); }

    Status writeConsent(qint64 studentId)
    {
        const int roll = pick(100);
        if (roll < 78)
            return {}; // opt-out: no form returned, so in the program
        ConsentRecord record;
        record.studentId = studentId;
        record.givenBy = QStringLiteral("Parent/guardian (synthetic)");
        record.channel = QStringLiteral("registration packet");
        record.formVersion = QStringLiteral("2026-27 v1");
        record.decidedOn = m_agreement.schoolYearStart.addDays(pick(20));
        record.staffAccount = QStringLiteral("demo");
        if (roll < 88) {
            record.decision = ConsentDecision::Granted;
            record.validUntil = m_agreement.schoolYearEnd;
        } else if (roll < 94) {
            record.decision = ConsentDecision::Declined;
        } else if (roll < 97) {
            record.decision = ConsentDecision::Withdrawn;
            record.withdrawnOn = record.decidedOn.addDays(30);
            record.withdrawalChannel = QStringLiteral("paper form");
        } else { // last year's form, never renewed
            record.decision = ConsentDecision::Granted;
            record.formVersion = QStringLiteral("2025-26 v1");
            record.decidedOn = m_agreement.schoolYearStart.addYears(-1);
            record.validUntil = m_agreement.schoolYearStart.addDays(-1);
        }
        return m_students.recordConsent(record, m_now);
    }

    StudentRepository &m_students;
    const Agreement &m_agreement;
    QDateTime m_now;
    std::mt19937 m_random;
};

Status populate(Store &store, const DemoOptions &options, const Clock &clock)
{
    const QDateTime now = clock.nowUtc();
    const Agreement agreement = demoAgreement(now.date());
    if (auto applied = AgreementRepository(store.database()).apply(agreement, now); !applied)
        return applied;
    auto schools = AgreementRepository(store.database()).schools();
    if (!schools)
        return unexpected(schools.error());

    QSqlDatabase database = store.database();
    if (!database.transaction())
        return sqlFailure(database.lastError(), QStringLiteral("start the demo load"));
    StudentRepository students(database);
    DemoStudentWriter writer(students, agreement, now, options.seed);
    const auto &plans = schoolPlans();
    for (int i = 0; i < options.students; ++i) {
        const SchoolPlan &plan = plans.at(i % plans.size());
        qint64 schoolId = 0;
        for (const SchoolRecord &school : std::as_const(*schools))
            if (school.code == plan.code)
                schoolId = school.id;
        if (auto written = writer.write(schoolId, plan, 100000 + i / int(plans.size())); !written) {
            database.rollback();
            return written;
        }
    }
    if (!database.commit()) {
        const QSqlError error = database.lastError();
        database.rollback();
        return sqlFailure(error, QStringLiteral("save the demo students"));
    }
    qCInfo(lcDemo, "demo store filled with %d synthetic students", options.students);
    return {};
}

} // namespace

Status populateDemoStore(Store &store, const DemoOptions &options, const Clock &clock)
{
    if (options.students < 1 || options.students > 5000000)
        return fail(
            ErrorCode::InvalidArgument, QStringLiteral("The demo takes 1 to 5,000,000 students."));
    return populate(store, options, clock);
}

Result<QList<DemoCard>> demoSampleCards(Store &store, const Clock &clock)
{
    VerdictService verdicts(store.database(), clock);
    QList<DemoCard> cards;
    QSet<VerdictStatus> seen;
    auto consider = [&](const QString &code) {
        const Verdict verdict = verdicts.lookup(code);
        if (seen.contains(verdict.status))
            return;
        seen.insert(verdict.status);
        cards.append(DemoCard { code, verdict.status });
    };
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT barcode FROM card_barcodes ORDER BY id")))
        return sqlFailure(query.lastError(), QStringLiteral("read the demo cards"));
    while (query.next() && seen.size() < 6)
        consider(query.value(0).toString());
    query.finish();
    consider(demoCardBarcode(QStringLiteral("RHS"), QStringLiteral("1999999"))); // not_found
    consider(QStringLiteral("9780306406157")); // a book's ISBN: unrecognized
    std::sort(cards.begin(), cards.end(),
        [](const DemoCard &a, const DemoCard &b) { return int(a.expected) < int(b.expected); });
    return cards;
}

QString demoPassphrase()
{
    return QStringLiteral("demo-desk-passphrase");
}

QString defaultStorePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(folder);
    return folder + QStringLiteral("/cardbridge.store");
}

QString defaultDemoStorePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(folder);
    return folder + QStringLiteral("/demo.store");
}

} // namespace cardbridge
