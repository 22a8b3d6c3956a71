#include "importer/RowValidator.h"

#include "agreement/Grade.h"
#include "importer/FieldParsers.h"
#include "importer/SchoolLookup.h"

#include <QCoreApplication>
#include <QSet>

#include <array>

namespace cardbridge::importer {

namespace {

constexpr qsizetype kLongestField = 10'000;
constexpr int kFieldCount = int(Field::Role) + 1;
constexpr int kNoColumn = -1;

QString tr(const char *text)
{
    return QCoreApplication::translate("Importer", text);
}

// Collects one row's findings; remembers whether any was an error.
class RowReport {
public:
    RowReport(int line, const QStringList &header, QList<Finding> *findings)
        : m_line(line)
        , m_header(header)
        , m_findings(findings)
    {
    }

    void error(int column, QString reason) { add(column, std::move(reason), true); }
    void warning(int column, QString reason) { add(column, std::move(reason), false); }
    bool failed() const { return m_failed; }

private:
    void add(int column, QString reason, bool error)
    {
        m_failed = m_failed || error;
        if (!m_findings)
            return;
        Finding finding;
        finding.line = m_line;
        if (column >= 0 && column < m_header.size())
            finding.column = m_header.at(column);
        finding.reason = std::move(reason);
        finding.severity = error ? Finding::Severity::Error : Finding::Severity::Warning;
        m_findings->append(std::move(finding));
    }

    int m_line;
    const QStringList &m_header;
    QList<Finding> *m_findings;
    bool m_failed = false;
};

bool allAsciiDigits(QStringView text)
{
    for (QChar c : text)
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    return !text.isEmpty();
}

QString quotedOrNothing(const char *withValue, const char *withoutValue, QStringView value)
{
    const QString quoted = quotedIfShort(value);
    return quoted.isEmpty() ? tr(withoutValue) : tr(withValue).arg(quoted);
}

} // namespace

struct RowValidator::Private {
    QStringList header;
    std::array<int, kFieldCount> columns {};
    SchoolLookup schools;
    QSet<QString> gradesInScope;
    bool checkGradeScope = false;
    QDate today;
    ValidationOptions options;
    QList<Finding> mappingProblems;

    explicit Private(const QList<SchoolRecord> &schoolRecords)
        : schools(schoolRecords)
    {
    }

    int column(Field field) const { return columns[size_t(field)]; }
    int studentNumberColumn() const
    {
        const int number = column(Field::StudentNumber);
        return number != kNoColumn ? number : column(Field::SourcedId);
    }
    // The cell without surrounding white space; empty when the field has no column.
    QString cell(const SourceRow &row, int index) const
    {
        return index == kNoColumn ? QString() : row.cells.at(index).trimmed();
    }

    void findMappingProblems();
    const SchoolLookup::Entry *school(const SourceRow &row, RowReport &report) const;
    void studentNumber(const SourceRow &row, const SchoolLookup::Entry *school, ImportRow *out,
        RowReport &report) const;
    void names(const SourceRow &row, ImportRow *out, RowReport &report) const;
    void grade(const SourceRow &row, ImportRow *out, RowReport &report) const;
    void consent(const SourceRow &row, ImportRow *out, RowReport &report) const;
    void contact(const SourceRow &row, ImportRow *out, RowReport &report) const;
    void status(const SourceRow &row, ImportRow *out, RowReport &report) const;
};

RowValidator::RowValidator(const QStringList &header, ColumnMapping mapping,
    ValidationContext context, ValidationOptions options)
{
    auto p = std::make_shared<Private>(context.schools);
    p->header = header;
    p->columns.fill(kNoColumn);
    for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it) {
        const int index = int(it.key());
        if (index < 0 || index >= kFieldCount)
            continue;
        if (it.value() < 0 || it.value() >= header.size()) {
            p->mappingProblems.append(Finding { 0, {},
                tr("%1 is mapped to column %2, which the file does not have")
                    .arg(fieldLabel(it.key()))
                    .arg(it.value() + 1),
                Finding::Severity::Error });
            continue;
        }
        p->columns[size_t(index)] = it.value();
    }
    if (context.agreement) {
        const QStringList &grades = context.agreement->gradesInScope;
        p->gradesInScope = QSet<QString>(grades.cbegin(), grades.cend());
        p->checkGradeScope = !grades.isEmpty();
    }
    p->today = context.today;
    p->options = options;
    p->findMappingProblems();
    d = std::move(p);
}

void RowValidator::Private::findMappingProblems()
{
    const auto missing = [this](const char *reason) {
        mappingProblems.append(Finding { 0, {}, tr(reason), Finding::Severity::Error });
    };
    if (studentNumberColumn() == kNoColumn)
        missing(QT_TRANSLATE_NOOP("Importer", "no student number column"));
    if (column(Field::GivenName) == kNoColumn)
        missing(QT_TRANSLATE_NOOP("Importer", "no given name column"));
    if (column(Field::FamilyName) == kNoColumn)
        missing(QT_TRANSLATE_NOOP("Importer", "no family name column"));
    if (column(Field::Grade) == kNoColumn)
        missing(QT_TRANSLATE_NOOP("Importer", "no grade column"));
    if (column(Field::School) == kNoColumn && !schools.onlySchoolInAgreement()) {
        if (schools.schoolsInAgreement() == 0)
            missing(QT_TRANSLATE_NOOP("Importer", "no school column; the agreement has no school"));
        else
            missing(QT_TRANSLATE_NOOP(
                "Importer", "no school column; the agreement has several schools"));
    }
}

QList<Finding> RowValidator::mappingProblems() const
{
    return d->mappingProblems;
}

std::optional<ImportRow> RowValidator::validate(
    const SourceRow &row, QList<Finding> *findings) const
{
    RowReport report(row.line, d->header, findings);
    if (row.cells.size() != d->header.size()) {
        report.error(kNoColumn,
            row.cells.size() == 1 ? tr("row has 1 field, the header has %1").arg(d->header.size())
                                  : tr("row has %1 fields, the header has %2")
                                        .arg(row.cells.size())
                                        .arg(d->header.size()));
        return std::nullopt;
    }
    for (int i = 0; i < int(row.cells.size()); ++i)
        if (row.cells.at(i).size() > kLongestField)
            report.error(i, tr("field too long (over 10,000 characters)"));
    if (report.failed())
        return std::nullopt;

    // OneRoster rosters list teachers, parents and others beside students: not for import.
    if (const int roleColumn = d->column(Field::Role); roleColumn != kNoColumn) {
        const QString role = d->cell(row, roleColumn);
        if (!role.isEmpty() && role.compare(QLatin1String("student"), Qt::CaseInsensitive) != 0) {
            report.warning(roleColumn,
                quotedIfShort(role).isEmpty() ? tr("not a student: skipped")
                                              : tr("not a student (role %1): skipped").arg(role));
            return std::nullopt;
        }
    }

    ImportRow out;
    out.line = row.line;
    const SchoolLookup::Entry *school = d->school(row, report);
    if (school)
        out.schoolId = school->record.id;
    d->studentNumber(row, school, &out, report);
    d->names(row, &out, report);
    d->grade(row, &out, report);
    d->consent(row, &out, report);
    d->contact(row, &out, report);
    d->status(row, &out, report);
    if (report.failed())
        return std::nullopt;
    return out;
}

const SchoolLookup::Entry *RowValidator::Private::school(
    const SourceRow &row, RowReport &report) const
{
    const int index = column(Field::School);
    if (index == kNoColumn) {
        if (const SchoolLookup::Entry *only = schools.onlySchoolInAgreement())
            return only;
        report.error(kNoColumn,
            tr(schools.schoolsInAgreement() == 0
                    ? QT_TRANSLATE_NOOP("Importer", "no school column; the agreement has no school")
                    : QT_TRANSLATE_NOOP(
                        "Importer", "no school column; the agreement has several schools")));
        return nullptr;
    }
    const QString value = cell(row, index);
    if (value.isEmpty()) {
        report.error(index, tr("school is missing"));
        return nullptr;
    }
    const SchoolLookup::Entry *entry = schools.find(value);
    if (!entry) {
        QString reason = quotedOrNothing(
            QT_TRANSLATE_NOOP("Importer", "school %1 is not one of the agreement's schools"),
            QT_TRANSLATE_NOOP("Importer", "school is not one of the agreement's schools"), value);
        if (!schools.codesInAgreement().isEmpty())
            reason += QLatin1String(" (") + schools.codesInAgreement() + QLatin1Char(')');
        report.error(index, reason);
        return nullptr;
    }
    if (!entry->record.inAgreement) {
        report.error(index,
            quotedOrNothing(
                QT_TRANSLATE_NOOP("Importer", "school %1 is not in the current agreement"),
                QT_TRANSLATE_NOOP("Importer", "school is not in the current agreement"), value));
        return nullptr;
    }
    return entry;
}

// Never quotes the number: reasons may end up in logs (GUIDE section 6).
void RowValidator::Private::studentNumber(const SourceRow &row, const SchoolLookup::Entry *school,
    ImportRow *out, RowReport &report) const
{
    const int index = studentNumberColumn();
    if (index == kNoColumn) {
        report.error(kNoColumn, tr("no student number column"));
        return;
    }
    QString number = cell(row, index);
    if (number.isEmpty()) {
        report.error(index, tr("student number is missing"));
        return;
    }
    if (!school)
        return; // the school's card rule decides; its finding is already there
    const CardRule &rule = school->record.cardRule;
    const std::optional<int> length = school->studentNumberLength;
    if (length && number.size() < *length && allAsciiDigits(number)) {
        const QString padded = QString(*length - number.size(), QLatin1Char('0')) + number;
        if (const std::optional<QString> barcode = cardBarcodeForStudentNumber(rule, padded)) {
            if (!options.restoreLeadingZeros) {
                report.error(index,
                    tr("student number has %1 digits, not %2: leading zeros probably stripped by "
                       "a spreadsheet")
                        .arg(number.size())
                        .arg(*length));
                return;
            }
            out->studentNumber = padded;
            out->cardBarcode = *barcode;
            return;
        }
    }
    std::optional<QString> barcode = cardBarcodeForStudentNumber(rule, number);
    if (!barcode) {
        const QString schoolName
            = school->record.name.isEmpty() ? school->record.code : school->record.name;
        report.error(index,
            length ? tr("student number does not fit the card rule of %1 (%2 characters)")
                         .arg(schoolName)
                         .arg(*length)
                   : tr("student number does not fit the card rule of %1").arg(schoolName));
        return;
    }
    out->studentNumber = std::move(number);
    out->cardBarcode = std::move(*barcode);
}

// Names are kept as the file spells them (a name like "=HYPERLINK(...)" too): neutralising
// formulas is the job of whatever writes CSV.
void RowValidator::Private::names(const SourceRow &row, ImportRow *out, RowReport &report) const
{
    const struct {
        Field field;
        QString ImportRow::*member;
        const char *missingColumn;
        const char *missingValue;
    } kNames[] = {
        { Field::GivenName, &ImportRow::givenName,
            QT_TRANSLATE_NOOP("Importer", "no given name column"),
            QT_TRANSLATE_NOOP("Importer", "given name is missing") },
        { Field::FamilyName, &ImportRow::familyName,
            QT_TRANSLATE_NOOP("Importer", "no family name column"),
            QT_TRANSLATE_NOOP("Importer", "family name is missing") },
    };
    for (const auto &name : kNames) {
        const int index = column(name.field);
        if (index == kNoColumn) {
            report.error(kNoColumn, tr(name.missingColumn));
            continue;
        }
        out->*name.member = cell(row, index);
        if ((out->*name.member).isEmpty())
            report.error(index, tr(name.missingValue));
    }
}

void RowValidator::Private::grade(const SourceRow &row, ImportRow *out, RowReport &report) const
{
    const int index = column(Field::Grade);
    if (index == kNoColumn) {
        report.error(kNoColumn, tr("no grade column"));
        return;
    }
    const QString value = cell(row, index);
    if (value.isEmpty()) {
        report.error(index, tr("grade is missing"));
        return;
    }
    std::optional<QString> grade = normaliseGrade(value);
    if (!grade) {
        report.error(index,
            quotedOrNothing(QT_TRANSLATE_NOOP("Importer", "grade %1 is not TK, K or 1-12"),
                QT_TRANSLATE_NOOP("Importer", "grade is not TK, K or 1-12"), value));
        return;
    }
    // Not an import error: the desk answers out_of_scope for such a student.
    if (checkGradeScope && !gradesInScope.contains(*grade))
        report.warning(index, tr("grade %1 is not in the agreement's grades").arg(*grade));
    out->grade = std::move(*grade);
}

void RowValidator::Private::consent(const SourceRow &row, ImportRow *out, RowReport &report) const
{
    int index = column(Field::Consent);
    QString value = cell(row, index);
    bool inverted = false;
    if (value.isEmpty() && column(Field::OptOut) != kNoColumn) {
        index = column(Field::OptOut);
        value = cell(row, index);
        inverted = true;
    }
    if (!value.isEmpty()) {
        auto decision = parseConsentValue(value, inverted);
        if (decision)
            out->decision = *decision;
        else
            report.error(index, decision.error());
    }

    const int dateIndex = column(Field::ConsentDate);
    const QString date = cell(row, dateIndex);
    if (date.isEmpty())
        return;
    const auto parsed = parseImportDate(date, today);
    if (!parsed) {
        report.error(dateIndex, parsed.error());
        return;
    }
    if (today.isValid() && *parsed > today) {
        report.error(dateIndex, tr("date %1 is in the future").arg(parsed->toString(Qt::ISODate)));
        return;
    }
    out->decidedOn = *parsed;
}

// Contact details are never quoted in reasons: they identify people.
void RowValidator::Private::contact(const SourceRow &row, ImportRow *out, RowReport &report) const
{
    out->guardian = cell(row, column(Field::Guardian));
    out->formVersion = cell(row, column(Field::FormVersion));
    out->channel = cell(row, column(Field::Channel));
    out->address = cell(row, column(Field::Address));
    out->email = cell(row, column(Field::Email));
    if (!out->email.isEmpty() && !plausibleEmail(out->email))
        report.error(column(Field::Email), tr("email address does not look like one"));
    out->phone = cell(row, column(Field::Phone));
    if (!out->phone.isEmpty() && !plausiblePhone(out->phone))
        report.error(column(Field::Phone), tr("phone number does not have 7 to 15 digits"));
}

void RowValidator::Private::status(const SourceRow &row, ImportRow *out, RowReport &report) const
{
    const int index = column(Field::Status);
    const QString value = cell(row, index);
    if (value.isEmpty() || value.compare(QLatin1String("active"), Qt::CaseInsensitive) == 0)
        return;
    if (value.compare(QLatin1String("tobedeleted"), Qt::CaseInsensitive) == 0) {
        out->departed = true;
        return;
    }
    report.warning(index,
        quotedOrNothing(
            QT_TRANSLATE_NOOP("Importer", "status %1 is not active or tobedeleted: read as active"),
            QT_TRANSLATE_NOOP("Importer", "status is not active or tobedeleted: read as active"),
            value));
}

} // namespace cardbridge::importer
