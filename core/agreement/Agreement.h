#pragma once

#include "barcode/CardRule.h"
#include "barcode/PatronNumberRule.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cardbridge {

enum class ConsentModel { OptIn, OptOut };

QString consentModelKey(ConsentModel model); // "opt_in" / "opt_out"
std::optional<ConsentModel> consentModelFromKey(QStringView key);

struct SchoolDefinition {
    QString code;
    QString name;
    CardRule cardRule;
};

// How long records are kept (Education Code 49073.1: deletion when the agreement ends).
struct RetentionPolicy {
    int scanEventsDays = 365;
    int importBatchesDays = 365;
    int daysAfterAgreementEnd = 30; // student and consent records, once the year is over
};

// The memorandum of understanding, as CardBridge applies it (GUIDE section 3).
struct Agreement {
    QString name;
    QString partnerDistrict;
    QDate schoolYearStart;
    QDate schoolYearEnd;
    ConsentModel consentModel = ConsentModel::OptIn;
    QStringList gradesInScope; // normalised: "TK", "K", "1" … "12"
    PatronNumberRule patronRule;
    int suppressionThreshold = 10;
    RetentionPolicy retention;
    QList<SchoolDefinition> schools;

    bool coversGrade(const QString &grade) const { return gradesInScope.contains(grade); }
    bool isCurrentOn(const QDate &day) const
    {
        return day >= schoolYearStart && day <= schoolYearEnd;
    }
};

} // namespace cardbridge
