#include "consent/VerdictRules.h"

#include <QCoreApplication>

namespace cardbridge {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Verdict", text);
}

Verdict make(VerdictStatus status, QString message)
{
    Verdict verdict;
    verdict.status = status;
    verdict.message = std::move(message);
    return verdict;
}

StudentSummary summaryOf(const CardLookupRow &card, const SchoolRecord &school)
{
    return StudentSummary { card.givenName, card.familyName.left(1).toUpper(), card.grade,
        school.name };
}

Verdict decideConsent(const CardLookupRow &card, const Agreement &agreement, const QDate &today)
{
    const QString &state = card.consentState;
    if (state == QStringLiteral("withdrawn"))
        return make(VerdictStatus::Withdrawn, tr("Consent was given and later withdrawn."));
    if (state == QStringLiteral("declined"))
        return make(VerdictStatus::NoConsent,
            agreement.consentModel == ConsentModel::OptOut
                ? tr("A parent or guardian declined sharing with the library.")
                : tr("Consent was declined."));
    if (state == QStringLiteral("granted") && card.consentValidUntil.isValid()
        && card.consentValidUntil < today)
        return make(VerdictStatus::Expired, tr("The consent on file has expired."));
    if (state == QStringLiteral("granted") || agreement.consentModel == ConsentModel::OptOut)
        return make(VerdictStatus::Eligible,
            state == QStringLiteral("granted")
                ? tr("Consent is on file and the agreement is current.")
                : tr("In the program (opt-out: no refusal on file)."));
    return make(VerdictStatus::NoConsent, tr("No consent is on file (opt-in program)."));
}

} // namespace

Verdict decideKnownCard(const CardLookupRow &card, const SchoolRecord &school,
    const std::optional<Agreement> &agreement, const QDate &today)
{
    Verdict verdict;
    if (card.cardState != QStringLiteral("active"))
        verdict = make(VerdictStatus::CardBlocked,
            card.cardState == QStringLiteral("replaced")
                ? tr("This card was replaced by a newer card.")
                : tr("This card was reported lost."));
    else if (!agreement || !school.inAgreement)
        verdict = make(VerdictStatus::OutOfScope, tr("This school is not in the agreement."));
    else if (!agreement->coversGrade(card.grade))
        verdict = make(VerdictStatus::OutOfScope, tr("This grade is not in the agreement."));
    else if (card.enrolment != QStringLiteral("active"))
        verdict = make(VerdictStatus::OutOfScope,
            tr("The student is no longer enrolled at a school in the program."));
    else if (!agreement->isCurrentOn(today))
        verdict = make(VerdictStatus::Expired,
            today < agreement->schoolYearStart
                ? tr("The agreement's school year has not started yet.")
                : tr("The agreement's school year is over."));
    else
        verdict = decideConsent(card, *agreement, today);

    verdict.student = summaryOf(card, school);
    verdict.studentId = card.studentId;
    if (verdict.status == VerdictStatus::Eligible) {
        auto patron = derivePatronNumber(agreement->patronRule, card.studentNumber);
        if (patron)
            verdict.patronNumber = *patron;
        else
            verdict.message = tr("Eligible, but no patron number can be made from this student "
                                 "number; check the agreement's patron number rule.");
    }
    return verdict;
}

Verdict decideUnknownCard(const std::optional<Agreement> &agreement)
{
    const bool optIn = !agreement || agreement->consentModel == ConsentModel::OptIn;
    return make(VerdictStatus::NotFound,
        optIn ? tr("A valid student card with no record: under opt-in, no consent is on file.")
              : tr("A valid student card with no record: the student is not in the roster."));
}

} // namespace cardbridge
