#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// Small readers for the rule objects' JSON: a key that is absent keeps the default, a key of
// the wrong type adds a "key: problem" entry to `errors`.
namespace cardbridge::jsonfields {

inline bool readString(
    const QJsonObject &json, QLatin1String key, QString *out, QStringList *errors)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return false;
    if (!value.isString()) {
        errors->append(QString(key) + QStringLiteral(": must be a string"));
        return false;
    }
    *out = value.toString();
    return true;
}

// As readString, but an absent key is an error too.
inline bool readRequiredString(
    const QJsonObject &json, QLatin1String key, QString *out, QStringList *errors)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull()) {
        errors->append(QString(key) + QStringLiteral(": required"));
        return false;
    }
    return readString(json, key, out, errors);
}

inline bool readInt(const QJsonObject &json, QLatin1String key, int *out, QStringList *errors)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return false;
    const double number = value.toDouble();
    // JSON has one number type: accept only whole numbers that fit comfortably in an int.
    if (!value.isDouble() || !(number >= -1e9 && number <= 1e9)
        || number != double(qint64(number))) {
        errors->append(QString(key) + QStringLiteral(": must be a whole number"));
        return false;
    }
    *out = int(number);
    return true;
}

inline QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace cardbridge::jsonfields
