#pragma once

#include "consent/Verdict.h"

#include <QString>

namespace cardbridge {

// The first user-perceived character of a family name: all the desk may show of it.
QString familyInitialOnly(const QString &familyNameOrInitial);

// "Given F., grade 9, School name": first name, last initial, grade, school (GUIDE §6).
// Parts that are empty are left out.
QString formatStudentSummary(const StudentSummary &student);

// What a screen reader announces for a verdict: status, next step, student, patron number.
QString describeVerdictForScreenReader(const Verdict &verdict);

} // namespace cardbridge
