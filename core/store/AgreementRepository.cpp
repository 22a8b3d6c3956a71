#include "store/AgreementRepository.h"

#include "agreement/AgreementDocument.h"
#include "store/SqlHelpers.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace cardbridge {

namespace {
QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

AgreementRepository::AgreementRepository(QSqlDatabase database)
    : m_database(std::move(database))
{
}

Status AgreementRepository::apply(const Agreement &agreement, const QDateTime &nowUtc)
{
    if (!m_database.transaction())
        return sqlFailure(m_database.lastError(), QStringLiteral("start saving the agreement"));
    auto applied = applyInTransaction(agreement, nowUtc);
    if (!applied) {
        m_database.rollback();
        return applied;
    }
    if (!m_database.commit()) {
        const QSqlError error = m_database.lastError();
        m_database.rollback();
        return sqlFailure(error, QStringLiteral("save the agreement"));
    }
    return {};
}

Status AgreementRepository::applyInTransaction(const Agreement &agreement, const QDateTime &nowUtc)
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT id FROM agreements ORDER BY id")))
        return sqlFailure(query.lastError(), QStringLiteral("read the agreement"));
    const qint64 existingId = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();

    const QString columns = QStringLiteral(
        "partner_district = :district, school_year_start = :start, school_year_end = :end, "
        "consent_model = :model, grades_in_scope = :grades, patron_rule = :patron, "
        "suppression_threshold = :threshold, retention = :retention, document = :document, "
        "applied_at = :applied");
    query.prepare(existingId
            ? QStringLiteral("UPDATE agreements SET %1 WHERE id = :id").arg(columns)
            : QStringLiteral("INSERT INTO agreements (partner_district, school_year_start, "
                             "school_year_end, consent_model, grades_in_scope, "
                             "patron_rule, suppression_threshold, retention, document, "
                             "applied_at) VALUES (:district, :start, :end, :model, "
                             ":grades, :patron, :threshold, :retention, :document, "
                             ":applied)"));
    query.bindValue(QStringLiteral(":district"), agreement.partnerDistrict);
    query.bindValue(QStringLiteral(":start"), isoDate(agreement.schoolYearStart));
    query.bindValue(QStringLiteral(":end"), isoDate(agreement.schoolYearEnd));
    query.bindValue(QStringLiteral(":model"), consentModelKey(agreement.consentModel));
    query.bindValue(QStringLiteral(":grades"), agreement.gradesInScope.join(QLatin1Char(',')));
    query.bindValue(QStringLiteral(":patron"), compactJson(agreement.patronRule.toJson()));
    query.bindValue(QStringLiteral(":threshold"), agreement.suppressionThreshold);
    query.bindValue(QStringLiteral(":retention"),
        compactJson(QJsonObject {
            { QStringLiteral("scan_events_days"), agreement.retention.scanEventsDays },
            { QStringLiteral("import_batches_days"), agreement.retention.importBatchesDays },
            { QStringLiteral("days_after_agreement_end"),
                agreement.retention.daysAfterAgreementEnd } }));
    query.bindValue(QStringLiteral(":document"), QString::fromUtf8(agreementToDocument(agreement)));
    query.bindValue(QStringLiteral(":applied"), isoUtc(nowUtc));
    if (existingId)
        query.bindValue(QStringLiteral(":id"), existingId);
    if (!query.exec())
        return sqlFailure(query.lastError(), QStringLiteral("save the agreement"));
    const qint64 agreementId = existingId ? existingId : query.lastInsertId().toLongLong();

    if (!query.exec(QStringLiteral("UPDATE schools SET agreement_id = NULL")))
        return sqlFailure(query.lastError(), QStringLiteral("update the schools"));
    QSqlQuery update(m_database);
    update.prepare(QStringLiteral("UPDATE schools SET name = ?, card_rule = ?, agreement_id = ? "
                                  "WHERE code = ?"));
    QSqlQuery insert(m_database);
    insert.prepare(QStringLiteral("INSERT INTO schools (code, name, agreement_id, card_rule) "
                                  "VALUES (?, ?, ?, ?)"));
    for (const SchoolDefinition &school : agreement.schools) {
        const QString rule = compactJson(school.cardRule.toJson());
        update.addBindValue(school.name);
        update.addBindValue(rule);
        update.addBindValue(agreementId);
        update.addBindValue(school.code);
        if (!update.exec())
            return sqlFailure(update.lastError(), QStringLiteral("update a school"));
        if (update.numRowsAffected() > 0)
            continue;
        insert.addBindValue(school.code);
        insert.addBindValue(school.name);
        insert.addBindValue(agreementId);
        insert.addBindValue(rule);
        if (!insert.exec())
            return sqlFailure(insert.lastError(), QStringLiteral("add a school"));
    }
    return {};
}

Result<std::optional<Agreement>> AgreementRepository::current()
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT document FROM agreements ORDER BY id")))
        return sqlFailure(query.lastError(), QStringLiteral("read the agreement"));
    if (!query.next())
        return std::optional<Agreement>();
    const AgreementParse parsed = parseAgreementDocument(query.value(0).toString().toUtf8());
    if (!parsed.agreement)
        return fail(ErrorCode::StoreDamaged,
            QStringLiteral("The stored agreement is not valid: %1")
                .arg(parsed.problems.join(QStringLiteral("; "))));
    return parsed.agreement;
}

Result<QList<SchoolRecord>> AgreementRepository::schools()
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, code, name, agreement_id, card_rule FROM schools "
                                   "ORDER BY code")))
        return sqlFailure(query.lastError(), QStringLiteral("read the schools"));
    QList<SchoolRecord> schools;
    while (query.next()) {
        SchoolRecord school;
        school.id = query.value(0).toLongLong();
        school.code = query.value(1).toString();
        school.name = query.value(2).toString();
        school.inAgreement = !query.value(3).isNull();
        QStringList problems;
        school.cardRule = CardRule::fromJson(
            QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object(), &problems);
        if (!problems.isEmpty())
            return fail(ErrorCode::StoreDamaged,
                QStringLiteral("The card rule of school %1 is not valid.").arg(school.code));
        schools.append(school);
    }
    return schools;
}

} // namespace cardbridge
