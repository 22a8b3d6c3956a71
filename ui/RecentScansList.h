#pragma once

#include "consent/Verdict.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QTableView;

namespace cardbridge {

class RecentScansModel;

// "Recent scans": the last 20 scans of this session, newest first (time, verdict, masked card).
class RecentScansList : public QWidget {
    Q_OBJECT
public:
    explicit RecentScansList(QWidget *parent = nullptr);

    void addScan(const Verdict &verdict, const QDateTime &atUtc);

    RecentScansModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    RecentScansModel *m_model;
    QLabel *m_caption;
    QTableView *m_view;
};

} // namespace cardbridge
