#include "importer/FieldParsers.h"

#include <QCoreApplication>

#include <array>
#include <string_view>

namespace cardbridge::importer {

namespace {

constexpr qsizetype kLongestQuoted = 40;

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text)
        if (!isAsciiDigit(c))
            return false;
    return true;
}

// The value of 1 to `maxDigits` ASCII digits, or -1.
int digitsValue(QStringView text, qsizetype maxDigits)
{
    if (text.size() > maxDigits || !allDigits(text))
        return -1;
    int value = 0;
    for (QChar c : text)
        value = value * 10 + (c.unicode() - u'0');
    return value;
}

// 1-12 for an English month name or abbreviation ("sep", "Sept", "SEPTEMBER"), else 0.
int monthFromName(QStringView name)
{
    static constexpr std::array<std::string_view, 12> kMonths { "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december" };
    if (name.size() < 3 || name.size() > 9)
        return 0;
    std::array<char, 9> lower {};
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t u = name[i].unicode();
        if (u >= u'A' && u <= u'Z')
            lower[size_t(i)] = char(u - u'A' + 'a');
        else if (u >= u'a' && u <= u'z')
            lower[size_t(i)] = char(u);
        else
            return 0;
    }
    const std::string_view given(lower.data(), size_t(name.size()));
    for (size_t m = 0; m < kMonths.size(); ++m) {
        const std::string_view full = kMonths[m];
        if (given == full || given == full.substr(0, 3) || (m == 8 && given == "sept"))
            return int(m) + 1;
    }
    return 0;
}

// Four digits as they are; two digits in the latest century that is not more than a year
// ahead of `today`; else -1.
int yearValue(QStringView text, const QDate &today)
{
    if (text.size() == 4)
        return digitsValue(text, 4);
    if (text.size() != 2)
        return -1;
    const int twoDigits = digitsValue(text, 2);
    if (twoDigits < 0)
        return -1;
    const int latest = (today.isValid() ? today.year() : 2000) + 1;
    int year = (latest / 100) * 100 + twoDigits;
    if (year > latest)
        year -= 100;
    return year;
}

QString subject(QStringView text)
{
    const QString quoted = quotedIfShort(text);
    return quoted.isEmpty() ? QCoreApplication::translate("Importer", "date")
                            : QCoreApplication::translate("Importer", "date %1").arg(quoted);
}

unexpected<QString> unknownForm(QStringView text)
{
    return unexpected<QString>(QCoreApplication::translate(
        "Importer", "%1 is not YYYY-MM-DD, M/D/YYYY, D-Mon-YYYY or an Excel date number")
                                   .arg(subject(text)));
}

expected<QDate, QString> checkedDate(QStringView text, int year, int month, int day)
{
    const QDate date(year, month, day);
    if (year < 1 || !date.isValid())
        return unexpected<QString>(
            QCoreApplication::translate("Importer", "%1 does not exist").arg(subject(text)));
    return date;
}

// Excel's 1900 date system: day 1 is 1900-01-01 and day 60 the 29 February 1900 that Lotus
// 1-2-3 invented and Excel kept; from day 61 (1900-03-01) on, day n is 1899-12-30 + n.
expected<QDate, QString> excelSerialDate(QStringView text, QStringView integerPart)
{
    constexpr int kLastSerial = 2958465; // 9999-12-31
    const int serial = digitsValue(integerPart, 7);
    if (serial < 1 || serial > kLastSerial)
        return unexpected<QString>(
            QCoreApplication::translate("Importer", "%1 is not a day a spreadsheet can hold")
                .arg(subject(text)));
    if (serial == 60)
        return unexpected<QString>(QCoreApplication::translate("Importer",
            "date number 60 is 29 February 1900, a day that never was (a spreadsheet bug)"));
    if (serial < 60)
        return QDate(1899, 12, 31).addDays(serial);
    return QDate(1899, 12, 30).addDays(serial);
}

bool isExcelSerial(QStringView text, QStringView *integerPart)
{
    const qsizetype dot = text.indexOf(u'.');
    *integerPart = dot < 0 ? text : text.first(dot);
    if (!allDigits(*integerPart))
        return false;
    return dot < 0 || dot == text.size() - 1 || allDigits(text.sliced(dot + 1));
}

// Up to three parts split at `separator`; more than three gives an empty list.
QList<QStringView> threeParts(QStringView text, QChar separator)
{
    QList<QStringView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != separator)
            continue;
        const QStringView part = text.sliced(start, i - start).trimmed();
        if (!part.isEmpty() || separator != u' ')
            parts.append(part);
        if (parts.size() > 3)
            return {};
        start = i + 1;
    }
    return parts.size() == 3 ? parts : QList<QStringView> {};
}

expected<QDate, QString> numericDate(
    QStringView text, const QList<QStringView> &parts, bool usOrder, const QDate &today)
{
    if (parts.at(0).size() == 4) { // year first: 2026-09-07, 2026/9/7
        const int month = digitsValue(parts.at(1), 2);
        const int day = digitsValue(parts.at(2), 2);
        if (month < 0 || day < 0)
            return unknownForm(text);
        return checkedDate(text, digitsValue(parts.at(0), 4), month, day);
    }
    if (!usOrder)
        return unknownForm(text);
    const int month = digitsValue(parts.at(0), 2);
    const int day = digitsValue(parts.at(1), 2);
    const int year = yearValue(parts.at(2), today);
    if (month < 0 || day < 0 || year < 0)
        return unknownForm(text);
    if (month > 12 && day <= 12)
        return unexpected<QString>(QCoreApplication::translate(
            "Importer", "%1 does not exist: dates with \"/\" are read as month/day/year")
                                       .arg(subject(text)));
    return checkedDate(text, year, month, day);
}

expected<QDate, QString> dayMonthNameDate(
    QStringView text, const QList<QStringView> &parts, const QDate &today)
{
    const int day = digitsValue(parts.at(0), 2);
    const int month = monthFromName(parts.at(1));
    const int year = yearValue(parts.at(2), today);
    if (day < 0 || month == 0 || year < 0)
        return unknownForm(text);
    return checkedDate(text, year, month, day);
}

// "2026-09-07 14:03:11", "2026-09-07T14:03:11Z", "9/7/2026 2:03 PM": the part before the time.
QStringView withoutTime(QStringView text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0)
        return text;
    for (qsizetype i = colon - 1; i > 0; --i) {
        const QChar c = text[i];
        if (c == u' ' || c == u'T' || c == u't')
            return text.first(i).trimmed();
    }
    return {};
}

} // namespace

expected<QDate, QString> parseImportDate(QStringView text, const QDate &today)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return unexpected<QString>(QCoreApplication::translate("Importer", "date is empty"));
    const QStringView date = withoutTime(trimmed);
    if (date.isEmpty())
        return unknownForm(trimmed);

    QStringView integerPart;
    if (isExcelSerial(date, &integerPart))
        return excelSerialDate(trimmed, integerPart);
    if (date.contains(u'/')) {
        const QList<QStringView> parts = threeParts(date, u'/');
        if (parts.isEmpty())
            return unknownForm(trimmed);
        return numericDate(trimmed, parts, true, today);
    }
    for (const QChar separator : { QChar(u'-'), QChar(u' ') }) {
        if (!date.contains(separator))
            continue;
        const QList<QStringView> parts = threeParts(date, separator);
        if (parts.isEmpty())
            return unknownForm(trimmed);
        if (allDigits(parts.at(1)))
            return numericDate(trimmed, parts, false, today);
        return dayMonthNameDate(trimmed, parts, today);
    }
    return unknownForm(trimmed);
}

namespace {

enum class ConsentWord { Unknown, Yes, No, Granted, Declined, Withdrawn };

ConsentWord consentWord(QStringView text)
{
    struct Word {
        std::string_view text;
        ConsentWord word;
    };
    static constexpr std::array<Word, 33> kWords { {
        { "yes", ConsentWord::Yes },
        { "y", ConsentWord::Yes },
        { "true", ConsentWord::Yes },
        { "1", ConsentWord::Yes },
        { "no", ConsentWord::No },
        { "n", ConsentWord::No },
        { "false", ConsentWord::No },
        { "0", ConsentWord::No },
        { "granted", ConsentWord::Granted },
        { "grant", ConsentWord::Granted },
        { "given", ConsentWord::Granted },
        { "consented", ConsentWord::Granted },
        { "agreed", ConsentWord::Granted },
        { "approved", ConsentWord::Granted },
        { "optin", ConsentWord::Granted },
        { "optedin", ConsentWord::Granted },
        { "optsin", ConsentWord::Granted },
        { "declined", ConsentWord::Declined },
        { "decline", ConsentWord::Declined },
        { "denied", ConsentWord::Declined },
        { "refused", ConsentWord::Declined },
        { "notgranted", ConsentWord::Declined },
        { "optout", ConsentWord::Declined },
        { "optedout", ConsentWord::Declined },
        { "optsout", ConsentWord::Declined },
        { "withdrawn", ConsentWord::Withdrawn },
        { "withdraw", ConsentWord::Withdrawn },
        { "withdrew", ConsentWord::Withdrawn },
        { "revoked", ConsentWord::Withdrawn },
        { "consentwithdrawn", ConsentWord::Withdrawn },
        { "optinwithdrawn", ConsentWord::Withdrawn },
        { "yesoptin", ConsentWord::Granted },
        { "nooptout", ConsentWord::Declined },
    } };
    std::array<char, 24> buffer {};
    size_t length = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u' ' || u == u'-' || u == u'_' || u == u'.' || u == u'\t')
            continue;
        char lower = 0;
        if (u >= u'A' && u <= u'Z')
            lower = char(u - u'A' + 'a');
        else if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            lower = char(u);
        if (lower == 0 || length == buffer.size())
            return ConsentWord::Unknown;
        buffer[length++] = lower;
    }
    const std::string_view given(buffer.data(), length);
    for (const Word &word : kWords)
        if (word.text == given)
            return word.word;
    return ConsentWord::Unknown;
}

} // namespace

expected<std::optional<ConsentDecision>, QString> parseConsentValue(
    QStringView text, bool invertedColumn)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::optional<ConsentDecision>();
    switch (consentWord(trimmed)) {
    case ConsentWord::Yes:
        return invertedColumn ? ConsentDecision::Declined : ConsentDecision::Granted;
    case ConsentWord::No:
        return invertedColumn ? ConsentDecision::Granted : ConsentDecision::Declined;
    case ConsentWord::Granted:
        return ConsentDecision::Granted;
    case ConsentWord::Declined:
        return ConsentDecision::Declined;
    case ConsentWord::Withdrawn:
        return ConsentDecision::Withdrawn;
    case ConsentWord::Unknown:
        break;
    }
    const QString quoted = quotedIfShort(trimmed);
    const QString what = quoted.isEmpty()
        ? QCoreApplication::translate("Importer", "consent value")
        : QCoreApplication::translate("Importer", "consent value %1").arg(quoted);
    return unexpected<QString>(QCoreApplication::translate(
        "Importer", "%1 is not yes/no, granted/declined/withdrawn or opt-in/opt-out")
                                   .arg(what));
}

bool plausibleEmail(QStringView text)
{
    const QStringView email = text.trimmed();
    if (email.size() < 5 || email.size() > 254)
        return false;
    const qsizetype at = email.indexOf(u'@');
    if (at < 1 || email.indexOf(u'@', at + 1) >= 0)
        return false;
    for (QChar c : email) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c == u',' || c == u';'
            || c == u'<' || c == u'>' || c == u'"')
            return false;
    }
    const QStringView domain = email.sliced(at + 1);
    const qsizetype dot = domain.lastIndexOf(u'.');
    return dot > 0 && dot < domain.size() - 1 && !domain.startsWith(u'.')
        && !domain.contains(QLatin1String("..")) && !email.first(at).endsWith(u'.');
}

namespace {

// The extension after "x", "ext" or "ext.", e.g. " x 204": 1 to 6 digits.
bool plausibleExtension(QStringView text)
{
    QStringView rest = text.trimmed();
    if (rest.startsWith(u'.'))
        rest = rest.sliced(1).trimmed();
    return !rest.isEmpty() && rest.size() <= 6 && allDigits(rest);
}

} // namespace

bool plausiblePhone(QStringView text)
{
    QStringView phone = text.trimmed();
    for (qsizetype i = 0; i < phone.size(); ++i) {
        const QChar c = phone[i];
        if (c != u'x' && c != u'X' && c != u'e' && c != u'E')
            continue;
        const QStringView tail = phone.sliced(i);
        if (tail.startsWith(QLatin1String("ext"), Qt::CaseInsensitive)) {
            if (!plausibleExtension(tail.sliced(3)))
                return false;
        } else if (c == u'x' || c == u'X') {
            if (!plausibleExtension(tail.sliced(1)))
                return false;
        } else {
            return false;
        }
        phone = phone.first(i).trimmed();
        break;
    }
    int digits = 0;
    for (qsizetype i = 0; i < phone.size(); ++i) {
        const QChar c = phone[i];
        if (isAsciiDigit(c))
            ++digits;
        else if (c == u'+' && i == 0)
            continue;
        else if (!QLatin1String(" ()-.").contains(c))
            return false;
    }
    return digits >= 7 && digits <= 15;
}

QString quotedIfShort(QStringView value)
{
    if (value.size() > kLongestQuoted)
        return {};
    for (QChar c : value) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            return {};
    }
    return QLatin1Char('"') + value.toString() + QLatin1Char('"');
}

} // namespace cardbridge::importer
