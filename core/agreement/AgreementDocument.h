#pragma once

#include "agreement/Agreement.h"
#include "common/Error.h"

#include <QByteArray>
#include <QStringList>

namespace cardbridge {

// The agreement as a versionable JSON file that district IT keeps under version control.
// docs/AGREEMENT.md documents every field; `cardbridge-cli agreement show` prints one.
struct AgreementParse {
    std::optional<Agreement> agreement;
    QStringList problems; // "$.schools[1].card_rule.pattern: invalid regular expression …"
};

// Validates everything and reports every problem with its JSON path.
AgreementParse parseAgreementDocument(const QByteArray &json);
QByteArray agreementToDocument(const Agreement &agreement);

} // namespace cardbridge
