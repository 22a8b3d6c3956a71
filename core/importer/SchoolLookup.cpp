#include "importer/SchoolLookup.h"

namespace cardbridge::importer {

namespace {

constexpr int kMostCodesListed = 10;

} // namespace

SchoolLookup::SchoolLookup(const QList<SchoolRecord> &schools)
{
    QStringList codes;
    for (const SchoolRecord &school : schools) {
        const qsizetype index = m_entries.size();
        m_entries.append(Entry { school, fixedStudentNumberLength(school.cardRule) });
        // Codes first: a code wins over another school's identical name.
        if (!school.code.trimmed().isEmpty())
            m_byKey.insert(school.code.trimmed().toCaseFolded(), index);
        if (school.inAgreement) {
            ++m_inAgreement;
            m_only = index;
            codes.append(school.code);
        }
    }
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const QString name = m_entries.at(i).record.name.trimmed().toCaseFolded();
        if (!name.isEmpty() && !m_byKey.contains(name))
            m_byKey.insert(name, i);
    }
    if (m_inAgreement != 1)
        m_only = -1;
    if (codes.size() <= kMostCodesListed)
        m_codes = codes.join(QLatin1String(", "));
}

const SchoolLookup::Entry *SchoolLookup::findOne(QStringView codeOrName) const
{
    const QStringView key = codeOrName.trimmed();
    if (key.isEmpty())
        return nullptr;
    const auto it = m_byKey.constFind(key.toString().toCaseFolded());
    return it == m_byKey.constEnd() ? nullptr : &m_entries.at(*it);
}

const SchoolLookup::Entry *SchoolLookup::find(QStringView codeOrName) const
{
    if (const Entry *entry = findOne(codeOrName))
        return entry;
    if (!codeOrName.contains(u','))
        return nullptr;
    for (const QStringView part : codeOrName.split(u','))
        if (const Entry *entry = findOne(part))
            return entry;
    return nullptr;
}

const SchoolLookup::Entry *SchoolLookup::onlySchoolInAgreement() const
{
    return m_only < 0 ? nullptr : &m_entries.at(m_only);
}

} // namespace cardbridge::importer
