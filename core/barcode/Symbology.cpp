#include "barcode/Symbology.h"

#include <array>

namespace cardbridge {

namespace {

struct SymbologyEntry {
    Symbology symbology;
    QLatin1String name;
};

constexpr std::array<SymbologyEntry, 5> kSymbologies { {
    { Symbology::Codabar, QLatin1String("Codabar") },
    { Symbology::Code39, QLatin1String("Code39") },
    { Symbology::Code128, QLatin1String("Code128") },
    { Symbology::QRCode, QLatin1String("QRCode") },
    { Symbology::PDF417, QLatin1String("PDF417") },
} };

// "Code 39", "code_39", "QR-Code" all fold to the same key.
QString foldName(QStringView name)
{
    QString folded;
    folded.reserve(name.size());
    for (QChar c : name) {
        if (c.isSpace() || c == u'_' || c == u'-')
            continue;
        folded.append(c.toLower());
    }
    return folded;
}

} // namespace

QString symbologyName(Symbology symbology)
{
    for (const auto &entry : kSymbologies) {
        if (entry.symbology == symbology)
            return entry.name;
    }
    return {};
}

std::optional<Symbology> symbologyFromName(QStringView name)
{
    const QString folded = foldName(name);
    if (folded.isEmpty())
        return std::nullopt;
    if (folded == QLatin1String("qr"))
        return Symbology::QRCode;
    for (const auto &entry : kSymbologies) {
        if (folded == foldName(QString(entry.name)))
            return entry.symbology;
    }
    return std::nullopt;
}

QList<Symbology> allCardSymbologies()
{
    QList<Symbology> all;
    all.reserve(qsizetype(kSymbologies.size()));
    for (const auto &entry : kSymbologies)
        all.append(entry.symbology);
    return all;
}

} // namespace cardbridge
