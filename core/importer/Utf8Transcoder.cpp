#include "importer/Utf8Transcoder.h"

#include <algorithm>
#include <array>

namespace cardbridge::importer {

namespace {

// Windows-1252 bytes 0x80 to 0x9F; the five bytes Windows leaves undefined map to the C1
// control of the same value, as Windows' own conversion does.
constexpr std::array<char16_t, 32> kWindows1252High
    = { 0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
          0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
          0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178 };

void appendUtf8(char16_t unit, QByteArray &out)
{
    if (unit < 0x800) {
        out.append(char(0xC0 | (unit >> 6)));
        out.append(char(0x80 | (unit & 0x3F)));
    } else {
        out.append(char(0xE0 | (unit >> 12)));
        out.append(char(0x80 | ((unit >> 6) & 0x3F)));
        out.append(char(0x80 | (unit & 0x3F)));
    }
}

QStringDecoder decoderFor(const TextEncoding &encoding)
{
    switch (encoding.kind) {
    case TextEncoding::Kind::Utf16LE:
        return QStringDecoder(QStringConverter::Utf16LE);
    case TextEncoding::Kind::Utf16BE:
        return QStringDecoder(QStringConverter::Utf16BE);
    case TextEncoding::Kind::Other:
        return QStringDecoder(encoding.codec.constData());
    case TextEncoding::Kind::Utf8:
    case TextEncoding::Kind::Windows1252:
        break;
    }
    return QStringDecoder();
}

} // namespace

Utf8Transcoder::Utf8Transcoder(const TextEncoding &encoding)
    : m_kind(encoding.kind)
    , m_bomToSkip(encoding.bomLength)
    , m_decoder(decoderFor(encoding))
{
}

void Utf8Transcoder::append(QByteArrayView bytes, QByteArray &out)
{
    if (m_bomToSkip > 0) {
        const qsizetype skip = std::min(m_bomToSkip, bytes.size());
        bytes = bytes.sliced(skip);
        m_bomToSkip -= skip;
    }
    switch (m_kind) {
    case TextEncoding::Kind::Utf8:
        out.append(bytes);
        return;
    case TextEncoding::Kind::Windows1252: {
        out.reserve(out.size() + bytes.size() + bytes.size() / 8);
        for (const char c : bytes) {
            const auto b = static_cast<unsigned char>(c);
            if (b < 0x80)
                out.append(c);
            else
                appendUtf8(b < 0xA0 ? kWindows1252High[b - 0x80] : char16_t(b), out);
        }
        return;
    }
    case TextEncoding::Kind::Utf16LE:
    case TextEncoding::Kind::Utf16BE:
    case TextEncoding::Kind::Other:
        out.append(QString(m_decoder.decode(bytes)).toUtf8());
        return;
    }
}

} // namespace cardbridge::importer
