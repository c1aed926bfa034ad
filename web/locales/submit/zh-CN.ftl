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

## withdraw

withdraw-deleted = 投递箱中你的举报副本已删除。
withdraw-not-held = 投递箱中已没有你的举报（团队已取走，或它是在能以这种方式撤回举报之前发送的）。
withdraw-received = 你的撤回已送达（回执 { $receipt }）。可阅读者：{ $names }。
withdraw-next = 团队会结案，并在其备份保留期过后删除，除非必须保留（法律保全、正在进行的披露）；那时团队会在回复中告诉你原因（`dropbox-submit replies`）。
error-withdraw-refused = 已通知团队，但投递箱拒绝删除你的举报（{ $code }）：{ $detail }；请再次运行 `dropbox-submit withdraw`
error-withdraw-untold = 未能通知团队你的撤回
