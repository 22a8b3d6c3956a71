#pragma once

#include "common/Expected.h"
#include "consent/ConsentRecord.h"

#include <QDate>
#include <QString>

#include <optional>

// Readers for single cells of a consent list (GUIDE section 5). Reasons are plain words for the
// clerk; they quote a value only when it is short and never hold more than the cell itself.
namespace cardbridge::importer {

// A date as districts and spreadsheets write it: ISO "2026-09-07", US "9/7/2026" or
// "09/07/2026" (also "9/7/26"), "7-Sep-2026" or "07 Sep 26" (English month names, any case), or
// an Excel serial number ("46272"; the 1900 date system with its fake 29 February 1900).
// A time after the date ("2026-09-07 14:03", "9/7/2026 2:03:11 PM") is ignored. `today` picks
// the century of a two-digit year (the latest one not more than a year ahead). Does not check
// that the date is in the past.
expected<QDate, QString> parseImportDate(QStringView text, const QDate &today);

// A consent cell: yes/no, y/n, true/false, 1/0, granted/declined/withdrawn, opt-in/opt-out,
// "opted in" ... (case, spaces, '-', '_' and '.' ignored). Under an opt-out column
// (`invertedColumn`) yes/no and their kin invert; words that name a decision keep it.
// An empty cell is std::nullopt: the row says nothing about consent.
expected<std::optional<ConsentDecision>, QString> parseConsentValue(
    QStringView text, bool invertedColumn);

// Something@domain.tld without spaces; no attempt at RFC 5322.
bool plausibleEmail(QStringView text);
// Digits with spaces, '+', '(', ')', '-', '.' between them, 7 to 15 digits, optionally an
// extension ("x123", "ext. 123").
bool plausiblePhone(QStringView text);

// `"value"` when the value is short (40 characters or fewer) and printable, else empty: reasons
// may quote grades, dates and codes but never long cells.
QString quotedIfShort(QStringView value);

} // namespace cardbridge::importer
