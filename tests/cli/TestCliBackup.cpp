// SPDX-License-Identifier: GPL-3.0-or-later
// kanribo-cli backup and restore (issue 15): exit codes, human output and JSON (docs/cli.md).
#include "CliHarness.h"

#include <QDir>
#include <QFileInfo>
#include <QtTest>

using namespace kanribo::test;

class TestCliBackup : public QObject
{
    Q_OBJECT

private:
    CliHarness m_h;

    QString file(const QString& name) const { return QDir(m_h.dir()).filePath(name); }

    // kanribo-cli --as officer restore ARGS (no --register: --to names the target); stdin: the officer's password.
    static CliRun restore(const QStringList& args, const QByteArray& password = kOfficerPassword)
    {
        return CliHarness::exec(
            QStringList { QStringLiteral("--as"), QStringLiteral("officer"), QStringLiteral("restore") } + args,
            lines({ password }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!CliHarness::binary().isEmpty(), "KANRIBO_CLI is not set");
        CLI_EXPECT(m_h.init(), 0);
        CLI_EXPECT(m_h.addUser(QStringLiteral("alice")), 0);
    }

    void backupHumanAndJson()
    {
        const QString dest = file(QStringLiteral("b1.kanribo"));
        const CliRun human = m_h.officer({ QStringLiteral("backup"), dest });
        CLI_EXPECT(human, 0);
        QVERIFY2(human.out.contains(dest.toUtf8()) && human.out.contains("Head: event "), human.describe().constData());
        QVERIFY(QFileInfo::exists(dest + QStringLiteral(".keys")));
        QCOMPARE(m_h.kindsAfter(m_h.lastSeq() - 1), QStringList { QStringLiteral("register.backed_up register") });

        const QString dest2 = file(QStringLiteral("b2.kanribo"));
        const CliRun json = m_h.officer({ QStringLiteral("--json"), QStringLiteral("backup"), dest2 });
        CLI_EXPECT(json, 0);
        QVERIFY2(json.jsonOk(), json.describe().constData());
        const QJsonObject o = json.json().object();
        QCOMPARE(o.value(QStringLiteral("backup")).toString(), dest2);
        QCOMPARE(o.value(QStringLiteral("key_ring")).toString(), dest2 + QStringLiteral(".keys"));
        QVERIFY(o.value(QStringLiteral("head_seq")).toInteger() > 0);
        QCOMPARE(o.value(QStringLiteral("head_hash")).toString().size(), 64);
        // The copy is a register: the officer logs in and it verifies, with that head.
        const CliRun v
            = CliHarness::exec({ QStringLiteral("--register"), dest2, QStringLiteral("--as"), QStringLiteral("officer"),
                                   QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify") },
                lines({ kOfficerPassword }));
        CLI_EXPECT(v, 0);
        QCOMPARE(v.json().object().value(QStringLiteral("head")).toObject().value(QStringLiteral("hash")).toString(),
            o.value(QStringLiteral("head_hash")).toString());
    }

    void backupExitCodes()
    {
        // 6: never overwrites (and the file stays as it was).
        const QString taken = file(QStringLiteral("taken.kanribo"));
        writeFile(taken, "precious");
        CLI_EXPECT(m_h.officer({ QStringLiteral("backup"), taken }), 6);
        QCOMPARE(readFile(taken), QByteArray("precious"));
        // 5: no such folder; 1: no DEST; 3: not an officer (nothing written).
        CLI_EXPECT(m_h.officer({ QStringLiteral("backup"), file(QStringLiteral("nowhere/b.kanribo")) }), 5);
        CLI_EXPECT(m_h.officer({ QStringLiteral("backup") }), 1);
        const QString alices = file(QStringLiteral("alice.kanribo"));
        CLI_EXPECT(m_h.as(QStringLiteral("alice"), { QStringLiteral("backup"), alices }, lines({ kUserPassword })), 3);
        QVERIFY(!QFileInfo::exists(alices));
        // 2: wrong password.
        CLI_EXPECT(m_h.as(QStringLiteral("officer"), { QStringLiteral("backup"), file(QStringLiteral("x.kanribo")) },
                       lines({ "wrong-password" })),
            2);
    }

    // R-TRU-3: against a seal taken after the backup, restore names the events the backup lacks; over an existing
    // register it changes nothing without --replace, and with it keeps the old one aside.
    void testR_TRU_3_restoreNamesWhatTheBackupLacks()
    {
        const QString backup = file(QStringLiteral("r.kanribo"));
        const CliRun b = m_h.officer({ QStringLiteral("--json"), QStringLiteral("backup"), backup });
        CLI_EXPECT(b, 0);
        const qint64 head = b.json().object().value(QStringLiteral("head_seq")).toInteger();
        CLI_EXPECT(m_h.officer({ QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("LATER") }), 0);
        CLI_EXPECT(m_h.officer({ QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("LATER2") }), 0);
        const QString seal = file(QStringLiteral("latest.seal"));
        const CliRun sealed = m_h.officer({ QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("seal"),
            QStringLiteral("--out"), seal });
        CLI_EXPECT(sealed, 0);
        const qint64 sealSeq = sealed.json().object().value(QStringLiteral("seq")).toInteger();
        QVERIFY(sealSeq > head);

        // Into a new place, with the report.
        const QString to = file(QStringLiteral("restored/new.kanribo"));
        const CliRun human = restore({ backup, QStringLiteral("--to"), to, QStringLiteral("--against"), seal });
        CLI_EXPECT(human, 0);
        const QByteArray lacks = QStringLiteral("lacks events %1 to %2").arg(head + 1).arg(sealSeq).toUtf8();
        QVERIFY2(human.out.contains(lacks), human.describe().constData());
        QVERIFY(QFileInfo::exists(to) && QFileInfo::exists(to + QStringLiteral(".keys")));

        // Over the live register (closed: the CLI has finished): refused without --replace, nothing changed.
        const QByteArray live = digestOf(m_h.path());
        const CliRun refused
            = restore({ backup, QStringLiteral("--to"), m_h.path(), QStringLiteral("--against"), seal });
        CLI_EXPECT(refused, 6);
        QVERIFY2(refused.err.contains(lacks), refused.describe().constData());
        QCOMPARE(digestOf(m_h.path()), live);

        const CliRun replaced
            = CliHarness::exec({ QStringLiteral("--as"), QStringLiteral("officer"), QStringLiteral("--json"),
                                   QStringLiteral("restore"), backup, QStringLiteral("--to"), m_h.path(),
                                   QStringLiteral("--against"), seal, QStringLiteral("--replace") },
                lines({ kOfficerPassword }));
        CLI_EXPECT(replaced, 0);
        QVERIFY2(replaced.jsonOk(), replaced.describe().constData());
        const QJsonObject o = replaced.json().object();
        QCOMPARE(o.value(QStringLiteral("restored")).toString(), m_h.path());
        QCOMPARE(o.value(QStringLiteral("backup_head_seq")).toInteger(), head);
        QCOMPARE(o.value(QStringLiteral("against_seq")).toInteger(), sealSeq);
        QCOMPARE(o.value(QStringLiteral("missing_from")).toInteger(), head + 1);
        QCOMPARE(o.value(QStringLiteral("missing_to")).toInteger(), sealSeq);
        const QString aside = o.value(QStringLiteral("replaced")).toString();
        QCOMPARE(digestOf(aside), live);
        QCOMPARE(m_h.kindsAfter(head), QStringList { QStringLiteral("register.restored register") });
        CLI_EXPECT(m_h.officer({ QStringLiteral("audit"), QStringLiteral("verify") }), 0);
    }

    void restoreExitCodes()
    {
        const QString backup = file(QStringLiteral("e.kanribo"));
        CLI_EXPECT(m_h.officer({ QStringLiteral("backup"), backup }), 0);
        const QString to = file(QStringLiteral("e-restored.kanribo"));
        // 1: no --to; 5: no such backup; 2: wrong password; 3: not an officer of the backup.
        CLI_EXPECT(restore({ backup }), 1);
        CLI_EXPECT(restore({ file(QStringLiteral("none.kanribo")), QStringLiteral("--to"), to }), 5);
        CLI_EXPECT(restore({ backup, QStringLiteral("--to"), to }, "wrong-password"), 2);
        CLI_EXPECT(CliHarness::exec({ QStringLiteral("--as"), QStringLiteral("alice"), QStringLiteral("restore"),
                                        backup, QStringLiteral("--to"), to },
                       lines({ kUserPassword })),
            3);
        // 4: a damaged backup (bytes flipped in its last page), or a file that is no seal nor bundle.
        const QString junk = file(QStringLiteral("junk.seal"));
        writeFile(junk, "{\"format\": \"kanribo-seal\"}");
        CLI_EXPECT(restore({ backup, QStringLiteral("--to"), to, QStringLiteral("--against"), junk }), 4);
        QByteArray bytes = readFile(backup);
        for (qsizetype i = bytes.size() - 500; i < bytes.size() - 490; ++i)
            bytes[i] = static_cast<char>(bytes[i] ^ 0x33);
        writeFile(backup, bytes);
        const CliRun damaged = restore({ backup, QStringLiteral("--to"), to });
        CLI_EXPECT(damaged, 4);
        QVERIFY(!QFileInfo::exists(to));
        // Without --against the restore warns that it cannot tell what is missing (and still exits 0 when it works).
        const QString good = file(QStringLiteral("g.kanribo"));
        CLI_EXPECT(m_h.officer({ QStringLiteral("backup"), good }), 0);
        const CliRun warned = restore({ good, QStringLiteral("--to"), to });
        CLI_EXPECT(warned, 0);
        QVERIFY2(warned.err.startsWith("kanribo-cli: warning: "), warned.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "TestCliBackup.moc"
