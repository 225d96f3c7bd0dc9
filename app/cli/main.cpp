// SPDX-License-Identifier: GPL-3.0-or-later
// kanribo-cli: the command-line front end (docs/cli.md). Every rule lives in kanribo_core.
#include "Cli.h"
#include "store/Hardening.h"

#include <QCoreApplication>
#ifdef KANRIBO_HAVE_REPORT
#include <QGuiApplication>
#endif

#include <cstdio>
#include <memory>

namespace
{
// Qt's own warnings would break the "one line on standard error" contract; shown only with KANRIBO_CLI_DEBUG=1.
void quietMessageHandler(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    static const bool debug = qEnvironmentVariableIntValue("KANRIBO_CLI_DEBUG") != 0;
    if (debug || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qUtf8Printable(message));
}

// `audit export --format pdf` lays text out with QtGui, which needs a QGuiApplication (offscreen: no display).
bool wantsGui(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--format=pdf" || (a == "--format" && i + 1 < argc && QByteArray(argv[i + 1]) == "pdf"))
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char** argv)
{
    kanribo::hardenProcess(); // no core dumps, umask 077
    qInstallMessageHandler(quietMessageHandler);

#ifdef KANRIBO_HAVE_REPORT
    std::unique_ptr<QCoreApplication> app;
    if (wantsGui(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
#else
    (void)wantsGui;
    QCoreApplication app(argc, argv);
#endif
    // The same names as the GUI (app/main.cpp), so that Register::defaultPath() is the GUI's default register.
    QCoreApplication::setOrganizationName(QStringLiteral("Kanribo"));
    QCoreApplication::setApplicationName(QStringLiteral("Kanribo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KANRIBO_VERSION));
    return kanribo::Cli().run(QCoreApplication::arguments());
}
