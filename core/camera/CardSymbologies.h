#pragma once

#include "barcode/Symbology.h"

#include <QList>
#include <QSqlDatabase>

namespace cardbridge {

class AgreementCatalog;

// The symbologies the camera should look for: the union of the card rules' symbologies,
// or every card symbology when there are no rules (an empty store still decodes).
QList<Symbology> cardSymbologies(const AgreementCatalog &catalog);
QList<Symbology> cardSymbologies(QSqlDatabase database);

} // namespace cardbridge
