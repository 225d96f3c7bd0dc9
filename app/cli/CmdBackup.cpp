// SPDX-License-Identifier: GPL-3.0-or-later
// backup | restore — a verified copy of the register and its key ring, and its restoration (issue 15; docs/cli.md).
#include "CliContext.h"
#include "CommandArgs.h"
#include "CommandRegistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Cli)
};

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QJsonValue seqOrNull(qint64 seq)
{
    return seq > 0 ? QJsonValue(seq) : QJsonValue(QJsonValue::Null);
}

Status backup(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, {}, { QStringLiteral("DEST") });
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    auto b = (*reg)->backup(a->positional(0));
    if (!b)
        return b.error();
    if (ctx.json) {
        ctx.printJson(
            QJsonObject { { QStringLiteral("backup"), b->backupPath }, { QStringLiteral("key_ring"), b->keyRingPath },
                { QStringLiteral("head_seq"), b->headSeq }, { QStringLiteral("head_hash"), hex(b->headHash) } });
        return {};
    }
    ctx.print(Tr::tr("Backed up the register to %1 and its key ring to %2.").arg(b->backupPath, b->keyRingPath));
    ctx.print(Tr::tr("The copy verifies. Head: event %1, hash %2.").arg(b->headSeq).arg(hex(b->headHash)));
    return {};
}

Status restore(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv,
        { { QStringLiteral("to"), OptionSpec::Value, true }, { QStringLiteral("against"), OptionSpec::Value },
            { QStringLiteral("replace"), OptionSpec::Flag } },
        { QStringLiteral("BACKUP") });
    if (!a)
        return a.error();
    KANRIBO_TRY(ctx.requireActor());
    QFile against(a->value(QStringLiteral("against")));
    if (a->has(QStringLiteral("against")))
        KANRIBO_TRY(CliContext::openInput(against));
    auto password = ctx.readActorPassword();
    if (!password)
        return password.error();
    RestoreRequest rq;
    rq.backupPath = a->positional(0);
    rq.toPath = a->value(QStringLiteral("to"));
    rq.login = ctx.actor;
    rq.password = password->bytes();
    rq.against = against.isOpen() ? &against : nullptr;
    rq.replace = a->has(QStringLiteral("replace"));
    auto r = Register::restore(rq);
    rq.password.fill('\0');
    password->wipe();
    if (against.isOpen() && against.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, Tr::tr("Cannot read %1: %2").arg(against.fileName(), against.errorString()));
    if (!r)
        return r.error();
    // Only on success: a failure stays one line on standard error.
    if (!rq.against)
        CliContext::printWarning(Tr::tr("no seal or export given (--against): the restore cannot tell which recorded "
                                        "events the backup lacks."));
    if (ctx.json) {
        ctx.printJson(QJsonObject { { QStringLiteral("restored"), r->restoredPath },
            { QStringLiteral("key_ring"), r->keyRingPath },
            { QStringLiteral("replaced"), CliContext::jsonText(r->replacedPath) },
            { QStringLiteral("backup_head_seq"), r->backupHeadSeq },
            { QStringLiteral("backup_head_hash"), hex(r->backupHeadHash) },
            { QStringLiteral("against_seq"), seqOrNull(r->againstSeq) },
            { QStringLiteral("missing_from"), seqOrNull(r->missingFrom) },
            { QStringLiteral("missing_to"), seqOrNull(r->missingTo) }, { QStringLiteral("event"), r->restoredSeq } });
        return {};
    }
    ctx.print(
        Tr::tr("The backup verifies. Head: event %1, hash %2.").arg(r->backupHeadSeq).arg(hex(r->backupHeadHash)));
    if (r->missingFrom > 0 && r->missingFrom == r->missingTo)
        ctx.print(Tr::tr("The backup lacks event %1, which %2 recorded: it is not in the restored register.")
                      .arg(r->missingFrom)
                      .arg(r->againstSource));
    else if (r->missingFrom > 0)
        ctx.print(Tr::tr("The backup lacks events %1 to %2, which %3 recorded: they are not in the restored register.")
                      .arg(r->missingFrom)
                      .arg(r->missingTo)
                      .arg(r->againstSource));
    else if (r->againstSeq > 0)
        ctx.print(Tr::tr("The backup holds every event %1 recorded (up to event %2).")
                      .arg(r->againstSource)
                      .arg(r->againstSeq));
    if (!r->replacedPath.isEmpty())
        ctx.print(Tr::tr("The register that was at %1 is kept as %2.").arg(r->restoredPath, r->replacedPath));
    ctx.print(Tr::tr("Restored the register to %1 and its key ring to %2; recorded as event %3.")
                  .arg(r->restoredPath, r->keyRingPath)
                  .arg(r->restoredSeq));
    return {};
}

const CommandRegistrar registrar {
    { QStringLiteral("backup"), QStringLiteral("backup DEST"),
        QT_TRANSLATE_NOOP("kanribo::Cli",
            "Copies the register and its key ring to DEST and DEST.keys, consistently while in use, verifies the "
            "copy and records the backup (officer; never overwrites)."),
        backup },
    { QStringLiteral("restore"), QStringLiteral("restore BACKUP --to PATH [--against SEAL|BUNDLE] [--replace]"),
        QT_TRANSLATE_NOOP("kanribo::Cli",
            "Verifies a backup with an officer's password from its key ring, says which events of a seal or export "
            "it lacks, and restores it to PATH (an existing register only with --replace; it is moved aside)."),
        restore },
};

} // namespace

} // namespace kanribo
