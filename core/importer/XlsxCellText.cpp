#include "importer/XlsxCellText.h"

#include <QDate>

#include <cmath>

namespace cardbridge::importer {

int xlsxColumnIndex(QStringView reference)
{
    int column = 0;
    qsizetype letters = 0;
    for (const QChar c : reference) {
        const char16_t u = c.unicode();
        if (u >= u'a' && u <= u'z')
            column = column * 26 + (u - u'a' + 1);
        else if (u >= u'A' && u <= u'Z')
            column = column * 26 + (u - u'A' + 1);
        else
            break;
        if (++letters > 3) // XFD is the last column Excel has
            return -1;
    }
    return letters == 0 ? -1 : column - 1;
}

QString xlsxNumberText(QStringView stored)
{
    bool plainInteger = !stored.isEmpty();
    for (qsizetype i = 0; i < stored.size() && plainInteger; ++i)
        plainInteger = stored[i].isDigit() || (i == 0 && stored[i] == u'-' && stored.size() > 1);
    if (plainInteger)
        return stored.toString();
    bool ok = false;
    const double value = stored.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return stored.toString();
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 15);
}

QString xlsxDateText(QStringView stored, bool date1904)
{
    bool ok = false;
    const double serial = stored.toDouble(&ok);
    if (!ok || !std::isfinite(serial) || serial < 0 || serial > 2958465) // 9999-12-31
        return {};
    const auto days = static_cast<qint64>(std::floor(serial));
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days >= 61)
        date = QDate(1899, 12, 30).addDays(days);
    else if (days == 60) // Lotus 1-2-3's 29 February 1900, which never was
        date = QDate(1900, 2, 28);
    else
        date = QDate(1899, 12, 31).addDays(days);
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

bool xlsxIsDateFormat(int numFmtId, QStringView formatCode)
{
    if ((numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 27 && numFmtId <= 36)
        || (numFmtId >= 50 && numFmtId <= 58))
        return true;
    if (numFmtId < 164 || formatCode.isEmpty())
        return false;
    // Only the first section (positive numbers) decides; quoted text, escaped characters and
    // [brackets] (colours, locales, elapsed time) are not date parts.
    bool day = false;
    bool month = false;
    bool year = false;
    bool time = false;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const char16_t c = formatCode[i].toLower().unicode();
        if (c == u';')
            break;
        if (c == u'"') {
            while (++i < formatCode.size() && formatCode[i] != u'"') { }
        } else if (c == u'[') {
            while (++i < formatCode.size() && formatCode[i] != u']') { }
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'd') {
            day = true;
        } else if (c == u'm') {
            month = true;
        } else if (c == u'y' || c == u'e') {
            year = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        }
    }
    // "m" next to hours or seconds is minutes.
    return day || year || (month && !time);
}

QString xlsxUnescape(QString text)
{
    qsizetype at = text.indexOf(QLatin1String("_x"));
    while (at >= 0 && at + 7 <= text.size()) {
        bool ok = false;
        const ushort code = QStringView(text).sliced(at + 2, 4).toUShort(&ok, 16);
        if (ok && text.at(at + 6) == u'_') {
            text.replace(at, 7, QChar(code));
            at = text.indexOf(QLatin1String("_x"), at + 1);
        } else {
            at = text.indexOf(QLatin1String("_x"), at + 2);
        }
    }
    return text;
}

} // namespace cardbridge::importer
