#include "consent/VerdictService.h"

#include "barcode/CardRule.h"
#include "consent/AgreementCatalog.h"
#include "consent/VerdictRules.h"
#include "store/CardLookupRepository.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace cardbridge {

Q_LOGGING_CATEGORY(lcVerdict, "cardbridge.consent.verdict")

namespace {
Verdict unrecognized(QString message)
{
    Verdict verdict;
    verdict.status = VerdictStatus::Unrecognized;
    verdict.message = std::move(message);
    return verdict;
}
} // namespace

VerdictService::VerdictService(QSqlDatabase database, const Clock &clock)
    : m_clock(clock)
    , m_catalog(std::make_unique<AgreementCatalog>())
    , m_cards(std::make_unique<CardLookupRepository>(database))
    , m_database(std::move(database))
{
    if (auto loaded = reload(); !loaded)
        qCWarning(
            lcVerdict, "could not load the agreement: %s", qPrintable(loaded.error().message));
}

VerdictService::~VerdictService() = default;

Status VerdictService::reload()
{
    auto catalog = AgreementCatalog::load(m_database);
    if (!catalog)
        return unexpected(catalog.error());
    *m_catalog = std::move(*catalog);
    return {};
}

Verdict VerdictService::lookup(QStringView input)
{
    Verdict verdict = decide(input);
    verdict.input = input.toString();
    return verdict;
}

Verdict VerdictService::decide(QStringView input)
{
    if (normaliseScannedText(input).isEmpty())
        return unrecognized(QCoreApplication::translate("Verdict", "Nothing was scanned."));

    bool badCheckDigit = false;
    bool matchedAnyRule = false;
    for (const AgreementCatalog::RuleGroup &group : m_catalog->ruleGroups()) {
        const CardRuleOutcome outcome = applyCardRule(group.rule, input);
        if (outcome.match == CardMatch::BadCheckDigit)
            badCheckDigit = true;
        if (outcome.match != CardMatch::Matched)
            continue;
        matchedAnyRule = true;
        auto card = m_cards->find(outcome.code, group.schoolIds);
        if (!card) {
            qCWarning(lcVerdict, "card lookup failed: %s", qPrintable(card.error().message));
            return unrecognized(QCoreApplication::translate(
                "Verdict", "The store could not be read. Try again, then call the supervisor."));
        }
        if (!*card)
            continue;
        const SchoolRecord *school = m_catalog->school((*card)->schoolId);
        if (!school)
            continue;
        return decideKnownCard(**card, *school, m_catalog->agreement(), m_clock.nowUtc().date());
    }
    if (matchedAnyRule)
        return decideUnknownCard(m_catalog->agreement());
    if (badCheckDigit) {
        Verdict verdict = unrecognized(QCoreApplication::translate(
            "Verdict", "The check digit is wrong: the number was mistyped or misread."));
        verdict.checkDigitWrong = true;
        return verdict;
    }
    return unrecognized(QCoreApplication::translate(
        "Verdict", "This code matches no student card rule (a book, a phone, a typo?)."));
}

} // namespace cardbridge
