#pragma once

#include <QDialog>

class QDialogButtonBox;
class QTabWidget;

namespace cardbridge {

// Desk settings: one tab per page (Scanner; others add theirs with addPage()). OK asks each
// page to save (pages connect to accepted()); Cancel to roll back (rejected()).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void addPage(const QString &title, QWidget *page);
    QTabWidget *pages() const { return m_tabs; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QTabWidget *m_tabs;
    QDialogButtonBox *m_buttons;
};

} // namespace cardbridge
