#include "agreement/Agreement.h"

namespace cardbridge {

QString consentModelKey(ConsentModel model)
{
    return model == ConsentModel::OptIn ? QStringLiteral("opt_in") : QStringLiteral("opt_out");
}

std::optional<ConsentModel> consentModelFromKey(QStringView key)
{
    if (key == u"opt_in")
        return ConsentModel::OptIn;
    if (key == u"opt_out")
        return ConsentModel::OptOut;
    return std::nullopt;
}

} // namespace cardbridge
