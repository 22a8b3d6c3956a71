#include "VerdictText.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextBoundaryFinder>

namespace cardbridge {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cardbridge::VerdictText", text);
}

} // namespace

QString familyInitialOnly(const QString &familyNameOrInitial)
{
    const QString trimmed = familyNameOrInitial.trimmed();
    if (trimmed.isEmpty())
        return {};
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, trimmed);
    const qsizetype end = graphemes.toNextBoundary();
    return trimmed.left(end > 0 ? end : 1);
}

QString formatStudentSummary(const StudentSummary &student)
{
    QStringList parts;
    QString name = student.givenName.trimmed();
    const QString initial = familyInitialOnly(student.familyInitial);
    if (!initial.isEmpty())
        name = name.isEmpty() ? initial + QLatin1Char('.') : tr("%1 %2.").arg(name, initial);
    if (!name.isEmpty())
        parts << name;
    if (!student.grade.trimmed().isEmpty())
        parts << tr("grade %1").arg(student.grade.trimmed());
    if (!student.school.trimmed().isEmpty())
        parts << student.school.trimmed();
    return parts.join(QStringLiteral(", "));
}

QString describeVerdictForScreenReader(const Verdict &verdict)
{
    QStringList sentences;
    sentences << verdictStatusTitle(verdict.status) << verdictNextStep(verdict.status);
    if (verdict.student)
        sentences << formatStudentSummary(*verdict.student);
    if (verdict.status == VerdictStatus::Eligible && verdict.patronNumber)
        sentences << tr("Patron number %1").arg(*verdict.patronNumber);
    if (!verdict.message.isEmpty())
        sentences << verdict.message;
    for (QString &sentence : sentences) {
        if (!sentence.endsWith(QLatin1Char('.')))
            sentence += QLatin1Char('.');
    }
    return sentences.join(QLatin1Char(' '));
}

} // namespace cardbridge
