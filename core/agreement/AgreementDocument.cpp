#include "agreement/AgreementDocument.h"

#include "agreement/Grade.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace cardbridge {

namespace {

constexpr auto kFormat = "cardbridge-agreement";
constexpr int kFormatVersion = 1;

// Collects problems with their JSON paths while reading one object.
class Reader {
public:
    Reader(const QJsonObject &object, QString path, QStringList *problems)
        : m_object(object)
        , m_path(std::move(path))
        , m_problems(problems)
    {
    }

    QString at(const QString &key) const { return m_path + QLatin1Char('.') + key; }
    void problem(const QString &key, const QString &what) const
    {
        m_problems->append(at(key) + QStringLiteral(": ") + what);
    }

    QString requiredText(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            problem(key, QStringLiteral("required text is missing"));
            return {};
        }
        return value.toString().trimmed();
    }

    int integer(const QString &key, int fallback, int minimum, int maximum) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return fallback;
        const double number = value.toDouble(-1e18);
        if (!value.isDouble() || number != double(qint64(number)) || number < minimum
            || number > maximum) {
            problem(key,
                QStringLiteral("must be a whole number from %1 to %2").arg(minimum).arg(maximum));
            return fallback;
        }
        return int(number);
    }

    QDate date(const QString &key) const
    {
        const QDate parsed = QDate::fromString(requiredText(key), Qt::ISODate);
        if (!parsed.isValid() && m_object.value(key).isString())
            problem(key, QStringLiteral("must be a date written YYYY-MM-DD"));
        return parsed;
    }

    QJsonObject object(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isObject()) {
            problem(key, QStringLiteral("must be an object"));
            return {};
        }
        return value.toObject();
    }

    QJsonArray array(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isArray() || value.toArray().isEmpty()) {
            problem(key, QStringLiteral("must be a non-empty list"));
            return {};
        }
        return value.toArray();
    }

    // Prefixes the "field: problem" entries that CardRule/PatronNumberRule report.
    void adopt(const QString &key, const QStringList &nested) const
    {
        for (const QString &entry : nested)
            m_problems->append(at(key) + QLatin1Char('.') + entry);
    }

private:
    QJsonObject m_object;
    QString m_path;
    QStringList *m_problems;
};

QList<SchoolDefinition> readSchools(const Reader &root, QStringList *problems)
{
    QList<SchoolDefinition> schools;
    QSet<QString> codes;
    const QJsonArray array = root.array(QStringLiteral("schools"));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = root.at(QStringLiteral("schools[%1]").arg(i));
        if (!array.at(i).isObject()) {
            problems->append(path + QStringLiteral(": must be an object"));
            continue;
        }
        const Reader school(array.at(i).toObject(), path, problems);
        SchoolDefinition definition;
        definition.code = school.requiredText(QStringLiteral("code"));
        definition.name = school.requiredText(QStringLiteral("name"));
        if (!definition.code.isEmpty() && codes.contains(definition.code))
            school.problem(QStringLiteral("code"),
                QStringLiteral("\"%1\" is used by another school").arg(definition.code));
        codes.insert(definition.code);
        QStringList ruleProblems;
        definition.cardRule
            = CardRule::fromJson(school.object(QStringLiteral("card_rule")), &ruleProblems);
        school.adopt(QStringLiteral("card_rule"), ruleProblems);
        schools.append(definition);
    }
    return schools;
}

} // namespace

AgreementParse parseAgreementDocument(const QByteArray &json)
{
    AgreementParse result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.problems.append(QStringLiteral("$: not valid JSON (%1 at byte %2)")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset));
        return result;
    }
    if (!document.isObject()) {
        result.problems.append(QStringLiteral("$: must be a JSON object"));
        return result;
    }
    QStringList &problems = result.problems;
    const QJsonObject object = document.object();
    const Reader root(object, QStringLiteral("$"), &problems);
    if (object.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        root.problem(
            QStringLiteral("format"), QStringLiteral("must be \"%1\"").arg(QLatin1String(kFormat)));
    const int version = root.integer(QStringLiteral("version"), 0, 1, 1000);
    if (version > kFormatVersion)
        root.problem(QStringLiteral("version"),
            QStringLiteral("%1 is newer than this CardBridge reads (%2)")
                .arg(version)
                .arg(kFormatVersion));
    else if (version < 1 && !object.contains(QStringLiteral("version")))
        root.problem(QStringLiteral("version"), QStringLiteral("is missing"));

    Agreement agreement;
    agreement.name = root.requiredText(QStringLiteral("name"));
    agreement.partnerDistrict = root.requiredText(QStringLiteral("partner_district"));

    const Reader year(root.object(QStringLiteral("school_year")),
        root.at(QStringLiteral("school_year")), &problems);
    agreement.schoolYearStart = year.date(QStringLiteral("start"));
    agreement.schoolYearEnd = year.date(QStringLiteral("end"));
    if (agreement.schoolYearStart.isValid() && agreement.schoolYearEnd.isValid()
        && agreement.schoolYearEnd <= agreement.schoolYearStart)
        year.problem(QStringLiteral("end"), QStringLiteral("must come after the start"));

    const QString model = root.requiredText(QStringLiteral("consent_model"));
    if (const auto parsed = consentModelFromKey(model))
        agreement.consentModel = *parsed;
    else if (!model.isEmpty())
        root.problem(
            QStringLiteral("consent_model"), QStringLiteral("must be \"opt_in\" or \"opt_out\""));

    const QJsonArray grades = root.array(QStringLiteral("grades_in_scope"));
    for (qsizetype i = 0; i < grades.size(); ++i) {
        const auto grade = normaliseGrade(grades.at(i).toVariant().toString());
        if (grade)
            agreement.gradesInScope.append(*grade);
        else
            root.problem(QStringLiteral("grades_in_scope[%1]").arg(i),
                QStringLiteral("is not a grade (TK, K, 1–12)"));
    }

    QStringList patronProblems;
    agreement.patronRule = PatronNumberRule::fromJson(
        root.object(QStringLiteral("patron_number_rule")), &patronProblems);
    root.adopt(QStringLiteral("patron_number_rule"), patronProblems);
    agreement.suppressionThreshold
        = root.integer(QStringLiteral("suppression_threshold"), 10, 1, 1000);

    if (object.contains(QStringLiteral("retention"))) {
        const Reader retention(root.object(QStringLiteral("retention")),
            root.at(QStringLiteral("retention")), &problems);
        agreement.retention.scanEventsDays
            = retention.integer(QStringLiteral("scan_events_days"), 365, 0, 3650);
        agreement.retention.importBatchesDays
            = retention.integer(QStringLiteral("import_batches_days"), 365, 0, 3650);
        agreement.retention.daysAfterAgreementEnd
            = retention.integer(QStringLiteral("days_after_agreement_end"), 30, 0, 3650);
    }
    agreement.schools = readSchools(root, &problems);

    if (problems.isEmpty())
        result.agreement = agreement;
    return result;
}

QByteArray agreementToDocument(const Agreement &agreement)
{
    QJsonArray schools;
    for (const SchoolDefinition &school : agreement.schools)
        schools.append(QJsonObject { { QStringLiteral("code"), school.code },
            { QStringLiteral("name"), school.name },
            { QStringLiteral("card_rule"), school.cardRule.toJson() } });
    const QJsonObject root {
        { QStringLiteral("format"), QLatin1String(kFormat) },
        { QStringLiteral("version"), kFormatVersion },
        { QStringLiteral("name"), agreement.name },
        { QStringLiteral("partner_district"), agreement.partnerDistrict },
        { QStringLiteral("school_year"),
            QJsonObject {
                { QStringLiteral("start"), agreement.schoolYearStart.toString(Qt::ISODate) },
                { QStringLiteral("end"), agreement.schoolYearEnd.toString(Qt::ISODate) } } },
        { QStringLiteral("consent_model"), consentModelKey(agreement.consentModel) },
        { QStringLiteral("grades_in_scope"), QJsonArray::fromStringList(agreement.gradesInScope) },
        { QStringLiteral("patron_number_rule"), agreement.patronRule.toJson() },
        { QStringLiteral("suppression_threshold"), agreement.suppressionThreshold },
        { QStringLiteral("retention"),
            QJsonObject {
                { QStringLiteral("scan_events_days"), agreement.retention.scanEventsDays },
                { QStringLiteral("import_batches_days"), agreement.retention.importBatchesDays },
                { QStringLiteral("days_after_agreement_end"),
                    agreement.retention.daysAfterAgreementEnd } } },
        { QStringLiteral("schools"), schools },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace cardbridge
