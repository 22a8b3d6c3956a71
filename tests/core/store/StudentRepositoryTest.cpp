// StudentRepository: a new student written with its first consent decision in one step ends
// up exactly as one written first and given the decision afterwards (the import's fast path).
#include "store/StudentRepository.h"

#include "store/AgreementRepository.h"
#include "support/TestStore.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

namespace cardbridge {
namespace {

const QDateTime kNow(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC);

class StudentRepositoryTest : public ::testing::Test {
protected:
    qint64 schoolId()
    {
        auto schools = AgreementRepository(m_store.store().database()).schools();
        EXPECT_TRUE(schools.has_value() && !schools->isEmpty());
        return schools->constFirst().id;
    }

    NewStudent student(const QString &number)
    {
        return { schoolId(), number, QStringLiteral("Avery"), QStringLiteral("Brightwater"),
            QStringLiteral("10"), QStringLiteral("family@example.org"), QStringLiteral("555-0100"),
            QString() };
    }

    static ConsentRecord decision(ConsentDecision what)
    {
        ConsentRecord record;
        record.decision = what;
        record.givenBy = QStringLiteral("Pat Brightwater");
        record.decidedOn = QDate(2026, 9, 1);
        if (what == ConsentDecision::Withdrawn)
            record.withdrawnOn = record.decidedOn;
        else
            record.validUntil = QDate(2027, 6, 30);
        return record;
    }

    // The student's row and consent records, without ids and the student number.
    QStringList rowsOf(qint64 id)
    {
        QStringList rows;
        for (const QString &sql : { QStringLiteral("SELECT * FROM students WHERE id = %1"),
                 QStringLiteral("SELECT * FROM consent_records WHERE student_id = %1") }) {
            QSqlQuery query(m_store.store().database());
            EXPECT_TRUE(query.exec(sql.arg(id)));
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i) {
                    const QString name = query.record().fieldName(i);
                    if (name == QStringLiteral("id") || name == QStringLiteral("student_id")
                        || name == QStringLiteral("student_number"))
                        continue;
                    values << (query.isNull(i) ? QStringLiteral("NULL")
                                               : query.value(i).toString());
                }
                rows << values.join(QLatin1Char('|'));
            }
        }
        return rows;
    }

    // Both ways of writing the same student and decision; the rows each leaves behind.
    std::pair<QStringList, QStringList> bothWays(ConsentDecision what)
    {
        StudentRepository students(m_store.store().database());
        auto slow = students.insert(student(QStringLiteral("1000001")), kNow);
        EXPECT_TRUE(slow.has_value());
        ConsentRecord record = decision(what);
        record.studentId = *slow;
        EXPECT_TRUE(students.recordConsent(record, kNow).has_value());

        auto fast
            = students.insertWithConsent(student(QStringLiteral("1000002")), decision(what), kNow);
        EXPECT_TRUE(fast.has_value());
        return { rowsOf(*slow), rowsOf(*fast) };
    }

    test::TestStore m_store;
};

TEST_F(StudentRepositoryTest, AGrantedFirstDecisionLeavesTheSameRowsAsInsertThenRecord)
{
    const auto [slow, fast] = bothWays(ConsentDecision::Granted);
    ASSERT_EQ(slow.size(), 2);
    EXPECT_EQ(fast, slow);
    EXPECT_TRUE(fast.constFirst().contains(QStringLiteral("|granted|2027-06-30|")))
        << qPrintable(fast.constFirst());
}

TEST_F(StudentRepositoryTest, AWithdrawnFirstDecisionKeepsNoContactData)
{
    const auto [slow, fast] = bothWays(ConsentDecision::Withdrawn);
    ASSERT_EQ(slow.size(), 2);
    EXPECT_EQ(fast, slow);
    EXPECT_FALSE(fast.constFirst().contains(QStringLiteral("family@example.org")));
    EXPECT_FALSE(fast.constFirst().contains(QStringLiteral("555-0100")));
}

} // namespace
} // namespace cardbridge
