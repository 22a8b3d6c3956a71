#include "scanner/ScanFrame.h"

namespace cardbridge {

namespace {

// The symbologies of student ID cards (GUIDE section 4).
bool isCardAimSymbology(QChar letter)
{
    return QStringView(u"ACFLQ").contains(letter);
}

FrameState matchAim(QStringView received)
{
    if (received.isEmpty() || received.front() != u']')
        return FrameState::None;
    if (received.size() >= 2 && !isCardAimSymbology(received.at(1)))
        return FrameState::None;
    return received.size() >= 3 ? FrameState::AimIdentifier : FrameState::Partial;
}

} // namespace

int aimIdentifierLength(QStringView text)
{
    return matchAim(text.left(3)) == FrameState::AimIdentifier ? 3 : 0;
}

FrameState matchScanFrame(QStringView received, QStringView prefix)
{
    if (received.isEmpty())
        return FrameState::Partial;
    if (!prefix.isEmpty()) {
        if (received.startsWith(prefix))
            return FrameState::Prefix;
        if (prefix.startsWith(received))
            return FrameState::Partial;
    }
    return matchAim(received);
}

ScanBody scanBody(QStringView received, QStringView prefix, QStringView suffix)
{
    QStringView body = received;
    if (!prefix.isEmpty() && body.startsWith(prefix))
        body = body.mid(prefix.size());
    ScanBody result;
    if (const int aim = aimIdentifierLength(body)) {
        result.aimIdentifier = body.left(aim).toString();
        body = body.mid(aim);
    }
    if (!suffix.isEmpty() && body.endsWith(suffix))
        body.chop(suffix.size());
    result.code = body.toString();
    return result;
}

} // namespace cardbridge
