#include "consent/Verdict.h"

#include <QCoreApplication>

namespace cardbridge {

QString verdictStatusKey(VerdictStatus status)
{
    switch (status) {
    case VerdictStatus::Eligible:
        return QStringLiteral("eligible");
    case VerdictStatus::NoConsent:
        return QStringLiteral("no_consent");
    case VerdictStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    case VerdictStatus::Expired:
        return QStringLiteral("expired");
    case VerdictStatus::OutOfScope:
        return QStringLiteral("out_of_scope");
    case VerdictStatus::CardBlocked:
        return QStringLiteral("card_blocked");
    case VerdictStatus::NotFound:
        return QStringLiteral("not_found");
    case VerdictStatus::Unrecognized:
        return QStringLiteral("unrecognized");
    }
    return {};
}

std::optional<VerdictStatus> verdictStatusFromKey(QStringView key)
{
    for (const VerdictStatus status : kAllVerdictStatuses)
        if (key == verdictStatusKey(status))
            return status;
    return std::nullopt;
}

QString verdictStatusTitle(VerdictStatus status)
{
    switch (status) {
    case VerdictStatus::Eligible:
        return QCoreApplication::translate("Verdict", "Eligible");
    case VerdictStatus::NoConsent:
        return QCoreApplication::translate("Verdict", "No consent");
    case VerdictStatus::Withdrawn:
        return QCoreApplication::translate("Verdict", "Consent withdrawn");
    case VerdictStatus::Expired:
        return QCoreApplication::translate("Verdict", "Expired");
    case VerdictStatus::OutOfScope:
        return QCoreApplication::translate("Verdict", "Not in the program");
    case VerdictStatus::CardBlocked:
        return QCoreApplication::translate("Verdict", "Card blocked");
    case VerdictStatus::NotFound:
        return QCoreApplication::translate("Verdict", "Not found");
    case VerdictStatus::Unrecognized:
        return QCoreApplication::translate("Verdict", "Not a student card");
    }
    return {};
}

QString verdictNextStep(VerdictStatus status)
{
    switch (status) {
    case VerdictStatus::Eligible:
        return QCoreApplication::translate("Verdict", "Use the patron number below.");
    case VerdictStatus::NoConsent:
        return QCoreApplication::translate("Verdict", "Offer a regular library card sign-up.");
    case VerdictStatus::Withdrawn:
        return QCoreApplication::translate(
            "Verdict", "Offer a regular library card sign-up. Do not use the old patron number.");
    case VerdictStatus::Expired:
        return QCoreApplication::translate(
            "Verdict", "Tell the student the program renews with the school year.");
    case VerdictStatus::OutOfScope:
        return QCoreApplication::translate("Verdict", "Offer a regular library card.");
    case VerdictStatus::CardBlocked:
        return QCoreApplication::translate(
            "Verdict", "This card was reported lost or replaced. Ask for the new card.");
    case VerdictStatus::NotFound:
        return QCoreApplication::translate("Verdict",
            "No consent is on file for this card. Offer a regular library card sign-up.");
    case VerdictStatus::Unrecognized:
        return QCoreApplication::translate("Verdict", "Scan the card again or type the number.");
    }
    return {};
}

} // namespace cardbridge
