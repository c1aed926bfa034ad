# Chinese (simplified). Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.
# dropbox-submit's messages (reporter-cli/); the source is en.ftl.

## --help's opening text

help-about = dropbox-submit：向团队的举报投递箱发送加密举报，之后用代号与团队沟通。
help-words = 术语：团队指纹是团队在自己网站上公布的标识（指向其投递箱的链接以 #team=<指纹> 结尾）；成员名单是团队成员及其密钥的签名列表；收件人是能读取你举报的成员；代号是八个词，用来读取团队的回复。

## verify

verify-team = 团队：{ $team }
verify-roster = 成员名单：第 { $seq } 版（{ $hash }），有效期至 { $expires }
verify-members = { $count ->
   *[other] { $count } 名成员（除非你用 --leave-out ID 排除，否则每人都会收到你的举报）：
  }
verify-categories = 类别：{ $categories }
warn-endpoints = 警告：此服务器的地址不在团队的地址之中：{ $endpoints }

## send

warn-endpoint-unlisted = 警告：{ $server } 不在团队公布的地址之中；请确认你访问的是正确的投递箱
deriving-keys = 正在推导你的代号密钥…
send-received = 你的举报已送达。
send-written = 你的加密举报保存在 { $file }。
send-receipt = 回执（所发送内容的 sha256）：{ $receipt }
send-left-out = { $count ->
   *[other] 已排除（{ $count }）：{ $names }。他们无法读取此举报，也无法读取团队由此得出的任何内容。
  }
send-codename-heading = 你的代号（请记下并保密；它只显示这一次）：
send-codename-use = 在 `dropbox-submit replies` 和 `dropbox-submit followup` 中使用它。
warn-record-failed = 警告：你的举报已送达，但记录谁能阅读你的对话的记录未能保存（{ $error }）；团队回复后你就可以发送补充信息
error-empty = 举报是空的：请提供 --body、--body-file 或 --attach
error-category = 未知类别 { $name }；此团队的类别有：{ $categories }
error-severity = 严重程度必须是 critical、high、medium 或 low

## attachments and recipients

attach-clean = { $name }：未发现元数据
attach-removed = { $name }：已移除：{ $removed }
attach-as-is = 警告：{ $name } 将原样发送；JPEG 和 PNG 以外的文件可能带有可识别身份的元数据（作者、设备、位置），本工具无法移除
error-not-member = { $name } 不是此团队的成员；成员有：{ $names }
error-no-recipient = 至少要有一名成员接收举报
error-cannot-read = 无法读取 { $file }
error-not-file = { $file } 不是普通文件
error-image-large = { $file } 是一张太大的图片，无法在此清除其元数据；请先缩小
error-image-parse = { $file } 看起来是图片，但无法解析以移除其元数据；请先转换格式
error-drop-key = 无法为 { $member } 加密：其在成员名单下签名的投递密钥今天都已失效；请排除此人（--leave-out { $member }），或在其同步后重试
uploading = 正在上传
error-receipt = 投递箱确认的字节与发送的不同（回执 { $receipt }，应为 { $expected }）；不要信任此服务器
error-upload-failing = 上传一再失败；没有任何内容得到确认，请稍后重试

## reaching the drop box

error-no-server = 没有投递箱地址：请提供 --server 或设置 DROPBOX_SERVER
error-bad-url = { $server } 不是可用的投递箱地址：请使用 https://，http:// 仅限 .onion 或本机回环地址
error-unreachable = 无法连接 { $server }
error-roster = 团队的成员名单未通过验证：{ $detail }。不要发送任何内容；请对照团队自己网站上的指纹

## replies

codename-prompt = 代号：
replies-none = 暂无回复。
reply-heading = 第 { $seq } 条，来自 { $author }（{ $member }），{ $day }：
author-former-key = { $name }（旧密钥）
author-former-member = { $name }（前成员）
warn-replies-missing = { $count ->
   *[other] 警告：缺少第 { $missing } 条回复；服务器可能扣留了它们，或它们已过期
  }
warn-problem = 警告：{ $problem }
error-mailbox = 投递箱就你的信箱回复了 { $code }：{ $detail }

## followup

followup-replies-so-far = 团队目前的回复：
followup-received = 你的第 { $seq } 条补充信息已送达。回执：{ $receipt }
followup-readable = 可阅读者：{ $names }。
warn-copy-failed = 警告：你的补充信息已送达，但其在对话记录中的副本未能保存（{ $error }）；下一条补充信息请加上 --seq { $next }

## consent: what you agree to before anything is encrypted (consent.rs;
## `--json` keeps its English keys). $all, $first, $unread, $read,
## $written, $days and $backup each hold a consent-days text ("30 days").

consent-intro-report = 在你的举报被加密并发送给 { $team } 之前，请阅读它将如何被处理。
consent-intro-followup = 在你的补充信息被加密并发送给 { $team } 之前，请阅读它将如何被处理。
consent-where-server = 存放位置：先加密存放在这台电脑上，然后加密存放在 { $url } 的投递箱中，直到团队取走，之后存放在每位能阅读它的成员的加密案件库中。投递箱的运营者无法读取它。
consent-where-file = 存放位置：加密存放在 { $file } 中，由你自行递交；团队导入后，存放在每位能阅读它的成员的加密案件库中。
consent-days = { $count ->
   *[other] { $count } 天
  }
consent-how-long = 保存多久：投递箱在所有读者都取走它 { $all } 后，或第一位读者取走它 { $first } 后（以较早者为准）将其删除；若无人取走，则在送达 { $unread } 后删除。团队给你的回复在你阅读 { $read } 后，或写成 { $written } 后，从投递箱删除。
consent-purge = 团队在结案 { $days } 后删除案件（除非某位成员因法律保全或正在进行的披露而必须保留更久），其备份在 { $backup } 内仍可读取。
consent-drop-keys = 它被加密给短期密钥，每位读者在其 { $count } 天的时间窗口及下一个窗口过去后销毁这些密钥：此后，任何人（包括团队）都无法打开加密上传内容的任何副本（无论在投递箱还是其备份中）。
consent-drop-keys-codename = 例外是你的代号：拥有代号的人可以在投递箱保存期间打开投递箱中的副本，也可以打开你保存的任何副本。
consent-readers = 谁能阅读：{ $names }。
consent-left-out = 已排除：{ $names }。他们无法阅读它，也无法阅读团队由此得出的任何内容。
consent-contact-given = 你的联系方式只由团队使用，用于就此举报联系你。
consent-contact-none = 你没有提供联系方式：团队只能通过对代号的回复联系你。
consent-credit-given = 如果团队就此举报公开致谢，将使用你的致谢署名来称呼你。
consent-credit-none = 你不要求致谢：团队不会提及你的名字。
consent-share = 团队可能会与受影响的一方（例如软件的开发者或相关组织）分享此举报，内容为该方加密，且仅在其 TLP 标签允许的范围内；只有团队选择附上时，你的联系方式和致谢署名才会一并提供。
consent-codename = 凭你的代号，你可以阅读团队的回复、发送补充信息，并在日后撤回举报（`dropbox-submit withdraw`）。
consent-no-codename = 没有代号（--replies），你日后将无法撤回此举报，也无法阅读回复或发送补充信息。
consent-keep = 上传内容的完整副本保存在 { $file } 中；只有你的代号能打开它（`dropbox-submit open`）。
consent-nothing-sent = 此同意的任何内容都不会被发送：只发送加密的举报本身。
# The question waits on its line. "y" and "yes" always mean yes; so do
# consent-yes's words (comma-separated, any case): keep the letter you put
# in the question's brackets among them.
consent-ask-report = 发送此举报？[y/N]
consent-ask-followup = 发送此补充信息？[y/N]
consent-yes = 是, 好
consent-declined = 你没有同意，因此没有加密或发送任何内容
consent-needed = 没有可以征求你同意的终端：请在终端中运行，以阅读保存什么、保存多久以及谁能阅读，或加上 --yes 表示同意（文字输出到标准错误，事实信息用 --json 输出）
error-answer = 无法读取你的回答：{ $error }

## --keep, open, replies (--copy, --export) and a follow-up's readers

keep-saved = 已发送内容的副本在 { $file } 中；用你的代号可以打开它（`dropbox-submit open`）。
error-keep-report = 你的举报已送达，但其副本无法保存到 { $file }
error-keep-followup = 你的补充信息已送达，但其副本无法保存到 { $file }
# open's labels: the values are lined up after the longest.
open-report = 你于 { $day } 的举报
open-followup = 你于 { $day } 的第 { $seq } 条补充信息
open-sent-to = 发送给：
open-title = 标题：
open-category = 类别：
open-severity = 严重程度：
open-contact = 联系方式：
open-credit = 致谢署名：
open-attachments = 附件：
open-attachment = { $size ->
   *[other] { $name }（{ $media }，{ $size } 字节）
  }
open-attachment-saved = { $size ->
   *[other] { $name }（{ $media }，{ $size } 字节），已保存为 { $file }
  }
open-save-hint = 用 --out DIR 保存它们。
warn-attachment-exists = 警告：{ $file } 已存在，保持原样；其附件未保存
error-copy-codename = { $file } 无法用此代号为此团队打开（由 `send --keep`、`followup --keep` 或页面保存的副本只能用发送时的代号打开）
error-copy-damaged = { $file } 不是完整无损的举报副本
error-copy-other = { $file } 属于另一个代号的对话
error-copy-kind = { $file } 不包含你的举报或补充信息（它是一个 { $kind } 包）
error-copy-signature = { $file }：其签名无法验证
replies-exported = 对话已写入 { $file }。
conversation-report = 你于 { $day } 的举报：
conversation-followup = 你于 { $day } 的第 { $seq } 条补充信息：
conversation-followup-unnumbered = 你于 { $day } 的补充信息：
conversation-attached = （附件：{ $names }）
error-codename-stdin = 无法从标准输入读取代号
error-codename-terminal = 无法从终端读取代号
error-readers-unknown = 无法确定谁可以阅读此对话：你的对话记录和团队的任何回复都没有说明（可能已过期）；没有发送任何内容。请改为发送一份新举报，并选择其读者
error-no-reader-left = 团队目前没有任何成员可以阅读此对话（其他人已被排除或已离开）；没有发送任何内容

## withdraw

withdraw-deleted = 投递箱中你的举报副本已删除。
withdraw-not-held = 投递箱中已没有你的举报（团队已取走，或它是在能以这种方式撤回举报之前发送的）。
withdraw-received = 你的撤回已送达（回执 { $receipt }）。可阅读者：{ $names }。
withdraw-next = 团队会结案，并在其备份保留期过后删除，除非必须保留（法律保全、正在进行的披露）；那时团队会在回复中告诉你原因（`dropbox-submit replies`）。
error-withdraw-refused = 已通知团队，但投递箱拒绝删除你的举报（{ $code }）：{ $detail }；请再次运行 `dropbox-submit withdraw`
error-withdraw-untold = 未能通知团队你的撤回

## errors from the drop box, files and flags
no-explanation = 没有说明
error-bad-proxy = 无效的代理 { $proxy }
error-response-unreadable = 无法读取投递箱的应答
error-roster-status = { $server } 对其成员名单的请求回应了 { $code }
error-attestation-status = { $server } 对成员名单证明的请求回应了 { $code }
error-upload-refused = 投递箱拒绝了上传（{ $code }）：{ $detail }
error-no-upload-location = 投递箱没有给出上传位置
error-upload-lost = 投递箱丢失了上传内容；请重新发送举报
error-state-corrupt = { $file } 已损坏；删除它以重新开始
error-server-or-roster = 请提供 --server 或 --roster-file
error-cannot-create = 无法创建 { $file }
error-pgp-needs-server = --team-pgp 需要 --server 来获取证明
error-copy-altered = { $file } 已被改动或不完整
error-cannot-save = 无法保存 { $file }
error-cannot-write = 无法写入 { $file }
error-dropkeys-status = 投递箱对其投递密钥的请求回应了 { $code }；请稍后再试
error-dropkeys-malformed = 投递箱提供的投递密钥格式有误
error-pow-unreasonable = 投递箱要求的工作量证明不合理（{ $bits } 位）
