#pragma once

#include "agreement/Agreement.h"

#include <QDate>

namespace cardbridge {

// The demo district's agreement: four schools whose cards use four symbologies, opt-out,
// grades 6–12, for the school year that contains `today`.
Agreement demoAgreement(const QDate &today);

// The demo's student numbers are district-wide, seven digits, first digit per school.
QString demoCardBarcode(const QString &schoolCode, const QString &studentNumber);

} // namespace cardbridge
