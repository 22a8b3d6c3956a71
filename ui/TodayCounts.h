#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "consent/Verdict.h"

#include <QMap>
#include <QWidget>

#include <functional>

class QLabel;

namespace cardbridge {

// "Today": the number of scans per verdict since the start of the local day (midnight in the
// machine's time zone, see DeskScanService::startOfLocalDayUtc), all desks, read from the
// store. refresh() after each scan.
class TodayCounts : public QWidget {
    Q_OBJECT
public:
    using Counter = std::function<Result<qint64>(VerdictStatus, const QDateTime &fromUtc)>;

    TodayCounts(Counter counter, const Clock &clock, QWidget *parent = nullptr);

    void refresh();
    // The count shown for `status`; -1 when it could not be read.
    qint64 count(VerdictStatus status) const { return m_counts.value(status, -1); }
    QString countText(VerdictStatus status) const;

private:
    Counter m_counter;
    const Clock &m_clock;
    QMap<VerdictStatus, qint64> m_counts;
    QMap<VerdictStatus, QLabel *> m_values;
};

} // namespace cardbridge
