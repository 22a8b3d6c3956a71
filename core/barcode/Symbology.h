#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace cardbridge {

// The symbologies student ID cards and library cards carry (GUIDE section 4).
enum class Symbology { Codabar, Code39, Code128, QRCode, PDF417 };

// ZXing's spelling: "Codabar", "Code39", "Code128", "QRCode", "PDF417".
QString symbologyName(Symbology symbology);
// Accepts ZXing's spelling, case-insensitively, also "Code 39", "QR", "qr_code".
std::optional<Symbology> symbologyFromName(QStringView name);
QList<Symbology> allCardSymbologies();

} // namespace cardbridge
