// SPDX-License-Identifier: GPL-3.0-or-later
// kanribo [PATH]: opens the register at PATH (default: the user's data directory), creating it on first run; an export
// bundle at PATH opens read-only in the bundle viewer, with no register and no login (issue 17).
#include "BundleWindow.h"
#include "FirstRunDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "Screenshots.h"
#include "Widgets.h"
#include "crypto/Kdf.h"
#include "i18n/Language.h"
#include "report/ExportBundle.h"
#include "service/Register.h"
#include "store/Hardening.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

int main(int argc, char** argv)
{
    kanribo::hardenProcess();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kanribo"));
    QApplication::setApplicationName(QStringLiteral("Kanribo"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.kanribo.Kanribo"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kanribo"));
    QApplication::setApplicationVersion(QStringLiteral(KANRIBO_VERSION));

    // A translation that does not load leaves the GUI in English rather than half in another language.
    if (!kanribo::setLanguage(kanribo::Widgets::savedLanguage()))
        kanribo::setLanguage(QStringLiteral("en"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Kanribo — register of classified documents"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("PATH"),
        QApplication::translate("main", "The register file to open, or an export bundle to verify."),
        QStringLiteral("[PATH]"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QStringLiteral("Save screenshots of a demo register into DIR and exit."), QStringLiteral("DIR"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    parser.process(app);

    if (!kanribo::cryptoInit()) {
        kanribo::MessageBox::critical(nullptr, QApplication::translate("main", "Kanribo"),
            QApplication::translate("main", "The cryptography library cannot be initialised."));
        return 1;
    }
    if (parser.isSet(screenshot))
        return kanribo::Screenshots::run(parser.value(screenshot));

    const QStringList args = parser.positionalArguments();
    const QString path = args.isEmpty() ? kanribo::Register::defaultPath() : QFileInfo(args.first()).absoluteFilePath();

    // An inspector's bundle: verified and shown read-only, nothing else opened.
    if (QFile bundle(path); bundle.open(QIODevice::ReadOnly) && kanribo::looksLikeBundle(bundle.read(16))) {
        bundle.close();
        kanribo::BundleWindow viewer(path);
        viewer.show();
        return app.exec();
    }

    std::unique_ptr<kanribo::Register> reg;
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        kanribo::FirstRunDialog dialog(path);
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        reg = dialog.takeRegister();
    } else {
        kanribo::LoginDialog dialog(path);
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        reg = dialog.takeRegister();
    }
    if (!reg)
        return 1;

    kanribo::MainWindow window(std::move(reg));
    window.show();
    return app.exec();
}
