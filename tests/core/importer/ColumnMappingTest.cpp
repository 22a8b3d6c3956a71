#include "importer/ColumnMapping.h"

#include <QSet>

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

struct AliasCase {
    const char16_t *header;
    Field field;
};

class ColumnMappingAliases : public ::testing::TestWithParam<AliasCase> { };

TEST_P(ColumnMappingAliases, MapsEveryDocumentedAlias)
{
    const AliasCase &c = GetParam();
    const QString name = QString::fromUtf16(c.header);
    const AutoMapping mapped = autoMapColumns({ QStringLiteral("Something else"), name });
    EXPECT_EQ(mapped.mapping.column(c.field), 1) << name.toStdString();
    EXPECT_EQ(mapped.mapping.columns.size(), 1) << name.toStdString();
    EXPECT_EQ(mapped.ignoredColumns, QStringList { QStringLiteral("Something else") });
}

INSTANTIATE_TEST_SUITE_P(ColumnMapping, ColumnMappingAliases,
    ::testing::Values(AliasCase { u"student id", Field::StudentNumber },
        AliasCase { u"Student ID", Field::StudentNumber },
        AliasCase { u"STUDENT_ID", Field::StudentNumber },
        AliasCase { u"student-id", Field::StudentNumber },
        AliasCase { u"StudentID", Field::StudentNumber },
        AliasCase { u"Student Number", Field::StudentNumber },
        AliasCase { u"Student No.", Field::StudentNumber },
        AliasCase { u"Stu ID", Field::StudentNumber },
        AliasCase { u"Perm ID", Field::StudentNumber },
        AliasCase { u"ID Number", Field::StudentNumber },
        AliasCase { u"identifier", Field::StudentNumber },
        AliasCase { u"sourcedId", Field::SourcedId }, AliasCase { u"First Name", Field::GivenName },
        AliasCase { u"firstname", Field::GivenName }, AliasCase { u"Given Name", Field::GivenName },
        AliasCase { u"givenName", Field::GivenName }, AliasCase { u"FN", Field::GivenName },
        AliasCase { u"Last Name", Field::FamilyName }, AliasCase { u"lastname", Field::FamilyName },
        AliasCase { u"Family Name", Field::FamilyName },
        AliasCase { u"familyName", Field::FamilyName }, AliasCase { u"Surname", Field::FamilyName },
        AliasCase { u"LN", Field::FamilyName }, AliasCase { u"Grade", Field::Grade },
        AliasCase { u"Gr", Field::Grade }, AliasCase { u"Grade Level", Field::Grade },
        AliasCase { u"grades", Field::Grade }, AliasCase { u"School", Field::School },
        AliasCase { u"School Name", Field::School }, AliasCase { u"School Code", Field::School },
        AliasCase { u"Site", Field::School }, AliasCase { u"orgSourcedIds", Field::School },
        AliasCase { u"Consent", Field::Consent }, AliasCase { u"Parent Consent", Field::Consent },
        AliasCase { u"Permission", Field::Consent }, AliasCase { u"Opt In", Field::Consent },
        AliasCase { u"optin", Field::Consent }, AliasCase { u"Share with Library", Field::Consent },
        AliasCase { u"Opt Out", Field::OptOut }, AliasCase { u"optout", Field::OptOut },
        AliasCase { u"Opt-Out", Field::OptOut }, AliasCase { u"Consent Date", Field::ConsentDate },
        AliasCase { u"Date Signed", Field::ConsentDate }, AliasCase { u"Date", Field::ConsentDate },
        AliasCase { u"Signed On", Field::ConsentDate },
        AliasCase { u"Timestamp", Field::ConsentDate }, AliasCase { u"Guardian", Field::Guardian },
        AliasCase { u"Parent", Field::Guardian }, AliasCase { u"Parent/Guardian", Field::Guardian },
        AliasCase { u"Parent Name", Field::Guardian },
        AliasCase { u"Form Version", Field::FormVersion },
        AliasCase { u"Form", Field::FormVersion }, AliasCase { u"Channel", Field::Channel },
        AliasCase { u"Email", Field::Email }, AliasCase { u"E-mail", Field::Email },
        AliasCase { u"Phone", Field::Phone }, AliasCase { u"sms", Field::Phone },
        AliasCase { u"Address", Field::Address }, AliasCase { u"status", Field::Status },
        AliasCase { u"role", Field::Role },
        AliasCase { u"\ufeffStudent ID", Field::StudentNumber }));

TEST(ColumnMapping, OneRosterIdentifierWinsOverSourcedIdAndPasswordIsNeverMapped)
{
    const QStringList header = oneRosterHeader();
    const AutoMapping mapped = autoMapColumns(header);
    const auto at
        = [&header](const char *name) { return int(header.indexOf(QLatin1String(name))); };
    EXPECT_EQ(mapped.mapping.column(Field::StudentNumber), at("identifier"));
    EXPECT_FALSE(mapped.mapping.has(Field::SourcedId));
    EXPECT_EQ(mapped.mapping.column(Field::GivenName), at("givenName"));
    EXPECT_EQ(mapped.mapping.column(Field::FamilyName), at("familyName"));
    EXPECT_EQ(mapped.mapping.column(Field::Grade), at("grades"));
    EXPECT_EQ(mapped.mapping.column(Field::School), at("orgSourcedIds"));
    EXPECT_EQ(mapped.mapping.column(Field::Status), at("status"));
    EXPECT_EQ(mapped.mapping.column(Field::Role), at("role"));
    EXPECT_EQ(mapped.mapping.column(Field::Email), at("email"));
    EXPECT_EQ(mapped.mapping.column(Field::Phone), at("phone")); // phone wins over sms
    EXPECT_EQ(mapped.mapping.columns.size(), 9);
    EXPECT_EQ(mapped.ignoredColumns,
        QStringLiteral("sourcedId,dateLastModified,enabledUser,username,userIds,middleName,sms,"
                       "agentSourcedIds,password")
            .split(QLatin1Char(',')));
}

TEST(ColumnMapping, SourcedIdAloneStaysAvailableAsTheStudentNumberSource)
{
    const AutoMapping mapped = autoMapColumns({ QStringLiteral("sourcedId"),
        QStringLiteral("givenName"), QStringLiteral("familyName"), QStringLiteral("grades") });
    EXPECT_EQ(mapped.mapping.column(Field::SourcedId), 0);
    EXPECT_FALSE(mapped.mapping.has(Field::StudentNumber));
}

TEST(ColumnMapping, PasswordIsNeverMapped)
{
    for (const char16_t *name : { u"password", u"Password", u"PASS_WORD" }) {
        const AutoMapping mapped = autoMapColumns({ QString::fromUtf16(name) });
        EXPECT_TRUE(mapped.mapping.columns.isEmpty());
        EXPECT_EQ(mapped.ignoredColumns, QStringList { QString::fromUtf16(name) });
    }
}

TEST(ColumnMapping, FirstMatchWinsAndLaterDuplicatesAreListed)
{
    const QStringList header { QStringLiteral("Student ID"), QStringLiteral("First Name"),
        QStringLiteral("Student Number"), QStringLiteral("Given Name"), QStringLiteral("Notes"),
        QString() };
    const AutoMapping mapped = autoMapColumns(header);
    EXPECT_EQ(mapped.mapping.column(Field::StudentNumber), 0);
    EXPECT_EQ(mapped.mapping.column(Field::GivenName), 1);
    EXPECT_EQ(mapped.ignoredColumns,
        (QStringList { QStringLiteral("Student Number"), QStringLiteral("Given Name"),
            QStringLiteral("Notes") }));
}

TEST(ColumnMapping, ConsentAndOptOutColumnsAreDifferentFields)
{
    const AutoMapping mapped
        = autoMapColumns({ QStringLiteral("Opt Out"), QStringLiteral("Parent Consent") });
    EXPECT_EQ(mapped.mapping.column(Field::OptOut), 0);
    EXPECT_EQ(mapped.mapping.column(Field::Consent), 1);
}

TEST(ColumnMapping, AeriesStyleExport)
{
    const QStringList header { QStringLiteral("Student ID"), QStringLiteral("Last Name"),
        QStringLiteral("First Name"), QStringLiteral("Grade"), QStringLiteral("Birth Date"),
        QStringLiteral("School") };
    const AutoMapping mapped = autoMapColumns(header);
    EXPECT_EQ(mapped.mapping.column(Field::StudentNumber), 0);
    EXPECT_EQ(mapped.mapping.column(Field::FamilyName), 1);
    EXPECT_EQ(mapped.mapping.column(Field::GivenName), 2);
    EXPECT_EQ(mapped.mapping.column(Field::Grade), 3);
    EXPECT_EQ(mapped.mapping.column(Field::School), 5);
    EXPECT_FALSE(mapped.mapping.has(Field::ConsentDate)); // a birth date is not a consent date
    EXPECT_EQ(mapped.ignoredColumns, QStringList { QStringLiteral("Birth Date") });
}

TEST(ColumnMapping, NormalisedHeaderNames)
{
    EXPECT_EQ(normaliseHeaderName(u" Parent/Guardian "), QStringLiteral("parentguardian"));
    EXPECT_EQ(normaliseHeaderName(u"Student_No."), QStringLiteral("studentno"));
    EXPECT_EQ(normaliseHeaderName(u"opt-out"), QStringLiteral("optout"));
}

TEST(ColumnMapping, FieldKeysRoundTripAndLabelsExist)
{
    const QList<Field> fields = allFields();
    EXPECT_EQ(fields.size(), 17);
    QSet<QString> keys;
    for (const Field field : fields) {
        const QString key = fieldKey(field);
        EXPECT_FALSE(key.isEmpty());
        EXPECT_EQ(fieldFromKey(key), field) << key.toStdString();
        EXPECT_FALSE(fieldLabel(field).isEmpty());
        keys.insert(key);
    }
    EXPECT_EQ(keys.size(), fields.size());
    EXPECT_EQ(fieldKey(Field::StudentNumber), QStringLiteral("student_number"));
    EXPECT_EQ(fieldKey(Field::GivenName), QStringLiteral("given_name"));
    EXPECT_EQ(fieldLabel(Field::StudentNumber), QStringLiteral("Student number"));
    EXPECT_EQ(fieldFromKey(u"password"), std::nullopt);
    EXPECT_EQ(fieldFromKey(u""), std::nullopt);
}

TEST(ColumnMapping, ColumnLookup)
{
    ColumnMapping mapping;
    mapping.columns.insert(Field::Grade, 3);
    EXPECT_EQ(mapping.column(Field::Grade), 3);
    EXPECT_EQ(mapping.column(Field::School), std::nullopt);
    EXPECT_TRUE(mapping.has(Field::Grade));
    EXPECT_FALSE(mapping.has(Field::School));
}

} // namespace
} // namespace cardbridge::importer
