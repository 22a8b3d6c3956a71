#include "cli/Passphrase.h"

#include <QString>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace cardbridge::cli {

namespace {

// Reads one line from the terminal with echo off; restores the terminal afterwards.
std::optional<QString> readHidden(FILE *terminal, const QString &prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    const int fd = fileno(terminal);
    termios saved {};
    const bool haveTerminal = tcgetattr(fd, &saved) == 0;
    if (haveTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    char buffer[1024] = {};
    const bool read = std::fgets(buffer, sizeof buffer, terminal) != nullptr;
    if (haveTerminal)
        tcsetattr(fd, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    if (!read)
        return std::nullopt;
    QString line = QString::fromLocal8Bit(buffer);
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    explicit_bzero(buffer, sizeof buffer);
    return line;
}

} // namespace

Result<QString> promptPassphrase(const QString &prompt, bool confirm)
{
    FILE *terminal = std::fopen("/dev/tty", "r+");
    if (!terminal || !isatty(fileno(terminal))) {
        if (terminal)
            std::fclose(terminal);
        return fail(ErrorCode::WrongPassphrase,
            QStringLiteral("No passphrase given: use --passphrase-file FILE or set "
                           "CARDBRIDGE_PASSPHRASE (there is no terminal to ask on)."));
    }
    auto first = readHidden(terminal, prompt);
    std::optional<QString> second = first;
    if (first && confirm)
        second = readHidden(terminal, QStringLiteral("Repeat the passphrase: "));
    std::fclose(terminal);
    if (!first || first->isEmpty())
        return fail(ErrorCode::WrongPassphrase, QStringLiteral("No passphrase given."));
    if (first != second)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("The two passphrases differ."));
    return *first;
}

} // namespace cardbridge::cli
