#include "importer/MappingProfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace cardbridge::importer {

namespace {

const QLatin1String kFormat("cardbridge-import-profile");
const QLatin1String kFormatKey("format");
const QLatin1String kNameKey("name");
const QLatin1String kColumnsKey("columns");
const QLatin1String kInvertedKey("inverted_consent");
const QLatin1String kSuffix(".json");
constexpr qsizetype kLongestName = 80;

QString tr(const char *text)
{
    return QCoreApplication::translate("Importer", text);
}

using ExpectedColumns = QList<std::pair<Field, QString>>;

// OneRoster 1.1 users.csv: the card number is "identifier", not "sourcedId"; never "password".
ExpectedColumns oneRosterColumns()
{
    return {
        { Field::StudentNumber, QStringLiteral("identifier") },
        { Field::GivenName, QStringLiteral("givenName") },
        { Field::FamilyName, QStringLiteral("familyName") },
        { Field::Grade, QStringLiteral("grades") },
        { Field::School, QStringLiteral("orgSourcedIds") },
        { Field::Status, QStringLiteral("status") },
        { Field::Role, QStringLiteral("role") },
        { Field::Email, QStringLiteral("email") },
    };
}

Result<ColumnMapping> mapByName(
    const QString &profile, const ExpectedColumns &wanted, const QStringList &header)
{
    QHash<QString, int> columnByName;
    for (int i = 0; i < int(header.size()); ++i) {
        const QString key = normaliseHeaderName(header.at(i));
        if (!key.isEmpty() && !columnByName.contains(key))
            columnByName.insert(key, i);
    }
    ColumnMapping mapping;
    for (const auto &[field, name] : wanted) {
        const auto it = columnByName.constFind(normaliseHeaderName(name));
        if (it == columnByName.constEnd())
            return fail(ErrorCode::Validation,
                tr("The profile \"%1\" expects a column \"%2\", which this file does not have.")
                    .arg(profile, name));
        mapping.columns.insert(field, *it);
    }
    return mapping;
}

Result<ExpectedColumns> readProfile(const QString &path, QString *displayName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
            tr("Cannot read the import profile %1: %2").arg(path, file.errorString()));
    const QJsonDocument document = QJsonDocument::fromJson(file.read(1 << 20));
    const QJsonObject json = document.object();
    const auto damaged = [&path] {
        return fail(ErrorCode::Io, tr("%1 is not a CardBridge import profile.").arg(path));
    };
    if (json.value(kFormatKey).toString() != kFormat || !json.value(kNameKey).isString()
        || !json.value(kColumnsKey).isObject())
        return damaged();
    *displayName = json.value(kNameKey).toString();
    const bool inverted = json.value(kInvertedKey).toBool(false);
    const QJsonObject columns = json.value(kColumnsKey).toObject();
    ExpectedColumns wanted;
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        std::optional<Field> field = fieldFromKey(it.key());
        if (!field || !it.value().isString() || it.value().toString().trimmed().isEmpty())
            return damaged();
        if (inverted && *field == Field::Consent)
            field = Field::OptOut;
        wanted.append({ *field, it.value().toString() });
    }
    return wanted;
}

} // namespace

MappingProfiles::MappingProfiles(QString directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : std::move(directory))
{
}

QString MappingProfiles::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QLatin1String("/import-profiles");
}

QString MappingProfiles::genericName()
{
    return QStringLiteral("generic");
}

QString MappingProfiles::oneRosterName()
{
    return QStringLiteral("oneroster");
}

bool MappingProfiles::isBuiltIn(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    return trimmed.compare(genericName(), Qt::CaseInsensitive) == 0
        || trimmed.compare(oneRosterName(), Qt::CaseInsensitive) == 0;
}

// One file per name, case-insensitively; percent-encoding keeps any name a safe file name.
QString MappingProfiles::filePath(const QString &name) const
{
    const QByteArray encoded
        = QUrl::toPercentEncoding(name.trimmed().toCaseFolded(), QByteArray(), "~.");
    return m_directory + QLatin1Char('/') + QString::fromLatin1(encoded) + kSuffix;
}

QStringList MappingProfiles::names() const
{
    QStringList saved;
    const QDir dir(m_directory);
    const QStringList files
        = dir.entryList({ QStringLiteral("*.json") }, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &file : files) {
        QString name;
        if (readProfile(dir.filePath(file), &name) && !isBuiltIn(name))
            saved.append(name);
    }
    std::sort(saved.begin(), saved.end(),
        [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return QStringList { genericName(), oneRosterName() } + saved;
}

Result<ColumnMapping> MappingProfiles::apply(const QString &name, const QStringList &header) const
{
    if (name.trimmed().compare(genericName(), Qt::CaseInsensitive) == 0)
        return autoMapColumns(header).mapping;
    if (name.trimmed().compare(oneRosterName(), Qt::CaseInsensitive) == 0)
        return mapByName(oneRosterName(), oneRosterColumns(), header);
    const QString path = filePath(name);
    if (!QFile::exists(path))
        return fail(ErrorCode::NotFound, tr("There is no import profile \"%1\".").arg(name));
    QString displayName;
    const Result<ExpectedColumns> wanted = readProfile(path, &displayName);
    if (!wanted)
        return unexpected<Error>(wanted.error());
    return mapByName(displayName, *wanted, header);
}

Status MappingProfiles::save(
    const QString &name, const QStringList &header, const ColumnMapping &mapping)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kLongestName)
        return fail(ErrorCode::InvalidArgument,
            tr("A profile name must have 1 to %1 characters.").arg(kLongestName));
    if (isBuiltIn(trimmed))
        return fail(ErrorCode::InvalidArgument,
            tr("The profile \"%1\" is built in and cannot be changed.").arg(trimmed));

    // An opt-out column alone is stored as an inverted consent column.
    const bool inverted = mapping.has(Field::OptOut) && !mapping.has(Field::Consent);
    QJsonObject columns;
    for (const Field field : allFields()) {
        const std::optional<int> column = mapping.column(field);
        if (!column)
            continue;
        if (*column < 0 || *column >= header.size() || header.at(*column).trimmed().isEmpty())
            return fail(ErrorCode::InvalidArgument,
                tr("%1 is mapped to a column without a name; a profile needs header names.")
                    .arg(fieldLabel(field)));
        const QString key
            = inverted && field == Field::OptOut ? fieldKey(Field::Consent) : fieldKey(field);
        columns.insert(key, header.at(*column));
    }
    const QJsonObject json {
        { kFormatKey, kFormat },
        { kNameKey, trimmed },
        { kColumnsKey, columns },
        { kInvertedKey, inverted },
    };
    if (!QDir().mkpath(m_directory))
        return fail(ErrorCode::Io, tr("Cannot create the folder %1.").arg(m_directory));
    QSaveFile file(filePath(trimmed));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        return fail(ErrorCode::Io,
            tr("Cannot save the import profile to %1: %2")
                .arg(file.fileName(), file.errorString()));
    return {};
}

Status MappingProfiles::remove(const QString &name)
{
    if (isBuiltIn(name))
        return fail(ErrorCode::InvalidArgument,
            tr("The profile \"%1\" is built in and cannot be removed.").arg(name.trimmed()));
    QFile file(filePath(name));
    if (!file.exists())
        return fail(ErrorCode::NotFound, tr("There is no import profile \"%1\".").arg(name));
    if (!file.remove())
        return fail(ErrorCode::Io,
            tr("Cannot remove the import profile %1: %2").arg(file.fileName(), file.errorString()));
    return {};
}

} // namespace cardbridge::importer
