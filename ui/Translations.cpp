#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cardbridge {

void installTranslations(QCoreApplication &application)
{
    auto *qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&application);
    if (translator->load(QLocale(), QStringLiteral("cardbridge"), QStringLiteral("_"),
            QStringLiteral(":/cardbridge/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace cardbridge
