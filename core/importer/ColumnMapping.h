#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace cardbridge::importer {

// What a column of a consent list or roster means (GUIDE section 5).
enum class Field {
    StudentNumber, // the number on the card ("identifier" in OneRoster)
    SourcedId, // OneRoster's sourcedId; used as the student number only when no identifier
    GivenName,
    FamilyName,
    Grade,
    School, // name or code
    Consent, // yes/no, granted/declined/withdrawn, opt-in/opt-out ...
    OptOut, // an "opt out" column: yes means the parent refused
    ConsentDate,
    Guardian,
    FormVersion,
    Channel,
    Email,
    Phone,
    Address,
    Status, // OneRoster: "active" or "tobedeleted" (departed)
    Role, // OneRoster: only "student" rows are imported
};

QString fieldKey(
    Field field); // stable key for profiles and JSON: "student_number", "given_name" ...
QString fieldLabel(Field field); // for people: "Student number", "Given name" ... (translatable)
std::optional<Field> fieldFromKey(QStringView key);
QList<Field> allFields();

// Which column (0-based index into the header) holds each field.
struct ColumnMapping {
    QHash<Field, int> columns;

    std::optional<int> column(Field field) const;
    bool has(Field field) const { return columns.contains(field); }
};

struct AutoMapping {
    ColumnMapping mapping;
    QStringList ignoredColumns; // header names that match no field, in file order
};

// A header name as the aliases compare it: lower case, with white space and '_', '-', '.', '/'
// removed ("Student_ID" and "student id" both give "studentid").
QString normaliseHeaderName(QStringView name);

// Maps header names to fields by the aliases of GUIDE section 5 (case, spaces, '_', '-', '.'
// ignored). When both "identifier" and "sourcedId" are present, "identifier" is the student
// number. "password" is never mapped.
AutoMapping autoMapColumns(const QStringList &header);

} // namespace cardbridge::importer
