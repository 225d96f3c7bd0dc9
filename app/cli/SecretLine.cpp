// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretLine.h"

#include <QCoreApplication>

#include <sodium.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <memory>
#include <utility>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Cli)
};

constexpr qsizetype kMaxLine = 4096;

termios g_savedTerminal {};
volatile std::sig_atomic_t g_echoOff = 0;

// Puts the terminal back (echo on) if the user interrupts a password prompt, then dies of the same signal.
extern "C" void restoreTerminalAndDie(int sig)
{
    if (g_echoOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

class EchoOff
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
            return;
        termios quiet = g_savedTerminal;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= static_cast<tcflag_t>(ECHONL);
        for (int sig : { SIGINT, SIGTERM, SIGHUP, SIGQUIT })
            m_old[m_count++] = std::signal(sig, restoreTerminalAndDie);
        g_echoOff = 1;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        m_active = true;
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
        g_echoOff = 0;
        int i = 0;
        for (int sig : { SIGINT, SIGTERM, SIGHUP, SIGQUIT })
            std::signal(sig, m_old[i++]);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    bool m_active = false;
    int m_count = 0;
    void (*m_old[4])(int) = {};
};
} // namespace

SecretLine::SecretLine(SecretLine&& other) noexcept
    : m_data(std::exchange(other.m_data, QByteArray()))
{
}

SecretLine& SecretLine::operator=(SecretLine&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, QByteArray());
    }
    return *this;
}

SecretLine::~SecretLine()
{
    wipe();
}

void SecretLine::wipe()
{
    // Nothing else shares the buffer by now (the core takes it by const reference), so data() does not detach.
    if (!m_data.isEmpty())
        sodium_memzero(m_data.data(), static_cast<size_t>(m_data.size()));
    m_data.clear();
}

bool SecretLine::equals(const SecretLine& other) const
{
    return m_data.size() == other.m_data.size()
        && sodium_memcmp(m_data.constData(), other.m_data.constData(), static_cast<size_t>(m_data.size())) == 0;
}

bool SecretLine::inputIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

Result<SecretLine> SecretLine::read(const QString& prompt)
{
    const bool terminal = inputIsTerminal();
    std::unique_ptr<EchoOff> echoOff;
    if (terminal) {
        const QByteArray p = prompt.toLocal8Bit();
        std::fwrite(p.constData(), 1, static_cast<size_t>(p.size()), stderr);
        std::fflush(stderr);
        echoOff = std::make_unique<EchoOff>();
    }
    SecretLine line;
    line.m_data.reserve(kMaxLine + 1);
    bool any = false;
    bool tooLong = false;
    char c = 0;
    // Byte by byte, unbuffered: the next secret is the next line, and no stdio buffer keeps a copy.
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        any = true;
        if (c == '\n')
            break;
        if (line.m_data.size() >= kMaxLine) {
            tooLong = true;
            continue;
        }
        line.m_data.append(c);
    }
    sodium_memzero(&c, sizeof c);
    echoOff.reset();
    if (!any)
        return makeError(ErrorCode::Usage,
            terminal ? Tr::tr("Nothing was entered.")
                     : Tr::tr("Standard input ended: a password or code was "
                              "expected (one per line)."));
    if (tooLong)
        return makeError(ErrorCode::Usage, Tr::tr("The line read from standard input is too long."));
    if (line.m_data.endsWith('\r'))
        line.m_data.chop(1);
    return Result<SecretLine>(std::move(line));
}

} // namespace kanribo
