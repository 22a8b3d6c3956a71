#pragma once

#include "common/Error.h"
#include "importer/ColumnMapping.h"

#include <QString>
#include <QStringList>

namespace cardbridge::importer {

// Named column mappings a clerk reuses for the files one source sends every time. Two are
// shipped and read-only: "generic" (the aliases of autoMapColumns) and "oneroster" (OneRoster 1.1
// users.csv; never its password column). Saved profiles are JSON files in one folder:
//   {"format": "cardbridge-import-profile", "name": "Aeries export",
//    "columns": {"student_number": "Student ID", "grade": "Gr", ...},
//    "inverted_consent": false}
// ("inverted_consent": true reads the "consent" column as an opt-out column). Profiles hold
// header names only, never data.
class MappingProfiles {
public:
    // `directory` empty: defaultDirectory().
    explicit MappingProfiles(QString directory = {});

    static QString defaultDirectory(); // AppConfigLocation + "/import-profiles"
    static QString genericName(); // "generic"
    static QString oneRosterName(); // "oneroster"

    const QString &directory() const { return m_directory; }
    // The built-in profiles first, then the saved ones by name (case-insensitive order).
    QStringList names() const;
    static bool isBuiltIn(QStringView name);

    // The mapping of `name` for a file with this header. ErrorCode::NotFound for an unknown
    // profile; ErrorCode::Validation naming the column the profile expects but the header lacks;
    // ErrorCode::Io when the profile file cannot be read or is not a profile.
    Result<ColumnMapping> apply(const QString &name, const QStringList &header) const;
    // Saves (or replaces) a profile from a mapping of this header. The built-in names are
    // refused (ErrorCode::InvalidArgument), as are empty names and names over 80 characters.
    Status save(const QString &name, const QStringList &header, const ColumnMapping &mapping);
    Status remove(const QString &name);

private:
    QString filePath(const QString &name) const;

    QString m_directory;
};

} // namespace cardbridge::importer
