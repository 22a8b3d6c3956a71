#include "importer/ColumnMapping.h"

#include <QCoreApplication>

#include <array>

namespace cardbridge::importer {

namespace {

struct FieldNames {
    Field field;
    const char *key;
    const char *label;
};

// Keys are stable (profiles and JSON store them); labels are for people.
constexpr std::array<FieldNames, 17> kFieldNames { {
    { Field::StudentNumber, "student_number", QT_TRANSLATE_NOOP("Importer", "Student number") },
    { Field::SourcedId, "sourced_id", QT_TRANSLATE_NOOP("Importer", "OneRoster sourcedId") },
    { Field::GivenName, "given_name", QT_TRANSLATE_NOOP("Importer", "Given name") },
    { Field::FamilyName, "family_name", QT_TRANSLATE_NOOP("Importer", "Family name") },
    { Field::Grade, "grade", QT_TRANSLATE_NOOP("Importer", "Grade") },
    { Field::School, "school", QT_TRANSLATE_NOOP("Importer", "School") },
    { Field::Consent, "consent", QT_TRANSLATE_NOOP("Importer", "Consent") },
    { Field::OptOut, "opt_out", QT_TRANSLATE_NOOP("Importer", "Opt out") },
    { Field::ConsentDate, "consent_date", QT_TRANSLATE_NOOP("Importer", "Consent date") },
    { Field::Guardian, "guardian", QT_TRANSLATE_NOOP("Importer", "Parent or guardian") },
    { Field::FormVersion, "form_version", QT_TRANSLATE_NOOP("Importer", "Form version") },
    { Field::Channel, "channel", QT_TRANSLATE_NOOP("Importer", "Consent channel") },
    { Field::Email, "email", QT_TRANSLATE_NOOP("Importer", "Email") },
    { Field::Phone, "phone", QT_TRANSLATE_NOOP("Importer", "Phone") },
    { Field::Address, "address", QT_TRANSLATE_NOOP("Importer", "Address") },
    { Field::Status, "status", QT_TRANSLATE_NOOP("Importer", "Status") },
    { Field::Role, "role", QT_TRANSLATE_NOOP("Importer", "Role") },
} };

const FieldNames *namesOf(Field field)
{
    for (const FieldNames &names : kFieldNames)
        if (names.field == field)
            return &names;
    return nullptr;
}

struct Alias {
    Field field;
    int rank; // lower wins when several columns alias the same field
};

// GUIDE section 5, normalised (see normaliseHeaderName). OneRoster 1.1 users.csv names are
// here too; "password" is deliberately absent and never mapped.
const QHash<QString, Alias> &aliases()
{
    static const QHash<QString, Alias> table = [] {
        QHash<QString, Alias> t;
        const auto add = [&t](Field field, std::initializer_list<const char *> names, int rank) {
            for (const char *name : names)
                t.insert(QLatin1String(name), Alias { field, rank });
        };
        add(Field::StudentNumber,
            { "studentid", "studentnumber", "studentno", "studentnum", "stuid", "permid",
                "permanentid", "idnumber", "identifier" },
            0);
        add(Field::SourcedId, { "sourcedid" }, 0);
        add(Field::GivenName, { "firstname", "givenname", "fn", "first" }, 0);
        add(Field::FamilyName, { "lastname", "familyname", "surname", "ln", "last" }, 0);
        add(Field::Grade, { "grade", "gr", "gradelevel", "grades" }, 0);
        add(Field::School,
            { "school", "schoolname", "schoolcode", "site", "orgsourcedids", "orgsourcedid" }, 0);
        add(Field::Consent,
            { "consent", "parentconsent", "permission", "optin", "sharewithlibrary",
                "consentstatus", "libraryconsent" },
            0);
        add(Field::OptOut, { "optout", "optedout" }, 0);
        add(Field::ConsentDate,
            { "consentdate", "datesigned", "date", "signedon", "signeddate", "timestamp" }, 0);
        add(Field::Guardian,
            { "guardian", "parent", "parentguardian", "parentname", "guardianname",
                "parentorguardian" },
            0);
        add(Field::FormVersion, { "formversion", "form" }, 0);
        add(Field::Channel, { "channel", "consentchannel" }, 0);
        add(Field::Email,
            { "email", "emailaddress", "parentemail", "guardianemail", "parentemailaddress" }, 0);
        add(Field::Phone,
            { "phone", "phonenumber", "telephone", "parentphone", "guardianphone", "homephone" },
            0);
        // OneRoster has both "sms" and "phone": the phone column wins when both are present.
        add(Field::Phone, { "sms", "mobile", "cellphone", "mobilephone" }, 1);
        add(Field::Address,
            { "address", "homeaddress", "streetaddress", "mailingaddress", "parentaddress" }, 0);
        add(Field::Status, { "status" }, 0);
        add(Field::Role, { "role" }, 0);
        return t;
    }();
    return table;
}

bool isIgnoredInHeader(QChar c)
{
    return c.isSpace() || c == u'_' || c == u'-' || c == u'.' || c == u'/'
        || c.category() == QChar::Other_Format; // a stray byte-order mark or zero-width space
}

} // namespace

QString fieldKey(Field field)
{
    const FieldNames *names = namesOf(field);
    return names ? QLatin1String(names->key) : QString();
}

QString fieldLabel(Field field)
{
    const FieldNames *names = namesOf(field);
    return names ? QCoreApplication::translate("Importer", names->label) : QString();
}

std::optional<Field> fieldFromKey(QStringView key)
{
    for (const FieldNames &names : kFieldNames)
        if (key == QLatin1String(names.key))
            return names.field;
    return std::nullopt;
}

QList<Field> allFields()
{
    QList<Field> fields;
    fields.reserve(qsizetype(kFieldNames.size()));
    for (const FieldNames &names : kFieldNames)
        fields.append(names.field);
    return fields;
}

std::optional<int> ColumnMapping::column(Field field) const
{
    const auto it = columns.constFind(field);
    if (it == columns.constEnd())
        return std::nullopt;
    return *it;
}

QString normaliseHeaderName(QStringView name)
{
    QString key;
    key.reserve(name.size());
    for (QChar c : name)
        if (!isIgnoredInHeader(c))
            key.append(c.toLower());
    return key;
}

AutoMapping autoMapColumns(const QStringList &header)
{
    struct Choice {
        int column;
        int rank;
    };
    QHash<Field, Choice> chosen;
    const QHash<QString, Alias> &table = aliases();
    for (int i = 0; i < int(header.size()); ++i) {
        const auto alias = table.constFind(normaliseHeaderName(header.at(i)));
        if (alias == table.constEnd())
            continue;
        const auto previous = chosen.constFind(alias->field);
        // First match wins among equals; a better alias (phone over sms) replaces a worse one.
        if (previous == chosen.constEnd() || alias->rank < previous->rank)
            chosen.insert(alias->field, Choice { i, alias->rank });
    }
    // OneRoster: "identifier" is the number on the card; sourcedId is a system key.
    if (chosen.contains(Field::StudentNumber))
        chosen.remove(Field::SourcedId);

    AutoMapping result;
    QList<bool> used(header.size(), false);
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        result.mapping.columns.insert(it.key(), it->column);
        used[it->column] = true;
    }
    for (int i = 0; i < int(header.size()); ++i)
        if (!used.at(i) && !header.at(i).trimmed().isEmpty())
            result.ignoredColumns.append(header.at(i));
    return result;
}

} // namespace cardbridge::importer
