#include "PassphraseRules.h"

#include <QCoreApplication>

namespace cardbridge {

QString newPassphraseProblem(const QString &passphrase, const QString &repeated)
{
    if (passphrase.size() < kMinimumPassphraseLength) {
        return QCoreApplication::translate(
            "cardbridge::PassphraseRules", "Use at least %1 characters (%2 so far).")
            .arg(kMinimumPassphraseLength)
            .arg(passphrase.size());
    }
    if (passphrase != repeated) {
        return QCoreApplication::translate(
            "cardbridge::PassphraseRules", "The two passphrases differ. Type the same one twice.");
    }
    return {};
}

} // namespace cardbridge
