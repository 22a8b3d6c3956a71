#include "MappingPage.h"

#include "BackgroundTask.h"
#include "DialogPrompts.h"
#include "ImportWizard.h"
#include "InlineMessage.h"
#include "importer/MappingProfiles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cardbridge {

using importer::ColumnMapping;
using importer::Field;
using importer::MappingProfiles;

namespace {

Q_LOGGING_CATEGORY(lcMapping, "cardbridge.ui.import.mapping")

constexpr int kNotInFile = -1;
constexpr int kFieldColumns = 3; // label + combo pairs side by side

QString delimiterInWords(const QString &delimiter)
{
    if (delimiter == QStringLiteral(","))
        return MappingPage::tr("separated by commas");
    if (delimiter == QStringLiteral(";"))
        return MappingPage::tr("separated by semicolons");
    if (delimiter == QStringLiteral("\t"))
        return MappingPage::tr("separated by tabs");
    if (delimiter == QStringLiteral("|"))
        return MappingPage::tr("separated by vertical bars");
    return MappingPage::tr("separated by “%1”").arg(delimiter);
}

QString columnName(const QStringList &header, int index)
{
    const QString name = header.value(index).trimmed();
    return name.isEmpty() ? MappingPage::tr("Column %1 (no name)").arg(index + 1) : name;
}

QString profileTitle(const QString &name)
{
    if (name == MappingProfiles::genericName())
        return MappingPage::tr("Automatic (common column names)");
    if (name == MappingProfiles::oneRosterName())
        return MappingPage::tr("OneRoster 1.1 users.csv");
    return name;
}

} // namespace

MappingPage::MappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_source(new QLabel(this))
    , m_sheet(new QComboBox(this))
    , m_sheetLabel(new QLabel(tr("S&heet:"), this))
    , m_preview(new QTableWidget(this))
    , m_ignored(new QLabel(this))
    , m_restoreZeros(new QCheckBox(tr("Restore &leading zeros in student numbers"), this))
    , m_strict(new QCheckBox(tr("S&trict: import nothing if any row is rejected"), this))
    , m_fullSync(new QCheckBox(tr("&Full list: students missing from it have left"), this))
    , m_profile(new QComboBox(this))
    , m_saveProfile(new QPushButton(tr("Sa&ve mapping as…"), this))
    , m_problem(new InlineMessage(InlineMessage::Kind::Error, this))
    , m_hint(new InlineMessage(InlineMessage::Kind::Hint, this))
{
    setTitle(tr("Check the columns"));
    setSubTitle(tr("Make sure each field points at the right column. Fields this file does not "
                   "have stay “(not in this file)”."));

    m_source->setTextFormat(Qt::PlainText);
    m_source->setWordWrap(true);
    m_source->setAccessibleName(tr("File format"));
    QFont bold = m_source->font();
    bold.setBold(true);
    m_source->setFont(bold);
    m_sheetLabel->setBuddy(m_sheet);
    m_sheet->setAccessibleName(tr("Sheet"));

    m_preview->setAccessibleName(tr("First rows of the file"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setWordWrap(false);
    m_preview->setTabKeyNavigation(false);
    m_preview->setFocusPolicy(Qt::NoFocus); // a picture of the file: nothing to choose in it
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    m_preview->horizontalHeader()->setHighlightSections(false);
    m_preview->setMinimumHeight(150);

    auto *top = new QHBoxLayout;
    top->addWidget(m_source, 1);
    top->addWidget(m_sheetLabel);
    top->addWidget(m_sheet);

    auto *fields = new QGroupBox(tr("Fields"), this);
    auto *grid = new QGridLayout(fields);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    const QList<Field> all = importer::allFields();
    const int perColumn = int((all.size() + kFieldColumns - 1) / kFieldColumns);
    for (int i = 0; i < all.size(); ++i) {
        const Field field = all.at(i);
        auto *box = new QComboBox(fields);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(14);
        box->setAccessibleName(importer::fieldLabel(field));
        auto *label = new QLabel(importer::fieldLabel(field) + QLatin1Char(':'), fields);
        label->setBuddy(box);
        const int row = i % perColumn;
        const int column = (i / perColumn) * 2;
        grid->addWidget(label, row, column);
        grid->addWidget(box, row, column + 1);
        grid->setColumnStretch(column + 1, 1);
        m_fieldBoxes.insert(field, box);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            updateIgnored();
            Q_EMIT completeChanged();
        });
    }

    m_ignored->setTextFormat(Qt::PlainText);
    m_ignored->setWordWrap(true);
    m_ignored->setAccessibleName(tr("Columns not imported"));

    m_restoreZeros->setToolTip(tr("Excel drops leading zeros from numbers: put them back so "
                                  "student numbers have the length the school's card uses."));
    m_strict->setToolTip(tr("Import all rows or none: any rejected row stops the whole import."));
    m_fullSync->setToolTip(tr("This file lists every student of its schools: students the "
                              "store holds for those schools but the file does not are "
                              "marked as having left."));
    auto *options = new QHBoxLayout;
    options->addWidget(m_restoreZeros);
    options->addWidget(m_strict);
    options->addWidget(m_fullSync);
    options->addStretch(1);

    auto *profileLabel = new QLabel(tr("&Mapping profile:"), this);
    profileLabel->setBuddy(m_profile);
    m_profile->setAccessibleName(tr("Mapping profile"));
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_saveProfile->setToolTip(
        tr("Keep this mapping under a name for the next file from the same source. Only "
           "column names are kept, never data."));
    auto *profiles = new QHBoxLayout;
    profiles->addWidget(profileLabel);
    profiles->addWidget(m_profile);
    profiles->addWidget(m_saveProfile);
    profiles->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_problem);
    layout->addWidget(m_preview, 1);
    layout->addLayout(profiles);
    layout->addWidget(fields);
    layout->addWidget(m_ignored);
    layout->addWidget(m_hint);
    layout->addLayout(options);

    connect(m_sheet, &QComboBox::activated, this, [this] { load(); });
    connect(m_profile, &QComboBox::activated, this,
        [this](int index) { applyProfile(m_profile->itemData(index).toString()); });
    connect(m_saveProfile, &QPushButton::clicked, this, &MappingPage::saveProfile);
}

QString MappingPage::describeSource(const importer::SourceInfo &info)
{
    if (info.format == QStringLiteral("Excel workbook"))
        return info.sheet.isEmpty() ? tr("Excel workbook")
                                    : tr("Excel workbook, sheet “%1”").arg(info.sheet);
    return tr("%1, %2, %3")
        .arg(info.format == QStringLiteral("CSV") ? tr("CSV") : info.format, info.encoding,
            delimiterInWords(info.delimiter));
}

void MappingPage::initializePage()
{
    // Back from the review keeps the choices; a different file starts afresh.
    if (m_loaded && m_loadedPath == m_wizard->filePath())
        return;
    m_sheet->clear();
    load();
}

void MappingPage::load()
{
    const QString path = m_wizard->filePath();
    importer::ReadOptions read;
    read.sheet = m_sheet->count() > 1 ? m_sheet->currentText() : QString();
    m_loading = true;
    m_loaded = false;
    m_problem->clearMessage();
    m_source->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    Q_EMIT completeChanged();
    const int number = ++m_loadNumber;
    runInBackground(
        this,
        [path, read]() -> Result<Preview> {
            auto opened = importer::openTable(path, read);
            if (!opened)
                return unexpected<Error>(opened.error());
            Preview preview { (*opened)->info(), {} };
            while (preview.rows.size() < PreviewRows) {
                auto row = (*opened)->next();
                if (!row || !*row)
                    break; // a broken row further on is the review's business
                preview.rows.append(**row);
            }
            return preview;
        },
        [this, number, path](const Result<Preview> &preview) {
            if (number != m_loadNumber)
                return;
            m_loading = false;
            if (!preview) {
                qCInfo(lcMapping) << "file not readable, code" << int(preview.error().code);
                m_source->setText(QFileInfo(path).fileName());
                m_problem->showMessage(preview.error().message);
                Q_EMIT completeChanged();
                return;
            }
            m_loadedPath = path;
            m_loadedSheet = preview->info.sheet;
            showPreview(*preview);
        });
}

void MappingPage::showPreview(const Preview &preview)
{
    const importer::SourceInfo &info = preview.info;
    m_source->setText(describeSource(info));
    m_sheet->clear();
    m_sheet->addItems(info.sheets);
    m_sheet->setCurrentText(info.sheet);
    m_sheet->setVisible(info.sheets.size() > 1);
    m_sheetLabel->setVisible(info.sheets.size() > 1);

    m_header = info.header;
    m_preview->setColumnCount(int(m_header.size()));
    QStringList labels;
    for (int i = 0; i < m_header.size(); ++i)
        labels.append(columnName(m_header, i));
    m_preview->setHorizontalHeaderLabels(labels);
    m_preview->setRowCount(int(preview.rows.size()));
    QStringList lines;
    for (int r = 0; r < preview.rows.size(); ++r) {
        const importer::SourceRow &row = preview.rows.at(r);
        lines.append(QString::number(row.line));
        for (int c = 0; c < row.cells.size() && c < m_header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(row.cells.at(c)));
    }
    m_preview->setVerticalHeaderLabels(lines); // the file's own line numbers
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, qMin(m_preview->columnWidth(c), 220));

    fillFieldBoxes(m_header);
    fillProfiles(MappingProfiles::genericName());
    showMapping(importer::autoMapColumns(m_header).mapping);
    m_loaded = true;
    Q_EMIT completeChanged();
}

void MappingPage::fillFieldBoxes(const QStringList &header)
{
    for (QComboBox *box : std::as_const(m_fieldBoxes)) {
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(tr("(not in this file)"), kNotInFile);
        for (int i = 0; i < header.size(); ++i)
            box->addItem(columnName(header, i), i);
    }
}

void MappingPage::showMapping(const ColumnMapping &mapping)
{
    for (auto it = m_fieldBoxes.cbegin(); it != m_fieldBoxes.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        const int index = it.value()->findData(mapping.column(it.key()).value_or(kNotInFile));
        it.value()->setCurrentIndex(qMax(index, 0));
    }
    updateIgnored();
    Q_EMIT completeChanged();
}

ColumnMapping MappingPage::mapping() const
{
    ColumnMapping mapping;
    for (auto it = m_fieldBoxes.cbegin(); it != m_fieldBoxes.cend(); ++it) {
        const int column = it.value()->currentData().toInt();
        if (column != kNotInFile)
            mapping.columns.insert(it.key(), column);
    }
    return mapping;
}

void MappingPage::updateIgnored()
{
    const ColumnMapping current = mapping();
    QStringList ignored;
    for (int i = 0; i < m_header.size(); ++i)
        if (std::find(current.columns.cbegin(), current.columns.cend(), i)
            == current.columns.cend())
            ignored.append(columnName(m_header, i));
    m_ignored->setText(ignored.isEmpty()
            ? tr("Every column of the file is used.")
            : tr("Not imported (no field chosen): %1").arg(ignored.join(QStringLiteral(", "))));
    if (!m_header.isEmpty() && !current.has(Field::StudentNumber) && !current.has(Field::SourcedId))
        m_hint->showMessage(tr("Choose the column that holds the student number: without it "
                               "no row can be imported."));
    else
        m_hint->clearMessage();
}

QString MappingPage::sourceText() const
{
    return m_source->text();
}

QString MappingPage::problemText() const
{
    return m_problem->text();
}

QString MappingPage::ignoredText() const
{
    return m_ignored->text();
}

void MappingPage::fillProfiles(const QString &select)
{
    const MappingProfiles profiles(m_wizard->profilesDirectory());
    m_profile->clear();
    for (const QString &name : profiles.names())
        m_profile->addItem(profileTitle(name), name);
    m_profile->setCurrentIndex(qMax(0, m_profile->findData(select)));
}

void MappingPage::applyProfile(const QString &name)
{
    const MappingProfiles profiles(m_wizard->profilesDirectory());
    auto applied = profiles.apply(name, m_header);
    if (!applied) {
        m_problem->showMessage(tr("The profile “%1” does not fit this file: %2")
                                   .arg(profileTitle(name), applied.error().message));
        return;
    }
    m_problem->clearMessage();
    showMapping(*applied);
}

void MappingPage::saveProfile()
{
    const QString name = DialogPrompts::askText(this, tr("Save mapping"),
        tr("Name for this mapping (for example the program that made the file):"),
        MappingProfiles::isBuiltIn(m_profile->currentData().toString())
            ? QString()
            : m_profile->currentData().toString());
    if (name.isEmpty())
        return;
    MappingProfiles profiles(m_wizard->profilesDirectory());
    if (auto saved = profiles.save(name, m_header, mapping()); !saved) {
        m_problem->showMessage(tr("The mapping was not saved: %1").arg(saved.error().message));
        return;
    }
    m_problem->clearMessage();
    fillProfiles(name);
}

bool MappingPage::isComplete() const
{
    if (m_loading || !m_loaded)
        return false;
    const ColumnMapping current = mapping();
    return current.has(Field::StudentNumber) || current.has(Field::SourcedId);
}

bool MappingPage::validatePage()
{
    if (!isComplete())
        return false;
    importer::ImportSettings &settings = m_wizard->settings();
    settings.read.sheet = m_loadedSheet;
    settings.mapping = mapping();
    settings.validation.restoreLeadingZeros = m_restoreZeros->isChecked();
    settings.strict = m_strict->isChecked();
    settings.fullSync = m_fullSync->isChecked();
    settings.confirmLargeChange = false; // asked again on the review page
    return true;
}

} // namespace cardbridge
