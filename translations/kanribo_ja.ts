<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>kanribo::AddContainerDialog</name>
    <message>
        <source>Add security container</source>
        <translation>保管容器の追加</translation>
    </message>
    <message>
        <source>Container &amp;id:</source>
        <translation>保管容器ID(&amp;I):</translation>
    </message>
    <message>
        <source>Approved &amp;level:</source>
        <translation>承認区分(&amp;L):</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>設置場所(&amp;O):</translation>
    </message>
    <message>
        <source>e.g. SAFE-01</source>
        <translation>例: SAFE-01</translation>
    </message>
    <message>
        <source>e.g. Building 2, room 204</source>
        <translation>例: 2号館 204号室</translation>
    </message>
    <message>
        <source>&amp;Add container</source>
        <translation>保管容器を追加(&amp;A)</translation>
    </message>
</context>
<context>
    <name>kanribo::AddGroupDialog</name>
    <message>
        <source>Add need-to-know group</source>
        <translation>知る必要グループの追加</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>e.g. project-sakura</source>
        <translation>例: project-sakura</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation>グループを追加(&amp;A)</translation>
    </message>
</context>
<context>
    <name>kanribo::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>利用者の追加</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>ログイン名(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>氏名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>役割(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Clearance:</source>
        <translation>秘密取扱資格(&amp;C):</translation>
    </message>
    <message>
        <source>Clearance &amp;expires:</source>
        <translation>資格の有効期限(&amp;E):</translation>
    </message>
    <message>
        <source>Na&amp;tionality:</source>
        <translation>国籍(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Briefed:</source>
        <translation>保全教育(&amp;B):</translation>
    </message>
    <message>
        <source>Need-to-know &amp;groups:</source>
        <translation>知る必要グループ(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>パスワードの確認(&amp;F):</translation>
    </message>
    <message>
        <source>on</source>
        <translation>受講日</translation>
    </message>
    <message>
        <source>The user has been briefed on handling responsibilities</source>
        <translation>この利用者は取扱上の責任に関する保全教育を受講済みです</translation>
    </message>
    <message>
        <source>lower-case letters and digits, e.g. suzuki</source>
        <translation>半角英小文字と数字(例: suzuki)</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3 code, e.g. JPN or USA</source>
        <translation>ISO 3166 alpha-3 コード(例: JPN、USA)</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>利用者を追加(&amp;A)</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>パスワードが一致しません。</translation>
    </message>
</context>
<context>
    <name>kanribo::AuditFilterBar</name>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>署名者(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>イベント(&amp;E):</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(すべて)</translation>
    </message>
    <message>
        <source>Item or &amp;copy:</source>
        <translation>文書又は部(&amp;C):</translation>
    </message>
    <message>
        <source>control number</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>解除(&amp;L)</translation>
    </message>
</context>
<context>
    <name>kanribo::AuditModel</name>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>kanribo::Backup</name>
    <message>
        <source>Cannot write %1 to the disk.</source>
        <translation>%1 をディスクに書き込めません。</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>%1 を %2 にコピーできません。</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>%1 を %2 に移動できません。</translation>
    </message>
    <message>
        <source>The register is locked.</source>
        <translation>管理簿は画面ロック中です。</translation>
    </message>
    <message>
        <source>Name the file to back up to.</source>
        <translation>バックアップ先のファイルを指定してください。</translation>
    </message>
    <message>
        <source>A backup cannot be written over the register itself.</source>
        <translation>バックアップを管理簿そのものに上書きすることはできません。</translation>
    </message>
    <message>
        <source>%1 already exists: a backup never replaces a file. Choose a new name.</source>
        <translation>%1 はすでに存在します。バックアップが既存のファイルを置き換えることはありません。別の名前を指定してください。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 は存在しません。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written.</source>
        <translation>フォルダー %1 に書き込めません。</translation>
    </message>
    <message>
        <source>There is not enough free space in %1 for the backup (%2 MB needed).</source>
        <translation>%1 にはバックアップに必要な空き容量がありません(%2 MB 必要)。</translation>
    </message>
    <message>
        <source>Cannot create %1: it exists already or the folder is not writable.</source>
        <translation>%1 を作成できません。すでに存在するか、フォルダーに書き込めません。</translation>
    </message>
    <message>
        <source>The copy cannot be opened: %1 It was removed.</source>
        <translation>複製を開けません: %1 複製は削除しました。</translation>
    </message>
    <message>
        <source>The copy does not verify (event %1: %2). It was removed.</source>
        <translation>複製の検証に失敗しました(イベント %1: %2)。複製は削除しました。</translation>
    </message>
    <message>
        <source>The copy does not hold event %1, which records this backup. It was removed.</source>
        <translation>複製には、このバックアップを記録したイベント %1 が含まれていません。複製は削除しました。</translation>
    </message>
    <message>
        <source>The cryptography library cannot be initialised.</source>
        <translation>暗号ライブラリを初期化できません。</translation>
    </message>
    <message>
        <source>Name the backup and the register to restore it to.</source>
        <translation>バックアップと、復元先の管理簿を指定してください。</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>バックアップ %1 は存在しません。</translation>
    </message>
    <message>
        <source>The key ring of the backup, %1, is missing: a backup is the register and its key ring together.</source>
        <translation>バックアップの鍵束 %1 がありません。バックアップは管理簿とその鍵束の一組です。</translation>
    </message>
    <message>
        <source>A backup cannot be restored onto itself.</source>
        <translation>バックアップをそれ自身に復元することはできません。</translation>
    </message>
    <message>
        <source>Unknown login or wrong password.</source>
        <translation>ログイン名またはパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Only a security officer restores a register.</source>
        <translation>管理簿を復元できるのは保全責任者だけです。</translation>
    </message>
    <message>
        <source>The backup does not verify: event %1 fails: %2. Nothing was restored.</source>
        <translation>バックアップの検証に失敗しました: イベント %1 が不正です: %2。何も復元していません。</translation>
    </message>
    <message>
        <source>The backup is not the trail %1 recorded: its event %2 differs. Nothing was restored.</source>
        <translation>バックアップは %1 が記録した監査証跡と一致しません: イベント %2 が異なります。何も復元していません。</translation>
    </message>
    <message>
        <source>A register already exists at %1; nothing was changed.</source>
        <translation>%1 にはすでに管理簿があります。何も変更していません。</translation>
    </message>
    <message>
        <source>The backup verifies (head: event %1).</source>
        <translation>バックアップは検証に合格しました(先頭: イベント %1)。</translation>
    </message>
    <message>
        <source>It lacks event %1, which %2 recorded.</source>
        <translation>%2 が記録したイベント %1 が欠けています。</translation>
    </message>
    <message>
        <source>It lacks events %1 to %2, which %3 recorded.</source>
        <translation>%3 が記録したイベント %1 から %2 が欠けています。</translation>
    </message>
    <message>
        <source>Replacing the register must be asked for explicitly; it is then moved aside, not deleted.</source>
        <translation>管理簿を置き換えるには明示的な指定が必要です。その場合、元の管理簿は削除されず、別名で隣に残されます。</translation>
    </message>
    <message>
        <source>The register %1 is open, or was not closed cleanly (%2 exists): close every Kanribo window and command that uses it, or open and close it once, then restore again. Nothing was changed.</source>
        <translation>管理簿 %1 は使用中か、正常に閉じられていません(%2 があります)。これを使用している Kanribo の画面とコマンドをすべて終了するか、一度開いて閉じてから、もう一度復元してください。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>kanribo::BundleWindow</name>
    <message>
        <source>Verifying %1…</source>
        <translation>%1 を検証しています…</translation>
    </message>
    <message>
        <source>Verification of %1 cancelled: nothing is said about this file.</source>
        <translation>%1 の検証を中止しました。このファイルについては何も判定していません。</translation>
    </message>
    <message numerus="yes">
        <source>The export verifies: %n event(s), hash chain, signatures and the exporter&apos;s signature over the file intact.</source>
        <translation>
            <numerusform>エクスポートを検証しました: %n 件のイベント、ハッシュチェーン、署名およびファイルに対するエクスポート実施者の署名に異常はありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export does NOT verify. First bad event: No. %1. %2</source>
        <translation>エクスポートの検証に失敗しました。最初の不正なイベント: 番号 %1。%2</translation>
    </message>
    <message>
        <source>The export does NOT verify: %1</source>
        <translation>エクスポートの検証に失敗しました: %1</translation>
    </message>
    <message>
        <source>Facility: %1</source>
        <translation>施設: %1</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>管理簿: %1</translation>
    </message>
    <message>
        <source>Range: %1 – %2</source>
        <translation>範囲: %1 – %2</translation>
    </message>
    <message>
        <source>Events: No. %1 to %2%3</source>
        <translation>イベント: 番号 %1~%2%3</translation>
    </message>
    <message>
        <source> (from the register&apos;s creation)</source>
        <translation>(管理簿の作成時から)</translation>
    </message>
    <message>
        <source>Signed by: %1, fingerprint %2</source>
        <translation>署名者: %1、鍵フィンガープリント %2</translation>
    </message>
    <message>
        <source>Last event hash: %1</source>
        <translation>最終イベントのハッシュ: %1</translation>
    </message>
    <message>
        <source>Bundle digest: %1</source>
        <translation>バンドルのダイジェスト: %1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>鍵: %1</translation>
    </message>
    <message>
        <source>Compare the signer&apos;s fingerprint (and, for a range that starts after the register&apos;s creation, the keys from before the range) with those the facility gave you.</source>
        <translation>署名者の鍵フィンガープリント(および管理簿の作成後に始まる範囲の場合は、範囲より前の鍵)を、施設から提供されたものと照合してください。</translation>
    </message>
    <message>
        <source>The first %1 events are listed; the verdict covers all %2.</source>
        <translation>最初の %1 件のイベントを表示しています。判定は全 %2 件を対象としています。</translation>
    </message>
    <message>
        <source>Verify export bundle — %1</source>
        <translation>エクスポートバンドルの検証 — %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>kanribo::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>パスワードの変更</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>現在のパスワード(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新しいパスワード(&amp;N):</translation>
    </message>
    <message>
        <source>Con&amp;firm new password:</source>
        <translation>新しいパスワードの確認(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>パスワードを変更(&amp;C)</translation>
    </message>
    <message>
        <source>The new passwords do not match.</source>
        <translation>新しいパスワードが一致しません。</translation>
    </message>
</context>
<context>
    <name>kanribo::Checkpoints</name>
    <message>
        <source>The register is locked.</source>
        <translation>管理簿は画面ロック中です。</translation>
    </message>
    <message>
        <source>A checkpoint needs a verified event.</source>
        <translation>チェックポイントには検証済みのイベントが必要です。</translation>
    </message>
    <message>
        <source>event %1 is missing</source>
        <translation>イベント %1 がありません</translation>
    </message>
    <message>
        <source>event %1 was altered: its hash does not match its contents</source>
        <translation>イベント %1 は改ざんされています: ハッシュが内容と一致しません</translation>
    </message>
    <message>
        <source>the checkpoint at event %1 is signed by %2, who has no key in the ledger</source>
        <translation>イベント %1 のチェックポイントは %2 が署名していますが、台帳にその鍵がありません</translation>
    </message>
    <message>
        <source>the checkpoint at event %1 does not verify: it was not signed by %2</source>
        <translation>イベント %1 のチェックポイントを検証できません: %2 が署名したものではありません</translation>
    </message>
    <message>
        <source>event %1 no longer matches the checkpoint</source>
        <translation>イベント %1 がチェックポイントと一致しなくなっています</translation>
    </message>
</context>
<context>
    <name>kanribo::Cli</name>
    <message>
        <source>The option %1 takes no value.</source>
        <translation>オプション %1 には値を指定できません。</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>オプション「%1」は不明です。</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>オプション %1 には値が必要です。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language: use en or ja.</source>
        <translation>「%1」は言語ではありません。en または ja を使用してください。</translation>
    </message>
    <message>
        <source>The cryptography library cannot be initialised.</source>
        <translation>暗号ライブラリを初期化できません。</translation>
    </message>
    <message>
        <source>No command given; see kanribo-cli --help.</source>
        <translation>コマンドが指定されていません。kanribo-cli --help を参照してください。</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;; see kanribo-cli --help.</source>
        <translation>コマンド「%1」は不明です。kanribo-cli --help を参照してください。</translation>
    </message>
    <message>
        <source>Usage: kanribo-cli [--register PATH] [--as LOGIN] [--lang en|ja] [--json] COMMAND [ARGS...]</source>
        <translation>使用法: kanribo-cli [--register PATH] [--as LOGIN] [--lang en|ja] [--json] COMMAND [ARGS...]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 usage, 2 authentication, 3 denied, 4 integrity, 5 not found, 6 conflict, 7 I/O.</source>
        <translation>終了コード: 0 完了、1 使用法の誤り、2 認証失敗、3 拒否、4 完全性の不備、5 該当なし、6 競合、7 入出力エラー。</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>失敗しました。</translation>
    </message>
    <message>
        <source>Say who acts with --as LOGIN.</source>
        <translation>操作する人を --as LOGIN で指定してください。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 のパスワード: </translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 の新しいパスワード: </translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>新しいパスワード(確認): </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>2つのパスワードが一致しません。</translation>
    </message>
    <message>
        <source>Security officer</source>
        <translation>保全責任者</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>保管責任者</translation>
    </message>
    <message>
        <source>Cleared staff</source>
        <translation>取扱者</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>検査官</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>The audit trail does not verify: event %1 fails: %2</source>
        <translation>監査証跡を検証できません: イベント %1 で失敗: %2</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail verifies: %n event(s), chain and signatures intact.</source>
        <translation>
            <numerusform>監査証跡を検証しました: %n 件のイベント、チェーンと署名に異常はありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Shows the audit trail (officer or auditor).</source>
        <translation>監査証跡を表示します(保全責任者または検査官)。</translation>
    </message>
    <message>
        <source>Added the container %1, approved for %2.</source>
        <translation>保管容器 %1(承認区分 %2)を追加しました。</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>保管容器</translation>
    </message>
    <message>
        <source>Approved for</source>
        <translation>承認区分</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>設置場所</translation>
    </message>
    <message>
        <source>Adds a security container approved up to a level (officer).</source>
        <translation>承認区分を指定して保管容器を追加します(保全責任者)。</translation>
    </message>
    <message>
        <source>Lists the security containers.</source>
        <translation>保管容器の一覧を表示します。</translation>
    </message>
    <message>
        <source>%1 is issued to %2, who signed for it.</source>
        <translation>%1 を %2 に貸し出しました(受領者の署名済み)。</translation>
    </message>
    <message>
        <source>%1 is handed to %2; both signed the receipt.</source>
        <translation>%1 を %2 に引き渡しました。双方が受領証に署名しました。</translation>
    </message>
    <message>
        <source>%1 is stored in the container %2.</source>
        <translation>%1 を保管容器 %2 に保管しました。</translation>
    </message>
    <message>
        <source>%1 is dispatched to %2 by %3; receipt due %4.</source>
        <translation>%1 を %3 で %2 へ発送しました。受領証の返送期限は %4 です。</translation>
    </message>
    <message>
        <source>The returned receipt %1 for %2 is recorded.</source>
        <translation>%2 について返送された受領証 %1 を記録しました。</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>部番号</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先/変更後</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>送付手段</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>発送日時</translation>
    </message>
    <message>
        <source>Receipt due</source>
        <translation>受領証の返送期限</translation>
    </message>
    <message>
        <source>Receipt No.</source>
        <translation>受領証番号</translation>
    </message>
    <message>
        <source>Co-signed by</source>
        <translation>連署者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Notation</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Hand receipt: you give a copy you hold to another person; both sign (standard input: your password, then the receiver&apos;s).</source>
        <translation>受領証(手渡し): 保持している部を他の人に引き渡し、双方が署名します(標準入力: あなたのパスワード、次に受領者のパスワード)。</translation>
    </message>
    <message>
        <source>Returns a copy you hold to a security container.</source>
        <translation>保持している部を保管容器に返却します。</translation>
    </message>
    <message>
        <source>Issues a stored copy to a person, who signs (officer or custodian; standard input: your password, then the receiver&apos;s).</source>
        <translation>保管中の部を人に貸し出し、受領者が署名します(保全責任者または保管責任者。標準入力: あなたのパスワード、次に受領者のパスワード)。</translation>
    </message>
    <message>
        <source>Dispatches a copy outside the facility.</source>
        <translation>部を施設外へ発送します。</translation>
    </message>
    <message>
        <source>Records the returned receipt of a dispatch.</source>
        <translation>発送に対して返送された受領証を記録します。</translation>
    </message>
    <message>
        <source>Lists dispatches and their returned receipts.</source>
        <translation>発送と返送された受領証の一覧を表示します。</translation>
    </message>
    <message>
        <source>Shows the custody history of one copy.</source>
        <translation>1つの部の管理履歴を表示します。</translation>
    </message>
    <message>
        <source>Lists the copies charged to a person (default: you).</source>
        <translation>人に貸し出されている部の一覧を表示します(既定: あなた)。</translation>
    </message>
    <message>
        <source>%1 is destroyed (%2); destruction record %3.</source>
        <translation>%1 を廃棄しました(%2)。廃棄記録 %3。</translation>
    </message>
    <message>
        <source>%1 is destroyed (%2) in the presence of %3; destruction record %4.</source>
        <translation>%3 の立会いのもとで %1 を廃棄しました(%2)。廃棄記録 %4。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>秘密区分</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>廃棄方法</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>廃棄実施者</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>立会人</translation>
    </message>
    <message>
        <source>Destroys a copy and records the certificate; a witness signs where the policy requires one (standard input: your password, then the witness&apos;s).</source>
        <translation>部を廃棄し、廃棄証明を記録します。ポリシーで必要な場合は立会人が署名します(標準入力: あなたのパスワード、次に立会人のパスワード)。</translation>
    </message>
    <message>
        <source>Lists the destruction records.</source>
        <translation>廃棄記録の一覧を表示します。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an export format: use bundle, csv or pdf.</source>
        <translation>「%1」はエクスポート形式ではありません。bundle、csv、pdf のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>The option --out needs a value.</source>
        <translation>オプション --out には値が必要です。</translation>
    </message>
    <message>
        <source>This kanribo-cli was built without PDF reports.</source>
        <translation>この kanribo-cli は PDF 報告書の機能なしでビルドされています。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) (No. %1 to %2) to %3.</source>
        <translation>
            <numerusform>%n 件のイベント(番号 %1~%2)を %3 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle digest</source>
        <translation>バンドルのダイジェスト</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>署名者</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 を書き出しました</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The export does not verify: %1</source>
        <translation>エクスポートを検証できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>The export verifies: %n event(s), chain, signatures and the exporter&apos;s signature intact.</source>
        <translation>
            <numerusform>エクスポートを検証しました: %n 件のイベント、チェーン、署名およびエクスポート実施者の署名に異常はありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>施設</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>管理簿</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント数</translation>
    </message>
    <message>
        <source>No. %1 to %2%3</source>
        <translation>番号 %1~%2%3</translation>
    </message>
    <message>
        <source> (from the register&apos;s creation)</source>
        <translation>(管理簿の作成時から)</translation>
    </message>
    <message>
        <source>Signer fingerprint</source>
        <translation>署名者の鍵フィンガープリント</translation>
    </message>
    <message>
        <source>Last event hash</source>
        <translation>最終イベントのハッシュ</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>Compare the signer&apos;s fingerprint (and, for a range that starts after the register&apos;s creation, the keys from before the range) with those the facility gave you.</source>
        <translation>署名者の鍵フィンガープリント(および管理簿の作成後に始まる範囲の場合は、範囲より前の鍵)を、施設から提供されたものと照合してください。</translation>
    </message>
    <message>
        <source>Exports the register and audit trail for an inspector (officer or auditor): a signed bundle, CSV tables or a PDF report; --for withholds titles above that reader&apos;s clearance.</source>
        <translation>検査官向けに管理簿と監査証跡をエクスポートします(保全責任者または検査官): 署名付きバンドル、CSV 表または PDF 報告書。--for を指定すると、その閲覧者の秘密取扱資格を超える件名を非表示にします。</translation>
    </message>
    <message>
        <source>Verifies an export bundle offline (no register, no login); exit 4 if anything in it was changed.</source>
        <translation>エクスポートバンドルをオフラインで検証します(管理簿・ログイン不要)。内容が変更されていれば終了コード 4 を返します。</translation>
    </message>
    <message>
        <source>Added the need-to-know group %1.</source>
        <translation>知る必要グループ %1 を追加しました。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Adds a need-to-know group (officer).</source>
        <translation>知る必要グループを追加します(保全責任者)。</translation>
    </message>
    <message>
        <source>Lists the need-to-know groups.</source>
        <translation>知る必要グループの一覧を表示します。</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>紛失</translation>
    </message>
    <message>
        <source>compromise</source>
        <translation>漏えい</translation>
    </message>
    <message>
        <source>possible compromise</source>
        <translation>漏えいのおそれ</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事故</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>部数</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>報告日時</translation>
    </message>
    <message>
        <source>Originator notified</source>
        <translation>作成国政府への通報</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>調査結果</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>是正措置</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終結日時</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an incident kind: use loss, compromise or possible-compromise.</source>
        <translation>「%1」は事故の種別ではありません。loss、compromise、possible-compromise のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>Incident %1 is open (%2): %3.</source>
        <translation>事故 %1 を登録しました(%2): %3。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an incident number.</source>
        <translation>「%1」は事故番号ではありません。</translation>
    </message>
    <message>
        <source>Records a loss or (possible) compromise of an item&apos;s copies or one copy.</source>
        <translation>文書の部(または特定の1部)の紛失・漏えい(そのおそれを含む)を記録します。</translation>
    </message>
    <message>
        <source>Records the notification, findings and measures of an incident.</source>
        <translation>事故の通報、調査結果および是正措置を記録します。</translation>
    </message>
    <message>
        <source>Lists the incidents.</source>
        <translation>事故の一覧を表示します。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key derivation cost: use interactive, moderate or sensitive.</source>
        <translation>「%1」は鍵導出の計算量ではありません。interactive、moderate、sensitive のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>Created the register %1 with the security officer %2.</source>
        <translation>保全責任者 %2 で管理簿 %1 を作成しました。</translation>
    </message>
    <message>
        <source>RECOVERY CODE: %1</source>
        <translation>回復コード: %1</translation>
    </message>
    <message>
        <source>Write the recovery code down now and keep it in a locked container: it is shown only this once. It gives a user who lost their password a new one; anyone who holds it can do so.</source>
        <translation>回復コードを今すぐ書き留め、施錠された保管容器に保管してください。表示されるのはこの一度だけです。このコードでパスワードを失った利用者に新しいパスワードを設定できます。このコードを持つ者は誰でもそれが可能です。</translation>
    </message>
    <message>
        <source>Creates the register and its first security officer (new password: one line). Prints the recovery code once.</source>
        <translation>管理簿と最初の保全責任者を作成します(新しいパスワード: 1行)。回復コードを一度だけ表示します。</translation>
    </message>
    <message>
        <source>the whole register</source>
        <translation>管理簿全体</translation>
    </message>
    <message>
        <source>the container %1</source>
        <translation>保管容器 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>点検(棚卸し)</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>対象範囲</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了日時</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>所在確認済み</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>所在不明</translation>
    </message>
    <message>
        <source>Unexpected</source>
        <translation>想定外の部</translation>
    </message>
    <message>
        <source>Incidents opened</source>
        <translation>登録した事故</translation>
    </message>
    <message>
        <source>Inventory %1 of %2 is open: sight every copy, then finish it.</source>
        <translation>%2 の点検(棚卸し) %1 を開始しました。すべての部の現物を確認してから終了してください。</translation>
    </message>
    <message>
        <source>%1 is sighted.</source>
        <translation>%1 の現物を確認しました。</translation>
    </message>
    <message>
        <source>No inventory is open.</source>
        <translation>実施中の点検(棚卸し)はありません。</translation>
    </message>
    <message>
        <source>(charged to people)</source>
        <translation>(人に貸出し中)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>Top secret copies</source>
        <translation>機密の部数</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>前回実施日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>次回期限</translation>
    </message>
    <message>
        <source>Opens an inventory of a container or of the whole register.</source>
        <translation>保管容器または管理簿全体の点検(棚卸し)を開始します。</translation>
    </message>
    <message>
        <source>Records that a copy was seen in the open inventory.</source>
        <translation>実施中の点検(棚卸し)で部の現物を確認したことを記録します。</translation>
    </message>
    <message>
        <source>Closes the open inventory: prints present, missing and unexpected copies and opens an incident for each missing copy.</source>
        <translation>実施中の点検(棚卸し)を終了します。所在確認・所在不明・想定外の部を表示し、所在不明の部ごとに事故を登録します。</translation>
    </message>
    <message>
        <source>Shows the open inventory, if any.</source>
        <translation>実施中の点検(棚卸し)があれば表示します。</translation>
    </message>
    <message>
        <source>Lists past inventories.</source>
        <translation>過去の点検(棚卸し)の一覧を表示します。</translation>
    </message>
    <message>
        <source>Shows when the next top secret inventories are due.</source>
        <translation>機密文書の次回点検(棚卸し)の期限を表示します。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>The option --%1 needs a whole number, not &apos;%2&apos;.</source>
        <translation>オプション --%1 には「%2」ではなく整数を指定してください。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>保有中</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>廃棄済み</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>紛失</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>発送済み</translation>
    </message>
    <message>
        <source>Control No.</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>作成国</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status: use active, destroyed, lost or dispatched.</source>
        <translation>「%1」は状態ではありません。active、destroyed、lost、dispatched のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>受領国</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>制度</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>取扱制限</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Need-to-know groups</source>
        <translation>知る必要グループ</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Copies held</source>
        <translation>保有部数</translation>
    </message>
    <message>
        <source>Stored content</source>
        <translation>格納された内容</translation>
    </message>
    <message>
        <source>Classified by</source>
        <translation>指定者</translation>
    </message>
    <message>
        <source>Derived from</source>
        <translation>指定根拠</translation>
    </message>
    <message>
        <source>Declassify on</source>
        <translation>解除予定(日付または事由)</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>接受元</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>接受日</translation>
    </message>
    <message>
        <source>Checked for tampering</source>
        <translation>改ざんの検査</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Designation expired</source>
        <translation>指定の有効期間満了</translation>
    </message>
    <message>
        <source>Purpose ends</source>
        <translation>目的の終了日</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録日時</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>保持者</translation>
    </message>
    <message>
        <source>Released to</source>
        <translation>開示先</translation>
    </message>
    <message>
        <source>Approval reference</source>
        <translation>承認の文書番号</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>承認日</translation>
    </message>
    <message>
        <source>Reclassified</source>
        <translation>区分変更日時</translation>
    </message>
    <message>
        <source>From</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>Notice by</source>
        <translation>通知者</translation>
    </message>
    <message>
        <source>Notice date</source>
        <translation>通知日</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>文書番号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation>開示日時</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Wrote the content of %1 to %2.</source>
        <translation>%1 の内容を %2 に書き出しました。</translation>
    </message>
    <message>
        <source>%1 is reclassified from %2 to %3.</source>
        <translation>%1 の秘密区分を %2 から %3 に変更しました。</translation>
    </message>
    <message>
        <source>The release of %1 to %2 is recorded.</source>
        <translation>%1 の %2 への開示を記録しました。</translation>
    </message>
    <message>
        <source>No designation has expired.</source>
        <translation>有効期間が満了した指定はありません。</translation>
    </message>
    <message>
        <source>%1: the designation has expired; the expiry mark is applied.</source>
        <translation>%1: 指定の有効期間が満了したため、有効期間満了の表示を付しました。</translation>
    </message>
    <message>
        <source>Registers an item and its copies (officer). Prints the control number; copies start in --container, or charged to you.</source>
        <translation>文書とその部を登録します(保全責任者)。管理番号を表示します。部は --container の保管容器、または指定がなければあなたへの貸出しから始まります。</translation>
    </message>
    <message>
        <source>Lists the items you may access.</source>
        <translation>アクセスできる文書の一覧を表示します。</translation>
    </message>
    <message>
        <source>Shows one item and its copies (records a disclosure for top secret).</source>
        <translation>1つの文書とその部を表示します(機密の場合は開示記録を残します)。</translation>
    </message>
    <message>
        <source>Decrypts an item&apos;s stored content into a file (needs access; recorded).</source>
        <translation>文書の格納された内容を復号してファイルに書き出します(アクセス権が必要。記録されます)。</translation>
    </message>
    <message>
        <source>Records a reclassification on the originator&apos;s notice (officer).</source>
        <translation>作成国政府の通知に基づく区分変更を記録します(保全責任者)。</translation>
    </message>
    <message>
        <source>Records the originating government&apos;s written approval to release an item to a third country (officer).</source>
        <translation>文書を第三国へ開示することについての作成国政府の書面による承認を記録します(保全責任者)。</translation>
    </message>
    <message>
        <source>Applies the expiry mark to designations whose validity has passed (officer).</source>
        <translation>有効期間が経過した指定に有効期間満了の表示を付します(保全責任者)。</translation>
    </message>
    <message>
        <source>Lists items whose purpose has ended and that still have copies held (to return or destroy).</source>
        <translation>目的が終了したにもかかわらず部が保有されている文書の一覧を表示します(返還または廃棄の対象)。</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>回復コード: </translation>
    </message>
    <message>
        <source>%1 has a new password and new keys.</source>
        <translation>%1 に新しいパスワードと新しい鍵を設定しました。</translation>
    </message>
    <message>
        <source>Reproduced %1: %2 (held by you).</source>
        <translation>%1 を複製しました: %2(あなたが保持)。</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Makes new copies (or a translation), held by you; top secret needs --consent-ref (standard input: your password, then the approver&apos;s).</source>
        <translation>新しい部(または翻訳)を作成し、あなたが保持します。機密の場合は --consent-ref が必要です(標準入力: あなたのパスワード、次に承認者のパスワード)。</translation>
    </message>
    <message>
        <source>Lists the reproduction and translation records.</source>
        <translation>複製・翻訳の記録の一覧を表示します。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>秘密取扱資格</translation>
    </message>
    <message>
        <source>Clearance granted</source>
        <translation>資格付与日</translation>
    </message>
    <message>
        <source>Clearance expires</source>
        <translation>資格の有効期限</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Briefed</source>
        <translation>保全教育</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>知る必要グループ</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>鍵フィンガープリント</translation>
    </message>
    <message>
        <source>Added %1 (%2, %3).</source>
        <translation>%1 を追加しました(%2、%3)。</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>%1 is now in the need-to-know group %2.</source>
        <translation>%1 を知る必要グループ %2 に追加しました。</translation>
    </message>
    <message>
        <source>%1 is no longer in the need-to-know group %2.</source>
        <translation>%1 を知る必要グループ %2 から削除しました。</translation>
    </message>
    <message>
        <source>The account %1 is disabled; its key slot is removed.</source>
        <translation>アカウント %1 を無効化し、その鍵スロットを削除しました。</translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>%1 のパスワードを変更しました。</translation>
    </message>
    <message>
        <source>Adds a cleared person (officer; standard input: your password, then the new user&apos;s password).</source>
        <translation>秘密取扱資格を有する人員を追加します(保全責任者。標準入力: あなたのパスワード、次に新しい利用者のパスワード)。</translation>
    </message>
    <message>
        <source>Lists the cleared people.</source>
        <translation>秘密取扱資格を有する人員の一覧を表示します。</translation>
    </message>
    <message>
        <source>Shows one person.</source>
        <translation>1人の人員を表示します。</translation>
    </message>
    <message>
        <source>Adds a person to a need-to-know group (officer).</source>
        <translation>人員を知る必要グループに追加します(保全責任者)。</translation>
    </message>
    <message>
        <source>Removes a person from a need-to-know group (officer).</source>
        <translation>人員を知る必要グループから削除します(保全責任者)。</translation>
    </message>
    <message>
        <source>Disables an account (officer).</source>
        <translation>アカウントを無効化します(保全責任者)。</translation>
    </message>
    <message>
        <source>Changes your password (standard input: the current one, then the new one).</source>
        <translation>あなたのパスワードを変更します(標準入力: 現在のパスワード、次に新しいパスワード)。</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>オプション --%1 には値を指定できません。</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>オプション --%1 には値が必要です。</translation>
    </message>
    <message>
        <source>The option --%1 is given more than once.</source>
        <translation>オプション --%1 が複数回指定されています。</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>オプション --%1 は必須です。</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>%1 が指定されていません。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>予期しない引数「%1」があります。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a level: use unclassified, confidential, secret or top-secret.</source>
        <translation>「%1」は秘密区分ではありません。unclassified、confidential、secret、top-secret のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role: use officer, custodian, staff or auditor.</source>
        <translation>「%1」は役割ではありません。officer、custodian、staff、auditor のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>Password for %1 (second person): </source>
        <translation>%1(二人目)のパスワード: </translation>
    </message>
    <message>
        <source>Nothing was entered.</source>
        <translation>何も入力されていません。</translation>
    </message>
    <message>
        <source>Standard input ended: a password or code was expected (one per line).</source>
        <translation>標準入力が終了しました。パスワードまたはコードが必要です(1行に1つ)。</translation>
    </message>
    <message>
        <source>The line read from standard input is too long.</source>
        <translation>標準入力から読み込んだ行が長すぎます。</translation>
    </message>
    <message>
        <source>The option --summary (or --summary-file) is required.</source>
        <translation>--summary(または --summary-file)の指定が必要です。</translation>
    </message>
    <message>
        <source>Only one of --findings-file and --measures-file can be standard input.</source>
        <translation>--findings-file と --measures-file のうち標準入力にできるのは一方だけです。</translation>
    </message>
    <message>
        <source>The option --title (or --title-file) is required.</source>
        <translation>--title(または --title-file)の指定が必要です。</translation>
    </message>
    <message>
        <source>The option --reason (or --reason-file) is required.</source>
        <translation>--reason(または --reason-file)の指定が必要です。</translation>
    </message>
    <message>
        <source>Idle lock (minutes)</source>
        <translation>無操作ロック(分)</translation>
    </message>
    <message>
        <source>Shows the register&apos;s settings (idle lock time).</source>
        <translation>管理簿の設定(無操作ロックの時間)を表示します。</translation>
    </message>
    <message>
        <source>Sets the minutes of inactivity after which a window locks (officer).</source>
        <translation>操作がない場合に画面をロックするまでの分数を設定します(保全責任者)。</translation>
    </message>
    <message>
        <source>Give either --%1 or --%2, not both.</source>
        <translation>--%1 と --%2 はどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>The option --%1 (or --%2) is required.</source>
        <translation>--%1(または --%2)の指定が必要です。</translation>
    </message>
    <message>
        <source>The text in %1 is too long (64 KiB at most).</source>
        <translation>%1 の文章が長すぎます(64 KiB まで)。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the accountability view: titles and details withheld from %1, who is outside their need-to-know groups.</source>
        <translation>
            <numerusform>管理記録のみの文書 %n 件: %1 は知る必要のグループに属さないため、件名と詳細を非表示にしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>looked up %1</source>
        <translation>%1 を照会</translation>
    </message>
    <message>
        <source>built-in pack (no event adopts it)</source>
        <translation>組み込みのパック(採用したイベントはありません)</translation>
    </message>
    <message>
        <source>event %1, %2, by %3</source>
        <translation>イベント %1、%2、%3 が採用</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1、%2 が採用</translation>
    </message>
    <message>
        <source>Policy pack</source>
        <translation>ポリシーパック</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Hash (BLAKE2b-256)</source>
        <translation>ハッシュ(BLAKE2b-256)</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>採用</translation>
    </message>
    <message>
        <source>Adopted the policy pack %1 %2 (sha %3), event %4.</source>
        <translation>ポリシーパック %1 %2(ハッシュ %3)を採用しました。イベント %4。</translation>
    </message>
    <message>
        <source>Shows the policy pack in force: its id, version and hash, and the event that adopted it.</source>
        <translation>適用中のポリシーパック(ID、バージョン、ハッシュ)と、それを採用したイベントを表示します。</translation>
    </message>
    <message>
        <source>Adopts a policy pack for the register, recorded as a signed event (officer).</source>
        <translation>管理簿のポリシーパックを採用し、署名付きのイベントとして記録します(保全責任者)。</translation>
    </message>
    <message>
        <source>The content of %1 is not what was registered: %2</source>
        <translation>%1 の内容は登録されたものではありません: %2</translation>
    </message>
    <message>
        <source>Every event of %1 is still there, unchanged.</source>
        <translation>%1 のすべてのイベントが、変更されずに残っています。</translation>
    </message>
    <message>
        <source>Content: %1 checked against the registered hash; %2 not sealed to you (another officer or auditor who holds their keys can check them).</source>
        <translation>内容: %1 件を登録時のハッシュと照合しました。%2 件はあなたに鍵が封緘されていません(その鍵を持つ他の保全責任者または検査官が照合できます)。</translation>
    </message>
    <message>
        <source>Head: event %1, hash %2</source>
        <translation>先頭: イベント %1、ハッシュ %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Sealed the verified trail at event %1 (hash %2) into %3. Keep it outside the register, in a container; `audit verify --since %3` proves later that none of these events was removed or changed.</source>
        <translation>検証済みの監査証跡をイベント %1(ハッシュ %2)で封印し、%3 に保存しました。管理簿の外、保管容器に保管してください。後で `audit verify --since %3` により、これらのイベントが削除・変更されていないことを証明できます。</translation>
    </message>
    <message>
        <source>Verifies the whole audit trail (chain, signatures, authority, every state table against the events); --since proves every event of an earlier seal or bundle is still there; --content decrypts the content sealed to you against the registered hash; exit 4 names the first event or row that fails.</source>
        <translation>監査証跡全体を検証します(連鎖、署名、権限、イベントに対するすべての状態表)。--since は以前の封印またはバンドルのすべてのイベントが残っていることを証明し、--content はあなたに封緘された内容を復号して登録時のハッシュと照合します。終了コード 4 は最初に失敗したイベントまたは行を示します。</translation>
    </message>
    <message>
        <source>Verifies the trail and writes its head (last event and hash), signed, into FILE to keep offline.</source>
        <translation>監査証跡を検証し、その先頭(最後のイベントとハッシュ)に署名して FILE に書き出します。オフラインで保管してください。</translation>
    </message>
    <message>
        <source>Password of %1, the officer present: </source>
        <translation>立ち会う保全責任者 %1 のパスワード: </translation>
    </message>
    <message>
        <source>Gives a user who lost their password a new one, with an officer present who signs (standard input: the recovery code, the officer&apos;s password, then the new password; no officer only for the register&apos;s only officer).</source>
        <translation>パスワードを失った利用者に、保全責任者の立会いと署名のもとで新しいパスワードを設定します(標準入力: 回復コード、保全責任者のパスワード、新しいパスワードの順。立会人を省略できるのは管理簿の唯一の保全責任者のみ)。</translation>
    </message>
    <message>
        <source>Head: event %1, hash %2 (a checkpoint: the trail before it verifies)</source>
        <translation>先頭: イベント %1、ハッシュ %2(チェックポイント: それより前の監査証跡は正しく検証されました)</translation>
    </message>
    <message>
        <source>Head: event %1, hash %2 (the trail does not verify: no checkpoint)</source>
        <translation>先頭: イベント %1、ハッシュ %2(監査証跡が正しく検証されないため、チェックポイントはありません)</translation>
    </message>
    <message>
        <source>Backed up the register to %1 and its key ring to %2.</source>
        <translation>管理簿を %1 に、その鍵束を %2 にバックアップしました。</translation>
    </message>
    <message>
        <source>The copy verifies. Head: event %1, hash %2.</source>
        <translation>複製は検証に合格しました。先頭: イベント %1、ハッシュ %2。</translation>
    </message>
    <message>
        <source>no seal or export given (--against): the restore cannot tell which recorded events the backup lacks.</source>
        <translation>封印またはエクスポートが指定されていません(--against)。バックアップに欠けている記録済みのイベントを判定できません。</translation>
    </message>
    <message>
        <source>The backup verifies. Head: event %1, hash %2.</source>
        <translation>バックアップは検証に合格しました。先頭: イベント %1、ハッシュ %2。</translation>
    </message>
    <message>
        <source>The backup lacks event %1, which %2 recorded: it is not in the restored register.</source>
        <translation>バックアップには %2 が記録したイベント %1 が欠けています。復元した管理簿には含まれません。</translation>
    </message>
    <message>
        <source>The backup lacks events %1 to %2, which %3 recorded: they are not in the restored register.</source>
        <translation>バックアップには %3 が記録したイベント %1 から %2 が欠けています。復元した管理簿には含まれません。</translation>
    </message>
    <message>
        <source>The backup holds every event %1 recorded (up to event %2).</source>
        <translation>バックアップは %1 が記録したすべてのイベント(イベント %2 まで)を含んでいます。</translation>
    </message>
    <message>
        <source>The register that was at %1 is kept as %2.</source>
        <translation>%1 にあった管理簿は %2 として残しました。</translation>
    </message>
    <message>
        <source>Restored the register to %1 and its key ring to %2; recorded as event %3.</source>
        <translation>管理簿を %1 に、その鍵束を %2 に復元し、イベント %3 として記録しました。</translation>
    </message>
    <message>
        <source>Copies the register and its key ring to DEST and DEST.keys, consistently while in use, verifies the copy and records the backup (officer; never overwrites).</source>
        <translation>管理簿とその鍵束を、使用中でも一貫した状態で DEST と DEST.keys に複製し、複製を検証してバックアップを記録します(保全責任者。上書きはしません)。</translation>
    </message>
    <message>
        <source>Verifies a backup with an officer&apos;s password from its key ring, says which events of a seal or export it lacks, and restores it to PATH (an existing register only with --replace; it is moved aside).</source>
        <translation>バックアップの鍵束にある保全責任者のパスワードでバックアップを検証し、封印またはエクスポートと照合して欠けているイベントを示し、PATH に復元します(既存の管理簿は --replace 指定時のみ。元の管理簿は別名で残します)。</translation>
    </message>
    <message>
        <source>%1 is encrypted under fresh keys: only those entitled to it now can open it.</source>
        <translation>%1 を新しい鍵で暗号化し直しました。現在資格のある者だけが開けます。</translation>
    </message>
    <message>
        <source>Re-encrypts an item under fresh keys for those entitled to it now, so that people who lost access cannot open it with keys they kept (officer).</source>
        <translation>文書を、現在資格のある者のための新しい鍵で暗号化し直します。アクセス権を失った者が手元に残した鍵で開けないようにします(保全責任者)。</translation>
    </message>
    <message>
        <source>Passwords are never arguments: they are read one per line from standard input, or asked for on a terminal. A new password needs at least %1 characters and must be hard to guess. The register defaults to $KANRIBO_REGISTER, else %2.</source>
        <translation>パスワードは引数では渡せません。標準入力から 1 行に 1 つずつ読み込むか、端末で入力を求めます。新しいパスワードは %1 文字以上で、推測されにくいものでなければなりません。管理簿は $KANRIBO_REGISTER、未設定なら %2 です。</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>貸出し日時</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>貸出し者</translation>
    </message>
    <message>
        <source>Lists the copies out on loan (issued to a person) and when each is due back.</source>
        <translation>貸出し中の部(個人に貸し出した部)とそれぞれの返却期限を一覧表示します。</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>返却期限</translation>
    </message>
    <message>
        <source>%1 recovered into the container %2.</source>
        <translation>%1 を保管容器 %2 に回収しました。</translation>
    </message>
    <message>
        <source>Takes a copy out of another person&apos;s charge into a security container, without their signature (officer).</source>
        <translation>他の者に貸し出されている部を、その者の署名なしに保管容器へ回収します(保全責任者)。</translation>
    </message>
    <message>
        <source>%1: debriefing recorded (%2).</source>
        <translation>%1: 解除教育を記録しました(%2)。</translation>
    </message>
    <message>
        <source>The account %1 was already disabled.</source>
        <translation>アカウント %1 は既に無効化されていました。</translation>
    </message>
    <message>
        <source>registered it</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>held a copy</source>
        <translation>部の貸出し</translation>
    </message>
    <message>
        <source>viewed the record</source>
        <translation>記録の閲覧</translation>
    </message>
    <message>
        <source>opened the content</source>
        <translation>内容の閲覧</translation>
    </message>
    <message>
        <source>Authorised now for %1 (%2):</source>
        <translation>%1(%2)を現在取り扱える者:</translation>
    </message>
    <message>
        <source>Has had access:</source>
        <translation>取り扱った者:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>取扱い</translation>
    </message>
    <message>
        <source>A person leaves: recovers every copy charged to them into the container, records their debriefing (today unless --debriefed) and disables the account (officer).</source>
        <translation>離職・異動者の手続: その者に貸し出されているすべての部を保管容器に回収し、解除教育を記録し(--debriefed がなければ本日)、アカウントを無効化します(保全責任者)。</translation>
    </message>
    <message>
        <source>Lists who is authorised for an item now and who has had access to it, and when (officer, auditor).</source>
        <translation>文書を現在取り扱える者と、これまでに取り扱った者およびその日時を表示します(保全責任者、検査官)。</translation>
    </message>
    <message>
        <source>Debriefed</source>
        <translation>解除教育</translation>
    </message>
    <message>
        <source>The container %1 is recorded as open.</source>
        <translation>保管容器 %1 の開扉を記録しました。</translation>
    </message>
    <message>
        <source>The container %1 is recorded as closed.</source>
        <translation>保管容器 %1 の閉扉を記録しました。</translation>
    </message>
    <message>
        <source>The container %1 is checked: secured.</source>
        <translation>保管容器 %1 を点検しました(施錠確認済み)。</translation>
    </message>
    <message>
        <source>LEFT OPEN</source>
        <translation>開扉のまま</translation>
    </message>
    <message>
        <source>CHECK DUE</source>
        <translation>要点検</translation>
    </message>
    <message>
        <source>open</source>
        <translation>開扉</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>閉扉</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>最終点検</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>点検者</translation>
    </message>
    <message>
        <source>Records that you opened a container (cleared for its level).</source>
        <translation>保管容器を開けたことを記録します(容器の区分以上の適性評価が必要)。</translation>
    </message>
    <message>
        <source>Records that you closed and locked a container.</source>
        <translation>保管容器を閉めて施錠したことを記録します。</translation>
    </message>
    <message>
        <source>Records the end-of-day check that a closed container is secured.</source>
        <translation>閉じた保管容器が施錠されていることの終業時点検を記録します。</translation>
    </message>
    <message>
        <source>Shows each container open or closed, since when and by whom, and its last check; flags one left open from an earlier day or not yet checked today.</source>
        <translation>各保管容器の開閉状態、その時刻と実施者、最終点検を表示します。前日から開いたままの容器と、本日未点検の容器に印を付けます。</translation>
    </message>
    <message>
        <source>Nobody is recorded as knowing the combination of %1.</source>
        <translation>%1 のダイヤル番号を知る者は記録されていません。</translation>
    </message>
    <message>
        <source>The combination of %1 is known to %2.</source>
        <translation>%1 のダイヤル番号を知る者: %2</translation>
    </message>
    <message>
        <source>The change of the combination of %1 is recorded.</source>
        <translation>%1 のダイヤル番号の変更を記録しました。</translation>
    </message>
    <message>
        <source>change due: never changed since put in use</source>
        <translation>要変更: 使用開始後に変更の記録がありません</translation>
    </message>
    <message>
        <source>change due: %1 no longer may know it</source>
        <translation>要変更: %1 は番号を知る資格を失いました</translation>
    </message>
    <message>
        <source>change due: a year since the last change</source>
        <translation>要変更: 前回の変更から 1 年が経過しました</translation>
    </message>
    <message>
        <source>Combination known to</source>
        <translation>ダイヤル番号を知る者</translation>
    </message>
    <message>
        <source>Combination changed</source>
        <translation>ダイヤル番号の変更</translation>
    </message>
    <message>
        <source>Records who knows a container&apos;s combination, as the whole list; without --login, nobody (officer).</source>
        <translation>保管容器のダイヤル番号を知る者を一覧として記録します。--login がなければ記録なしとします(保全責任者)。</translation>
    </message>
    <message>
        <source>Records that a container&apos;s combination was changed (an officer, or one who knows it; never the combination).</source>
        <translation>保管容器のダイヤル番号を変更したことを記録します(保全責任者または番号を知る者。番号そのものは記録しません)。</translation>
    </message>
    <message>
        <source>The container %1 is no longer reserved.</source>
        <translation>保管容器 %1 の指定を解除しました。</translation>
    </message>
    <message>
        <source>The container %1 is reserved for %2.</source>
        <translation>保管容器 %1 を %2 専用に指定しました。</translation>
    </message>
    <message>
        <source>Reserves a container for material of these origins, regimes or groups; nothing else may be stored in it. Without options, lifts the reservation (officer).</source>
        <translation>保管容器を、指定した作成国・制度・グループの資料専用にします。それ以外は保管できません。オプションなしで指定を解除します(保全責任者)。</translation>
    </message>
</context>
<context>
    <name>kanribo::CombinationDialog</name>
    <message>
        <source>Who knows the combination</source>
        <translation>ダイヤル番号を知る者</translation>
    </message>
    <message>
        <source>C&amp;ontainer:</source>
        <translation>保管容器(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Known to:</source>
        <translation>番号を知る者(&amp;K):</translation>
    </message>
    <message>
        <source>Record the people only; never the combination itself.</source>
        <translation>記録するのは人だけです。ダイヤル番号そのものは記録しません。</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>記録(&amp;R)</translation>
    </message>
</context>
<context>
    <name>kanribo::Compartments</name>
    <message>
        <source>The register&apos;s events cannot be read.</source>
        <translation>管理簿の記録を読み取れません。</translation>
    </message>
    <message>
        <source>The public key of %1 is malformed.</source>
        <translation>%1 の公開鍵の形式が正しくありません。</translation>
    </message>
    <message>
        <source>The key of %1 sealed to you does not open: the register was altered.</source>
        <translation>あなた宛てに封をされた %1 の鍵が開きません。管理簿が改変されています。</translation>
    </message>
    <message>
        <source>The register has no key for %1.</source>
        <translation>管理簿に %1 の鍵がありません。</translation>
    </message>
    <message>
        <source>A compartment&apos;s public key in the register is malformed.</source>
        <translation>管理簿にある区画の公開鍵の形式が正しくありません。</translation>
    </message>
    <message>
        <source>The key of %1 is not one you hold.</source>
        <translation>%1 の鍵をあなたは保有していません。</translation>
    </message>
    <message>
        <source>table %1, row %2: %3 is not what the ledger says</source>
        <translation>表 %1、行 %2: %3 が記録と一致しません</translation>
    </message>
    <message>
        <source>the public key</source>
        <translation>公開鍵</translation>
    </message>
    <message>
        <source>the number of epochs</source>
        <translation>世代の数</translation>
    </message>
    <message>
        <source>the sealed key</source>
        <translation>封をされた鍵</translation>
    </message>
    <message>
        <source>the number of sealed keys</source>
        <translation>封をされた鍵の数</translation>
    </message>
</context>
<context>
    <name>kanribo::ContainersModel</name>
    <message>
        <source>Container</source>
        <translation>保管容器</translation>
    </message>
    <message>
        <source>Approved level</source>
        <translation>承認区分</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>設置場所</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>閉扉</translation>
    </message>
    <message>
        <source>open since %1 (%2)</source>
        <translation>%1 から開扉(%2)</translation>
    </message>
    <message>
        <source>closed %1 (%2)</source>
        <translation>%1 に閉扉(%2)</translation>
    </message>
    <message>
        <source>Left open from an earlier day: secure it and report it.</source>
        <translation>前日から開いたままです。施錠し、報告してください。</translation>
    </message>
    <message>
        <source>check due</source>
        <translation>要点検</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Open or closed</source>
        <translation>開閉状態</translation>
    </message>
    <message>
        <source>Last end-of-day check</source>
        <translation>最終の終業時点検</translation>
    </message>
    <message>
        <source>known to: not recorded</source>
        <translation>番号を知る者: 未記録</translation>
    </message>
    <message>
        <source>known to %1</source>
        <translation>番号を知る者: %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>changed %1 (%2); %3</source>
        <translation>%1 に変更(%2)。%3</translation>
    </message>
    <message>
        <source>combination change due: none recorded since put in use</source>
        <translation>ダイヤル番号の変更が必要: 使用開始後に変更の記録なし</translation>
    </message>
    <message>
        <source>combination change due: %1 no longer may know it</source>
        <translation>ダイヤル番号の変更が必要: %1 が番号を知る資格を失った</translation>
    </message>
    <message>
        <source>combination change due: a year since the last change</source>
        <translation>ダイヤル番号の変更が必要: 前回の変更から 1 年経過</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>ダイヤル番号</translation>
    </message>
    <message>
        <source>origin %1</source>
        <translation>作成国 %1</translation>
    </message>
    <message>
        <source>regime %1</source>
        <translation>制度 %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>グループ %1</translation>
    </message>
    <message>
        <source>Reserved for</source>
        <translation>専用指定</translation>
    </message>
</context>
<context>
    <name>kanribo::ContentCipher</name>
    <message>
        <source>The stored document content is damaged or was altered.</source>
        <translation>格納された文書の内容が破損しているか、改ざんされています。</translation>
    </message>
    <message>
        <source>Cannot read the document: %1</source>
        <translation>文書を読み込めません: %1</translation>
    </message>
    <message>
        <source>The stored document content is not the content registered: its hash differs from the one the ledger recorded. It was replaced.</source>
        <translation>保存されている文書の内容は登録されたものではありません: ハッシュが記録と異なります。差し替えられています。</translation>
    </message>
</context>
<context>
    <name>kanribo::ContentViewer</name>
    <message>
        <source>%1 — content</source>
        <translation>%1 — 内容</translation>
    </message>
    <message>
        <source>%1   %2   (decrypted in memory only; wiped when this window closes)</source>
        <translation>%1   %2   (メモリ上でのみ復号しています。このウィンドウを閉じると消去されます)</translation>
    </message>
    <message numerus="yes">
        <source>This content is not text, an image or a PDF, and cannot be shown here (%n byte(s)).</source>
        <translation>
            <numerusform>この内容はテキスト、画像、PDF のいずれでもないため、ここには表示できません(%n バイト)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kanribo::CopyStateMachine</name>
    <message>
        <source>%1 has not been dispatched.</source>
        <translation>%1 は発送されていません。</translation>
    </message>
    <message>
        <source>%1 has been destroyed; its record is read-only.</source>
        <translation>%1 は廃棄済みです。その記録は読み取り専用です。</translation>
    </message>
    <message>
        <source>%1 is recorded as lost.</source>
        <translation>%1 は紛失として記録されています。</translation>
    </message>
    <message>
        <source>%1 has been dispatched outside the facility.</source>
        <translation>%1 は施設外へ発送済みです。</translation>
    </message>
    <message>
        <source>%1 is charged to %2, not to you.</source>
        <translation>%1 はあなたではなく %2 に貸し出されています。</translation>
    </message>
    <message>
        <source>%1 is in the container %2, not charged to you.</source>
        <translation>%1 は保管容器 %2 に保管されており、あなたには貸し出されていません。</translation>
    </message>
    <message>
        <source>Only an officer or custodian may do this with a stored copy.</source>
        <translation>保管中の部に対するこの操作は、保全責任者または保管責任者のみが行えます。</translation>
    </message>
    <message>
        <source>%1 is already charged to you.</source>
        <translation>%1 は既にあなたに貸し出されています。</translation>
    </message>
    <message>
        <source>%1 is already in the container %2.</source>
        <translation>%1 は既に保管容器 %2 に保管されています。</translation>
    </message>
    <message>
        <source>%1 is charged to %2; only a stored copy can be issued.</source>
        <translation>%1 は %2 に貸し出されています。貸出しできるのは保管中の部のみです。</translation>
    </message>
    <message>
        <source>%1 is in the container %2; it is not charged to anyone.</source>
        <translation>%1 は保管容器 %2 にあり、誰にも貸し出されていません。</translation>
    </message>
    <message>
        <source>%1 is charged to you: store it instead.</source>
        <translation>%1 はあなたに貸し出されています。回収ではなく保管してください。</translation>
    </message>
</context>
<context>
    <name>kanribo::Custody</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1を入力してください。</translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation>%1が長すぎます。</translation>
    </message>
    <message>
        <source>The receiving organisation</source>
        <translation>受領機関</translation>
    </message>
    <message>
        <source>The channel</source>
        <translation>送付手段</translation>
    </message>
    <message>
        <source>The receipt number</source>
        <translation>受領証番号</translation>
    </message>
    <message>
        <source>The receipt for %1 is already recorded.</source>
        <translation>%1 の受領証は既に記録されています。</translation>
    </message>
    <message>
        <source>The number of copies must be between 1 and 99.</source>
        <translation>部数は 1~99 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The reason (official need)</source>
        <translation>理由(公務上の必要性)</translation>
    </message>
    <message>
        <source>%1 has no copy left in the holdings.</source>
        <translation>%1 の保有中の部は残っていません。</translation>
    </message>
    <message>
        <source>Translation of %1. Contains classified information of the Government of %2.</source>
        <translation>%1 の翻訳。%2 政府の秘密情報を含む。</translation>
    </message>
    <message>
        <source>Unknown destruction method &apos;%1&apos; (allowed: %2).</source>
        <translation>廃棄方法「%1」は不明です(使用可能: %2)。</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>%1 has no copy in the holdings to report on.</source>
        <translation>%1 には報告対象となる保有中の部がありません。</translation>
    </message>
    <message>
        <source>No incident %1.</source>
        <translation>事故 %1 はありません。</translation>
    </message>
    <message>
        <source>Incident %1 is closed.</source>
        <translation>事故 %1 は終結済みです。</translation>
    </message>
    <message>
        <source>Before closing, record when the originator was notified, the findings and the corrective measures.</source>
        <translation>終結する前に、作成国政府への通報日時、調査結果および是正措置を記録してください。</translation>
    </message>
    <message>
        <source>Nothing to update.</source>
        <translation>更新する内容がありません。</translation>
    </message>
    <message>
        <source>Inventory %1 is still open: finish it first.</source>
        <translation>点検(棚卸し) %1 がまだ実施中です。先に終了してください。</translation>
    </message>
    <message>
        <source>Type or scan a copy number such as S-2026-000001/1.</source>
        <translation>S-2026-000001/1 のような部番号を入力するか、スキャンしてください。</translation>
    </message>
    <message>
        <source>No inventory is open: start one first.</source>
        <translation>実施中の点検(棚卸し)はありません。先に開始してください。</translation>
    </message>
    <message>
        <source>No inventory is open.</source>
        <translation>実施中の点検(棚卸し)はありません。</translation>
    </message>
    <message>
        <source>copy %1 is in the register but no event created it</source>
        <translation>部 %1 は管理簿にありますが、それを作成したイベントがありません</translation>
    </message>
    <message>
        <source>copy %1 differs from the ledger after event %2: stored %3/%4/%5, ledger %6/%7/%8</source>
        <translation>部 %1 はイベント %2 以降の台帳と一致しません: 格納値 %3/%4/%5、台帳 %6/%7/%8</translation>
    </message>
    <message>
        <source>copy %1 is in the ledger (event %2) but missing from the register</source>
        <translation>部 %1 は台帳(イベント %2)にありますが、管理簿にありません</translation>
    </message>
    <message>
        <source>The due date %1 has passed: a loan is due back today or later.</source>
        <translation>返却期限 %1 は過ぎています。返却期限は今日以降の日付にしてください。</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>kanribo::DashboardPage</name>
    <message>
        <source>Copies charged to people</source>
        <translation>人に貸出し中の部</translation>
    </message>
    <message>
        <source>never</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未通報</translation>
    </message>
    <message>
        <source>Holdings by level (active items)</source>
        <translation>秘密区分別の保有状況(保有中の文書)</translation>
    </message>
    <message>
        <source>Copies charged out to people</source>
        <translation>人に貸出し中の部</translation>
    </message>
    <message>
        <source>Dispatches with overdue receipts</source>
        <translation>受領証の返送期限を過ぎた発送</translation>
    </message>
    <message numerus="yes">
        <source>Clearances expiring within %n day(s)</source>
        <translation>
            <numerusform>%n 日以内に有効期限を迎える秘密取扱資格</numerusform>
        </translation>
    </message>
    <message>
        <source>Open incidents (loss or compromise)</source>
        <translation>対応中の事故(紛失・漏えい)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>部数</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>部番号</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>受領国</translation>
    </message>
    <message>
        <source>Receipt due</source>
        <translation>受領証の返送期限</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>対象範囲</translation>
    </message>
    <message>
        <source>TS copies</source>
        <translation>機密の部数</translation>
    </message>
    <message>
        <source>Last inventory</source>
        <translation>前回の点検(棚卸し)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>次回期限</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Originator notified</source>
        <translation>作成国政府への通報</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>期限超過 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Top Secret inventories due (overdue in red)</source>
        <translation>機密文書の点検(棚卸し)期限(期限超過は赤色)</translation>
    </message>
    <message>
        <source>Loans overdue (issued copies not back by their due date)</source>
        <translation>返却期限を過ぎた貸出し(期限までに返却されていない部)</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>保持者</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>貸出し者</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>返却期限</translation>
    </message>
    <message>
        <source>left open since %1</source>
        <translation>%1 から開いたまま</translation>
    </message>
    <message>
        <source>check due</source>
        <translation>要点検</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>保管容器</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>Containers to secure (left open, not checked after closing today, combination due)</source>
        <translation>施錠確認が必要な保管容器(開いたまま、本日閉じた後に未点検、ダイヤル番号の変更時期)</translation>
    </message>
</context>
<context>
    <name>kanribo::Database</name>
    <message>
        <source>The register %1 does not exist.</source>
        <translation>管理簿 %1 は存在しません。</translation>
    </message>
    <message>
        <source>Cannot open the register %1: %2</source>
        <translation>管理簿 %1 を開けません: %2</translation>
    </message>
    <message>
        <source>The register key has the wrong size.</source>
        <translation>管理簿の鍵のサイズが正しくありません。</translation>
    </message>
    <message>
        <source>The register %1 cannot be decrypted: it is damaged, not a Kanribo register, or does not belong to this key ring.</source>
        <translation>管理簿 %1 を復号できません。破損しているか、Kanribo の管理簿ではないか、この鍵束ファイルのものではありません。</translation>
    </message>
    <message>
        <source>Database error (%1): %2</source>
        <translation>データベースエラー(%1): %2</translation>
    </message>
    <message>
        <source>Cannot write the register %1: the disk is full or the file cannot grow any more. Nothing was changed.</source>
        <translation>管理簿 %1 に書き込めません: ディスクが満杯か、ファイルをこれ以上大きくできません。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>kanribo::DestroyDialog</name>
    <message>
        <source>Destroy a copy</source>
        <translation>部の廃棄</translation>
    </message>
    <message>
        <source>&amp;Copy:</source>
        <translation>対象の部(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>廃棄方法(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Witness&apos;s login:</source>
        <translation>立会人のログイン名(&amp;W):</translation>
    </message>
    <message>
        <source>Witness&apos;s &amp;password:</source>
        <translation>立会人のパスワード(&amp;P):</translation>
    </message>
    <message>
        <source>required for this level: the witness types it here, now</source>
        <translation>この秘密区分では必須です。立会人がこの場で入力してください</translation>
    </message>
    <message>
        <source>not required for this level</source>
        <translation>この秘密区分では不要です</translation>
    </message>
    <message>
        <source>&amp;Destroy and sign</source>
        <translation>廃棄して署名(&amp;D)</translation>
    </message>
</context>
<context>
    <name>kanribo::DisableUserDialog</name>
    <message>
        <source>Disable user</source>
        <translation>利用者の無効化</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>利用者(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>無効化(&amp;D)</translation>
    </message>
    <message>
        <source>Disable the account %1? The user can no longer log in. The account and its records stay in the register.</source>
        <translation>アカウント %1 を無効化しますか?この利用者はログインできなくなります。アカウントとその記録は管理簿に残ります。</translation>
    </message>
</context>
<context>
    <name>kanribo::DispatchDialog</name>
    <message>
        <source>Dispatch a copy</source>
        <translation>部の発送</translation>
    </message>
    <message>
        <source>&amp;Copy:</source>
        <translation>対象の部(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Recipient organisation:</source>
        <translation>受領機関(&amp;R):</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>送付手段(&amp;H):</translation>
    </message>
    <message>
        <source>Receipt &amp;due:</source>
        <translation>受領証の返送期限(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Dispatch</source>
        <translation>発送(&amp;D)</translation>
    </message>
</context>
<context>
    <name>kanribo::Event</name>
    <message>
        <source>Malformed event encoding.</source>
        <translation>イベントの符号化形式が不正です。</translation>
    </message>
</context>
<context>
    <name>kanribo::EventDetailView</name>
    <message>
        <source>Event %1: %2</source>
        <translation>イベント %1: %2</translation>
    </message>
    <message>
        <source>Time: %1 (%2 UTC)</source>
        <translation>日時: %1(UTC %2)</translation>
    </message>
    <message>
        <source>Signed by: %1</source>
        <translation>署名者: %1</translation>
    </message>
    <message>
        <source>Co-signed by: %1</source>
        <translation>連署者: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>対象: %1</translation>
    </message>
    <message>
        <source>Verification: not yet checked here (Verify checks the whole trail).</source>
        <translation>検証: この画面では未確認です(「検証」で監査証跡全体を確認します)。</translation>
    </message>
    <message>
        <source>Verification: hash, chain link and every signature verified.</source>
        <translation>検証: ハッシュ、チェーンの連結およびすべての署名を確認しました。</translation>
    </message>
    <message>
        <source>Verification: FAILS — the first event that does not verify.</source>
        <translation>検証: 失敗 — 検証に失敗した最初のイベントです。</translation>
    </message>
    <message>
        <source>Verification: after the first failure; nothing from here on can be trusted.</source>
        <translation>検証: 最初の失敗より後のイベントです。ここから先は信頼できません。</translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation>ハッシュ: %1</translation>
    </message>
    <message>
        <source>Previous hash: %1</source>
        <translation>直前のハッシュ: %1</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>記録内容:</translation>
    </message>
</context>
<context>
    <name>kanribo::EventSentence</name>
    <message>
        <source>security officer</source>
        <translation>保全責任者</translation>
    </message>
    <message>
        <source>custodian</source>
        <translation>保管責任者</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>検査官</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>取扱者</translation>
    </message>
    <message>
        <source>(receipt signed)</source>
        <translation>(受領署名あり)</translation>
    </message>
    <message>
        <source>(no receipt)</source>
        <translation>(受領署名なし)</translation>
    </message>
    <message>
        <source>the recovery code</source>
        <translation>回復コード</translation>
    </message>
    <message>
        <source>%1 created the register of %2.</source>
        <translation>%1 が %2 の管理簿を作成しました。</translation>
    </message>
    <message>
        <source>%1 added %2 as %3, cleared to %4.</source>
        <translation>%1 が %2 を %3(秘密取扱資格 %4)として登録しました。</translation>
    </message>
    <message>
        <source>%1 put %2 in the need-to-know group %3.</source>
        <translation>%1 が %2 を知る必要グループ %3 に加えました。</translation>
    </message>
    <message>
        <source>%1 removed %2 from the need-to-know group %3.</source>
        <translation>%1 が %2 を知る必要グループ %3 から外しました。</translation>
    </message>
    <message>
        <source>%1 disabled the account of %2.</source>
        <translation>%1 が %2 のアカウントを無効化しました。</translation>
    </message>
    <message>
        <source>%1 changed their password.</source>
        <translation>%1 がパスワードを変更しました。</translation>
    </message>
    <message>
        <source>%1 reset the keys of %2 (break-glass recovery).</source>
        <translation>%1 が %2 の鍵を再設定しました(非常時の回復)。</translation>
    </message>
    <message>
        <source>%1 sealed compartment keys: %2 new key(s), %3 given to people entitled.</source>
        <translation>%1 が区画鍵を封印しました: 新しい鍵 %2 件、資格のある者への付与 %3 件。</translation>
    </message>
    <message>
        <source>%1 moved the register to ledger rules %2 (from %3).</source>
        <translation>%1 が管理簿の記録規則を %3 から %2 に移行しました。</translation>
    </message>
    <message>
        <source>%1 added the need-to-know group %2.</source>
        <translation>%1 が知る必要グループ %2 を追加しました。</translation>
    </message>
    <message>
        <source>%1 added the container %2 (%3, %4).</source>
        <translation>%1 が保管容器 %2(%3、%4)を追加しました。</translation>
    </message>
    <message>
        <source>%1 was refused %2 on %3: %4.</source>
        <translation>%1 による %3 への %2 は拒否されました: %4。</translation>
    </message>
    <message>
        <source>%1 set %2 to %3.</source>
        <translation>%1 が %2 を %3 に設定しました。</translation>
    </message>
    <message>
        <source>%1 adopted the policy pack %2 %3.</source>
        <translation>%1 がポリシーパック %2 %3 を採用しました。</translation>
    </message>
    <message>
        <source>%1 logged in after %2 failed login(s): %3.</source>
        <translation>%1 がログインしました。それまでのログイン失敗 %2 件: %3。</translation>
    </message>
    <message>
        <source>%1 backed up the register to %2 (head: event %3).</source>
        <translation>%1 が管理簿を %2 にバックアップしました(先頭: イベント %3)。</translation>
    </message>
    <message>
        <source>%1 restored the register from %2 (head: event %3).</source>
        <translation>%1 が管理簿を %2 から復元しました(先頭: イベント %3)。</translation>
    </message>
    <message>
        <source>%1 registered %2 at %3 with %4 copy(ies).</source>
        <translation>%1 が %2 を %3、%4 部で登録しました。</translation>
    </message>
    <message>
        <source>%1 opened the content of %2 (disclosure record).</source>
        <translation>%1 が %2 の内容を開きました(開示記録)。</translation>
    </message>
    <message>
        <source>%1 was shown %2 (disclosure record).</source>
        <translation>%1 に %2 が表示されました(開示記録)。</translation>
    </message>
    <message>
        <source>%1 opened the content of %2.</source>
        <translation>%1 が %2 の内容を開きました。</translation>
    </message>
    <message>
        <source>%1 sealed the content key of %2 to %3.</source>
        <translation>%1 が %2 の内容鍵を %3 宛てに封印しました。</translation>
    </message>
    <message>
        <source>%1 re-encrypted %2 under fresh keys.</source>
        <translation>%1 が %2 を新しい鍵で再暗号化しました。</translation>
    </message>
    <message>
        <source>%1 upgraded %2 from %3 to %4.</source>
        <translation>%1 が %2 の秘密区分を %3 から %4 に引き上げました。</translation>
    </message>
    <message>
        <source>%1 declassified %2 (was %3).</source>
        <translation>%1 が %2 の指定を解除しました(旧区分 %3)。</translation>
    </message>
    <message>
        <source>%1 downgraded %2 from %3 to %4.</source>
        <translation>%1 が %2 の秘密区分を %3 から %4 に引き下げました。</translation>
    </message>
    <message>
        <source>%1 recorded the approval to release %2 to %3 (reference %4).</source>
        <translation>%1 が %2 の %3 への開示承認を記録しました(文書番号 %4)。</translation>
    </message>
    <message>
        <source>%1 recorded that the designation of %2 expired on %3.</source>
        <translation>%1 が %2 の指定が %3 に期間満了したことを記録しました。</translation>
    </message>
    <message>
        <source>%1 handed %2 to %3 %4.</source>
        <translation>%1 が %3 に %2 を引き渡しました%4。</translation>
    </message>
    <message>
        <source>%1 stored %2 in %3.</source>
        <translation>%1 が %2 を %3 に保管しました。</translation>
    </message>
    <message>
        <source>%1 issued %2 to %3 %4.</source>
        <translation>%1 が %3 に %2 を貸し出しました%4。</translation>
    </message>
    <message>
        <source>%1 dispatched %2 to %3 by %4 (receipt due %5).</source>
        <translation>%1 が %2 を %4 で %3 に発送しました(受領証期限 %5)。</translation>
    </message>
    <message>
        <source>%1 recorded receipt %2 for %3.</source>
        <translation>%1 が %3 の受領証 %2 を記録しました。</translation>
    </message>
    <message>
        <source>%1 destroyed %2 by %3 (no witness).</source>
        <translation>%1 が %2 を %3 により廃棄しました(立会人なし)。</translation>
    </message>
    <message>
        <source>%1 destroyed %2 by %3, witnessed by %4.</source>
        <translation>%1 が %2 を %3 により廃棄しました(立会人 %4)。</translation>
    </message>
    <message>
        <source>%1 reproduced %2: new copies %3.</source>
        <translation>%1 が %2 を複製しました: 新しい部 %3。</translation>
    </message>
    <message>
        <source>the loss</source>
        <translation>紛失</translation>
    </message>
    <message>
        <source>the compromise</source>
        <translation>漏えい</translation>
    </message>
    <message>
        <source>a possible compromise</source>
        <translation>漏えいのおそれ</translation>
    </message>
    <message>
        <source>%1 reported %2 of %3 (incident %4).</source>
        <translation>%1 が %3 の%2を報告しました(事故 %4)。</translation>
    </message>
    <message>
        <source>%1 updated incident %2: %3.</source>
        <translation>%1 が事故 %2 を更新しました: %3。</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>終結</translation>
    </message>
    <message>
        <source>open</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>%1 started inventory %2 of %3.</source>
        <translation>%1 が %3 の点検(棚卸し) %2 を開始しました。</translation>
    </message>
    <message>
        <source>the whole register</source>
        <translation>管理簿全体</translation>
    </message>
    <message>
        <source>%1 sighted %2 at inventory %3.</source>
        <translation>%1 が点検(棚卸し) %3 で %2 を確認しました。</translation>
    </message>
    <message>
        <source>%1 finished inventory %2: %3 present, %4 missing, %5 unexpected.</source>
        <translation>%1 が点検(棚卸し) %2 を終了しました: 所在確認 %3、不明 %4、想定外 %5。</translation>
    </message>
    <message>
        <source>%1 exported the audit trail (%2) for %3.</source>
        <translation>%1 が %3 向けに監査証跡をエクスポートしました(%2)。</translation>
    </message>
    <message>
        <source>%1 signed a checkpoint after event %2.</source>
        <translation>%1 がイベント %2 の後にチェックポイントを署名しました。</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 issued %2 to %3 %4, due back %5.</source>
        <translation>%1 が %3 に %2 を貸し出しました%4(返却期限 %5)。</translation>
    </message>
    <message>
        <source>%1 recorded the debriefing of %2 on %3.</source>
        <translation>%1 が %2 の解除教育(%3)を記録しました。</translation>
    </message>
    <message>
        <source>%1 recovered %2 from %3 into %4 (%5).</source>
        <translation>%1 が %2 を %3 から %4 に回収しました(%5)。</translation>
    </message>
    <message>
        <source>%1 opened the container %2.</source>
        <translation>%1 が保管容器 %2 を開けました。</translation>
    </message>
    <message>
        <source>%1 closed the container %2.</source>
        <translation>%1 が保管容器 %2 を閉めました。</translation>
    </message>
    <message>
        <source>%1 checked that the container %2 is secured.</source>
        <translation>%1 が保管容器 %2 の施錠を点検しました。</translation>
    </message>
    <message>
        <source>%1 recorded who knows the combination of %2: %3.</source>
        <translation>%1 が %2 のダイヤル番号を知る者を記録しました: %3。</translation>
    </message>
    <message>
        <source>%1 recorded a change of the combination of %2, known to %3.</source>
        <translation>%1 が %2 のダイヤル番号の変更を記録しました(番号を知る者: %3)。</translation>
    </message>
    <message>
        <source>%1 lifted the reservation of the container %2.</source>
        <translation>%1 が保管容器 %2 の専用指定を解除しました。</translation>
    </message>
    <message>
        <source>%1 reserved the container %2 for %3.</source>
        <translation>%1 が保管容器 %2 を %3 専用に指定しました。</translation>
    </message>
</context>
<context>
    <name>kanribo::ExportDialog</name>
    <message>
        <source>Choose the file to export to.</source>
        <translation>エクスポート先のファイルを選択してください。</translation>
    </message>
    <message>
        <source>Checking the request…</source>
        <translation>要求を確認しています…</translation>
    </message>
    <message>
        <source>Verifying the audit trail: event %1 of %2…</source>
        <translation>監査証跡を検証しています: %2 件中 %1 件…</translation>
    </message>
    <message>
        <source>Writing the export: event %1 of %2…</source>
        <translation>エクスポートを書き出しています: %2 件中 %1 件…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written or recorded.</source>
        <translation>エクスポートを中止しました。何も書き出しておらず、記録もしていません。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) (No. %1 to %2).</source>
        <translation>
            <numerusform>%n 件のイベント(番号 %1~%2)をエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ファイル: %1</translation>
    </message>
    <message>
        <source>Bundle digest: %1</source>
        <translation>バンドルのダイジェスト: %1</translation>
    </message>
    <message>
        <source>Signed by: %1  %2</source>
        <translation>署名者: %1  %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the accountability view: titles and details withheld from %1.</source>
        <translation>
            <numerusform>%n 件の件名は管理番号のみの表示です: %1 には件名と詳細を非表示にしています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Head: event %1, hash %2 (a checkpoint: the trail before it verifies).</source>
        <translation>先頭: イベント %1、ハッシュ %2(チェックポイント: それより前の監査証跡は正しく検証されました)。</translation>
    </message>
    <message>
        <source>Head: event %1, hash %2 (the trail does not verify: no checkpoint).</source>
        <translation>先頭: イベント %1、ハッシュ %2(監査証跡の検証に失敗したため、チェックポイントはありません)。</translation>
    </message>
    <message>
        <source>Give the inspector the signer&apos;s fingerprint by another way than the file: they check it when they verify the bundle.</source>
        <translation>署名者の鍵フィンガープリントは、ファイルとは別の手段で検査官に伝えてください。検査官はバンドルの検証時にこれを照合します。</translation>
    </message>
    <message>
        <source>Export bundles (*.kbundle)</source>
        <translation>エクスポートバンドル (*.kbundle)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表 (*.csv)</translation>
    </message>
    <message>
        <source>PDF reports (*.pdf)</source>
        <translation>PDF 報告書 (*.pdf)</translation>
    </message>
    <message>
        <source>Export for inspection</source>
        <translation>検査用エクスポート</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Signed bundle (verifiable offline)</source>
        <translation>署名付きバンドル(オフラインで検証可能)</translation>
    </message>
    <message>
        <source>CSV tables</source>
        <translation>CSV 表</translation>
    </message>
    <message>
        <source>PDF inspection report</source>
        <translation>PDF 検査報告書</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>開始日:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>終了日:</translation>
    </message>
    <message>
        <source>&amp;For reader:</source>
        <translation>閲覧者(&amp;F):</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>ファイル(&amp;I):</translation>
    </message>
    <message>
        <source>from this day (otherwise from the register&apos;s creation)</source>
        <translation>この日から(指定しない場合は管理簿の作成時から)</translation>
    </message>
    <message>
        <source>to this day (otherwise to today)</source>
        <translation>この日まで(指定しない場合は本日まで)</translation>
    </message>
    <message>
        <source>Items the reader may not see are left out; items seen only by control number have their titles withheld. A bundle cannot be redacted: it is refused for a reader not cleared for everything in it.</source>
        <translation>閲覧者が見ることのできない件名は含めません。管理番号のみで見える件名は件名を非表示にします。バンドルは一部を伏せることができないため、含まれるすべてについて秘密取扱資格のない閲覧者には作成できません。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>イベント %1</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>署名者 %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>対象 %1</translation>
    </message>
    <message>
        <source>The audit view as filtered: only the events %1. The other tables cover the whole period.</source>
        <translation>絞り込んだ監査証跡: 該当するイベント(%1)だけを出力します。その他の表は期間全体を対象とします。</translation>
    </message>
</context>
<context>
    <name>kanribo::FirstRunDialog</name>
    <message>
        <source>Create a register</source>
        <translation>管理簿の作成</translation>
    </message>
    <message>
        <source>No register exists at %1 yet. Create it with its first security officer, who will administer people, groups and containers.</source>
        <translation>%1 にはまだ管理簿がありません。最初の保全責任者を指定して作成してください。この保全責任者が人員、知る必要グループおよび保管容器を管理します。</translation>
    </message>
    <message>
        <source>&amp;Facility:</source>
        <translation>施設(&amp;F):</translation>
    </message>
    <message>
        <source>Officer &amp;login:</source>
        <translation>保全責任者のログイン名(&amp;L):</translation>
    </message>
    <message>
        <source>Officer &amp;name:</source>
        <translation>保全責任者の氏名(&amp;N):</translation>
    </message>
    <message>
        <source>Na&amp;tionality:</source>
        <translation>国籍(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Clearance:</source>
        <translation>秘密取扱資格(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>パスワードの確認(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Key derivation:</source>
        <translation>鍵導出(&amp;K):</translation>
    </message>
    <message>
        <source>lower-case letters and digits, e.g. tanaka</source>
        <translation>半角英小文字と数字(例: tanaka)</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3 code, e.g. JPN or USA</source>
        <translation>ISO 3166 alpha-3 コード(例: JPN、USA)</translation>
    </message>
    <message>
        <source>How hard Argon2id works to turn each password into a key. Slower is harder to guess.</source>
        <translation>各パスワードから鍵を導出する際の Argon2id の計算量です。遅いほど推測されにくくなります。</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>作成(&amp;R)</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>回復コード</translation>
    </message>
    <message>
        <source>Write this code down now and keep it in the safe. It is shown only this once. It is the only way back into the register if every officer&apos;s password is lost. Anyone who holds it can take over an account: protect it like the most sensitive material in the register.</source>
        <translation>このコードを今すぐ書き留め、保管容器に保管してください。表示されるのはこの一度だけです。すべての保全責任者のパスワードが失われた場合、管理簿に戻る唯一の手段となります。このコードを持つ者は誰でもアカウントを乗っ取ることができます。管理簿で最も機微な資料と同様に保護してください。</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard (cleared after 30 seconds)</source>
        <translation>クリップボードにコピー(30秒後に消去)(&amp;C)</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery code down and will keep it in the safe.</source>
        <translation>回復コードを書き留め、保管容器に保管します(&amp;W)。</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>パスワードが一致しません。</translation>
    </message>
</context>
<context>
    <name>kanribo::GroupMembershipDialog</name>
    <message>
        <source>Grant or revoke group membership</source>
        <translation>グループへの追加・削除</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>利用者(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>グループ(&amp;G):</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>操作:</translation>
    </message>
    <message>
        <source>G&amp;rant</source>
        <translation>追加(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>削除(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
</context>
<context>
    <name>kanribo::GroupsModel</name>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
</context>
<context>
    <name>kanribo::HandReceiptDialog</name>
    <message>
        <source>Hand receipt (transfer a copy)</source>
        <translation>受領証(手渡し)による部の引渡し</translation>
    </message>
    <message>
        <source>Issue a stored copy</source>
        <translation>保管中の部の貸出し</translation>
    </message>
    <message>
        <source>&amp;Copy:</source>
        <translation>対象の部(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Receiver&apos;s login:</source>
        <translation>受領者のログイン名(&amp;R):</translation>
    </message>
    <message>
        <source>Receiver&apos;s &amp;password:</source>
        <translation>受領者のパスワード(&amp;P):</translation>
    </message>
    <message>
        <source>the receiver types it here, now</source>
        <translation>受領者がこの場で入力してください</translation>
    </message>
    <message>
        <source>&amp;Sign hand receipt</source>
        <translation>受領証(手渡し)に署名(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Issue and sign</source>
        <translation>貸し出して署名(&amp;I)</translation>
    </message>
    <message>
        <source>D&amp;ue back on:</source>
        <translation>返却期限(&amp;U):</translation>
    </message>
</context>
<context>
    <name>kanribo::IdleLockDialog</name>
    <message>
        <source>Idle lock</source>
        <translation>無操作ロック</translation>
    </message>
    <message>
        <source>&amp;Lock after (minutes):</source>
        <translation>ロックまでの時間(分)(&amp;L):</translation>
    </message>
    <message>
        <source>Every window of this register locks after this many minutes without input.</source>
        <translation>この管理簿のすべての画面は、この分数だけ操作がないとロックされます。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>kanribo::IncidentUpdateDialog</name>
    <message>
        <source>Update incident %1</source>
        <translation>事故 %1 の更新</translation>
    </message>
    <message>
        <source>Incident %1 — %2, reported %3 by %4
Copies: %5</source>
        <translation>事故 %1 — %2、%3 に %4 が報告
対象の部: %5</translation>
    </message>
    <message>
        <source>&amp;Originator:</source>
        <translation>作成国政府(&amp;O):</translation>
    </message>
    <message>
        <source>The originating government has been notified</source>
        <translation>作成国政府に通報済み</translation>
    </message>
    <message>
        <source>Notified &amp;on:</source>
        <translation>通報日(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>調査結果(&amp;F):</translation>
    </message>
    <message>
        <source>Corrective &amp;measures:</source>
        <translation>是正措置(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状態(&amp;S):</translation>
    </message>
    <message>
        <source>Close the incident</source>
        <translation>事故を終結する</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>記録(&amp;R)</translation>
    </message>
</context>
<context>
    <name>kanribo::IncidentsModel</name>
    <message>
        <source>Loss</source>
        <translation>紛失</translation>
    </message>
    <message>
        <source>Compromise</source>
        <translation>漏えい</translation>
    </message>
    <message>
        <source>Possible compromise</source>
        <translation>漏えいのおそれ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終結</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未通報</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>対象の部</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>報告日時</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>報告者</translation>
    </message>
    <message>
        <source>Originator notified</source>
        <translation>作成国政府への通報</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>調査結果</translation>
    </message>
    <message>
        <source>Corrective measures</source>
        <translation>是正措置</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
</context>
<context>
    <name>kanribo::InventoryDialog</name>
    <message>
        <source>Inventory</source>
        <translation>点検(棚卸し)</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>対象範囲(&amp;S):</translation>
    </message>
    <message>
        <source>Whole register</source>
        <translation>管理簿全体</translation>
    </message>
    <message>
        <source>S&amp;tart inventory</source>
        <translation>点検(棚卸し)を開始(&amp;T)</translation>
    </message>
    <message>
        <source>Sight &amp;copy:</source>
        <translation>現物確認する部(&amp;C):</translation>
    </message>
    <message>
        <source>type or scan a copy number, then Enter</source>
        <translation>部番号を入力またはスキャンして Enter キーを押してください</translation>
    </message>
    <message>
        <source>&amp;Finish inventory…</source>
        <translation>点検(棚卸し)を終了(&amp;F)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Finish inventory</source>
        <translation>点検(棚卸し)の終了</translation>
    </message>
    <message>
        <source>Finish inventory %1? Every copy in scope that was not sighted is reported as lost and an incident is opened for it.</source>
        <translation>点検(棚卸し) %1 を終了しますか?対象範囲内で現物確認されなかった部はすべて紛失として報告され、それぞれについて事故が登録されます。</translation>
    </message>
    <message>
        <source>whole register</source>
        <translation>管理簿全体</translation>
    </message>
    <message>
        <source>Resumed inventory %1 (%2), started %3.</source>
        <translation>点検(棚卸し) %1(%2)を再開しました。開始日時: %3。</translation>
    </message>
    <message>
        <source>Inventory %1 (%2), started %3.</source>
        <translation>点検(棚卸し) %1(%2)。開始日時: %3。</translation>
    </message>
    <message>
        <source>Inventory %1 (%2) finished %3.</source>
        <translation>点検(棚卸し) %1(%2)は %3 に終了しました。</translation>
    </message>
    <message>
        <source>No inventory is open. Choose the scope and start one.</source>
        <translation>実施中の点検(棚卸し)はありません。対象範囲を選択して開始してください。</translation>
    </message>
    <message numerus="yes">
        <source>Sighted so far: %n copy(ies)</source>
        <translation>
            <numerusform>これまでに現物確認した部: %n 部</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Present: %n</source>
        <translation>
            <numerusform>所在確認済み(&amp;P): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Missing: %n</source>
        <translation>
            <numerusform>所在不明(&amp;M): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Unexpected: %n</source>
        <translation>
            <numerusform>想定外の部(&amp;U): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No incident was opened: every copy in scope was sighted.</source>
        <translation>事故は登録されませんでした。対象範囲内のすべての部の現物を確認しました。</translation>
    </message>
    <message>
        <source>Incidents opened for the missing copies: %1. Record the originator&apos;s notification, the findings and the measures on the Incidents tab.</source>
        <translation>所在不明の部について事故を登録しました: %1。作成国政府への通報、調査結果および是正措置を「事故」タブで記録してください。</translation>
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
        <translation>管理簿にある文書の鍵が破損しているか、改変されています。</translation>
    </message>
</context>
<context>
    <name>kanribo::Items</name>
    <message>
        <source>No item &apos;%1&apos;.</source>
        <translation>文書「%1」はありません。</translation>
    </message>
    <message>
        <source>Unknown portion mark &apos;(%1)&apos; in the title.</source>
        <translation>件名に不明な部分表示「(%1)」があります。</translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation>件名が空です。</translation>
    </message>
    <message>
        <source>The title is too long (500 characters at most).</source>
        <translation>件名が長すぎます(最大500文字)。</translation>
    </message>
    <message>
        <source>The title is marked %1, above the item&apos;s level.</source>
        <translation>件名に文書の秘密区分を上回る %1 の表示があります。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a nationality: use an ISO 3166 alpha-3 code such as USA or JPN.</source>
        <translation>「%1」は国籍ではありません。USA や JPN のような ISO 3166 alpha-3 コードを使用してください。</translation>
    </message>
    <message>
        <source>The number of copies must be between 1 and 999.</source>
        <translation>部数は 1~999 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Unknown media type &apos;%1&apos;: use paper, electronic, removable or equipment.</source>
        <translation>媒体の種類「%1」は不明です。paper、electronic、removable、equipment のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>Unknown regime &apos;%1&apos; (known: %2).</source>
        <translation>制度「%1」は不明です(既知の制度: %2)。</translation>
    </message>
    <message>
        <source>The regime %1 does not allow the level %2.</source>
        <translation>制度 %1 では秘密区分 %2 は認められていません。</translation>
    </message>
    <message>
        <source>Unknown caveat &apos;%1&apos;.</source>
        <translation>取扱制限「%1」は不明です。</translation>
    </message>
    <message>
        <source>Unknown TLP label &apos;%1&apos;.</source>
        <translation>TLP ラベル「%1」は不明です。</translation>
    </message>
    <message>
        <source>No need-to-know group &apos;%1&apos;.</source>
        <translation>知る必要グループ「%1」はありません。</translation>
    </message>
    <message>
        <source>A field is too long (500 characters at most).</source>
        <translation>入力項目が長すぎます(最大500文字)。</translation>
    </message>
    <message>
        <source>Cannot read the content file %1: %2</source>
        <translation>内容ファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The title is marked %1; a title should be unclassified.</source>
        <translation>件名に %1 の表示があります。件名は秘密区分なしとするべきです。</translation>
    </message>
    <message>
        <source>The public key of %1 is malformed.</source>
        <translation>%1 の公開鍵が不正です。</translation>
    </message>
    <message>
        <source>No copy &apos;%1&apos;.</source>
        <translation>部「%1」はありません。</translation>
    </message>
    <message>
        <source>The content key of %1 has not been sealed to you yet.</source>
        <translation>%1 の内容鍵はまだあなた宛てに封印されていません。</translation>
    </message>
    <message>
        <source>The item %1 has no stored content.</source>
        <translation>文書 %1 には格納された内容がありません。</translation>
    </message>
    <message>
        <source>The content record of %1 is missing.</source>
        <translation>%1 の内容の記録が見つかりません。</translation>
    </message>
    <message>
        <source>The content is too large to show in memory; export it instead.</source>
        <translation>内容が大きすぎてメモリ上に表示できません。代わりにエクスポートしてください。</translation>
    </message>
    <message>
        <source>The stored document content is damaged or was altered.</source>
        <translation>格納された文書の内容が破損しているか、改ざんされています。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Reclassification needs the originator&apos;s notice: who, date and reference.</source>
        <translation>区分変更には作成国政府からの通知(通知者、日付、文書番号)が必要です。</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 は既に %2 です。</translation>
    </message>
    <message>
        <source>The regime of %1 does not allow the level %2.</source>
        <translation>%1 の制度では秘密区分 %2 は認められていません。</translation>
    </message>
    <message>
        <source>Move these copies to a container approved for the new level first: %1</source>
        <translation>先に次の部を新しい秘密区分が承認された保管容器へ移してください: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a nationality.</source>
        <translation>「%1」は国籍ではありません。</translation>
    </message>
    <message>
        <source>A release needs the reference and date of the originating government&apos;s written approval.</source>
        <translation>開示には作成国政府の書面による承認の文書番号と日付が必要です。</translation>
    </message>
    <message>
        <source>%1 is marked %2: it cannot be released to another country.</source>
        <translation>%1 には %2 の表示があるため、他国へは開示できません。</translation>
    </message>
    <message>
        <source>A release of %1 to %2 is already recorded.</source>
        <translation>%1 の %2 への開示は既に記録されています。</translation>
    </message>
    <message>
        <source>Only officers and auditors read the disclosure record.</source>
        <translation>開示記録を閲覧できるのは保全責任者と検査官のみです。</translation>
    </message>
    <message>
        <source>The content of %1 was not recorded when the item was registered: it was added outside Kanribo.</source>
        <translation>%1 の内容は文書の登録時に記録されていません: Kanribo の外で追加されたものです。</translation>
    </message>
    <message>
        <source>table %1, row %2: %3 is not what the ledger says</source>
        <translation>表 %1、行 %2: %3 が記録と一致しません</translation>
    </message>
    <message>
        <source>the whole row (no event registered it)</source>
        <translation>行全体(これを登録した記録がありません)</translation>
    </message>
    <message>
        <source>the whole row (registered by an event, now missing)</source>
        <translation>行全体(イベントにより登録されたが、現在は存在しません)</translation>
    </message>
    <message>
        <source>Item %1 has no valid level.</source>
        <translation>文書 %1 の秘密区分が不正です。</translation>
    </message>
    <message>
        <source>Only officers and auditors read an item&apos;s access list.</source>
        <translation>文書の取扱者一覧を閲覧できるのは保全責任者と検査官だけです。</translation>
    </message>
</context>
<context>
    <name>kanribo::ItemsModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Copies held / copies registered; where they are is shown in the detail pane</source>
        <translation>保有部数/登録部数。所在は詳細ペインに表示されます</translation>
    </message>
    <message>
        <source>Control no.</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>秘密区分</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>制度</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>取扱制限</translation>
    </message>
    <message>
        <source>Copies held</source>
        <translation>保有部数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>kanribo::Kdf</name>
    <message>
        <source>The key ring holds key-derivation limits out of range.</source>
        <translation>鍵束ファイルの鍵導出パラメーターが許容範囲外です。</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the password.</source>
        <translation>パスワードから鍵を導出するためのメモリが不足しています。</translation>
    </message>
</context>
<context>
    <name>kanribo::KeyRing</name>
    <message>
        <source>The key ring is damaged or not a Kanribo key ring: %1</source>
        <translation>鍵束ファイルが破損しているか、Kanribo の鍵束ファイルではありません: %1</translation>
    </message>
    <message>
        <source>The key ring %1 is missing. A register needs its key ring beside it.</source>
        <translation>鍵束ファイル %1 が見つかりません。管理簿と同じ場所に鍵束ファイルが必要です。</translation>
    </message>
    <message>
        <source>Cannot read the key ring %1: %2</source>
        <translation>鍵束ファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>file too large</source>
        <translation>ファイルが大きすぎます</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>JSON として不正です</translation>
    </message>
    <message>
        <source>wrong format name</source>
        <translation>形式名が正しくありません</translation>
    </message>
    <message>
        <source>The key ring has format version %1; this version of Kanribo reads up to %2. Use a newer Kanribo.</source>
        <translation>鍵束ファイルの形式バージョンは %1 ですが、このバージョンの Kanribo はバージョン %2 までしか読み込めません。新しい Kanribo を使用してください。</translation>
    </message>
    <message>
        <source>bad version</source>
        <translation>バージョンが不正です</translation>
    </message>
    <message>
        <source>bad register id</source>
        <translation>管理簿IDが不正です</translation>
    </message>
    <message>
        <source>bad lockout settings</source>
        <translation>ロックアウト設定が不正です</translation>
    </message>
    <message>
        <source>no slots</source>
        <translation>鍵スロットがありません</translation>
    </message>
    <message>
        <source>bad or duplicate slot login</source>
        <translation>鍵スロットのログイン名が不正か重複しています</translation>
    </message>
    <message>
        <source>unknown key derivation</source>
        <translation>不明な鍵導出方式です</translation>
    </message>
    <message>
        <source>bad slot fields</source>
        <translation>鍵スロットの項目が不正です</translation>
    </message>
    <message>
        <source>key-derivation limits out of range</source>
        <translation>鍵導出パラメーターが許容範囲外です</translation>
    </message>
    <message>
        <source>Cannot write the key ring %1: %2</source>
        <translation>鍵束ファイル %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Unknown login or wrong password.</source>
        <translation>ログイン名またはパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>Internal error: malformed slot secrets.</source>
        <translation>内部エラー: 鍵スロットの秘密情報が不正です。</translation>
    </message>
</context>
<context>
    <name>kanribo::Labels</name>
    <message>
        <source>Security officer</source>
        <translation>保全責任者</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>保管責任者</translation>
    </message>
    <message>
        <source>Cleared staff</source>
        <translation>取扱者</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>検査官</translation>
    </message>
    <message>
        <source>Interactive (fast, 64 MiB)</source>
        <translation>対話用(高速、64 MiB)</translation>
    </message>
    <message>
        <source>Moderate (recommended, 256 MiB)</source>
        <translation>標準(推奨、256 MiB)</translation>
    </message>
    <message>
        <source>Sensitive (slow, 1 GiB)</source>
        <translation>高強度(低速、1 GiB)</translation>
    </message>
    <message>
        <source>Test only</source>
        <translation>試験専用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>保有中</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>廃棄済み</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>紛失</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>発送済み</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>紙</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>電子</translation>
    </message>
    <message>
        <source>Removable media</source>
        <translation>可搬記憶媒体</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>機器</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>クーリエ</translation>
    </message>
    <message>
        <source>Registered mail</source>
        <translation>書留郵便</translation>
    </message>
    <message>
        <source>Hand-carry</source>
        <translation>携行</translation>
    </message>
    <message>
        <source>Burning</source>
        <translation>焼却</translation>
    </message>
    <message>
        <source>Cross-cut shredding</source>
        <translation>細断(クロスカット)</translation>
    </message>
    <message>
        <source>Pulping</source>
        <translation>溶解</translation>
    </message>
    <message>
        <source>Pulverising</source>
        <translation>粉砕</translation>
    </message>
    <message>
        <source>Disintegration</source>
        <translation>破砕</translation>
    </message>
    <message>
        <source>Degaussing</source>
        <translation>消磁</translation>
    </message>
    <message>
        <source>Other (prevents reconstruction)</source>
        <translation>その他(復元不能な方法)</translation>
    </message>
</context>
<context>
    <name>kanribo::Language</name>
    <message>
        <source>Unclassified</source>
        <translation>秘密区分なし</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>秘</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>極秘</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>機密</translation>
    </message>
</context>
<context>
    <name>kanribo::Ledger</name>
    <message>
        <source>Internal error: an event must be written inside a transaction.</source>
        <translation>内部エラー: イベントはトランザクション内で書き込む必要があります。</translation>
    </message>
    <message>
        <source>The register is locked.</source>
        <translation>管理簿は画面ロック中です。</translation>
    </message>
    <message>
        <source>The second person is not authenticated.</source>
        <translation>二人目の認証が済んでいません。</translation>
    </message>
    <message>
        <source>event %1 is missing</source>
        <translation>イベント %1 がありません</translation>
    </message>
    <message>
        <source>event %1 is out of order</source>
        <translation>イベント %1 の順序が正しくありません</translation>
    </message>
    <message>
        <source>event %1 does not link to the event before it</source>
        <translation>イベント %1 が直前のイベントに連結していません</translation>
    </message>
    <message>
        <source>event %1 was altered: its hash does not match its contents</source>
        <translation>イベント %1 は改ざんされています: ハッシュが内容と一致しません</translation>
    </message>
    <message>
        <source>event %1 is signed by %2, who has no key in the ledger</source>
        <translation>イベント %1 は %2 が署名していますが、台帳にその鍵がありません</translation>
    </message>
    <message>
        <source>event %1 lacks a co-signature</source>
        <translation>イベント %1 に連署がありません</translation>
    </message>
    <message>
        <source>event %1 is co-signed by %2, who has no key in the ledger</source>
        <translation>イベント %1 は %2 が連署していますが、台帳にその鍵がありません</translation>
    </message>
    <message>
        <source>event %1: the signature of %2 does not verify</source>
        <translation>イベント %1: %2 の署名を検証できません</translation>
    </message>
    <message>
        <source>verification cancelled</source>
        <translation>検証は中止されました</translation>
    </message>
</context>
<context>
    <name>kanribo::LedgerState</name>
    <message>
        <source>the checkpoint does not name the event right before it</source>
        <translation>チェックポイントが直前のイベントを示していません</translation>
    </message>
    <message>
        <source>event %1 (%2): %3</source>
        <translation>記録 %1 (%2): %3</translation>
    </message>
    <message>
        <source>only the first event of a register may create it</source>
        <translation>管理簿を作成できるのは最初の記録だけです</translation>
    </message>
    <message>
        <source>the recovery key signs nothing but a reset of a user&apos;s keys</source>
        <translation>回復用の鍵が署名できるのは利用者の鍵の再設定だけです</translation>
    </message>
    <message>
        <source>the co-signer %1 is not an active user of the register</source>
        <translation>連署者 %1 はこの管理簿の有効な利用者ではありません</translation>
    </message>
    <message>
        <source>a reset of a user&apos;s keys needs the recovery key and an officer present who signs</source>
        <translation>利用者の鍵の再設定には、回復用の鍵と、立ち会って署名する保全責任者が必要です</translation>
    </message>
    <message>
        <source>the login %1 exists already or is not valid</source>
        <translation>ログイン名 %1 は既に存在するか、正しくありません</translation>
    </message>
    <message>
        <source>its time is earlier than the event before it</source>
        <translation>日時が直前の記録より前です</translation>
    </message>
    <message>
        <source>the register must be created by the first officer it names, with the recovery key</source>
        <translation>管理簿は、記録に名前のある最初の保全責任者が回復用の鍵とともに作成しなければなりません</translation>
    </message>
    <message>
        <source>the register was not created first</source>
        <translation>管理簿の作成が最初に記録されていません</translation>
    </message>
    <message>
        <source>%1 is not an active user of the register</source>
        <translation>%1 はこの管理簿の有効な利用者ではありません</translation>
    </message>
    <message>
        <source>the reset names no user of the register</source>
        <translation>再設定の対象がこの管理簿の利用者ではありません</translation>
    </message>
    <message>
        <source>the reset carries no valid keys</source>
        <translation>再設定に有効な鍵が含まれていません</translation>
    </message>
    <message>
        <source>%1 resets their own keys while %2, another officer, could sign</source>
        <translation>ほかの保全責任者 %2 が署名できるのに、%1 が自分の鍵を再設定しています</translation>
    </message>
    <message>
        <source>%1 is not a security officer</source>
        <translation>%1 は保全責任者ではありません</translation>
    </message>
    <message>
        <source>the new user&apos;s record is incomplete</source>
        <translation>新しい利用者の記録が不完全です</translation>
    </message>
    <message>
        <source>no user %1</source>
        <translation>利用者 %1 はいません</translation>
    </message>
    <message>
        <source>only %1 changes their own password</source>
        <translation>パスワードを変更できるのは %1 本人だけです</translation>
    </message>
    <message>
        <source>no group %1</source>
        <translation>グループ %1 はありません</translation>
    </message>
    <message>
        <source>the group exists already</source>
        <translation>グループは既に存在します</translation>
    </message>
    <message>
        <source>the container exists already</source>
        <translation>保管容器は既に存在します</translation>
    </message>
    <message>
        <source>%1 is not cleared for the level registered</source>
        <translation>%1 は登録された秘密区分の適性評価を受けていません</translation>
    </message>
    <message>
        <source>%1 is neither an officer nor a custodian</source>
        <translation>%1 は保全責任者でも管理者でもありません</translation>
    </message>
    <message>
        <source>%1 is neither an officer nor an auditor</source>
        <translation>%1 は保全責任者でも検査官でもありません</translation>
    </message>
    <message>
        <source>%1 is not an officer, custodian or auditor</source>
        <translation>%1 は保全責任者、管理者又は検査官ではありません</translation>
    </message>
    <message>
        <source>no compartment %1</source>
        <translation>区画 %1 はありません</translation>
    </message>
    <message>
        <source>the epoch of %1 is not the next one (%2)</source>
        <translation>%1 の世代が次の世代(%2)ではありません</translation>
    </message>
    <message>
        <source>the new key of %1 is not a valid public key</source>
        <translation>%1 の新しい鍵は有効な公開鍵ではありません</translation>
    </message>
    <message>
        <source>the key of %1 is not sealed to exactly those entitled to it</source>
        <translation>%1 の鍵が、資格のある者だけにちょうど過不足なく封をされていません</translation>
    </message>
    <message>
        <source>no epoch %1 of %2</source>
        <translation>%2 に世代 %1 はありません</translation>
    </message>
    <message>
        <source>%1 does not hold the key of %2 it seals</source>
        <translation>%1 は、封をしている %2 の鍵を保有していません</translation>
    </message>
    <message>
        <source>%1 already holds the key of %2, or is not entitled to it</source>
        <translation>%1 は %2 の鍵を既に保有しているか、その資格がありません</translation>
    </message>
    <message>
        <source>the item key is not split over the item&apos;s compartments</source>
        <translation>文書の鍵が文書の区画ごとに分割されていません</translation>
    </message>
    <message>
        <source>the item key is not split over the current epoch of %1</source>
        <translation>文書の鍵が %1 の現在の世代で分割されていません</translation>
    </message>
    <message>
        <source>the current key of %1 is held by someone no longer entitled to it</source>
        <translation>%1 の現在の鍵を、資格を失った者が保有しています</translation>
    </message>
    <message>
        <source>the reset seals a key of %1 that %2 is not entitled to</source>
        <translation>再設定が、%2 に資格のない %1 の鍵に封をしています</translation>
    </message>
    <message>
        <source>the debriefing of %1 has no date, or one after the event</source>
        <translation>%1 の解除教育に日付がないか、記録より後の日付です</translation>
    </message>
    <message>
        <source>no container %1</source>
        <translation>保管容器 %1 は存在しません</translation>
    </message>
    <message>
        <source>%1 is not cleared for the container %2</source>
        <translation>%1 は保管容器 %2 の区分の適性評価を受けていません</translation>
    </message>
    <message>
        <source>the container %1 is not in the state this step needs</source>
        <translation>保管容器 %1 はこの操作に必要な状態ではありません</translation>
    </message>
    <message>
        <source>%1 is not recorded as knowing the combination of %2</source>
        <translation>%1 は %2 のダイヤル番号を知る者として記録されていません</translation>
    </message>
    <message>
        <source>%1 may not know the combination of %2</source>
        <translation>%1 は %2 のダイヤル番号を知ることができません</translation>
    </message>
</context>
<context>
    <name>kanribo::LockScreen</name>
    <message>
        <source>Kanribo is locked</source>
        <translation>Kanribo は画面ロック中です</translation>
    </message>
    <message>
        <source>Logged in as %1 — %2</source>
        <translation>ログイン中: %1 — %2</translation>
    </message>
    <message>
        <source>Enter your &amp;password to unlock:</source>
        <translation>ロックを解除するにはパスワードを入力してください(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ロック解除(&amp;U)</translation>
    </message>
</context>
<context>
    <name>kanribo::LoginDialog</name>
    <message>
        <source>Kanribo — Log in</source>
        <translation>Kanribo — ログイン</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>管理簿: %1</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>ログイン名(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>言語(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>ログイン(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>パスワードを忘れた場合(&amp;F)</translation>
    </message>
    <message>
        <source>Recover access</source>
        <translation>アクセスの回復</translation>
    </message>
    <message>
        <source>Your new password is set. Log in with it; an officer must re-seal the content you could open.</source>
        <translation>新しいパスワードを設定しました。新しいパスワードでログインしてください。これまで開けた内容は、保全責任者が改めて封印し直す必要があります。</translation>
    </message>
    <message>
        <source>Try again in %1.</source>
        <translation>%1後に再試行してください。</translation>
    </message>
</context>
<context>
    <name>kanribo::MainWindow</name>
    <message>
        <source>About Kanribo</source>
        <translation>Kanribo について</translation>
    </message>
    <message>
        <source>Kanribo %1 — a register of classified documents.
Licence: GPL-3.0-or-later.</source>
        <translation>Kanribo %1 — 秘密文書管理簿
ライセンス: GPL-3.0-or-later</translation>
    </message>
    <message>
        <source>Kanribo — %1</source>
        <translation>Kanribo — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>文書(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Register item…</source>
        <translation>文書の登録(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Open content…</source>
        <translation>内容を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Find in register</source>
        <translation>管理簿内を検索(&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;classify…</source>
        <translation>区分変更(&amp;C)…</translation>
    </message>
    <message>
        <source>Record release &amp;approval…</source>
        <translation>開示承認の記録(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>画面ロック(&amp;L)</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>終了(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>Add &amp;user…</source>
        <translation>利用者の追加(&amp;U)…</translation>
    </message>
    <message>
        <source>Add &amp;group…</source>
        <translation>知る必要グループの追加(&amp;G)…</translation>
    </message>
    <message>
        <source>Add &amp;container…</source>
        <translation>保管容器の追加(&amp;C)…</translation>
    </message>
    <message>
        <source>G&amp;rant or revoke group…</source>
        <translation>グループへの追加・削除(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable user…</source>
        <translation>利用者の無効化(&amp;D)…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>パスワードの変更(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About Kanribo</source>
        <translation>Kanribo について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>管理簿(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>人員(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>知る必要グループ(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Containers</source>
        <translation>保管容器(&amp;C)</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>監査証跡(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>検証(&amp;V)…</translation>
    </message>
    <message>
        <source>Check the hash chain and every signature of the audit trail</source>
        <translation>監査証跡のハッシュチェーンとすべての署名を検証します</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>User: %1 — %2</source>
        <translation>利用者: %1 — %2</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>役割: %1</translation>
    </message>
    <message>
        <source>Clearance: %1</source>
        <translation>秘密取扱資格: %1</translation>
    </message>
    <message>
        <source>Facility: %1</source>
        <translation>施設: %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>画面ロック中</translation>
    </message>
    <message numerus="yes">
        <source>Registered %1 with %n copy(ies): %2.</source>
        <translation>
            <numerusform>%1 を %n 部で登録しました: %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告:</translation>
    </message>
    <message>
        <source>Register item</source>
        <translation>文書の登録</translation>
    </message>
    <message>
        <source>Decrypting %1…</source>
        <translation>%1 を復号しています…</translation>
    </message>
    <message>
        <source>Open content</source>
        <translation>内容を開く</translation>
    </message>
    <message>
        <source>Try again in %1.</source>
        <translation>%1後に再試行してください。</translation>
    </message>
    <message>
        <source>Verifying the hash chain and the signatures…</source>
        <translation>ハッシュチェーンと署名を検証しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Verify audit trail</source>
        <translation>監査証跡の検証</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>検証を中止しました。</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n event(s), hash chain and signatures verified.</source>
        <translation>
            <numerusform>監査証跡は完全です: %n 件のイベントについて、ハッシュチェーンと署名を検証しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail FAILED verification at event %1 of %2: %3</source>
        <translation>監査証跡の検証に失敗しました(イベント %1/%2): %3</translation>
    </message>
    <message>
        <source>&amp;Custody</source>
        <translation>部の管理(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Hand receipt (transfer)…</source>
        <translation>受領証(手渡し)による引渡し(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Issue from storage…</source>
        <translation>保管容器からの貸出し(&amp;I)…</translation>
    </message>
    <message>
        <source>Return to &amp;storage…</source>
        <translation>保管容器への返却(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Dispatch…</source>
        <translation>発送(&amp;D)…</translation>
    </message>
    <message>
        <source>Record returned &amp;receipt…</source>
        <translation>返送された受領証の記録(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;produce or translate…</source>
        <translation>複製・翻訳(&amp;P)…</translation>
    </message>
    <message>
        <source>D&amp;estroy…</source>
        <translation>廃棄(&amp;E)…</translation>
    </message>
    <message>
        <source>Report &amp;loss or compromise…</source>
        <translation>紛失・漏えいの報告(&amp;L)…</translation>
    </message>
    <message>
        <source>In&amp;ventory…</source>
        <translation>点検(棚卸し)(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>ダッシュボード(&amp;D)</translation>
    </message>
    <message>
        <source>I&amp;ncidents</source>
        <translation>事故(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open incidents only</source>
        <translation>対応中の事故のみ(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Update incident…</source>
        <translation>事故の更新(&amp;U)…</translation>
    </message>
    <message>
        <source>Record the originator&apos;s notification, the findings and the corrective measures; close</source>
        <translation>作成国政府への通報、調査結果および是正措置を記録し、終結します</translation>
    </message>
    <message>
        <source>&amp;Idle lock time…</source>
        <translation>無操作ロックの時間(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>Copy the register and its key ring, verify the copy and record the backup</source>
        <translation>管理簿とその鍵束を複製し、複製を検証してバックアップを記録します</translation>
    </message>
    <message>
        <source>Back up the register</source>
        <translation>管理簿のバックアップ</translation>
    </message>
    <message>
        <source>Kanribo registers (*.kanribo)</source>
        <translation>Kanribo 管理簿 (*.kanribo)</translation>
    </message>
    <message>
        <source>Backing up the register and verifying the copy…</source>
        <translation>管理簿をバックアップし、複製を検証しています…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>The register was backed up to %1 and its key ring to %2; the copy verifies.

Head: event %3, hash %4.

Keep both files together, protected like the most highly classified item in the register.</source>
        <translation>管理簿を %1 に、その鍵束を %2 にバックアップしました。複製は検証に合格しました。

先頭: イベント %3、ハッシュ %4。

2 つのファイルは一緒に、管理簿に含まれる最も高い区分の文書と同等に保護して保管してください。</translation>
    </message>
    <message>
        <source>Re-&amp;encrypt under fresh keys…</source>
        <translation>新しい鍵で再暗号化(&amp;E)…</translation>
    </message>
    <message>
        <source>Re-encrypt under fresh keys</source>
        <translation>新しい鍵で再暗号化</translation>
    </message>
    <message>
        <source>Re-encrypt %1 and its content under fresh keys? Only the people entitled to it now will be able to open it; anyone who lost access and kept old keys will not.</source>
        <translation>%1 とその本体を新しい鍵で暗号化し直しますか?現在資格のある者だけが開けるようになり、アクセス権を失って古い鍵を手元に残した者は開けなくなります。</translation>
    </message>
    <message>
        <source>Re-encrypting %1…</source>
        <translation>%1 を再暗号化しています…</translation>
    </message>
    <message>
        <source>%1 is encrypted under fresh keys.</source>
        <translation>%1 を新しい鍵で暗号化し直しました。</translation>
    </message>
    <message>
        <source>&amp;Export for Inspection…</source>
        <translation>検査用エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the audit trail and the register for an inspector: a signed bundle, CSV tables or a PDF report</source>
        <translation>検査官向けに監査証跡と管理簿をエクスポートします: 署名付きバンドル、CSV 表または PDF 報告書</translation>
    </message>
    <message>
        <source>&amp;Verify a Bundle…</source>
        <translation>バンドルの検証(&amp;V)…</translation>
    </message>
    <message>
        <source>Open an export bundle read-only and verify it, without this register</source>
        <translation>この管理簿を使わずに、エクスポートバンドルを読み取り専用で開いて検証します</translation>
    </message>
    <message>
        <source>Verify a bundle</source>
        <translation>バンドルの検証</translation>
    </message>
    <message>
        <source>Export bundles (*.kbundle);;All files (*)</source>
        <translation>エクスポートバンドル (*.kbundle);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;Print Record…</source>
        <translation>記録の印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the hand receipt, destruction certificate or reproduction record of the selected event</source>
        <translation>選択したイベントの受領証、廃棄証明書又は複製記録を印刷します</translation>
    </message>
    <message>
        <source>Print record</source>
        <translation>記録の印刷</translation>
    </message>
    <message>
        <source>&amp;Print Cover Sheets and Labels…</source>
        <translation>表紙とラベルの印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print cover sheets and labels</source>
        <translation>表紙とラベルの印刷</translation>
    </message>
    <message>
        <source>Print container label</source>
        <translation>保管容器ラベルの印刷</translation>
    </message>
    <message>
        <source>&amp;Print Label…</source>
        <translation>ラベルの印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print a label for the selected container: its marking, id and QR code</source>
        <translation>選択した保管容器のラベル(標記、識別番号、QR コード)を印刷します</translation>
    </message>
    <message>
        <source>E&amp;xport View…</source>
        <translation>表示中の記録をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the events of the view as filtered, as CSV tables or a PDF report</source>
        <translation>絞り込んで表示中のイベントを CSV 表又は PDF 報告書としてエクスポートします</translation>
    </message>
    <message>
        <source>O&amp;ffboard a person…</source>
        <translation>離職者の手続(&amp;F)…</translation>
    </message>
    <message>
        <source>Record &amp;opening</source>
        <translation>開扉を記録(&amp;O)</translation>
    </message>
    <message>
        <source>Record &amp;closing</source>
        <translation>閉扉を記録(&amp;C)</translation>
    </message>
    <message>
        <source>End-of-day ch&amp;eck</source>
        <translation>終業時点検(&amp;E)</translation>
    </message>
    <message>
        <source>Record that the selected container was checked closed and secured.</source>
        <translation>選択した保管容器が閉じて施錠されていることを点検したと記録します。</translation>
    </message>
    <message>
        <source>Security container</source>
        <translation>保管容器</translation>
    </message>
    <message>
        <source>%1 is recorded as open.</source>
        <translation>%1 の開扉を記録しました。</translation>
    </message>
    <message>
        <source>%1 is recorded as closed.</source>
        <translation>%1 の閉扉を記録しました。</translation>
    </message>
    <message>
        <source>%1 is checked: secured.</source>
        <translation>%1 を点検しました(施錠確認済み)。</translation>
    </message>
    <message>
        <source>Who knows the com&amp;bination…</source>
        <translation>ダイヤル番号を知る者(&amp;B)…</translation>
    </message>
    <message>
        <source>Combination c&amp;hanged</source>
        <translation>ダイヤル番号を変更(&amp;H)</translation>
    </message>
    <message>
        <source>Record that the selected container&apos;s combination was changed (never the combination itself).</source>
        <translation>選択した保管容器のダイヤル番号を変更したことを記録します(番号そのものは記録しません)。</translation>
    </message>
    <message>
        <source>Combination changed</source>
        <translation>ダイヤル番号の変更</translation>
    </message>
    <message>
        <source>Record that the combination of %1 was changed? Its custodians as recorded now are those who know the new one.</source>
        <translation>%1 のダイヤル番号の変更を記録しますか? 現在記録されている番号を知る者が、新しい番号を知る者となります。</translation>
    </message>
    <message>
        <source>The change of the combination of %1 is recorded.</source>
        <translation>%1 のダイヤル番号の変更を記録しました。</translation>
    </message>
</context>
<context>
    <name>kanribo::Migrations</name>
    <message>
        <source>The register&apos;s schema version cannot be read.</source>
        <translation>管理簿のスキーマバージョンを読み込めません。</translation>
    </message>
    <message>
        <source>The register was written by a newer Kanribo (schema %1; this version reads up to %2). Use a newer Kanribo.</source>
        <translation>この管理簿は新しい Kanribo で書き込まれています(スキーマ %1。このバージョンはスキーマ %2 までしか読み込めません)。新しい Kanribo を使用してください。</translation>
    </message>
</context>
<context>
    <name>kanribo::OffboardUserDialog</name>
    <message>
        <source>Holds no copies.</source>
        <translation>貸出しを受けている部はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Holds %n copies: %1</source>
        <translation>
            <numerusform>%n 部の貸出しを受けています: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Offboard a person</source>
        <translation>離職者の手続</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>対象者(&amp;P):</translation>
    </message>
    <message>
        <source>Holdings:</source>
        <translation>貸出し中の部:</translation>
    </message>
    <message>
        <source>&amp;Recover copies into:</source>
        <translation>回収先の保管容器(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Debriefed on:</source>
        <translation>解除教育の実施日(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Offboard</source>
        <translation>手続を実行(&amp;O)</translation>
    </message>
    <message>
        <source>Offboard %1: record the debriefing on %2 and disable the account?</source>
        <translation>%1 の離職手続を行います。%2 の解除教育を記録し、アカウントを無効化しますか?</translation>
    </message>
    <message>
        <source>Offboard %1: recover %2 into %3, record the debriefing on %4 and disable the account?</source>
        <translation>%1 の離職手続を行います。%2 を %3 に回収し、%4 の解除教育を記録し、アカウントを無効化しますか?</translation>
    </message>
</context>
<context>
    <name>kanribo::Paperwork</name>
    <message>
        <source>Facility</source>
        <translation>施設</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>標記</translation>
    </message>
    <message>
        <source>Hand receipt</source>
        <translation>受領証(手渡し)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>部</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>引渡者</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>受領者</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Receipt signed in the register</source>
        <translation>管理簿上の受領署名</translation>
    </message>
    <message>
        <source>yes, with the receiver&apos;s own key</source>
        <translation>あり(受領者本人の鍵による)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The receiver keeps this receipt. The copy is charged to the receiver until it is returned, transferred, stored or destroyed, each recorded in the register.</source>
        <translation>この受領証は受領者が保管してください。この部は、返却、引渡し、保管又は廃棄(いずれも管理簿に記録)までの間、受領者に貸し出されたものとして扱われます。</translation>
    </message>
    <message>
        <source>Certificate of destruction</source>
        <translation>廃棄証明書</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>廃棄方法</translation>
    </message>
    <message>
        <source>Destroyed by</source>
        <translation>廃棄実施者</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>立会人</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>We certify that the copy above was destroyed completely by the method shown, beyond recognition or reconstruction.</source>
        <translation>上記の部を、記載の方法により、判読及び復元ができないよう完全に廃棄したことを証明します。</translation>
    </message>
    <message>
        <source>Reproduction record</source>
        <translation>複製記録</translation>
    </message>
    <message>
        <source>New copies</source>
        <translation>新しい部</translation>
    </message>
    <message>
        <source>Reproduced by</source>
        <translation>複製実施者</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Each new copy is marked as the original and entered in the register under its own number.</source>
        <translation>新しい各部には原本と同じ標記を付し、それぞれの番号で管理簿に登録しています。</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>管理簿の記録</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>イベント %1</translation>
    </message>
    <message>
        <source>Event hash</source>
        <translation>イベントのハッシュ</translation>
    </message>
    <message>
        <source>Scan to find this entry in the register: event %1.</source>
        <translation>読み取ると管理簿のこの記録(イベント %1)を照合できます。</translation>
    </message>
    <message>
        <source>Cover sheet</source>
        <translation>表紙</translation>
    </message>
    <message>
        <source>This cover sheet stays on the copy while it is out of its container. The copy is shown only to people cleared for its level who need to know it, and every hand-over is recorded in the register.</source>
        <translation>この表紙は、部を保管容器から出している間は常に付けておいてください。この部は、その区分の秘密取扱資格を有し、知る必要のある者にだけ示し、引渡しはすべて管理簿に記録します。</translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation>ラベル: %1</translation>
    </message>
    <message>
        <source>Container approved up to %1</source>
        <translation>承認区分: %1 まで保管可能な保管容器</translation>
    </message>
</context>
<context>
    <name>kanribo::PasswordPolicy</name>
    <message>
        <source>The password is too long.</source>
        <translation>パスワードが長すぎます。</translation>
    </message>
    <message>
        <source>A password cannot contain a NUL character.</source>
        <translation>パスワードに NUL 文字は使えません。</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>パスワードは %1 文字以上必要です。</translation>
    </message>
    <message>
        <source>This password is too easy to guess (about 2^%1 guesses; at least 2^%2 are needed): avoid common words and patterns, and your name, login or facility; a longer phrase of unrelated words is stronger.</source>
        <translation>このパスワードは推測されやすすぎます(試行約 2^%1 回。2^%2 回以上が必要です)。よく使われる単語や並び、本人の氏名・ログイン名・施設名は避けてください。互いに関係のない語を長くつないだ文のほうが強くなります。</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>不可</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良い</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>非常に良い</translation>
    </message>
</context>
<context>
    <name>kanribo::PasswordStrengthLabel</name>
    <message>
        <source>At least %1 characters and hard to guess: a phrase of unrelated words is best.</source>
        <translation>%1 文字以上で、推測されにくいもの。互いに関係のない語をつないだ文が最適です。</translation>
    </message>
    <message>
        <source>Strength: %1 (about 2^%2 guesses).</source>
        <translation>強さ:%1(試行約 2^%2 回)。</translation>
    </message>
</context>
<context>
    <name>kanribo::People</name>
    <message>
        <source>No user with the login &apos;%1&apos;.</source>
        <translation>ログイン名「%1」の利用者はいません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid login: use 1–32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>「%1」はログイン名として無効です。英字で始まる1~32文字の半角英小文字、数字、「.」「_」「-」を使用してください。</translation>
    </message>
    <message>
        <source>A name of 1–200 characters is required.</source>
        <translation>1~200文字の氏名を入力してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a nationality: use an ISO 3166 alpha-3 code such as JPN or USA.</source>
        <translation>「%1」は国籍ではありません。JPN や USA のような ISO 3166 alpha-3 コードを使用してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid group name.</source>
        <translation>「%1」はグループ名として無効です。</translation>
    </message>
    <message>
        <source>The login &apos;%1&apos; exists already.</source>
        <translation>ログイン名「%1」は既に存在します。</translation>
    </message>
    <message>
        <source>No need-to-know group &apos;%1&apos;.</source>
        <translation>知る必要グループ「%1」はありません。</translation>
    </message>
    <message>
        <source>%1 is already in the group %2.</source>
        <translation>%1 は既にグループ %2 に属しています。</translation>
    </message>
    <message>
        <source>%1 is not in the group %2.</source>
        <translation>%1 はグループ %2 に属していません。</translation>
    </message>
    <message>
        <source>The account %1 is already disabled.</source>
        <translation>アカウント %1 は既に無効化されています。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>自分自身のアカウントは無効化できません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid group name: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (up to 64).</source>
        <translation>「%1」はグループ名として無効です。半角英字、数字、「.」「_」「-」を使用してください(最大64文字)。</translation>
    </message>
    <message>
        <source>The group &apos;%1&apos; exists already.</source>
        <translation>グループ「%1」は既に存在します。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid container id.</source>
        <translation>「%1」は保管容器IDとして無効です。</translation>
    </message>
    <message>
        <source>The location is too long (200 characters at most).</source>
        <translation>設置場所が長すぎます(最大200文字)。</translation>
    </message>
    <message>
        <source>The container &apos;%1&apos; exists already.</source>
        <translation>保管容器「%1」は既に存在します。</translation>
    </message>
    <message>
        <source>No container &apos;%1&apos;.</source>
        <translation>保管容器「%1」はありません。</translation>
    </message>
    <message>
        <source>table %1, row %2: %3 is not what the ledger says</source>
        <translation>表 %1、行 %2: %3 が記録と一致しません</translation>
    </message>
    <message>
        <source>the whole row (no event added this user)</source>
        <translation>行全体(この利用者を追加した記録がありません)</translation>
    </message>
    <message>
        <source>the need-to-know groups</source>
        <translation>知る必要のグループ</translation>
    </message>
    <message>
        <source>the missing row</source>
        <translation>欠けている行</translation>
    </message>
    <message>
        <source>the number of groups</source>
        <translation>グループの数</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>the number of containers</source>
        <translation>保管容器の数</translation>
    </message>
    <message>
        <source>the container</source>
        <translation>保管容器</translation>
    </message>
    <message>
        <source>the register&apos;s settings</source>
        <translation>管理簿の設定</translation>
    </message>
    <message>
        <source>the setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>You cannot offboard yourself; another officer does that.</source>
        <translation>自分自身の離職手続はできません。他の保全責任者が行います。</translation>
    </message>
    <message>
        <source>The debriefing date %1 is in the future: record a debriefing once it has taken place.</source>
        <translation>解除教育の日付 %1 は将来の日付です。実施後に記録してください。</translation>
    </message>
    <message>
        <source>%1 has been offboarded already (debriefed on %2).</source>
        <translation>%1 の離職手続は完了しています(解除教育 %2)。</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n copies (%2): name a container approved for them to recover them into.</source>
        <translation>
            <numerusform>%1 は %n 部(%2)の貸出しを受けています。回収先として、その区分に承認された保管容器を指定してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>offboarding of %1</source>
        <translation>%1 の離職手続</translation>
    </message>
    <message>
        <source>The container %1 is open already.</source>
        <translation>保管容器 %1 は既に開いています。</translation>
    </message>
    <message>
        <source>The container %1 is not open.</source>
        <translation>保管容器 %1 は開いていません。</translation>
    </message>
    <message>
        <source>The container %1 is open: secure it and record the closing before the check.</source>
        <translation>保管容器 %1 は開いています。点検の前に施錠し、閉扉を記録してください。</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>アカウント %1 は無効化されています。</translation>
    </message>
    <message>
        <source>%1 is not cleared for the container %2 (%3).</source>
        <translation>%1 は保管容器 %2(%3)の区分の適性評価を受けていません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a nationality (three capital letters, e.g. USA).</source>
        <translation>「%1」は国籍コードではありません(英大文字 3 文字。例: USA)。</translation>
    </message>
    <message>
        <source>The policy pack has no regime &apos;%1&apos;.</source>
        <translation>ポリシーパックに制度「%1」はありません。</translation>
    </message>
</context>
<context>
    <name>kanribo::PolicyPack</name>
    <message>
        <source>Policy pack: %1: %2</source>
        <translation>ポリシーパック: %1: %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true または false を指定する必要があります</translation>
    </message>
    <message>
        <source>Cannot read the policy pack %1: %2</source>
        <translation>ポリシーパック %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>file too large</source>
        <translation>ファイルが大きすぎます</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1(オフセット %2)</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>最上位はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>must be &quot;kanribo-policy&quot;</source>
        <translation>&quot;kanribo-policy&quot; である必要があります</translation>
    </message>
    <message>
        <source>unsupported version %1 (this Kanribo reads version 1)</source>
        <translation>バージョン %1 には対応していません(この Kanribo はバージョン 1 を読み込みます)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>指定がありません</translation>
    </message>
    <message>
        <source>at least one party nationality is required</source>
        <translation>当事国の国籍が少なくとも1つ必要です</translation>
    </message>
    <message>
        <source>exactly four levels are required</source>
        <translation>秘密区分はちょうど4つ必要です</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos;</source>
        <translation>秘密区分「%1」は不明です</translation>
    </message>
    <message>
        <source>must be %1 for %2</source>
        <translation>%2 では %1 である必要があります</translation>
    </message>
    <message>
        <source>level given twice</source>
        <translation>秘密区分が重複しています</translation>
    </message>
    <message>
        <source>&quot;us&quot; and &quot;portion&quot; are required</source>
        <translation>&quot;us&quot; と &quot;portion&quot; が必要です</translation>
    </message>
    <message>
        <source>the Japanese equivalent is required</source>
        <translation>日本の相当区分が必要です</translation>
    </message>
    <message>
        <source>&quot;banner&quot; and &quot;text&quot; must be colours like #C8102E</source>
        <translation>&quot;banner&quot; と &quot;text&quot; は #C8102E のような色で指定する必要があります</translation>
    </message>
    <message>
        <source>missing or duplicate id</source>
        <translation>ID がないか重複しています</translation>
    </message>
    <message>
        <source>at least one level is required</source>
        <translation>秘密区分が少なくとも1つ必要です</translation>
    </message>
    <message>
        <source>must be between 0 and 60</source>
        <translation>0~60 の範囲で指定する必要があります</translation>
    </message>
    <message>
        <source>required when validity_years is set</source>
        <translation>validity_years を指定した場合は必須です</translation>
    </message>
    <message>
        <source>missing id</source>
        <translation>ID がありません</translation>
    </message>
    <message>
        <source>must be none, originator-only or listed, not &apos;%1&apos;</source>
        <translation>「%1」ではなく、none、originator-only、listed のいずれかである必要があります</translation>
    </message>
    <message>
        <source>must contain a number field such as {NNNNNN}</source>
        <translation>{NNNNNN} のような番号欄を含む必要があります</translation>
    </message>
    <message>
        <source>1–4 capital letters required</source>
        <translation>1~4文字の英大文字が必要です</translation>
    </message>
    <message>
        <source>must be between 0 and 120</source>
        <translation>0~120 の範囲で指定する必要があります</translation>
    </message>
    <message>
        <source>at least one method is required</source>
        <translation>廃棄方法が少なくとも1つ必要です</translation>
    </message>
    <message>
        <source>must be between 1 and 100</source>
        <translation>1~100 の範囲で指定する必要があります</translation>
    </message>
</context>
<context>
    <name>kanribo::Reason</name>
    <message>
        <source>the account is disabled</source>
        <translation>アカウントが無効化されています</translation>
    </message>
    <message>
        <source>clearance %1 is below the level %2</source>
        <translation>秘密取扱資格 %1 が秘密区分 %2 を下回っています</translation>
    </message>
    <message>
        <source>the clearance expired on %1</source>
        <translation>秘密取扱資格の有効期限が %1 に切れています</translation>
    </message>
    <message>
        <source>no briefing on handling responsibilities is recorded</source>
        <translation>取扱上の責任に関する保全教育の記録がありません</translation>
    </message>
    <message>
        <source>not in the need-to-know group %1</source>
        <translation>知る必要グループ %1 に属していません</translation>
    </message>
    <message>
        <source>nationality %1 is a third country: release needs the originating government&apos;s written approval</source>
        <translation>国籍 %1 は第三国です。開示には作成国政府の書面による承認が必要です</translation>
    </message>
    <message>
        <source>nationality %1 is not releasable under the item&apos;s caveats</source>
        <translation>国籍 %1 は文書の取扱制限により開示可能範囲に含まれていません</translation>
    </message>
    <message>
        <source>the caveats make the item unreleasable to %1, the facility&apos;s nationality: it cannot be held here</source>
        <translation>取扱注意の指定により、この文書は施設の国籍である %1 に開示できません: この施設では保管できません</translation>
    </message>
    <message>
        <source>your clearance is below the new level %1</source>
        <translation>あなたの秘密取扱資格は新しい秘密区分 %1 を下回っています</translation>
    </message>
    <message>
        <source>the copies would be charged to you, but you may not hold them</source>
        <translation>部はあなたに貸し出されることになりますが、あなたはそれらを保持できません</translation>
    </message>
    <message>
        <source>the container %1 is approved only up to %2</source>
        <translation>保管容器 %1 は %2 までしか承認されていません</translation>
    </message>
    <message>
        <source>the container %1 is approved for %2, above your clearance</source>
        <translation>保管容器 %1 は %2 用に承認されており、あなたの秘密取扱資格を上回っています</translation>
    </message>
    <message>
        <source>this needs the role %1</source>
        <translation>この操作には %1 の役割が必要です</translation>
    </message>
    <message>
        <source>no content key is sealed to you; a holder of the key must log in to extend access</source>
        <translation>あなた宛てに封印された内容鍵がありません。アクセスを広げるには、鍵の保有者がログインする必要があります</translation>
    </message>
    <message>
        <source>%1 may not hold this item</source>
        <translation>%1 はこの文書を保持できません</translation>
    </message>
    <message>
        <source>a signed hand receipt is required: the receiver must enter their own password</source>
        <translation>署名済みの受領証(手渡し)が必要です。受領者本人がパスワードを入力してください</translation>
    </message>
    <message>
        <source>reproduction of %1 needs the originator&apos;s written consent</source>
        <translation>%1 の複製には作成国政府の書面による同意が必要です</translation>
    </message>
    <message>
        <source>two-person rule: an approving officer must co-sign this reproduction</source>
        <translation>二人制: この複製には承認する保全責任者の連署が必要です</translation>
    </message>
    <message>
        <source>the approver %1 is not a security officer</source>
        <translation>承認者 %1 は保全責任者ではありません</translation>
    </message>
    <message>
        <source>the approver %1 may not access this item</source>
        <translation>承認者 %1 はこの文書にアクセスできません</translation>
    </message>
    <message>
        <source>two-person rule: destruction of %1 needs a witness who signs at the time</source>
        <translation>二人制: %1 の廃棄には、その場で署名する立会人が必要です</translation>
    </message>
    <message>
        <source>the witness %1 is not cleared for this item</source>
        <translation>立会人 %1 はこの文書の秘密取扱資格を有していません</translation>
    </message>
    <message>
        <source>two-person rule: the second person must be someone else</source>
        <translation>二人制: 二人目は別の人である必要があります</translation>
    </message>
    <message>
        <source>break-glass needs a second person</source>
        <translation>非常時の回復には第二の者が必要です</translation>
    </message>
    <message>
        <source>the incident concerns material outside your need-to-know groups</source>
        <translation>この事故は、あなたが知る必要(ニード・トゥ・ノウ)のグループに属さない秘密文書に関するものです</translation>
    </message>
    <message>
        <source>only officers, custodians and auditors see another person&apos;s holdings</source>
        <translation>他の人の保有状況を見られるのは保全責任者、保管責任者及び検査官だけです</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the range are about material that %1 or you may not see in full (need-to-know, releasability or clearance); a bundle cannot be redacted — export CSV or PDF for this reader, or a narrower range</source>
        <translation>
            <numerusform>期間内の %n 件の記録は、%1 又はあなたが全部を見ることのできない秘密文書に関するものです(知る必要、開示先又は適性評価)。バンドルは一部を伏せることができません — この閲覧者には CSV 又は PDF で出力するか、期間を狭めてください</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is cleared to %2, below the highest level in the range (%3); a bundle cannot be redacted — export CSV or PDF for this reader, or a narrower range</source>
        <translation>%1 の秘密取扱資格は %2 で、範囲内の最高秘密区分(%3)を下回っています。バンドルは一部を伏せることができません。この閲覧者向けには CSV または PDF でエクスポートするか、範囲を狭めてください</translation>
    </message>
    <message>
        <source>Not sighted at inventory %1 (%2).</source>
        <translation>点検(棚卸し) %1 (%2) で現物が確認されませんでした。</translation>
    </message>
    <message>
        <source>whole register</source>
        <translation>管理簿全体</translation>
    </message>
    <message>
        <source>you are not recorded as knowing the combination of the container %1</source>
        <translation>保管容器 %1 のダイヤル番号を知る者として記録されていません</translation>
    </message>
    <message>
        <source>the container %1 is reserved for other material (%2)</source>
        <translation>保管容器 %1 は他の資料専用に指定されています(%2)</translation>
    </message>
</context>
<context>
    <name>kanribo::ReclassifyDialog</name>
    <message>
        <source>Reclassify item</source>
        <translation>文書の区分変更</translation>
    </message>
    <message>
        <source>&amp;New level:</source>
        <translation>新しい秘密区分(&amp;N):</translation>
    </message>
    <message>
        <source>Notice &amp;by (originator):</source>
        <translation>通知者(作成国政府)(&amp;B):</translation>
    </message>
    <message>
        <source>Notice &amp;date:</source>
        <translation>通知日(&amp;D):</translation>
    </message>
    <message>
        <source>Notice &amp;reference:</source>
        <translation>通知の文書番号(&amp;R):</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>理由(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Reclassify</source>
        <translation>区分変更(&amp;R)</translation>
    </message>
</context>
<context>
    <name>kanribo::RecordReceiptDialog</name>
    <message>
        <source>Record the returned receipt</source>
        <translation>返送された受領証の記録</translation>
    </message>
    <message>
        <source>&amp;Copy:</source>
        <translation>対象の部(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Receipt no.:</source>
        <translation>受領証番号(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Record receipt</source>
        <translation>受領証を記録(&amp;R)</translation>
    </message>
</context>
<context>
    <name>kanribo::RecoverAccessDialog</name>
    <message>
        <source>Recover access</source>
        <translation>アクセスの回復</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>ログイン名(&amp;L):</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>回復コード(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新しいパスワード(&amp;N):</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>パスワードの確認(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Set new password</source>
        <translation>新しいパスワードを設定(&amp;S)</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>パスワードが一致しません。</translation>
    </message>
    <message>
        <source>Type the register&apos;s recovery code and a new password. A security officer other than you must be present and sign with their own password; only the register&apos;s only officer recovers without one. The new keys are recorded in the audit trail, signed by the officer, and the content you could open is re-sealed to you.</source>
        <translation>管理簿の回復コードと新しいパスワードを入力してください。本人以外の保全責任者が立ち会い、自分のパスワードで署名する必要があります。立会人なしで回復できるのは、管理簿の唯一の保全責任者だけです。新しい鍵は保全責任者の署名付きで監査証跡に残り、開くことのできた文書本体は新しい鍵に封かんし直されます。</translation>
    </message>
    <message>
        <source>&amp;Officer present:</source>
        <translation>立ち会う保全責任者(&amp;O):</translation>
    </message>
    <message>
        <source>Officer&apos;s pass&amp;word:</source>
        <translation>保全責任者のパスワード(&amp;W):</translation>
    </message>
</context>
<context>
    <name>kanribo::Register</name>
    <message>
        <source>The cryptography library cannot be initialised.</source>
        <translation>暗号ライブラリを初期化できません。</translation>
    </message>
    <message>
        <source>The first user of a register must be a security officer.</source>
        <translation>管理簿の最初の利用者は保全責任者である必要があります。</translation>
    </message>
    <message>
        <source>The facility name is too long (200 characters at most).</source>
        <translation>施設名が長すぎます(最大200文字)。</translation>
    </message>
    <message>
        <source>A register already exists at %1.</source>
        <translation>%1 には既に管理簿があります。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>The register %1 does not exist.</source>
        <translation>管理簿 %1 は存在しません。</translation>
    </message>
    <message>
        <source>The key ring does not belong to this register.</source>
        <translation>鍵束ファイルがこの管理簿のものではありません。</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>回復コード</translation>
    </message>
    <message>
        <source>Unknown login or wrong password.</source>
        <translation>ログイン名またはパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>アカウント %1 は無効化されています。</translation>
    </message>
    <message>
        <source>The key ring and the register disagree about %1&apos;s key.</source>
        <translation>%1 の鍵について、鍵束ファイルと管理簿の内容が一致しません。</translation>
    </message>
    <message>
        <source>The recovery code is not correct.</source>
        <translation>回復コードが正しくありません。</translation>
    </message>
    <message>
        <source>The register is locked.</source>
        <translation>管理簿は画面ロック中です。</translation>
    </message>
    <message>
        <source>the register file is damaged: %1</source>
        <translation>管理簿ファイルが破損しています: %1</translation>
    </message>
    <message>
        <source>The register %1 cannot be written: it is on read-only media or its folder or files are read-only. Kanribo records every login in it; copy the register and its key ring to a writable folder.</source>
        <translation>管理簿 %1 に書き込めません: 読み取り専用の媒体にあるか、フォルダ又はファイルが読み取り専用です。Kanribo はすべてのログインを記録します。管理簿と鍵束を書き込み可能なフォルダに複写してください。</translation>
    </message>
    <message>
        <source>The idle lock time must be between 1 and 1440 minutes.</source>
        <translation>無操作ロックの時間は 1 分から 1440 分の間で指定してください。</translation>
    </message>
    <message>
        <source>The policy pack adopted by event %1 has been removed from the register outside Kanribo. The register is not opened.</source>
        <translation>イベント %1 で採用されたポリシーパックが、Kanribo を通さずに管理簿から削除されています。管理簿は開きません。</translation>
    </message>
    <message>
        <source>The policy pack in use in this register was not adopted by a signed event (policy.adopted): it was written into the register outside Kanribo. The register is not opened.</source>
        <translation>この管理簿で使われているポリシーパックは、署名付きのイベント(policy.adopted)で採用されたものではありません。Kanribo を通さずに管理簿に書き込まれています。管理簿は開きません。</translation>
    </message>
    <message>
        <source>table meta, row policy_pack: the policy pack in use is not the one last adopted by a signed event (policy.adopted)</source>
        <translation>表 meta、行 policy_pack: 使われているポリシーパックが、署名付きのイベント(policy.adopted)で最後に採用されたものと一致しません</translation>
    </message>
    <message>
        <source>The policy pack is too large (4 MiB at most).</source>
        <translation>ポリシーパックが大きすぎます(最大 4 MiB)。</translation>
    </message>
    <message>
        <source>The policy pack is not UTF-8 text.</source>
        <translation>ポリシーパックが UTF-8 のテキストではありません。</translation>
    </message>
    <message>
        <source>table %1, row %2: %3 is not what the ledger says</source>
        <translation>表 %1、行 %2: %3 が記録と一致しません</translation>
    </message>
    <message>
        <source>a second row for event %1</source>
        <translation>イベント %1 に対する二つ目の行</translation>
    </message>
    <message>
        <source>the whole row (no %1 event recorded it)</source>
        <translation>行全体(これを記録した %1 のイベントがありません)</translation>
    </message>
    <message>
        <source>of event %1</source>
        <translation>イベント %1 の行</translation>
    </message>
    <message>
        <source>the whole row (recorded, now missing)</source>
        <translation>行全体(記録されたが、現在は存在しません)</translation>
    </message>
    <message>
        <source>The seal belongs to another register.</source>
        <translation>この封印は別の管理簿のものです。</translation>
    </message>
    <message>
        <source>the seal of %1 by %2</source>
        <translation>%2 による %1 の封印</translation>
    </message>
    <message>
        <source>The export bundle does not verify: %1</source>
        <translation>エクスポートバンドルを検証できません: %1</translation>
    </message>
    <message>
        <source>The export bundle belongs to another register.</source>
        <translation>このエクスポートバンドルは別の管理簿のものです。</translation>
    </message>
    <message>
        <source>the export bundle signed by %1</source>
        <translation>%1 が署名したエクスポートバンドル</translation>
    </message>
    <message>
        <source>the trail ends at event %1, but %2 covered events up to %3: recorded events were removed</source>
        <translation>監査証跡はイベント %1 で終わっていますが、%2 はイベント %3 までを含んでいます: イベントが削除されています</translation>
    </message>
    <message>
        <source>event %1 is not the one %2 recorded: the trail was rewritten from there or before</source>
        <translation>イベント %1 は %2 が記録したものと異なります: そこまたはそれ以前から監査証跡が書き換えられています</translation>
    </message>
    <message>
        <source>The audit trail does not verify: event %1 fails: %2</source>
        <translation>監査証跡を検証できません: イベント %1 で失敗: %2</translation>
    </message>
    <message>
        <source>An officer other than %1 must be present and sign.</source>
        <translation>%1 以外の保全責任者が立ち会い、署名する必要があります。</translation>
    </message>
    <message>
        <source>An officer must be present and sign the recovery of %1&apos;s access.</source>
        <translation>%1 のアクセスの回復には、保全責任者が立ち会い署名する必要があります。</translation>
    </message>
    <message>
        <source>%1 is not an active security officer.</source>
        <translation>%1 は有効な保全責任者ではありません。</translation>
    </message>
    <message>
        <source>Only officers, custodians and auditors sign checkpoints.</source>
        <translation>チェックポイントに署名できるのは保全責任者、管理者及び検査官だけです。</translation>
    </message>
    <message>
        <source>the whole row (no event recorded it)</source>
        <translation>行全体(記録したイベントがありません)</translation>
    </message>
    <message>
        <source>the whole row (updated, never reported)</source>
        <translation>行全体(更新されていますが、報告されていません)</translation>
    </message>
    <message>
        <source>the whole row (used, never started)</source>
        <translation>行全体(使われていますが、開始されていません)</translation>
    </message>
    <message>
        <source>the copies</source>
        <translation>対象の部</translation>
    </message>
    <message>
        <source>the sighting</source>
        <translation>確認の記録</translation>
    </message>
</context>
<context>
    <name>kanribo::RegisterItemDialog</name>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>(charged to me)</source>
        <translation>(自分に貸出し)</translation>
    </message>
    <message>
        <source>Register item</source>
        <translation>文書の登録</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>件名(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>秘密区分(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Originating government:</source>
        <translation>作成国政府(&amp;O):</translation>
    </message>
    <message>
        <source>Re&amp;gime:</source>
        <translation>制度(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Caveats:</source>
        <translation>取扱制限(&amp;C):</translation>
    </message>
    <message>
        <source>T&amp;LP:</source>
        <translation>TLP(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Need-to-know groups:</source>
        <translation>知る必要グループ(&amp;N):</translation>
    </message>
    <message>
        <source>Cop&amp;ies, storage, media:</source>
        <translation>部数・保管・媒体(&amp;I):</translation>
    </message>
    <message>
        <source>Content &amp;file:</source>
        <translation>内容ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>(U) Radar maintenance manual — start with a portion mark</source>
        <translation>(U) レーダー整備マニュアル — 部分表示から始めてください</translation>
    </message>
    <message>
        <source>REL TO: e.g. USA, JPN</source>
        <translation>REL TO: 例 USA, JPN</translation>
    </message>
    <message>
        <source>optional: encrypted into the register</source>
        <translation>任意: 暗号化して管理簿に格納します</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>部数</translation>
    </message>
    <message>
        <source>Container the copies are stored in</source>
        <translation>部を保管する保管容器</translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation>指定権限(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation>接受(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>期日(&amp;D)</translation>
    </message>
    <message>
        <source>Classified by:</source>
        <translation>指定者:</translation>
    </message>
    <message>
        <source>Derived from / reason:</source>
        <translation>指定根拠 / 理由:</translation>
    </message>
    <message>
        <source>Declassify on (date or event):</source>
        <translation>解除予定(日付または事由):</translation>
    </message>
    <message>
        <source>Received from:</source>
        <translation>接受元:</translation>
    </message>
    <message>
        <source>Sender&apos;s receipt no.:</source>
        <translation>送付元の受領証番号:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>送付手段:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>接受日:</translation>
    </message>
    <message>
        <source>Inspection:</source>
        <translation>検査:</translation>
    </message>
    <message>
        <source>Designation validity:</source>
        <translation>指定の有効期間:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>有効期限:</translation>
    </message>
    <message>
        <source>Purpose ends:</source>
        <translation>目的の終了日:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日付:</translation>
    </message>
    <message>
        <source>Inspected for tampering</source>
        <translation>改ざんの有無を検査済み</translation>
    </message>
    <message>
        <source>Set a designation end (特定秘密: default is the regime&apos;s validity)</source>
        <translation>指定の終了日を設定する(特定秘密: 既定値は制度の有効期間)</translation>
    </message>
    <message>
        <source>The purpose ends on a known date</source>
        <translation>目的の終了日が確定している</translation>
    </message>
    <message>
        <source>e.g. USN PACFLT N2</source>
        <translation>例: USN PACFLT N2</translation>
    </message>
    <message>
        <source>e.g. OPNAVINST 5513.1</source>
        <translation>例: OPNAVINST 5513.1</translation>
    </message>
    <message>
        <source>e.g. 2036-12-31</source>
        <translation>例: 2036-12-31</translation>
    </message>
    <message>
        <source>&amp;Register item</source>
        <translation>文書を登録(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (title)</source>
        <translation>%1(件名)</translation>
    </message>
    <message>
        <source>The title is marked %1; a title should be unclassified.</source>
        <translation>件名に %1 の表示があります。件名は秘密区分なしとするべきです。</translation>
    </message>
    <message>
        <source>Originating government %1 marks it %2; Japanese equivalent: %3</source>
        <translation>作成国政府 %1 の表示は %2、日本の相当区分は %3</translation>
    </message>
    <message>
        <source>The regime %1 does not allow the level %2.</source>
        <translation>制度 %1 では秘密区分 %2 は認められていません。</translation>
    </message>
    <message>
        <source>Content to encrypt into the register</source>
        <translation>暗号化して管理簿に格納する内容</translation>
    </message>
</context>
<context>
    <name>kanribo::RegisterPage</name>
    <message>
        <source>No item you may see matches “%1”.</source>
        <translation>「%1」に一致する、閲覧可能な文書はありません。</translation>
    </message>
    <message>
        <source>Select an item to see its markings and records.</source>
        <translation>文書を選択すると、その表示と記録が表示されます。</translation>
    </message>
    <message>
        <source>Markings</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Originating government:</source>
        <translation>作成国政府:</translation>
    </message>
    <message>
        <source>%1 — marked %2</source>
        <translation>%1 — 表示 %2</translation>
    </message>
    <message>
        <source>Recipient&apos;s equivalent:</source>
        <translation>受領国の相当区分:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Both markings:</source>
        <translation>双方の表示:</translation>
    </message>
    <message>
        <source>Regime:</source>
        <translation>制度:</translation>
    </message>
    <message>
        <source>Designation valid until:</source>
        <translation>指定の有効期限:</translation>
    </message>
    <message>
        <source>Designation:</source>
        <translation>指定:</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>媒体:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>登録:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Classification authority</source>
        <translation>指定権限</translation>
    </message>
    <message>
        <source>Classified by:</source>
        <translation>指定者:</translation>
    </message>
    <message>
        <source>Derived from / reason:</source>
        <translation>指定根拠 / 理由:</translation>
    </message>
    <message>
        <source>Declassify on:</source>
        <translation>解除予定:</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Received from:</source>
        <translation>接受元:</translation>
    </message>
    <message>
        <source>Sender&apos;s receipt no.:</source>
        <translation>送付元の受領証番号:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>送付手段:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>接受日:</translation>
    </message>
    <message>
        <source>Inspected for tampering:</source>
        <translation>改ざんの検査:</translation>
    </message>
    <message>
        <source>Dissemination</source>
        <translation>配布管理</translation>
    </message>
    <message>
        <source>Caveats:</source>
        <translation>取扱制限:</translation>
    </message>
    <message>
        <source>TLP (not a classification):</source>
        <translation>TLP(秘密区分ではありません):</translation>
    </message>
    <message>
        <source>Need-to-know groups:</source>
        <translation>知る必要グループ:</translation>
    </message>
    <message>
        <source>Purpose ends:</source>
        <translation>目的の終了日:</translation>
    </message>
    <message>
        <source>Third-country releases</source>
        <translation>第三国への開示</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>記録はありません。</translation>
    </message>
    <message>
        <source>%1, approved %2</source>
        <translation>%1、%2 承認</translation>
    </message>
    <message>
        <source>Reclassification history</source>
        <translation>区分変更の履歴</translation>
    </message>
    <message>
        <source>%1 → %2; notice %3 by %4: %5 (recorded by %6)</source>
        <translation>%1 → %2。通知 %3(通知者 %4): %5(記録者 %6)</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>部</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>部番号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Held by / stored in</source>
        <translation>保持者 / 保管場所</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>charged to %1</source>
        <translation>%1 に貸出し中</translation>
    </message>
    <message>
        <source>in container %1</source>
        <translation>保管容器 %1 に保管中</translation>
    </message>
    <message>
        <source>%1 (copy %2 of %3)</source>
        <translation>%1(第%2部/全%3部)</translation>
    </message>
    <message>
        <source>Disclosure record</source>
        <translation>開示記録</translation>
    </message>
    <message>
        <source>%1 — %2 (event %3)</source>
        <translation>%1 — %2(イベント %3)</translation>
    </message>
    <message>
        <source>Content: held encrypted in the register.</source>
        <translation>内容: 管理簿内に暗号化して格納されています。</translation>
    </message>
    <message>
        <source>Content: none (physical item).</source>
        <translation>内容: なし(物理的な文書)。</translation>
    </message>
    <message>
        <source>Copied %1; the clipboard is cleared in 30 seconds.</source>
        <translation>%1 をコピーしました。クリップボードは30秒後に消去されます。</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <source>Control no., title, reference (日本語も可)…</source>
        <translation>管理番号、件名、文書番号(日本語も可)…</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>秘密区分(&amp;V):</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状態(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>保持者(&amp;H):</translation>
    </message>
    <message>
        <source>Co&amp;ntainer:</source>
        <translation>保管容器(&amp;N):</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>すべての秘密区分</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>&amp;Open content…</source>
        <translation>内容を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>registered it</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>held %1</source>
        <translation>%1 の貸出し</translation>
    </message>
    <message>
        <source>viewed the record</source>
        <translation>記録の閲覧</translation>
    </message>
    <message>
        <source>opened the content</source>
        <translation>内容の閲覧</translation>
    </message>
    <message>
        <source>Access list</source>
        <translation>取扱者一覧</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1(%2、%3)</translation>
    </message>
    <message>
        <source>Authorised now:</source>
        <translation>現在取り扱える者:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>取扱者</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>取扱い</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
</context>
<context>
    <name>kanribo::ReleaseApprovalDialog</name>
    <message>
        <source>Record release approval</source>
        <translation>開示承認の記録</translation>
    </message>
    <message>
        <source>Release to &amp;nationality:</source>
        <translation>開示先の国籍(&amp;N):</translation>
    </message>
    <message>
        <source>Originator&apos;s &amp;approval reference:</source>
        <translation>作成国政府の承認文書番号(&amp;A):</translation>
    </message>
    <message>
        <source>Approved &amp;on:</source>
        <translation>承認日(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Record approval</source>
        <translation>承認を記録(&amp;R)</translation>
    </message>
</context>
<context>
    <name>kanribo::Report</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>範囲の終了が開始より前です。</translation>
    </message>
    <message>
        <source>Control number</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>秘密区分</translation>
    </message>
    <message>
        <source>US marking</source>
        <translation>米国の表示</translation>
    </message>
    <message>
        <source>Japanese marking</source>
        <translation>日本の表示</translation>
    </message>
    <message>
        <source>Originator</source>
        <translation>作成国政府</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>制度</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>取扱制限</translation>
    </message>
    <message>
        <source>Need-to-know groups</source>
        <translation>知る必要グループ</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>部数</translation>
    </message>
    <message>
        <source>Copies held</source>
        <translation>保有部数</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録日時</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>登録者</translation>
    </message>
    <message>
        <source>Classified by</source>
        <translation>指定者</translation>
    </message>
    <message>
        <source>Derived from</source>
        <translation>指定根拠</translation>
    </message>
    <message>
        <source>Declassify on</source>
        <translation>解除予定(日付または事由)</translation>
    </message>
    <message>
        <source>Title withheld</source>
        <translation>件名非表示</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>部の識別番号</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>部番号</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>保持者</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>保管容器</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Notation</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>日時(UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Co-signers</source>
        <translation>連署者</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>ハッシュ</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>廃棄方法</translation>
    </message>
    <message>
        <source>Destroyed (UTC)</source>
        <translation>廃棄日時(UTC)</translation>
    </message>
    <message>
        <source>Destroying official</source>
        <translation>廃棄実施者</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>立会人</translation>
    </message>
    <message>
        <source>New copies</source>
        <translation>新たな部数</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Consent reference</source>
        <translation>同意の文書番号</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Made (UTC)</source>
        <translation>作成日時(UTC)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Reported (UTC)</source>
        <translation>報告日時(UTC)</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>報告者</translation>
    </message>
    <message>
        <source>Originator notified</source>
        <translation>作成国政府への通報</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>調査結果</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>是正措置</translation>
    </message>
    <message>
        <source>Closed (UTC)</source>
        <translation>終結日時(UTC)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>before the range</source>
        <translation>範囲より前</translation>
    </message>
    <message>
        <source>in the range</source>
        <translation>範囲内</translation>
    </message>
    <message>
        <source>exporter, after the range</source>
        <translation>エクスポート実施者、範囲より後</translation>
    </message>
    <message>
        <source>The export file is malformed: %1.</source>
        <translation>エクスポートファイルが不正です: %1。</translation>
    </message>
    <message>
        <source>This is not a Kanribo export bundle.</source>
        <translation>Kanribo のエクスポートバンドルではありません。</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>途中で切れています</translation>
    </message>
    <message>
        <source>The export bundle has format version %1; this Kanribo reads version %2.</source>
        <translation>エクスポートバンドルの形式バージョンは %1 ですが、この Kanribo が読み込めるのはバージョン %2 です。</translation>
    </message>
    <message>
        <source>header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>chain link</source>
        <translation>チェーンの連結</translation>
    </message>
    <message>
        <source>genesis hash</source>
        <translation>起点ハッシュ</translation>
    </message>
    <message>
        <source>key table</source>
        <translation>鍵表</translation>
    </message>
    <message>
        <source>key table: a fingerprint does not match its key</source>
        <translation>鍵表: フィンガープリントが鍵と一致しません</translation>
    </message>
    <message>
        <source>event count</source>
        <translation>イベント数</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>イベント %1</translation>
    </message>
    <message>
        <source>exporter</source>
        <translation>エクスポート実施者</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>bytes after the signature</source>
        <translation>署名の後にデータがあります</translation>
    </message>
    <message>
        <source>The export header does not match its contents.</source>
        <translation>エクスポートのヘッダーが内容と一致しません。</translation>
    </message>
    <message>
        <source>The export header names another exporter than the one who signed.</source>
        <translation>エクスポートのヘッダーに署名者とは別のエクスポート実施者が記載されています。</translation>
    </message>
    <message>
        <source>The export names an exporter who is neither an officer nor an auditor.</source>
        <translation>エクスポートに記載されたエクスポート実施者は保全責任者でも検査官でもありません。</translation>
    </message>
    <message>
        <source>The first event does not link to this register&apos;s genesis.</source>
        <translation>最初のイベントがこの管理簿の起点に連結していません。</translation>
    </message>
    <message>
        <source>A range that does not start at event 1 cannot carry the genesis hash.</source>
        <translation>イベント 1 から始まらない範囲には起点ハッシュを含めることはできません。</translation>
    </message>
    <message>
        <source>The key table is out of order.</source>
        <translation>鍵表の順序が正しくありません。</translation>
    </message>
    <message>
        <source>The key table lists a key for %1 that was not in force before the range.</source>
        <translation>鍵表に、範囲より前には有効でなかった %1 の鍵が記載されています。</translation>
    </message>
    <message>
        <source>The key table lists a key for %1 outside the range.</source>
        <translation>鍵表に、範囲外の %1 の鍵が記載されています。</translation>
    </message>
    <message>
        <source>The key table lists an exporter key that is not the exporter&apos;s.</source>
        <translation>鍵表に記載されたエクスポート実施者の鍵は、エクスポート実施者のものではありません。</translation>
    </message>
    <message>
        <source>%1 %2 (event %3, %4)</source>
        <translation>%1 %2(イベント %3、%4)</translation>
    </message>
    <message>
        <source>A range that starts at event 1 cannot have keys from before it.</source>
        <translation>イベント 1 から始まる範囲には、それより前の鍵は存在し得ません。</translation>
    </message>
    <message>
        <source>The exporter&apos;s key is not the key the ledger gives %1.</source>
        <translation>エクスポート実施者の鍵は、台帳に記録された %1 の鍵ではありません。</translation>
    </message>
    <message>
        <source>Event %1 fails: %2</source>
        <translation>イベント %1 で失敗: %2</translation>
    </message>
    <message>
        <source>The key table does not match the keys the events in the range introduce.</source>
        <translation>鍵表が、範囲内のイベントで導入された鍵と一致しません。</translation>
    </message>
    <message>
        <source>The export header names another last event than the one it holds.</source>
        <translation>エクスポートのヘッダーに記載された最終イベントが、含まれている最終イベントと異なります。</translation>
    </message>
    <message>
        <source>The events lie outside the range the export names.</source>
        <translation>イベントがエクスポートに記載された範囲外にあります。</translation>
    </message>
    <message>
        <source>The exporter&apos;s signature over the file does not verify.</source>
        <translation>ファイルに対するエクスポート実施者の署名を検証できません。</translation>
    </message>
    <message>
        <source>The audit trail has no events in this range.</source>
        <translation>この範囲には監査証跡のイベントがありません。</translation>
    </message>
    <message>
        <source>The audit trail does not verify (event %1: %2); nothing was exported.</source>
        <translation>監査証跡を検証できません(イベント %1: %2)。何もエクスポートしていません。</translation>
    </message>
    <message>
        <source>Your signing key is not the one the ledger records for you.</source>
        <translation>あなたの署名鍵は、台帳に記録されているあなたの鍵ではありません。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>保有中</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>廃棄済み</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>紛失</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>発送済み</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>紛失</translation>
    </message>
    <message>
        <source>compromise</source>
        <translation>漏えい</translation>
    </message>
    <message>
        <source>possible compromise</source>
        <translation>漏えいのおそれ</translation>
    </message>
    <message>
        <source>the whole register</source>
        <translation>管理簿全体</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1~%2</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>最初</translation>
    </message>
    <message>
        <source>today</source>
        <translation>本日</translation>
    </message>
    <message>
        <source>Inspection report — %1</source>
        <translation>検査報告書 — %1</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>検査報告書</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>施設</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>対象期間</translation>
    </message>
    <message>
        <source>Highest level in this report</source>
        <translation>この報告書の最高秘密区分</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>提出先</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>管理簿</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>監査証跡</translation>
    </message>
    <message numerus="yes">
        <source>verified: %n event(s), chain and signatures intact</source>
        <translation>
            <numerusform>検証済み: %n 件のイベント、チェーンと署名に異常なし</numerusform>
        </translation>
    </message>
    <message>
        <source>DOES NOT VERIFY: event %1: %2</source>
        <translation>検証不合格: イベント %1: %2</translation>
    </message>
    <message>
        <source>Events in the period</source>
        <translation>対象期間のイベント</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 (No. %2 to %3)</source>
        <translation>%1(番号 %2~%3)</translation>
    </message>
    <message>
        <source>Bundle digest</source>
        <translation>バンドルのダイジェスト</translation>
    </message>
    <message>
        <source>Holdings by level</source>
        <translation>秘密区分別の保有状況</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>文書数</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>廃棄済み</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>紛失</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>発送</translation>
    </message>
    <message>
        <source>Top Secret register</source>
        <translation>機密文書管理簿</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>処置状況</translation>
    </message>
    <message>
        <source>No copies.</source>
        <translation>部はありません。</translation>
    </message>
    <message>
        <source>Disclosure record</source>
        <translation>開示記録</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>No disclosures in the period.</source>
        <translation>対象期間の開示はありません。</translation>
    </message>
    <message>
        <source>No Top Secret items.</source>
        <translation>機密文書はありません。</translation>
    </message>
    <message>
        <source>Reproduction records</source>
        <translation>複製記録</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>No reproductions in the period.</source>
        <translation>対象期間の複製はありません。</translation>
    </message>
    <message>
        <source>Destruction records</source>
        <translation>廃棄記録</translation>
    </message>
    <message>
        <source>No destructions in the period.</source>
        <translation>対象期間の廃棄はありません。</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事故(紛失・漏えい)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>終結</translation>
    </message>
    <message>
        <source>open</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>報告日時</translation>
    </message>
    <message>
        <source>No incidents.</source>
        <translation>事故はありません。</translation>
    </message>
    <message>
        <source>Inventories</source>
        <translation>点検(棚卸し)</translation>
    </message>
    <message>
        <source>whole register</source>
        <translation>管理簿全体</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>対象範囲</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了日時</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>所在確認済み</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>所在不明</translation>
    </message>
    <message>
        <source>Unexpected</source>
        <translation>想定外の部</translation>
    </message>
    <message>
        <source>No inventories in the period.</source>
        <translation>対象期間の点検(棚卸し)はありません。</translation>
    </message>
    <message>
        <source>Overdue dispatches</source>
        <translation>受領証の返送期限を過ぎた発送</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>送付手段</translation>
    </message>
    <message>
        <source>Receipt due</source>
        <translation>受領証の返送期限</translation>
    </message>
    <message>
        <source>No overdue dispatches.</source>
        <translation>返送期限を過ぎた発送はありません。</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>検証</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail verifies: %n event(s), hash chain and every signature intact.</source>
        <translation>
            <numerusform>監査証跡を検証しました: %n 件のイベント、ハッシュチェーンとすべての署名に異常はありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail does not verify: event %1: %2</source>
        <translation>監査証跡を検証できません: イベント %1: %2</translation>
    </message>
    <message>
        <source>Last event hash</source>
        <translation>最終イベントのハッシュ</translation>
    </message>
    <message>
        <source>Exporter&apos;s key</source>
        <translation>エクスポート実施者の鍵</translation>
    </message>
    <message>
        <source>The bundle of the same period (kanribo-cli audit export --format bundle) has this digest when made by the same person at the same time; any bundle of the period ends with the same last event hash. Check it offline with kanribo-cli audit verify-export FILE and compare the exporter&apos;s key fingerprint.</source>
        <translation>同じ期間のバンドル(kanribo-cli audit export --format bundle)は、同じ人が同時に作成した場合にこのダイジェストになります。同じ期間のバンドルはいずれも同じ最終イベントのハッシュで終わります。kanribo-cli audit verify-export FILE でオフライン検証し、エクスポート実施者の鍵フィンガープリントを照合してください。</translation>
    </message>
    <message>
        <source>The export could not be written.</source>
        <translation>エクスポートを書き込めませんでした。</translation>
    </message>
    <message>
        <source>The audit trail changed while it was being exported; nothing was exported.</source>
        <translation>エクスポート中に監査証跡が変化しました。何もエクスポートしていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are shown in the accountability view: the reader keeps their accounts but is outside their need-to-know groups, so titles and other details are withheld. Items the reader may not see at all are not in this report.</source>
        <translation>
            <numerusform>%n 件の文書は管理記録のみを表示しています: 閲覧者はその管理を担当していますが知る必要のグループに属さないため、件名その他の詳細は非表示です。閲覧者が見ることのできない文書はこの報告書に含まれていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF report needs the graphical part of Qt, which is not running.</source>
        <translation>PDF 報告書の作成には Qt のグラフィカル機能が必要ですが、起動していません。</translation>
    </message>
    <message>
        <source>Cannot start the PDF.</source>
        <translation>PDF の作成を開始できません。</translation>
    </message>
    <message>
        <source>Event %1 fails: its payload is not canonical JSON.</source>
        <translation>イベント %1 で失敗: 内容が正準形式の JSON ではありません。</translation>
    </message>
    <message>
        <source>verification cancelled</source>
        <translation>検証を中止しました</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written or recorded.</source>
        <translation>エクスポートを中止しました。何も書き出しておらず、記録もしていません。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>This program was built without PDF reports.</source>
        <translation>このプログラムは PDF 報告書なしでビルドされています。</translation>
    </message>
    <message>
        <source>Name the file to export to.</source>
        <translation>エクスポート先のファイルを指定してください。</translation>
    </message>
    <message>
        <source>A bundle holds the whole chain of its range and cannot be filtered: export the filtered view as CSV or PDF.</source>
        <translation>バンドルは範囲内のチェーン全体を含むため絞り込めません。絞り込んだ記録は CSV 又は PDF でエクスポートしてください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be an export bundle.</source>
        <translation>%1 はエクスポートバンドルとしては大きすぎます。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an event kind.</source>
        <translation>「%1」はイベントの種類ではありません。</translation>
    </message>
</context>
<context>
    <name>kanribo::ReportIncidentDialog</name>
    <message>
        <source>Report loss or compromise</source>
        <translation>紛失・漏えいの報告</translation>
    </message>
    <message>
        <source>&amp;Affected:</source>
        <translation>対象(&amp;A):</translation>
    </message>
    <message>
        <source>Every active copy of the item</source>
        <translation>文書の保有中のすべての部</translation>
    </message>
    <message>
        <source>or one &amp;copy:</source>
        <translation>または特定の部(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種別(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>概要(&amp;S):</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>紛失</translation>
    </message>
    <message>
        <source>Compromise</source>
        <translation>漏えい</translation>
    </message>
    <message>
        <source>Possible compromise</source>
        <translation>漏えいのおそれ</translation>
    </message>
    <message>
        <source>&amp;Report now</source>
        <translation>直ちに報告(&amp;R)</translation>
    </message>
</context>
<context>
    <name>kanribo::ReproduceDialog</name>
    <message>
        <source>Reproduce or translate</source>
        <translation>複製・翻訳</translation>
    </message>
    <message>
        <source>&amp;Number of copies:</source>
        <translation>部数(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Reason (official need):</source>
        <translation>理由(公務上の必要性)(&amp;R):</translation>
    </message>
    <message>
        <source>Originator&apos;s &amp;consent ref.:</source>
        <translation>作成国政府の同意文書番号(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Approver&apos;s login:</source>
        <translation>承認者のログイン名(&amp;A):</translation>
    </message>
    <message>
        <source>Approver&apos;s &amp;password:</source>
        <translation>承認者のパスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Translation:</source>
        <translation>翻訳(&amp;T):</translation>
    </message>
    <message>
        <source>N&amp;otation:</source>
        <translation>注記(&amp;O):</translation>
    </message>
    <message>
        <source>The new copies are a translation</source>
        <translation>新しい部は翻訳である</translation>
    </message>
    <message>
        <source>e.g. Contains information of the Government of the USA</source>
        <translation>例: 米国政府の情報を含む</translation>
    </message>
    <message>
        <source>the approver types it here, now</source>
        <translation>承認者がこの場で入力してください</translation>
    </message>
    <message>
        <source>&amp;Reproduce</source>
        <translation>複製(&amp;R)</translation>
    </message>
</context>
<context>
    <name>kanribo::Seal</name>
    <message>
        <source>The seal is not valid: %1.</source>
        <translation>封印が有効ではありません: %1。</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>it is not a Kanribo seal of version 1</source>
        <translation>Kanribo の封印(バージョン 1)ではありません</translation>
    </message>
    <message>
        <source>a field is missing or malformed</source>
        <translation>項目が欠けているか、形式が正しくありません</translation>
    </message>
    <message>
        <source>its signature does not verify</source>
        <translation>署名を検証できません</translation>
    </message>
</context>
<context>
    <name>kanribo::Session</name>
    <message>
        <source>The register is locked.</source>
        <translation>管理簿は画面ロック中です。</translation>
    </message>
    <message>
        <source>Denied: %1</source>
        <translation>拒否されました: %1</translation>
    </message>
    <message>
        <source>The key ring is in use by another program.</source>
        <translation>鍵束ファイルは別のプログラムで使用中です。</translation>
    </message>
    <message>
        <source>The key ring does not belong to this register.</source>
        <translation>鍵束ファイルがこの管理簿のものではありません。</translation>
    </message>
    <message>
        <source>The second person must be someone other than you.</source>
        <translation>二人目はあなた以外の人である必要があります。</translation>
    </message>
    <message>
        <source>Unknown login or wrong password.</source>
        <translation>ログイン名またはパスワードが正しくありません。</translation>
    </message>
    <message numerus="yes">
        <source>The login %1 is locked after too many failed attempts; try again in %n minute(s).</source>
        <translation>
            <numerusform>ログイン名 %1 は失敗回数が多すぎるためロックされています。%n 分後に再試行してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. The login %1 is now locked for %n minute(s).</source>
        <translation>
            <numerusform>パスワードが正しくありません。ログイン名 %1 は %n 分間ロックされました。</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write YYYY-MM-DD.</source>
        <translation>「%1」は日付ではありません。YYYY-MM-DD の形式で入力してください。</translation>
    </message>
    <message>
        <source>Cannot write beside the key ring %1: the folder is read-only or not accessible.</source>
        <translation>鍵束ファイル %1 と同じフォルダーに書き込めません。フォルダーが読み取り専用か、アクセスできません。</translation>
    </message>
</context>
<context>
    <name>kanribo::StoreDialog</name>
    <message>
        <source>Return a copy to storage</source>
        <translation>保管容器への部の返却</translation>
    </message>
    <message>
        <source>&amp;Copy:</source>
        <translation>対象の部(&amp;C):</translation>
    </message>
    <message>
        <source>C&amp;ontainer:</source>
        <translation>保管容器(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>保管(&amp;S)</translation>
    </message>
</context>
<context>
    <name>kanribo::TablePage</name>
    <message>
        <source>Filter…</source>
        <translation>絞り込み…</translation>
    </message>
</context>
<context>
    <name>kanribo::UsersModel</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>not briefed</source>
        <translation>保全教育未受講</translation>
    </message>
    <message>
        <source>The clearance has expired.</source>
        <translation>秘密取扱資格の有効期限が切れています。</translation>
    </message>
    <message numerus="yes">
        <source>The clearance expires within %n day(s).</source>
        <translation>
            <numerusform>秘密取扱資格の有効期限まであと %n 日以内です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>秘密取扱資格</translation>
    </message>
    <message>
        <source>Clearance expires</source>
        <translation>資格の有効期限</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Briefed</source>
        <translation>保全教育</translation>
    </message>
    <message>
        <source>Need-to-know groups</source>
        <translation>知る必要グループ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
</context>
<context>
    <name>kanribo::Visibility</name>
    <message>
        <source>withheld</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>withheld — need-to-know %1</source>
        <translation>非表示 — 知る必要 %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kanribo — register of classified documents</source>
        <translation>Kanribo — 秘密文書管理簿</translation>
    </message>
    <message>
        <source>Kanribo</source>
        <translation>Kanribo</translation>
    </message>
    <message>
        <source>The cryptography library cannot be initialised.</source>
        <translation>暗号ライブラリを初期化できません。</translation>
    </message>
    <message>
        <source>The register file to open, or an export bundle to verify.</source>
        <translation>開く管理簿ファイル、または検証するエクスポートバンドル。</translation>
    </message>
</context>
</TS>
