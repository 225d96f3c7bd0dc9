// SPDX-License-Identifier: GPL-3.0-or-later
// Every copy transition in one table: allowed ones and every illegal one (issue 4).
#include "TestSupport.h"

#include "service/CopyStateMachine.h"

#include <QTest>

using namespace kanribo;

Q_DECLARE_METATYPE(CopyAction)
Q_DECLARE_METATYPE(CopyStatus)

class TestCopyStateMachine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitions_data()
    {
        QTest::addColumn<CopyStatus>("status");
        QTest::addColumn<QString>("holder");
        QTest::addColumn<QString>("container");
        QTest::addColumn<CopyAction>("action");
        QTest::addColumn<bool>("manager");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("expected"); // 0 = allowed, else the ErrorCode
        const int ok = 0, conflict = int(ErrorCode::Conflict), denied = int(ErrorCode::Denied);
        const auto A = CopyStatus::Active;
        // allowed
        QTest::newRow("holder transfers") << A << "me"
                                          << "" << CopyAction::Transfer << false << "you" << ok;
        QTest::newRow("holder stores") << A << "me"
                                       << "" << CopyAction::Store << false << "SAFE" << ok;
        QTest::newRow("custodian relocates") << A << ""
                                             << "SAFE" << CopyAction::Store << true << "SAFE2" << ok;
        QTest::newRow("custodian issues") << A << ""
                                          << "SAFE" << CopyAction::Issue << true << "you" << ok;
        QTest::newRow("holder dispatches") << A << "me"
                                           << "" << CopyAction::Dispatch << false << "" << ok;
        QTest::newRow("holder destroys") << A << "me"
                                         << "" << CopyAction::Destroy << false << "" << ok;
        QTest::newRow("custodian destroys stored") << A << ""
                                                   << "SAFE" << CopyAction::Destroy << true << "" << ok;
        QTest::newRow("receipt of dispatched") << CopyStatus::Dispatched << ""
                                               << "" << CopyAction::RecordReceipt << false << "" << ok;
        QTest::newRow("active copy lost") << A << "me"
                                          << "" << CopyAction::MarkLost << false << "" << ok;
        // illegal: not the holder
        QTest::newRow("transfer a copy you don't hold") << A << "other"
                                                        << "" << CopyAction::Transfer << true << "you" << conflict;
        QTest::newRow("transfer a stored copy") << A << ""
                                                << "SAFE" << CopyAction::Transfer << true << "you" << conflict;
        QTest::newRow("transfer to yourself") << A << "me"
                                              << "" << CopyAction::Transfer << false << "me" << conflict;
        QTest::newRow("store someone else's copy") << A << "other"
                                                   << "" << CopyAction::Store << true << "SAFE" << conflict;
        QTest::newRow("store into the same container") << A << ""
                                                       << "SAFE" << CopyAction::Store << true << "SAFE" << conflict;
        QTest::newRow("staff relocates stored copy") << A << ""
                                                     << "SAFE" << CopyAction::Store << false << "SAFE2" << denied;
        QTest::newRow("issue a charged copy") << A << "other"
                                              << "" << CopyAction::Issue << true << "you" << conflict;
        QTest::newRow("staff issues") << A << ""
                                      << "SAFE" << CopyAction::Issue << false << "you" << denied;
        QTest::newRow("dispatch someone else's copy") << A << "other"
                                                      << "" << CopyAction::Dispatch << true << "" << conflict;
        QTest::newRow("destroy someone else's copy") << A << "other"
                                                     << "" << CopyAction::Destroy << true << "" << conflict;
        QTest::newRow("staff destroys stored copy") << A << ""
                                                    << "SAFE" << CopyAction::Destroy << false << "" << denied;
        QTest::newRow("receipt of an active copy") << A << "me"
                                                   << "" << CopyAction::RecordReceipt << false << "" << conflict;
        // illegal: the copy has left the holdings
        for (auto s : { CopyStatus::Destroyed, CopyStatus::Lost, CopyStatus::Dispatched }) {
            for (auto a : { CopyAction::Transfer, CopyAction::Store, CopyAction::Issue, CopyAction::Dispatch,
                     CopyAction::Destroy, CopyAction::MarkLost }) {
                QTest::addRow("%s then %s", qPrintable(copyStatusName(s)), qPrintable(copyActionName(a)))
                    << s << ""
                    << "" << a << true << "x" << conflict;
            }
        }
        QTest::newRow("receipt of a destroyed copy") << CopyStatus::Destroyed << ""
                                                     << "" << CopyAction::RecordReceipt << true << "" << conflict;
    }

    void transitions()
    {
        QFETCH(CopyStatus, status);
        QFETCH(QString, holder);
        QFETCH(QString, container);
        QFETCH(CopyAction, action);
        QFETCH(bool, manager);
        QFETCH(QString, target);
        QFETCH(int, expected);
        Copy c;
        c.id = QStringLiteral("S-2026-000001/1");
        c.status = status;
        c.holder = holder;
        c.container = container;
        const Status r = CopyStateMachine::check(c, action, QStringLiteral("me"), manager, target);
        QCOMPARE(r.ok() ? 0 : int(r.error().code), expected);
        if (!r.ok())
            QVERIFY(!r.error().message.isEmpty());
    }

    void applyKeepsExactlyOnePlace()
    {
        Copy c;
        c.id = QStringLiteral("X/1");
        c.holder = QStringLiteral("me");
        Copy stored = CopyStateMachine::apply(c, CopyAction::Store, QStringLiteral("SAFE"));
        QVERIFY(stored.holder.isEmpty());
        QCOMPARE(stored.container, QStringLiteral("SAFE"));
        Copy issued = CopyStateMachine::apply(stored, CopyAction::Issue, QStringLiteral("you"));
        QCOMPARE(issued.holder, QStringLiteral("you"));
        QVERIFY(issued.container.isEmpty());
        Copy gone = CopyStateMachine::apply(issued, CopyAction::Destroy);
        QCOMPARE(gone.status, CopyStatus::Destroyed);
        QVERIFY(gone.holder.isEmpty() && gone.container.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCopyStateMachine)
#include "TestCopyStateMachine.moc"
