#pragma once

#include "common/Expected.h"

#include <QString>

namespace cardbridge {

// What went wrong, as a code the caller can branch on and a message a person can read.
// Messages never contain a student's name, number or barcode.
enum class ErrorCode {
    InvalidArgument, // the caller passed something malformed (usage error)
    WrongPassphrase, // the key slot did not open with this passphrase
    StoreMissing, // no store at that path
    StoreDamaged, // not a CardBridge store, or its files are damaged
    StoreTooNew, // made by a newer CardBridge (newer major schema version)
    AlreadyExists, // refusing to overwrite
    Io, // a file could not be read or written
    Database, // a statement failed
    Validation, // input was read but is not acceptable
    NotFound,
    Crypto,
    FileUnreadable, // an import file as a whole could not be read (nothing was committed)
};

struct Error {
    ErrorCode code;
    QString message;
};

template<typename T> using Result = expected<T, Error>;

// A result with no value: `return {};` on success, `return fail(...)` on error.
using Status = expected<void, Error>;

inline unexpected<Error> fail(ErrorCode code, QString message)
{
    return unexpected<Error>(Error { code, std::move(message) });
}

} // namespace cardbridge
