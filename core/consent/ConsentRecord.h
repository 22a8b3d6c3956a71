#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace cardbridge {

enum class ConsentDecision { Granted, Declined, Withdrawn };

QString consentDecisionKey(ConsentDecision decision); // "granted", "declined", "withdrawn"
std::optional<ConsentDecision> consentDecisionFromKey(QStringView key);

// One consent decision as FERPA (34 CFR 99.30) asks it to be kept: who, when, how, which form.
struct ConsentRecord {
    qint64 studentId = 0;
    ConsentDecision decision = ConsentDecision::Granted;
    QString givenBy; // guardian's name, or the student when 18+
    QDate decidedOn;
    QString channel; // registration packet, paper form, portal
    QString formVersion;
    std::optional<QDate> validUntil;
    std::optional<qint64> importBatchId;
    QString staffAccount;
    std::optional<QDate> withdrawnOn;
    QString withdrawalChannel;
};

} // namespace cardbridge
