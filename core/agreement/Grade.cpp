#include "agreement/Grade.h"

#include <QRegularExpression>

namespace cardbridge {

std::optional<QString> normaliseGrade(QStringView text)
{
    QString grade = text.trimmed().toString().toLower();
    grade.remove(QLatin1Char(' '));
    if (grade.startsWith(QStringLiteral("grade")))
        grade = grade.mid(5);
    else if (grade.startsWith(QStringLiteral("gr")))
        grade = grade.mid(2);
    if (grade == QStringLiteral("tk") || grade == QStringLiteral("transitionalkindergarten"))
        return QStringLiteral("TK");
    if (grade == QStringLiteral("k") || grade == QStringLiteral("kindergarten")
        || grade == QStringLiteral("kg"))
        return QStringLiteral("K");
    static const QRegularExpression numbered(QStringLiteral("^0*(\\d{1,2})(st|nd|rd|th)?$"));
    const auto match = numbered.match(grade);
    if (!match.hasMatch())
        return std::nullopt;
    const int number = match.captured(1).toInt();
    if (number < 1 || number > 12)
        return std::nullopt;
    return QString::number(number);
}

} // namespace cardbridge
