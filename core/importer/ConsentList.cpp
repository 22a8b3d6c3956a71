#include "importer/ConsentList.h"

#include "importer/ColumnMapping.h"
#include "importer/FieldParsers.h"

#include <QFileInfo>

namespace cardbridge::importer {

namespace {

QString cell(const SourceRow &row, std::optional<int> column)
{
    return column && *column < row.cells.size() ? row.cells.at(*column).trimmed() : QString();
}

} // namespace

QString ConsentList::joinKey(QStringView studentNumber)
{
    QStringView key = studentNumber.trimmed();
    while (key.size() > 1 && key.front() == u'0')
        key = key.sliced(1);
    return key.toString().toUpper();
}

Result<ConsentList> ConsentList::read(const QString &path, const QDate &today)
{
    auto reader = openTable(path);
    if (!reader)
        return unexpected(reader.error());
    const SourceInfo &info = (*reader)->info();
    const QString name = QFileInfo(path).fileName();
    const ColumnMapping mapping = autoMapColumns(info.header).mapping;
    const std::optional<int> number = mapping.has(Field::StudentNumber)
        ? mapping.column(Field::StudentNumber)
        : mapping.column(Field::SourcedId);
    const bool inverted = !mapping.has(Field::Consent) && mapping.has(Field::OptOut);
    const std::optional<int> consent
        = inverted ? mapping.column(Field::OptOut) : mapping.column(Field::Consent);
    if (!number || !consent)
        return fail(ErrorCode::FileUnreadable,
            QStringLiteral("%1: a consent list needs a student number column and a consent "
                           "column.")
                .arg(name));

    ConsentList list;
    const auto problem = [&](int line, int column, QString reason) {
        // A warning: the roster's row still counts; only its consent stays unknown.
        list.m_findings.append({ line, name + QStringLiteral(": ") + info.header.value(column),
            std::move(reason), Finding::Severity::Warning });
    };
    for (;;) {
        auto row = (*reader)->next();
        if (!row)
            return unexpected(row.error());
        if (!*row)
            break;
        const SourceRow &source = **row;
        const QString student = cell(source, number);
        if (student.isEmpty())
            continue;
        auto decision = parseConsentValue(cell(source, consent), inverted);
        if (!decision) {
            problem(source.line, *consent, decision.error());
            continue;
        }
        if (!*decision)
            continue;
        Entry entry;
        entry.decision = **decision;
        if (const QString date = cell(source, mapping.column(Field::ConsentDate));
            !date.isEmpty()) {
            auto parsed = parseImportDate(date, today);
            if (!parsed) {
                problem(source.line, *mapping.column(Field::ConsentDate), parsed.error());
                continue;
            }
            entry.decidedOn = *parsed;
        }
        entry.guardian = cell(source, mapping.column(Field::Guardian));
        entry.formVersion = cell(source, mapping.column(Field::FormVersion));
        entry.channel = cell(source, mapping.column(Field::Channel));
        list.m_entries.insert(joinKey(student), entry);
    }
    return list;
}

void ConsentList::applyTo(ImportRow &row) const
{
    if (row.decision)
        return;
    const auto found = m_entries.constFind(joinKey(row.studentNumber));
    if (found == m_entries.cend())
        return;
    row.decision = found->decision;
    row.decidedOn = found->decidedOn;
    row.guardian = found->guardian;
    row.formVersion = found->formVersion;
    row.channel = found->channel;
}

} // namespace cardbridge::importer
