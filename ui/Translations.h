#pragma once

class QCoreApplication;

namespace cardbridge {

// Installs the embedded translation for the system locale, if there is one, plus Qt's own.
void installTranslations(QCoreApplication &application);

} // namespace cardbridge
