#include "scanner/WedgeClassifier.h"

#include "scanner/ScanFrame.h"

namespace cardbridge {

namespace {

std::optional<ScanRecognition> recognitionOf(FrameState frame)
{
    if (frame == FrameState::Prefix)
        return ScanRecognition::Prefix;
    if (frame == FrameState::AimIdentifier)
        return ScanRecognition::AimIdentifier;
    return std::nullopt;
}

} // namespace

WedgeClassifier::WedgeClassifier(ScannerSettings settings)
    : m_settings(std::move(settings))
    , m_burst(m_settings.thresholdMs)
{
}

WedgeOutcome WedgeClassifier::setSettings(const ScannerSettings &settings)
{
    WedgeOutcome out = releaseAll();
    m_settings = settings;
    m_burst = KeyBurst(m_settings.thresholdMs);
    return out;
}

WedgeOutcome WedgeClassifier::releaseAll()
{
    WedgeOutcome out;
    releaseAsTyping(out);
    return out;
}

QString WedgeClassifier::heldText() const
{
    QString text;
    for (const WedgeKey &key : m_held)
        text += key.text;
    return text;
}

std::optional<qint64> WedgeClassifier::deadlineMs() const
{
    if (m_held.isEmpty())
        return std::nullopt;
    const bool partialFrame = matchScanFrame(heldText(), m_settings.prefix) == FrameState::Partial;
    const int wait = m_recognition || partialFrame ? m_settings.pauseMs() : m_settings.thresholdMs;
    return m_burst.lastKeyMs() + wait;
}

WedgeOutcome WedgeClassifier::onTimeout(qint64 nowMs)
{
    WedgeOutcome out;
    settle(nowMs, out);
    return out;
}

void WedgeClassifier::settle(qint64 nowMs, WedgeOutcome &out)
{
    const std::optional<qint64> deadline = deadlineMs();
    if (!deadline || nowMs < *deadline)
        return;
    if (m_recognition)
        finishScan(ScanEnd::Pause, QString(), out);
    else
        releaseAsTyping(out);
}

WedgeOutcome WedgeClassifier::feed(const WedgeKey &key)
{
    WedgeOutcome out;
    settle(key.atMs, out);
    switch (key.kind) {
    case WedgeKeyKind::Text:
        addText(key, out);
        break;
    case WedgeKeyKind::Enter:
    case WedgeKeyKind::Tab:
        if (m_recognition) {
            finishScan(
                key.kind == WedgeKeyKind::Enter ? ScanEnd::Enter : ScanEnd::Tab, key.text, out);
            // A terminator that ended no scan (empty body) reached a person's field as typing.
            out.current
                = out.scan ? WedgeOutcome::Current::Swallow : WedgeOutcome::Current::Deliver;
        } else {
            releaseAsTyping(out);
            out.current = WedgeOutcome::Current::Deliver;
        }
        break;
    case WedgeKeyKind::Other:
        if (m_recognition)
            finishScan(ScanEnd::OtherKey, QString(), out);
        else
            releaseAsTyping(out);
        out.current = WedgeOutcome::Current::Deliver;
        break;
    }
    return out;
}

void WedgeClassifier::startCandidate(const WedgeKey &key, WedgeOutcome &out)
{
    m_held = { key };
    m_burst.start(key.atMs);
    m_recognition = recognitionOf(matchScanFrame(key.text, m_settings.prefix));
    out.current = WedgeOutcome::Current::Hold;
}

void WedgeClassifier::addText(const WedgeKey &key, WedgeOutcome &out)
{
    if (m_held.isEmpty()) {
        startCandidate(key, out);
        return;
    }
    m_burst.add(key.atMs);
    if (m_recognition) { // inside a scan: keep collecting until its end
        m_held.append(key);
        out.current = WedgeOutcome::Current::Hold;
        const QString text = heldText();
        const ScanBody body = scanBody(text, m_settings.prefix, QString());
        if (!m_settings.suffix.isEmpty() && body.code.size() > m_settings.suffix.size()
            && body.code.endsWith(m_settings.suffix)) {
            m_held.removeLast();
            finishScan(ScanEnd::Suffix, key.text, out);
            out.current = WedgeOutcome::Current::Swallow;
        } else if (text.size() > kMaxScanLength) {
            m_held.removeLast();
            finishScan(ScanEnd::Overflow, key.text, out);
            out.current = WedgeOutcome::Current::Swallow;
        }
        return;
    }
    const FrameState frame = matchScanFrame(heldText() + key.text, m_settings.prefix);
    if (frame != FrameState::None || m_burst.allFast()) {
        m_held.append(key);
        out.current = WedgeOutcome::Current::Hold;
        m_recognition = recognitionOf(frame);
        if (!m_recognition && m_burst.fastGaps() >= m_settings.minFastGaps)
            m_recognition = ScanRecognition::Timing;
        return;
    }
    // A frame that never completed, with a person's slow gap in it: typing. This key may
    // start something new.
    releaseAsTyping(out);
    startCandidate(key, out);
}

void WedgeClassifier::finishScan(ScanEnd end, const QString &terminatorText, WedgeOutcome &out)
{
    const QString received = heldText();
    const ScanBody body = scanBody(received, m_settings.prefix, m_settings.suffix);
    if (body.code.isEmpty()) { // only a prefix or an identifier: a person typed it
        releaseAsTyping(out);
        return;
    }
    WedgeScan scan;
    scan.code = body.code;
    scan.aimIdentifier = body.aimIdentifier;
    scan.received = received + terminatorText;
    scan.recognition = *m_recognition;
    scan.end = end;
    out.scanKeys += int(m_held.size());
    out.scan = std::move(scan);
    clear();
}

void WedgeClassifier::releaseAsTyping(WedgeOutcome &out)
{
    out.typedKeys += int(m_held.size());
    clear();
}

void WedgeClassifier::clear()
{
    m_held.clear();
    m_recognition.reset();
}

} // namespace cardbridge
