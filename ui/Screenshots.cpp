// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screenshots.h"

#include "AuditModel.h"
#include "BundleWindow.h"
#include "ExportDialog.h"
#include "FirstRunDialog.h"
#include "InventoryDialog.h"
#include "ItemsModel.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "OffboardUserDialog.h"
#include "Paperwork.h"
#include "RecoverAccessDialog.h"
#include "RegisterItemDialog.h"
#include "RegisterPage.h"
#include "TablePage.h"
#include "Widgets.h"
#include "i18n/Language.h"
#include "service/Register.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>

namespace kanribo
{

namespace
{

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

// Runs the event loop until `done` (a task on another thread), at most a minute.
template <typename Done> void waitFor(Done done)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
}

bool save(QWidget* w, const QString& file)
{
    settle();
    const bool ok = w->grab().save(file);
    QTextStream(stderr) << (ok ? "saved " : "FAILED ") << file << '\n';
    return ok;
}

// A printed document as its preview shows it, all pages one below the other, on white.
bool savePaper(QTextDocument& paper, const QString& file)
{
    paper.setTextWidth(760);
    QImage page(800, int(paper.size().height()) + 40, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    painter.translate(20, 20);
    paper.drawContents(&painter);
    painter.end();
    const bool ok = page.save(file);
    QTextStream(stderr) << (ok ? "saved " : "FAILED ") << file << '\n';
    return ok;
}

std::unique_ptr<Register> demoRegister(const QString& path)
{
    const QByteArray password = QByteArrayLiteral("demo-password-1-Kx9");
    NewUser officer { QStringLiteral("tanaka"), QStringLiteral("田中 一郎 (Tanaka Ichiro)"), Role::Officer,
        Level::TopSecret, QDate::currentDate().addYears(4), QStringLiteral("JPN"), QDate::currentDate().addMonths(-14),
        {} };
    RegisterOptions options;
    options.facility = QStringLiteral("Ichigaya Document Control Office");
    options.kdf = KdfProfile::Interactive;
    auto created = Register::create(path, officer, password, options);
    if (!created) {
        QTextStream(stderr) << created.error().message << '\n';
        return {};
    }
    std::unique_ptr<Register> reg = std::move(created->reg);
    People& p = reg->people();
    (void)p.addGroup(QStringLiteral("project-sakura"), QStringLiteral("Joint air-defence study"));
    (void)p.addGroup(QStringLiteral("liaison-usfj"), QStringLiteral("USFJ liaison documents"));
    (void)p.grantGroup(QStringLiteral("tanaka"), QStringLiteral("project-sakura"));
    (void)p.grantGroup(QStringLiteral("tanaka"), QStringLiteral("liaison-usfj"));
    (void)p.addContainer({ QStringLiteral("SAFE-01"), Level::TopSecret, QStringLiteral("Building 2, room 204") });
    (void)p.addContainer({ QStringLiteral("SAFE-02"), Level::Secret, QStringLiteral("Building 2, room 206") });
    (void)p.addContainer({ QStringLiteral("CAB-07"), Level::Confidential, QStringLiteral("Registry, ground floor") });
    const QDate today = QDate::currentDate();
    const QList<NewUser> users = {
        { QStringLiteral("suzuki"), QStringLiteral("鈴木 花子 (Suzuki Hanako)"), Role::Custodian, Level::Secret,
            today.addDays(45), QStringLiteral("JPN"), today.addMonths(-3), { QStringLiteral("project-sakura") } },
        { QStringLiteral("sato"), QStringLiteral("佐藤 健 (Sato Ken)"), Role::Staff, Level::Confidential,
            today.addDays(-10), QStringLiteral("JPN"), today.addYears(-1), {} },
        { QStringLiteral("miller"), QStringLiteral("Jane Miller"), Role::Staff, Level::Secret, today.addYears(3),
            QStringLiteral("USA"), today.addMonths(-1),
            { QStringLiteral("liaison-usfj"), QStringLiteral("project-sakura") } },
        { QStringLiteral("kato"), QStringLiteral("加藤 誠 (Kato Makoto)"), Role::Auditor, Level::TopSecret,
            today.addYears(2), QStringLiteral("JPN"), today.addMonths(-6), {} },
    };
    for (const NewUser& u : users)
        if (auto r = p.addUser(u, QByteArrayLiteral("demo-password-2-Kx9")); !r)
            QTextStream(stderr) << r.error().message << '\n';
    struct Demo {
        const char* title;
        Level level;
        const char* origin;
        const char* regime;
        QStringList caveats;
        QStringList groups;
        const char* container;
        int copies;
    };
    const QList<Demo> demos = {
        { "(U) Radar maintenance manual, AN/SPY-1", Level::Secret, "USA", "gsomia",
            { QStringLiteral("REL TO USA, JPN") }, { QStringLiteral("liaison-usfj") }, "SAFE-02", 2 },
        { "(U) 防空レーダー整備要領", Level::Confidential, "JPN", "tokubetsu-boei", {}, {}, "CAB-07", 1 },
        { "(U) Joint air-defence exercise plan 2027", Level::TopSecret, "USA", "gsomia",
            { QStringLiteral("REL TO USA, JPN") }, { QStringLiteral("project-sakura") }, "SAFE-01", 3 },
        { "(U) 日米共同研究 中間報告", Level::Secret, "JPN", "tokutei", {}, { QStringLiteral("project-sakura") }, "",
            1 },
        { "(U) Port visit logistics summary", Level::Unclassified, "USA", "", {}, {}, "CAB-07", 1 },
        { "(U) Supply chain security assessment", Level::Confidential, "JPN", "keizai-anpo",
            { QStringLiteral("PROPIN") }, {}, "CAB-07", 2 },
    };
    int n = 0;
    QStringList controls;
    for (const Demo& d : demos) {
        NewItem ni;
        ni.title = QString::fromUtf8(d.title);
        ni.level = d.level;
        ni.origin = QString::fromLatin1(d.origin);
        ni.regime = QString::fromLatin1(d.regime);
        ni.caveats = d.caveats;
        ni.groups = d.groups;
        ni.container = QString::fromLatin1(d.container);
        ni.copies = d.copies;
        ni.authority
            = { ni.origin == QLatin1String("USA") ? QStringLiteral("USN PACFLT N2") : QStringLiteral("防衛省 情報本部"),
                  QStringLiteral("SCG 2026-04"), QStringLiteral("2036-12-31") };
        ni.receipt
            = { ni.origin == QLatin1String("USA") ? QStringLiteral("US Embassy Tokyo") : QStringLiteral("統合幕僚監部"),
                  QStringLiteral("RCPT-%1").arg(4411 + n++), QStringLiteral("courier"),
                  QDate::currentDate().addDays(-n * 9), true };
        if (auto r = reg->items().registerItem(ni); !r)
            QTextStream(stderr) << r.error().message << '\n';
        else
            controls << r->control;
    }
    // Custody for the dashboard: a copy charged to a custodian, a receipt overdue, an open incident.
    if (controls.size() >= 4) {
        Custody& c = reg->custody();
        const auto report = [](const Status& st) {
            if (!st)
                QTextStream(stderr) << st.error().message << '\n';
        };
        // The joint research report (held by the officer, not in a container) goes to suzuki on a hand receipt.
        QString research = controls.at(3);
        for (const QString& control : std::as_const(controls))
            if (control.startsWith(QLatin1String("S-project-sakura")))
                research = control;
        report(c.transfer(
            research + QStringLiteral("/1"), { QStringLiteral("suzuki"), QByteArrayLiteral("demo-password-2-Kx9") }));
        if (auto d = c.dispatch(controls.at(0) + QStringLiteral("/2"), QStringLiteral("USFJ J2, Yokota"),
                QStringLiteral("courier"), today.addDays(-5));
            !d)
            report(d.error());
        if (auto i = c.reportIncident(controls.at(1) + QStringLiteral("/1"), IncidentKind::PossibleCompromise,
                QStringLiteral("Cover sheet found detached after the briefing"));
            !i)
            report(i.error());
        // The day's container record (R-CON-2): SAFE-02 opened, closed and checked; CAB-07 closed and awaiting its
        // check; SAFE-01 open now.
        People& p = reg->people();
        // R-CON-1: SAFE-01's combination is known to the officer and was changed; SAFE-02's was changed; CAB-07 has no
        // change recorded (due).
        report(p.setCombinationCustodians(QStringLiteral("SAFE-01"), { QStringLiteral("tanaka") }));
        report(p.recordCombinationChange(QStringLiteral("SAFE-01")));
        report(p.recordCombinationChange(QStringLiteral("SAFE-02")));
        report(p.reserveContainer(QStringLiteral("SAFE-02"), { { QStringLiteral("USA") }, {}, {} })); // R-CON-3
        for (const auto& [id, step] :
            { std::pair { "SAFE-02", ContainerStep::Open }, std::pair { "SAFE-02", ContainerStep::Close },
                std::pair { "SAFE-02", ContainerStep::Check }, std::pair { "CAB-07", ContainerStep::Open },
                std::pair { "CAB-07", ContainerStep::Close }, std::pair { "SAFE-01", ContainerStep::Open } })
            report(p.recordContainerStep(QString::fromLatin1(id), step));
        // An inventory in progress, resumed by the inventory dialog.
        if (auto inv = c.startInventory(); !inv)
            report(inv.error());
        report(c.sight(controls.at(0) + QStringLiteral("/1")));
        report(c.sight(controls.at(1) + QStringLiteral("/1")));
    }
    return reg;
}

} // namespace

int Screenshots::run(const QString& directory)
{
    QStandardPaths::setTestModeEnabled(true); // keep the user's settings out of it
    QDir().mkpath(directory);
    QDir out(directory);
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("demo.kanribo"));
    auto reg = demoRegister(path);
    if (!reg)
        return 1;
    bool ok = true;
    {
        MainWindow window(std::move(reg));
        window.resize(1240, 720);
        window.show();
        for (const QString& lang : { QStringLiteral("en"), QStringLiteral("ja") }) {
            Widgets::switchLanguage(lang);
            settle();
            window.tabs()->setCurrentIndex(0);
            window.refresh();
            // A Secret item in the detail pane: the banner shows the highest level on screen.
            window.registerPage()->view()->setCurrentIndex(window.itemsModel()->index(3, 0));
            window.registerPage()->fitColumns();
            ok &= save(&window, out.filePath(QStringLiteral("main-window-register-%1.png").arg(lang)));
            {
                RegisterItemDialog dialog(window.reg(), window.runner(), &window);
                dialog.findChild<QLineEdit*>(QStringLiteral("titleEdit"))
                    ->setText(QStringLiteral("(U) Harbour survey, Yokosuka"));
                dialog.findChild<QLineEdit*>(QStringLiteral("relToEdit"))->setText(QStringLiteral("USA, JPN"));
                dialog.findChild<QLineEdit*>(QStringLiteral("classifiedByEdit"))
                    ->setText(QStringLiteral("USN PACFLT N2"));
                dialog.show();
                ok &= save(&dialog, out.filePath(QStringLiteral("register-item-%1.png").arg(lang)));
                dialog.close();
            }
            for (const char* tab : { "dashboard", "people", "containers", "incidents", "audit" }) {
                const QString name = QString::fromLatin1(tab);
                window.tabs()->setCurrentWidget(
                    window.findChild<QWidget*>(name == QLatin1String("dashboard") || name == QLatin1String("incidents")
                            ? name + QStringLiteral("Page")
                            : name));
                ok &= save(&window, out.filePath(QStringLiteral("main-window-%1-%2.png").arg(name, lang)));
            }
            {
                // The audit view with an event's detail (issue 17): the last registration.
                auto* audit = window.findChild<TablePage*>(QStringLiteral("audit"));
                for (int r = window.auditModel()->rowCount() - 1; r >= 0; --r) {
                    if (window.auditModel()->eventAt(r)->kind == QLatin1String("item.registered")) {
                        audit->view()->setCurrentIndex(audit->proxy()->mapFromSource(window.auditModel()->index(r, 0)));
                        break;
                    }
                }
                ok &= save(&window, out.filePath(QStringLiteral("main-window-audit-detail-%1.png").arg(lang)));
                // Print Record…: the hand receipt of the first hand-over, as the preview shows its page.
                for (int r = 0; r < window.auditModel()->rowCount(); ++r) {
                    if (!Paperwork::kindFor(*window.auditModel()->eventAt(r)))
                        continue;
                    audit->view()->setCurrentIndex(audit->proxy()->mapFromSource(window.auditModel()->index(r, 0)));
                    if (auto paper = window.paperForCurrentEvent())
                        ok &= savePaper(*paper, out.filePath(QStringLiteral("print-receipt-%1.png").arg(lang)));
                    break;
                }
            }
            {
                // File → Export for inspection…, after the export: the files, digest and head.
                ExportDialog dialog(window.reg(), window.runner(), &window);
                const QString bundle = tmp.filePath(QStringLiteral("inspection-%1.kbundle").arg(lang));
                dialog.findChild<QLineEdit*>(QStringLiteral("fileEdit"))->setText(bundle);
                dialog.show();
                dialog.startExport();
                waitFor([&dialog]() { return !dialog.isRunning(); });
                ok &= save(&dialog, out.filePath(QStringLiteral("export-%1.png").arg(lang)));
                dialog.close();
                // File → Verify a bundle…: the bundle just exported, then a copy with one byte of a title changed.
                for (const bool damaged : { false, true }) {
                    QString path = bundle;
                    if (damaged) {
                        QFile f(bundle);
                        f.open(QIODevice::ReadOnly);
                        QByteArray bytes = f.readAll();
                        const qsizetype at = bytes.indexOf("Port visit");
                        if (at > 0)
                            bytes[at] = 'F';
                        path = tmp.filePath(QStringLiteral("damaged-%1.kbundle").arg(lang));
                        QFile d(path);
                        d.open(QIODevice::WriteOnly);
                        d.write(bytes);
                    }
                    BundleWindow viewer(path);
                    viewer.resize(1240, 760);
                    viewer.show();
                    waitFor([&viewer]() { return viewer.isFinished(); });
                    if (!damaged)
                        viewer.view()->setCurrentIndex(viewer.view()->model()->index(0, 0));
                    ok &= save(&viewer,
                        out.filePath(QStringLiteral("verify-bundle-%1-%2.png")
                                         .arg(damaged ? QStringLiteral("damaged") : QStringLiteral("ok"), lang)));
                    viewer.close();
                }
            }
            {
                InventoryDialog dialog(window.reg(), window.runner(), &window);
                dialog.show();
                ok &= save(&dialog, out.filePath(QStringLiteral("inventory-%1.png").arg(lang)));
                dialog.close();
            }
            {
                // Administration → Offboard a person…: suzuki, who holds the joint research report.
                OffboardUserDialog dialog(window.reg(), window.runner(), &window);
                auto* users = dialog.findChild<QComboBox*>(QStringLiteral("userCombo"));
                users->setCurrentIndex(users->findData(QStringLiteral("suzuki")));
                dialog.show();
                ok &= save(&dialog, out.filePath(QStringLiteral("offboard-%1.png").arg(lang)));
                dialog.close();
            }
            {
                // Items → Print cover sheets and labels…: the labels page of the item in the detail pane.
                window.tabs()->setCurrentIndex(0);
                window.registerPage()->view()->setCurrentIndex(window.itemsModel()->index(3, 0));
                if (auto sheets = window.coverSheetsForCurrentItem())
                    ok &= savePaper(*sheets, out.filePath(QStringLiteral("print-cover-and-labels-%1.png").arg(lang)));
            }
            window.tabs()->setCurrentIndex(0);
        }
        Widgets::switchLanguage(QStringLiteral("en"));
        settle();
        window.lockRegister();
        ok &= save(&window, out.filePath(QStringLiteral("main-window-locked-en.png")));
        window.close();
    }
    for (const QString& lang : { QStringLiteral("en"), QStringLiteral("ja") }) {
        Widgets::switchLanguage(lang);
        LoginDialog login(path);
        login.setLogin(QStringLiteral("tanaka"));
        login.show();
        ok &= save(&login, out.filePath(QStringLiteral("login-%1.png").arg(lang)));
        // Break-glass (R-TRU-6): the recovery code, and the officer present who signs.
        RecoverAccessDialog recover(path, QStringLiteral("sato"));
        // A new password the policy refuses, as the line under it says while it is typed (R-TRU-5).
        recover.findChild<QLineEdit*>(QStringLiteral("newPasswordEdit"))->setText(QStringLiteral("sato12345678"));
        recover.show();
        ok &= save(&recover, out.filePath(QStringLiteral("recover-access-%1.png").arg(lang)));
        recover.close();
        FirstRunDialog first(tmp.filePath(QStringLiteral("new.kanribo")));
        first.findChild<QLineEdit*>(QStringLiteral("facilityEdit"))->setText(QStringLiteral("Ichigaya Office"));
        first.findChild<QLineEdit*>(QStringLiteral("loginEdit"))->setText(QStringLiteral("tanaka"));
        first.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Tanaka Hiroshi"));
        first.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("lantern orbit 74 cedar"));
        first.findChild<QLineEdit*>(QStringLiteral("confirmEdit"))->setText(QStringLiteral("lantern orbit 74 cedar"));
        first.show();
        ok &= save(&first, out.filePath(QStringLiteral("first-run-%1.png").arg(lang)));
    }
    Widgets::switchLanguage(QStringLiteral("en"));
    return ok ? 0 : 1;
}

} // namespace kanribo
