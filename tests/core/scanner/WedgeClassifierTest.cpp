#include "WedgeReplay.h"
#include "scanner/ScanFrame.h"

#include <gtest/gtest.h>

namespace cardbridge {
namespace {

using test::KeyRecording;
using test::replay;

QString randomCode(std::mt19937 &random)
{
    static const QString kinds[] = { QStringLiteral("LHS31%1"), QStringLiteral("2%1"),
        QStringLiteral("A%1B"), QStringLiteral("S%1") };
    QString digits;
    const int length = std::uniform_int_distribution<int>(5, 13)(random);
    for (int i = 0; i < length; ++i)
        digits += QChar(u'0' + std::uniform_int_distribution<int>(0, 9)(random));
    return kinds[std::uniform_int_distribution<int>(0, 3)(random)].arg(digits);
}

QString randomWord(std::mt19937 &random)
{
    static const QString words[] = { QStringLiteral("harry potter"), QStringLiteral("dune"),
        QStringLiteral("Smith, J"), QStringLiteral("renewal 2026"), QStringLiteral("a"),
        QStringLiteral("ok"), QStringLiteral("the hobbit"), QStringLiteral("30234000517861") };
    return words[std::uniform_int_distribution<int>(0, 7)(random)];
}

const QString kTerminators[] = { QStringLiteral("\r"), QStringLiteral("\t"), QString() };

// Both with the UI's timer (onTimeout at each deadline) and without (feed() settles late).
class WedgeClassifierReplay : public ::testing::TestWithParam<bool> { };

} // namespace

TEST_P(WedgeClassifierReplay, SeededScannerTimingsAreScans)
{
    std::mt19937 random(20261001);
    for (int run = 0; run < 300; ++run) {
        const QString code = randomCode(random);
        const QString terminator = kTerminators[run % 3];
        SCOPED_TRACE(run);
        const auto result = replay(
            test::scannerRecording(random, code + terminator, 500), ScannerSettings {}, GetParam());
        EXPECT_EQ(result.typed, QString());
        ASSERT_EQ(result.scans, QStringList { code });
        EXPECT_EQ(result.how.front(), ScanRecognition::Timing);
    }
}

TEST_P(WedgeClassifierReplay, SeededHumanTypingIsNeverAScan)
{
    std::mt19937 random(4711);
    for (int run = 0; run < 400; ++run) {
        const bool fast = run % 2 == 0;
        QString text = randomWord(random);
        if (run % 5 == 0)
            text += QStringLiteral("\r");
        KeyRecording keys = test::humanRecording(random, text.remove(u'\r'), fast);
        if (run % 5 == 0)
            test::appendKey(keys, WedgeKeyKind::Enter, fast ? 90 : 200);
        SCOPED_TRACE(run);
        const auto result = replay(keys, ScannerSettings {}, GetParam());
        EXPECT_TRUE(result.scans.isEmpty()) << result.scans.join(u',').toStdString();
        EXPECT_EQ(result.typed, text + (run % 5 == 0 ? QStringLiteral("\r") : QString()));
    }
}

TEST_P(WedgeClassifierReplay, SeededScanArrivingMidWordGoesToTheDesk)
{
    std::mt19937 random(99);
    for (int run = 0; run < 200; ++run) {
        const QString before = randomWord(random);
        const QString after = randomWord(random);
        const QString code = randomCode(random);
        KeyRecording keys = test::humanRecording(random, before, run % 2 == 0);
        const qint64 lead = std::uniform_int_distribution<qint64>(80, 300)(random);
        for (const auto &key : test::scannerRecording(random, code + kTerminators[run % 3], lead))
            keys.push_back(key);
        KeyRecording rest = test::humanRecording(random, after, run % 2 == 1);
        rest.front().gapMs = std::uniform_int_distribution<qint64>(100, 300)(random);
        keys.insert(keys.end(), rest.begin(), rest.end());
        SCOPED_TRACE(run);
        const auto result = replay(keys, ScannerSettings {}, GetParam());
        EXPECT_EQ(result.typed, before + after);
        EXPECT_EQ(result.scans, QStringList { code });
    }
}

INSTANTIATE_TEST_SUITE_P(WedgeClassifierWithTimer, WedgeClassifierReplay, ::testing::Bool());

// Hand-written edge cases, table driven.
struct EdgeCase {
    const char *name;
    KeyRecording keys;
    ScannerSettings settings;
    QString typed;
    QStringList scans;
    std::optional<ScanRecognition> how;
};

class WedgeClassifierEdge : public ::testing::TestWithParam<EdgeCase> { };

TEST_P(WedgeClassifierEdge, Classifies)
{
    const EdgeCase &edge = GetParam();
    for (const bool timer : { true, false }) {
        SCOPED_TRACE(timer ? "with timer" : "without timer");
        const auto result = replay(edge.keys, edge.settings, timer);
        EXPECT_EQ(result.typed.toStdString(), edge.typed.toStdString());
        EXPECT_EQ(result.scans, edge.scans);
        if (edge.how) {
            ASSERT_EQ(result.how.size(), 1);
            EXPECT_EQ(result.how.front(), *edge.how);
        }
    }
}

namespace {

KeyRecording keys(const QString &text, std::vector<qint64> gaps)
{
    KeyRecording recorded;
    test::appendText(recorded, text, gaps);
    return recorded;
}

KeyRecording withKey(KeyRecording recorded, WedgeKeyKind kind, qint64 gap)
{
    test::appendKey(recorded, kind, gap);
    return recorded;
}

KeyRecording joined(KeyRecording first, const KeyRecording &second)
{
    first.insert(first.end(), second.begin(), second.end());
    return first;
}

ScannerSettings withPrefix(const QString &prefix, const QString &suffix = {})
{
    ScannerSettings settings;
    settings.prefix = prefix;
    settings.suffix = suffix;
    return settings;
}

std::vector<EdgeCase> edgeCases()
{
    return {
        { "HumanThreeFastKeysThenPause", keys(QStringLiteral("abcdef"), { 300, 12, 15, 14, 200 }),
            {}, QStringLiteral("abcdef"), {}, {} },
        { "HumanThreeFastGapsTwice",
            keys(QStringLiteral("abcdefgh"), { 300, 12, 15, 14, 120, 10, 18, 19 }), {},
            QStringLiteral("abcdefgh"), {}, {} },
        { "ScannerWithSixteenMsHiccup",
            withKey(keys(QStringLiteral("LHS3100001"), { 400, 3, 4, 16, 5, 16, 2, 16, 3, 4 }),
                WedgeKeyKind::Enter, 5),
            {}, {}, { QStringLiteral("LHS3100001") }, ScanRecognition::Timing },
        { "ScanMidWordKeepsTheWordAsTyping",
            joined(joined(keys(QStringLiteral("har"), { 300, 180, 150 }),
                       withKey(keys(QStringLiteral("30234000517861"), { 140, 2, 3, 8, 1, 16 }),
                           WedgeKeyKind::Enter, 4)),
                keys(QStringLiteral("ry"), { 260, 170 })),
            {}, QStringLiteral("harry"), { QStringLiteral("30234000517861") },
            ScanRecognition::Timing },
        { "ScanEndedByPause", keys(QStringLiteral("LHS3100001"), { 300, 5, 6, 7, 5 }), {}, {},
            { QStringLiteral("LHS3100001") }, ScanRecognition::Timing },
        { "ScanEndedByTab",
            withKey(keys(QStringLiteral("123456"), { 300, 5 }), WedgeKeyKind::Tab, 5), {}, {},
            { QStringLiteral("123456") }, ScanRecognition::Timing },
        { "FourKeysFastIsNotEnough",
            withKey(keys(QStringLiteral("abcd"), { 300, 5, 5, 5 }), WedgeKeyKind::Enter, 5), {},
            QStringLiteral("abcd\r"), {}, {} },
        { "HumanEnterAfterTyping",
            withKey(keys(QStringLiteral("1234"), { 300, 150 }), WedgeKeyKind::Enter, 200), {},
            QStringLiteral("1234\r"), {}, {} },
        { "PrefixFramesASlowScanner",
            withKey(
                keys(QStringLiteral("#@LHS3100001"), { 300, 45, 40, 50 }), WedgeKeyKind::Enter, 40),
            withPrefix(QStringLiteral("#@")), {}, { QStringLiteral("LHS3100001") },
            ScanRecognition::Prefix },
        { "ControlCharPrefixAndSuffix", keys(QStringLiteral("\x02LHS3100001\x03"), { 300, 5 }),
            withPrefix(QStringLiteral("\x02"), QStringLiteral("\x03")), {},
            { QStringLiteral("LHS3100001") }, ScanRecognition::Prefix },
        { "HumanTypesThePrefixSlowly", keys(QStringLiteral("#@ab"), { 300, 200, 180, 150 }),
            withPrefix(QStringLiteral("#@")), QStringLiteral("#@ab"), {}, {} },
        { "PrefixThenAimIdentifier",
            withKey(keys(QStringLiteral("#]C0LHS3100001"), { 300, 8 }), WedgeKeyKind::Enter, 8),
            withPrefix(QStringLiteral("#")), {}, { QStringLiteral("LHS3100001") },
            ScanRecognition::Prefix },
        { "AimIdentifierFramesCode128",
            withKey(
                keys(QStringLiteral("]C0LHS3100001"), { 300, 40, 45 }), WedgeKeyKind::Enter, 40),
            {}, {}, { QStringLiteral("LHS3100001") }, ScanRecognition::AimIdentifier },
        { "AimIdentifierCodabar",
            withKey(
                keys(QStringLiteral("]F0A30234000517861B"), { 300, 6 }), WedgeKeyKind::Enter, 6),
            {}, {}, { QStringLiteral("A30234000517861B") }, ScanRecognition::AimIdentifier },
        { "HumanTypesABracket", keys(QStringLiteral("]x y"), { 300, 150, 150, 150 }), {},
            QStringLiteral("]x y"), {}, {} },
        { "HumanTypesAnAimLookalikeSlowly", keys(QStringLiteral("]Q1 is"), { 300, 120, 130, 110 }),
            {}, QStringLiteral("]Q1 is"), {}, {} },
        { "OtherKeyEndsTyping",
            withKey(keys(QStringLiteral("ab"), { 300, 150 }), WedgeKeyKind::Other, 100), {},
            QStringLiteral("ab"), {}, {} },
        { "TwoScansBackToBack",
            joined(withKey(keys(QStringLiteral("111111"), { 300, 5 }), WedgeKeyKind::Enter, 5),
                withKey(keys(QStringLiteral("222222"), { 400, 5 }), WedgeKeyKind::Enter, 5)),
            {}, {}, { QStringLiteral("111111"), QStringLiteral("222222") }, std::nullopt },
    };
}

} // namespace

INSTANTIATE_TEST_SUITE_P(WedgeClassifierCases, WedgeClassifierEdge,
    ::testing::ValuesIn(edgeCases()),
    [](const auto &param) { return std::string(param.param.name); });

TEST(WedgeClassifierFrame, MatchesPrefixAndAim)
{
    EXPECT_EQ(matchScanFrame(u"#", u"#@"), FrameState::Partial);
    EXPECT_EQ(matchScanFrame(u"#@1", u"#@"), FrameState::Prefix);
    EXPECT_EQ(matchScanFrame(u"]", u""), FrameState::Partial);
    EXPECT_EQ(matchScanFrame(u"]C", u""), FrameState::Partial);
    EXPECT_EQ(matchScanFrame(u"]C0", u""), FrameState::AimIdentifier);
    EXPECT_EQ(matchScanFrame(u"]Z0", u""), FrameState::None);
    EXPECT_EQ(matchScanFrame(u"x", u"#"), FrameState::None);
    const ScanBody body = scanBody(u"#]Q1ABC%", u"#", u"%");
    EXPECT_EQ(body.code, QStringLiteral("ABC"));
    EXPECT_EQ(body.aimIdentifier, QStringLiteral("]Q1"));
}

TEST(WedgeClassifierDeadline, AsksForACallbackWhileHolding)
{
    WedgeClassifier classifier;
    EXPECT_FALSE(classifier.deadlineMs());
    auto outcome = classifier.feed({ QStringLiteral("a"), WedgeKeyKind::Text, 1000 });
    EXPECT_EQ(outcome.current, WedgeOutcome::Current::Hold);
    EXPECT_EQ(classifier.deadlineMs(), 1030);
    outcome = classifier.onTimeout(1029);
    EXPECT_EQ(outcome.typedKeys, 0);
    outcome = classifier.onTimeout(1030);
    EXPECT_EQ(outcome.typedKeys, 1);
    EXPECT_FALSE(classifier.deadlineMs());
}

TEST(WedgeClassifierSettings, ThresholdIsConfigurable)
{
    ScannerSettings slow;
    slow.thresholdMs = 60;
    // 45 ms gaps: typing at the default threshold, a scan at 60 ms.
    auto recording = withKey(keys(QStringLiteral("123456"), { 300, 45 }), WedgeKeyKind::Enter, 45);
    EXPECT_TRUE(replay(recording, ScannerSettings {}, true).scans.isEmpty());
    EXPECT_EQ(replay(recording, slow, true).scans, QStringList { QStringLiteral("123456") });
}

} // namespace cardbridge
