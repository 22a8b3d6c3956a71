#pragma once

#include <QString>

namespace cardbridge {

// Made-up names for demo and benchmark stores: never a real person's data.
QString syntheticGivenName(int index);
QString syntheticFamilyName(int index);

} // namespace cardbridge
