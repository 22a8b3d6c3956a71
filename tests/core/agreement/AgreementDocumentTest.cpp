#include "agreement/AgreementDocument.h"

#include "agreement/Grade.h"
#include "demo/DemoAgreement.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace cardbridge;

TEST(AgreementDocument, TheDemoAgreementSurvivesARoundTrip)
{
    const Agreement original = demoAgreement(QDate(2026, 12, 3));
    const QByteArray document = agreementToDocument(original);
    const AgreementParse parsed = parseAgreementDocument(document);
    ASSERT_TRUE(parsed.agreement.has_value())
        << qPrintable(parsed.problems.join(QLatin1Char('\n')));
    EXPECT_EQ(agreementToDocument(*parsed.agreement), document);
    EXPECT_EQ(parsed.agreement->schools.size(), 4);
    EXPECT_EQ(parsed.agreement->schoolYearStart, QDate(2026, 8, 1));
    EXPECT_EQ(parsed.agreement->consentModel, ConsentModel::OptOut);
}

TEST(AgreementDocument, TheExampleInDocsIsValid)
{
    QFile file(QStringLiteral(CARDBRIDGE_SOURCE_DIR "/docs/examples/agreement.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const AgreementParse parsed = parseAgreementDocument(file.readAll());
    EXPECT_TRUE(parsed.agreement.has_value())
        << qPrintable(parsed.problems.join(QLatin1Char('\n')));
}

TEST(AgreementDocument, EveryProblemIsReportedWithItsJsonPath)
{
    QJsonObject root
        = QJsonDocument::fromJson(agreementToDocument(demoAgreement(QDate(2026, 12, 3)))).object();
    root.insert(QStringLiteral("consent_model"), QStringLiteral("sometimes"));
    root.insert(QStringLiteral("grades_in_scope"),
        QJsonArray { QStringLiteral("9"), QStringLiteral("13") });
    root.insert(QStringLiteral("school_year"),
        QJsonObject { { QStringLiteral("start"), QStringLiteral("2027-06-30") },
            { QStringLiteral("end"), QStringLiteral("2026-08-15") } });
    QJsonArray schools = root.value(QStringLiteral("schools")).toArray();
    QJsonObject second = schools[1].toObject();
    second.insert(QStringLiteral("code"), schools[0].toObject().value(QStringLiteral("code")));
    second.remove(QStringLiteral("name"));
    schools[1] = second;
    root.insert(QStringLiteral("schools"), schools);
    root.remove(QStringLiteral("partner_district"));

    const AgreementParse parsed = parseAgreementDocument(QJsonDocument(root).toJson());
    EXPECT_FALSE(parsed.agreement.has_value());
    const QString all = parsed.problems.join(QLatin1Char('\n'));
    for (const char *path : { "$.consent_model:", "$.grades_in_scope[1]:", "$.school_year.end:",
             "$.schools[1].code:", "$.schools[1].name:", "$.partner_district:" })
        EXPECT_TRUE(all.contains(QLatin1String(path))) << path << "\n" << qPrintable(all);
}

TEST(AgreementDocument, NotJsonAtAllIsOneClearProblem)
{
    const AgreementParse parsed = parseAgreementDocument("{ this is not json");
    ASSERT_EQ(parsed.problems.size(), 1);
    EXPECT_TRUE(parsed.problems.first().startsWith(QStringLiteral("$: not valid JSON")));
}

TEST(Grade, UnderstandsHowDistrictsWriteGrades)
{
    const QList<QPair<QString, QString>> cases = {
        { QStringLiteral("9"), QStringLiteral("9") },
        { QStringLiteral("09"), QStringLiteral("9") },
        { QStringLiteral("9th"), QStringLiteral("9") },
        { QStringLiteral("Grade 9"), QStringLiteral("9") },
        { QStringLiteral("12"), QStringLiteral("12") },
        { QStringLiteral("k"), QStringLiteral("K") },
        { QStringLiteral("TK"), QStringLiteral("TK") },
        { QStringLiteral("Kindergarten"), QStringLiteral("K") },
        { QStringLiteral("1st"), QStringLiteral("1") },
        { QStringLiteral(" gr 3 "), QStringLiteral("3") },
    };
    for (const auto &[text, expected] : cases)
        EXPECT_EQ(normaliseGrade(text).value_or(QStringLiteral("?")), expected) << qPrintable(text);
    for (const QString &bad :
        { QStringLiteral("13"), QStringLiteral("0"), QStringLiteral("senior"), QString() })
        EXPECT_FALSE(normaliseGrade(bad).has_value()) << qPrintable(bad);
}
