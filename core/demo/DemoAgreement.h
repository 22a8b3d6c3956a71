#pragma once

#include "agreement/Agreement.h"

#include <QDate>

namespace cardbridge {

// The demo district's agreement: four schools whose cards use four symbologies, opt-out,
// grades 6–12, for the school year that contains `today`.
Agreement demoAgreement(const QDate &today);

// The demo's student numbers are district-wide, seven digits, first digit per school.
QString demoCardBarcode(const QString &schoolCode, const QString &studentNumber);

// The demo's schools as synthetic consent lists (benchmarks, tests) use them: the code, the
// first digit of the school's student numbers, and a run of grades the agreement covers.
struct DemoListSchool {
    const char *code;
    int firstDigit;
    int lowestGrade;
    int grades;
};
inline constexpr DemoListSchool kDemoListSchools[] = {
    { "RHS", 1, 9, 4 },
    { "LHS", 3, 9, 4 },
    { "MCM", 2, 6, 3 },
    { "OES", 4, 6, 1 },
};

} // namespace cardbridge
