#pragma once

#include "agreement/Agreement.h"
#include "consent/ConsentRecord.h"
#include "store/Store.h"
#include "store/StudentRepository.h"
#include "support/TestSupport.h"

#include <memory>
#include <optional>

namespace cardbridge::test {

// A small agreement for tests: school "NHS" (Code 128, 8 digits, Luhn), school "OLD" which a
// later version of the agreement dropped (so it is out of scope), grades 9–12, school year
// 2026-08-01 … 2027-07-31, patron numbers 2 + 3021 + number + Luhn.
Agreement testAgreement(ConsentModel model);

struct TestStudent {
    QString school = QStringLiteral("NHS");
    QString number; // 7 digits; the card barcode is number + Luhn digit
    QString givenName = QStringLiteral("Avery");
    QString familyName = QStringLiteral("Brightwater");
    QString grade = QStringLiteral("10");
    CardState card = CardState::Active;
    std::optional<ConsentDecision> consent {};
    std::optional<QDate> consentValidUntil {};
    bool departed = false;
};

// A real store on disk (SQLCipher, quick Argon2id) with the test agreement applied.
class TestStore {
public:
    explicit TestStore(ConsentModel model = ConsentModel::OptIn);
    Store &store() { return *m_store; }
    QString path() const { return m_path; }
    // Adds a student and returns the card barcode to scan.
    QString add(const TestStudent &student);

    static QString passphrase() { return QStringLiteral("test passphrase 1234"); }

private:
    TempFolder m_folder;
    QString m_path;
    std::unique_ptr<Store> m_store;
};

QString withLuhn(const QString &digits);

} // namespace cardbridge::test
