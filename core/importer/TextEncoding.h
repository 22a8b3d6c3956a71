#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace cardbridge::importer {

// How the bytes of a text file are to be turned into characters.
struct TextEncoding {
    enum class Kind { Utf8, Utf16LE, Utf16BE, Windows1252, Other };
    Kind kind = Kind::Utf8;
    QString name; // for people: "UTF-8", "UTF-8 with BOM", "UTF-16 LE", "UTF-16 BE",
                  // "Windows-1252", ...
    QByteArray codec; // Kind::Other: the name QStringDecoder knows it by
    int bomLength = 0; // bytes of byte-order mark at the start of the file, skipped when decoding
};

// What one pass over a text file found out.
struct TextScan {
    TextEncoding encoding;
    QByteArray sha256Hex; // lower-case hex
    qint64 sizeBytes = 0;
};

// Reads the device from the start to the end in chunks (never the whole file at once),
// computing the SHA-256 of the bytes and detecting the encoding: a byte-order mark first, then
// valid UTF-8, then uchardet, with Windows-1252 for Latin text. Leaves the device at its end.
// ErrorCode::FileUnreadable naming fileName when the bytes are not text (NUL bytes outside
// UTF-16, mostly control characters) or cannot be read.
Result<TextScan> scanText(QIODevice &device, const QString &fileName);

// Chunk size used by the text readers: small enough for flat memory, large enough for speed.
inline constexpr qint64 kTextChunkSize = 64 * 1024;

} // namespace cardbridge::importer
