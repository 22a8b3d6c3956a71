#include "demo/SyntheticNames.h"

#include <array>

namespace cardbridge {

namespace {
constexpr std::array kGiven = {
    "Avery",
    "Bao",
    "Camila",
    "Dario",
    "Elena",
    "Farah",
    "Gabriel",
    "Hana",
    "Ibrahim",
    "Jade",
    "Kenji",
    "Lucia",
    "Mateo",
    "Nadia",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Santi",
    "Talia",
    "Uma",
    "Victor",
    "Wren",
    "Ximena",
    "Yusuf",
    "Zara",
    "Amara",
    "Beto",
    "Chloe",
    "Dev",
    "Esme",
    "Felix",
    "Gia",
    "Hugo",
    "Isla",
    "Jonah",
    "Kiara",
    "Leo",
    "Maya",
    "Nico",
    "Olive",
    "Pablo",
    "Rhea",
    "Soren",
    "Tess",
    "Valen",
    "Willa",
    "Yara",
};
constexpr std::array kFamily = {
    "Abernath",
    "Brightwater",
    "Castellano",
    "Delacroix",
    "Eastbrook",
    "Fairweather",
    "Galloway",
    "Hollander",
    "Iverson",
    "Jessup",
    "Kowalczyk",
    "Lindqvist",
    "Montclair",
    "Nakamura",
    "Okonkwo",
    "Pemberton",
    "Quintero",
    "Ravensby",
    "Sandoval",
    "Thornbury",
    "Umberton",
    "Valdivia",
    "Westergaard",
    "Yellowhorn",
    "Zamorano",
    "Ashgrove",
    "Birchfield",
    "Coldwell",
    "Dunmore",
    "Elmsworth",
    "Foxhollow",
    "Greyson",
    "Hartigan",
    "Ironwood",
    "Juniper",
    "Kingsley",
    "Larkspur",
    "Marchetti",
    "Northcott",
    "Oakhurst",
};
} // namespace

QString syntheticGivenName(int index)
{
    return QString::fromLatin1(kGiven.at(std::size_t(index) % kGiven.size()));
}

QString syntheticFamilyName(int index)
{
    return QString::fromLatin1(kFamily.at(std::size_t(index) % kFamily.size()));
}

} // namespace cardbridge
