#include "importer/ImportRow.h"

namespace cardbridge::importer {

bool ImportRow::sameDataAs(const ImportRow &other) const
{
    // Every data field; `line` only says where the row was found.
    return schoolId == other.schoolId && studentNumber == other.studentNumber
        && cardBarcode == other.cardBarcode && givenName == other.givenName
        && familyName == other.familyName && grade == other.grade && decision == other.decision
        && decidedOn == other.decidedOn && guardian == other.guardian
        && formVersion == other.formVersion && channel == other.channel && email == other.email
        && phone == other.phone && address == other.address && departed == other.departed;
}

} // namespace cardbridge::importer
