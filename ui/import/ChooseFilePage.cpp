#include "ChooseFilePage.h"

#include "DialogPrompts.h"
#include "ImportWizard.h"
#include "InlineMessage.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace cardbridge {

namespace {

const QString kFolderKey = QStringLiteral("import/lastFolder");

// The one local file being dragged, or empty.
QString draggedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

} // namespace

ChooseFilePage::ChooseFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_choose(new QPushButton(tr("C&hoose file…"), this))
    , m_problem(new InlineMessage(InlineMessage::Kind::Error, this))
{
    setTitle(tr("Choose the consent list"));
    setSubTitle(tr("The list or roster the school district sent: a CSV file, tab-separated "
                   "text or an Excel workbook (.xlsx). Nothing is imported until you have "
                   "reviewed it."));
    setAcceptDrops(true);

    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    m_path->setAccessibleName(tr("File to import"));
    m_path->setPlaceholderText(tr("Choose a file, or drag one onto this page"));
    m_path->setClearButtonEnabled(true);
    m_path->setAcceptDrops(false); // the page takes the drop, as a file rather than text
    m_choose->setAccessibleName(tr("Choose file"));

    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(m_choose);

    auto *dropHint = new QLabel(tr("You can also drag the file from your file manager or "
                                   "e-mail attachment onto this page."),
        this);
    dropHint->setWordWrap(true);
    dropHint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addWidget(dropHint);
    layout->addStretch(1);

    connect(m_choose, &QPushButton::clicked, this, &ChooseFilePage::choose);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        updateProblem();
        Q_EMIT completeChanged();
    });
}

void ChooseFilePage::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString ChooseFilePage::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

bool ChooseFilePage::isAcceptedSuffix(const QString &path)
{
    static const QStringList suffixes = { QStringLiteral("csv"), QStringLiteral("txt"),
        QStringLiteral("tsv"), QStringLiteral("xlsx") };
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

QString ChooseFilePage::problemText() const
{
    const QString file = path();
    if (file.isEmpty())
        return {};
    const QFileInfo info(file);
    if (info.suffix().compare(QStringLiteral("xls"), Qt::CaseInsensitive) == 0)
        return tr("Old Excel workbooks (.xls) cannot be read. Open it in Excel and save it as "
                  ".xlsx or CSV.");
    if (!isAcceptedSuffix(file))
        return tr("Choose a .csv, .txt, .tsv or .xlsx file.");
    if (!info.exists())
        return tr("There is no file at %1.").arg(QDir::toNativeSeparators(file));
    if (!info.isFile() || !info.isReadable())
        return tr("%1 cannot be read.").arg(QDir::toNativeSeparators(file));
    return {};
}

bool ChooseFilePage::isComplete() const
{
    return !path().isEmpty() && problemText().isEmpty();
}

bool ChooseFilePage::validatePage()
{
    if (!isComplete())
        return false;
    QSettings settings;
    settings.setValue(kFolderKey, QFileInfo(path()).absolutePath());
    m_wizard->setFilePath(QFileInfo(path()).absoluteFilePath());
    return true;
}

void ChooseFilePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (isAcceptedSuffix(draggedFile(event->mimeData())))
        event->acceptProposedAction();
    else
        event->ignore();
}

void ChooseFilePage::dropEvent(QDropEvent *event)
{
    const QString file = draggedFile(event->mimeData());
    if (!isAcceptedSuffix(file)) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    setPath(file);
    m_path->setFocus();
}

void ChooseFilePage::choose()
{
    const QString chosen = DialogPrompts::openFileName(this, tr("Choose the consent list"),
        path().isEmpty() ? rememberedFolder() : QFileInfo(path()).absolutePath(),
        tr("Consent lists (*.csv *.txt *.tsv *.xlsx);;All files (*)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ChooseFilePage::updateProblem()
{
    m_problem->showMessage(problemText());
}

QString ChooseFilePage::rememberedFolder() const
{
    QSettings settings;
    const QString folder = settings.value(kFolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace cardbridge
