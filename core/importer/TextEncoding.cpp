#include "importer/TextEncoding.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <optional>
#include <uchardet/uchardet.h>

namespace cardbridge::importer {

namespace {
Q_LOGGING_CATEGORY(lcEncoding, "cardbridge.importer.encoding")

// uchardet only decides when the bytes are not UTF-8; it sees the start of the file and the
// chunks holding non-UTF-8 bytes, up to this much.
constexpr qint64 kDetectorLeadBytes = 1024 * 1024;
constexpr qint64 kDetectorMaxBytes = 16 * 1024 * 1024;

// Streaming UTF-8 validation (the WHATWG decoder's state machine), counting rather than
// decoding: how many well-formed multi-byte sequences and how many broken ones.
class Utf8Validator {
public:
    // Returns how many broken sequences this stretch of bytes held.
    qint64 feed(const unsigned char *data, qsizetype size)
    {
        const qint64 before = m_invalid;
        qsizetype i = 0;
        while (i < size) {
            if (m_needed == 0) {
                // ASCII runs eight bytes at a time.
                while (i + 8 <= size) {
                    quint64 word;
                    std::memcpy(&word, data + i, sizeof word);
                    if (word & 0x8080808080808080ULL)
                        break;
                    i += 8;
                }
                if (i >= size)
                    break;
            }
            consume(data[i]);
            ++i;
        }
        return m_invalid - before;
    }
    void finish()
    {
        if (m_needed != 0)
            ++m_invalid;
        m_needed = 0;
    }
    qint64 invalid() const { return m_invalid; }
    qint64 multiByte() const { return m_multiByte; }

private:
    void consume(unsigned char b)
    {
        if (m_needed == 0) {
            if (b < 0x80)
                return;
            if (b >= 0xC2 && b <= 0xDF) {
                m_needed = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                m_lower = b == 0xE0 ? 0xA0 : 0x80;
                m_upper = b == 0xED ? 0x9F : 0xBF;
                m_needed = 2;
            } else if (b >= 0xF0 && b <= 0xF4) {
                m_lower = b == 0xF0 ? 0x90 : 0x80;
                m_upper = b == 0xF4 ? 0x8F : 0xBF;
                m_needed = 3;
            } else {
                ++m_invalid;
            }
            return;
        }
        if (b < m_lower || b > m_upper) {
            ++m_invalid;
            m_needed = 0;
            m_lower = 0x80;
            m_upper = 0xBF;
            consume(b); // the byte may start the next sequence
            return;
        }
        m_lower = 0x80;
        m_upper = 0xBF;
        if (--m_needed == 0)
            ++m_multiByte;
    }

    int m_needed = 0;
    unsigned char m_lower = 0x80;
    unsigned char m_upper = 0xBF;
    qint64 m_invalid = 0;
    qint64 m_multiByte = 0;
};

bool isTextControl(unsigned value)
{
    // Tab, line feed, vertical tab, form feed, carriage return and the old DOS end-of-file mark
    // turn up in real exports; other C0 controls do not.
    return value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0B && value != 0x0C
        && value != 0x0D && value != 0x1A;
}

struct DetectorDeleter {
    void operator()(uchardet *detector) const { uchardet_delete(detector); }
};

TextEncoding encodingFromBom(const QByteArray &head)
{
    const auto starts = [&](std::initializer_list<unsigned char> bytes) {
        if (head.size() < qsizetype(bytes.size()))
            return false;
        return std::equal(bytes.begin(), bytes.end(), head.constData(),
            [](unsigned char a, char b) { return a == static_cast<unsigned char>(b); });
    };
    if (starts({ 0xEF, 0xBB, 0xBF }))
        return { TextEncoding::Kind::Utf8, QStringLiteral("UTF-8 with BOM"), {}, 3 };
    if (starts({ 0xFF, 0xFE }))
        return { TextEncoding::Kind::Utf16LE, QStringLiteral("UTF-16 LE"), {}, 2 };
    if (starts({ 0xFE, 0xFF }))
        return { TextEncoding::Kind::Utf16BE, QStringLiteral("UTF-16 BE"), {}, 2 };
    return { TextEncoding::Kind::Utf8, QString(), {}, 0 };
}

// UTF-16 without a byte-order mark: ASCII-heavy text has a NUL in every other byte.
std::optional<TextEncoding> bomlessUtf16(const QByteArray &head)
{
    const qsizetype pairs = std::min<qsizetype>(head.size(), 4096) / 2;
    if (pairs < 2)
        return std::nullopt;
    qsizetype evenNul = 0;
    qsizetype oddNul = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenNul += head.at(2 * i) == 0;
        oddNul += head.at(2 * i + 1) == 0;
    }
    if (oddNul * 10 >= pairs * 7 && evenNul * 20 <= pairs)
        return TextEncoding { TextEncoding::Kind::Utf16LE, QStringLiteral("UTF-16 LE"), {}, 0 };
    if (evenNul * 10 >= pairs * 7 && oddNul * 20 <= pairs)
        return TextEncoding { TextEncoding::Kind::Utf16BE, QStringLiteral("UTF-16 BE"), {}, 0 };
    return std::nullopt;
}

// Charsets uchardet names that are not Latin script. Anything else it says (it often takes
// short Spanish or French text for Central European or Greek) is read as Windows-1252, which
// is what Excel writes on Western systems.
bool isNonLatinCharset(const QByteArray &charset)
{
    static const std::array<const char *, 16> names = { "SHIFT_JIS", "EUC-JP", "ISO-2022-JP",
        "EUC-KR", "UHC", "GB18030", "BIG5", "EUC-TW", "WINDOWS-1251", "KOI8-R", "IBM866",
        "ISO-8859-5", "MAC-CYRILLIC", "WINDOWS-1253", "WINDOWS-1255", "WINDOWS-1256" };
    for (const char *name : names) {
        if (charset.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString displayName(const QByteArray &charset)
{
    if (charset.toUpper().startsWith("WINDOWS-"))
        return QStringLiteral("Windows-") + QString::fromLatin1(charset.mid(8));
    return QString::fromLatin1(charset);
}

} // namespace

Result<TextScan> scanText(QIODevice &device, const QString &fileName)
{
    if (!device.seek(0))
        return fail(
            ErrorCode::FileUnreadable, QStringLiteral("%1 could not be read").arg(fileName));

    QCryptographicHash hash(QCryptographicHash::Sha256);
    Utf8Validator utf8;
    std::unique_ptr<uchardet, DetectorDeleter> detector(uchardet_new());
    qint64 detectorBytes = 0;
    qint64 detectorHighBytes = 0;

    QByteArray chunk(kTextChunkSize, Qt::Uninitialized);
    TextEncoding fixed; // from a byte-order mark or the UTF-16 pattern
    bool sixteenBit = false;
    bool first = true;
    qint64 total = 0;
    qint64 controls = 0;
    qint64 units = 0;
    int carry = -1; // UTF-16: the odd byte at the end of the previous chunk

    for (;;) {
        const qint64 got = device.read(chunk.data(), chunk.size());
        if (got < 0)
            return fail(
                ErrorCode::FileUnreadable, QStringLiteral("%1 could not be read").arg(fileName));
        if (got == 0)
            break;
        const auto *bytes = reinterpret_cast<const unsigned char *>(chunk.constData());
        hash.addData(QByteArrayView(chunk.constData(), got));
        qsizetype start = 0;
        if (first) {
            first = false;
            const QByteArray head = chunk.left(got);
            fixed = encodingFromBom(head);
            if (fixed.bomLength == 0) {
                if (auto utf16 = bomlessUtf16(head))
                    fixed = *utf16;
            }
            sixteenBit = fixed.kind == TextEncoding::Kind::Utf16LE
                || fixed.kind == TextEncoding::Kind::Utf16BE;
            start = fixed.bomLength;
        }
        total += got;

        if (sixteenBit) {
            const bool little = fixed.kind == TextEncoding::Kind::Utf16LE;
            for (qsizetype i = start; i < got; ++i) {
                if (carry < 0) {
                    carry = bytes[i];
                    continue;
                }
                const unsigned unit = little ? unsigned(carry) | (unsigned(bytes[i]) << 8)
                                             : (unsigned(carry) << 8) | unsigned(bytes[i]);
                carry = -1;
                ++units;
                if (unit == 0)
                    return fail(ErrorCode::FileUnreadable,
                        QStringLiteral("%1 is not a text or spreadsheet file").arg(fileName));
                controls += isTextControl(unit);
            }
            continue;
        }

        qint64 high = 0;
        for (qsizetype i = start; i < got; ++i) {
            const unsigned char b = bytes[i];
            if (b < 0x20) {
                if (b == 0) {
                    qCInfo(lcEncoding) << "NUL byte at offset" << (total - got + i);
                    return fail(ErrorCode::FileUnreadable,
                        QStringLiteral("%1 is not a text or spreadsheet file").arg(fileName));
                }
                controls += isTextControl(b);
            }
            high += b >= 0x80;
        }
        const qint64 broken = utf8.feed(bytes + start, got - start);
        if ((detectorBytes < kDetectorLeadBytes || broken > 0)
            && detectorBytes < kDetectorMaxBytes) {
            uchardet_handle_data(detector.get(), chunk.constData() + start, size_t(got - start));
            detectorBytes += got - start;
            detectorHighBytes += high;
        }
    }
    utf8.finish();

    const qint64 measured = sixteenBit ? units : total - fixed.bomLength;
    if (measured > 0 && controls * 20 > measured) {
        qCInfo(lcEncoding) << "control characters:" << controls << "of" << measured;
        return fail(ErrorCode::FileUnreadable,
            QStringLiteral("%1 is not a text or spreadsheet file").arg(fileName));
    }

    TextScan scan;
    scan.sha256Hex = hash.result().toHex();
    scan.sizeBytes = total;
    if (sixteenBit || fixed.bomLength > 0) {
        scan.encoding = fixed;
    } else if (utf8.invalid() == 0
        || (utf8.multiByte() >= 8 && utf8.invalid() * 10 <= utf8.multiByte())) {
        // Valid UTF-8, or UTF-8 with a few damaged bytes (shown as replacement characters).
        scan.encoding = { TextEncoding::Kind::Utf8, QStringLiteral("UTF-8"), {}, 0 };
    } else {
        uchardet_data_end(detector.get());
        const QByteArray charset(uchardet_get_charset(detector.get()));
        const bool confident = detectorHighBytes >= 64 && detectorHighBytes * 8 >= detectorBytes;
        if (isNonLatinCharset(charset) && confident
            && QStringDecoder(charset.constData()).isValid())
            scan.encoding = { TextEncoding::Kind::Other, displayName(charset), charset, 0 };
        else
            scan.encoding
                = { TextEncoding::Kind::Windows1252, QStringLiteral("Windows-1252"), {}, 0 };
        qCInfo(lcEncoding) << "not UTF-8:" << utf8.invalid() << "broken sequences; detector said"
                           << charset << "; reading as" << scan.encoding.name;
    }
    return scan;
}

} // namespace cardbridge::importer
