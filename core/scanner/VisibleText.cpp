#include "scanner/VisibleText.h"

namespace cardbridge {

QString visibleControlChars(QStringView text)
{
    QString visible;
    visible.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\r':
            visible += QChar(0x23CE); // ⏎
            break;
        case u'\t':
            visible += QChar(0x21E5); // ⇥
            break;
        case u'\n':
            visible += QChar(0x21B5); // ↵
            break;
        case 0x1B:
            visible += QChar(0x238B); // ⎋
            break;
        case 0x7F:
            visible += QChar(0x2421); // ␡
            break;
        default:
            visible += c.unicode() < 0x20 ? QChar(0x2400 + c.unicode()) : c;
        }
    }
    return visible;
}

QString escapeControlChars(QStringView text)
{
    QString escaped;
    for (const QChar c : text) {
        if (c == u'\\')
            escaped += QStringLiteral("\\\\");
        else if (c == u'\t')
            escaped += QStringLiteral("\\t");
        else if (c == u'\r')
            escaped += QStringLiteral("\\r");
        else if (c == u'\n')
            escaped += QStringLiteral("\\n");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            escaped += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            escaped += c;
    }
    return escaped;
}

QString unescapeControlChars(QStringView text)
{
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\\' || i + 1 == text.size()) {
            plain += c;
            continue;
        }
        const QChar next = text.at(++i);
        if (next == u't') {
            plain += u'\t';
        } else if (next == u'r') {
            plain += u'\r';
        } else if (next == u'n') {
            plain += u'\n';
        } else if (next == u'x' && i + 2 < text.size()) {
            bool ok = false;
            const ushort code = text.mid(i + 1, 2).toUShort(&ok, 16);
            if (ok) {
                plain += QChar(code);
                i += 2;
            } else {
                plain += QStringLiteral("\\x");
            }
        } else {
            plain += next; // "\\" and unknown escapes: the character itself
        }
    }
    return plain;
}

} // namespace cardbridge
