#include "importer/ImportPlan.h"

namespace cardbridge::importer {

quint64 rowFingerprint(const ImportRow &row)
{
    const QChar separator(0x1f); // unit separator: never in a cell we accept
    QString all;
    for (const QString *part : { &row.studentNumber, &row.givenName, &row.familyName, &row.grade,
             &row.guardian, &row.formVersion, &row.channel, &row.email, &row.phone, &row.address })
        all += *part + separator;
    all += row.decision ? consentDecisionKey(*row.decision) : QString();
    all += separator + (row.decidedOn ? row.decidedOn->toString(Qt::ISODate) : QString());
    all += separator + QString::number(row.schoolId) + (row.departed ? u'D' : u'A');
    return quint64(qHash(all, 0x5eed));
}

std::optional<ConsentDecision> effectiveDecision(
    const ImportRow &row, bool studentHeld, std::optional<ConsentModel> model)
{
    if (studentHeld && model == ConsentModel::OptIn && row.decision == ConsentDecision::Declined)
        return ConsentDecision::Withdrawn;
    return row.decision;
}

namespace {

bool contactDiffers(const QString &fromRow, const QString &stored)
{
    // An empty cell keeps what the store holds; a list is not a way to erase contact data.
    return !fromRow.isEmpty() && fromRow != stored;
}

bool consentDiffers(
    const ImportRow &row, std::optional<ConsentDecision> decision, const ExistingStudent &existing)
{
    if (!decision)
        return false;
    if (consentDecisionKey(*decision) != existing.consentState)
        return true;
    return row.decidedOn && row.decidedOn != existing.consentDecidedOn;
}

} // namespace

StudentAction classifyRow(
    const ImportRow &row, const ExistingStudent *existing, std::optional<ConsentModel> model)
{
    if (!existing) {
        if (row.departed)
            return StudentAction::NotStored;
        if (model == ConsentModel::OptIn && row.decision != ConsentDecision::Granted)
            return StudentAction::NotStored;
        return StudentAction::Create;
    }
    if (row.departed)
        return existing->enrolment == QStringLiteral("departed") ? StudentAction::Unchanged
                                                                 : StudentAction::Depart;
    const std::optional<ConsentDecision> decision = effectiveDecision(row, true, model);
    if (decision == ConsentDecision::Withdrawn)
        return existing->consentState == QStringLiteral("withdrawn") ? StudentAction::Unchanged
                                                                     : StudentAction::Withdraw;
    const bool changed = row.givenName != existing->givenName
        || row.familyName != existing->familyName || row.grade != existing->grade
        || contactDiffers(row.email, existing->email) || contactDiffers(row.phone, existing->phone)
        || contactDiffers(row.address, existing->address)
        || existing->enrolment != QStringLiteral("active")
        || consentDiffers(row, decision, *existing);
    return changed ? StudentAction::Update : StudentAction::Unchanged;
}

} // namespace cardbridge::importer
