#include "consent/Verdict.h"

#include <QCoreApplication>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace cardbridge;

// The Spanish translation is embedded and carries the desk's verdict vocabulary.
TEST(UiTranslations, SpanishVerdictTitlesAreEmbedded)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral(":/cardbridge/i18n/cardbridge_es.qm")));
    QCoreApplication::installTranslator(&translator);
    EXPECT_EQ(verdictStatusTitle(VerdictStatus::Eligible), QStringLiteral("Admisible"));
    EXPECT_EQ(verdictStatusTitle(VerdictStatus::CardBlocked), QStringLiteral("Tarjeta bloqueada"));
    QCoreApplication::removeTranslator(&translator);
    EXPECT_EQ(verdictStatusTitle(VerdictStatus::Eligible), QStringLiteral("Eligible"));
}
