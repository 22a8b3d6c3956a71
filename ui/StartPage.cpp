#include "StartPage.h"

#include "InlineMessage.h"
#include "PageLayout.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cardbridge {

namespace {

QPushButton *makeChoice(const QString &text, const QString &accessibleName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setAccessibleName(accessibleName);
    button->setMinimumHeight(44);
    QFont font = button->font();
    font.setPointSizeF(qMax(font.pointSizeF() * 1.2, 12.0));
    button->setFont(font);
    return button;
}

} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_intro(makeParagraph(QString(), this))
    , m_create(makeChoice(tr("&Create a new store…"), tr("Create a new store"), this))
    , m_demo(makeChoice(tr("Open the &demo store"), tr("Open the demo store"), this))
    , m_error(new InlineMessage(InlineMessage::Kind::Error, this))
{
    QVBoxLayout *column = makeCentredColumn(this, tr("Welcome to CardBridge"));
    column->addWidget(m_intro);
    column->addSpacing(8);
    column->addWidget(m_create);
    column->addWidget(makeParagraph(
        tr("For the real program: you will import the district's consent lists into it."), this));
    column->addSpacing(8);
    column->addWidget(m_demo);
    column->addWidget(makeParagraph(
        tr("A store with synthetic students, to try every verdict at the desk."), this));
    column->addWidget(m_error);
    column->addStretch(2);

    connect(m_create, &QPushButton::clicked, this, &StartPage::createRequested);
    connect(m_demo, &QPushButton::clicked, this, &StartPage::demoRequested);
}

void StartPage::setStorePath(const QString &path)
{
    m_intro->setText(tr("There is no store at %1 yet. A store keeps the student records this "
                        "desk checks cards against, encrypted.")
                         .arg(QDir::toNativeSeparators(path)));
    m_error->clearMessage();
}

void StartPage::showError(const QString &message)
{
    m_error->showMessage(message);
}

void StartPage::focusFirstButton()
{
    m_create->setFocus(Qt::OtherFocusReason);
}

} // namespace cardbridge
