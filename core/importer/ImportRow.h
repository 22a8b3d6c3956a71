#pragma once

#include "consent/ConsentRecord.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cardbridge::importer {

// A problem with one row, in plain words: "line 14, column Grade: grade \"13\" is not TK, K or
// 1-12". Warnings do not stop the row from being imported.
struct Finding {
    enum class Severity { Error, Warning };
    int line = 0; // physical line where the record starts; 0 for the file as a whole
    QString column; // the header name as the file spells it; empty when no single column
    QString reason;
    Severity severity = Severity::Error;
};

// A row that passed validation, in the store's terms.
struct ImportRow {
    int line = 0;
    qint64 schoolId = 0;
    QString studentNumber; // leading zeros restored when the clerk asked for it
    QString cardBarcode; // derived from the student number by the school's card rule
    QString givenName;
    QString familyName;
    QString grade; // normalised: TK, K, 1 ... 12
    std::optional<ConsentDecision> decision; // none when the file says nothing about consent
    std::optional<QDate> decidedOn;
    QString guardian;
    QString formVersion;
    QString channel;
    QString email;
    QString phone;
    QString address;
    bool departed = false; // OneRoster status=tobedeleted

    // Two rows for the same student with the same data are duplicates; otherwise a conflict.
    bool sameDataAs(const ImportRow &other) const;
};

} // namespace cardbridge::importer
