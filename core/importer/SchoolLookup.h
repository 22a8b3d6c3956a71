#pragma once

#include "store/AgreementRepository.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cardbridge::importer {

// The schools an import may name, found by code or name (case-insensitive, trimmed), with what
// row validation needs precomputed once per import rather than once per row.
class SchoolLookup {
public:
    struct Entry {
        SchoolRecord record;
        std::optional<int> studentNumberLength; // fixedStudentNumberLength(card rule)
    };

    explicit SchoolLookup(const QList<SchoolRecord> &schools);

    // By code or name; OneRoster's orgSourcedIds may hold a comma-separated list, of which the
    // first known school counts. nullptr when no school matches.
    const Entry *find(QStringView codeOrName) const;
    // The one school the agreement covers, when it covers exactly one.
    const Entry *onlySchoolInAgreement() const;
    int schoolsInAgreement() const { return m_inAgreement; }
    // "RHS, LHS, MCM" for messages (codes of the schools in the agreement, at most ten).
    const QString &codesInAgreement() const { return m_codes; }

private:
    const Entry *findOne(QStringView codeOrName) const;

    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_byKey;
    int m_inAgreement = 0;
    qsizetype m_only = -1;
    QString m_codes;
};

} // namespace cardbridge::importer
