#include "TodayCounts.h"

#include "VerdictStyle.h"
#include "consent/DeskScanService.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QStringList>

namespace cardbridge {

namespace {
Q_LOGGING_CATEGORY(lcToday, "cardbridge.ui.today")
}

TodayCounts::TodayCounts(Counter counter, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_counter(std::move(counter))
    , m_clock(clock)
{
    setAccessibleName(tr("Scans today"));
    auto *caption = new QLabel(tr("Scans today"), this);
    QFont captionFont = caption->font();
    captionFont.setBold(true);
    caption->setFont(captionFont);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    grid->addWidget(caption, 0, 0, 1, 2);
    int row = 1;
    for (const VerdictStatus status : kAllVerdictStatuses) {
        auto *name = new QLabel(verdictStatusTitle(status), this);
        auto *value = new QLabel(this);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setAccessibleName(tr("%1 today").arg(verdictStatusTitle(status)));
        grid->addWidget(name, row, 0);
        grid->addWidget(value, row, 1);
        m_values.insert(status, value);
        ++row;
    }
    grid->setColumnStretch(0, 1);
}

void TodayCounts::refresh()
{
    const QDateTime start = DeskScanService::startOfLocalDayUtc(m_clock.nowUtc());
    bool failed = false;
    QStringList summary;
    for (const VerdictStatus status : kAllVerdictStatuses) {
        const Result<qint64> counted = m_counter ? m_counter(status, start) : Result<qint64>(0);
        m_counts.insert(status, counted ? *counted : -1);
        failed = failed || !counted;
        m_values.value(status)->setText(countText(status));
        summary << tr("%1: %2").arg(verdictStatusTitle(status), countText(status));
    }
    setAccessibleDescription(summary.join(QStringLiteral(", ")));
    if (failed)
        qCWarning(lcToday) << "some of today's counts could not be read";
}

QString TodayCounts::countText(VerdictStatus status) const
{
    const qint64 n = count(status);
    return n < 0 ? tr("–") : QLocale().toString(n);
}

} // namespace cardbridge
