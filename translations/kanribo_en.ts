<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>kanribo::AddContainerDialog</name>
    <message>
        <source>Add security container</source>
        <translation>Add security container</translation>
    </message>
    <message>
        <source>Container &amp;id:</source>
        <translation>Container &amp;id:</translation>
    </message>
    <message>
        <source>Approved &amp;level:</source>
        <translation>Approved &amp;level:</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>L&amp;ocation:</translation>
    </message>
    <message>
        <source>e.g. SAFE-01</source>
        <translation>e.g. SAFE-01</translation>
    </message>
    <message>
        <source>e.g. Building 2, room 204</source>
        <translation>e.g. Building 2, room 204</translation>
    </message>
    <message>
        <source>&amp;Add container</source>
        <translation>&amp;Add container</translation>
    </message>
</context>
<context>
    <name>kanribo::AddGroupDialog</name>
    <message>
        <source>Add need-to-know group</source>
        <translation>Add need-to-know group</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>e.g. project-sakura</source>
        <translation>e.g. project-sakura</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation>&amp;Add group</translation>
    </message>
</context>
<context>
    <name>kanribo::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Clearance:</source>
        <translation>&amp;Clearance:</translation>
    </message>
    <message>
        <source>Clearance &amp;expires:</source>
        <translation>Clearance &amp;expires:</translation>
    </message>
    <message>
        <source>Na&amp;tionality:</source>
        <translation>Na&amp;tionality:</translation>
    </message>
    <message>
        <source>&amp;Briefed:</source>
        <translation>&amp;Briefed:</translation>
    </message>
    <message>
        <source>Need-to-know &amp;groups:</source>
        <translation>Need-to-know &amp;groups:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firm password:</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>The user has been briefed on handling responsibilities</source>
        <translation>The user has been briefed on handling responsibilities</translation>
    </message>
    <message>
        <source>lower-case letters and digits, e.g. suzuki</source>
        <translation>lower-case letters and digits, e.g. suzuki</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3 code, e.g. JPN or USA</source>
        <translation>ISO 3166 alpha-3 code, e.g. JPN or USA</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Add user</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>kanribo::AuditFilterBar</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>Si&amp;gned by:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>Item or &amp;copy:</source>
        <translation>Item or &amp;copy:</translation>
    </message>
    <message>
        <source>control number</source>
        <translation>control number</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
</context>
<context>
    <name>kanribo::AuditModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>kanribo::Backup</name>
    <message>
        <source>Cannot write %1 to the disk.</source>
        <translation>Cannot write %1 to the disk.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>Cannot copy %1 to %2.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>Cannot move %1 to %2.</translation>
    </message>
    <message>
        <source>The register is locked.</source>
        <translation>The register is locked.</translation>
    </message>
    <message>
        <source>Name the file to back up to.</source>
        <translation>Name the file to back up to.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the register itself.</source>
        <translation>A backup cannot be written over the register itself.</translation>
    </message>
    <message>
        <source>%1 already exists: a backup never replaces a file. Choose a new name.</source>
        <translation>%1 already exists: a backup never replaces a file. Choose a new name.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written.</source>
        <translation>The folder %1 cannot be written.</translation>
    </message>
    <message>
        <source>There is not enough free space in %1 for the backup (%2 MB needed).</source>
        <translation>There is not enough free space in %1 for the backup (%2 MB needed).</translation>
    </message>
    <message>
        <source>Cannot create %1: it exists already or the folder is not writable.</source>
        <translation>Cannot create %1: it exists already or the folder is not writable.</translation>
    </message>
    <message>
        <source>The copy cannot be opened: %1 It was removed.</source>
        <translation>The copy cannot be opened: %1 It was removed.</translation>
    </message>
    <message>
        <source>The copy does not verify (event %1: %2). It was removed.</source>
        <translation>The copy does not verify (event %1: %2). It was removed.</translation>
    </message>
    <message>
        <source>The copy does not hold event %1, which records this backup. It was removed.</source>
        <translation>The copy does not hold event %1, which records this backup. It was removed.</translation>
    </message>
    <message>
        <source>The cryptography library cannot be initialised.</source>
        <translation>The cryptography library cannot be initialised.</translation>
    </message>
    <message>
        <source>Name the backup and the register to restore it to.</source>
        <translation>Name the backup and the register to restore it to.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>The backup %1 does not exist.</translation>
    </message>
    <message>
        <source>The key ring of the backup, %1, is missing: a backup is the register and its key ring together.</source>
        <translation>The key ring of the backup, %1, is missing: a backup is the register and its key ring together.</translation>
    </message>
    <message>
        <source>A backup cannot be restored onto itself.</source>
        <translation>A backup cannot be restored onto itself.</translation>
    </message>
    <message>
        <source>Unknown login or wrong password.</source>
        <translation>Unknown login or wrong password.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Only a security officer restores a register.</source>
        <translation>Only a security officer restores a register.</translation>
    </message>
    <message>
        <source>The backup does not verify: event %1 fails: %2. Nothing was restored.</source>
        <translation>The backup does not verify: event %1 fails: %2. Nothing was restored.</translation>
    </message>
    <message>
        <source>The backup is not the trail %1 recorded: its event %2 differs. Nothing was restored.</source>
        <translation>The backup is not the trail %1 recorded: its event %2 differs. Nothing was restored.</translation>
    </message>
    <message>
        <source>A register already exists at %1; nothing was changed.</source>
        <translation>A register already exists at %1; nothing was changed.</translation>
    </message>
    <message>
        <source>The backup verifies (head: event %1).</source>
        <translation>The backup verifies (head: event %1).</translation>
    </message>
    <message>
        <source>It lacks event %1, which %2 recorded.</source>
        <translation>It lacks event %1, which %2 recorded.</translation>
    </message>
    <message>
        <source>It lacks events %1 to %2, which %3 recorded.</source>
        <translation>It lacks events %1 to %2, which %3 recorded.</translation>
    </message>
    <message>
        <source>Replacing the register must be asked for explicitly; it is then moved aside, not deleted.</source>
        <translation>Replacing the register must be asked for explicitly; it is then moved aside, not deleted.</translation>
    </message>
    <message>
        <source>The register %1 is open, or was not closed cleanly (%2 exists): close every Kanribo window and command that uses it, or open and close it once, then restore again. Nothing was changed.</source>
        <translation>The register %1 is open, or was not closed cleanly (%2 exists): close every Kanribo window and command that uses it, or open and close it once, then restore again. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>kanribo::BundleWindow</name>
    <message>
        <source>Verifying %1…</source>
        <translation>Verifying %1…</translation>
    </message>
    <message>
        <source>Verification of %1 cancelled: nothing is said about this file.</source>
        <translation>Verification of %1 cancelled: nothing is said about this file.</translation>
    </message>
    <message numerus="yes">
        <source>The export verifies: %n event(s), hash chain, signatures and the exporter&apos;s signature over the file intact.</source>
        <translation>
            <numerusform>The export verifies: %n event(s), hash chain, signatures and the exporter&apos;s signature over the file intact.</numerusform>
            <numerusform>The export verifies: %n event(s), hash chain, signatures and the exporter&apos;s signature over the file intact.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export does NOT verify. First bad event: No. %1. %2</source>
        <translation>The export does NOT verify. First bad event: No. %1. %2</translation>
    </message>
    <message>
        <source>The export does NOT verify: %1</source>
        <translation>The export does NOT verify: %1</translation>
    </message>
    <message>
        <source>Facility: %1</source>
        <translation>Facility: %1</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>Register: %1</translation>
    </message>
    <message>
        <source>Range: %1 – %2</source>
        <translation>Range: %1 – %2</translation>
    </message>
    <message>
        <source>Events: No. %1 to %2%3</source>
        <translation>Events: No. %1 to %2%3</translation>
    </message>
    <message>
        <source> (from the register&apos;s creation)</source>
        <translation> (from the register&apos;s creation)</translation>
    </message>
    <message>
        <source>Signed by: %1, fingerprint %2</source>
        <translation>Signed by: %1, fingerprint %2</translation>
    </message>
    <message>
        <source>Last event hash: %1</source>
        <translation>Last event hash: %1</translation>
    </message>
    <message>
        <source>Bundle digest: %1</source>
        <translation>Bundle digest: %1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Key: %1</translation>
    </message>
    <message>
        <source>Compare the signer&apos;s fingerprint (and, for a range that starts after the register&apos;s creation, the keys from before the range) with those the facility gave you.</source>
        <translation>Compare the signer&apos;s fingerprint (and, for a range that starts after the register&apos;s creation, the keys from before the range) with those the facility gave you.</translation>
    </message>
    <message>
        <source>The first %1 events are listed; the verdict covers all %2.</source>
        <translation>The first %1 events are listed; the verdict covers all %2.</translation>
    </message>
    <message>
        <source>Verify export bundle — %1</source>
        <translation>Verify export bundle — %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kanribo::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>Con&amp;firm new password:</source>
        <translation>Con&amp;firm new password:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Change password</translation>
    </message>
    <message>
        <source>The new passwords do not match.</source>
        <translation>The new passwords do not match.</translation>
    </message>
</context>
<context>
    <name>kanribo::Checkpoints</name>
    <message>
        <source>The register is locked.</source>
        <translation>The register is locked.</translation>
    </message>
    <message>
        <source>A checkpoint needs a verified event.</source>
        <translation>A checkpoint needs a verified event.</translation>
    </message>
    <message>
        <source>event %1 is missing</source>
        <translation>event %1 is missing</translation>
    </message>
    <message>
        <source>event %1 was altered: its hash does not match its contents</source>
        <translation>event %1 was altered: its hash does not match its contents</translation>
    </message>
    <message>
        <source>the checkpoint at event %1 is signed by %2, who has no key in the ledger</source>
        <translation>the checkpoint at event %1 is signed by %2, who has no key in the ledger</translation>
    </message>
    <message>
        <source>the checkpoint at event %1 does not verify: it was not signed by %2</source>
        <translation>the checkpoint at event %1 does not verify: it was not signed by %2</translation>
    </message>
    <message>
        <source>event %1 no longer matches the checkpoint</source>
        <translation>event %1 no longer matches the checkpoint</translation>
    </message>
</context>
<context>
    <name>kanribo::Cli</name>
    <message>
        <source>The option %1 takes no value.</source>
        <translation>The option %1 takes no value.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unknown option &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>The option %1 needs a value.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language: use en or ja.</source>
        <translation>&apos;%1&apos; is not a language: use en or ja.</translation>
    </message>
    <message>
        <source>The cryptography library cannot be initialised.</source>
        <translation>The cryptography library cannot be initialised.</translation>
    </message>
    <message>
        <source>No command given; see kanribo-cli --help.</source>
        <translation>No command given; see kanribo-cli --help.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;; see kanribo-cli --help.</source>
        <translation>Unknown command &apos;%1&apos;; see kanribo-cli --help.</translation>
    </message>
    <message>
        <source>Usage: kanribo-cli [--register PATH] [--as LOGIN] [--lang en|ja] [--json] COMMAND [ARGS...]</source>
        <translation>Usage: kanribo-cli [--register PATH] [--as LOGIN] [--lang en|ja] [--json] COMMAND [ARGS...]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 usage, 2 authentication, 3 denied, 4 integrity, 5 not found, 6 conflict, 7 I/O.</source>
        <translation>Exit codes: 0 done, 1 usage, 2 authentication, 3 denied, 4 integrity, 5 not found, 6 conflict, 7 I/O.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Failed.</translation>
    </message>
    <message>
        <source>Say who acts with --as LOGIN.</source>
        <translation>Say who acts with --as LOGIN.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>Repeat the new password: </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>Security officer</source>
        <translation>Security officer</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>Cleared staff</source>
        <translation>Cleared staff</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The audit trail does not verify: event %1 fails: %2</source>
        <translation>The audit trail does not verify: event %1 fails: %2</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail verifies: %n event(s), chain and signatures intact.</source>
        <translation>
            <numerusform>The audit trail verifies: %n event, chain and signatures intact.</numerusform>
            <numerusform>The audit trail verifies: %n events, chain and signatures intact.</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Shows the audit trail (officer or auditor).</source>
        <translation>Shows the audit trail (officer or auditor).</translation>
    </message>
    <message>
        <source>Added the container %1, approved for %2.</source>
        <translation>Added the container %1, approved for %2.</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Approved for</source>
        <translation>Approved for</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Adds a security container approved up to a level (officer).</source>
        <translation>Adds a security container approved up to a level (officer).</translation>
    </message>
    <message>
        <source>Lists the security containers.</source>
        <translation>Lists the security containers.</translation>
    </message>
    <message>
        <source>%1 is issued to %2, who signed for it.</source>
        <translation>%1 is issued to %2, who signed for it.</translation>
    </message>
    <message>
        <source>%1 is handed to %2; both signed the receipt.</source>
        <translation>%1 is handed to %2; both signed the receipt.</translation>
    </message>
    <message>
        <source>%1 is stored in the container %2.</source>
        <translation>%1 is stored in the container %2.</translation>
    </message>
    <message>
        <source>%1 is dispatched to %2 by %3; receipt due %4.</source>
        <translation>%1 is dispatched to %2 by %3; receipt due %4.</translation>
    </message>
    <message>
        <source>The returned receipt %1 for %2 is recorded.</source>
        <translation>The returned receipt %1 for %2 is recorded.</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>Receipt due</source>
        <translation>Receipt due</translation>
    </message>
    <message>
        <source>Receipt No.</source>
        <translation>Receipt No.</translation>
    </message>
    <message>
        <source>Co-signed by</source>
        <translation>Co-signed by</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Notation</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>Hand receipt: you give a copy you hold to another person; both sign (standard input: your password, then the receiver&apos;s).</source>
        <translation>Hand receipt: you give a copy you hold to another person; both sign (standard input: your password, then the receiver&apos;s).</translation>
    </message>
    <message>
        <source>Returns a copy you hold to a security container.</source>
        <translation>Returns a copy you hold to a security container.</translation>
    </message>
    <message>
        <source>Issues a stored copy to a person, who signs (officer or custodian; standard input: your password, then the receiver&apos;s).</source>
        <translation>Issues a stored copy to a person, who signs (officer or custodian; standard input: your password, then the receiver&apos;s).</translation>
    </message>
    <message>
        <source>Dispatches a copy outside the facility.</source>
        <translation>Dispatches a copy outside the facility.</translation>
    </message>
    <message>
        <source>Records the returned receipt of a dispatch.</source>
        <translation>Records the returned receipt of a dispatch.</translation>
    </message>
    <message>
        <source>Lists dispatches and their returned receipts.</source>
        <translation>Lists dispatches and their returned receipts.</translation>
    </message>
    <message>
        <source>Shows the custody history of one copy.</source>
        <translation>Shows the custody history of one copy.</translation>
    </message>
    <message>
        <source>Lists the copies charged to a person (default: you).</source>
        <translation>Lists the copies charged to a person (default: you).</translation>
    </message>
    <message>
        <source>%1 is destroyed (%2); destruction record %3.</source>
        <translation>%1 is destroyed (%2); destruction record %3.</translation>
    </message>
    <message>
        <source>%1 is destroyed (%2) in the presence of %3; destruction record %4.</source>
        <translation>%1 is destroyed (%2) in the presence of %3; destruction record %4.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>Destroys a copy and records the certificate; a witness signs where the policy requires one (standard input: your password, then the witness&apos;s).</source>
        <translation>Destroys a copy and records the certificate; a witness signs where the policy requires one (standard input: your password, then the witness&apos;s).</translation>
    </message>
    <message>
        <source>Lists the destruction records.</source>
        <translation>Lists the destruction records.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an export format: use bundle, csv or pdf.</source>
        <translation>&apos;%1&apos; is not an export format: use bundle, csv or pdf.</translation>
    </message>
    <message>
        <source>The option --out needs a value.</source>
        <translation>The option --out needs a value.</translation>
    </message>
    <message>
        <source>This kanribo-cli was built without PDF reports.</source>
        <translation>This kanribo-cli was built without PDF reports.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) (No. %1 to %2) to %3.</source>
        <translation>
            <numerusform>Exported %n event (No. %1 to %2) to %3.</numerusform>
            <numerusform>Exported %n events (No. %1 to %2) to %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle digest</source>
        <translation>Bundle digest</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The export does not verify: %1</source>
        <translation>The export does not verify: %1</translation>
    </message>
    <message numerus="yes">
        <source>The export verifies: %n event(s), chain, signatures and the exporter&apos;s signature intact.</source>
        <translation>
            <numerusform>The export verifies: %n event, chain, signatures and the exporter&apos;s signature intact.</numerusform>
            <numerusform>The export verifies: %n events, chain, signatures and the exporter&apos;s signature intact.</numerusform>
        </translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>No. %1 to %2%3</source>
        <translation>No. %1 to %2%3</translation>
    </message>
    <message>
        <source> (from the register&apos;s creation)</source>
        <translation> (from the register&apos;s creation)</translation>
    </message>
    <message>
        <source>Signer fingerprint</source>
        <translation>Signer fingerprint</translation>
    </message>
    <message>
        <source>Last event hash</source>
        <translation>Last event hash</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Compare the signer&apos;s fingerprint (and, for a range that starts after the register&apos;s creation, the keys from before the range) with those the facility gave you.</source>
        <translation>Compare the signer&apos;s fingerprint (and, for a range that starts after the register&apos;s creation, the keys from before the range) with those the facility gave you.</translation>
    </message>
    <message>
        <source>Exports the register and audit trail for an inspector (officer or auditor): a signed bundle, CSV tables or a PDF report; --for withholds titles above that reader&apos;s clearance.</source>
        <translation>Exports the register and audit trail for an inspector (officer or auditor): a signed bundle, CSV tables or a PDF report; --for withholds titles above that reader&apos;s clearance.</translation>
    </message>
    <message>
        <source>Verifies an export bundle offline (no register, no login); exit 4 if anything in it was changed.</source>
        <translation>Verifies an export bundle offline (no register, no login); exit 4 if anything in it was changed.</translation>
    </message>
    <message>
        <source>Added the need-to-know group %1.</source>
        <translation>Added the need-to-know group %1.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Adds a need-to-know group (officer).</source>
        <translation>Adds a need-to-know group (officer).</translation>
    </message>
    <message>
        <source>Lists the need-to-know groups.</source>
        <translation>Lists the need-to-know groups.</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>compromise</source>
        <translation>compromise</translation>
    </message>
    <message>
        <source>possible compromise</source>
        <translation>possible compromise</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Originator notified</source>
        <translation>Originator notified</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an incident kind: use loss, compromise or possible-compromise.</source>
        <translation>&apos;%1&apos; is not an incident kind: use loss, compromise or possible-compromise.</translation>
    </message>
    <message>
        <source>Incident %1 is open (%2): %3.</source>
        <translation>Incident %1 is open (%2): %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an incident number.</source>
        <translation>&apos;%1&apos; is not an incident number.</translation>
    </message>
    <message>
        <source>Records a loss or (possible) compromise of an item&apos;s copies or one copy.</source>
        <translation>Records a loss or (possible) compromise of an item&apos;s copies or one copy.</translation>
    </message>
    <message>
        <source>Records the notification, findings and measures of an incident.</source>
        <translation>Records the notification, findings and measures of an incident.</translation>
    </message>
    <message>
        <source>Lists the incidents.</source>
        <translation>Lists the incidents.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key derivation cost: use interactive, moderate or sensitive.</source>
        <translation>&apos;%1&apos; is not a key derivation cost: use interactive, moderate or sensitive.</translation>
    </message>
    <message>
        <source>Created the register %1 with the security officer %2.</source>
        <translation>Created the register %1 with the security officer %2.</translation>
    </message>
    <message>
        <source>RECOVERY CODE: %1</source>
        <translation>RECOVERY CODE: %1</translation>
    </message>
    <message>
        <source>Write the recovery code down now and keep it in a locked container: it is shown only this once. It gives a user who lost their password a new one; anyone who holds it can do so.</source>
        <translation>Write the recovery code down now and keep it in a locked container: it is shown only this once. It gives a user who lost their password a new one; anyone who holds it can do so.</translation>
    </message>
    <message>
        <source>Creates the register and its first security officer (new password: one line). Prints the recovery code once.</source>
        <translation>Creates the register and its first security officer (new password: one line). Prints the recovery code once.</translation>
    </message>
    <message>
        <source>the whole register</source>
        <translation>the whole register</translation>
    </message>
    <message>
        <source>the container %1</source>
        <translation>the container %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Unexpected</source>
        <translation>Unexpected</translation>
    </message>
    <message>
        <source>Incidents opened</source>
        <translation>Incidents opened</translation>
    </message>
    <message>
        <source>Inventory %1 of %2 is open: sight every copy, then finish it.</source>
        <translation>Inventory %1 of %2 is open: sight every copy, then finish it.</translation>
    </message>
    <message>
        <source>%1 is sighted.</source>
        <translation>%1 is sighted.</translation>
    </message>
    <message>
        <source>No inventory is open.</source>
        <translation>No inventory is open.</translation>
    </message>
    <message>
        <source>(charged to people)</source>
        <translation>(charged to people)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Top secret copies</source>
        <translation>Top secret copies</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Last done</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Opens an inventory of a container or of the whole register.</source>
        <translation>Opens an inventory of a container or of the whole register.</translation>
    </message>
    <message>
        <source>Records that a copy was seen in the open inventory.</source>
        <translation>Records that a copy was seen in the open inventory.</translation>
    </message>
    <message>
        <source>Closes the open inventory: prints present, missing and unexpected copies and opens an incident for each missing copy.</source>
        <translation>Closes the open inventory: prints present, missing and unexpected copies and opens an incident for each missing copy.</translation>
    </message>
    <message>
        <source>Shows the open inventory, if any.</source>
        <translation>Shows the open inventory, if any.</translation>
    </message>
    <message>
        <source>Lists past inventories.</source>
        <translation>Lists past inventories.</translation>
    </message>
    <message>
        <source>Shows when the next top secret inventories are due.</source>
        <translation>Shows when the next top secret inventories are due.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>The option --%1 needs a whole number, not &apos;%2&apos;.</source>
        <translation>The option --%1 needs a whole number, not &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>destroyed</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>dispatched</translation>
    </message>
    <message>
        <source>Control No.</source>
        <translation>Control No.</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Marking</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status: use active, destroyed, lost or dispatched.</source>
        <translation>&apos;%1&apos; is not a status: use active, destroyed, lost or dispatched.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Regime</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>Caveats</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Need-to-know groups</source>
        <translation>Need-to-know groups</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Copies held</source>
        <translation>Copies held</translation>
    </message>
    <message>
        <source>Stored content</source>
        <translation>Stored content</translation>
    </message>
    <message>
        <source>Classified by</source>
        <translation>Classified by</translation>
    </message>
    <message>
        <source>Derived from</source>
        <translation>Derived from</translation>
    </message>
    <message>
        <source>Declassify on</source>
        <translation>Declassify on</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Received from</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Checked for tampering</source>
        <translation>Checked for tampering</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Designation expired</source>
        <translation>Designation expired</translation>
    </message>
    <message>
        <source>Purpose ends</source>
        <translation>Purpose ends</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Released to</source>
        <translation>Released to</translation>
    </message>
    <message>
        <source>Approval reference</source>
        <translation>Approval reference</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>Reclassified</source>
        <translation>Reclassified</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Notice by</source>
        <translation>Notice by</translation>
    </message>
    <message>
        <source>Notice date</source>
        <translation>Notice date</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation>Disclosed</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Wrote the content of %1 to %2.</source>
        <translation>Wrote the content of %1 to %2.</translation>
    </message>
    <message>
        <source>%1 is reclassified from %2 to %3.</source>
        <translation>%1 is reclassified from %2 to %3.</translation>
    </message>
    <message>
        <source>The release of %1 to %2 is recorded.</source>
        <translation>The release of %1 to %2 is recorded.</translation>
    </message>
    <message>
        <source>No designation has expired.</source>
        <translation>No designation has expired.</translation>
    </message>
    <message>
        <source>%1: the designation has expired; the expiry mark is applied.</source>
        <translation>%1: the designation has expired; the expiry mark is applied.</translation>
    </message>
    <message>
        <source>Registers an item and its copies (officer). Prints the control number; copies start in --container, or charged to you.</source>
        <translation>Registers an item and its copies (officer). Prints the control number; copies start in --container, or charged to you.</translation>
    </message>
    <message>
        <source>Lists the items you may access.</source>
        <translation>Lists the items you may access.</translation>
    </message>
    <message>
        <source>Shows one item and its copies (records a disclosure for top secret).</source>
        <translation>Shows one item and its copies (records a disclosure for top secret).</translation>
    </message>
    <message>
        <source>Decrypts an item&apos;s stored content into a file (needs access; recorded).</source>
        <translation>Decrypts an item&apos;s stored content into a file (needs access; recorded).</translation>
    </message>
    <message>
        <source>Records a reclassification on the originator&apos;s notice (officer).</source>
        <translation>Records a reclassification on the originator&apos;s notice (officer).</translation>
    </message>
    <message>
        <source>Records the originating government&apos;s written approval to release an item to a third country (officer).</source>
        <translation>Records the originating government&apos;s written approval to release an item to a third country (officer).</translation>
    </message>
    <message>
        <source>Applies the expiry mark to designations whose validity has passed (officer).</source>
        <translation>Applies the expiry mark to designations whose validity has passed (officer).</translation>
    </message>
    <message>
        <source>Lists items whose purpose has ended and that still have copies held (to return or destroy).</source>
        <translation>Lists items whose purpose has ended and that still have copies held (to return or destroy).</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Recovery code: </translation>
    </message>
    <message>
        <source>%1 has a new password and new keys.</source>
        <translation>%1 has a new password and new keys.</translation>
    </message>
    <message>
        <source>Reproduced %1: %2 (held by you).</source>
        <translation>Reproduced %1: %2 (held by you).</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Makes new copies (or a translation), held by you; top secret needs --consent-ref (standard input: your password, then the approver&apos;s).</source>
        <translation>Makes new copies (or a translation), held by you; top secret needs --consent-ref (standard input: your password, then the approver&apos;s).</translation>
    </message>
    <message>
        <source>Lists the reproduction and translation records.</source>
        <translation>Lists the reproduction and translation records.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <source>Clearance granted</source>
        <translation>Clearance granted</translation>
    </message>
    <message>
        <source>Clearance expires</source>
        <translation>Clearance expires</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Briefed</source>
        <translation>Briefed</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Added %1 (%2, %3).</source>
        <translation>Added %1 (%2, %3).</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>%1 is now in the need-to-know group %2.</source>
        <translation>%1 is now in the need-to-know group %2.</translation>
    </message>
    <message>
        <source>%1 is no longer in the need-to-know group %2.</source>
        <translation>%1 is no longer in the need-to-know group %2.</translation>
    </message>
    <message>
        <source>The account %1 is disabled; its key slot is removed.</source>
        <translation>The account %1 is disabled; its key slot is removed.</translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>The password of %1 is changed.</translation>
    </message>
    <message>
        <source>Adds a cleared person (officer; standard input: your password, then the new user&apos;s password).</source>
        <translation>Adds a cleared person (officer; standard input: your password, then the new user&apos;s password).</translation>
    </message>
    <message>
        <source>Lists the cleared people.</source>
        <translation>Lists the cleared people.</translation>
    </message>
    <message>
        <source>Shows one person.</source>
        <translation>Shows one person.</translation>
    </message>
    <message>
        <source>Adds a person to a need-to-know group (officer).</source>
        <translation>Adds a person to a need-to-know group (officer).</translation>
    </message>
    <message>
        <source>Removes a person from a need-to-know group (officer).</source>
        <translation>Removes a person from a need-to-know group (officer).</translation>
    </message>
    <message>
        <source>Disables an account (officer).</source>
        <translation>Disables an account (officer).</translation>
    </message>
    <message>
        <source>Changes your password (standard input: the current one, then the new one).</source>
        <translation>Changes your password (standard input: the current one, then the new one).</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>The option --%1 takes no value.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <source>The option --%1 is given more than once.</source>
        <translation>The option --%1 is given more than once.</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>The option --%1 is required.</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>Missing %1.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unexpected argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a level: use unclassified, confidential, secret or top-secret.</source>
        <translation>&apos;%1&apos; is not a level: use unclassified, confidential, secret or top-secret.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role: use officer, custodian, staff or auditor.</source>
        <translation>&apos;%1&apos; is not a role: use officer, custodian, staff or auditor.</translation>
    </message>
    <message>
        <source>Password for %1 (second person): </source>
        <translation>Password for %1 (second person): </translation>
    </message>
    <message>
        <source>Nothing was entered.</source>
        <translation>Nothing was entered.</translation>
    </message>
    <message>
        <source>Standard input ended: a password or code was expected (one per line).</source>
        <translation>Standard input ended: a password or code was expected (one per line).</translation>
    </message>
    <message>
        <source>The line read from standard input is too long.</source>
        <translation>The line read from standard input is too long.</translation>
    </message>
    <message>
        <source>The option --summary (or --summary-file) is required.</source>
        <translation>The option --summary (or --summary-file) is required.</translation>
    </message>
    <message>
        <source>Only one of --findings-file and --measures-file can be standard input.</source>
        <translation>Only one of --findings-file and --measures-file can be standard input.</translation>
    </message>
    <message>
        <source>The option --title (or --title-file) is required.</source>
        <translation>The option --title (or --title-file) is required.</translation>
    </message>
    <message>
        <source>The option --reason (or --reason-file) is required.</source>
        <translation>The option --reason (or --reason-file) is required.</translation>
    </message>
    <message>
        <source>Idle lock (minutes)</source>
        <translation>Idle lock (minutes)</translation>
    </message>
    <message>
        <source>Shows the register&apos;s settings (idle lock time).</source>
        <translation>Shows the register&apos;s settings (idle lock time).</translation>
    </message>
    <message>
        <source>Sets the minutes of inactivity after which a window locks (officer).</source>
        <translation>Sets the minutes of inactivity after which a window locks (officer).</translation>
    </message>
    <message>
        <source>Give either --%1 or --%2, not both.</source>
        <translation>Give either --%1 or --%2, not both.</translation>
    </message>
    <message>
        <source>The option --%1 (or --%2) is required.</source>
        <translation>The option --%1 (or --%2) is required.</translation>
    </message>
    <message>
        <source>The text in %1 is too long (64 KiB at most).</source>
        <translation>The text in %1 is too long (64 KiB at most).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the accountability view: titles and details withheld from %1, who is outside their need-to-know groups.</source>
        <translation>
            <numerusform>%n item in the accountability view: title and details withheld from %1, who is outside its need-to-know groups.</numerusform>
            <numerusform>%n items in the accountability view: titles and details withheld from %1, who is outside their need-to-know groups.</numerusform>
        </translation>
    </message>
    <message>
        <source>looked up %1</source>
        <translation>looked up %1</translation>
    </message>
    <message>
        <source>built-in pack (no event adopts it)</source>
        <translation>built-in pack (no event adopts it)</translation>
    </message>
    <message>
        <source>event %1, %2, by %3</source>
        <translation>event %1, %2, by %3</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, by %2</translation>
    </message>
    <message>
        <source>Policy pack</source>
        <translation>Policy pack</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Hash (BLAKE2b-256)</source>
        <translation>Hash (BLAKE2b-256)</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Adopted the policy pack %1 %2 (sha %3), event %4.</source>
        <translation>Adopted the policy pack %1 %2 (sha %3), event %4.</translation>
    </message>
    <message>
        <source>Shows the policy pack in force: its id, version and hash, and the event that adopted it.</source>
        <translation>Shows the policy pack in force: its id, version and hash, and the event that adopted it.</translation>
    </message>
    <message>
        <source>Adopts a policy pack for the register, recorded as a signed event (officer).</source>
        <translation>Adopts a policy pack for the register, recorded as a signed event (officer).</translation>
    </message>
    <message>
        <source>The content of %1 is not what was registered: %2</source>
        <translation>The content of %1 is not what was registered: %2</translation>
    </message>
    <message>
        <source>Every event of %1 is still there, unchanged.</source>
        <translation>Every event of %1 is still there, unchanged.</translation>
    </message>
    <message>
        <source>Content: %1 checked against the registered hash; %2 not sealed to you (another officer or auditor who holds their keys can check them).</source>
        <translation>Content: %1 checked against the registered hash; %2 not sealed to you (another officer or auditor who holds their keys can check them).</translation>
    </message>
    <message>
        <source>Head: event %1, hash %2</source>
        <translation>Head: event %1, hash %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Sealed the verified trail at event %1 (hash %2) into %3. Keep it outside the register, in a container; `audit verify --since %3` proves later that none of these events was removed or changed.</source>
        <translation>Sealed the verified trail at event %1 (hash %2) into %3. Keep it outside the register, in a container; `audit verify --since %3` proves later that none of these events was removed or changed.</translation>
    </message>
    <message>
        <source>Verifies the whole audit trail (chain, signatures, authority, every state table against the events); --since proves every event of an earlier seal or bundle is still there; --content decrypts the content sealed to you against the registered hash; exit 4 names the first event or row that fails.</source>
        <translation>Verifies the whole audit trail (chain, signatures, authority, every state table against the events); --since proves every event of an earlier seal or bundle is still there; --content decrypts the content sealed to you against the registered hash; exit 4 names the first event or row that fails.</translation>
    </message>
    <message>
        <source>Verifies the trail and writes its head (last event and hash), signed, into FILE to keep offline.</source>
        <translation>Verifies the trail and writes its head (last event and hash), signed, into FILE to keep offline.</translation>
    </message>
    <message>
        <source>Password of %1, the officer present: </source>
        <translation>Password of %1, the officer present: </translation>
    </message>
    <message>
        <source>Gives a user who lost their password a new one, with an officer present who signs (standard input: the recovery code, the officer&apos;s password, then the new password; no officer only for the register&apos;s only officer).</source>
        <translation>Gives a user who lost their password a new one, with an officer present who signs (standard input: the recovery code, the officer&apos;s password, then the new password; no officer only for the register&apos;s only officer).</translation>
    </message>
    <message>
        <source>Head: event %1, hash %2 (a checkpoint: the trail before it verifies)</source>
        <translation>Head: event %1, hash %2 (a checkpoint: the trail before it verifies)</translation>
    </message>
    <message>
        <source>Head: event %1, hash %2 (the trail does not verify: no checkpoint)</source>
        <translation>Head: event %1, hash %2 (the trail does not verify: no checkpoint)</translation>
    </message>
    <message>
        <source>Backed up the register to %1 and its key ring to %2.</source>
        <translation>Backed up the register to %1 and its key ring to %2.</translation>
    </message>
    <message>
        <source>The copy verifies. Head: event %1, hash %2.</source>
        <translation>The copy verifies. Head: event %1, hash %2.</translation>
    </message>
    <message>
        <source>no seal or export given (--against): the restore cannot tell which recorded events the backup lacks.</source>
        <translation>no seal or export given (--against): the restore cannot tell which recorded events the backup lacks.</translation>
    </message>
    <message>
        <source>The backup verifies. Head: event %1, hash %2.</source>
        <translation>The backup verifies. Head: event %1, hash %2.</translation>
    </message>
    <message>
        <source>The backup lacks event %1, which %2 recorded: it is not in the restored register.</source>
        <translation>The backup lacks event %1, which %2 recorded: it is not in the restored register.</translation>
    </message>
    <message>
        <source>The backup lacks events %1 to %2, which %3 recorded: they are not in the restored register.</source>
        <translation>The backup lacks events %1 to %2, which %3 recorded: they are not in the restored register.</translation>
    </message>
    <message>
        <source>The backup holds every event %1 recorded (up to event %2).</source>
        <translation>The backup holds every event %1 recorded (up to event %2).</translation>
    </message>
    <message>
        <source>The register that was at %1 is kept as %2.</source>
        <translation>The register that was at %1 is kept as %2.</translation>
    </message>
    <message>
        <source>Restored the register to %1 and its key ring to %2; recorded as event %3.</source>
        <translation>Restored the register to %1 and its key ring to %2; recorded as event %3.</translation>
    </message>
    <message>
        <source>Copies the register and its key ring to DEST and DEST.keys, consistently while in use, verifies the copy and records the backup (officer; never overwrites).</source>
        <translation>Copies the register and its key ring to DEST and DEST.keys, consistently while in use, verifies the copy and records the backup (officer; never overwrites).</translation>
    </message>
    <message>
        <source>Verifies a backup with an officer&apos;s password from its key ring, says which events of a seal or export it lacks, and restores it to PATH (an existing register only with --replace; it is moved aside).</source>
        <translation>Verifies a backup with an officer&apos;s password from its key ring, says which events of a seal or export it lacks, and restores it to PATH (an existing register only with --replace; it is moved aside).</translation>
    </message>
    <message>
        <source>%1 is encrypted under fresh keys: only those entitled to it now can open it.</source>
        <translation>%1 is encrypted under fresh keys: only those entitled to it now can open it.</translation>
    </message>
    <message>
        <source>Re-encrypts an item under fresh keys for those entitled to it now, so that people who lost access cannot open it with keys they kept (officer).</source>
        <translation>Re-encrypts an item under fresh keys for those entitled to it now, so that people who lost access cannot open it with keys they kept (officer).</translation>
    </message>
    <message>
        <source>Passwords are never arguments: they are read one per line from standard input, or asked for on a terminal. A new password needs at least %1 characters and must be hard to guess. The register defaults to $KANRIBO_REGISTER, else %2.</source>
        <translation>Passwords are never arguments: they are read one per line from standard input, or asked for on a terminal. A new password needs at least %1 characters and must be hard to guess. The register defaults to $KANRIBO_REGISTER, else %2.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Lists the copies out on loan (issued to a person) and when each is due back.</source>
        <translation>Lists the copies out on loan (issued to a person) and when each is due back.</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>Due back</translation>
    </message>
    <message>
        <source>%1 recovered into the container %2.</source>
        <translation>%1 recovered into the container %2.</translation>
    </message>
    <message>
        <source>Takes a copy out of another person&apos;s charge into a security container, without their signature (officer).</source>
        <translation>Takes a copy out of another person&apos;s charge into a security container, without their signature (officer).</translation>
    </message>
    <message>
        <source>%1: debriefing recorded (%2).</source>
        <translation>%1: debriefing recorded (%2).</translation>
    </message>
    <message>
        <source>The account %1 was already disabled.</source>
        <translation>The account %1 was already disabled.</translation>
    </message>
    <message>
        <source>registered it</source>
        <translation>registered it</translation>
    </message>
    <message>
        <source>held a copy</source>
        <translation>held a copy</translation>
    </message>
    <message>
        <source>viewed the record</source>
        <translation>viewed the record</translation>
    </message>
    <message>
        <source>opened the content</source>
        <translation>opened the content</translation>
    </message>
    <message>
        <source>Authorised now for %1 (%2):</source>
        <translation>Authorised now for %1 (%2):</translation>
    </message>
    <message>
        <source>Has had access:</source>
        <translation>Has had access:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>A person leaves: recovers every copy charged to them into the container, records their debriefing (today unless --debriefed) and disables the account (officer).</source>
        <translation>A person leaves: recovers every copy charged to them into the container, records their debriefing (today unless --debriefed) and disables the account (officer).</translation>
    </message>
    <message>
        <source>Lists who is authorised for an item now and who has had access to it, and when (officer, auditor).</source>
        <translation>Lists who is authorised for an item now and who has had access to it, and when (officer, auditor).</translation>
    </message>
    <message>
        <source>Debriefed</source>
        <translation>Debriefed</translation>
    </message>
    <message>
        <source>The container %1 is recorded as open.</source>
        <translation>The container %1 is recorded as open.</translation>
    </message>
    <message>
        <source>The container %1 is recorded as closed.</source>
        <translation>The container %1 is recorded as closed.</translation>
    </message>
    <message>
        <source>The container %1 is checked: secured.</source>
        <translation>The container %1 is checked: secured.</translation>
    </message>
    <message>
        <source>LEFT OPEN</source>
        <translation>LEFT OPEN</translation>
    </message>
    <message>
        <source>CHECK DUE</source>
        <translation>CHECK DUE</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Last check</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>Records that you opened a container (cleared for its level).</source>
        <translation>Records that you opened a container (cleared for its level).</translation>
    </message>
    <message>
        <source>Records that you closed and locked a container.</source>
        <translation>Records that you closed and locked a container.</translation>
    </message>
    <message>
        <source>Records the end-of-day check that a closed container is secured.</source>
        <translation>Records the end-of-day check that a closed container is secured.</translation>
    </message>
    <message>
        <source>Shows each container open or closed, since when and by whom, and its last check; flags one left open from an earlier day or not yet checked today.</source>
        <translation>Shows each container open or closed, since when and by whom, and its last check; flags one left open from an earlier day or not yet checked today.</translation>
    </message>
    <message>
        <source>Nobody is recorded as knowing the combination of %1.</source>
        <translation>Nobody is recorded as knowing the combination of %1.</translation>
    </message>
    <message>
        <source>The combination of %1 is known to %2.</source>
        <translation>The combination of %1 is known to %2.</translation>
    </message>
    <message>
        <source>The change of the combination of %1 is recorded.</source>
        <translation>The change of the combination of %1 is recorded.</translation>
    </message>
    <message>
        <source>change due: never changed since put in use</source>
        <translation>change due: never changed since put in use</translation>
    </message>
    <message>
        <source>change due: %1 no longer may know it</source>
        <translation>change due: %1 no longer may know it</translation>
    </message>
    <message>
        <source>change due: a year since the last change</source>
        <translation>change due: a year since the last change</translation>
    </message>
    <message>
        <source>Combination known to</source>
        <translation>Combination known to</translation>
    </message>
    <message>
        <source>Combination changed</source>
        <translation>Combination changed</translation>
    </message>
    <message>
        <source>Records who knows a container&apos;s combination, as the whole list; without --login, nobody (officer).</source>
        <translation>Records who knows a container&apos;s combination, as the whole list; without --login, nobody (officer).</translation>
    </message>
    <message>
        <source>Records that a container&apos;s combination was changed (an officer, or one who knows it; never the combination).</source>
        <translation>Records that a container&apos;s combination was changed (an officer, or one who knows it; never the combination).</translation>
    </message>
    <message>
        <source>The container %1 is no longer reserved.</source>
        <translation>The container %1 is no longer reserved.</translation>
    </message>
    <message>
        <source>The container %1 is reserved for %2.</source>
        <translation>The container %1 is reserved for %2.</translation>
    </message>
    <message>
        <source>Reserves a container for material of these origins, regimes or groups; nothing else may be stored in it. Without options, lifts the reservation (officer).</source>
        <translation>Reserves a container for material of these origins, regimes or groups; nothing else may be stored in it. Without options, lifts the reservation (officer).</translation>
    </message>
</context>
<context>
    <name>kanribo::CombinationDialog</name>
    <message>
        <source>Who knows the combination</source>
        <translation>Who knows the combination</translation>
    </message>
    <message>
        <source>C&amp;ontainer:</source>
        <translation>C&amp;ontainer:</translation>
    </message>
    <message>
        <source>&amp;Known to:</source>
        <translation>&amp;Known to:</translation>
    </message>
    <message>
        <source>Record the people only; never the combination itself.</source>
        <translation>Record the people only; never the combination itself.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
</context>
<context>
    <name>kanribo::Compartments</name>
    <message>
        <source>The register&apos;s events cannot be read.</source>
        <translation>The register&apos;s events cannot be read.</translation>
    </message>
    <message>
        <source>The public key of %1 is malformed.</source>
        <translation>The public key of %1 is malformed.</translation>
    </message>
    <message>
        <source>The key of %1 sealed to you does not open: the register was altered.</source>
        <translation>The key of %1 sealed to you does not open: the register was altered.</translation>
    </message>
    <message>
        <source>The register has no key for %1.</source>
        <translation>The register has no key for %1.</translation>
    </message>
    <message>
        <source>A compartment&apos;s public key in the register is malformed.</source>
        <translation>A compartment&apos;s public key in the register is malformed.</translation>
    </message>
    <message>
        <source>The key of %1 is not one you hold.</source>
        <translation>The key of %1 is not one you hold.</translation>
    </message>
    <message>
        <source>table %1, row %2: %3 is not what the ledger says</source>
        <translation>table %1, row %2: %3 is not what the ledger says</translation>
    </message>
    <message>
        <source>the public key</source>
        <translation>the public key</translation>
    </message>
    <message>
        <source>the number of epochs</source>
        <translation>the number of epochs</translation>
    </message>
    <message>
        <source>the sealed key</source>
        <translation>the sealed key</translation>
    </message>
    <message>
        <source>the number of sealed keys</source>
        <translation>the number of sealed keys</translation>
    </message>
</context>
<context>
    <name>kanribo::ContainersModel</name>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Approved level</source>
        <translation>Approved level</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>open since %1 (%2)</source>
        <translation>open since %1 (%2)</translation>
    </message>
    <message>
        <source>closed %1 (%2)</source>
        <translation>closed %1 (%2)</translation>
    </message>
    <message>
        <source>Left open from an earlier day: secure it and report it.</source>
        <translation>Left open from an earlier day: secure it and report it.</translation>
    </message>
    <message>
        <source>check due</source>
        <translation>check due</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open or closed</source>
        <translation>Open or closed</translation>
    </message>
    <message>
        <source>Last end-of-day check</source>
        <translation>Last end-of-day check</translation>
    </message>
    <message>
        <source>known to: not recorded</source>
        <translation>known to: not recorded</translation>
    </message>
    <message>
        <source>known to %1</source>
        <translation>known to %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>changed %1 (%2); %3</source>
        <translation>changed %1 (%2); %3</translation>
    </message>
    <message>
        <source>combination change due: none recorded since put in use</source>
        <translation>combination change due: none recorded since put in use</translation>
    </message>
    <message>
        <source>combination change due: %1 no longer may know it</source>
        <translation>combination change due: %1 no longer may know it</translation>
    </message>
    <message>
        <source>combination change due: a year since the last change</source>
        <translation>combination change due: a year since the last change</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>Combination</translation>
    </message>
    <message>
        <source>origin %1</source>
        <translation>origin %1</translation>
    </message>
    <message>
        <source>regime %1</source>
        <translation>regime %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>group %1</translation>
    </message>
    <message>
        <source>Reserved for</source>
        <translation>Reserved for</translation>
    </message>
</context>
<context>
    <name>kanribo::ContentCipher</name>
    <message>
        <source>The stored document content is damaged or was altered.</source>
        <translation>The stored document content is damaged or was altered.</translation>
    </message>
    <message>
        <source>Cannot read the document: %1</source>
        <translation>Cannot read the document: %1</translation>
    </message>
    <message>
        <source>The stored document content is not the content registered: its hash differs from the one the ledger recorded. It was replaced.</source>
        <translation>The stored document content is not the content registered: its hash differs from the one the ledger recorded. It was replaced.</translation>
    </message>
</context>
<context>
    <name>kanribo::ContentViewer</name>
    <message>
        <source>%1 — content</source>
        <translation>%1 — content</translation>
    </message>
    <message>
        <source>%1   %2   (decrypted in memory only; wiped when this window closes)</source>
        <translation>%1   %2   (decrypted in memory only; wiped when this window closes)</translation>
    </message>
    <message numerus="yes">
        <source>This content is not text, an image or a PDF, and cannot be shown here (%n byte(s)).</source>
        <translation>
            <numerusform>This content is not text, an image or a PDF, and cannot be shown here (%n byte).</numerusform>
            <numerusform>This content is not text, an image or a PDF, and cannot be shown here (%n bytes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kanribo::CopyStateMachine</name>
    <message>
        <source>%1 has not been dispatched.</source>
        <translation>%1 has not been dispatched.</translation>
    </message>
    <message>
        <source>%1 has been destroyed; its record is read-only.</source>
        <translation>%1 has been destroyed; its record is read-only.</translation>
    </message>
    <message>
        <source>%1 is recorded as lost.</source>
        <translation>%1 is recorded as lost.</translation>
    </message>
    <message>
        <source>%1 has been dispatched outside the facility.</source>
        <translation>%1 has been dispatched outside the facility.</translation>
    </message>
    <message>
        <source>%1 is charged to %2, not to you.</source>
        <translation>%1 is charged to %2, not to you.</translation>
    </message>
    <message>
        <source>%1 is in the container %2, not charged to you.</source>
        <translation>%1 is in the container %2, not charged to you.</translation>
    </message>
    <message>
        <source>Only an officer or custodian may do this with a stored copy.</source>
        <translation>Only an officer or custodian may do this with a stored copy.</translation>
    </message>
    <message>
        <source>%1 is already charged to you.</source>
        <translation>%1 is already charged to you.</translation>
    </message>
    <message>
        <source>%1 is already in the container %2.</source>
        <translation>%1 is already in the container %2.</translation>
    </message>
    <message>
        <source>%1 is charged to %2; only a stored copy can be issued.</source>
        <translation>%1 is charged to %2; only a stored copy can be issued.</translation>
    </message>
    <message>
        <source>%1 is in the container %2; it is not charged to anyone.</source>
        <translation>%1 is in the container %2; it is not charged to anyone.</translation>
    </message>
    <message>
        <source>%1 is charged to you: store it instead.</source>
        <translation>%1 is charged to you: store it instead.</translation>
    </message>
</context>
<context>
    <name>kanribo::Custody</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation>%1 is too long.</translation>
    </message>
    <message>
        <source>The receiving organisation</source>
        <translation>The receiving organisation</translation>
    </message>
    <message>
        <source>The channel</source>
        <translation>The channel</translation>
    </message>
    <message>
        <source>The receipt number</source>
        <translation>The receipt number</translation>
    </message>
    <message>
        <source>The receipt for %1 is already recorded.</source>
        <translation>The receipt for %1 is already recorded.</translation>
    </message>
    <message>
        <source>The number of copies must be between 1 and 99.</source>
        <translation>The number of copies must be between 1 and 99.</translation>
    </message>
    <message>
        <source>The reason (official need)</source>
        <translation>The reason (official need)</translation>
    </message>
    <message>
        <source>%1 has no copy left in the holdings.</source>
        <translation>%1 has no copy left in the holdings.</translation>
    </message>
    <message>
        <source>Translation of %1. Contains classified information of the Government of %2.</source>
        <translation>Translation of %1. Contains classified information of the Government of %2.</translation>
    </message>
    <message>
        <source>Unknown destruction method &apos;%1&apos; (allowed: %2).</source>
        <translation>Unknown destruction method &apos;%1&apos; (allowed: %2).</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>The summary</translation>
    </message>
    <message>
        <source>%1 has no copy in the holdings to report on.</source>
        <translation>%1 has no copy in the holdings to report on.</translation>
    </message>
    <message>
        <source>No incident %1.</source>
        <translation>No incident %1.</translation>
    </message>
    <message>
        <source>Incident %1 is closed.</source>
        <translation>Incident %1 is closed.</translation>
    </message>
    <message>
        <source>Before closing, record when the originator was notified, the findings and the corrective measures.</source>
        <translation>Before closing, record when the originator was notified, the findings and the corrective measures.</translation>
    </message>
    <message>
        <source>Nothing to update.</source>
        <translation>Nothing to update.</translation>
    </message>
    <message>
        <source>Inventory %1 is still open: finish it first.</source>
        <translation>Inventory %1 is still open: finish it first.</translation>
    </message>
    <message>
        <source>Type or scan a copy number such as S-2026-000001/1.</source>
        <translation>Type or scan a copy number such as S-2026-000001/1.</translation>
    </message>
    <message>
        <source>No inventory is open: start one first.</source>
        <translation>No inventory is open: start one first.</translation>
    </message>
    <message>
        <source>No inventory is open.</source>
        <translation>No inventory is open.</translation>
    </message>
    <message>
        <source>copy %1 is in the register but no event created it</source>
        <translation>copy %1 is in the register but no event created it</translation>
    </message>
    <message>
        <source>copy %1 differs from the ledger after event %2: stored %3/%4/%5, ledger %6/%7/%8</source>
        <translation>copy %1 differs from the ledger after event %2: stored %3/%4/%5, ledger %6/%7/%8</translation>
    </message>
    <message>
        <source>copy %1 is in the ledger (event %2) but missing from the register</source>
        <translation>copy %1 is in the ledger (event %2) but missing from the register</translation>
    </message>
    <message>
        <source>The due date %1 has passed: a loan is due back today or later.</source>
        <translation>The due date %1 has passed: a loan is due back today or later.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>The reason</translation>
    </message>
</context>
<context>
    <name>kanribo::DashboardPage</name>
    <message>
        <source>Copies charged to people</source>
        <translation>Copies charged to people</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Holdings by level (active items)</source>
        <translation>Holdings by level (active items)</translation>
    </message>
    <message>
        <source>Copies charged out to people</source>
        <translation>Copies charged out to people</translation>
    </message>
    <message>
        <source>Dispatches with overdue receipts</source>
        <translation>Dispatches with overdue receipts</translation>
    </message>
    <message numerus="yes">
        <source>Clearances expiring within %n day(s)</source>
        <translation>
            <numerusform>Clearances expiring within %n day</numerusform>
            <numerusform>Clearances expiring within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Open incidents (loss or compromise)</source>
        <translation>Open incidents (loss or compromise)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Receipt due</source>
        <translation>Receipt due</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>TS copies</source>
        <translation>TS copies</translation>
    </message>
    <message>
        <source>Last inventory</source>
        <translation>Last inventory</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Originator notified</source>
        <translation>Originator notified</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Top Secret inventories due (overdue in red)</source>
        <translation>Top Secret inventories due (overdue in red)</translation>
    </message>
    <message>
        <source>Loans overdue (issued copies not back by their due date)</source>
        <translation>Loans overdue (issued copies not back by their due date)</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>Due back</translation>
    </message>
    <message>
        <source>left open since %1</source>
        <translation>left open since %1</translation>
    </message>
    <message>
        <source>check due</source>
        <translation>check due</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Containers to secure (left open, not checked after closing today, combination due)</source>
        <translation>Containers to secure (left open, not checked after closing today, combination due)</translation>
    </message>
</context>
<context>
    <name>kanribo::Database</name>
    <message>
        <source>The register %1 does not exist.</source>
        <translation>The register %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot open the register %1: %2</source>
        <translation>Cannot open the register %1: %2</translation>
    </message>
    <message>
        <source>The register key has the wrong size.</source>
        <translation>The register key has the wrong size.</translation>
    </message>
    <message>
        <source>The register %1 cannot be decrypted: it is damaged, not a Kanribo register, or does not belong to this key ring.</source>
        <translation>The register %1 cannot be decrypted: it is damaged, not a Kanribo register, or does not belong to this key ring.</translation>
    </message>
    <message>
        <source>Database error (%1): %2</source>
        <translation>Database error (%1): %2</translation>
    </message>
    <message>
        <source>Cannot write the register %1: the disk is full or the file cannot grow any more. Nothing was changed.</source>
        <translation>Cannot write the register %1: the disk is full or the file cannot grow any more. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>kanribo::DestroyDialog</name>
    <message>
        <source>Destroy a copy</source>
        <translation>Destroy a copy</translation>
    </message>
    <message>
        <source>&amp;Copy:</source>
        <translation>&amp;Copy:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>&amp;Witness&apos;s login:</source>
        <translation>&amp;Witness&apos;s login:</translation>
    </message>
    <message>
        <source>Witness&apos;s &amp;password:</source>
        <translation>Witness&apos;s &amp;password:</translation>
    </message>
    <message>
        <source>required for this level: the witness types it here, now</source>
        <translation>required for this level: the witness types it here, now</translation>
    </message>
    <message>
        <source>not required for this level</source>
        <translation>not required for this level</translation>
    </message>
    <message>
        <source>&amp;Destroy and sign</source>
        <translation>&amp;Destroy and sign</translation>
    </message>
</context>
<context>
    <name>kanribo::DisableUserDialog</name>
    <message>
        <source>Disable user</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>Disable the account %1? The user can no longer log in. The account and its records stay in the register.</source>
        <translation>Disable the account %1? The user can no longer log in. The account and its records stay in the register.</translation>
    </message>
</context>
<context>
    <name>kanribo::DispatchDialog</name>
    <message>
        <source>Dispatch a copy</source>
        <translation>Dispatch a copy</translation>
    </message>
    <message>
        <source>&amp;Copy:</source>
        <translation>&amp;Copy:</translation>
    </message>
    <message>
        <source>&amp;Recipient organisation:</source>
        <translation>&amp;Recipient organisation:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>Receipt &amp;due:</source>
        <translation>Receipt &amp;due:</translation>
    </message>
    <message>
        <source>&amp;Dispatch</source>
        <translation>&amp;Dispatch</translation>
    </message>
</context>
<context>
    <name>kanribo::Event</name>
    <message>
        <source>Malformed event encoding.</source>
        <translation>Malformed event encoding.</translation>
    </message>
</context>
<context>
    <name>kanribo::EventDetailView</name>
    <message>
        <source>Event %1: %2</source>
        <translation>Event %1: %2</translation>
    </message>
    <message>
        <source>Time: %1 (%2 UTC)</source>
        <translation>Time: %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Signed by: %1</source>
        <translation>Signed by: %1</translation>
    </message>
    <message>
        <source>Co-signed by: %1</source>
        <translation>Co-signed by: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>Verification: not yet checked here (Verify checks the whole trail).</source>
        <translation>Verification: not yet checked here (Verify checks the whole trail).</translation>
    </message>
    <message>
        <source>Verification: hash, chain link and every signature verified.</source>
        <translation>Verification: hash, chain link and every signature verified.</translation>
    </message>
    <message>
        <source>Verification: FAILS — the first event that does not verify.</source>
        <translation>Verification: FAILS — the first event that does not verify.</translation>
    </message>
    <message>
        <source>Verification: after the first failure; nothing from here on can be trusted.</source>
        <translation>Verification: after the first failure; nothing from here on can be trusted.</translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation>Hash: %1</translation>
    </message>
    <message>
        <source>Previous hash: %1</source>
        <translation>Previous hash: %1</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Payload:</translation>
    </message>
</context>
<context>
    <name>kanribo::EventSentence</name>
    <message>
        <source>security officer</source>
        <translation>security officer</translation>
    </message>
    <message>
        <source>custodian</source>
        <translation>custodian</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>(receipt signed)</source>
        <translation>(receipt signed)</translation>
    </message>
    <message>
        <source>(no receipt)</source>
        <translation>(no receipt)</translation>
    </message>
    <message>
        <source>the recovery code</source>
        <translation>the recovery code</translation>
    </message>
    <message>
        <source>%1 created the register of %2.</source>
        <translation>%1 created the register of %2.</translation>
    </message>
    <message>
        <source>%1 added %2 as %3, cleared to %4.</source>
        <translation>%1 added %2 as %3, cleared to %4.</translation>
    </message>
    <message>
        <source>%1 put %2 in the need-to-know group %3.</source>
        <translation>%1 put %2 in the need-to-know group %3.</translation>
    </message>
    <message>
        <source>%1 removed %2 from the need-to-know group %3.</source>
        <translation>%1 removed %2 from the need-to-know group %3.</translation>
    </message>
    <message>
        <source>%1 disabled the account of %2.</source>
        <translation>%1 disabled the account of %2.</translation>
    </message>
    <message>
        <source>%1 changed their password.</source>
        <translation>%1 changed their password.</translation>
    </message>
    <message>
        <source>%1 reset the keys of %2 (break-glass recovery).</source>
        <translation>%1 reset the keys of %2 (break-glass recovery).</translation>
    </message>
    <message>
        <source>%1 sealed compartment keys: %2 new key(s), %3 given to people entitled.</source>
        <translation>%1 sealed compartment keys: %2 new key(s), %3 given to people entitled.</translation>
    </message>
    <message>
        <source>%1 moved the register to ledger rules %2 (from %3).</source>
        <translation>%1 moved the register to ledger rules %2 (from %3).</translation>
    </message>
    <message>
        <source>%1 added the need-to-know group %2.</source>
        <translation>%1 added the need-to-know group %2.</translation>
    </message>
    <message>
        <source>%1 added the container %2 (%3, %4).</source>
        <translation>%1 added the container %2 (%3, %4).</translation>
    </message>
    <message>
        <source>%1 was refused %2 on %3: %4.</source>
        <translation>%1 was refused %2 on %3: %4.</translation>
    </message>
    <message>
        <source>%1 set %2 to %3.</source>
        <translation>%1 set %2 to %3.</translation>
    </message>
    <message>
        <source>%1 adopted the policy pack %2 %3.</source>
        <translation>%1 adopted the policy pack %2 %3.</translation>
    </message>
    <message>
        <source>%1 logged in after %2 failed login(s): %3.</source>
        <translation>%1 logged in after %2 failed login(s): %3.</translation>
    </message>
    <message>
        <source>%1 backed up the register to %2 (head: event %3).</source>
        <translation>%1 backed up the register to %2 (head: event %3).</translation>
    </message>
    <message>
        <source>%1 restored the register from %2 (head: event %3).</source>
        <translation>%1 restored the register from %2 (head: event %3).</translation>
    </message>
    <message>
        <source>%1 registered %2 at %3 with %4 copy(ies).</source>
        <translation>%1 registered %2 at %3 with %4 copy(ies).</translation>
    </message>
    <message>
        <source>%1 opened the content of %2 (disclosure record).</source>
        <translation>%1 opened the content of %2 (disclosure record).</translation>
    </message>
    <message>
        <source>%1 was shown %2 (disclosure record).</source>
        <translation>%1 was shown %2 (disclosure record).</translation>
    </message>
    <message>
        <source>%1 opened the content of %2.</source>
        <translation>%1 opened the content of %2.</translation>
    </message>
    <message>
        <source>%1 sealed the content key of %2 to %3.</source>
        <translation>%1 sealed the content key of %2 to %3.</translation>
    </message>
    <message>
        <source>%1 re-encrypted %2 under fresh keys.</source>
        <translation>%1 re-encrypted %2 under fresh keys.</translation>
    </message>
    <message>
        <source>%1 upgraded %2 from %3 to %4.</source>
        <translation>%1 upgraded %2 from %3 to %4.</translation>
    </message>
    <message>
        <source>%1 declassified %2 (was %3).</source>
        <translation>%1 declassified %2 (was %3).</translation>
    </message>
    <message>
        <source>%1 downgraded %2 from %3 to %4.</source>
        <translation>%1 downgraded %2 from %3 to %4.</translation>
    </message>
    <message>
        <source>%1 recorded the approval to release %2 to %3 (reference %4).</source>
        <translation>%1 recorded the approval to release %2 to %3 (reference %4).</translation>
    </message>
    <message>
        <source>%1 recorded that the designation of %2 expired on %3.</source>
        <translation>%1 recorded that the designation of %2 expired on %3.</translation>
    </message>
    <message>
        <source>%1 handed %2 to %3 %4.</source>
        <translation>%1 handed %2 to %3 %4.</translation>
    </message>
    <message>
        <source>%1 stored %2 in %3.</source>
        <translation>%1 stored %2 in %3.</translation>
    </message>
    <message>
        <source>%1 issued %2 to %3 %4.</source>
        <translation>%1 issued %2 to %3 %4.</translation>
    </message>
    <message>
        <source>%1 dispatched %2 to %3 by %4 (receipt due %5).</source>
        <translation>%1 dispatched %2 to %3 by %4 (receipt due %5).</translation>
    </message>
    <message>
        <source>%1 recorded receipt %2 for %3.</source>
        <translation>%1 recorded receipt %2 for %3.</translation>
    </message>
    <message>
        <source>%1 destroyed %2 by %3 (no witness).</source>
        <translation>%1 destroyed %2 by %3 (no witness).</translation>
    </message>
    <message>
        <source>%1 destroyed %2 by %3, witnessed by %4.</source>
        <translation>%1 destroyed %2 by %3, witnessed by %4.</translation>
    </message>
    <message>
        <source>%1 reproduced %2: new copies %3.</source>
        <translation>%1 reproduced %2: new copies %3.</translation>
    </message>
    <message>
        <source>the loss</source>
        <translation>the loss</translation>
    </message>
    <message>
        <source>the compromise</source>
        <translation>the compromise</translation>
    </message>
    <message>
        <source>a possible compromise</source>
        <translation>a possible compromise</translation>
    </message>
    <message>
        <source>%1 reported %2 of %3 (incident %4).</source>
        <translation>%1 reported %2 of %3 (incident %4).</translation>
    </message>
    <message>
        <source>%1 updated incident %2: %3.</source>
        <translation>%1 updated incident %2: %3.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>%1 started inventory %2 of %3.</source>
        <translation>%1 started inventory %2 of %3.</translation>
    </message>
    <message>
        <source>the whole register</source>
        <translation>the whole register</translation>
    </message>
    <message>
        <source>%1 sighted %2 at inventory %3.</source>
        <translation>%1 sighted %2 at inventory %3.</translation>
    </message>
    <message>
        <source>%1 finished inventory %2: %3 present, %4 missing, %5 unexpected.</source>
        <translation>%1 finished inventory %2: %3 present, %4 missing, %5 unexpected.</translation>
    </message>
    <message>
        <source>%1 exported the audit trail (%2) for %3.</source>
        <translation>%1 exported the audit trail (%2) for %3.</translation>
    </message>
    <message>
        <source>%1 signed a checkpoint after event %2.</source>
        <translation>%1 signed a checkpoint after event %2.</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 issued %2 to %3 %4, due back %5.</source>
        <translation>%1 issued %2 to %3 %4, due back %5.</translation>
    </message>
    <message>
        <source>%1 recorded the debriefing of %2 on %3.</source>
        <translation>%1 recorded the debriefing of %2 on %3.</translation>
    </message>
    <message>
        <source>%1 recovered %2 from %3 into %4 (%5).</source>
        <translation>%1 recovered %2 from %3 into %4 (%5).</translation>
    </message>
    <message>
        <source>%1 opened the container %2.</source>
        <translation>%1 opened the container %2.</translation>
    </message>
    <message>
        <source>%1 closed the container %2.</source>
        <translation>%1 closed the container %2.</translation>
    </message>
    <message>
        <source>%1 checked that the container %2 is secured.</source>
        <translation>%1 checked that the container %2 is secured.</translation>
    </message>
    <message>
        <source>%1 recorded who knows the combination of %2: %3.</source>
        <translation>%1 recorded who knows the combination of %2: %3.</translation>
    </message>
    <message>
        <source>%1 recorded a change of the combination of %2, known to %3.</source>
        <translation>%1 recorded a change of the combination of %2, known to %3.</translation>
    </message>
    <message>
        <source>%1 lifted the reservation of the container %2.</source>
        <translation>%1 lifted the reservation of the container %2.</translation>
    </message>
    <message>
        <source>%1 reserved the container %2 for %3.</source>
        <translation>%1 reserved the container %2 for %3.</translation>
    </message>
</context>
<context>
    <name>kanribo::ExportDialog</name>
    <message>
        <source>Choose the file to export to.</source>
        <translation>Choose the file to export to.</translation>
    </message>
    <message>
        <source>Checking the request…</source>
        <translation>Checking the request…</translation>
    </message>
    <message>
        <source>Verifying the audit trail: event %1 of %2…</source>
        <translation>Verifying the audit trail: event %1 of %2…</translation>
    </message>
    <message>
        <source>Writing the export: event %1 of %2…</source>
        <translation>Writing the export: event %1 of %2…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written or recorded.</source>
        <translation>Export cancelled: nothing was written or recorded.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) (No. %1 to %2).</source>
        <translation>
            <numerusform>Exported %n event(s) (No. %1 to %2).</numerusform>
            <numerusform>Exported %n event(s) (No. %1 to %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Bundle digest: %1</source>
        <translation>Bundle digest: %1</translation>
    </message>
    <message>
        <source>Signed by: %1  %2</source>
        <translation>Signed by: %1  %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the accountability view: titles and details withheld from %1.</source>
        <translation>
            <numerusform>%n item(s) in the accountability view: titles and details withheld from %1.</numerusform>
            <numerusform>%n item(s) in the accountability view: titles and details withheld from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Head: event %1, hash %2 (a checkpoint: the trail before it verifies).</source>
        <translation>Head: event %1, hash %2 (a checkpoint: the trail before it verifies).</translation>
    </message>
    <message>
        <source>Head: event %1, hash %2 (the trail does not verify: no checkpoint).</source>
        <translation>Head: event %1, hash %2 (the trail does not verify: no checkpoint).</translation>
    </message>
    <message>
        <source>Give the inspector the signer&apos;s fingerprint by another way than the file: they check it when they verify the bundle.</source>
        <translation>Give the inspector the signer&apos;s fingerprint by another way than the file: they check it when they verify the bundle.</translation>
    </message>
    <message>
        <source>Export bundles (*.kbundle)</source>
        <translation>Export bundles (*.kbundle)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV tables (*.csv)</translation>
    </message>
    <message>
        <source>PDF reports (*.pdf)</source>
        <translation>PDF reports (*.pdf)</translation>
    </message>
    <message>
        <source>Export for inspection</source>
        <translation>Export for inspection</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Signed bundle (verifiable offline)</source>
        <translation>Signed bundle (verifiable offline)</translation>
    </message>
    <message>
        <source>CSV tables</source>
        <translation>CSV tables</translation>
    </message>
    <message>
        <source>PDF inspection report</source>
        <translation>PDF inspection report</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>&amp;For reader:</source>
        <translation>&amp;For reader:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <source>from this day (otherwise from the register&apos;s creation)</source>
        <translation>from this day (otherwise from the register&apos;s creation)</translation>
    </message>
    <message>
        <source>to this day (otherwise to today)</source>
        <translation>to this day (otherwise to today)</translation>
    </message>
    <message>
        <source>Items the reader may not see are left out; items seen only by control number have their titles withheld. A bundle cannot be redacted: it is refused for a reader not cleared for everything in it.</source>
        <translation>Items the reader may not see are left out; items seen only by control number have their titles withheld. A bundle cannot be redacted: it is refused for a reader not cleared for everything in it.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>event %1</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>signed by %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>about %1</translation>
    </message>
    <message>
        <source>The audit view as filtered: only the events %1. The other tables cover the whole period.</source>
        <translation>The audit view as filtered: only the events %1. The other tables cover the whole period.</translation>
    </message>
</context>
<context>
    <name>kanribo::FirstRunDialog</name>
    <message>
        <source>Create a register</source>
        <translation>Create a register</translation>
    </message>
    <message>
        <source>No register exists at %1 yet. Create it with its first security officer, who will administer people, groups and containers.</source>
        <translation>No register exists at %1 yet. Create it with its first security officer, who will administer people, groups and containers.</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>&amp;Facility:</translation>
    </message>
    <message>
        <source>Officer &amp;login:</source>
        <translation>Officer &amp;login:</translation>
    </message>
    <message>
        <source>Officer &amp;name:</source>
        <translation>Officer &amp;name:</translation>
    </message>
    <message>
        <source>Na&amp;tionality:</source>
        <translation>Na&amp;tionality:</translation>
    </message>
    <message>
        <source>&amp;Clearance:</source>
        <translation>&amp;Clearance:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firm password:</translation>
    </message>
    <message>
        <source>&amp;Key derivation:</source>
        <translation>&amp;Key derivation:</translation>
    </message>
    <message>
        <source>lower-case letters and digits, e.g. tanaka</source>
        <translation>lower-case letters and digits, e.g. tanaka</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3 code, e.g. JPN or USA</source>
        <translation>ISO 3166 alpha-3 code, e.g. JPN or USA</translation>
    </message>
    <message>
        <source>How hard Argon2id works to turn each password into a key. Slower is harder to guess.</source>
        <translation>How hard Argon2id works to turn each password into a key. Slower is harder to guess.</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Write this code down now and keep it in the safe. It is shown only this once. It is the only way back into the register if every officer&apos;s password is lost. Anyone who holds it can take over an account: protect it like the most sensitive material in the register.</source>
        <translation>Write this code down now and keep it in the safe. It is shown only this once. It is the only way back into the register if every officer&apos;s password is lost. Anyone who holds it can take over an account: protect it like the most sensitive material in the register.</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard (cleared after 30 seconds)</source>
        <translation>&amp;Copy to clipboard (cleared after 30 seconds)</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery code down and will keep it in the safe.</source>
        <translation>I have &amp;written the recovery code down and will keep it in the safe.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>kanribo::GroupMembershipDialog</name>
    <message>
        <source>Grant or revoke group membership</source>
        <translation>Grant or revoke group membership</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>G&amp;rant</source>
        <translation>G&amp;rant</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Re&amp;voke</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
</context>
<context>
    <name>kanribo::GroupsModel</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>kanribo::HandReceiptDialog</name>
    <message>
        <source>Hand receipt (transfer a copy)</source>
        <translation>Hand receipt (transfer a copy)</translation>
    </message>
    <message>
        <source>Issue a stored copy</source>
        <translation>Issue a stored copy</translation>
    </message>
    <message>
        <source>&amp;Copy:</source>
        <translation>&amp;Copy:</translation>
    </message>
    <message>
        <source>&amp;Receiver&apos;s login:</source>
        <translation>&amp;Receiver&apos;s login:</translation>
    </message>
    <message>
        <source>Receiver&apos;s &amp;password:</source>
        <translation>Receiver&apos;s &amp;password:</translation>
    </message>
    <message>
        <source>the receiver types it here, now</source>
        <translation>the receiver types it here, now</translation>
    </message>
    <message>
        <source>&amp;Sign hand receipt</source>
        <translation>&amp;Sign hand receipt</translation>
    </message>
    <message>
        <source>&amp;Issue and sign</source>
        <translation>&amp;Issue and sign</translation>
    </message>
    <message>
        <source>D&amp;ue back on:</source>
        <translation>D&amp;ue back on:</translation>
    </message>
</context>
<context>
    <name>kanribo::IdleLockDialog</name>
    <message>
        <source>Idle lock</source>
        <translation>Idle lock</translation>
    </message>
    <message>
        <source>&amp;Lock after (minutes):</source>
        <translation>&amp;Lock after (minutes):</translation>
    </message>
    <message>
        <source>Every window of this register locks after this many minutes without input.</source>
        <translation>Every window of this register locks after this many minutes without input.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>kanribo::IncidentUpdateDialog</name>
    <message>
        <source>Update incident %1</source>
        <translation>Update incident %1</translation>
    </message>
    <message>
        <source>Incident %1 — %2, reported %3 by %4
Copies: %5</source>
        <translation>Incident %1 — %2, reported %3 by %4
Copies: %5</translation>
    </message>
    <message>
        <source>&amp;Originator:</source>
        <translation>&amp;Originator:</translation>
    </message>
    <message>
        <source>The originating government has been notified</source>
        <translation>The originating government has been notified</translation>
    </message>
    <message>
        <source>Notified &amp;on:</source>
        <translation>Notified &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Findings:</translation>
    </message>
    <message>
        <source>Corrective &amp;measures:</source>
        <translation>Corrective &amp;measures:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Close the incident</source>
        <translation>Close the incident</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
</context>
<context>
    <name>kanribo::IncidentsModel</name>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Compromise</source>
        <translation>Compromise</translation>
    </message>
    <message>
        <source>Possible compromise</source>
        <translation>Possible compromise</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Originator notified</source>
        <translation>Originator notified</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Corrective measures</source>
        <translation>Corrective measures</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>kanribo::InventoryDialog</name>
    <message>
        <source>Inventory</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>Whole register</source>
        <translation>Whole register</translation>
    </message>
    <message>
        <source>S&amp;tart inventory</source>
        <translation>S&amp;tart inventory</translation>
    </message>
    <message>
        <source>Sight &amp;copy:</source>
        <translation>Sight &amp;copy:</translation>
    </message>
    <message>
        <source>type or scan a copy number, then Enter</source>
        <translation>type or scan a copy number, then Enter</translation>
    </message>
    <message>
        <source>&amp;Finish inventory…</source>
        <translation>&amp;Finish inventory…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Finish inventory</source>
        <translation>Finish inventory</translation>
    </message>
    <message>
        <source>Finish inventory %1? Every copy in scope that was not sighted is reported as lost and an incident is opened for it.</source>
        <translation>Finish inventory %1? Every copy in scope that was not sighted is reported as lost and an incident is opened for it.</translation>
    </message>
    <message>
        <source>whole register</source>
        <translation>whole register</translation>
    </message>
    <message>
        <source>Resumed inventory %1 (%2), started %3.</source>
        <translation>Resumed inventory %1 (%2), started %3.</translation>
    </message>
    <message>
        <source>Inventory %1 (%2), started %3.</source>
        <translation>Inventory %1 (%2), started %3.</translation>
    </message>
    <message>
        <source>Inventory %1 (%2) finished %3.</source>
        <translation>Inventory %1 (%2) finished %3.</translation>
    </message>
    <message>
        <source>No inventory is open. Choose the scope and start one.</source>
        <translation>No inventory is open. Choose the scope and start one.</translation>
    </message>
    <message numerus="yes">
        <source>Sighted so far: %n copy(ies)</source>
        <translation>
            <numerusform>Sighted so far: %n copy</numerusform>
            <numerusform>Sighted so far: %n copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Present: %n</source>
        <translation>
            <numerusform>&amp;Present: %n</numerusform>
            <numerusform>&amp;Present: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Missing: %n</source>
        <translation>
            <numerusform>&amp;Missing: %n</numerusform>
            <numerusform>&amp;Missing: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Unexpected: %n</source>
        <translation>
            <numerusform>&amp;Unexpected: %n</numerusform>
            <numerusform>&amp;Unexpected: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No incident was opened: every copy in scope was sighted.</source>
        <translation>No incident was opened: every copy in scope was sighted.</translation>
    </message>
    <message>
        <source>Incidents opened for the missing copies: %1. Record the originator&apos;s notification, the findings and the measures on the Incidents tab.</source>
        <translation>Incidents opened for the missing copies: %1. Record the originator&apos;s notification, the findings and the measures on the Incidents tab.</translation>
    </message>
</context>
<context>
    <name>kanribo::ItemDialog</name>
    <message>
        <source>%1   %2</source>
        <translation>%1   %2</translation>
    </message>
</context>
<context>
    <name>kanribo::ItemKey</name>
    <message>
        <source>An item key in the register is damaged or was altered.</source>
        <translation>An item key in the register is damaged or was altered.</translation>
    </message>
</context>
<context>
    <name>kanribo::Items</name>
    <message>
        <source>No item &apos;%1&apos;.</source>
        <translation>No item &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown portion mark &apos;(%1)&apos; in the title.</source>
        <translation>Unknown portion mark &apos;(%1)&apos; in the title.</translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation>The title is empty.</translation>
    </message>
    <message>
        <source>The title is too long (500 characters at most).</source>
        <translation>The title is too long (500 characters at most).</translation>
    </message>
    <message>
        <source>The title is marked %1, above the item&apos;s level.</source>
        <translation>The title is marked %1, above the item&apos;s level.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a nationality: use an ISO 3166 alpha-3 code such as USA or JPN.</source>
        <translation>&apos;%1&apos; is not a nationality: use an ISO 3166 alpha-3 code such as USA or JPN.</translation>
    </message>
    <message>
        <source>The number of copies must be between 1 and 999.</source>
        <translation>The number of copies must be between 1 and 999.</translation>
    </message>
    <message>
        <source>Unknown media type &apos;%1&apos;: use paper, electronic, removable or equipment.</source>
        <translation>Unknown media type &apos;%1&apos;: use paper, electronic, removable or equipment.</translation>
    </message>
    <message>
        <source>Unknown regime &apos;%1&apos; (known: %2).</source>
        <translation>Unknown regime &apos;%1&apos; (known: %2).</translation>
    </message>
    <message>
        <source>The regime %1 does not allow the level %2.</source>
        <translation>The regime %1 does not allow the level %2.</translation>
    </message>
    <message>
        <source>Unknown caveat &apos;%1&apos;.</source>
        <translation>Unknown caveat &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown TLP label &apos;%1&apos;.</source>
        <translation>Unknown TLP label &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No need-to-know group &apos;%1&apos;.</source>
        <translation>No need-to-know group &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A field is too long (500 characters at most).</source>
        <translation>A field is too long (500 characters at most).</translation>
    </message>
    <message>
        <source>Cannot read the content file %1: %2</source>
        <translation>Cannot read the content file %1: %2</translation>
    </message>
    <message>
        <source>The title is marked %1; a title should be unclassified.</source>
        <translation>The title is marked %1; a title should be unclassified.</translation>
    </message>
    <message>
        <source>The public key of %1 is malformed.</source>
        <translation>The public key of %1 is malformed.</translation>
    </message>
    <message>
        <source>No copy &apos;%1&apos;.</source>
        <translation>No copy &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The content key of %1 has not been sealed to you yet.</source>
        <translation>The content key of %1 has not been sealed to you yet.</translation>
    </message>
    <message>
        <source>The item %1 has no stored content.</source>
        <translation>The item %1 has no stored content.</translation>
    </message>
    <message>
        <source>The content record of %1 is missing.</source>
        <translation>The content record of %1 is missing.</translation>
    </message>
    <message>
        <source>The content is too large to show in memory; export it instead.</source>
        <translation>The content is too large to show in memory; export it instead.</translation>
    </message>
    <message>
        <source>The stored document content is damaged or was altered.</source>
        <translation>The stored document content is damaged or was altered.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Reclassification needs the originator&apos;s notice: who, date and reference.</source>
        <translation>Reclassification needs the originator&apos;s notice: who, date and reference.</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 is already %2.</translation>
    </message>
    <message>
        <source>The regime of %1 does not allow the level %2.</source>
        <translation>The regime of %1 does not allow the level %2.</translation>
    </message>
    <message>
        <source>Move these copies to a container approved for the new level first: %1</source>
        <translation>Move these copies to a container approved for the new level first: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a nationality.</source>
        <translation>&apos;%1&apos; is not a nationality.</translation>
    </message>
    <message>
        <source>A release needs the reference and date of the originating government&apos;s written approval.</source>
        <translation>A release needs the reference and date of the originating government&apos;s written approval.</translation>
    </message>
    <message>
        <source>%1 is marked %2: it cannot be released to another country.</source>
        <translation>%1 is marked %2: it cannot be released to another country.</translation>
    </message>
    <message>
        <source>A release of %1 to %2 is already recorded.</source>
        <translation>A release of %1 to %2 is already recorded.</translation>
    </message>
    <message>
        <source>Only officers and auditors read the disclosure record.</source>
        <translation>Only officers and auditors read the disclosure record.</translation>
    </message>
    <message>
        <source>The content of %1 was not recorded when the item was registered: it was added outside Kanribo.</source>
        <translation>The content of %1 was not recorded when the item was registered: it was added outside Kanribo.</translation>
    </message>
    <message>
        <source>table %1, row %2: %3 is not what the ledger says</source>
        <translation>table %1, row %2: %3 is not what the ledger says</translation>
    </message>
    <message>
        <source>the whole row (no event registered it)</source>
        <translation>the whole row (no event registered it)</translation>
    </message>
    <message>
        <source>the whole row (registered by an event, now missing)</source>
        <translation>the whole row (registered by an event, now missing)</translation>
    </message>
    <message>
        <source>Item %1 has no valid level.</source>
        <translation>Item %1 has no valid level.</translation>
    </message>
    <message>
        <source>Only officers and auditors read an item&apos;s access list.</source>
        <translation>Only officers and auditors read an item&apos;s access list.</translation>
    </message>
</context>
<context>
    <name>kanribo::ItemsModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Copies held / copies registered; where they are is shown in the detail pane</source>
        <translation>Copies held / copies registered; where they are is shown in the detail pane</translation>
    </message>
    <message>
        <source>Control no.</source>
        <translation>Control no.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Regime</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>Caveats</translation>
    </message>
    <message>
        <source>Copies held</source>
        <translation>Copies held</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>kanribo::Kdf</name>
    <message>
        <source>The key ring holds key-derivation limits out of range.</source>
        <translation>The key ring holds key-derivation limits out of range.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the password.</source>
        <translation>Not enough memory to derive the key from the password.</translation>
    </message>
</context>
<context>
    <name>kanribo::KeyRing</name>
    <message>
        <source>The key ring is damaged or not a Kanribo key ring: %1</source>
        <translation>The key ring is damaged or not a Kanribo key ring: %1</translation>
    </message>
    <message>
        <source>The key ring %1 is missing. A register needs its key ring beside it.</source>
        <translation>The key ring %1 is missing. A register needs its key ring beside it.</translation>
    </message>
    <message>
        <source>Cannot read the key ring %1: %2</source>
        <translation>Cannot read the key ring %1: %2</translation>
    </message>
    <message>
        <source>file too large</source>
        <translation>file too large</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>not valid JSON</translation>
    </message>
    <message>
        <source>wrong format name</source>
        <translation>wrong format name</translation>
    </message>
    <message>
        <source>The key ring has format version %1; this version of Kanribo reads up to %2. Use a newer Kanribo.</source>
        <translation>The key ring has format version %1; this version of Kanribo reads up to %2. Use a newer Kanribo.</translation>
    </message>
    <message>
        <source>bad version</source>
        <translation>bad version</translation>
    </message>
    <message>
        <source>bad register id</source>
        <translation>bad register id</translation>
    </message>
    <message>
        <source>bad lockout settings</source>
        <translation>bad lockout settings</translation>
    </message>
    <message>
        <source>no slots</source>
        <translation>no slots</translation>
    </message>
    <message>
        <source>bad or duplicate slot login</source>
        <translation>bad or duplicate slot login</translation>
    </message>
    <message>
        <source>unknown key derivation</source>
        <translation>unknown key derivation</translation>
    </message>
    <message>
        <source>bad slot fields</source>
        <translation>bad slot fields</translation>
    </message>
    <message>
        <source>key-derivation limits out of range</source>
        <translation>key-derivation limits out of range</translation>
    </message>
    <message>
        <source>Cannot write the key ring %1: %2</source>
        <translation>Cannot write the key ring %1: %2</translation>
    </message>
    <message>
        <source>Unknown login or wrong password.</source>
        <translation>Unknown login or wrong password.</translation>
    </message>
    <message>
        <source>Internal error: malformed slot secrets.</source>
        <translation>Internal error: malformed slot secrets.</translation>
    </message>
</context>
<context>
    <name>kanribo::Labels</name>
    <message>
        <source>Security officer</source>
        <translation>Security officer</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>Cleared staff</source>
        <translation>Cleared staff</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Interactive (fast, 64 MiB)</source>
        <translation>Interactive (fast, 64 MiB)</translation>
    </message>
    <message>
        <source>Moderate (recommended, 256 MiB)</source>
        <translation>Moderate (recommended, 256 MiB)</translation>
    </message>
    <message>
        <source>Sensitive (slow, 1 GiB)</source>
        <translation>Sensitive (slow, 1 GiB)</translation>
    </message>
    <message>
        <source>Test only</source>
        <translation>Test only</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Electronic</translation>
    </message>
    <message>
        <source>Removable media</source>
        <translation>Removable media</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>Registered mail</source>
        <translation>Registered mail</translation>
    </message>
    <message>
        <source>Hand-carry</source>
        <translation>Hand-carry</translation>
    </message>
    <message>
        <source>Burning</source>
        <translation>Burning</translation>
    </message>
    <message>
        <source>Cross-cut shredding</source>
        <translation>Cross-cut shredding</translation>
    </message>
    <message>
        <source>Pulping</source>
        <translation>Pulping</translation>
    </message>
    <message>
        <source>Pulverising</source>
        <translation>Pulverising</translation>
    </message>
    <message>
        <source>Disintegration</source>
        <translation>Disintegration</translation>
    </message>
    <message>
        <source>Degaussing</source>
        <translation>Degaussing</translation>
    </message>
    <message>
        <source>Other (prevents reconstruction)</source>
        <translation>Other (prevents reconstruction)</translation>
    </message>
</context>
<context>
    <name>kanribo::Language</name>
    <message>
        <source>Unclassified</source>
        <translation>Unclassified</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Top Secret</translation>
    </message>
</context>
<context>
    <name>kanribo::Ledger</name>
    <message>
        <source>Internal error: an event must be written inside a transaction.</source>
        <translation>Internal error: an event must be written inside a transaction.</translation>
    </message>
    <message>
        <source>The register is locked.</source>
        <translation>The register is locked.</translation>
    </message>
    <message>
        <source>The second person is not authenticated.</source>
        <translation>The second person is not authenticated.</translation>
    </message>
    <message>
        <source>event %1 is missing</source>
        <translation>event %1 is missing</translation>
    </message>
    <message>
        <source>event %1 is out of order</source>
        <translation>event %1 is out of order</translation>
    </message>
    <message>
        <source>event %1 does not link to the event before it</source>
        <translation>event %1 does not link to the event before it</translation>
    </message>
    <message>
        <source>event %1 was altered: its hash does not match its contents</source>
        <translation>event %1 was altered: its hash does not match its contents</translation>
    </message>
    <message>
        <source>event %1 is signed by %2, who has no key in the ledger</source>
        <translation>event %1 is signed by %2, who has no key in the ledger</translation>
    </message>
    <message>
        <source>event %1 lacks a co-signature</source>
        <translation>event %1 lacks a co-signature</translation>
    </message>
    <message>
        <source>event %1 is co-signed by %2, who has no key in the ledger</source>
        <translation>event %1 is co-signed by %2, who has no key in the ledger</translation>
    </message>
    <message>
        <source>event %1: the signature of %2 does not verify</source>
        <translation>event %1: the signature of %2 does not verify</translation>
    </message>
    <message>
        <source>verification cancelled</source>
        <translation>verification cancelled</translation>
    </message>
</context>
<context>
    <name>kanribo::LedgerState</name>
    <message>
        <source>the checkpoint does not name the event right before it</source>
        <translation>the checkpoint does not name the event right before it</translation>
    </message>
    <message>
        <source>event %1 (%2): %3</source>
        <translation>event %1 (%2): %3</translation>
    </message>
    <message>
        <source>only the first event of a register may create it</source>
        <translation>only the first event of a register may create it</translation>
    </message>
    <message>
        <source>the recovery key signs nothing but a reset of a user&apos;s keys</source>
        <translation>the recovery key signs nothing but a reset of a user&apos;s keys</translation>
    </message>
    <message>
        <source>the co-signer %1 is not an active user of the register</source>
        <translation>the co-signer %1 is not an active user of the register</translation>
    </message>
    <message>
        <source>a reset of a user&apos;s keys needs the recovery key and an officer present who signs</source>
        <translation>a reset of a user&apos;s keys needs the recovery key and an officer present who signs</translation>
    </message>
    <message>
        <source>the login %1 exists already or is not valid</source>
        <translation>the login %1 exists already or is not valid</translation>
    </message>
    <message>
        <source>its time is earlier than the event before it</source>
        <translation>its time is earlier than the event before it</translation>
    </message>
    <message>
        <source>the register must be created by the first officer it names, with the recovery key</source>
        <translation>the register must be created by the first officer it names, with the recovery key</translation>
    </message>
    <message>
        <source>the register was not created first</source>
        <translation>the register was not created first</translation>
    </message>
    <message>
        <source>%1 is not an active user of the register</source>
        <translation>%1 is not an active user of the register</translation>
    </message>
    <message>
        <source>the reset names no user of the register</source>
        <translation>the reset names no user of the register</translation>
    </message>
    <message>
        <source>the reset carries no valid keys</source>
        <translation>the reset carries no valid keys</translation>
    </message>
    <message>
        <source>%1 resets their own keys while %2, another officer, could sign</source>
        <translation>%1 resets their own keys while %2, another officer, could sign</translation>
    </message>
    <message>
        <source>%1 is not a security officer</source>
        <translation>%1 is not a security officer</translation>
    </message>
    <message>
        <source>the new user&apos;s record is incomplete</source>
        <translation>the new user&apos;s record is incomplete</translation>
    </message>
    <message>
        <source>no user %1</source>
        <translation>no user %1</translation>
    </message>
    <message>
        <source>only %1 changes their own password</source>
        <translation>only %1 changes their own password</translation>
    </message>
    <message>
        <source>no group %1</source>
        <translation>no group %1</translation>
    </message>
    <message>
        <source>the group exists already</source>
        <translation>the group exists already</translation>
    </message>
    <message>
        <source>the container exists already</source>
        <translation>the container exists already</translation>
    </message>
    <message>
        <source>%1 is not cleared for the level registered</source>
        <translation>%1 is not cleared for the level registered</translation>
    </message>
    <message>
        <source>%1 is neither an officer nor a custodian</source>
        <translation>%1 is neither an officer nor a custodian</translation>
    </message>
    <message>
        <source>%1 is neither an officer nor an auditor</source>
        <translation>%1 is neither an officer nor an auditor</translation>
    </message>
    <message>
        <source>%1 is not an officer, custodian or auditor</source>
        <translation>%1 is not an officer, custodian or auditor</translation>
    </message>
    <message>
        <source>no compartment %1</source>
        <translation>no compartment %1</translation>
    </message>
    <message>
        <source>the epoch of %1 is not the next one (%2)</source>
        <translation>the epoch of %1 is not the next one (%2)</translation>
    </message>
    <message>
        <source>the new key of %1 is not a valid public key</source>
        <translation>the new key of %1 is not a valid public key</translation>
    </message>
    <message>
        <source>the key of %1 is not sealed to exactly those entitled to it</source>
        <translation>the key of %1 is not sealed to exactly those entitled to it</translation>
    </message>
    <message>
        <source>no epoch %1 of %2</source>
        <translation>no epoch %1 of %2</translation>
    </message>
    <message>
        <source>%1 does not hold the key of %2 it seals</source>
        <translation>%1 does not hold the key of %2 it seals</translation>
    </message>
    <message>
        <source>%1 already holds the key of %2, or is not entitled to it</source>
        <translation>%1 already holds the key of %2, or is not entitled to it</translation>
    </message>
    <message>
        <source>the item key is not split over the item&apos;s compartments</source>
        <translation>the item key is not split over the item&apos;s compartments</translation>
    </message>
    <message>
        <source>the item key is not split over the current epoch of %1</source>
        <translation>the item key is not split over the current epoch of %1</translation>
    </message>
    <message>
        <source>the current key of %1 is held by someone no longer entitled to it</source>
        <translation>the current key of %1 is held by someone no longer entitled to it</translation>
    </message>
    <message>
        <source>the reset seals a key of %1 that %2 is not entitled to</source>
        <translation>the reset seals a key of %1 that %2 is not entitled to</translation>
    </message>
    <message>
        <source>the debriefing of %1 has no date, or one after the event</source>
        <translation>the debriefing of %1 has no date, or one after the event</translation>
    </message>
    <message>
        <source>no container %1</source>
        <translation>no container %1</translation>
    </message>
    <message>
        <source>%1 is not cleared for the container %2</source>
        <translation>%1 is not cleared for the container %2</translation>
    </message>
    <message>
        <source>the container %1 is not in the state this step needs</source>
        <translation>the container %1 is not in the state this step needs</translation>
    </message>
    <message>
        <source>%1 is not recorded as knowing the combination of %2</source>
        <translation>%1 is not recorded as knowing the combination of %2</translation>
    </message>
    <message>
        <source>%1 may not know the combination of %2</source>
        <translation>%1 may not know the combination of %2</translation>
    </message>
</context>
<context>
    <name>kanribo::LockScreen</name>
    <message>
        <source>Kanribo is locked</source>
        <translation>Kanribo is locked</translation>
    </message>
    <message>
        <source>Logged in as %1 — %2</source>
        <translation>Logged in as %1 — %2</translation>
    </message>
    <message>
        <source>Enter your &amp;password to unlock:</source>
        <translation>Enter your &amp;password to unlock:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
</context>
<context>
    <name>kanribo::LoginDialog</name>
    <message>
        <source>Kanribo — Log in</source>
        <translation>Kanribo — Log in</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>Register: %1</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>L&amp;anguage:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>&amp;Forgot password?</translation>
    </message>
    <message>
        <source>Recover access</source>
        <translation>Recover access</translation>
    </message>
    <message>
        <source>Your new password is set. Log in with it; an officer must re-seal the content you could open.</source>
        <translation>Your new password is set. Log in with it; an officer must re-seal the content you could open.</translation>
    </message>
    <message>
        <source>Try again in %1.</source>
        <translation>Try again in %1.</translation>
    </message>
</context>
<context>
    <name>kanribo::MainWindow</name>
    <message>
        <source>About Kanribo</source>
        <translation>About Kanribo</translation>
    </message>
    <message>
        <source>Kanribo %1 — a register of classified documents.
Licence: GPL-3.0-or-later.</source>
        <translation>Kanribo %1 — a register of classified documents.
Licence: GPL-3.0-or-later.</translation>
    </message>
    <message>
        <source>Kanribo — %1</source>
        <translation>Kanribo — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Items</translation>
    </message>
    <message>
        <source>&amp;Register item…</source>
        <translation>&amp;Register item…</translation>
    </message>
    <message>
        <source>&amp;Open content…</source>
        <translation>&amp;Open content…</translation>
    </message>
    <message>
        <source>&amp;Find in register</source>
        <translation>&amp;Find in register</translation>
    </message>
    <message>
        <source>Re&amp;classify…</source>
        <translation>Re&amp;classify…</translation>
    </message>
    <message>
        <source>Record release &amp;approval…</source>
        <translation>Record release &amp;approval…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Add &amp;user…</source>
        <translation>Add &amp;user…</translation>
    </message>
    <message>
        <source>Add &amp;group…</source>
        <translation>Add &amp;group…</translation>
    </message>
    <message>
        <source>Add &amp;container…</source>
        <translation>Add &amp;container…</translation>
    </message>
    <message>
        <source>G&amp;rant or revoke group…</source>
        <translation>G&amp;rant or revoke group…</translation>
    </message>
    <message>
        <source>&amp;Disable user…</source>
        <translation>&amp;Disable user…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Change my &amp;password…</translation>
    </message>
    <message>
        <source>&amp;About Kanribo</source>
        <translation>&amp;About Kanribo</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Groups</translation>
    </message>
    <message>
        <source>&amp;Containers</source>
        <translation>&amp;Containers</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>A&amp;udit</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Verify…</translation>
    </message>
    <message>
        <source>Check the hash chain and every signature of the audit trail</source>
        <translation>Check the hash chain and every signature of the audit trail</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>User: %1 — %2</source>
        <translation>User: %1 — %2</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <source>Clearance: %1</source>
        <translation>Clearance: %1</translation>
    </message>
    <message>
        <source>Facility: %1</source>
        <translation>Facility: %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message numerus="yes">
        <source>Registered %1 with %n copy(ies): %2.</source>
        <translation>
            <numerusform>Registered %1 with %n copy: %2.</numerusform>
            <numerusform>Registered %1 with %n copies: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnings:</translation>
    </message>
    <message>
        <source>Register item</source>
        <translation>Register item</translation>
    </message>
    <message>
        <source>Decrypting %1…</source>
        <translation>Decrypting %1…</translation>
    </message>
    <message>
        <source>Open content</source>
        <translation>Open content</translation>
    </message>
    <message>
        <source>Try again in %1.</source>
        <translation>Try again in %1.</translation>
    </message>
    <message>
        <source>Verifying the hash chain and the signatures…</source>
        <translation>Verifying the hash chain and the signatures…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Verify audit trail</source>
        <translation>Verify audit trail</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Verification cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n event(s), hash chain and signatures verified.</source>
        <translation>
            <numerusform>The audit trail is intact: %n event, hash chain and signatures verified.</numerusform>
            <numerusform>The audit trail is intact: %n events, hash chain and signatures verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail FAILED verification at event %1 of %2: %3</source>
        <translation>The audit trail FAILED verification at event %1 of %2: %3</translation>
    </message>
    <message>
        <source>&amp;Custody</source>
        <translation>&amp;Custody</translation>
    </message>
    <message>
        <source>&amp;Hand receipt (transfer)…</source>
        <translation>&amp;Hand receipt (transfer)…</translation>
    </message>
    <message>
        <source>&amp;Issue from storage…</source>
        <translation>&amp;Issue from storage…</translation>
    </message>
    <message>
        <source>Return to &amp;storage…</source>
        <translation>Return to &amp;storage…</translation>
    </message>
    <message>
        <source>&amp;Dispatch…</source>
        <translation>&amp;Dispatch…</translation>
    </message>
    <message>
        <source>Record returned &amp;receipt…</source>
        <translation>Record returned &amp;receipt…</translation>
    </message>
    <message>
        <source>Re&amp;produce or translate…</source>
        <translation>Re&amp;produce or translate…</translation>
    </message>
    <message>
        <source>D&amp;estroy…</source>
        <translation>D&amp;estroy…</translation>
    </message>
    <message>
        <source>Report &amp;loss or compromise…</source>
        <translation>Report &amp;loss or compromise…</translation>
    </message>
    <message>
        <source>In&amp;ventory…</source>
        <translation>In&amp;ventory…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>I&amp;ncidents</source>
        <translation>I&amp;ncidents</translation>
    </message>
    <message>
        <source>&amp;Open incidents only</source>
        <translation>&amp;Open incidents only</translation>
    </message>
    <message>
        <source>&amp;Update incident…</source>
        <translation>&amp;Update incident…</translation>
    </message>
    <message>
        <source>Record the originator&apos;s notification, the findings and the corrective measures; close</source>
        <translation>Record the originator&apos;s notification, the findings and the corrective measures; close</translation>
    </message>
    <message>
        <source>&amp;Idle lock time…</source>
        <translation>&amp;Idle lock time…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Back Up…</translation>
    </message>
    <message>
        <source>Copy the register and its key ring, verify the copy and record the backup</source>
        <translation>Copy the register and its key ring, verify the copy and record the backup</translation>
    </message>
    <message>
        <source>Back up the register</source>
        <translation>Back up the register</translation>
    </message>
    <message>
        <source>Kanribo registers (*.kanribo)</source>
        <translation>Kanribo registers (*.kanribo)</translation>
    </message>
    <message>
        <source>Backing up the register and verifying the copy…</source>
        <translation>Backing up the register and verifying the copy…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>The register was backed up to %1 and its key ring to %2; the copy verifies.

Head: event %3, hash %4.

Keep both files together, protected like the most highly classified item in the register.</source>
        <translation>The register was backed up to %1 and its key ring to %2; the copy verifies.

Head: event %3, hash %4.

Keep both files together, protected like the most highly classified item in the register.</translation>
    </message>
    <message>
        <source>Re-&amp;encrypt under fresh keys…</source>
        <translation>Re-&amp;encrypt under fresh keys…</translation>
    </message>
    <message>
        <source>Re-encrypt under fresh keys</source>
        <translation>Re-encrypt under fresh keys</translation>
    </message>
    <message>
        <source>Re-encrypt %1 and its content under fresh keys? Only the people entitled to it now will be able to open it; anyone who lost access and kept old keys will not.</source>
        <translation>Re-encrypt %1 and its content under fresh keys? Only the people entitled to it now will be able to open it; anyone who lost access and kept old keys will not.</translation>
    </message>
    <message>
        <source>Re-encrypting %1…</source>
        <translation>Re-encrypting %1…</translation>
    </message>
    <message>
        <source>%1 is encrypted under fresh keys.</source>
        <translation>%1 is encrypted under fresh keys.</translation>
    </message>
    <message>
        <source>&amp;Export for Inspection…</source>
        <translation>&amp;Export for Inspection…</translation>
    </message>
    <message>
        <source>Export the audit trail and the register for an inspector: a signed bundle, CSV tables or a PDF report</source>
        <translation>Export the audit trail and the register for an inspector: a signed bundle, CSV tables or a PDF report</translation>
    </message>
    <message>
        <source>&amp;Verify a Bundle…</source>
        <translation>&amp;Verify a Bundle…</translation>
    </message>
    <message>
        <source>Open an export bundle read-only and verify it, without this register</source>
        <translation>Open an export bundle read-only and verify it, without this register</translation>
    </message>
    <message>
        <source>Verify a bundle</source>
        <translation>Verify a bundle</translation>
    </message>
    <message>
        <source>Export bundles (*.kbundle);;All files (*)</source>
        <translation>Export bundles (*.kbundle);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Print Record…</source>
        <translation>&amp;Print Record…</translation>
    </message>
    <message>
        <source>Print the hand receipt, destruction certificate or reproduction record of the selected event</source>
        <translation>Print the hand receipt, destruction certificate or reproduction record of the selected event</translation>
    </message>
    <message>
        <source>Print record</source>
        <translation>Print record</translation>
    </message>
    <message>
        <source>&amp;Print Cover Sheets and Labels…</source>
        <translation>&amp;Print Cover Sheets and Labels…</translation>
    </message>
    <message>
        <source>Print cover sheets and labels</source>
        <translation>Print cover sheets and labels</translation>
    </message>
    <message>
        <source>Print container label</source>
        <translation>Print container label</translation>
    </message>
    <message>
        <source>&amp;Print Label…</source>
        <translation>&amp;Print Label…</translation>
    </message>
    <message>
        <source>Print a label for the selected container: its marking, id and QR code</source>
        <translation>Print a label for the selected container: its marking, id and QR code</translation>
    </message>
    <message>
        <source>E&amp;xport View…</source>
        <translation>E&amp;xport View…</translation>
    </message>
    <message>
        <source>Export the events of the view as filtered, as CSV tables or a PDF report</source>
        <translation>Export the events of the view as filtered, as CSV tables or a PDF report</translation>
    </message>
    <message>
        <source>O&amp;ffboard a person…</source>
        <translation>O&amp;ffboard a person…</translation>
    </message>
    <message>
        <source>Record &amp;opening</source>
        <translation>Record &amp;opening</translation>
    </message>
    <message>
        <source>Record &amp;closing</source>
        <translation>Record &amp;closing</translation>
    </message>
    <message>
        <source>End-of-day ch&amp;eck</source>
        <translation>End-of-day ch&amp;eck</translation>
    </message>
    <message>
        <source>Record that the selected container was checked closed and secured.</source>
        <translation>Record that the selected container was checked closed and secured.</translation>
    </message>
    <message>
        <source>Security container</source>
        <translation>Security container</translation>
    </message>
    <message>
        <source>%1 is recorded as open.</source>
        <translation>%1 is recorded as open.</translation>
    </message>
    <message>
        <source>%1 is recorded as closed.</source>
        <translation>%1 is recorded as closed.</translation>
    </message>
    <message>
        <source>%1 is checked: secured.</source>
        <translation>%1 is checked: secured.</translation>
    </message>
    <message>
        <source>Who knows the com&amp;bination…</source>
        <translation>Who knows the com&amp;bination…</translation>
    </message>
    <message>
        <source>Combination c&amp;hanged</source>
        <translation>Combination c&amp;hanged</translation>
    </message>
    <message>
        <source>Record that the selected container&apos;s combination was changed (never the combination itself).</source>
        <translation>Record that the selected container&apos;s combination was changed (never the combination itself).</translation>
    </message>
    <message>
        <source>Combination changed</source>
        <translation>Combination changed</translation>
    </message>
    <message>
        <source>Record that the combination of %1 was changed? Its custodians as recorded now are those who know the new one.</source>
        <translation>Record that the combination of %1 was changed? Its custodians as recorded now are those who know the new one.</translation>
    </message>
    <message>
        <source>The change of the combination of %1 is recorded.</source>
        <translation>The change of the combination of %1 is recorded.</translation>
    </message>
</context>
<context>
    <name>kanribo::Migrations</name>
    <message>
        <source>The register&apos;s schema version cannot be read.</source>
        <translation>The register&apos;s schema version cannot be read.</translation>
    </message>
    <message>
        <source>The register was written by a newer Kanribo (schema %1; this version reads up to %2). Use a newer Kanribo.</source>
        <translation>The register was written by a newer Kanribo (schema %1; this version reads up to %2). Use a newer Kanribo.</translation>
    </message>
</context>
<context>
    <name>kanribo::OffboardUserDialog</name>
    <message>
        <source>Holds no copies.</source>
        <translation>Holds no copies.</translation>
    </message>
    <message numerus="yes">
        <source>Holds %n copies: %1</source>
        <translation>
            <numerusform>Holds %n copy: %1</numerusform>
            <numerusform>Holds %n copies: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Offboard a person</source>
        <translation>Offboard a person</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Holdings:</source>
        <translation>Holdings:</translation>
    </message>
    <message>
        <source>&amp;Recover copies into:</source>
        <translation>&amp;Recover copies into:</translation>
    </message>
    <message>
        <source>&amp;Debriefed on:</source>
        <translation>&amp;Debriefed on:</translation>
    </message>
    <message>
        <source>&amp;Offboard</source>
        <translation>&amp;Offboard</translation>
    </message>
    <message>
        <source>Offboard %1: record the debriefing on %2 and disable the account?</source>
        <translation>Offboard %1: record the debriefing on %2 and disable the account?</translation>
    </message>
    <message>
        <source>Offboard %1: recover %2 into %3, record the debriefing on %4 and disable the account?</source>
        <translation>Offboard %1: recover %2 into %3, record the debriefing on %4 and disable the account?</translation>
    </message>
</context>
<context>
    <name>kanribo::Paperwork</name>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Marking</translation>
    </message>
    <message>
        <source>Hand receipt</source>
        <translation>Hand receipt</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Receipt signed in the register</source>
        <translation>Receipt signed in the register</translation>
    </message>
    <message>
        <source>yes, with the receiver&apos;s own key</source>
        <translation>yes, with the receiver&apos;s own key</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The receiver keeps this receipt. The copy is charged to the receiver until it is returned, transferred, stored or destroyed, each recorded in the register.</source>
        <translation>The receiver keeps this receipt. The copy is charged to the receiver until it is returned, transferred, stored or destroyed, each recorded in the register.</translation>
    </message>
    <message>
        <source>Certificate of destruction</source>
        <translation>Certificate of destruction</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Destroyed by</source>
        <translation>Destroyed by</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>We certify that the copy above was destroyed completely by the method shown, beyond recognition or reconstruction.</source>
        <translation>We certify that the copy above was destroyed completely by the method shown, beyond recognition or reconstruction.</translation>
    </message>
    <message>
        <source>Reproduction record</source>
        <translation>Reproduction record</translation>
    </message>
    <message>
        <source>New copies</source>
        <translation>New copies</translation>
    </message>
    <message>
        <source>Reproduced by</source>
        <translation>Reproduced by</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Each new copy is marked as the original and entered in the register under its own number.</source>
        <translation>Each new copy is marked as the original and entered in the register under its own number.</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Register entry</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>event %1</translation>
    </message>
    <message>
        <source>Event hash</source>
        <translation>Event hash</translation>
    </message>
    <message>
        <source>Scan to find this entry in the register: event %1.</source>
        <translation>Scan to find this entry in the register: event %1.</translation>
    </message>
    <message>
        <source>Cover sheet</source>
        <translation>Cover sheet</translation>
    </message>
    <message>
        <source>This cover sheet stays on the copy while it is out of its container. The copy is shown only to people cleared for its level who need to know it, and every hand-over is recorded in the register.</source>
        <translation>This cover sheet stays on the copy while it is out of its container. The copy is shown only to people cleared for its level who need to know it, and every hand-over is recorded in the register.</translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation>Labels: %1</translation>
    </message>
    <message>
        <source>Container approved up to %1</source>
        <translation>Container approved up to %1</translation>
    </message>
</context>
<context>
    <name>kanribo::PasswordPolicy</name>
    <message>
        <source>The password is too long.</source>
        <translation>The password is too long.</translation>
    </message>
    <message>
        <source>A password cannot contain a NUL character.</source>
        <translation>A password cannot contain a NUL character.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>A password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>This password is too easy to guess (about 2^%1 guesses; at least 2^%2 are needed): avoid common words and patterns, and your name, login or facility; a longer phrase of unrelated words is stronger.</source>
        <translation>This password is too easy to guess (about 2^%1 guesses; at least 2^%2 are needed): avoid common words and patterns, and your name, login or facility; a longer phrase of unrelated words is stronger.</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>poor</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>fair</translation>
    </message>
    <message>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>excellent</translation>
    </message>
</context>
<context>
    <name>kanribo::PasswordStrengthLabel</name>
    <message>
        <source>At least %1 characters and hard to guess: a phrase of unrelated words is best.</source>
        <translation>At least %1 characters and hard to guess: a phrase of unrelated words is best.</translation>
    </message>
    <message>
        <source>Strength: %1 (about 2^%2 guesses).</source>
        <translation>Strength: %1 (about 2^%2 guesses).</translation>
    </message>
</context>
<context>
    <name>kanribo::People</name>
    <message>
        <source>No user with the login &apos;%1&apos;.</source>
        <translation>No user with the login &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid login: use 1–32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>&apos;%1&apos; is not a valid login: use 1–32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</translation>
    </message>
    <message>
        <source>A name of 1–200 characters is required.</source>
        <translation>A name of 1–200 characters is required.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a nationality: use an ISO 3166 alpha-3 code such as JPN or USA.</source>
        <translation>&apos;%1&apos; is not a nationality: use an ISO 3166 alpha-3 code such as JPN or USA.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid group name.</source>
        <translation>&apos;%1&apos; is not a valid group name.</translation>
    </message>
    <message>
        <source>The login &apos;%1&apos; exists already.</source>
        <translation>The login &apos;%1&apos; exists already.</translation>
    </message>
    <message>
        <source>No need-to-know group &apos;%1&apos;.</source>
        <translation>No need-to-know group &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 is already in the group %2.</source>
        <translation>%1 is already in the group %2.</translation>
    </message>
    <message>
        <source>%1 is not in the group %2.</source>
        <translation>%1 is not in the group %2.</translation>
    </message>
    <message>
        <source>The account %1 is already disabled.</source>
        <translation>The account %1 is already disabled.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid group name: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (up to 64).</source>
        <translation>&apos;%1&apos; is not a valid group name: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (up to 64).</translation>
    </message>
    <message>
        <source>The group &apos;%1&apos; exists already.</source>
        <translation>The group &apos;%1&apos; exists already.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid container id.</source>
        <translation>&apos;%1&apos; is not a valid container id.</translation>
    </message>
    <message>
        <source>The location is too long (200 characters at most).</source>
        <translation>The location is too long (200 characters at most).</translation>
    </message>
    <message>
        <source>The container &apos;%1&apos; exists already.</source>
        <translation>The container &apos;%1&apos; exists already.</translation>
    </message>
    <message>
        <source>No container &apos;%1&apos;.</source>
        <translation>No container &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>table %1, row %2: %3 is not what the ledger says</source>
        <translation>table %1, row %2: %3 is not what the ledger says</translation>
    </message>
    <message>
        <source>the whole row (no event added this user)</source>
        <translation>the whole row (no event added this user)</translation>
    </message>
    <message>
        <source>the need-to-know groups</source>
        <translation>the need-to-know groups</translation>
    </message>
    <message>
        <source>the missing row</source>
        <translation>the missing row</translation>
    </message>
    <message>
        <source>the number of groups</source>
        <translation>the number of groups</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>the group</translation>
    </message>
    <message>
        <source>the number of containers</source>
        <translation>the number of containers</translation>
    </message>
    <message>
        <source>the container</source>
        <translation>the container</translation>
    </message>
    <message>
        <source>the register&apos;s settings</source>
        <translation>the register&apos;s settings</translation>
    </message>
    <message>
        <source>the setting</source>
        <translation>the setting</translation>
    </message>
    <message>
        <source>You cannot offboard yourself; another officer does that.</source>
        <translation>You cannot offboard yourself; another officer does that.</translation>
    </message>
    <message>
        <source>The debriefing date %1 is in the future: record a debriefing once it has taken place.</source>
        <translation>The debriefing date %1 is in the future: record a debriefing once it has taken place.</translation>
    </message>
    <message>
        <source>%1 has been offboarded already (debriefed on %2).</source>
        <translation>%1 has been offboarded already (debriefed on %2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n copies (%2): name a container approved for them to recover them into.</source>
        <translation>
            <numerusform>%1 holds %n copy (%2): name a container approved for it to recover it into.</numerusform>
            <numerusform>%1 holds %n copies (%2): name a container approved for them to recover them into.</numerusform>
        </translation>
    </message>
    <message>
        <source>offboarding of %1</source>
        <translation>offboarding of %1</translation>
    </message>
    <message>
        <source>The container %1 is open already.</source>
        <translation>The container %1 is open already.</translation>
    </message>
    <message>
        <source>The container %1 is not open.</source>
        <translation>The container %1 is not open.</translation>
    </message>
    <message>
        <source>The container %1 is open: secure it and record the closing before the check.</source>
        <translation>The container %1 is open: secure it and record the closing before the check.</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>The account %1 is disabled.</translation>
    </message>
    <message>
        <source>%1 is not cleared for the container %2 (%3).</source>
        <translation>%1 is not cleared for the container %2 (%3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a nationality (three capital letters, e.g. USA).</source>
        <translation>&apos;%1&apos; is not a nationality (three capital letters, e.g. USA).</translation>
    </message>
    <message>
        <source>The policy pack has no regime &apos;%1&apos;.</source>
        <translation>The policy pack has no regime &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>kanribo::PolicyPack</name>
    <message>
        <source>Policy pack: %1: %2</source>
        <translation>Policy pack: %1: %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>Cannot read the policy pack %1: %2</source>
        <translation>Cannot read the policy pack %1: %2</translation>
    </message>
    <message>
        <source>file too large</source>
        <translation>file too large</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 at offset %2</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>the top level must be an object</translation>
    </message>
    <message>
        <source>must be &quot;kanribo-policy&quot;</source>
        <translation>must be &quot;kanribo-policy&quot;</translation>
    </message>
    <message>
        <source>unsupported version %1 (this Kanribo reads version 1)</source>
        <translation>unsupported version %1 (this Kanribo reads version 1)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>at least one party nationality is required</source>
        <translation>at least one party nationality is required</translation>
    </message>
    <message>
        <source>exactly four levels are required</source>
        <translation>exactly four levels are required</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos;</source>
        <translation>unknown level &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be %1 for %2</source>
        <translation>must be %1 for %2</translation>
    </message>
    <message>
        <source>level given twice</source>
        <translation>level given twice</translation>
    </message>
    <message>
        <source>&quot;us&quot; and &quot;portion&quot; are required</source>
        <translation>&quot;us&quot; and &quot;portion&quot; are required</translation>
    </message>
    <message>
        <source>the Japanese equivalent is required</source>
        <translation>the Japanese equivalent is required</translation>
    </message>
    <message>
        <source>&quot;banner&quot; and &quot;text&quot; must be colours like #C8102E</source>
        <translation>&quot;banner&quot; and &quot;text&quot; must be colours like #C8102E</translation>
    </message>
    <message>
        <source>missing or duplicate id</source>
        <translation>missing or duplicate id</translation>
    </message>
    <message>
        <source>at least one level is required</source>
        <translation>at least one level is required</translation>
    </message>
    <message>
        <source>must be between 0 and 60</source>
        <translation>must be between 0 and 60</translation>
    </message>
    <message>
        <source>required when validity_years is set</source>
        <translation>required when validity_years is set</translation>
    </message>
    <message>
        <source>missing id</source>
        <translation>missing id</translation>
    </message>
    <message>
        <source>must be none, originator-only or listed, not &apos;%1&apos;</source>
        <translation>must be none, originator-only or listed, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must contain a number field such as {NNNNNN}</source>
        <translation>must contain a number field such as {NNNNNN}</translation>
    </message>
    <message>
        <source>1–4 capital letters required</source>
        <translation>1–4 capital letters required</translation>
    </message>
    <message>
        <source>must be between 0 and 120</source>
        <translation>must be between 0 and 120</translation>
    </message>
    <message>
        <source>at least one method is required</source>
        <translation>at least one method is required</translation>
    </message>
    <message>
        <source>must be between 1 and 100</source>
        <translation>must be between 1 and 100</translation>
    </message>
</context>
<context>
    <name>kanribo::Reason</name>
    <message>
        <source>the account is disabled</source>
        <translation>the account is disabled</translation>
    </message>
    <message>
        <source>clearance %1 is below the level %2</source>
        <translation>clearance %1 is below the level %2</translation>
    </message>
    <message>
        <source>the clearance expired on %1</source>
        <translation>the clearance expired on %1</translation>
    </message>
    <message>
        <source>no briefing on handling responsibilities is recorded</source>
        <translation>no briefing on handling responsibilities is recorded</translation>
    </message>
    <message>
        <source>not in the need-to-know group %1</source>
        <translation>not in the need-to-know group %1</translation>
    </message>
    <message>
        <source>nationality %1 is a third country: release needs the originating government&apos;s written approval</source>
        <translation>nationality %1 is a third country: release needs the originating government&apos;s written approval</translation>
    </message>
    <message>
        <source>nationality %1 is not releasable under the item&apos;s caveats</source>
        <translation>nationality %1 is not releasable under the item&apos;s caveats</translation>
    </message>
    <message>
        <source>the caveats make the item unreleasable to %1, the facility&apos;s nationality: it cannot be held here</source>
        <translation>the caveats make the item unreleasable to %1, the facility&apos;s nationality: it cannot be held here</translation>
    </message>
    <message>
        <source>your clearance is below the new level %1</source>
        <translation>your clearance is below the new level %1</translation>
    </message>
    <message>
        <source>the copies would be charged to you, but you may not hold them</source>
        <translation>the copies would be charged to you, but you may not hold them</translation>
    </message>
    <message>
        <source>the container %1 is approved only up to %2</source>
        <translation>the container %1 is approved only up to %2</translation>
    </message>
    <message>
        <source>the container %1 is approved for %2, above your clearance</source>
        <translation>the container %1 is approved for %2, above your clearance</translation>
    </message>
    <message>
        <source>this needs the role %1</source>
        <translation>this needs the role %1</translation>
    </message>
    <message>
        <source>no content key is sealed to you; a holder of the key must log in to extend access</source>
        <translation>no content key is sealed to you; a holder of the key must log in to extend access</translation>
    </message>
    <message>
        <source>%1 may not hold this item</source>
        <translation>%1 may not hold this item</translation>
    </message>
    <message>
        <source>a signed hand receipt is required: the receiver must enter their own password</source>
        <translation>a signed hand receipt is required: the receiver must enter their own password</translation>
    </message>
    <message>
        <source>reproduction of %1 needs the originator&apos;s written consent</source>
        <translation>reproduction of %1 needs the originator&apos;s written consent</translation>
    </message>
    <message>
        <source>two-person rule: an approving officer must co-sign this reproduction</source>
        <translation>two-person rule: an approving officer must co-sign this reproduction</translation>
    </message>
    <message>
        <source>the approver %1 is not a security officer</source>
        <translation>the approver %1 is not a security officer</translation>
    </message>
    <message>
        <source>the approver %1 may not access this item</source>
        <translation>the approver %1 may not access this item</translation>
    </message>
    <message>
        <source>two-person rule: destruction of %1 needs a witness who signs at the time</source>
        <translation>two-person rule: destruction of %1 needs a witness who signs at the time</translation>
    </message>
    <message>
        <source>the witness %1 is not cleared for this item</source>
        <translation>the witness %1 is not cleared for this item</translation>
    </message>
    <message>
        <source>two-person rule: the second person must be someone else</source>
        <translation>two-person rule: the second person must be someone else</translation>
    </message>
    <message>
        <source>break-glass needs a second person</source>
        <translation>break-glass needs a second person</translation>
    </message>
    <message>
        <source>the incident concerns material outside your need-to-know groups</source>
        <translation>the incident concerns material outside your need-to-know groups</translation>
    </message>
    <message>
        <source>only officers, custodians and auditors see another person&apos;s holdings</source>
        <translation>only officers, custodians and auditors see another person&apos;s holdings</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the range are about material that %1 or you may not see in full (need-to-know, releasability or clearance); a bundle cannot be redacted — export CSV or PDF for this reader, or a narrower range</source>
        <translation>
            <numerusform>%n event in the range is about material that %1 or you may not see in full (need-to-know, releasability or clearance); a bundle cannot be redacted — export CSV or PDF for this reader, or a narrower range</numerusform>
            <numerusform>%n events in the range are about material that %1 or you may not see in full (need-to-know, releasability or clearance); a bundle cannot be redacted — export CSV or PDF for this reader, or a narrower range</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is cleared to %2, below the highest level in the range (%3); a bundle cannot be redacted — export CSV or PDF for this reader, or a narrower range</source>
        <translation>%1 is cleared to %2, below the highest level in the range (%3); a bundle cannot be redacted — export CSV or PDF for this reader, or a narrower range</translation>
    </message>
    <message>
        <source>Not sighted at inventory %1 (%2).</source>
        <translation>Not sighted at inventory %1 (%2).</translation>
    </message>
    <message>
        <source>whole register</source>
        <translation>whole register</translation>
    </message>
    <message>
        <source>you are not recorded as knowing the combination of the container %1</source>
        <translation>you are not recorded as knowing the combination of the container %1</translation>
    </message>
    <message>
        <source>the container %1 is reserved for other material (%2)</source>
        <translation>the container %1 is reserved for other material (%2)</translation>
    </message>
</context>
<context>
    <name>kanribo::ReclassifyDialog</name>
    <message>
        <source>Reclassify item</source>
        <translation>Reclassify item</translation>
    </message>
    <message>
        <source>&amp;New level:</source>
        <translation>&amp;New level:</translation>
    </message>
    <message>
        <source>Notice &amp;by (originator):</source>
        <translation>Notice &amp;by (originator):</translation>
    </message>
    <message>
        <source>Notice &amp;date:</source>
        <translation>Notice &amp;date:</translation>
    </message>
    <message>
        <source>Notice &amp;reference:</source>
        <translation>Notice &amp;reference:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <source>&amp;Reclassify</source>
        <translation>&amp;Reclassify</translation>
    </message>
</context>
<context>
    <name>kanribo::RecordReceiptDialog</name>
    <message>
        <source>Record the returned receipt</source>
        <translation>Record the returned receipt</translation>
    </message>
    <message>
        <source>&amp;Copy:</source>
        <translation>&amp;Copy:</translation>
    </message>
    <message>
        <source>&amp;Receipt no.:</source>
        <translation>&amp;Receipt no.:</translation>
    </message>
    <message>
        <source>&amp;Record receipt</source>
        <translation>&amp;Record receipt</translation>
    </message>
</context>
<context>
    <name>kanribo::RecoverAccessDialog</name>
    <message>
        <source>Recover access</source>
        <translation>Recover access</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>Recovery &amp;code:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firm password:</translation>
    </message>
    <message>
        <source>&amp;Set new password</source>
        <translation>&amp;Set new password</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <source>Type the register&apos;s recovery code and a new password. A security officer other than you must be present and sign with their own password; only the register&apos;s only officer recovers without one. The new keys are recorded in the audit trail, signed by the officer, and the content you could open is re-sealed to you.</source>
        <translation>Type the register&apos;s recovery code and a new password. A security officer other than you must be present and sign with their own password; only the register&apos;s only officer recovers without one. The new keys are recorded in the audit trail, signed by the officer, and the content you could open is re-sealed to you.</translation>
    </message>
    <message>
        <source>&amp;Officer present:</source>
        <translation>&amp;Officer present:</translation>
    </message>
    <message>
        <source>Officer&apos;s pass&amp;word:</source>
        <translation>Officer&apos;s pass&amp;word:</translation>
    </message>
</context>
<context>
    <name>kanribo::Register</name>
    <message>
        <source>The cryptography library cannot be initialised.</source>
        <translation>The cryptography library cannot be initialised.</translation>
    </message>
    <message>
        <source>The first user of a register must be a security officer.</source>
        <translation>The first user of a register must be a security officer.</translation>
    </message>
    <message>
        <source>The facility name is too long (200 characters at most).</source>
        <translation>The facility name is too long (200 characters at most).</translation>
    </message>
    <message>
        <source>A register already exists at %1.</source>
        <translation>A register already exists at %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>The register %1 does not exist.</source>
        <translation>The register %1 does not exist.</translation>
    </message>
    <message>
        <source>The key ring does not belong to this register.</source>
        <translation>The key ring does not belong to this register.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recovery</translation>
    </message>
    <message>
        <source>Unknown login or wrong password.</source>
        <translation>Unknown login or wrong password.</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>The account %1 is disabled.</translation>
    </message>
    <message>
        <source>The key ring and the register disagree about %1&apos;s key.</source>
        <translation>The key ring and the register disagree about %1&apos;s key.</translation>
    </message>
    <message>
        <source>The recovery code is not correct.</source>
        <translation>The recovery code is not correct.</translation>
    </message>
    <message>
        <source>The register is locked.</source>
        <translation>The register is locked.</translation>
    </message>
    <message>
        <source>the register file is damaged: %1</source>
        <translation>the register file is damaged: %1</translation>
    </message>
    <message>
        <source>The register %1 cannot be written: it is on read-only media or its folder or files are read-only. Kanribo records every login in it; copy the register and its key ring to a writable folder.</source>
        <translation>The register %1 cannot be written: it is on read-only media or its folder or files are read-only. Kanribo records every login in it; copy the register and its key ring to a writable folder.</translation>
    </message>
    <message>
        <source>The idle lock time must be between 1 and 1440 minutes.</source>
        <translation>The idle lock time must be between 1 and 1440 minutes.</translation>
    </message>
    <message>
        <source>The policy pack adopted by event %1 has been removed from the register outside Kanribo. The register is not opened.</source>
        <translation>The policy pack adopted by event %1 has been removed from the register outside Kanribo. The register is not opened.</translation>
    </message>
    <message>
        <source>The policy pack in use in this register was not adopted by a signed event (policy.adopted): it was written into the register outside Kanribo. The register is not opened.</source>
        <translation>The policy pack in use in this register was not adopted by a signed event (policy.adopted): it was written into the register outside Kanribo. The register is not opened.</translation>
    </message>
    <message>
        <source>table meta, row policy_pack: the policy pack in use is not the one last adopted by a signed event (policy.adopted)</source>
        <translation>table meta, row policy_pack: the policy pack in use is not the one last adopted by a signed event (policy.adopted)</translation>
    </message>
    <message>
        <source>The policy pack is too large (4 MiB at most).</source>
        <translation>The policy pack is too large (4 MiB at most).</translation>
    </message>
    <message>
        <source>The policy pack is not UTF-8 text.</source>
        <translation>The policy pack is not UTF-8 text.</translation>
    </message>
    <message>
        <source>table %1, row %2: %3 is not what the ledger says</source>
        <translation>table %1, row %2: %3 is not what the ledger says</translation>
    </message>
    <message>
        <source>a second row for event %1</source>
        <translation>a second row for event %1</translation>
    </message>
    <message>
        <source>the whole row (no %1 event recorded it)</source>
        <translation>the whole row (no %1 event recorded it)</translation>
    </message>
    <message>
        <source>of event %1</source>
        <translation>of event %1</translation>
    </message>
    <message>
        <source>the whole row (recorded, now missing)</source>
        <translation>the whole row (recorded, now missing)</translation>
    </message>
    <message>
        <source>The seal belongs to another register.</source>
        <translation>The seal belongs to another register.</translation>
    </message>
    <message>
        <source>the seal of %1 by %2</source>
        <translation>the seal of %1 by %2</translation>
    </message>
    <message>
        <source>The export bundle does not verify: %1</source>
        <translation>The export bundle does not verify: %1</translation>
    </message>
    <message>
        <source>The export bundle belongs to another register.</source>
        <translation>The export bundle belongs to another register.</translation>
    </message>
    <message>
        <source>the export bundle signed by %1</source>
        <translation>the export bundle signed by %1</translation>
    </message>
    <message>
        <source>the trail ends at event %1, but %2 covered events up to %3: recorded events were removed</source>
        <translation>the trail ends at event %1, but %2 covered events up to %3: recorded events were removed</translation>
    </message>
    <message>
        <source>event %1 is not the one %2 recorded: the trail was rewritten from there or before</source>
        <translation>event %1 is not the one %2 recorded: the trail was rewritten from there or before</translation>
    </message>
    <message>
        <source>The audit trail does not verify: event %1 fails: %2</source>
        <translation>The audit trail does not verify: event %1 fails: %2</translation>
    </message>
    <message>
        <source>An officer other than %1 must be present and sign.</source>
        <translation>An officer other than %1 must be present and sign.</translation>
    </message>
    <message>
        <source>An officer must be present and sign the recovery of %1&apos;s access.</source>
        <translation>An officer must be present and sign the recovery of %1&apos;s access.</translation>
    </message>
    <message>
        <source>%1 is not an active security officer.</source>
        <translation>%1 is not an active security officer.</translation>
    </message>
    <message>
        <source>Only officers, custodians and auditors sign checkpoints.</source>
        <translation>Only officers, custodians and auditors sign checkpoints.</translation>
    </message>
    <message>
        <source>the whole row (no event recorded it)</source>
        <translation>the whole row (no event recorded it)</translation>
    </message>
    <message>
        <source>the whole row (updated, never reported)</source>
        <translation>the whole row (updated, never reported)</translation>
    </message>
    <message>
        <source>the whole row (used, never started)</source>
        <translation>the whole row (used, never started)</translation>
    </message>
    <message>
        <source>the copies</source>
        <translation>the copies</translation>
    </message>
    <message>
        <source>the sighting</source>
        <translation>the sighting</translation>
    </message>
</context>
<context>
    <name>kanribo::RegisterItemDialog</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(charged to me)</source>
        <translation>(charged to me)</translation>
    </message>
    <message>
        <source>Register item</source>
        <translation>Register item</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Originating government:</source>
        <translation>&amp;Originating government:</translation>
    </message>
    <message>
        <source>Re&amp;gime:</source>
        <translation>Re&amp;gime:</translation>
    </message>
    <message>
        <source>&amp;Caveats:</source>
        <translation>&amp;Caveats:</translation>
    </message>
    <message>
        <source>T&amp;LP:</source>
        <translation>T&amp;LP:</translation>
    </message>
    <message>
        <source>&amp;Need-to-know groups:</source>
        <translation>&amp;Need-to-know groups:</translation>
    </message>
    <message>
        <source>Cop&amp;ies, storage, media:</source>
        <translation>Cop&amp;ies, storage, media:</translation>
    </message>
    <message>
        <source>Content &amp;file:</source>
        <translation>Content &amp;file:</translation>
    </message>
    <message>
        <source>(U) Radar maintenance manual — start with a portion mark</source>
        <translation>(U) Radar maintenance manual — start with a portion mark</translation>
    </message>
    <message>
        <source>REL TO: e.g. USA, JPN</source>
        <translation>REL TO: e.g. USA, JPN</translation>
    </message>
    <message>
        <source>optional: encrypted into the register</source>
        <translation>optional: encrypted into the register</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>Number of copies</translation>
    </message>
    <message>
        <source>Container the copies are stored in</source>
        <translation>Container the copies are stored in</translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation>&amp;Authority</translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation>&amp;Receipt</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <source>Classified by:</source>
        <translation>Classified by:</translation>
    </message>
    <message>
        <source>Derived from / reason:</source>
        <translation>Derived from / reason:</translation>
    </message>
    <message>
        <source>Declassify on (date or event):</source>
        <translation>Declassify on (date or event):</translation>
    </message>
    <message>
        <source>Received from:</source>
        <translation>Received from:</translation>
    </message>
    <message>
        <source>Sender&apos;s receipt no.:</source>
        <translation>Sender&apos;s receipt no.:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Received on:</translation>
    </message>
    <message>
        <source>Inspection:</source>
        <translation>Inspection:</translation>
    </message>
    <message>
        <source>Designation validity:</source>
        <translation>Designation validity:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <source>Purpose ends:</source>
        <translation>Purpose ends:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Inspected for tampering</source>
        <translation>Inspected for tampering</translation>
    </message>
    <message>
        <source>Set a designation end (特定秘密: default is the regime&apos;s validity)</source>
        <translation>Set a designation end (特定秘密: default is the regime&apos;s validity)</translation>
    </message>
    <message>
        <source>The purpose ends on a known date</source>
        <translation>The purpose ends on a known date</translation>
    </message>
    <message>
        <source>e.g. USN PACFLT N2</source>
        <translation>e.g. USN PACFLT N2</translation>
    </message>
    <message>
        <source>e.g. OPNAVINST 5513.1</source>
        <translation>e.g. OPNAVINST 5513.1</translation>
    </message>
    <message>
        <source>e.g. 2036-12-31</source>
        <translation>e.g. 2036-12-31</translation>
    </message>
    <message>
        <source>&amp;Register item</source>
        <translation>&amp;Register item</translation>
    </message>
    <message>
        <source>%1 (title)</source>
        <translation>%1 (title)</translation>
    </message>
    <message>
        <source>The title is marked %1; a title should be unclassified.</source>
        <translation>The title is marked %1; a title should be unclassified.</translation>
    </message>
    <message>
        <source>Originating government %1 marks it %2; Japanese equivalent: %3</source>
        <translation>Originating government %1 marks it %2; Japanese equivalent: %3</translation>
    </message>
    <message>
        <source>The regime %1 does not allow the level %2.</source>
        <translation>The regime %1 does not allow the level %2.</translation>
    </message>
    <message>
        <source>Content to encrypt into the register</source>
        <translation>Content to encrypt into the register</translation>
    </message>
</context>
<context>
    <name>kanribo::RegisterPage</name>
    <message>
        <source>No item you may see matches “%1”.</source>
        <translation>No item you may see matches “%1”.</translation>
    </message>
    <message>
        <source>Select an item to see its markings and records.</source>
        <translation>Select an item to see its markings and records.</translation>
    </message>
    <message>
        <source>Markings</source>
        <translation>Markings</translation>
    </message>
    <message>
        <source>Originating government:</source>
        <translation>Originating government:</translation>
    </message>
    <message>
        <source>%1 — marked %2</source>
        <translation>%1 — marked %2</translation>
    </message>
    <message>
        <source>Recipient&apos;s equivalent:</source>
        <translation>Recipient&apos;s equivalent:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Both markings:</source>
        <translation>Both markings:</translation>
    </message>
    <message>
        <source>Regime:</source>
        <translation>Regime:</translation>
    </message>
    <message>
        <source>Designation valid until:</source>
        <translation>Designation valid until:</translation>
    </message>
    <message>
        <source>Designation:</source>
        <translation>Designation:</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>Media:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Registered:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Classification authority</source>
        <translation>Classification authority</translation>
    </message>
    <message>
        <source>Classified by:</source>
        <translation>Classified by:</translation>
    </message>
    <message>
        <source>Derived from / reason:</source>
        <translation>Derived from / reason:</translation>
    </message>
    <message>
        <source>Declassify on:</source>
        <translation>Declassify on:</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Received from:</source>
        <translation>Received from:</translation>
    </message>
    <message>
        <source>Sender&apos;s receipt no.:</source>
        <translation>Sender&apos;s receipt no.:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Received on:</translation>
    </message>
    <message>
        <source>Inspected for tampering:</source>
        <translation>Inspected for tampering:</translation>
    </message>
    <message>
        <source>Dissemination</source>
        <translation>Dissemination</translation>
    </message>
    <message>
        <source>Caveats:</source>
        <translation>Caveats:</translation>
    </message>
    <message>
        <source>TLP (not a classification):</source>
        <translation>TLP (not a classification):</translation>
    </message>
    <message>
        <source>Need-to-know groups:</source>
        <translation>Need-to-know groups:</translation>
    </message>
    <message>
        <source>Purpose ends:</source>
        <translation>Purpose ends:</translation>
    </message>
    <message>
        <source>Third-country releases</source>
        <translation>Third-country releases</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>None recorded.</translation>
    </message>
    <message>
        <source>%1, approved %2</source>
        <translation>%1, approved %2</translation>
    </message>
    <message>
        <source>Reclassification history</source>
        <translation>Reclassification history</translation>
    </message>
    <message>
        <source>%1 → %2; notice %3 by %4: %5 (recorded by %6)</source>
        <translation>%1 → %2; notice %3 by %4: %5 (recorded by %6)</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Held by / stored in</source>
        <translation>Held by / stored in</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>charged to %1</source>
        <translation>charged to %1</translation>
    </message>
    <message>
        <source>in container %1</source>
        <translation>in container %1</translation>
    </message>
    <message>
        <source>%1 (copy %2 of %3)</source>
        <translation>%1 (copy %2 of %3)</translation>
    </message>
    <message>
        <source>Disclosure record</source>
        <translation>Disclosure record</translation>
    </message>
    <message>
        <source>%1 — %2 (event %3)</source>
        <translation>%1 — %2 (event %3)</translation>
    </message>
    <message>
        <source>Content: held encrypted in the register.</source>
        <translation>Content: held encrypted in the register.</translation>
    </message>
    <message>
        <source>Content: none (physical item).</source>
        <translation>Content: none (physical item).</translation>
    </message>
    <message>
        <source>Copied %1; the clipboard is cleared in 30 seconds.</source>
        <translation>Copied %1; the clipboard is cleared in 30 seconds.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Control no., title, reference (日本語も可)…</source>
        <translation>Control no., title, reference (日本語も可)…</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>Le&amp;vel:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>&amp;Holder:</translation>
    </message>
    <message>
        <source>Co&amp;ntainer:</source>
        <translation>Co&amp;ntainer:</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>&amp;Open content…</source>
        <translation>&amp;Open content…</translation>
    </message>
    <message>
        <source>registered it</source>
        <translation>registered it</translation>
    </message>
    <message>
        <source>held %1</source>
        <translation>held %1</translation>
    </message>
    <message>
        <source>viewed the record</source>
        <translation>viewed the record</translation>
    </message>
    <message>
        <source>opened the content</source>
        <translation>opened the content</translation>
    </message>
    <message>
        <source>Access list</source>
        <translation>Access list</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Authorised now:</source>
        <translation>Authorised now:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
</context>
<context>
    <name>kanribo::ReleaseApprovalDialog</name>
    <message>
        <source>Record release approval</source>
        <translation>Record release approval</translation>
    </message>
    <message>
        <source>Release to &amp;nationality:</source>
        <translation>Release to &amp;nationality:</translation>
    </message>
    <message>
        <source>Originator&apos;s &amp;approval reference:</source>
        <translation>Originator&apos;s &amp;approval reference:</translation>
    </message>
    <message>
        <source>Approved &amp;on:</source>
        <translation>Approved &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Record approval</source>
        <translation>&amp;Record approval</translation>
    </message>
</context>
<context>
    <name>kanribo::Report</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>The range ends before it starts.</translation>
    </message>
    <message>
        <source>Control number</source>
        <translation>Control number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>US marking</source>
        <translation>US marking</translation>
    </message>
    <message>
        <source>Japanese marking</source>
        <translation>Japanese marking</translation>
    </message>
    <message>
        <source>Originator</source>
        <translation>Originator</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Regime</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>Caveats</translation>
    </message>
    <message>
        <source>Need-to-know groups</source>
        <translation>Need-to-know groups</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Copies held</source>
        <translation>Copies held</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <source>Classified by</source>
        <translation>Classified by</translation>
    </message>
    <message>
        <source>Derived from</source>
        <translation>Derived from</translation>
    </message>
    <message>
        <source>Declassify on</source>
        <translation>Declassify on</translation>
    </message>
    <message>
        <source>Title withheld</source>
        <translation>Title withheld</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copy number</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Notation</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Co-signers</source>
        <translation>Co-signers</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Destroyed (UTC)</source>
        <translation>Destroyed (UTC)</translation>
    </message>
    <message>
        <source>Destroying official</source>
        <translation>Destroying official</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>New copies</source>
        <translation>New copies</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Consent reference</source>
        <translation>Consent reference</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Made by</translation>
    </message>
    <message>
        <source>Made (UTC)</source>
        <translation>Made (UTC)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Reported (UTC)</source>
        <translation>Reported (UTC)</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Originator notified</source>
        <translation>Originator notified</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Closed (UTC)</source>
        <translation>Closed (UTC)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>before the range</source>
        <translation>before the range</translation>
    </message>
    <message>
        <source>in the range</source>
        <translation>in the range</translation>
    </message>
    <message>
        <source>exporter, after the range</source>
        <translation>exporter, after the range</translation>
    </message>
    <message>
        <source>The export file is malformed: %1.</source>
        <translation>The export file is malformed: %1.</translation>
    </message>
    <message>
        <source>This is not a Kanribo export bundle.</source>
        <translation>This is not a Kanribo export bundle.</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>truncated</translation>
    </message>
    <message>
        <source>The export bundle has format version %1; this Kanribo reads version %2.</source>
        <translation>The export bundle has format version %1; this Kanribo reads version %2.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>chain link</source>
        <translation>chain link</translation>
    </message>
    <message>
        <source>genesis hash</source>
        <translation>genesis hash</translation>
    </message>
    <message>
        <source>key table</source>
        <translation>key table</translation>
    </message>
    <message>
        <source>key table: a fingerprint does not match its key</source>
        <translation>key table: a fingerprint does not match its key</translation>
    </message>
    <message>
        <source>event count</source>
        <translation>event count</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>event %1</translation>
    </message>
    <message>
        <source>exporter</source>
        <translation>exporter</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>bytes after the signature</source>
        <translation>bytes after the signature</translation>
    </message>
    <message>
        <source>The export header does not match its contents.</source>
        <translation>The export header does not match its contents.</translation>
    </message>
    <message>
        <source>The export header names another exporter than the one who signed.</source>
        <translation>The export header names another exporter than the one who signed.</translation>
    </message>
    <message>
        <source>The export names an exporter who is neither an officer nor an auditor.</source>
        <translation>The export names an exporter who is neither an officer nor an auditor.</translation>
    </message>
    <message>
        <source>The first event does not link to this register&apos;s genesis.</source>
        <translation>The first event does not link to this register&apos;s genesis.</translation>
    </message>
    <message>
        <source>A range that does not start at event 1 cannot carry the genesis hash.</source>
        <translation>A range that does not start at event 1 cannot carry the genesis hash.</translation>
    </message>
    <message>
        <source>The key table is out of order.</source>
        <translation>The key table is out of order.</translation>
    </message>
    <message>
        <source>The key table lists a key for %1 that was not in force before the range.</source>
        <translation>The key table lists a key for %1 that was not in force before the range.</translation>
    </message>
    <message>
        <source>The key table lists a key for %1 outside the range.</source>
        <translation>The key table lists a key for %1 outside the range.</translation>
    </message>
    <message>
        <source>The key table lists an exporter key that is not the exporter&apos;s.</source>
        <translation>The key table lists an exporter key that is not the exporter&apos;s.</translation>
    </message>
    <message>
        <source>%1 %2 (event %3, %4)</source>
        <translation>%1 %2 (event %3, %4)</translation>
    </message>
    <message>
        <source>A range that starts at event 1 cannot have keys from before it.</source>
        <translation>A range that starts at event 1 cannot have keys from before it.</translation>
    </message>
    <message>
        <source>The exporter&apos;s key is not the key the ledger gives %1.</source>
        <translation>The exporter&apos;s key is not the key the ledger gives %1.</translation>
    </message>
    <message>
        <source>Event %1 fails: %2</source>
        <translation>Event %1 fails: %2</translation>
    </message>
    <message>
        <source>The key table does not match the keys the events in the range introduce.</source>
        <translation>The key table does not match the keys the events in the range introduce.</translation>
    </message>
    <message>
        <source>The export header names another last event than the one it holds.</source>
        <translation>The export header names another last event than the one it holds.</translation>
    </message>
    <message>
        <source>The events lie outside the range the export names.</source>
        <translation>The events lie outside the range the export names.</translation>
    </message>
    <message>
        <source>The exporter&apos;s signature over the file does not verify.</source>
        <translation>The exporter&apos;s signature over the file does not verify.</translation>
    </message>
    <message>
        <source>The audit trail has no events in this range.</source>
        <translation>The audit trail has no events in this range.</translation>
    </message>
    <message>
        <source>The audit trail does not verify (event %1: %2); nothing was exported.</source>
        <translation>The audit trail does not verify (event %1: %2); nothing was exported.</translation>
    </message>
    <message>
        <source>Your signing key is not the one the ledger records for you.</source>
        <translation>Your signing key is not the one the ledger records for you.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>destroyed</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>dispatched</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>compromise</source>
        <translation>compromise</translation>
    </message>
    <message>
        <source>possible compromise</source>
        <translation>possible compromise</translation>
    </message>
    <message>
        <source>the whole register</source>
        <translation>the whole register</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>the beginning</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>Inspection report — %1</source>
        <translation>Inspection report — %1</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>Inspection report</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Highest level in this report</source>
        <translation>Highest level in this report</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Prepared</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Prepared for</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message numerus="yes">
        <source>verified: %n event(s), chain and signatures intact</source>
        <translation>
            <numerusform>verified: %n event, chain and signatures intact</numerusform>
            <numerusform>verified: %n events, chain and signatures intact</numerusform>
        </translation>
    </message>
    <message>
        <source>DOES NOT VERIFY: event %1: %2</source>
        <translation>DOES NOT VERIFY: event %1: %2</translation>
    </message>
    <message>
        <source>Events in the period</source>
        <translation>Events in the period</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 (No. %2 to %3)</source>
        <translation>%1 (No. %2 to %3)</translation>
    </message>
    <message>
        <source>Bundle digest</source>
        <translation>Bundle digest</translation>
    </message>
    <message>
        <source>Holdings by level</source>
        <translation>Holdings by level</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>Top Secret register</source>
        <translation>Top Secret register</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Marking</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>No copies.</source>
        <translation>No copies.</translation>
    </message>
    <message>
        <source>Disclosure record</source>
        <translation>Disclosure record</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>No disclosures in the period.</source>
        <translation>No disclosures in the period.</translation>
    </message>
    <message>
        <source>No Top Secret items.</source>
        <translation>No Top Secret items.</translation>
    </message>
    <message>
        <source>Reproduction records</source>
        <translation>Reproduction records</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>No reproductions in the period.</source>
        <translation>No reproductions in the period.</translation>
    </message>
    <message>
        <source>Destruction records</source>
        <translation>Destruction records</translation>
    </message>
    <message>
        <source>No destructions in the period.</source>
        <translation>No destructions in the period.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>No incidents.</source>
        <translation>No incidents.</translation>
    </message>
    <message>
        <source>Inventories</source>
        <translation>Inventories</translation>
    </message>
    <message>
        <source>whole register</source>
        <translation>whole register</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Unexpected</source>
        <translation>Unexpected</translation>
    </message>
    <message>
        <source>No inventories in the period.</source>
        <translation>No inventories in the period.</translation>
    </message>
    <message>
        <source>Overdue dispatches</source>
        <translation>Overdue dispatches</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Receipt due</source>
        <translation>Receipt due</translation>
    </message>
    <message>
        <source>No overdue dispatches.</source>
        <translation>No overdue dispatches.</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail verifies: %n event(s), hash chain and every signature intact.</source>
        <translation>
            <numerusform>The audit trail verifies: %n event, hash chain and every signature intact.</numerusform>
            <numerusform>The audit trail verifies: %n events, hash chain and every signature intact.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail does not verify: event %1: %2</source>
        <translation>The audit trail does not verify: event %1: %2</translation>
    </message>
    <message>
        <source>Last event hash</source>
        <translation>Last event hash</translation>
    </message>
    <message>
        <source>Exporter&apos;s key</source>
        <translation>Exporter&apos;s key</translation>
    </message>
    <message>
        <source>The bundle of the same period (kanribo-cli audit export --format bundle) has this digest when made by the same person at the same time; any bundle of the period ends with the same last event hash. Check it offline with kanribo-cli audit verify-export FILE and compare the exporter&apos;s key fingerprint.</source>
        <translation>The bundle of the same period (kanribo-cli audit export --format bundle) has this digest when made by the same person at the same time; any bundle of the period ends with the same last event hash. Check it offline with kanribo-cli audit verify-export FILE and compare the exporter&apos;s key fingerprint.</translation>
    </message>
    <message>
        <source>The export could not be written.</source>
        <translation>The export could not be written.</translation>
    </message>
    <message>
        <source>The audit trail changed while it was being exported; nothing was exported.</source>
        <translation>The audit trail changed while it was being exported; nothing was exported.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are shown in the accountability view: the reader keeps their accounts but is outside their need-to-know groups, so titles and other details are withheld. Items the reader may not see at all are not in this report.</source>
        <translation>
            <numerusform>%n item is shown in the accountability view: the reader keeps its account but is outside its need-to-know groups, so its title and other details are withheld. Items the reader may not see at all are not in this report.</numerusform>
            <numerusform>%n items are shown in the accountability view: the reader keeps their accounts but is outside their need-to-know groups, so titles and other details are withheld. Items the reader may not see at all are not in this report.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF report needs the graphical part of Qt, which is not running.</source>
        <translation>The PDF report needs the graphical part of Qt, which is not running.</translation>
    </message>
    <message>
        <source>Cannot start the PDF.</source>
        <translation>Cannot start the PDF.</translation>
    </message>
    <message>
        <source>Event %1 fails: its payload is not canonical JSON.</source>
        <translation>Event %1 fails: its payload is not canonical JSON.</translation>
    </message>
    <message>
        <source>verification cancelled</source>
        <translation>verification cancelled</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written or recorded.</source>
        <translation>The export was cancelled; nothing was written or recorded.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>This program was built without PDF reports.</source>
        <translation>This program was built without PDF reports.</translation>
    </message>
    <message>
        <source>Name the file to export to.</source>
        <translation>Name the file to export to.</translation>
    </message>
    <message>
        <source>A bundle holds the whole chain of its range and cannot be filtered: export the filtered view as CSV or PDF.</source>
        <translation>A bundle holds the whole chain of its range and cannot be filtered: export the filtered view as CSV or PDF.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be an export bundle.</source>
        <translation>%1 is too large to be an export bundle.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an event kind.</source>
        <translation>&apos;%1&apos; is not an event kind.</translation>
    </message>
</context>
<context>
    <name>kanribo::ReportIncidentDialog</name>
    <message>
        <source>Report loss or compromise</source>
        <translation>Report loss or compromise</translation>
    </message>
    <message>
        <source>&amp;Affected:</source>
        <translation>&amp;Affected:</translation>
    </message>
    <message>
        <source>Every active copy of the item</source>
        <translation>Every active copy of the item</translation>
    </message>
    <message>
        <source>or one &amp;copy:</source>
        <translation>or one &amp;copy:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Compromise</source>
        <translation>Compromise</translation>
    </message>
    <message>
        <source>Possible compromise</source>
        <translation>Possible compromise</translation>
    </message>
    <message>
        <source>&amp;Report now</source>
        <translation>&amp;Report now</translation>
    </message>
</context>
<context>
    <name>kanribo::ReproduceDialog</name>
    <message>
        <source>Reproduce or translate</source>
        <translation>Reproduce or translate</translation>
    </message>
    <message>
        <source>&amp;Number of copies:</source>
        <translation>&amp;Number of copies:</translation>
    </message>
    <message>
        <source>&amp;Reason (official need):</source>
        <translation>&amp;Reason (official need):</translation>
    </message>
    <message>
        <source>Originator&apos;s &amp;consent ref.:</source>
        <translation>Originator&apos;s &amp;consent ref.:</translation>
    </message>
    <message>
        <source>&amp;Approver&apos;s login:</source>
        <translation>&amp;Approver&apos;s login:</translation>
    </message>
    <message>
        <source>Approver&apos;s &amp;password:</source>
        <translation>Approver&apos;s &amp;password:</translation>
    </message>
    <message>
        <source>&amp;Translation:</source>
        <translation>&amp;Translation:</translation>
    </message>
    <message>
        <source>N&amp;otation:</source>
        <translation>N&amp;otation:</translation>
    </message>
    <message>
        <source>The new copies are a translation</source>
        <translation>The new copies are a translation</translation>
    </message>
    <message>
        <source>e.g. Contains information of the Government of the USA</source>
        <translation>e.g. Contains information of the Government of the USA</translation>
    </message>
    <message>
        <source>the approver types it here, now</source>
        <translation>the approver types it here, now</translation>
    </message>
    <message>
        <source>&amp;Reproduce</source>
        <translation>&amp;Reproduce</translation>
    </message>
</context>
<context>
    <name>kanribo::Seal</name>
    <message>
        <source>The seal is not valid: %1.</source>
        <translation>The seal is not valid: %1.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>it is not a JSON object</translation>
    </message>
    <message>
        <source>it is not a Kanribo seal of version 1</source>
        <translation>it is not a Kanribo seal of version 1</translation>
    </message>
    <message>
        <source>a field is missing or malformed</source>
        <translation>a field is missing or malformed</translation>
    </message>
    <message>
        <source>its signature does not verify</source>
        <translation>its signature does not verify</translation>
    </message>
</context>
<context>
    <name>kanribo::Session</name>
    <message>
        <source>The register is locked.</source>
        <translation>The register is locked.</translation>
    </message>
    <message>
        <source>Denied: %1</source>
        <translation>Denied: %1</translation>
    </message>
    <message>
        <source>The key ring is in use by another program.</source>
        <translation>The key ring is in use by another program.</translation>
    </message>
    <message>
        <source>The key ring does not belong to this register.</source>
        <translation>The key ring does not belong to this register.</translation>
    </message>
    <message>
        <source>The second person must be someone other than you.</source>
        <translation>The second person must be someone other than you.</translation>
    </message>
    <message>
        <source>Unknown login or wrong password.</source>
        <translation>Unknown login or wrong password.</translation>
    </message>
    <message numerus="yes">
        <source>The login %1 is locked after too many failed attempts; try again in %n minute(s).</source>
        <translation>
            <numerusform>The login %1 is locked after too many failed attempts; try again in %n minute.</numerusform>
            <numerusform>The login %1 is locked after too many failed attempts; try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. The login %1 is now locked for %n minute(s).</source>
        <translation>
            <numerusform>Wrong password. The login %1 is now locked for %n minute.</numerusform>
            <numerusform>Wrong password. The login %1 is now locked for %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write YYYY-MM-DD.</source>
        <translation>&apos;%1&apos; is not a date; write YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Cannot write beside the key ring %1: the folder is read-only or not accessible.</source>
        <translation>Cannot write beside the key ring %1: the folder is read-only or not accessible.</translation>
    </message>
</context>
<context>
    <name>kanribo::StoreDialog</name>
    <message>
        <source>Return a copy to storage</source>
        <translation>Return a copy to storage</translation>
    </message>
    <message>
        <source>&amp;Copy:</source>
        <translation>&amp;Copy:</translation>
    </message>
    <message>
        <source>C&amp;ontainer:</source>
        <translation>C&amp;ontainer:</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Store</translation>
    </message>
</context>
<context>
    <name>kanribo::TablePage</name>
    <message>
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
</context>
<context>
    <name>kanribo::UsersModel</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>not briefed</source>
        <translation>not briefed</translation>
    </message>
    <message>
        <source>The clearance has expired.</source>
        <translation>The clearance has expired.</translation>
    </message>
    <message numerus="yes">
        <source>The clearance expires within %n day(s).</source>
        <translation>
            <numerusform>The clearance expires within %n day.</numerusform>
            <numerusform>The clearance expires within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <source>Clearance expires</source>
        <translation>Clearance expires</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Briefed</source>
        <translation>Briefed</translation>
    </message>
    <message>
        <source>Need-to-know groups</source>
        <translation>Need-to-know groups</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>kanribo::Visibility</name>
    <message>
        <source>withheld</source>
        <translation>withheld</translation>
    </message>
    <message>
        <source>withheld — need-to-know %1</source>
        <translation>withheld — need-to-know %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kanribo — register of classified documents</source>
        <translation>Kanribo — register of classified documents</translation>
    </message>
    <message>
        <source>Kanribo</source>
        <translation>Kanribo</translation>
    </message>
    <message>
        <source>The cryptography library cannot be initialised.</source>
        <translation>The cryptography library cannot be initialised.</translation>
    </message>
    <message>
        <source>The register file to open, or an export bundle to verify.</source>
        <translation>The register file to open, or an export bundle to verify.</translation>
    </message>
</context>
</TS>
