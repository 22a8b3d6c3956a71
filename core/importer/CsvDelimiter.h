#pragma once

#include <QByteArrayView>

namespace cardbridge::importer {

// Picks the delimiter of a delimited text file among `,` `;` TAB and `|` from its first lines
// (UTF-8; quoted text is not counted): the candidate that appears in the header and the same
// number of times in the most of the following lines. preferTab settles ties and files with a
// single column in favour of TAB ("Unicode text" from Excel); otherwise `,` wins them.
char detectDelimiter(QByteArrayView sample, bool preferTab);

} // namespace cardbridge::importer
