# Chinese (simplified). Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

page-title = 举报投递箱
language-label = 语言

## Without JavaScript

noscript-needs-js = 本页面需要 JavaScript 才能在你的浏览器中加密你的举报。关闭 JavaScript 时，本页面的任何功能都无法使用：你的浏览器无法加密，因此不会发送任何内容。
noscript-nojs = 如果运营者开启了它，一个纯文本表单可以在没有 JavaScript 的情况下使用，但你在其中输入的内容由服务器加密，因此服务器运营者可能读到它。它不接受附件，也不提供用于接收回复的代号。
noscript-nojs-link = 纯文本表单（服务器运营者可能读到）
noscript-cli = 最安全的举报方式是使用命令行工具 dropbox-submit，它在你自己的电脑上加密。
noscript-other-languages = 其他语言

## The team and its roster

trust-heading = 谁会读到你的举报
team-ask = 此链接没有给出团队的指纹。请从团队自己的网站复制它（64 个字母和数字）并粘贴到这里。
team-input-label = 团队指纹
team-check = 检查团队
team-name-label = 团队
roster-seq-label = 成员名单
roster-head-label = 头部哈希
team-fp-label = 指纹
team-compare = 如果可以，请将名单编号和头部哈希与团队公布的内容进行比对。团队成员变动时它们会改变。
trust-readers = { $count ->
   *[other] 团队中有 { $count } 名成员可以阅读你的举报，除非你在下方排除其中一些人。
  }
trust-server = 投递箱的服务器无法阅读你的举报，也无法知道你排除了谁、是否要求回复。它能看到举报到达的日期和向上取整后的大小；不使用 Tor Browser 时，在你连接期间它还能看到你的网络地址。
status-checking = 正在检查团队的成员名单…
status-roster-bad = 团队的成员名单未通过验证（{ $detail }）。不要在这里发送任何内容：请在团队自己的网站上核对指纹。
status-roster-ok = 团队的成员名单已通过验证：它由团队管理员签名，从你链接中的指纹开始验证。
status-bad-fingerprint = 团队指纹由 64 个字母（a–f）和数字组成。
origin-warning = 警告：此地址（{ $origin }）不在团队公布的地址（{ $endpoints }）之中。请确认你访问的是正确的投递箱。
onion-notice-onion = 你没有使用投递箱的 .onion 地址。你的网络和服务器的网络可以看到你访问了本网站。为了更安全，请在 Tor Browser 中打开团队的 .onion 地址。
onion-notice-tor = 你没有使用投递箱的 .onion 地址。你的网络和服务器的网络可以看到你访问了本网站。为了更安全，请使用 Tor Browser。

## The report form

report-heading = 你的举报
field-title = 标题
field-body = 举报内容
field-category = 类别
category-none = （无）
field-severity = 你认为它有多严重？
severity-none = （不估计）
severity-critical = 危急
severity-high = 高
severity-medium = 中
severity-low = 低
field-contact = 联系方式（可选）
field-credit = 如何署名致谢（可选；留空则不署名）
field-attachments = 附件
attachments-note = 加密之前，会从 JPEG 和 PNG 图片中移除隐藏的元数据（照片的位置、相机、时间、作者、注释）。其他文件按原样发送：请自行从中移除此类数据。你可以在下方重命名每个文件。
recipients-legend = 谁可以阅读
recipients-note = 所有勾选的成员都能阅读你的举报。你取消勾选的成员得不到密钥：他们无法阅读举报、附件或你代号下的消息，文件也不会显示谁被排除在外。但他们仍能像每位成员和服务器一样，看到有一份举报到达、到达的日期及其大致大小；你选择的成员也可以告诉他们。至少必须保留一名成员。
recipients-at-least-one = 至少必须有一名成员能够阅读你的举报。
replies-checkbox = 我想接收回复
replies-note = 如果勾选此项，页面会在发送后生成一个代号（八个单词）。请把它写下来：这是阅读团队回复的唯一方式，而且只显示一次。
send-button = 发送举报

## Before you send

guide-heading = 发送之前
guide-tor = 请使用 Tor Browser：它会向这个投递箱和你的网络隐藏你是谁、你在哪里；普通浏览器做不到。
guide-metadata = 文件可能暴露你的身份：文档和照片中的姓名、地点和时间，以及只有少数人知道的细节。请尽量移除；本页面只会清理 JPEG 和 PNG 照片。
guide-codename = 如果你要求回复，请把代号写下来并保存在安全的地方，不要存在这个浏览器里。任何拿到它的人都能阅读回复；如果你丢失了它，没有人能找回。

## Attachments

attachment-name = 附件 { $n } 的名称（{ $size } 字节）
attachment-checking = 正在查找隐藏的元数据…
attachment-as-is = 按原样发送：本页面只从 JPEG 和 PNG 图片中移除元数据，因此此文件中的姓名、地点或编辑历史会保留在其中。
attachment-too-large = 这张 { $kind } 图片太大，无法在这里检查隐藏的元数据；请自行移除其元数据，或不要附上它。
attachment-removed = 加密前已移除：{ $removed }。
attachment-clean = 这张图片中未发现隐藏的元数据。
attachment-unreadable = 此文件看起来是 { $kind } 图片，但无法读取（{ $detail }），因此无法移除其隐藏的元数据。请不要附上它，或先修复它。

## Sending a report

error-no-recipient = 请至少选择一名成员来阅读你的举报。
error-empty = 举报是空的：请写点内容或附上文件。
error-file = { $name }：{ $problem }
error-too-large = 附件对这个投递箱来说太大了（总计最多 { $max } 字节）。
error-encrypted-too-large = 加密后的举报超过了这个投递箱接受的大小
error-worker = 页面的后台工作线程出错
error-no-drop-key = { $name } 今天没有有效的投递密钥，而本团队的报告只加密给投递密钥；请不选 { $name }，或等其同步后再试
error-drop-keys-unavailable = 投递箱未提供其投递密钥（HTTP { $status }）；请稍后再试
progress-heading = 正在发送
progress-bar =
    .aria-label = 进度
progress-keys = 正在生成你代号的密钥…
progress-keys-percent = 正在生成你代号的密钥… { $percent }%
progress-no-worker = Web Worker 不可用；正在本页面上运行，页面可能会卡住一段时间…
progress-sending = 正在加密并发送…
progress-sending-bytes = 正在加密并发送… { $percent }%（{ $total } 字节中的 { $sent } 字节）
status-puzzle = 正在解答服务器的防洪谜题（{ $bits } 位）…
status-resuming = 连接中断；正在恢复（第 { $attempt } 次尝试，共 { $retries } 次）…
sent = 已发送。
sent-uncertain = 连接在最后一刻断开；你的举报很可能已经收到。
sent-record-note = 注意：谁可以阅读你的对话的记录没有保存（{ $detail }）；团队回复后你就可以发送后续消息。
send-failed = 发送失败：{ $detail }。没有任何内容被确认；你可以再试一次。

## The receipt and the codename

done-heading = 你的举报已收到
receipt-text = 回执（所发送内容的 sha256；团队看到的是同一个数字）：
receipt-output =
    .aria-label = 回执
codename-heading = 你的代号
codename-keep = 请把它写下来并保密；它只显示一次。
codename-output =
    .aria-label = 代号
codename-note = 凭它，你而且只有你能阅读团队的回复：在下方“查看回复”中，或使用命令 dropbox-submit replies。
left-out = 已排除：{ $names }。他们无法阅读这份举报。

## consent
## Before anything is encrypted, from the verified roster's policy (the
## same facts as dropbox-submit's reporter-cli/src/consent.rs).

consent-heading = 发送之前：你的报告会怎样
consent-where = 保存在哪里：先在这个浏览器里加密，然后加密存放在这个投递箱里，直到团队取走，之后存放在每位能阅读它的成员的加密案件库中。投递箱的运营者无法阅读它。
consent-server = 保存多久：所有阅读者都取走后 { $all } 天，或第一位取走后 { $first } 天（以较早者为准），投递箱会删除它；如果没有人取走，则在 { $none } 天后删除。团队给你的回复会在你阅读后 { $read } 天、或写成后 { $reply } 天从投递箱删除。
consent-team = 团队在结案 { $close } 天后删除该案件（除非某位成员因法律保全或正在进行的披露而必须保留更久），其备份在 { $backup } 天内仍可读取。
consent-dropkeys = 它用短期密钥加密，每位阅读者在其 { $days } 天的时间窗口及之后一个窗口结束时销毁该密钥：此后，任何人（包括团队）都无法再打开加密上传内容的任何副本。
consent-dropkeys-codename = 例外是你的代号：拥有代号的人可以在投递箱保存期间打开投递箱中的副本，也可以打开你保存的任何副本。
consent-readers = 谁能阅读：{ $names }。
consent-left-out = 被排除：{ $names }。他们无法阅读它，也无法阅读团队由此得出的任何内容。
consent-contact-given = 你的联系方式只由团队使用，用于就这份报告联系你。
consent-contact-none = 你没有提供联系方式：团队只能通过给代号的回复联系你。
consent-credit-given = 你的署名是团队公开感谢你提交这份报告时对你的称呼。
consent-credit-none = 你不要求署名：团队不会提及你的名字。
consent-tlp = 团队可以与受影响的一方（例如软件的开发者或相关组织）分享这份报告，为该方加密，且仅在其 TLP 标签允许的范围内；只有团队选择包含时，才会附上你的联系方式和署名。
consent-codename = 有了代号，你可以阅读团队的回复、发送补充，并在以后撤回这份报告。
consent-no-codename = 没有代号，你以后无法撤回这份报告，也无法阅读回复或发送补充。
consent-nothing-sent = 这份同意的任何内容都不会被发送：只发送加密的报告本身。
consent-agree = 我同意：加密并发送
consent-back = 返回报告
copy-save = 保存所发送内容的副本
copy-note = 与上传时完全相同的加密文件：只有你的代号能打开它（dropbox-submit open 文件）。像保管代号一样，别让不该知道你提交过报告的人接触到它。

## followup-consent
## The same consent step before a follow-up is encrypted (the facts it needs:
## who reads it, kept how long), its saved copy, and the codename view's
## conversation: saved copies opened in the browser, its export.

consent-followup-heading = 发送之前：你的后续消息会怎样
consent-followup-back = 返回后续消息
consent-followup-tlp = 团队可以与受影响的一方分享这条后续消息，为该方加密，且仅在案件的 TLP 标签允许的范围内。
consent-followup-nothing-sent = 这份同意的任何内容都不会被发送：只发送加密的后续消息本身。
followup-copy-save = 保存这条后续消息的副本
own-report = 你（报告），{ $day }：
conversation-copies-label = 添加你保存的副本（你的报告、你的后续消息）
conversation-copies-note = 它们在这个浏览器里用你的代号打开；不会上传任何内容。
conversation-export = 导出对话
copy-unreadable = 无法读取 { $name }：{ $detail }
copy-other-codename = 它属于另一个代号的对话
copy-not-yours = 其中没有你的报告或后续消息

## Checking replies and sending follow-ups

replies-heading = 查看回复
replies-intro = 如果你发送举报时生成了代号，请在这里输入它，以阅读团队的回复并回信。每条回复都会对照团队的成员名单进行检查；页面会显示是哪位成员写的。
check-codename-label = 用于查看回复的代号
check-note = 八个单词，与你发送举报后页面显示的一致。
check-button = 查看回复
codename-word-count = 代号正好有 8 个单词；这个有 { $count } 个。
codename-unknown-word = 代号的第 { $n } 个单词不在单词表中；请检查拼写。
check-deriving = 正在推导你代号的密钥…
check-deriving-percent = 正在推导你代号的密钥… { $percent }%
check-fetching = 正在获取你的信箱…
check-mailbox-refused = 投递箱对你的信箱返回了 { $status }
check-mailbox-refused-message = 投递箱对你的信箱返回了 { $status }：{ $message }
check-verifying = 正在检查每条回复的签名…
check-verified = { $count ->
   *[other] { $count } 条已验证的回复。
  }
check-failed = 无法查看回复：{ $detail }。
conversation-heading = 对话
conversation-log =
    .aria-label = 对话
no-replies = 还没有回复。
reply-from = #{ $seq }，来自 { $author }（{ $member }），{ $day }：
own-followup = 你（后续消息 #{ $seq }），{ $day }：
own-followup-now = 你（后续消息 #{ $seq }，刚刚发送），{ $day }：
sent-files = { $count ->
   *[other] { $count } 个文件：{ $names }
  }
reply-missing = { $count ->
   *[other] 回复 { $list } 缺失：可能是服务器扣留了它们，或它们已过期。
  }
reply-problem = 警告：{ $problem }。它可能是伪造的；因此不予显示。
followup-unavailable-none = 你无法在这里发送后续消息：你的对话记录和团队的任何回复都没有说明谁可以阅读它（可能已过期）。请改为发送一份新的举报，并选择其读者。
followup-unavailable-empty = 团队目前没有任何成员可以阅读这段对话；你无法发送后续消息。
followup-label = 后续消息
followup-seq-label = 这条后续消息的编号（根据你的信箱计算）
followup-files-label = 要添加到后续消息的文件
followup-files-note = 与举报相同：加密前会从 JPEG 和 PNG 图片中移除隐藏的元数据；其他文件按原样发送。
followup-recipients-note = 你取消勾选的成员得不到这条消息的密钥；至少必须保留一名。你的举报排除的成员永远不会出现在这里。
followup-to = 发给 { $name } 的后续消息
followup-left-out = 按你的举报所选，被排除在这段对话之外：{ $names }。
followup-send = 发送后续消息
followup-done = 后续消息已收到。回执：
followup-receipt =
    .aria-label = 你的后续消息的确认回执
followup-check-first = 请先用你的代号查看回复。
followup-empty = 后续消息是空的。
followup-no-recipient = 请至少选择一名成员来阅读你的后续消息。
followup-too-large = 文件对这个投递箱来说太大了（总计最多 { $max } 字节）。
followup-encrypted-too-large = 加密后的后续消息超过了这个投递箱接受的大小
followup-fingerprinting = 正在为你的签名计算文件指纹…
followup-sending-percent = 正在发送… { $percent }%
followup-sent-uncertain = 连接在最后一刻断开；你的后续消息很可能已经收到。
followup-copy-note = 注意：它在你对话记录中的副本没有保存（{ $detail }）。

## Staying safe

safety-heading = 保护自己
safety-tor = 如果可以，请使用 Tor Browser 和这个投递箱的 .onion 地址。在“更安全”安全级别下本页面仍可使用（更慢）；在“最安全”级别下 JavaScript 被关闭，页面无法加密。
safety-nothing-stored = 本页面不会保存你输入的任何内容：没有 Cookie，没有本地存储。完成后请关闭标签页。
safety-cli = 如果你面临高风险，请改用命令行工具 dropbox-submit：它在你自己的电脑上进行同样的加密，无需浏览器。

## The text-only form without JavaScript (served by dropbox-server at /nojs, routes/nojs.rs)

nojs-page-title = 不用 JavaScript 举报
nojs-heading = 不用 JavaScript 向 { $team } 举报
nojs-warning = 警告：服务器运营者可能读到你通过这个表单发送的内容。
nojs-explain = 你的浏览器把文本发送给服务器，由服务器为团队加密。如需端到端加密，请使用开启 JavaScript 的普通页面，或命令行工具 dropbox-submit。
nojs-text-only = 仅限文本（最多 64 KiB）：不能附加文件，也没有代号，所以团队无法在这里回复你。
nojs-received-heading = 举报已收到
nojs-receipt = 回执（加密后举报的 sha256）：
nojs-keep-receipt = 如果你以后想证明自己发送过这份举报，请保存它。
nojs-too-large = 这个表单最多接受 64 KiB 文本。什么也没有发送：请缩短举报后重新发送。
nojs-empty = 举报内容是空的。什么也没有发送：请写下发生了什么，然后重新发送。
nojs-failed = 投递箱无法保存你的举报（{ $detail }）。什么也没有保留；请稍后再试。
nojs-back = 返回表单
