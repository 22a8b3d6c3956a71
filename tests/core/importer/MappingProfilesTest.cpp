#include "importer/MappingProfiles.h"

#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace cardbridge::importer {
namespace {

QStringList oneRosterHeader()
{
    return QStringLiteral("sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,"
                          "username,userIds,givenName,familyName,middleName,identifier,email,"
                          "sms,phone,agentSourcedIds,grades,password")
        .split(QLatin1Char(','));
}

QStringList aeriesHeader()
{
    return { QStringLiteral("Perm #"), QStringLiteral("Pupil First"), QStringLiteral("Pupil Last"),
        QStringLiteral("Gr"), QStringLiteral("Campus"), QStringLiteral("Library OK?") };
}

ColumnMapping aeriesMapping()
{
    ColumnMapping mapping;
    mapping.columns
        = { { Field::StudentNumber, 0 }, { Field::GivenName, 1 }, { Field::FamilyName, 2 },
              { Field::Grade, 3 }, { Field::School, 4 }, { Field::Consent, 5 } };
    return mapping;
}

class MappingProfilesTest : public ::testing::Test {
protected:
    test::TempFolder folder;
    MappingProfiles profiles { folder.file(QStringLiteral("import-profiles")) };
};

TEST_F(MappingProfilesTest, BuiltInsComeFirstAndAreReadOnly)
{
    EXPECT_EQ(
        profiles.names(), (QStringList { QStringLiteral("generic"), QStringLiteral("oneroster") }));
    EXPECT_TRUE(MappingProfiles::isBuiltIn(u"generic"));
    EXPECT_TRUE(MappingProfiles::isBuiltIn(u" OneRoster "));
    EXPECT_FALSE(MappingProfiles::isBuiltIn(u"Aeries"));

    const Status saved = profiles.save(QStringLiteral("Generic"), aeriesHeader(), aeriesMapping());
    ASSERT_FALSE(saved.has_value());
    EXPECT_EQ(saved.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(saved.error().message,
        QStringLiteral("The profile \"Generic\" is built in and cannot be changed."));
    const Status removed = profiles.remove(QStringLiteral("oneroster"));
    ASSERT_FALSE(removed.has_value());
    EXPECT_EQ(removed.error().code, ErrorCode::InvalidArgument);
}

TEST_F(MappingProfilesTest, GenericIsTheAutomaticMapping)
{
    const QStringList header { QStringLiteral("Student ID"), QStringLiteral("First Name"),
        QStringLiteral("Last Name"), QStringLiteral("Grade") };
    const Result<ColumnMapping> mapping = profiles.apply(QStringLiteral("generic"), header);
    ASSERT_TRUE(mapping.has_value());
    EXPECT_EQ(mapping->columns, autoMapColumns(header).mapping.columns);
}

TEST_F(MappingProfilesTest, OneRosterMapsIdentifierAndNeverPassword)
{
    const QStringList header = oneRosterHeader();
    const Result<ColumnMapping> mapping = profiles.apply(QStringLiteral("oneroster"), header);
    ASSERT_TRUE(mapping.has_value()) << mapping.error().message.toStdString();
    const auto at
        = [&header](const char *name) { return int(header.indexOf(QLatin1String(name))); };
    EXPECT_EQ(mapping->column(Field::StudentNumber), at("identifier"));
    EXPECT_EQ(mapping->column(Field::GivenName), at("givenName"));
    EXPECT_EQ(mapping->column(Field::FamilyName), at("familyName"));
    EXPECT_EQ(mapping->column(Field::Grade), at("grades"));
    EXPECT_EQ(mapping->column(Field::School), at("orgSourcedIds"));
    EXPECT_EQ(mapping->column(Field::Status), at("status"));
    EXPECT_EQ(mapping->column(Field::Role), at("role"));
    EXPECT_EQ(mapping->column(Field::Email), at("email"));
    EXPECT_EQ(mapping->columns.size(), 8);
    for (const int column : mapping->columns)
        EXPECT_NE(column, at("password"));
}

TEST_F(MappingProfilesTest, OneRosterNamesTheMissingColumn)
{
    QStringList header = oneRosterHeader();
    header.removeAll(QStringLiteral("identifier"));
    const Result<ColumnMapping> mapping = profiles.apply(QStringLiteral("oneroster"), header);
    ASSERT_FALSE(mapping.has_value());
    EXPECT_EQ(mapping.error().code, ErrorCode::Validation);
    EXPECT_EQ(mapping.error().message,
        QStringLiteral("The profile \"oneroster\" expects a column \"identifier\", which this "
                       "file does not have."));
}

TEST_F(MappingProfilesTest, SavedProfileAppliesToTheSameHeadersInAnyOrderAndSpelling)
{
    ASSERT_TRUE(profiles.save(QStringLiteral("Aeries export"), aeriesHeader(), aeriesMapping()));
    EXPECT_EQ(profiles.names(),
        (QStringList { QStringLiteral("generic"), QStringLiteral("oneroster"),
            QStringLiteral("Aeries export") }));

    const QStringList reordered { QStringLiteral("library ok?"), QStringLiteral("CAMPUS"),
        QStringLiteral("Notes"), QStringLiteral("pupil_last"), QStringLiteral("Pupil First"),
        QStringLiteral("gr"), QStringLiteral("PERM #") };
    const Result<ColumnMapping> mapping
        = profiles.apply(QStringLiteral("aeries export"), reordered);
    ASSERT_TRUE(mapping.has_value()) << mapping.error().message.toStdString();
    EXPECT_EQ(mapping->column(Field::Consent), 0);
    EXPECT_EQ(mapping->column(Field::School), 1);
    EXPECT_EQ(mapping->column(Field::FamilyName), 3);
    EXPECT_EQ(mapping->column(Field::GivenName), 4);
    EXPECT_EQ(mapping->column(Field::Grade), 5);
    EXPECT_EQ(mapping->column(Field::StudentNumber), 6);
    EXPECT_EQ(mapping->columns.size(), 6);
}

TEST_F(MappingProfilesTest, SavedProfileNamesTheColumnTheFileLacks)
{
    ASSERT_TRUE(profiles.save(QStringLiteral("Aeries export"), aeriesHeader(), aeriesMapping()));
    QStringList header = aeriesHeader();
    header.removeAt(3);
    const Result<ColumnMapping> mapping = profiles.apply(QStringLiteral("Aeries export"), header);
    ASSERT_FALSE(mapping.has_value());
    EXPECT_EQ(mapping.error().code, ErrorCode::Validation);
    EXPECT_EQ(mapping.error().message,
        QStringLiteral("The profile \"Aeries export\" expects a column \"Gr\", which this file "
                       "does not have."));
}

TEST_F(MappingProfilesTest, FileHoldsHeaderNamesOnly)
{
    ASSERT_TRUE(profiles.save(QStringLiteral("Aeries export"), aeriesHeader(), aeriesMapping()));
    const QStringList files = QDir(profiles.directory()).entryList(QDir::Files);
    ASSERT_EQ(files.size(), 1);
    QFile file(QDir(profiles.directory()).filePath(files.first()));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    EXPECT_EQ(json.value(QLatin1String("format")).toString(),
        QStringLiteral("cardbridge-import-profile"));
    EXPECT_EQ(json.value(QLatin1String("name")).toString(), QStringLiteral("Aeries export"));
    EXPECT_FALSE(json.value(QLatin1String("inverted_consent")).toBool());
    const QJsonObject columns = json.value(QLatin1String("columns")).toObject();
    EXPECT_EQ(columns.value(QLatin1String("student_number")).toString(), QStringLiteral("Perm #"));
    EXPECT_EQ(columns.value(QLatin1String("consent")).toString(), QStringLiteral("Library OK?"));
    EXPECT_EQ(columns.size(), 6);
    EXPECT_EQ(json.keys().size(), 4);
}

TEST_F(MappingProfilesTest, OptOutColumnIsSavedAsInvertedConsent)
{
    ColumnMapping mapping = aeriesMapping();
    mapping.columns.remove(Field::Consent);
    mapping.columns.insert(Field::OptOut, 5);
    ASSERT_TRUE(profiles.save(QStringLiteral("Opt-out list"), aeriesHeader(), mapping));
    const QStringList files = QDir(profiles.directory()).entryList(QDir::Files);
    ASSERT_EQ(files.size(), 1);
    QFile file(QDir(profiles.directory()).filePath(files.first()));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    EXPECT_TRUE(json.value(QLatin1String("inverted_consent")).toBool());
    EXPECT_EQ(
        json.value(QLatin1String("columns")).toObject().value(QLatin1String("consent")).toString(),
        QStringLiteral("Library OK?"));

    const Result<ColumnMapping> applied
        = profiles.apply(QStringLiteral("Opt-out list"), aeriesHeader());
    ASSERT_TRUE(applied.has_value());
    EXPECT_EQ(applied->columns, mapping.columns);
}

TEST_F(MappingProfilesTest, SavingAgainReplacesAndNamesAreCaseInsensitive)
{
    ASSERT_TRUE(profiles.save(QStringLiteral("Aeries"), aeriesHeader(), aeriesMapping()));
    ColumnMapping smaller = aeriesMapping();
    smaller.columns.remove(Field::Consent);
    ASSERT_TRUE(profiles.save(QStringLiteral("AERIES"), aeriesHeader(), smaller));
    EXPECT_EQ(profiles.names().size(), 3);
    EXPECT_EQ(profiles.names().last(), QStringLiteral("AERIES"));
    const Result<ColumnMapping> applied = profiles.apply(QStringLiteral("aeries"), aeriesHeader());
    ASSERT_TRUE(applied.has_value());
    EXPECT_FALSE(applied->has(Field::Consent));
}

TEST_F(MappingProfilesTest, NamesWithSlashesStayInsideTheFolder)
{
    ASSERT_TRUE(profiles.save(QStringLiteral("../District/2026"), aeriesHeader(), aeriesMapping()));
    EXPECT_EQ(QDir(profiles.directory()).entryList(QDir::Files).size(), 1);
    EXPECT_TRUE(profiles.apply(QStringLiteral("../District/2026"), aeriesHeader()).has_value());
    EXPECT_TRUE(profiles.remove(QStringLiteral("../District/2026")).has_value());
    EXPECT_TRUE(QDir(profiles.directory()).entryList(QDir::Files).isEmpty());
}

TEST_F(MappingProfilesTest, RemoveAndUnknownNames)
{
    ASSERT_TRUE(profiles.save(QStringLiteral("Aeries"), aeriesHeader(), aeriesMapping()));
    ASSERT_TRUE(profiles.remove(QStringLiteral("Aeries")).has_value());
    EXPECT_EQ(profiles.names().size(), 2);
    const Status again = profiles.remove(QStringLiteral("Aeries"));
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().code, ErrorCode::NotFound);
    const Result<ColumnMapping> unknown = profiles.apply(QStringLiteral("Aeries"), aeriesHeader());
    ASSERT_FALSE(unknown.has_value());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    EXPECT_EQ(unknown.error().message, QStringLiteral("There is no import profile \"Aeries\"."));
}

TEST_F(MappingProfilesTest, RefusesBadNamesAndUnnamedColumns)
{
    EXPECT_EQ(profiles.save(QStringLiteral("  "), aeriesHeader(), aeriesMapping()).error().code,
        ErrorCode::InvalidArgument);
    EXPECT_EQ(
        profiles.save(QString(81, QLatin1Char('a')), aeriesHeader(), aeriesMapping()).error().code,
        ErrorCode::InvalidArgument);
    QStringList header = aeriesHeader();
    header[3] = QString();
    const Status unnamed = profiles.save(QStringLiteral("x"), header, aeriesMapping());
    ASSERT_FALSE(unnamed.has_value());
    EXPECT_EQ(unnamed.error().message,
        QStringLiteral(
            "Grade is mapped to a column without a name; a profile needs header names."));
}

TEST_F(MappingProfilesTest, DamagedFilesAreReportedAndNotListed)
{
    ASSERT_TRUE(QDir().mkpath(profiles.directory()));
    QFile file(profiles.directory() + QStringLiteral("/broken.json"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"cardbridge-import-profile\", \"name\": \"broken\", "
               "\"columns\": {\"password\": \"pw\"}}");
    file.close();
    EXPECT_EQ(profiles.names().size(), 2);
    const Result<ColumnMapping> applied = profiles.apply(QStringLiteral("broken"), aeriesHeader());
    ASSERT_FALSE(applied.has_value());
    EXPECT_EQ(applied.error().code, ErrorCode::Io);
}

} // namespace
} // namespace cardbridge::importer
