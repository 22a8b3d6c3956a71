#include "barcode/Symbology.h"

#include <gtest/gtest.h>

namespace cardbridge {
namespace {

TEST(BarcodeSymbology, NamesAreZXingSpelling)
{
    EXPECT_EQ(symbologyName(Symbology::Codabar), QStringLiteral("Codabar"));
    EXPECT_EQ(symbologyName(Symbology::Code39), QStringLiteral("Code39"));
    EXPECT_EQ(symbologyName(Symbology::Code128), QStringLiteral("Code128"));
    EXPECT_EQ(symbologyName(Symbology::QRCode), QStringLiteral("QRCode"));
    EXPECT_EQ(symbologyName(Symbology::PDF417), QStringLiteral("PDF417"));
}

TEST(BarcodeSymbology, NamesRoundTrip)
{
    for (Symbology symbology : allCardSymbologies())
        EXPECT_EQ(symbologyFromName(symbologyName(symbology)), symbology);
}

TEST(BarcodeSymbology, FromNameIsTolerant)
{
    EXPECT_EQ(symbologyFromName(u"code 39"), Symbology::Code39);
    EXPECT_EQ(symbologyFromName(u"CODE-128"), Symbology::Code128);
    EXPECT_EQ(symbologyFromName(u"qr_code"), Symbology::QRCode);
    EXPECT_EQ(symbologyFromName(u"QR"), Symbology::QRCode);
    EXPECT_EQ(symbologyFromName(u"qr"), Symbology::QRCode);
    EXPECT_EQ(symbologyFromName(u"  pdf 417 "), Symbology::PDF417);
    EXPECT_EQ(symbologyFromName(u"CODABAR"), Symbology::Codabar);
}

TEST(BarcodeSymbology, FromNameRejectsUnknown)
{
    EXPECT_FALSE(symbologyFromName(u""));
    EXPECT_FALSE(symbologyFromName(u" _- "));
    EXPECT_FALSE(symbologyFromName(u"Code93"));
    EXPECT_FALSE(symbologyFromName(u"EAN13"));
    EXPECT_FALSE(symbologyFromName(u"Foo"));
}

TEST(BarcodeSymbology, AllCardSymbologiesListsEachOnce)
{
    const QList<Symbology> all = allCardSymbologies();
    EXPECT_EQ(all.size(), 5);
    for (Symbology symbology : all)
        EXPECT_EQ(all.count(symbology), 1);
}

} // namespace
} // namespace cardbridge
