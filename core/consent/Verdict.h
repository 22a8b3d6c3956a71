#pragma once

#include <QString>

#include <optional>

namespace cardbridge {

// The fixed vocabulary of what the desk shows after a scan (GUIDE section 3).
enum class VerdictStatus {
    Eligible,
    NoConsent,
    Withdrawn,
    Expired,
    OutOfScope,
    CardBlocked,
    NotFound,
    Unrecognized,
};

inline constexpr VerdictStatus kAllVerdictStatuses[] = {
    VerdictStatus::Eligible,
    VerdictStatus::NoConsent,
    VerdictStatus::Withdrawn,
    VerdictStatus::Expired,
    VerdictStatus::OutOfScope,
    VerdictStatus::CardBlocked,
    VerdictStatus::NotFound,
    VerdictStatus::Unrecognized,
};

// "eligible", "no_consent", ... as in GUIDE section 3, the CLI's JSON and the store.
QString verdictStatusKey(VerdictStatus status);
std::optional<VerdictStatus> verdictStatusFromKey(QStringView key);
// Short title for the desk ("Eligible", "No consent", ...), translatable.
QString verdictStatusTitle(VerdictStatus status);
// The librarian's next step (GUIDE section 3), translatable.
QString verdictNextStep(VerdictStatus status);

// What a desk may see of a student (GUIDE section 6): nothing more.
struct StudentSummary {
    QString givenName;
    QString familyInitial;
    QString grade;
    QString school;
};

struct Verdict {
    VerdictStatus status = VerdictStatus::Unrecognized;
    QString input; // what was scanned or typed, as received
    std::optional<QString> patronNumber; // only for eligible
    std::optional<StudentSummary> student;
    QString message; // why, in plain words (never names or numbers)
    // Unrecognized because the number fits a card rule but its check digit is wrong: a typo
    // the librarian can fix in place (manual entry keeps the number in the field).
    bool checkDigitWrong = false;
    qint64 studentId = 0; // store reference for the scan event; 0 when none
};

} // namespace cardbridge
