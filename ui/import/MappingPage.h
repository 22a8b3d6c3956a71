#pragma once

#include "importer/ColumnMapping.h"
#include "importer/SourceTable.h"

#include <QHash>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace cardbridge {

class ImportWizard;
class InlineMessage;

// Step 2: what the file is and which column holds what. Shows the format, encoding and
// delimiter in words, the first rows, one combo box per field (prefilled from the header
// names or a saved profile), the columns that will not be imported, and the import options.
// The file is opened on a worker thread: hashing a large file takes a moment.
class MappingPage : public QWizardPage {
    Q_OBJECT
public:
    static constexpr int PreviewRows = 20;

    explicit MappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isLoading() const { return m_loading; }
    QString sourceText() const; // "CSV, Windows-1252, separated by semicolons"
    QString problemText() const;
    QString ignoredText() const;
    QTableWidget *preview() const { return m_preview; }
    QComboBox *fieldBox(importer::Field field) const { return m_fieldBoxes.value(field); }
    QComboBox *profileBox() const { return m_profile; }
    QPushButton *saveProfileButton() const { return m_saveProfile; }
    QCheckBox *restoreZerosBox() const { return m_restoreZeros; }
    QCheckBox *strictBox() const { return m_strict; }
    QCheckBox *fullSyncBox() const { return m_fullSync; }
    importer::ColumnMapping mapping() const; // as the combo boxes show it now

    // "CSV, Windows-1252, separated by semicolons" / "Excel workbook, sheet “Students”".
    static QString describeSource(const importer::SourceInfo &info);

private:
    struct Preview {
        importer::SourceInfo info;
        QList<importer::SourceRow> rows;
    };
    void load();
    void showPreview(const Preview &preview);
    void fillFieldBoxes(const QStringList &header);
    void showMapping(const importer::ColumnMapping &mapping);
    void applyProfile(const QString &name);
    void saveProfile();
    void fillProfiles(const QString &select);
    void updateIgnored();

    ImportWizard *m_wizard;
    QLabel *m_source;
    QComboBox *m_sheet;
    QLabel *m_sheetLabel;
    QTableWidget *m_preview;
    QHash<importer::Field, QComboBox *> m_fieldBoxes;
    QLabel *m_ignored;
    QCheckBox *m_restoreZeros;
    QCheckBox *m_strict;
    QCheckBox *m_fullSync;
    QComboBox *m_profile;
    QPushButton *m_saveProfile;
    InlineMessage *m_problem;
    InlineMessage *m_hint;
    QStringList m_header;
    QString m_loadedPath; // the file (and sheet) shown, so Back and Next keep the choices
    QString m_loadedSheet;
    bool m_loading = false;
    bool m_loaded = false;
    int m_loadNumber = 0;
};

} // namespace cardbridge
