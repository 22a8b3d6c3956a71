#include "store/Schema.h"
#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <gtest/gtest.h>

using namespace cardbridge;

namespace {

using test::CliRun;

// Drives the real cardbridge-cli binary, as a script or a person would.
class CliTest : public ::testing::Test {
protected:
    CliRun cli(const QStringList &arguments, const QByteArray &input = {},
        const QString &passphrase = test::kDemoPassphrase)
    {
        return test::runCli(folder, arguments, input, passphrase);
    }

    CliRun demo(int students = 60)
    {
        return cli({ QStringLiteral("demo"), QStringLiteral("--store"), store,
            QStringLiteral("--students"), QString::number(students) });
    }

    test::TempFolder folder;
    QString store = folder.file(QStringLiteral("demo.store"));
};

QString renderCode128(const QString &text, const QString &path)
{
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::Code128);
    writer.setMargin(20);
    const ZXing::BitMatrix matrix = writer.encode(text.toStdString(), 600, 160);
    QImage image(matrix.width(), matrix.height(), QImage::Format_Grayscale8);
    for (int y = 0; y < matrix.height(); ++y)
        for (int x = 0; x < matrix.width(); ++x)
            image.scanLine(y)[x] = matrix.get(x, y) ? 0 : 255;
    image.save(path);
    return path;
}

} // namespace

TEST_F(CliTest, DemoThenInfoThenLookupWorkEndToEnd)
{
    const CliRun created = demo();
    ASSERT_EQ(created.exitCode, 0) << created.err.constData();
    EXPECT_TRUE(created.out.contains("demo-desk-passphrase"));

    const CliRun info = cli(
        { QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--store"), store });
    ASSERT_EQ(info.exitCode, 0) << info.err.constData();
    const QJsonObject object = QJsonDocument::fromJson(info.out).object();
    // A new store is made at the schema this build writes.
    EXPECT_EQ(object.value(QStringLiteral("schema_version")).toString(),
        QStringLiteral("%1.%2").arg(schema::kCurrent.major).arg(schema::kCurrent.minor));
    EXPECT_TRUE(
        object.value(QStringLiteral("cipher_version")).toString().startsWith(QLatin1Char('3')));
    EXPECT_EQ(
        object.value(QStringLiteral("counts")).toObject().value(QStringLiteral("students")).toInt(),
        60);
    const QJsonObject slot = object.value(QStringLiteral("key_slots")).toArray().first().toObject();
    EXPECT_GE(slot.value(QStringLiteral("memlimit_mib")).toInt(), 19);

    const CliRun lookup
        = cli({ QStringLiteral("lookup"), QStringLiteral("--json"), QStringLiteral("--store"),
            store, QStringLiteral("LHS3100001"), QStringLiteral("9780306406157") });
    ASSERT_EQ(lookup.exitCode, 0) << lookup.err.constData();
    const auto answers = lookup.jsonLines();
    ASSERT_EQ(answers.size(), 2);
    EXPECT_EQ(answers[0].value(QStringLiteral("input")).toString(), QStringLiteral("LHS3100001"));
    EXPECT_TRUE(answers[0].value(QStringLiteral("student")).isObject());
    EXPECT_EQ(answers[0]
                  .value(QStringLiteral("student"))
                  .toObject()
                  .value(QStringLiteral("school"))
                  .toString(),
        QStringLiteral("Lakeside High School"));
    EXPECT_EQ(
        answers[1].value(QStringLiteral("status")).toString(), QStringLiteral("unrecognized"));
    EXPECT_TRUE(answers[1].value(QStringLiteral("patron_number")).isNull());
    EXPECT_TRUE(answers[1].value(QStringLiteral("student")).isNull());
    EXPECT_FALSE(answers[1].value(QStringLiteral("message")).toString().isEmpty());
}

TEST_F(CliTest, LookupFromStandardInputAnswersOneLinePerCode)
{
    ASSERT_EQ(demo().exitCode, 0);
    const CliRun run = cli({ QStringLiteral("lookup"), QStringLiteral("--json"),
                               QStringLiteral("--store"), store, QStringLiteral("-") },
        "LHS3100001\n\nnonsense\r\nLHS3100002\n");
    ASSERT_EQ(run.exitCode, 0);
    const auto answers = run.jsonLines();
    ASSERT_EQ(answers.size(), 3);
    EXPECT_EQ(answers[1].value(QStringLiteral("input")).toString(), QStringLiteral("nonsense"));
    EXPECT_EQ(
        answers[1].value(QStringLiteral("status")).toString(), QStringLiteral("unrecognized"));
}

TEST_F(CliTest, ExitCodesFollowTheContract)
{
    EXPECT_EQ(cli({ QStringLiteral("frobnicate") }).exitCode, 2);
    EXPECT_EQ(cli({ QStringLiteral("--no-such-option") }).exitCode, 2);
    EXPECT_EQ(
        cli({ QStringLiteral("lookup"), QStringLiteral("--store"), store, QStringLiteral("X") })
            .exitCode,
        4);
    ASSERT_EQ(demo(10).exitCode, 0);
    const CliRun wrong = cli({ QStringLiteral("info"), QStringLiteral("--store"), store }, {},
        QStringLiteral("wrong passphrase"));
    EXPECT_EQ(wrong.exitCode, 3);
    EXPECT_TRUE(wrong.err.contains("Wrong passphrase"));
    const CliRun again = cli({ QStringLiteral("init"), QStringLiteral("--store"), store });
    EXPECT_EQ(again.exitCode, 4);
    EXPECT_TRUE(again.err.contains("already exists"));
    const CliRun help = cli({ QStringLiteral("--help") });
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("Exit codes"));
}

TEST_F(CliTest, PassphraseFileTakesPrecedenceOverTheEnvironment)
{
    ASSERT_EQ(demo(10).exitCode, 0);
    const QString file = folder.file(QStringLiteral("pass.txt"));
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("demo-desk-passphrase\n");
    out.close();
    const CliRun run = cli({ QStringLiteral("info"), QStringLiteral("--store"), store,
                               QStringLiteral("--passphrase-file"), file },
        {}, QStringLiteral("wrong one in the environment"));
    EXPECT_EQ(run.exitCode, 0) << run.err.constData();
}

TEST_F(CliTest, DecodeReadsImagesAndReportsUnreadableOnesWithoutStopping)
{
    const QString image
        = renderCode128(QStringLiteral("LHS3100001"), folder.file(QStringLiteral("card.png")));
    const QString garbage = folder.file(QStringLiteral("garbage.png"));
    QFile bad(garbage);
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("not an image");
    bad.close();
    const CliRun run = cli({ QStringLiteral("decode"), QStringLiteral("--json"), garbage, image,
        folder.file(QStringLiteral("missing.png")) });
    EXPECT_EQ(run.exitCode, 1);
    const auto results = run.jsonLines();
    ASSERT_EQ(results.size(), 3);
    EXPECT_TRUE(results[0].contains(QStringLiteral("error")));
    const QJsonArray codes = results[1].value(QStringLiteral("codes")).toArray();
    ASSERT_EQ(codes.size(), 1);
    EXPECT_EQ(
        codes[0].toObject().value(QStringLiteral("format")).toString(), QStringLiteral("Code128"));
    EXPECT_EQ(
        codes[0].toObject().value(QStringLiteral("text")).toString(), QStringLiteral("LHS3100001"));
    EXPECT_TRUE(results[2].contains(QStringLiteral("error")));
    EXPECT_EQ(results[2].value(QStringLiteral("file")).toString(),
        folder.file(QStringLiteral("missing.png")));
}

TEST_F(CliTest, AgreementShowApplyRoundTripAndProblemsWithJsonPaths)
{
    ASSERT_EQ(demo(10).exitCode, 0);
    const CliRun shown = cli(
        { QStringLiteral("agreement"), QStringLiteral("show"), QStringLiteral("--store"), store });
    ASSERT_EQ(shown.exitCode, 0) << shown.err.constData();
    QJsonObject document = QJsonDocument::fromJson(shown.out).object();
    EXPECT_EQ(document.value(QStringLiteral("format")).toString(),
        QStringLiteral("cardbridge-agreement"));

    document.insert(QStringLiteral("consent_model"), QStringLiteral("opt_in"));
    const QString good = folder.file(QStringLiteral("agreement.json"));
    QFile goodFile(good);
    ASSERT_TRUE(goodFile.open(QIODevice::WriteOnly));
    goodFile.write(QJsonDocument(document).toJson());
    goodFile.close();
    const CliRun applied = cli({ QStringLiteral("agreement"), QStringLiteral("apply"), good,
        QStringLiteral("--store"), store });
    ASSERT_EQ(applied.exitCode, 0) << applied.err.constData();
    const CliRun reread = cli(
        { QStringLiteral("agreement"), QStringLiteral("show"), QStringLiteral("--store"), store });
    EXPECT_EQ(QJsonDocument::fromJson(reread.out)
                  .object()
                  .value(QStringLiteral("consent_model"))
                  .toString(),
        QStringLiteral("opt_in"));

    QJsonArray schools = document.value(QStringLiteral("schools")).toArray();
    QJsonObject school = schools[1].toObject();
    QJsonObject rule = school.value(QStringLiteral("card_rule")).toObject();
    rule.insert(QStringLiteral("pattern"), QStringLiteral("([0-9"));
    school.insert(QStringLiteral("card_rule"), rule);
    schools[1] = school;
    document.insert(QStringLiteral("schools"), schools);
    document.insert(QStringLiteral("consent_model"), QStringLiteral("maybe"));
    const QString bad = folder.file(QStringLiteral("bad.json"));
    QFile badFile(bad);
    ASSERT_TRUE(badFile.open(QIODevice::WriteOnly));
    badFile.write(QJsonDocument(document).toJson());
    badFile.close();
    const CliRun rejected = cli({ QStringLiteral("agreement"), QStringLiteral("apply"), bad,
        QStringLiteral("--store"), store });
    EXPECT_EQ(rejected.exitCode, 1);
    EXPECT_TRUE(rejected.err.contains("$.consent_model")) << rejected.err.constData();
    EXPECT_TRUE(rejected.err.contains("$.schools[1].card_rule.pattern"))
        << rejected.err.constData();
    const CliRun unchanged = cli(
        { QStringLiteral("agreement"), QStringLiteral("show"), QStringLiteral("--store"), store });
    EXPECT_EQ(QJsonDocument::fromJson(unchanged.out)
                  .object()
                  .value(QStringLiteral("consent_model"))
                  .toString(),
        QStringLiteral("opt_in"));
}
