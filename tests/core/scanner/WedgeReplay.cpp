#include "WedgeReplay.h"

namespace cardbridge::test {

namespace {

QString keyText(const TimedKey &key)
{
    if (key.kind == WedgeKeyKind::Enter)
        return QStringLiteral("\r");
    if (key.kind == WedgeKeyKind::Tab)
        return QStringLiteral("\t");
    return key.text;
}

qint64 between(std::mt19937 &random, qint64 low, qint64 high)
{
    return std::uniform_int_distribution<qint64>(low, high)(random);
}

} // namespace

ReplayResult replay(const KeyRecording &keys, const ScannerSettings &settings, bool withTimer)
{
    ManualClock clock;
    WedgeClassifier classifier(settings);
    HeldKeyQueue<QString> held;
    ReplayResult result;
    auto deliver = [&](const QString &text) { result.typed += text; };
    auto collect = [&](const WedgeOutcome &outcome) {
        if (outcome.scan) {
            result.scans.append(outcome.scan->code);
            result.how.append(outcome.scan->recognition);
        }
    };
    for (const TimedKey &key : keys) {
        const qint64 at = clock.monotonicMs() + key.gapMs;
        while (withTimer && classifier.deadlineMs() && *classifier.deadlineMs() <= at) {
            clock.advanceMs(*classifier.deadlineMs() - clock.monotonicMs());
            const WedgeOutcome outcome = classifier.onTimeout(clock.monotonicMs());
            collect(outcome);
            held.apply(outcome, std::nullopt, deliver);
        }
        clock.advanceMs(at - clock.monotonicMs());
        const QString text = keyText(key);
        const WedgeOutcome outcome = classifier.feed({ text, key.kind, clock.monotonicMs() });
        collect(outcome);
        if (!held.apply(outcome, text, deliver))
            deliver(text);
    }
    clock.advanceMs(1000);
    const WedgeOutcome last = classifier.onTimeout(clock.monotonicMs());
    collect(last);
    held.apply(last, std::nullopt, deliver);
    return result;
}

void appendText(KeyRecording &keys, const QString &text, const std::vector<qint64> &gaps)
{
    for (qsizetype i = 0; i < text.size(); ++i)
        keys.push_back({ text.mid(i, 1), WedgeKeyKind::Text,
            size_t(i) < gaps.size() ? gaps.at(size_t(i)) : gaps.back() });
}

void appendKey(KeyRecording &keys, WedgeKeyKind kind, qint64 gapMs)
{
    keys.push_back({ QString(), kind, gapMs });
}

KeyRecording scannerRecording(std::mt19937 &random, const QString &typed, qint64 leadGapMs)
{
    KeyRecording keys;
    for (qsizetype i = 0; i < typed.size(); ++i) {
        qint64 gap = between(random, 0, 9) == 0 ? 16 : between(random, 1, 12);
        if (i == 0)
            gap = leadGapMs;
        const QChar c = typed.at(i);
        WedgeKeyKind kind = WedgeKeyKind::Text;
        if (c == u'\r')
            kind = WedgeKeyKind::Enter;
        else if (c == u'\t')
            kind = WedgeKeyKind::Tab;
        keys.push_back({ kind == WedgeKeyKind::Text ? QString(c) : QString(), kind, gap });
    }
    return keys;
}

KeyRecording humanRecording(std::mt19937 &random, const QString &text, bool fast)
{
    KeyRecording keys;
    int burstLeft = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        qint64 gap = fast ? between(random, 80, 160) : between(random, 120, 250);
        if (fast && burstLeft == 0 && between(random, 0, 3) == 0)
            burstLeft = int(between(random, 1, 3)); // at most 3 quick gaps in a row
        if (burstLeft > 0 && i > 0) {
            gap = between(random, 8, 45);
            --burstLeft;
            if (burstLeft == 0)
                burstLeft = -1; // the next gap is a normal one
        } else if (burstLeft < 0) {
            burstLeft = 0;
        }
        keys.push_back({ text.mid(i, 1), WedgeKeyKind::Text, i == 0 ? 400 : gap });
    }
    return keys;
}

} // namespace cardbridge::test
