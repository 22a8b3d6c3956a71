#include "store/CardLookupRepository.h"

#include "store/SqlHelpers.h"

namespace cardbridge {

CardLookupRepository::CardLookupRepository(QSqlDatabase database)
    : m_database(std::move(database))
    , m_select(m_database)
{
    m_select.setForwardOnly(true);
    m_select.prepare(QStringLiteral(
        "SELECT c.state, s.id, c.school_id, s.given_name, s.family_name, s.grade, "
        "s.student_number, s.enrolment, s.consent_state, s.consent_valid_until "
        "FROM card_barcodes c JOIN students s ON s.id = c.student_id WHERE c.barcode = ?"));
}

Result<std::optional<CardLookupRow>> CardLookupRepository::find(
    const QString &barcode, const QList<qint64> &schoolIds)
{
    m_select.addBindValue(barcode);
    if (!m_select.exec())
        return sqlFailure(m_select.lastError(), QStringLiteral("look up a card"));
    std::optional<CardLookupRow> found;
    while (m_select.next()) {
        const qint64 schoolId = m_select.value(2).toLongLong();
        if (!schoolIds.contains(schoolId))
            continue;
        CardLookupRow row;
        row.cardState = m_select.value(0).toString();
        row.studentId = m_select.value(1).toLongLong();
        row.schoolId = schoolId;
        row.givenName = m_select.value(3).toString();
        row.familyName = m_select.value(4).toString();
        row.grade = m_select.value(5).toString();
        row.studentNumber = m_select.value(6).toString();
        row.enrolment = m_select.value(7).toString();
        row.consentState = m_select.value(8).toString();
        const QVariant validUntil = m_select.value(9);
        if (!validUntil.isNull())
            row.consentValidUntil = QDate::fromString(validUntil.toString(), Qt::ISODate);
        found = std::move(row);
        break;
    }
    m_select.finish();
    return found;
}

} // namespace cardbridge
