#pragma once

#include "importer/TextEncoding.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringDecoder>

namespace cardbridge::importer {

// Turns the bytes of a text file, chunk by chunk, into UTF-8 (what libcsv is handed).
// Keeps state across chunks: a character split between two chunks comes out whole.
// The byte-order mark at the start of the file is dropped.
class Utf8Transcoder {
public:
    explicit Utf8Transcoder(const TextEncoding &encoding);

    // Appends the UTF-8 form of the next bytes of the file to out.
    void append(QByteArrayView bytes, QByteArray &out);

private:
    TextEncoding::Kind m_kind;
    qsizetype m_bomToSkip;
    QStringDecoder m_decoder; // UTF-16 and other multi-byte charsets
};

} // namespace cardbridge::importer
