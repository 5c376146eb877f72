// Generated from Locales/*.po by scripts/embed-catalogs; edit the catalogs, then run it.

extension MessageCatalog {
    static let sources: [(name: String, po: String)] = [
        ("en", #"""

"""#),
        ("zh_CN", #"""
msgid "          company-owned accounts passed: {0}; own accounts retired: {1}"
msgstr "          公司账号已移交：{0}；个人账号已停用：{1}"

msgid "          still live on their own accounts: {0}; recall requested: {1}"
msgstr "          仍在其个人账号上展示：{0}；已申请撤回：{1}"

msgid "          {0} post cancelled ({1})"
msgid_plural "          {0} posts cancelled ({1})"
msgstr[0] "          已取消 {0} 篇帖子（{1}）"

msgid "          {0} token revoked, console sessions ended"
msgid_plural "          {0} tokens revoked, console sessions ended"
msgstr[0] "          已撤销 {0} 个令牌，审核台会话已结束"

msgid "  + flagged  {0}"
msgstr "  + 新增拦截  {0}"

msgid "  - cleared  {0}"
msgstr "  - 解除拦截  {0}"

msgid "  = see {0}"
msgstr "  = 参见 {0}"

msgid "  clock: {0}"
msgstr "  时钟：{0}"

msgid "  no slots booked or fired around the period"
msgstr "  该时段前后没有已预订或已触发的档期"

msgid "  none"
msgstr "  无"

msgid "  none decided"
msgstr "  尚无已决定的审批"

msgid "  why: {0}"
msgstr "  原因：{0}"

msgid "  {0} · revision {1} (content {2}) · by {3} · updated {4}"
msgstr "  {0} · 修订版 {1}（内容 {2}）· 作者 {3} · 更新于 {4}"

msgid "  {0} · {1} · revision {2} (content {3}) · by {4} · updated {5}"
msgstr "  {0} · {1} · 修订版 {2}（内容 {3}）· 作者 {4} · 更新于 {5}"

msgid "  {0}: goes out at {1}"
msgstr "  {0}：{1} 发出"

msgid "  {0}: goes out at {1} (jitter +{2}m{3}s)"
msgstr "  {0}：{1} 发出（错峰 +{2}分{3}秒）"

msgid "  {0}: {1}: {2}"
msgstr "  {0}：{1}：{2}"

msgid " (default: {0})"
msgstr "（默认：{0}）"

msgid " (use \"{0}\")"
msgstr "（建议改为「{0}」）"

msgid " (values: {0})"
msgstr "（可选值：{0}）"

msgid " (values: {0}; default: {1})"
msgstr "（可选值：{0}；默认：{1}）"

msgid " [shadow: reported, not blocking]"
msgstr " [影子模式：仅报告，不拦截]"

msgid " [suppressed: {0}]"
msgstr " [已豁免：{0}]"

msgid " or "
msgstr " 或 "

msgid "\"%s\" is under embargo until {0} ({1})"
msgstr "「%s」在 {0}（{1}）之前处于禁发期"

msgid "\"%s\" is under embargo until {0} ({1}) — this workflow holds the post until then (it is not blocked)"
msgstr "「%s」在 {0}（{1}）之前处于禁发期——此工作流会将帖子暂缓发布至届时（不会被拦截）"

msgid "\"%s\" is under embargo until {0} ({1}): {2}"
msgstr "「%s」在 {0}（{1}）之前处于禁发期：{2}"

msgid "\"%s\" is under embargo until {0} ({1}): {2} — this workflow holds the post until then (it is not blocked)"
msgstr "「%s」在 {0}（{1}）之前处于禁发期：{2}——此工作流会将帖子暂缓发布至届时（不会被拦截）"

msgid "'.{0}' is not a type the platforms take ({1})"
msgstr "'.{0}' 不是平台接受的文件类型（{1}）"

msgid "'at' is not an RFC 3339 time: {0}"
msgstr "'at' 不是 RFC 3339 时间：{0}"

msgid "'min' ({0}) is greater than 'max' ({1})"
msgstr "'min'（{0}）大于 'max'（{1}）"

msgid "'since' is not before 'until'"
msgstr "'since' 不早于 'until'"

msgid "'to' is before 'from'"
msgstr "'to' 早于 'from'"

msgid "'until' is not an RFC 3339 time: {0}"
msgstr "'until' 不是 RFC 3339 时间：{0}"

msgid "'until' {0} has passed; say when they are back"
msgstr "'until' {0} 已经过去；请填写返岗时间"

msgid "'{' has nothing to repeat"
msgstr "「{」前面没有可重复的内容"

msgid "'{0}' has an invalid step in the {1} field"
msgstr "{1}字段中 '{0}' 的步长无效"

msgid "'{0}' has nothing to repeat"
msgstr "「{0}」前面没有可重复的内容"

msgid "'{0}' is neither a local date nor a date-time; write e.g. 2026-12-25 (the whole day) or 2026-12-25T20:00"
msgstr "'{0}' 既不是本地日期也不是日期时间；请写成如 2026-12-25（整天）或 2026-12-25T20:00"

msgid "'{0}' is not NAME=VALUE"
msgstr "'{0}' 不是 NAME=VALUE 格式"

msgid "'{0}' is not a Unicode scalar"
msgstr "「{0}」不是 Unicode 标量值"

msgid "'{0}' is not a day of month; write L (the last day), LW (the last weekday) or 20-L"
msgstr "'{0}' 不是月中的日期；请写 L（最后一天）、LW（最后一个工作日）或 20-L"

msgid "'{0}' is not a duration; write e.g. 30s, 15m, 24h, 7d or 1h30m"
msgstr "'{0}' 不是时长；请写成如 30s、15m、24h、7d 或 1h30m"

msgid "'{0}' is not a kosd address; use unix:PATH or http://HOST:PORT"
msgstr "'{0}' 不是 kosd 地址；请使用 unix:PATH 或 http://HOST:PORT"

msgid "'{0}' is not a local date-time; write e.g. 2026-12-01T10:00 (in the calendar's zone)"
msgstr "'{0}' 不是本地日期时间；请写成如 2026-12-01T10:00（按内容日历的时区）"

msgid "'{0}' is not a number"
msgstr "'{0}' 不是数字"

msgid "'{0}' is not a rate; write e.g. 50/s or 5000/1m"
msgstr "'{0}' 不是速率；请写成如 50/s 或 5000/1m"

msgid "'{0}' is not a rule; name it as pack/rule, e.g. prc-advertising-law/absolute-terms"
msgstr "'{0}' 不是规则；请写成 pack/rule 的形式，如 prc-advertising-law/absolute-terms"

msgid "'{0}' is not a valid id for {1}: use lower-case letters, digits and '-', starting with a letter or digit, at most 64 characters"
msgstr "'{0}' 不是有效的 {1} id：请使用小写字母、数字和 '-'，以字母或数字开头，最多 64 个字符"

msgid "'{0}' is not a valid nth weekday; write e.g. FRI#2 (the second Friday, 1-5) or MON-FRI#1"
msgstr "'{0}' 不是有效的「第 n 个星期几」；请写成如 FRI#2（第二个星期五，n 为 1-5）或 MON-FRI#1"

msgid "'{0}' is not a valid range to the last day; write e.g. 20-L or 20-L/3"
msgstr "'{0}' 不是有效的“到月末”范围；请写成如 20-L 或 20-L/3"

msgid "'{0}' is not a valid value for {1}; use {2}"
msgstr "{1} 不能取 '{0}'；请使用 {2}"

msgid "'{0}' is not a valid {1}"
msgstr "'{0}' 不是有效的{1}"

msgid "'{0}' is not a valid {1} range"
msgstr "'{0}' 不是有效的{1}范围"

msgid "'{0}' is not a {1} {2}; use {3}"
msgstr "'{0}' 不是有效的{1} {2}；请使用 {3}"

msgid "'{0}' is not an RFC 3339 time: {1}"
msgstr "'{0}' 不是 RFC 3339 时间：{1}"

msgid "'{0}' is not an absolute URL"
msgstr "'{0}' 不是绝对 URL"

msgid "'{0}' is not defined; known: {1}"
msgstr "工作流 '{0}' 未定义；已定义的有：{1}"

msgid "'{0}' is out of range for {1} ({2}-{3})"
msgstr "'{0}' 超出{1}的范围（{2}-{3}）"

msgid "'{0}' must be an http(s) URL"
msgstr "'{0}' 必须是 http(s) URL"

msgid "'{0}' must start at a day of month 1-31; write e.g. 20-L"
msgstr "'{0}' 必须从 1-31 中的某一天开始；请写成如 20-L"

msgid "'{0}' needs the workflow's 'calendar'"
msgstr "'{0}' 需要工作流设置 'calendar'"

msgid "'{0}' uses plain http; posts and signatures would travel unencrypted: use https"
msgstr "'{0}' 使用的是明文 http；帖子和签名会在未加密的情况下传输：请使用 https"

msgid "'{0}{1}' is a mapping, not {2}"
msgstr "'{0}{1}' 应为映射，而不是{2}"

msgid "'{0}{1}' is a single value, not {2}"
msgstr "'{0}{1}' 应为单个值，而不是{2}"

msgid "'{0}{1}' is set twice"
msgstr "'{0}{1}' 被设置了两次"

msgid "(escalated to {0})"
msgstr "（已升级至 {0}）"

msgid "(exceptions and suppressions)"
msgstr "（例外与豁免）"

msgid "(folding)"
msgstr "（文本归一化）"

msgid "(matching every term)"
msgstr "（匹配所有词条）"

msgid "(none)"
msgstr "（无）"

msgid ", "
msgstr "、"

msgid "--back ends an absence; it takes no --until"
msgstr "--back 用于结束外出，不能同时使用 --until"

msgid "--budget is a duration such as 20s or 500ms, not '{0}'"
msgstr "--budget 应为时长，例如 20s 或 500ms，而不是 '{0}'"

msgid "--delegate {0}: an agency's people cannot decide approvals; name a reviewer"
msgstr "--delegate {0}：机构人员不能决定审批；请指定一位审核人"

msgid "--delegate {0}: an associate cannot decide approvals; name a reviewer"
msgstr "--delegate {0}：店员不能决定审批；请指定一位审核人"

msgid "--delegate {0}: no such person"
msgstr "--delegate {0}：没有这个人"

msgid "--delegate {0}: {1} is away too, until {2}"
msgstr "--delegate {0}：{1} 也外出至 {2}"

msgid "--delegate {0}: {1} is leaving the program"
msgstr "--delegate {0}：{1} 即将离开本项目"

msgid "--expires-in-days must be at least 1"
msgstr "--expires-in-days 至少为 1"

msgid "--handover {0}: no such person"
msgstr "--handover {0}：没有这个人"

msgid "--handover {0}: {1} is leaving the program too"
msgstr "--handover {0}：{1} 也即将离开本项目"

msgid "--handover {0}: {1} works for {2}, {3} for {4}; posts and accounts stay within one"
msgstr "--handover {0}：{1} 属于 {2}，{3} 属于 {4}；帖子和账号只能在同一方内交接"

msgid "--max-size must be positive"
msgstr "--max-size 必须为正数"

msgid "--now must be an ISO 8601 time with an offset, e.g. 2026-12-05T09:00:00+08:00"
msgstr "--now 必须是带时区偏移的 ISO 8601 时间，例如 2026-12-05T09:00:00+08:00"

msgid "--platform {0}: not one of {1}"
msgstr "--platform {0}：不在可选平台之列（{1}）"

msgid "--posts is at least 1"
msgstr "--posts 至少为 1"

msgid "--role must be one of {0}"
msgstr "--role 必须是 {0} 之一"

msgid "--to is before --from"
msgstr "--to 早于 --from"

msgid "--user must be ASCII letters, digits and . - _ @ (at most 64)"
msgstr "--user 只能由 ASCII 字母、数字和 . - _ @ 组成（最多 64 个字符）"

msgid "--{0} '{1}' is neither a date (2026-12-01) nor an RFC 3339 time (2026-12-01T00:00:00+08:00)"
msgstr "--{0} '{1}' 既不是日期（2026-12-01），也不是 RFC 3339 时间（2026-12-01T00:00:00+08:00）"

msgid "1 draft, waiting longest first."
msgstr "1 篇草稿，等待最久的排在最前。"

msgid "100% + {0} is the writer's effort, not a promise"
msgstr "「100%」加「{0}」说的是作者自己的投入，不是承诺"

msgid "100% + {0} states what it is made of"
msgstr "「100%」加「{0}」说明的是材质成分"

msgid "100% here is a measured share, not a promise"
msgstr "这里的「100%」是测得的比例，不是承诺"

msgid "100% promises a certain result"
msgstr "「100%」承诺了确定的效果"

msgid "A Mustache file under `Templates/` rendering the payload."
msgstr "`Templates/` 下用于渲染载荷的 Mustache 文件。"

msgid "A checker that runs longer is an error finding."
msgstr "运行超过此时长的检查程序会产生一个错误级问题。"

msgid "A claim word → a compliant rewording, shown with the finding (最好: 优质)."
msgstr "绝对化用语 → 合规的改写，随问题一起显示（最好: 优质）。"

msgid "A cron expression (5 fields, or 6 with seconds)."
msgstr "cron 表达式（5 个字段，含秒则为 6 个）。"

msgid "A draft with its findings, decisions and history."
msgstr "查看草稿及其问题、审批决定和历史记录。"

msgid "A file with the draft as you would have it: its author can take it as the next revision in one step."
msgstr "一个文件，写入你希望的草稿内容：作者可一步将其采纳为下一修订版。"

msgid "A fixed local date-time (in `timezone`)."
msgstr "一个固定的本地日期时间（按 `timezone`）。"

msgid "A fixed offset per creator up to this, stable across posts."
msgstr "每位创作者一个固定的偏移，最长为此时长，各帖子之间保持不变。"

msgid "A front-matter field that is non-empty (`price`: a price appears)."
msgstr "一个非空的头部信息字段（`price`：出现了价格）。"

msgid "A guideline pack to apply (repeatable)."
msgstr "要应用的规则包（可重复）。"

msgid "A name for the slot, for campaign kits' `calendar_slots` (`evening`)."
msgstr "档期的名称，供活动素材包的 `calendar_slots` 使用（如 `evening`）。"

msgid "A note for the author and the audit log."
msgstr "给作者的备注，同时记入审计日志。"

msgid "A random delay up to this, per post (never past the next slot)."
msgstr "每个帖子随机延迟，最长为此时长（不会越过下一个档期）。"

msgid "A regular expression, matched in linear time (no backreferences)."
msgstr "正则表达式，以线性时间匹配（不支持反向引用）。"

msgid "A regular expression."
msgstr "正则表达式。"

msgid "A rejection needs a reason"
msgstr "驳回需要填写理由"

msgid "A request for changes needs a reason"
msgstr "要求修改需要填写理由"

msgid "A reviewer group (repeatable), e.g. store-managers, regional-compliance, legal."
msgstr "审核组（可重复），例如 store-managers、regional-compliance、legal。"

msgid "A reviewer is away: their delegate sees and decides their queue until they are back."
msgstr "审核人外出：在其返回前，由代理人查看并处理其待审队列。"

msgid "A sales associate submits a draft with `kos submit`."
msgstr "店员用 `kos submit` 提交草稿。"

msgid "A sign-in link lasts {0} minute. Ask for a new one: kos review-link"
msgid_plural "A sign-in link lasts {0} minutes. Ask for a new one: kos review-link"
msgstr[0] "登录链接的有效期为 {0} 分钟。请重新获取：kos review-link"

msgid "A single-use link that signs you in to the review console."
msgstr "生成一次性链接，用于登录审核台。"

msgid "A token is shown by the first characters of its SHA-256; revoke a person's tokens with kosd token revoke --user ID."
msgstr "令牌以其 SHA-256 的前几个字符显示；用 kosd token revoke --user ID 撤销某人的令牌。"

msgid "A valid API token is required"
msgstr "需要有效的 API 令牌"

msgid "ACCOUNT"
msgstr "账号"

msgid "ACCOUNTS"
msgstr "账号"

msgid "ACTION"
msgstr "操作"

msgid "ACTIVE TOKENS"
msgstr "有效令牌数"

msgid "ACTOR"
msgstr "操作人"

msgid "ANSWER"
msgstr "应答"

msgid "API connections over their limits: {0} open of {1}; closed so far: {2}"
msgstr "API 连接超出上限：已打开 {0} 个，上限 {1} 个；迄今已关闭：{2}"

msgid "API token. Prefer KOS_TOKEN or 'kos login': a flag shows in the process list."
msgstr "API 令牌。建议使用 KOS_TOKEN 或 'kos login'：命令行参数会出现在进程列表中。"

msgid "APPROVED"
msgstr "批准"

msgid "ARGUMENTS:"
msgstr "参数："

msgid "AT"
msgstr "时间"

msgid "ATTEMPTS"
msgstr "尝试次数"

msgid "Absolute and superlative claims, judged in context (最好的面料 is a claim, 最好提前预约 is not)."
msgstr "绝对化用语和最高级用语，结合上下文判断（「最好的面料」属于，「最好提前预约」不属于）。"

msgid "After downtime, slots missed within this window still fire (once)."
msgstr "停机恢复后，在此时间窗口内错过的档期仍会触发（一次）。"

msgid "After the findings, count them per rule over all the drafts: which rules fire most (shadow and suppressed ones apart)."
msgstr "列出问题后，按规则统计所有草稿中的问题：哪些规则触发最多（影子模式和已豁免的问题单独计数）。"

msgid "Already approved"
msgstr "已批准"

msgid "Also serve the API on TCP, e.g. 127.0.0.1:7420 (kosd.yaml 'api.listen')."
msgstr "同时在 TCP 上提供 API，例如 127.0.0.1:7420（kosd.yaml 'api.listen'）。"

msgid "Always `kos/v1`."
msgstr "固定为 `kos/v1`。"

msgid "An RFC 5545 recurrence rule, for 'the first Saturday of each month'."
msgstr "RFC 5545 重复规则，用于「每月第一个星期六」这类情形。"

msgid "An approval that lands after its slot: `expire` the draft, `publish-now`, or move to the `next-slot`."
msgstr "批准晚于档期时：`expire`（草稿过期）、`publish-now`（立即发布），或 `next-slot`（顺延到下一个档期）。"

msgid "An associate as ID or ID@STORE (repeatable). Default: two associates of one store."
msgstr "店员，格式为 ID 或 ID@STORE（可重复）。默认：同一门店的两名店员。"

msgid "Another endpoint (a team chat bot's gateway, say) told when this one is disabled."
msgstr "此端点被停用时要通知的另一个端点（比如团队聊天机器人的网关）。"

msgid "Any of these terms."
msgstr "这些词语中的任意一个。"

msgid "Any one of these must appear."
msgstr "其中任意一个必须出现。"

msgid "Approve"
msgstr "批准"

msgid "Approve revision {0}"
msgstr "批准修订版 {0}"

msgid "Approve the revision of a draft you read with kos show (never your own)."
msgstr "批准你用 kos show 阅读过的草稿修订版（不能批准自己的草稿）。"

msgid "Approve {0}"
msgstr "批准：{0}"

msgid "Approved posts waiting for their slot or an embargo: cancelled, or handed over to the successor (never a post on the leaver's own account)."
msgstr "已批准、正在等待档期或禁发期结束的帖子：取消，或交接给接任人（离职者本人账号上的帖子从不交接）。"

msgid "As it will look"
msgstr "发布后的样子"

msgid "As the platforms will show it"
msgstr "各平台上的展示效果"

msgid "As the text names it in `{{…}}`."
msgstr "与文本中 `{{…}}` 里的名称一致。"

msgid "Ask for a link with: kos review-link"
msgstr "请用以下命令获取链接：kos review-link"

msgid "Ask for a new link to sign in again: kos review-link"
msgstr "如需再次登录，请获取新链接：kos review-link"

msgid "Ask kosflow for a sign-in link on your phone or laptop: kos review-link"
msgstr "请在手机或电脑上向 kosflow 获取登录链接：kos review-link"

msgid "At least this many."
msgstr "不少于此数。"

msgid "At most this many characters; a slot without limits is a warning."
msgstr "字符数上限；不设上限的填写位会给出警告。"

msgid "At most this many deliveries to this endpoint in flight at once, per worker."
msgstr "每个工作进程同时向此端点进行中的投递数上限。"

msgid "At most this many deliveries, e.g. `50/s` or `5000/1m`."
msgstr "投递速率上限，如 `50/s` 或 `5000/1m`。"

msgid "At most this many posts per associate in the period."
msgstr "该时段内每名店员最多发布的帖子数。"

msgid "At most this many."
msgstr "不超过此数。"

msgid "Attempts in all, the first included."
msgstr "总尝试次数，包括第一次。"

msgid "BLOCKED"
msgstr "拦截次数"

msgid "BOOKED"
msgstr "已预订"

msgid "BY"
msgstr "作者"

msgid "BYDAY ordinal in '{0}' must be 1-53 or -53 to -1"
msgstr "'{0}' 中的 BYDAY 序号必须在 1 到 53 或 -53 到 -1 之间"

msgid "BYDAY ordinals such as 2TU need FREQ=MONTHLY or FREQ=YEARLY"
msgstr "2TU 这类带序号的 BYDAY 需要 FREQ=MONTHLY 或 FREQ=YEARLY"

msgid "BYDAY value '{0}' is not a weekday (SU, MO, TU, WE, TH, FR, SA)"
msgstr "BYDAY 的值 '{0}' 不是星期代码（SU、MO、TU、WE、TH、FR、SA）"

msgid "BYWEEKNO needs FREQ=YEARLY (week numbers count within a year)"
msgstr "BYWEEKNO 需要 FREQ=YEARLY（周数在一年之内计算）"

msgid "BYYEARDAY cannot be used with FREQ={0}; use FREQ=YEARLY, or BYMONTH with BYMONTHDAY"
msgstr "BYYEARDAY 不能与 FREQ={0} 一起使用；请改用 FREQ=YEARLY，或用 BYMONTH 配合 BYMONTHDAY"

msgid "Back at (RFC 3339, or a date: 2026-12-20); the delegation ends by itself then."
msgstr "返回时间（RFC 3339，或日期：2026-12-20）；届时代理自动结束。"

msgid "Back now: end the delegation."
msgstr "现已返回：结束代理。"

msgid "Back to the draft"
msgstr "返回草稿"

msgid "Banned terms."
msgstr "禁用词。"

msgid "Blackout · {0}"
msgstr "静默期 · {0}"

msgid "B站 Bilibili description"
msgstr "B站简介"

msgid "CALENDAR"
msgstr "内容日历"

msgid "CAP"
msgstr "上限"

msgid "CIRCUIT"
msgstr "熔断器"

msgid "CONTENT"
msgstr "内容"

msgid "COUNT and UNTIL cannot both be given"
msgstr "COUNT 和 UNTIL 不能同时给出"

msgid "COUNT must be a positive integer"
msgstr "COUNT 必须是正整数"

msgid "Cadence against caps"
msgstr "发布节奏与上限"

msgid "Cadence is shown against the calendar's caps, in name order; kosflow keeps no follower, like or ranking figures."
msgstr "发布节奏按名称排序，并与内容日历的上限对照；kosflow 不记录粉丝数、点赞数或排名。"

msgid "Campaign kit"
msgstr "活动素材包"

msgid "Campaign kits the brand approved: start a post from one and fill in its slots."
msgstr "品牌已批准的活动素材包：从素材包开始写帖子，只需补全其中的填写位。"

msgid "Change only what is between 【 and 】: a post whose locked text is unchanged takes the kit's fast lane."
msgstr "只修改【 和 】之间的内容：锁定文字未改动的帖子可走素材包的快速通道。"

msgid "Changes"
msgstr "改动"

msgid "Changes since revision {0}"
msgstr "自修订版 {0} 以来的改动"

msgid "Changes since revision {0} (the one you decided on)"
msgstr "自修订版 {0}（你做出决定的那一版）以来的改动"

msgid "Check a draft locally, then submit it to its workflow."
msgstr "先在本地检查草稿，再提交到其工作流。"

msgid "Check drafts against brand guidelines and advertising law before submitting."
msgstr "提交前按品牌规范和广告法检查草稿。"

msgid "Check for this platform instead of the draft's own platforms."
msgstr "按此平台检查，而不是草稿自身指定的平台。"

msgid "Check the audit log's hash chain; names the first changed, removed or reordered entry."
msgstr "校验审计日志的哈希链；指出第一条被修改、删除或调换顺序的记录。"

msgid "Check the drafts in review and the scheduled posts with changed packs: what becomes flagged, what is cleared."
msgstr "用修改后的规则包检查审核中的草稿和已排期的帖子：哪些会新增拦截，哪些会解除拦截。"

msgid "Check workflow, calendar, endpoint and guideline definitions."
msgstr "检查工作流、内容日历、端点和规则包的定义。"

msgid "Check, submit and follow KOS content through your brand's compliance workflows."
msgstr "检查、提交 KOS 内容，并跟踪其在品牌合规工作流中的进度。"

msgid "Choose Approve, Reject or Request changes."
msgstr "请选择「批准」「驳回」或「要求修改」。"

msgid "Claims the campaign kit {0}, but does not match it"
msgstr "声称使用活动素材包 {0}，但与之不符"

msgid "Claims wherever they appear (国家级, 全网最低价)."
msgstr "无论出现在何处都算作宣称的用语（国家级、全网最低价）。"

msgid "Cleared at the first revision"
msgstr "首个修订版即通过"

msgid "Comment (optional)"
msgstr "备注（可选）"

msgid "Content calendars: upcoming slots and bookings, iCalendar export, dry runs."
msgstr "内容日历：即将到来的档期和预订、iCalendar 导出、模拟运行。"

msgid "Copy the SQLite store to a file, consistently, while kosd runs."
msgstr "在 kosd 运行期间，将 SQLite 数据存储一致地复制到文件。"

msgid "Count as this platform does (see the platform table)."
msgstr "按此平台的方式计数（见平台对照表）。"

msgid "Counts of something."
msgstr "某种内容的数量。"

msgid "Create a person's API token and print it once (only its SHA-256 is stored)."
msgstr "为某人创建 API 令牌并只打印一次（只保存其 SHA-256）。"

msgid "Created since this RFC 3339 time."
msgstr "创建于此 RFC 3339 时间之后。"

msgid "DECISION"
msgstr "决定"

msgid "DELIVERIES"
msgstr "投递"

msgid "DESTINATION"
msgstr "目标地址"

msgid "DETAILS"
msgstr "详情"

msgid "DIR holds the changed definitions (a copy of Workflows/ with the edit). Each draft is checked with the packs of its workflow in DIR and compared with the findings its run recorded. Reviewers and admins see every draft routed to them. Exit 0 when nothing changes, 1 when some draft becomes blocked, 2 when it cannot run."
msgstr "DIR 存放修改后的定义（即改过的 Workflows/ 副本）。每篇草稿都会用其工作流在 DIR 中的规则包重新检查，并与其流程记录的问题比较。审核人和管理员可看到分配给他们的所有草稿。退出码：无变化时为 0，有草稿将被拦截时为 1，无法运行时为 2。"

msgid "DRAFT"
msgstr "草稿"

msgid "DRAFTS"
msgstr "草稿数"

msgid "Days until the token expires; default never."
msgstr "令牌多少天后到期；默认永不过期。"

msgid "Decide the step without reviewers when this condition holds (recorded as kosflow's approval)."
msgstr "此条件成立时无需审核人即完成该步骤（记录为 kosflow 的批准）。"

msgid "Decided by {0}."
msgstr "由 {0} 决定。"

msgid "Decisions"
msgstr "决定记录"

msgid "Delays before each attempt; after the last the delivery is dead-lettered."
msgstr "每次尝试前的延迟；最后一次仍失败则投递转为死信。"

msgid "Deliveries"
msgstr "投递"

msgid "Deliveries, newest first."
msgstr "投递记录，最新的在前。"

msgid "Disable the endpoint when every delivery has failed for this long; an admin enables it again."
msgstr "所有投递持续失败达到此时长时停用该端点；由管理员重新启用。"

msgid "Do not ask kosd (show: slots without bookings; export and simulate never ask)."
msgstr "不询问 kosd（show：只显示档期，不含预订；export 和 simulate 从不询问）。"

msgid "Draft files (Markdown with YAML front matter) or folders of them (*.md); - reads standard input."
msgstr "草稿文件（带 YAML 头部信息（front matter）的 Markdown）或存放草稿的文件夹（*.md）；- 表示读取标准输入。"

msgid "Drafts waiting for your decision."
msgstr "等待你审批的草稿。"

msgid "Dry-run a period: slots, caps, blackouts, clock changes and jitter, each explained."
msgstr "模拟运行一个时段：档期、上限、静默期、时钟调整和错峰，逐一说明。"

msgid "Due steps a worker claims at once; their results commit together, one fsync (kosd.yaml 'batch_size'). Default: 16."
msgstr "工作进程一次领取的到期步骤数；其结果一起提交，只需一次 fsync（kosd.yaml 'batch_size'）。默认：16。"

msgid "ENDPOINT"
msgstr "端点"

msgid "ESCALATED"
msgstr "升级"

msgid "EXPIRED"
msgstr "过期"

msgid "EXPIRES"
msgstr "到期时间"

msgid "Each goes out under its own webhook-id with the endpoint's whole retry schedule; its run resumes at that step."
msgstr "每封死信以其原有的 webhook-id 重新发送，并使用端点完整的重试计划；其流程从该步骤继续。"

msgid "Each sign-in link works once. Ask for a new one: kos review-link"
msgstr "每个登录链接只能使用一次。请重新获取：kos review-link"

msgid "Embargo lifts · {0}"
msgstr "禁发期解除 · {0}"

msgid "Enable a disabled endpoint again (admins)."
msgstr "重新启用已停用的端点（管理员）。"

msgid "End of the period (exclusive): a date or an RFC 3339 time; default: now."
msgstr "时段结束（不含）：日期或 RFC 3339 时间；默认：现在。"

msgid "End, local date-time."
msgstr "结束时间，本地日期时间。"

msgid "End, written like --from. Default: two weeks after --from (90 days for export)."
msgstr "结束时间，写法同 --from。默认：--from 之后两周（export 为 90 天）。"

msgid "Endpoints' health: enabled or not, circuit breaker, deliveries."
msgstr "端点健康状况：是否启用、熔断器、投递情况。"

msgid "Error: Missing expected argument '{0}'"
msgstr "错误：缺少参数 '{0}'"

msgid "Error: Missing value for '{0}'"
msgstr "错误：'{0}' 缺少值"

msgid "Error: The value '{0}' is invalid for '{1}'"
msgstr "错误：值 '{0}' 对 '{1}' 无效"

msgid "Error: The value '{0}' is invalid for '{1}'. Please provide one of {2}."
msgstr "错误：值 '{0}' 对 '{1}' 无效。请提供以下之一：{2}。"

msgid "Error: Unexpected argument '{0}'"
msgstr "错误：多余的参数 '{0}'"

msgid "Error: Unknown option '{0}'"
msgstr "错误：未知选项 '{0}'"

msgid "Error: {0}"
msgstr "错误：{0}"

msgid "Every associate named asks for every slot in turn; the output says when each post would go out, or why not."
msgstr "列出的每名店员依次申请每个档期；输出说明每篇帖子何时发出，或为何不发出。"

msgid "Every dead letter of this endpoint."
msgstr "该端点的所有死信。"

msgid "Every endpoint with its health."
msgstr "所有端点及其健康状况。"

msgid "Everyone in the directory (admins), or yourself."
msgstr "名录中的所有人（管理员），或你自己。"

msgid "Exact brand casing."
msgstr "品牌名称的准确大小写。"

msgid "Exit status 0 when everything is valid, 1 with every problem located otherwise. The settings in force are printed."
msgstr "全部有效时退出状态为 0；否则为 1，并指出每个问题的位置。会打印当前生效的设置。"

msgid "Exit status: 0 intact, 1 broken (or refused), 2 cannot ask."
msgstr "退出码：0 完整，1 已损坏（或被拒绝），2 无法查询。"

msgid "FINDINGS"
msgstr "问题数"

msgid "FREQ is required"
msgstr "必须给出 FREQ"

msgid "FREQ must be one of {0}"
msgstr "FREQ 必须是 {0} 之一"

msgid "Fewest characters."
msgstr "最少字符数。"

msgid "Files or folders holding the calendars."
msgstr "存放内容日历的文件或文件夹。"

msgid "Files or folders to check."
msgstr "要检查的文件或文件夹。"

msgid "Findings ({0})"
msgstr "问题（{0}）"

msgid "Findings at or above this level stop the run."
msgstr "达到或高于此级别的问题会中止流程。"

msgid "Folder holding the Mustache templates. Default: Templates/ beside each file's folder."
msgstr "存放 Mustache 模板的文件夹。默认：每个文件所在文件夹旁的 Templates/。"

msgid "Folder of payload templates (kosd.yaml 'templates'). Default: Templates."
msgstr "载荷模板所在文件夹（kosd.yaml 'templates'）。默认：Templates。"

msgid "Folder of workflow definitions (kosd.yaml 'workflows'). Default: Workflows."
msgstr "工作流定义所在文件夹（kosd.yaml 'workflows'）。默认：Workflows。"

msgid "Folder of workflow definitions and packs."
msgstr "存放工作流定义和规则包的文件夹。"

msgid "Folder of workflow definitions for the local check."
msgstr "本地检查所用的工作流定义文件夹。"

msgid "For reviewers and admins. The period is the drafts submitted in it (default: the last 30 days). There are no follower, like or ranking figures; cadence is per associate and store against the calendar's caps, in name order."
msgstr "供审核人和管理员使用。统计的是在该时段内提交的草稿（默认：最近 30 天）。不含粉丝、点赞或排名数据；发布节奏按店员和门店对照内容日历的上限统计，按名称排序。"

msgid "Found in the pictures"
msgstr "图片中发现的问题"

msgid "Found text → the wording to use."
msgstr "发现的文本 → 应使用的措辞。"

msgid "Fri"
msgstr "周五"

msgid "From the moment (now, or --at), nothing more is published for them and their tokens and console sessions stop working. Their posts in review and scheduled are handed over or cancelled as each workflow's 'offboarding:' says; company-owned accounts pass to the successor; their posts still live on their own accounts are listed and a recall is asked of each gateway that takes one. Running it again changes nothing."
msgstr "自该时刻起（现在，或 --at 指定的时间），不再为其发布任何内容，其令牌和审核台会话随即失效。其审核中和已排期的帖子按各工作流的 'offboarding:' 设置交接或取消；公司账号移交给接任人；仍在其个人账号上展示的帖子会被列出，并向每个支持撤回的网关申请撤回。重复运行不会产生任何变化。"

msgid "From {0} in {1}, {2} local."
msgstr "来源：{0}（{1}），当地时间 {2}。"

msgid "GROUPS"
msgstr "分组"

msgid "Guideline packs (built-in or from `Workflows/`) that `check` steps apply by default."
msgstr "`check` 步骤默认使用的规则包（内置的或来自 `Workflows/` 的）。"

msgid "Guideline packs: what a change would do before it ships."
msgstr "规则包：在变更上线前查看其影响。"

msgid "Guidelines '{0}' is a built-in pack; give yours another id"
msgstr "Guidelines '{0}' 是内置规则包；请给你的规则包另取一个 id"

msgid "HANDLE"
msgstr "账号名"

msgid "Health"
msgstr "健康度"

msgid "Held"
msgstr "暂缓发布"

msgid "Help:  {0}"
msgstr "帮助：{0}"

msgid "History"
msgstr "历史"

msgid "How a failed step is retried."
msgstr "失败的步骤如何重试。"

msgid "How long a stop waits for steps in hand, e.g. 30s (kosd.yaml 'drain_timeout')."
msgstr "停止时等待手头步骤完成的时长，例如 30s（kosd.yaml 'drain_timeout'）。"

msgid "How long an idle worker waits before looking for due steps again, in milliseconds; the supervisor wakes it at once when the API writes."
msgstr "空闲的工作进程再次查找到期步骤前等待的时长（毫秒）；API 写入时，监管进程会立即唤醒它。"

msgid "How long one draft's checks may take, e.g. 20s or 500ms; a draft not fully checked in time gets a blocking finding (kosflow/check-budget)."
msgstr "单篇草稿的检查时限，例如 20s 或 500ms；未能按时检查完的草稿会得到一个拦截性问题（kosflow/check-budget）。"

msgid "How long one draft's guideline checks may take, e.g. 20s; past it the draft is blocked as not checked in time (kosd.yaml 'checks.budget')."
msgstr "单篇草稿的规则检查时限，例如 20s；超时后草稿会因未能及时检查完而被拦截（kosd.yaml 'checks.budget'）。"

msgid "How long reviewers have."
msgstr "审核人的处理时限。"

msgid "How long the step may take before it fails."
msgstr "步骤最多可用多长时间，超时即失败。"

msgid "How many must approve: `any` (one), `all`, or a number N."
msgstr "需要多少人批准：`any`（一人）、`all`，或一个数字 N。"

msgid "IANA zone the slots, blackouts and embargoes are written in."
msgstr "档期、静默期和禁发期所用的 IANA 时区。"

msgid "INTERVAL must be a positive integer"
msgstr "INTERVAL 必须是正整数"

msgid "ISSUED"
msgstr "发放时间"

msgid "If one thing is present, another must be."
msgstr "如果出现某项内容，则另一项也必须出现。"

msgid "Import the HR export (CSV: id,name,role,store,manager,groups,accounts); admins."
msgstr "导入 HR 导出文件（CSV：id,name,role,store,manager,groups,accounts）；管理员。"

msgid "Inbox"
msgstr "待审列表"

msgid "Inside a blackout: {0}. Nothing is published."
msgstr "处于静默期：{0}。不发布任何内容。"

msgid "Issue and revoke API tokens."
msgstr "发放和撤销 API 令牌。"

msgid "Its name, e.g. 上海国金中心店."
msgstr "门店名称，如上海国金中心店。"

msgid "Judge embargoes as of this time (ISO 8601, e.g. 2026-12-05T09:00:00+08:00). Default: now."
msgstr "按此时间判断禁发期（ISO 8601，例如 2026-12-05T09:00:00+08:00）。默认：现在。"

msgid "KIT"
msgstr "素材包"

msgid "KOS slot · {0}"
msgstr "KOS 档期 · {0}"

msgid "KOS slot · {0} (blackout)"
msgstr "KOS 档期 · {0}（静默期）"

msgid "KOS slot · {0} · {1}"
msgstr "KOS 档期 · {0} · {1}"

msgid "KOS slot · {0} · {1} (blackout)"
msgstr "KOS 档期 · {0} · {1}（静默期）"

msgid "KOS slots: {0}"
msgstr "KOS 档期：{0}"

msgid "LAST ATTEMPT"
msgstr "最近一次尝试"

msgid "LATENCY"
msgstr "延迟"

msgid "Largest draft accepted, in bytes."
msgstr "可接受的最大草稿大小（字节）。"

msgid "Later →"
msgstr "下一页 →"

msgid "Launch time, local date-time."
msgstr "上市时间，本地日期时间。"

msgid "Lease on a claimed step, e.g. 30s (kosd.yaml 'lease', KOSD_LEASE); a dead worker's step returns after it. Default: 30s."
msgstr "已领取步骤的租期，例如 30s（kosd.yaml 'lease'，KOSD_LEASE）；工作进程失效后，其步骤在租期结束后回到队列。默认：30s。"

msgid "Least severe level logged: trace, debug, info, notice, warning, error, critical (kosd.yaml 'log.level'). Default: info."
msgstr "记录日志的最低级别：trace、debug、info、notice、warning、error、critical（kosd.yaml 'log.level'）。默认：info。"

msgid "Length limits, counted as the platform counts."
msgstr "长度限制，按平台的方式计数。"

msgid "List drafts: yours, those routed to your groups, or all for admins."
msgstr "列出草稿：你自己的、分配给你所在分组的；管理员可看到全部。"

msgid "List the people the store knows: role, store, reviewer groups, and how many tokens let them in."
msgstr "列出数据存储中已知的人员：角色、门店、审核组，以及有几个令牌可供其登录。"

msgid "List the tokens issued: whose, when, until when, and whether they still let their holder in."
msgstr "列出已发放的令牌：属于谁、何时发放、有效期到何时，以及持有人是否仍可凭它登录。"

msgid "Log format: auto (journal under systemd, else plain), plain, journal or json (kosd.yaml 'log.format')."
msgstr "日志格式：auto（在 systemd 下为 journal，否则为 plain）、plain、journal 或 json（kosd.yaml 'log.format'）。"

msgid "Longer innocent phrases that always pass."
msgstr "总能通过的无害较长短语。"

msgid "Longer innocent phrases that contain a term (最近 is not 最)."
msgstr "包含禁用词但本身无害的较长短语（「最近」不是「最」）。"

msgid "Lowest level that fails the run: error, warning or suggestion."
msgstr "导致运行失败的最低级别：error、warning 或 suggestion。"

msgid "MANAGER"
msgstr "上级"

msgid "Made from the campaign kit {0}"
msgstr "基于活动素材包 {0} 制作"

msgid "Match regardless of case."
msgstr "匹配时不区分大小写。"

msgid "Mon"
msgstr "周一"

msgid "Most characters."
msgstr "最多字符数。"

msgid "Most posts in the window."
msgstr "时间窗口内最多可发的帖子数。"

msgid "Most posts per creator, store, platform or campaign in a sliding window."
msgstr "在滑动窗口内，每位创作者、每家门店、每个平台或每个活动最多可发的帖子数。"

msgid "NAME"
msgstr "姓名"

msgid "NOTE"
msgstr "备注"

msgid "Names or SKUs."
msgstr "名称或 SKU。"

msgid "No calendar slots booked or fired around this period."
msgstr "此期间前后没有预订或已触发的档期。"

msgid "No decision"
msgstr "未选择审批结果"

msgid "No platform takes media of this type"
msgstr "没有平台接受这种类型的媒体文件"

msgid "No such link"
msgstr "没有这个链接"

msgid "No such resource"
msgstr "没有这个资源"

msgid "No such sign-in link"
msgstr "没有这个登录链接"

msgid "No such workflow"
msgstr "没有这个工作流"

msgid "Nobody approves their own draft"
msgstr "任何人都不能审批自己的草稿"

msgid "Nor after this one (the end of the season)."
msgstr "在此时间之后也不得使用（如季末）。"

msgid "Not blocking: {0}"
msgstr "不拦截：{0}"

msgid "Not to be used before this local time (2026-11-01T00:00)."
msgstr "在此本地时间之前不得使用（如 2026-11-01T00:00）。"

msgid "Nothing in this period."
msgstr "此期间没有数据。"

msgid "Nothing waits for your decision."
msgstr "没有等待你决定的草稿。"

msgid "OPERATOR"
msgstr "运营人"

msgid "OPTIONS:"
msgstr "选项："

msgid "OVERVIEW: {0}"
msgstr "概述：{0}"

msgid "OWNED BY"
msgstr "归属"

msgid "Occurrences added (RFC 5545 RDATE): local date-times, with the slot's platforms."
msgstr "增加的时间（RFC 5545 RDATE）：本地日期时间，使用该档期的平台。"

msgid "Occurrences left out (RFC 5545 EXDATE): a local date leaves out that day's, a date-time that one."
msgstr "排除的时间（RFC 5545 EXDATE）：写本地日期则排除当天的，写日期时间则只排除那一次。"

msgid "On standard error: where the time went (packs, reading, checking, output) and the rules that cost the most."
msgstr "在标准错误输出上显示时间花在了哪里（规则包、读取、检查、输出），以及最耗时的规则。"

msgid "One YAML document: a Workflow, Calendar, Endpoint or Guidelines pack."
msgstr "一个 YAML 文档：Workflow、Calendar、Endpoint 或 Guidelines 规则包。"

msgid "One delivery and every attempt: time, status, latency, answer."
msgstr "查看一次投递及其每次尝试：时间、状态、延迟、应答。"

msgid "One person: role, store, accounts, away or leaving, and their handover."
msgstr "查看一个人：角色、门店、账号、外出或离职情况，以及其交接。"

msgid "One-off extra slots (local date-times)."
msgstr "一次性的额外档期（本地日期时间）。"

msgid "Only drafts for these platforms start a run."
msgstr "只有面向这些平台的草稿才会启动流程。"

msgid "Only drafts in this state (checking, awaiting-approval, scheduled, publishing, published, blocked, rejected, expired, failed, withdrawn)."
msgstr "只列出处于此状态的草稿（checking、awaiting-approval、scheduled、publishing、published、blocked、rejected、expired、failed、withdrawn）。"

msgid "Only for these platforms. Default: all."
msgstr "仅用于这些平台。默认：全部。"

msgid "Only reviewers of the submitter's own store may decide."
msgstr "只有提交者所在门店的审核人可以决定。"

msgid "Only the tokens that still let their holder in."
msgstr "只列出持有人仍可凭其登录的令牌。"

msgid "Only this associate's bookings."
msgstr "只显示该店员的预订。"

msgid "Only this endpoint's."
msgstr "只显示该端点的投递。"

msgid "Open it on your phone or laptop within 15 minutes: it signs you in once, for 12 hours. Sign out on the page, or ask an admin to revoke your access, to end the session."
msgstr "请在 15 分钟内在手机或电脑上打开：它只能登录一次，登录后有效 12 小时。在页面上退出登录，或请管理员撤销你的访问权限，即可结束会话。"

msgid "Open the draft again and decide from the page."
msgstr "请重新打开草稿，在页面上做出决定。"

msgid "Open the draft again and take the rewording from the page."
msgstr "请重新打开草稿，在页面上采用改写。"

msgid "Open the draft from your inbox instead."
msgstr "请改从待审列表中打开草稿。"

msgid "Open the inbox"
msgstr "打开待审列表"

msgid "Open the link again and approve from the page."
msgstr "请重新打开链接，在页面上批准。"

msgid "Or this pattern must match."
msgstr "或者此模式必须匹配。"

msgid "Output format: human or json."
msgstr "输出格式：human 或 json。"

msgid "Output format: human, json or sarif."
msgstr "输出格式：human、json 或 sarif。"

msgid "PER"
msgstr "统计单位"

msgid "PERSON"
msgstr "人员"

msgid "PLATFORM"
msgstr "平台"

msgid "PLATFORMS"
msgstr "平台"

msgid "POSIX classes like [:alpha:] are not supported; write \\p{L}, \\d or \\s"
msgstr "不支持 [:alpha:] 这类 POSIX 字符类；请写 \\p{L}、\\d 或 \\s"

msgid "POSTED"
msgstr "已发布"

msgid "Packs this slot's text is checked with, besides the workflow's."
msgstr "除工作流的规则包外，用于检查此填写位文本的规则包。"

msgid "Packs to run. Default: the workflow's `guidelines`."
msgstr "要运行的规则包。默认：工作流的 `guidelines`。"

msgid "Packs: those given with --pack; else those of the draft's workflow; else every built-in pack. Exit status: 0 nothing at or above --fail-on, 1 blocking findings, 2 usage, configuration or unreadable input."
msgstr "规则包：使用 --pack 指定的；否则使用草稿所属工作流的；否则使用全部内置规则包。退出码：0 没有达到或超过 --fail-on 级别的问题，1 有拦截性问题，2 用法或配置有误，或输入无法读取。"

msgid "Per attempt."
msgstr "每次尝试的时限。"

msgid "Permit loopback and private addresses (for on-premises gateways)."
msgstr "允许回环地址和私有地址（用于本地部署的网关）。"

msgid "Point your editor at it: '# yaml-language-server: $schema=kos-v1.json' at the top of a file."
msgstr "在编辑器中引用它：在文件开头写上 '# yaml-language-server: $schema=kos-v1.json'。"

msgid "Post a message (e.g. wecom-review.mustache, feishu-review.mustache) to a chat Endpoint when the draft reaches this step, with a signed link to it; never holds the step up."
msgstr "草稿到达此步骤时，向聊天 Endpoint 发送一条消息（如 wecom-review.mustache、feishu-review.mustache），附带指向草稿的签名链接；从不耽搁该步骤。"

msgid "PostgreSQL at {0}:{1} did not answer within {2}"
msgstr "{0}:{1} 上的 PostgreSQL 在 {2} 内没有响应"

msgid "PostgreSQL: the media link key cannot be read"
msgstr "PostgreSQL：无法读取媒体链接密钥"

msgid "Posts still in checks or review: cancelled, or handed over to the successor."
msgstr "仍在检查或审核中的帖子：取消，或交接给接任人。"

msgid "Preferred wording."
msgstr "推荐用词。"

msgid "Print the JSON Schema of the workflow language (for the YAML language server)."
msgstr "输出工作流语言的 JSON Schema（供 YAML 语言服务器使用）。"

msgid "Product names or SKUs under embargo."
msgstr "处于禁发期的产品名称或 SKU。"

msgid "Productive claims judged by the context grammar: superlative (最X), ordinal (第一X), uniqueness (唯一X), certainty (100%), absolute (绝对)."
msgstr "按上下文语法判断的各类用语：最高级（最X）、序数（第一X）、唯一性（唯一X）、确定性（100%）、绝对（绝对）。"

msgid "Products that must not appear before a time."
msgstr "在某个时间之前不得出现的产品。"

msgid "Products that must not be mentioned before a time."
msgstr "在某个时间之前不得提及的产品。"

msgid "Program and arguments: the draft as JSON on stdin, findings as JSON on stdout."
msgstr "程序及其参数：草稿以 JSON 形式从 stdin 传入，问题以 JSON 形式从 stdout 输出。"

msgid "Program and arguments; no shell is involved."
msgstr "程序及其参数；不经过 shell。"

msgid "Program health"
msgstr "项目健康度"

msgid "REASON"
msgstr "理由"

msgid "REJECTED"
msgstr "驳回"

msgid "REV"
msgstr "修订版"

msgid "REVIEWER"
msgstr "审核人"

msgid "REVISION"
msgstr "修订版"

msgid "ROLE"
msgstr "角色"

msgid "RULE"
msgstr "规则"

msgid "Raised with every change; a draft names the version it was made from."
msgstr "每次修改都要调高；草稿会写明它基于哪个版本。"

msgid "Read the draft first"
msgstr "先阅读草稿"

msgid "Read the draft's pictures: the packs over the text in them (Tesseract), their QR codes and barcodes (ZBar). Readings are kept by SHA-256 in $XDG_CACHE_HOME/kos/readings."
msgstr "读取草稿中的图片：用规则包检查图片中的文字（Tesseract），并读取其中的二维码和条形码（ZBar）。读取结果按 SHA-256 保存在 $XDG_CACHE_HOME/kos/readings。"

msgid "Reason (the author reads it)"
msgstr "理由（作者会看到）"

msgid "Reject"
msgstr "驳回"

msgid "Reject the revision of a draft you read, with a reason its author will see."
msgstr "驳回你阅读过的草稿修订版，并附上作者可见的理由。"

msgid "Reload the page and sign out again."
msgstr "请刷新页面，然后再次退出登录。"

msgid "Remember the server and your token (in ~/.config/kos/config.yaml, mode 0600)."
msgstr "记住服务器地址和你的令牌（保存在 ~/.config/kos/config.yaml，权限 0600）。"

msgid "Render a template and deliver it without blocking the run."
msgstr "渲染模板并投递，不阻塞流程。"

msgid "Render a template and deliver it, blocking until delivered."
msgstr "渲染模板并投递，投递完成前流程不继续。"

msgid "Reports every problem with its file, line and column. Exit status: 0 all valid, 1 something is invalid, 2 the command could not run."
msgstr "报告每个问题及其所在的文件、行和列。退出码：0 全部有效，1 有无效内容，2 命令无法运行。"

msgid "Request changes"
msgstr "要求修改"

msgid "Request changes with a rewording"
msgstr "附上改写，要求修改"

msgid "Requests each token may make, e.g. 20/s or 600/1m; a burst of three seconds' worth is allowed (kosd.yaml 'api.rate_limit')."
msgstr "每个令牌可发出的请求数，例如 20/s 或 600/1m；允许三秒用量的突发（kosd.yaml 'api.rate_limit'）。"

msgid "Revoke every token of a person."
msgstr "撤销某人的全部令牌。"

msgid "Rules that blocked drafts"
msgstr "拦截草稿的规则"

msgid "Run a local command: the draft as JSON on stdin, findings as JSON on stdout."
msgstr "运行本地命令：草稿以 JSON 形式从 stdin 传入，问题以 JSON 形式从 stdout 输出。"

msgid "Run guideline packs over the draft."
msgstr "用规则包检查草稿。"

msgid "Run steps from the store until stopped (kosd serve starts these)."
msgstr "从数据存储中领取并运行步骤，直到被停止（由 kosd serve 启动）。"

msgid "Run the step only when this condition holds (see Conditions)."
msgstr "仅当此条件成立时才执行该步骤（见「条件」一节）。"

msgid "SHADOW"
msgstr "影子模式"

msgid "SLOT"
msgstr "档期"

msgid "SLOTS"
msgstr "填写位"

msgid "STATE"
msgstr "状态"

msgid "STATUS"
msgstr "状态"

msgid "STEP"
msgstr "步骤"

msgid "STORE"
msgstr "门店"

msgid "SUBCOMMANDS:"
msgstr "子命令："

msgid "SUPPRESSED"
msgstr "已豁免"

msgid "Sat"
msgstr "周六"

msgid "See '{0}' for detailed help."
msgstr "运行 '{0}' 查看详细帮助。"

msgid "See '{0}' for more information."
msgstr "运行 '{0}' 了解更多信息。"

msgid "Self-tests run when the pack loads; a failing fixture refuses the pack."
msgstr "规则包加载时运行的自测；任一样例不通过，规则包即被拒绝。"

msgid "Send dead letters again (admins): one by id, or an endpoint's since a time."
msgstr "重新发送死信（管理员）：按 id 发送一封，或发送某端点自某时间以来的全部死信。"

msgid "Serve the API and run the workflows with worker processes."
msgstr "提供 API，并用工作进程运行工作流。"

msgid "Settings come from /etc/kos/kosd.yaml (or --config), then KOSD_* variables, then flags. SIGHUP re-reads the configuration and the workflows: invalid ones are refused and the running definitions kept; runs already started keep the definitions they started with. SIGTERM drains: no new steps are claimed, steps in hand finish (up to drain_timeout), the rest are handed back, exit 0."
msgstr "设置依次来自 /etc/kos/kosd.yaml（或 --config）、KOSD_* 变量和命令行选项。SIGHUP 会重新读取配置和工作流：无效的会被拒绝，并保留正在运行的定义；已开始的流程继续使用开始时的定义。SIGTERM 会排空：不再领取新步骤，手头的步骤运行完毕（最长 drain_timeout），其余交还队列，退出状态为 0。"

msgid "Show"
msgstr "显示"

msgid "Show help information."
msgstr "显示帮助信息。"

msgid "Show the version."
msgstr "显示版本。"

msgid "Show what would change, change nothing."
msgstr "只显示将发生的变化，不做任何修改。"

msgid "Show, for each claim found and each near-miss let pass, which rule and which step of the context grammar decided, and why."
msgstr "对每处命中的用语和每处险些命中但被放行的用语，显示是哪条规则、上下文语法的哪一步作出的判断，以及原因。"

msgid "Shown to the submitter whose post is moved."
msgstr "会显示给帖子被推迟的提交者。"

msgid "Shown with each finding; `%s` is replaced by the matched text. One text, or `{zh: …, en: …}`: each reader sees their language's (`KOS_LANG`, `LANG`; the API's `Accept-Language`), English where there is no Chinese and the other way round."
msgstr "随每个问题显示；`%s` 会替换为匹配到的文本。可以是一段文本，也可以是 `{zh: …, en: …}`：每位读者看到自己语言的版本（`KOS_LANG`、`LANG`；API 的 `Accept-Language`），没有中文时显示英文，反之亦然。"

msgid "Sign in to review"
msgstr "请登录后审核"

msgid "Sign in with a link"
msgstr "请用链接登录"

msgid "Sign out"
msgstr "退出登录"

msgid "Signature scheme."
msgstr "签名方案。"

msgid "Signed in"
msgstr "已登录"

msgid "Signed in as {0}"
msgstr "已以 {0} 身份登录"

msgid "Signed out"
msgstr "已退出登录"

msgid "Skip the local check."
msgstr "跳过本地检查。"

msgid "Slots come from the definitions; bookings from kosd when it answers (--offline: slots only)."
msgstr "档期来自定义；预订在 kosd 应答时从 kosd 获取（--offline：只显示档期）。"

msgid "Someone leaves the program: nothing more is published for them, their work is handed over (admins)."
msgstr "有人离开项目：不再为其发布任何内容，其工作交由他人接手（管理员）。"

msgid "Something must be present."
msgstr "必须出现某些内容。"

msgid "Spread posts so hundreds of associates do not hit a platform in the same second."
msgstr "把帖子错开，免得数百名店员在同一秒涌向一个平台。"

msgid "Start of the period: a date (local midnight) or an RFC 3339 time; default: 30 days before --until."
msgstr "时段开始：日期（当地零点）或 RFC 3339 时间；默认：--until 之前 30 天。"

msgid "Start, local date-time."
msgstr "开始时间，本地日期时间。"

msgid "Start: a local date or date-time on the calendar's clock (2026-12-01, 2026-12-01T20:00) or RFC 3339. Default: now."
msgstr "开始：按内容日历时区的本地日期或日期时间（2026-12-01、2026-12-01T20:00），或 RFC 3339 时间。默认：现在。"

msgid "State"
msgstr "状态"

msgid "Store"
msgstr "门店"

msgid "Submit a new revision of a draft; its approvals start again."
msgstr "提交草稿的新修订版；审批将重新开始。"

msgid "Suggested rewording"
msgstr "建议的改写"

msgid "Suggested: {0}"
msgstr "建议：{0}"

msgid "Sun"
msgstr "周日"

msgid "TIME"
msgstr "时间"

msgid "TITLE"
msgstr "标题"

msgid "TOKEN"
msgstr "令牌"

msgid "Take the rewording a reviewer suggested as your draft's next revision."
msgstr "将审核人建议的改写采纳为你草稿的下一修订版。"

msgid "Terms that must not appear."
msgstr "不得出现的词语。"

msgid "Texts the rule must flag."
msgstr "规则必须标记的文本。"

msgid "Texts the rule must not flag."
msgstr "规则不得标记的文本。"

msgid "The API's Unix socket (kosd.yaml 'api.socket'). Default: $RUNTIME_DIRECTORY/kosd.sock under systemd, else .kos/kosd.sock."
msgstr "API 的 Unix 套接字（kosd.yaml 'api.socket'）。默认：在 systemd 下为 $RUNTIME_DIRECTORY/kosd.sock，否则为 .kos/kosd.sock。"

msgid "The CSV file (UTF-8, as Excel's or WPS's 'CSV UTF-8' saves it)."
msgstr "CSV 文件（UTF-8 编码，即 Excel 或 WPS 另存为 'CSV UTF-8' 得到的文件）。"

msgid "The Calendar whose slots `wait: {slot: …}` steps use."
msgstr "`wait: {slot: …}` 步骤使用其档期的 Calendar。"

msgid "The Endpoint to deliver to."
msgstr "投递目标 Endpoint。"

msgid "The agency's name, e.g. 星耀MCN."
msgstr "机构名称，如星耀MCN。"

msgid "The approved file's SHA-256: another file under the same name is not the kit's."
msgstr "经批准文件的 SHA-256：同名的其他文件不算素材包的文件。"

msgid "The approved image or video, as a draft names it."
msgstr "经批准的图片或视频，写法与草稿中一致。"

msgid "The approved images and cover frames."
msgstr "经批准的图片和封面帧。"

msgid "The boutique or store the person belongs to, e.g. SH-IFC."
msgstr "此人所属的精品店或门店，例如 SH-IFC。"

msgid "The brand's exceptions to any pack's rules: a term a rule does not flag, for a reason, until a date."
msgstr "品牌对任意规则包中规则的例外：某条规则在某个日期前出于某个理由不标记的词语。"

msgid "The brand's stores: a staff directory naming any other store is refused, row by row."
msgstr "品牌的门店：员工名录中出现其他门店的行会被逐行拒绝。"

msgid "The calendar id (optional when only one is defined)."
msgstr "内容日历 id（只定义了一个时可省略）。"

msgid "The calendar id."
msgstr "内容日历 id。"

msgid "The campaign the posts belong to."
msgstr "帖子所属的活动。"

msgid "The checks found nothing."
msgstr "检查未发现问题。"

msgid "The city it is in."
msgstr "所在城市。"

msgid "The clock `valid_from` and `valid_until` are read on."
msgstr "`valid_from` 和 `valid_until` 所用的时区。"

msgid "The collaboration models its creators work under with the brand."
msgstr "其创作者与品牌合作时采用的合作模式。"

msgid "The command is killed after this long and the step fails."
msgstr "命令运行超过此时长即被终止，步骤失败。"

msgid "The compliance team's own checker."
msgstr "合规团队自己的检查程序。"

msgid "The condition."
msgstr "条件。"

msgid "The configuration file. Default: $KOSD_CONFIG, else /etc/kos/kosd.yaml when it exists."
msgstr "配置文件。默认：$KOSD_CONFIG；未设置时，若 /etc/kos/kosd.yaml 存在则用它。"

msgid "The correct spellings; other casings are flagged."
msgstr "正确的拼写；其他大小写写法会被标记。"

msgid "The database: a SQLite file, or postgres://USER@HOST[:PORT]/DATABASE for several hosts (kosd.yaml 'database', KOSD_DATABASE). Default: $STATE_DIRECTORY/kos.db under systemd, else .kos/kos.db."
msgstr "数据库：一个 SQLite 文件，或多台主机共用的 postgres://USER@HOST[:PORT]/DATABASE（kosd.yaml 'database'，KOSD_DATABASE）。默认：在 systemd 下为 $STATE_DIRECTORY/kos.db，否则为 .kos/kos.db。"

msgid "The draft"
msgstr "草稿"

msgid "The draft as you would have it (the checks' suggested wording is already in); the author takes it in one step"
msgstr "你希望的草稿内容（已填入检查建议的措辞）；作者可一步采用"

msgid "The draft as you would have it; the author takes it in one step"
msgstr "你希望的草稿内容；作者可一步采用"

msgid "The draft cannot be read"
msgstr "无法读取草稿"

msgid "The draft has changed"
msgstr "草稿已变更"

msgid "The draft has changed since you read it"
msgstr "你读取之后，草稿已有改动"

msgid "The draft id (d-…)."
msgstr "草稿 id（d-…）。"

msgid "The draft id."
msgstr "草稿 id。"

msgid "The draft is not waiting for an approval"
msgstr "草稿并未在等待审批"

msgid "The draft's state does not allow this"
msgstr "草稿当前的状态不允许此操作"

msgid "The draft: Markdown with YAML front matter."
msgstr "草稿：带 YAML 头部信息（front matter）的 Markdown 文件。"

msgid "The editable slots."
msgstr "可编辑的填写位。"

msgid "The endpoint id."
msgstr "端点 id。"

msgid "The endpoint told of each post held with the kit (withdrawn, out of season), for its author."
msgstr "帖子因素材包（已撤回、已过季）而暂缓发布时要通知的端点，以便告知其作者。"

msgid "The file to write; it must not exist yet."
msgstr "要写入的文件；该文件必须尚不存在。"

msgid "The folder of changed definitions."
msgstr "存放修改后定义的文件夹。"

msgid "The form has expired"
msgstr "表单已过期"

msgid "The gateway takes `post.recall` requests: when an associate leaves, each post of theirs still live on their own account is asked to be taken down."
msgstr "网关接受 `post.recall` 请求：店员离职时，其本人账号上仍在线的每个帖子都会被要求下架。"

msgid "The group that decides instead."
msgstr "改由哪个分组决定。"

msgid "The guideline this rule enforces."
msgstr "此规则所执行的规范。"

msgid "The hashtags it may carry."
msgstr "可以带的话题标签。"

msgid "The kit's id (or id@version)."
msgstr "素材包 id（或 id@version）。"

msgid "The kits open now."
msgstr "当前开放的素材包。"

msgid "The kosflow daemon: runs workflows durably for a brand's KOS program."
msgstr "kosflow 守护进程：为品牌的 KOS 项目可靠地运行工作流。"

msgid "The leaver's id."
msgstr "离职人员的 id。"

msgid "The level of a QR code or barcode found in a picture (`error`: none may appear)."
msgstr "图片中发现二维码或条形码时的级别（`error`：一个都不允许出现）。"

msgid "The media file is not what its name says"
msgstr "媒体文件的实际内容与文件名不符"

msgid "The message in English."
msgstr "英文的消息。"

msgid "The message in Simplified Chinese."
msgstr "简体中文的消息。"

msgid "The message was about an earlier revision; the draft is at revision {0} now. Read it before you decide: nothing was recorded."
msgstr "这条消息说的是较早的修订版；草稿现在是修订版 {0}。请先阅读再做决定：本次未记录任何决定。"

msgid "The name its findings carry (velocity-9-launch). Default: made from the first product (Velocity 9 → velocity-9)."
msgstr "相关问题所带的名称（如 velocity-9-launch）。默认：由第一个产品生成（Velocity 9 → velocity-9）。"

msgid "The named slots (`id`) of its workflow's calendar that posts made from it may take. Default: any."
msgstr "用它制作的帖子可以使用的、其工作流内容日历中的具名档期（`id`）。默认：任意。"

msgid "The notification's link may approve in one tap, for a signed-in reviewer who may decide (never on their own post)."
msgstr "通知中的链接可一键批准，仅限已登录且有权决定的审核人（自己的帖子除外）。"

msgid "The pack's rules (a pack may hold only exceptions)."
msgstr "规则包中的规则（规则包也可以只包含例外）。"

msgid "The payload templates the definitions name. Default: Templates beside the definitions' folder."
msgstr "定义中引用的载荷模板。默认：定义文件夹旁的 Templates。"

msgid "The person's id, as they log in (e.g. li.na)."
msgstr "此人登录用的 ID（例如 li.na）。"

msgid "The person's id."
msgstr "人员 ID。"

msgid "The platforms each post goes to (repeatable). Default: any slot's platforms."
msgstr "每篇帖子发布到的平台（可重复）。默认：各档期自身的平台。"

msgid "The platforms it may be posted on."
msgstr "可以发布到的平台。"

msgid "The products a post made from it may name."
msgstr "用它制作的帖子可以提到的产品。"

msgid "The program's health: approval times, first-pass rate, blocking rules, held posts, deliveries, cadence against caps."
msgstr "项目健康状况：审批耗时、一次通过率、拦截规则、暂缓发布的帖子、投递，以及对照上限的发布节奏。"

msgid "The register of platform accounts: who operates each, whose it is."
msgstr "平台账号登记表：每个账号由谁运营、归属于谁。"

msgid "The request is malformed"
msgstr "请求格式不正确"

msgid "The request is too large"
msgstr "请求过大"

msgid "The rest is the kit's text, approved with it. The author wrote only this:"
msgstr "其余内容是素材包的文字，已随素材包一同批准。作者只写了以下内容："

msgid "The reviewer's id."
msgstr "审核人 id。"

msgid "The revised draft file."
msgstr "修订后的草稿文件。"

msgid "The revision whose suggestion you read; default: the one kos show last showed you."
msgstr "你阅读过其建议的修订版；默认：kos show 最近一次向你显示的修订版。"

msgid "The revision you read; default: the one kos show last showed you."
msgstr "你阅读过的修订版；默认：kos show 最近一次向你显示的修订版。"

msgid "The rewording is empty"
msgstr "改写内容为空"

msgid "The rule it relaxes, `pack/rule` (e.g. prc-advertising-law/absolute-terms)."
msgstr "放宽的规则，写作 `pack/rule`（如 prc-advertising-law/absolute-terms）。"

msgid "The rule kind."
msgstr "规则类型。"

msgid "The same file submitted twice is the same draft: the idempotency key is the SHA-256 of the workflow and the content, so a retry after a timeout never creates a second draft. Local findings are shown; the daemon's checks decide."
msgstr "同一文件提交两次仍是同一篇草稿：幂等键是工作流和内容的 SHA-256，因此超时后重试绝不会创建第二篇草稿。会显示本地检查发现的问题；以守护进程的检查结果为准。"

msgid "The server failed"
msgstr "服务器出错"

msgid "The sliding window."
msgstr "滑动窗口。"

msgid "The slots, blackouts and embargo lifts as iCalendar (.ics)."
msgstr "以 iCalendar（.ics）格式导出档期、静默期和禁发期解除时间。"

msgid "The staff directory has mistakes; nothing was changed"
msgstr "员工名录有错误；未做任何更改"

msgid "The staff directory: import the HR export, see who is who, hand over when someone is away or leaves."
msgstr "员工名录：导入 HR 导出文件，查看人员信息，在有人外出或离职时进行交接。"

msgid "The steps, run in order."
msgstr "各个步骤，按顺序执行。"

msgid "The store cannot take writes now; nothing was changed"
msgstr "数据存储暂时无法写入；未做任何更改"

msgid "The store's code as the staff directory names it, e.g. `SH-IFC`."
msgstr "员工名录中使用的门店代码，如 `SH-IFC`。"

msgid "The suggested rewording is your new revision; it is checked and approved again."
msgstr "建议的改写已成为你的新修订版；它将重新检查和审批。"

msgid "The team that looks after this endpoint, e.g. `agency-ops`; named in alerts."
msgstr "负责此端点的团队，如 `agency-ops`；会在告警中注明。"

msgid "The text that may appear (e.g. 国家级非遗)."
msgstr "允许出现的文本（如国家级非遗）。"

msgid "The text: locked text with `{{slot}}` where the associate writes."
msgstr "正文：锁定的文本，`{{slot}}` 处由店员填写。"

msgid "The title: locked text with `{{slot}}` where the associate writes."
msgstr "标题：锁定的文本，`{{slot}}` 处由店员填写。"

msgid "The token alone goes to standard output, so it can be captured: TOKEN=$(kosd token create --user li.na --role creator --store SH-IFC)"
msgstr "标准输出只有令牌本身，便于捕获：TOKEN=$(kosd token create --user li.na --role creator --store SH-IFC)"

msgid "The webhook-id (msg_…)."
msgstr "webhook-id（msg_…）。"

msgid "The webhook-id (msg_…); or give --endpoint."
msgstr "webhook-id（msg_…）；或使用 --endpoint。"

msgid "The workflow drafts made from it go to."
msgstr "用它制作的草稿提交到的工作流。"

msgid "The workflow; default: the draft's 'workflow:'."
msgstr "工作流；默认：草稿中的 'workflow:'。"

msgid "The zone of `until`."
msgstr "`until` 所用的时区。"

msgid "This idempotency key was used for a different draft"
msgstr "此幂等键已用于另一篇草稿"

msgid "This is not a link kosflow made, or it was changed."
msgstr "这不是 kosflow 生成的链接，或链接已被改动。"

msgid "This link has expired"
msgstr "此链接已过期"

msgid "This link opens {0} once you are signed in to the console on this phone or browser: ask for a sign-in link with kos review-link, open it here, then open this link again."
msgstr "在这部手机或这个浏览器上登录审核台后，此链接会打开 {0}：请用 kos review-link 获取登录链接，在这里打开，然后再次打开此链接。"

msgid "This link was used"
msgstr "此链接已被使用"

msgid "This worker's name in leases and the audit log."
msgstr "此工作进程在租约和审计日志中的名称。"

msgid "Thu"
msgstr "周四"

msgid "Time to a decision, from the step being ready"
msgstr "从步骤就绪到做出决定的用时"

msgid "Too many requests"
msgstr "请求过于频繁"

msgid "Tue"
msgstr "周二"

msgid "UNTIL"
msgstr "截止"

msgid "UNTIL must be a date (20261231) or date-time (20261231T235959Z)"
msgstr "UNTIL 必须是日期（20261231）或日期时间（20261231T235959Z）"

msgid "UPDATED"
msgstr "更新时间"

msgid "USAGE: {0}"
msgstr "用法：{0}"

msgid "Unexpected"
msgstr "意外错误"

msgid "Unique among definitions of the same kind; lower-case letters, digits and `-`."
msgstr "在同一 kind 的定义中唯一；由小写字母、数字和 `-` 组成。"

msgid "Unique in the pack; findings are named `pack/rule`."
msgstr "在规则包内唯一；问题以 `pack/rule` 命名。"

msgid "Unique within the workflow; shown in `kos status` and the audit log."
msgstr "在工作流内唯一；显示在 `kos status` 和审计日志中。"

msgid "Upcoming slots and what is booked into them."
msgstr "即将到来的档期及其预订。"

msgid "Upload media named outside the draft's folder (by default refused)."
msgstr "上传草稿文件夹之外的媒体文件（默认拒绝）。"

msgid "Usage: {0}"
msgstr "用法：{0}"

msgid "Use this idempotency key instead of the content's hash."
msgstr "使用此幂等键，而不是内容哈希。"

msgid "Use this rewording as revision {0}"
msgstr "采用此改写作为修订版 {0}"

msgid "Uses SQLite's online backup: the copy holds every committed transition, including those still in the             write-ahead log (a plain copy of kos.db without its -wal file misses them). Restore by stopping kosd and             putting the copy in the store's place. A PostgreSQL store is backed up with pg_dump or the server's own tools."
msgstr "使用 SQLite 的在线备份：副本包含每一次已提交的状态变更，包括仍在预写日志中的变更（直接复制 kos.db 而不带其 -wal 文件会漏掉这些变更）。恢复时先停止 kosd，再用副本替换原数据存储。PostgreSQL 数据存储请用 pg_dump 或数据库服务器自带的工具备份。"

msgid "Validate kosd.yaml, KOSD_* variables, flags and the workflows the daemon would load, then exit."
msgstr "校验 kosd.yaml、KOSD_* 变量、命令行选项以及守护进程将加载的工作流，然后退出。"

msgid "Variables the program gets besides PATH, LANG, LC_ALL and TZ; kosd's own environment, secrets included, is never passed on."
msgstr "除 PATH、LANG、LC_ALL 和 TZ 外传给程序的变量；kosd 自身的环境（包括其中的密钥）从不传递。"

msgid "Verify or export the audit log (admins)."
msgstr "校验或导出审计日志（管理员）。"

msgid "WHAT"
msgstr "说明"

msgid "WHO"
msgstr "对象"

msgid "WHY"
msgstr "原因"

msgid "WKST must be a weekday code (SU, MO, TU, WE, TH, FR, SA)"
msgstr "WKST 必须是星期代码（SU、MO、TU、WE、TH、FR、SA）"

msgid "WORKFLOW"
msgstr "工作流"

msgid "Wait before the second attempt; doubled each time after."
msgstr "第二次尝试前的等待时间；之后每次加倍。"

msgid "Wait for reviewers' decisions."
msgstr "等待审核人的决定。"

msgid "Wait for the next calendar slot or an embargo."
msgstr "等待下一个内容日历档期或禁发期结束。"

msgid "Wait until the embargoes of the draft's products lift (`true`: the workflow's calendar)."
msgstr "等待草稿中产品的禁发期结束（`true`：使用工作流的内容日历）。"

msgid "Wait up to this many seconds while the draft is being checked or published."
msgstr "草稿在检查或发布中时，最多等待的秒数。"

msgid "Waiting for your decision"
msgstr "等待你的决定"

msgid "Webhook deliveries: list, every attempt of one, replay dead letters."
msgstr "Webhook 投递：列表、单次投递的每次尝试、重发死信。"

msgid "Wed"
msgstr "周三"

msgid "What becomes of an associate's posts when they leave (`kos people offboard`). Default: every one cancelled."
msgstr "店员离职时（`kos people offboard`）其帖子如何处理。默认：全部取消。"

msgid "What is counted."
msgstr "计数对象。"

msgid "What it is for, in a sentence a colleague understands."
msgstr "它的用途，用一句同事看得懂的话说明。"

msgid "What it shows."
msgstr "画面内容。"

msgid "What must then be present."
msgstr "此时必须出现的内容。"

msgid "What starts a run. Default: a draft submitted to this workflow."
msgstr "什么会启动一个流程。默认：提交到此工作流的草稿。"

msgid "What the author must change."
msgstr "作者必须修改的内容。"

msgid "What this document defines."
msgstr "此文档定义的内容。"

msgid "What to write there, shown in the starter draft."
msgstr "该处应写什么，显示在初始草稿中。"

msgid "What was found in the pictures"
msgstr "图片中发现的问题"

msgid "When it stops applying by itself; kos validate warns a month ahead."
msgstr "自动失效的时间；kos validate 会提前一个月警告。"

msgid "When posts may go out."
msgstr "帖子可以发出的时间。"

msgid "When the embargo lifts, local date-time."
msgstr "禁发期结束的时间，本地日期时间。"

msgid "When the timeout passes: `expire`, `reject`, or `{escalate: GROUP}`."
msgstr "超时后：`expire`、`reject`，或 `{escalate: GROUP}`。"

msgid "When they leave (RFC 3339, e.g. 2026-12-31T18:00:00+08:00); default now."
msgstr "离职时间（RFC 3339，例如 2026-12-31T18:00:00+08:00）；默认现在。"

msgid "Where a draft is in its workflow."
msgstr "查看草稿在其工作流中的进度。"

msgid "Where payloads are POSTed (https; http only for loopback)."
msgstr "载荷 POST 到的地址（https；仅回环地址可用 http）。"

msgid "Where readings of pictures are kept, by SHA-256. Default: $XDG_CACHE_HOME/kos/readings."
msgstr "图片读取结果的保存位置，按 SHA-256 存放。默认：$XDG_CACHE_HOME/kos/readings。"

msgid "Where the signing secret is: `file:/path`, `env:NAME`, or `credential:NAME` (systemd LoadCredential). Never the secret itself."
msgstr "签名密钥所在的位置：`file:/path`、`env:NAME` 或 `credential:NAME`（systemd LoadCredential）。绝不能直接写密钥本身。"

msgid "Where to look."
msgstr "检查的位置。"

msgid "Whether workflows may run programs, on or off (kosd.yaml 'checks.programs'). Default: on."
msgstr "工作流是否可以运行程序，on 或 off（kosd.yaml 'checks.programs'）。默认：on。"

msgid "Which platform accounts its posts may go out on: `registered` — an account of the author's in the register for every platform the draft names; `company-owned` — and each one the company's."
msgstr "帖子可以从哪些平台账号发出：`registered`——草稿所列的每个平台都须是作者在账号登记表中的账号；`company-owned`——并且每个账号都属于公司。"

msgid "While rotating: where the old secret is. Both sign every delivery (two signatures) until this key is removed."
msgstr "轮换期间：旧密钥所在的位置。在删除此键之前，两个密钥都会为每次投递签名（两个签名）。"

msgid "Who answers for it (a person or a team)."
msgstr "谁对它负责（个人或团队）。"

msgid "Who decides on their behalf meanwhile."
msgstr "期间由谁代为审批。"

msgid "Who may decide, by group (any of these)."
msgstr "谁可以决定（按分组，其中任一组即可）。"

msgid "Who may decide, by role."
msgstr "谁可以决定（按角色）。"

msgid "Who takes over their posts and company-owned accounts."
msgstr "由谁接手其帖子和公司账号。"

msgid "Why, for reviewers."
msgstr "原因，供审核人参考。"

msgid "Why, for the audit log."
msgstr "原因，记入审计日志。"

msgid "Why, with the evidence (a certificate's number); shown to reviewers."
msgstr "理由及证据（如证书编号）；会显示给审核人。"

msgid "Windows in which nothing is published."
msgstr "不发布任何内容的时间段。"

msgid "With --endpoint: created since this RFC 3339 time."
msgstr "与 --endpoint 一起使用：创建于此 RFC 3339 时间之后。"

msgid "Withdraw a draft that is not published yet."
msgstr "撤回尚未发布的草稿。"

msgid "Withdrawn: nothing made from it takes the fast lane any more, and posts made from it are held."
msgstr "已撤回：用它制作的内容不再走快速通道，用它制作的帖子会暂缓发布。"

msgid "Without --token the token is read from standard input, so it stays out of shell history: kos login --server unix:/run/kosd/kosd.sock < token.txt"
msgstr "不使用 --token 时，令牌从标准输入读取，这样不会留在 shell 历史中：kos login --server unix:/run/kosd/kosd.sock < token.txt"

msgid "Words that, right after a term, make it someone's activity, not a claim (计划 in 减肥计划)."
msgstr "紧跟在用语之后、表明其为某人自己活动而非宣称的词（如「减肥计划」中的「计划」）。"

msgid "Words that, right before a term, make it someone's activity, not a claim (在 in 我在减肥)."
msgstr "紧挨在用语之前、表明其为某人自己活动而非宣称的词（如「我在减肥」中的「在」）。"

msgid "Worker processes (kosd.yaml 'workers'). Default: the number of cores."
msgstr "工作进程数（kosd.yaml 'workers'）。默认：CPU 核数。"

msgid "Workflow"
msgstr "工作流"

msgid "Write a draft made from a kit, its slots marked 【…】 for you to fill in: kos library use arco-autumn > look.md"
msgstr "输出一篇由素材包生成的草稿，填写位以【…】标出，供你填写：kos library use arco-autumn > look.md"

msgid "Write the audit log as JSON lines or CSV."
msgstr "以 JSON Lines 或 CSV 格式输出审计日志。"

msgid "Write the draft as you would have it, or reject it with a reason instead."
msgstr "请写出你希望的草稿内容，或改为附理由驳回。"

msgid "Write what the author should change: they read it beside the draft."
msgstr "请写明作者应修改什么：作者会在草稿旁看到。"

msgid "You have no drafts yet: write one and send it with kos submit."
msgstr "你还没有草稿：写好一篇，然后用 kos submit 提交。"

msgid "Your approval is recorded."
msgstr "你的批准已记录。"

msgid "Your approval of revision {0} is recorded once; nothing more was recorded."
msgstr "你对修订版 {0} 的批准只记录一次；本次没有再记录。"

msgid "Your decision on revision {0}"
msgstr "你对修订版 {0} 的决定"

msgid "Your drafts"
msgstr "你的草稿"

msgid "Your inbox opens now."
msgstr "正在打开你的待审列表。"

msgid "Your rejection is recorded; the author sees your reason."
msgstr "你的驳回已记录；作者会看到你的理由。"

msgid "Your request for changes is recorded; the author sees your reason and can take your rewording in one step."
msgstr "你的修改要求已记录；作者会看到你的理由，并可一步采用你的改写。"

msgid "Your role does not allow this"
msgstr "你的角色无权执行此操作"

msgid "\\{0} is not supported"
msgstr "不支持 \\{0}"

msgid "\\{0} needs {1} hexadecimal digits"
msgstr "\\{0} 需要 {1} 位十六进制数字"

msgid "`error` blocks, `warning` needs a reviewer's acknowledgment, `suggestion` informs."
msgstr "`error` 会拦截，`warning` 需要审核人确认，`suggestion` 仅作提示。"

msgid "`required`: an agency creator's draft names the platform's commercial-cooperation order (蒲公英, 星图) in `cooperation.order`, or is refused."
msgstr "`required`：机构创作者的草稿须在 `cooperation.order` 中写明平台的商业合作订单（蒲公英、星图），否则被拒绝。"

msgid "`shadow`: findings are reported (marked shadow) and never block, so compliance sees how often a new rule fires before it enforces it."
msgstr "`shadow`：问题会被报告（标记为影子模式）但不会拦截，合规专员可在正式执行新规则之前看到它触发的频率。"

msgid "`true` for the workflow's calendar, or a Calendar id."
msgstr "`true` 表示工作流的内容日历，或填写一个 Calendar id。"

msgid "a 'this network' address (0.0.0.0/8)"
msgstr "「本网络」地址（0.0.0.0/8）"

msgid "a 6to4 address (2002::/16)"
msgstr "6to4 地址（2002::/16）"

msgid "a 6to4 relay address (192.88.99.0/24)"
msgstr "6to4 中继地址（192.88.99.0/24）"

msgid "a GIF cut short"
msgstr "被截断的 GIF"

msgid "a GIF cut short (no trailer)"
msgstr "被截断的 GIF（没有结尾标记）"

msgid "a GIF of zero size"
msgstr "尺寸为零的 GIF"

msgid "a JPEG cut short"
msgstr "被截断的 JPEG"

msgid "a JPEG cut short (no end-of-image marker)"
msgstr "被截断的 JPEG（没有图像结束标记）"

msgid "a JPEG of zero size"
msgstr "尺寸为零的 JPEG"

msgid "a JPEG whose segments do not follow each other"
msgstr "各段不相衔接的 JPEG"

msgid "a JPEG with a broken frame header"
msgstr "帧头损坏的 JPEG"

msgid "a JPEG without a frame header"
msgstr "没有帧头的 JPEG"

msgid "a NAT64 address (64:ff9b::/96)"
msgstr "NAT64 地址（64:ff9b::/96）"

msgid "a PNG cut short (no IEND)"
msgstr "被截断的 PNG（没有 IEND）"

msgid "a PNG of zero size"
msgstr "尺寸为零的 PNG"

msgid "a PNG whose header is damaged (CRC)"
msgstr "文件头已损坏的 PNG（CRC 不符）"

msgid "a PNG without its IHDR header"
msgstr "缺少 IHDR 头的 PNG"

msgid "a PostgreSQL store is postgres://USER@HOST[:PORT]/DATABASE (the password in a file: ?password_file=PATH, or PGPASSFILE)"
msgstr "PostgreSQL 数据库的写法是 postgres://USER@HOST[:PORT]/DATABASE（密码放在文件中：?password_file=PATH，或使用 PGPASSFILE）"

msgid "a Teredo address (2001::/32)"
msgstr "Teredo 地址（2001::/32）"

msgid "a URL"
msgstr "合法的 URL"

msgid "a URL must not carry credentials; use the endpoint's secret"
msgstr "URL 中不得带有凭据；请使用端点的密钥"

msgid "a WebP cut short"
msgstr "被截断的 WebP"

msgid "a WebP of zero size"
msgstr "尺寸为零的 WebP"

msgid "a WebP whose image data is not VP8, VP8L or VP8X"
msgstr "图像数据不是 VP8、VP8L 或 VP8X 的 WebP"

msgid "a benchmarking address (198.18.0.0/15)"
msgstr "基准测试地址（198.18.0.0/15）"

msgid "a boolean"
msgstr "布尔值"

msgid "a cap's window must be longer than 0s"
msgstr "上限的时间窗口必须长于 0s"

msgid "a carrier-grade NAT address (100.64.0.0/10)"
msgstr "运营商级 NAT 地址（100.64.0.0/10）"

msgid "a claim rule needs 'terms', 'families' or both"
msgstr "claim 规则需要 'terms'、'families' 或两者都有"

msgid "a condition"
msgstr "条件"

msgid "a cron expression"
msgstr "合法的 cron 表达式"

msgid "a cron expression has 5 fields (minute hour day month weekday) or 6 with seconds first; found {0}"
msgstr "cron 表达式有 5 个字段（分 时 日 月 星期），或在最前面加上秒共 6 个；这里有 {0} 个"

msgid "a decision names the revision and contentHash it was made on, as GET /v1/drafts/{0} showed them"
msgstr "决定须注明所依据的 revision 和 contentHash，即 GET /v1/drafts/{0} 显示的值"

msgid "a definition must be a mapping with apiVersion, kind and id, not {0}"
msgstr "定义必须是包含 apiVersion、kind 和 id 的映射，而不是{0}"

msgid "a delivery succeeded"
msgstr "一次投递成功"

msgid "a discard-only address (100::/64)"
msgstr "仅丢弃地址（100::/64）"

msgid "a documentation address (192.0.2.0/24)"
msgstr "文档示例地址（192.0.2.0/24）"

msgid "a documentation address (198.51.100.0/24)"
msgstr "文档示例地址（198.51.100.0/24）"

msgid "a documentation address (2001:db8::/32)"
msgstr "文档示例地址（2001:db8::/32）"

msgid "a documentation address (203.0.113.0/24)"
msgstr "文档示例地址（203.0.113.0/24）"

msgid "a draft is at most {0} MiB"
msgstr "草稿最大为 {0} MiB"

msgid "a duration such as 15s, 24h or 7d"
msgstr "时长（如 15s、24h 或 7d）"

msgid "a form is at most 1 MiB"
msgstr "表单最大为 1 MiB"

msgid "a group name has letters, digits and '_' only"
msgstr "分组名只能包含字母、数字和「_」"

msgid "a length rule needs 'min', 'max' or both"
msgstr "length 规则需要 'min'、'max' 或两者都有"

msgid "a link-local address (169.254.0.0/16, where cloud metadata services answer)"
msgstr "链路本地地址（169.254.0.0/16，云元数据服务在此应答）"

msgid "a link-local address (fe80::/10)"
msgstr "链路本地地址（fe80::/10）"

msgid "a list"
msgstr "列表"

msgid "a local date such as 2026-12-25, or a date-time such as 2026-12-25T20:00"
msgstr "本地日期（如 2026-12-25）或日期时间（如 2026-12-25T20:00）"

msgid "a local date-time such as 2026-12-01T10:00"
msgstr "本地日期时间（如 2026-12-01T10:00）"

msgid "a look-ahead must have a bounded length of at most {0} characters (no *, + or {n,} inside)"
msgstr "先行断言的长度必须有界，最多 {0} 个字符（其中不能有 *、+ 或 {n,}）"

msgid "a look-behind must have a bounded length of at most {0} characters (no *, + or {n,} inside)"
msgstr "后行断言的长度必须有界，最多 {0} 个字符（其中不能有 *、+ 或 {n,}）"

msgid "a loopback address (127.0.0.0/8)"
msgstr "回环地址（127.0.0.0/8）"

msgid "a mapping"
msgstr "映射"

msgid "a material or a label before 100% states what it is made of"
msgstr "100%前的材质或成分标注说明的是构成"

msgid "a measured quantity before 最 (年龄最大, 差距最大): a fact, not a claim"
msgstr "「最」前面是可测量的量（年龄最大、差距最大）：陈述事实，不是宣称"

msgid "a media link is /v1/media/{sha256}?expires={unix seconds}&sig={signature}, as payloads carry it"
msgstr "媒体链接的格式为 /v1/media/{sha256}?expires={unix seconds}&sig={signature}，与载荷中携带的一致"

msgid "a message needs its text: give 'zh', 'en' or both"
msgstr "消息需要有文本：请给出 'zh'、'en' 或两者"

msgid "a multicast address (224.0.0.0/4)"
msgstr "组播地址（224.0.0.0/4）"

msgid "a multicast address (ff00::/8)"
msgstr "组播地址（ff00::/8）"

msgid "a number"
msgstr "数字"

msgid "a period is at most three years"
msgstr "时段最长为三年"

msgid "a private address (10.0.0.0/8)"
msgstr "私有地址（10.0.0.0/8）"

msgid "a private address (172.16.0.0/12)"
msgstr "私有地址（172.16.0.0/12）"

msgid "a private address (192.168.0.0/16)"
msgstr "私有地址（192.168.0.0/16）"

msgid "a program"
msgstr "某个程序"

msgid "a quantifier follows another; group the first, e.g. (?:a+)*"
msgstr "两个量词连在一起；请先把前一个分组，例如 (?:a+)*"

msgid "a quote inside an unquoted cell (quote the whole cell and double the quote)"
msgstr "未加引号的单元格里出现了引号（请给整个单元格加上引号，并把其中的引号写两遍）"

msgid "a quoted cell is never closed"
msgstr "加了引号的单元格没有结束引号"

msgid "a range cannot end in a class like \\{0}"
msgstr "范围不能以 \\{0} 这样的字符类结尾"

msgid "a rank at school or in a race, not the product's"
msgstr "是个人在学校或比赛中的名次，不是商品的排名"

msgid "a ranking word before 第一 makes it a rank"
msgstr "「第一」前面的排名用语使它成为排名"

msgid "a rate such as 50/s"
msgstr "速率（如 50/s）"

msgid "a recurrence rule"
msgstr "重复规则"

msgid "a rejection needs a reason the author can act on (--reason)"
msgstr "驳回需要附上作者可据以修改的理由（--reason）"

msgid "a repetition count is at most {0}"
msgstr "重复次数最多为 {0}"

msgid "a report covers at most 366 days"
msgstr "报告最多覆盖 366 天"

msgid "a request body is at most {0} MiB"
msgstr "请求体最大为 {0} MiB"

msgid "a required rule needs 'terms' or 'pattern'"
msgstr "required 规则需要 'terms' 或 'pattern'"

msgid "a reserved address (240.0.0.0/4, broadcast)"
msgstr "保留地址（240.0.0.0/4，广播）"

msgid "a secret reference (file:, env: or credential:)"
msgstr "密钥引用（file:、env: 或 credential:）"

msgid "a section is closed with a different name than it was opened with"
msgstr "某个区块关闭时用的名称与打开时不同"

msgid "a section is opened but never closed"
msgstr "某个区块打开后没有关闭"

msgid "a setting's name is a plain word"
msgstr "设置项的名称必须是普通单词"

msgid "a site-local address (fec0::/10)"
msgstr "站点本地地址（fec0::/10）"

msgid "a string"
msgstr "字符串"

msgid "a substitution rule needs at least one pair in 'swap'"
msgstr "substitution 规则的 'swap' 中至少需要一对替换"

msgid "a suggested rewording goes with a rejection that requests changes, not an approval"
msgstr "建议的改写只能随要求修改的驳回一起提交，不能随批准提交"

msgid "a suppression needs a reason a reviewer can read: <!-- kos-allow {0}: why this is not a claim -->"
msgstr "豁免需要写明审核人看得懂的理由：<!-- kos-allow {0}: 为什么这不是宣称 -->"

msgid "a tag is not closed with }}"
msgstr "某个标签没有用 }} 关闭"

msgid "a transform cannot apply to an inherited section"
msgstr "变换不能用于继承的区块"

msgid "a unique local address (fc00::/7)"
msgstr "唯一本地地址（fc00::/7）"

msgid "a video cut short (box '{0}')"
msgstr "被截断的视频（box '{0}'）"

msgid "a video without its 'moov' box"
msgstr "缺少 'moov' box 的视频"

msgid "a worker ran it past its budget"
msgstr "某个工作进程运行它超出了时间预算"

msgid "a {0} must be a mapping, not {1}"
msgstr "{0} 必须是映射，而不是{1}"

msgid "a {0} needs '{1}'"
msgstr "{0} 需要 '{1}'"

msgid "a {0} needs one of: {1}"
msgstr "{0} 需要以下之一：{1}"

msgid "a {0} takes only one of {1}; '{2}' is already given"
msgstr "{0} 只能有 {1} 中的一个；已经给出了 '{2}'"

msgid "a {{% ... }} line is malformed"
msgstr "某个 {{% ... }} 行格式不正确"

msgid "account '{0}' is not platform:handle (e.g. xiaohongshu:lina.sh)"
msgstr "账号 '{0}' 不是 platform:handle 格式（例如 xiaohongshu:lina.sh）"

msgid "account '{0}': a handle is 1 to 64 characters without spaces, commas, semicolons, colons or brackets"
msgstr "账号 '{0}'：账号名为 1 到 64 个字符，不能含空格、逗号、分号、冒号或括号"

msgid "account '{0}': unknown platform '{1}' (one of {2})"
msgstr "账号 '{0}'：未知平台 '{1}'（应为 {2} 之一）"

msgid "account {0} is not in the register; an admin adds it with 'kos people import'"
msgstr "账号 {0} 不在账号登记表中；管理员可用 'kos people import' 添加"

msgid "account {0} is on {1}, which the draft's platforms do not name"
msgstr "账号 {0} 属于 {1}，但草稿的 platforms 中没有这个平台"

msgid "account {0} is operated by {1}, not by you"
msgstr "账号 {0} 由 {1} 运营，不是你"

msgid "account {0}: company-owned"
msgstr "账号 {0}：公司所有"

msgid "account {0}: employee-owned"
msgstr "账号 {0}：员工个人所有"

msgid "account {0}: {1}-owned"
msgstr "账号 {0}：归属 {1}"

msgid "active"
msgstr "在职"

msgid "added {0}, updated {1}, unchanged {2}"
msgstr "新增 {0}，更新 {1}，未变 {2}"

msgctxt "address"
msgid "{0} is {1}"
msgstr "{0} 是{1}"

msgid "admin"
msgstr "管理员"

msgid "alias '*{0}' refers to no anchor defined before it"
msgstr "别名 '*{0}' 引用的锚点在它之前没有定义"

msgid "all"
msgstr "全部"

msgid "all of {0}"
msgstr "{0}中的所有人"

msgid "already submitted as {0} (the same file): {1}"
msgstr "已作为 {0} 提交过（同一文件）：{1}"

msgid "an IANA time zone such as Asia/Shanghai"
msgstr "合法的 IANA 时区（如 Asia/Shanghai）"

msgid "an IETF protocol address (192.0.0.0/24)"
msgstr "IETF 协议地址（192.0.0.0/24）"

msgid "an IPv4-compatible IPv6 address (::/96)"
msgstr "IPv4 兼容的 IPv6 地址（::/96）"

msgid "an IPv4-mapped IPv6 address (::ffff:{0}.{1}.{2}.{3})"
msgstr "IPv4 映射的 IPv6 地址（::ffff:{0}.{1}.{2}.{3}）"

msgid "an absence is at most a year; offboard someone who leaves"
msgstr "外出最长一年；离开的人请办理离职交接"

msgid "an agency creator's post names its collaboration: cooperation: {model: product-seeding | pay-per-sale | pay-per-click | flat-rate}"
msgstr "机构创作者的帖子须注明合作方式：cooperation: {model: product-seeding | pay-per-sale | pay-per-click | flat-rate}"

msgid "an answer this kos does not understand ({0}); are kos and kosd the same version?"
msgstr "收到此 kos 无法理解的应答（{0}）；kos 与 kosd 的版本是否一致？"

msgid "an endpoint cannot alert itself: when it is disabled, nothing reaches it; name another endpoint"
msgstr "端点不能向自己告警：它被停用后，什么也送不到它那里；请指定另一个端点"

msgid "an exception needs a reason a reviewer can check (a certificate, a licence)"
msgstr "例外需要写明审核人可以核实的理由（证书、许可证）"

msgid "an identifier"
msgstr "标识符"

msgid "an impression of the writer's own, not a claim about the product"
msgstr "作者自己的印象，不是对产品的宣称"

msgid "an inherited section holds something it may not"
msgstr "继承的区块中含有不允许的内容"

msgid "an inherited section holds text"
msgstr "继承的区块中含有文本"

msgid "an integer"
msgstr "整数"

msgid "an item of {0}"
msgstr "{0} 中的一项"

msgid "an occurrence rule needs 'min', 'max' or both"
msgstr "occurrence 规则需要 'min'、'max' 或两者都有"

msgid "another admin offboards you; nobody offboards themselves"
msgstr "你的离职交接须由另一位管理员办理；任何人都不能为自己办理"

msgid "any"
msgstr "任意"

msgid "any one of {0}"
msgstr "{0}中的任意一位"

msgid "api.header_timeout is a duration from 100ms to 10m, e.g. 10s, not '{0}'"
msgstr "api.header_timeout 应为 100ms 到 10m 之间的时长，如 10s，而不是 '{0}'"

msgid "api.idle_timeout is a duration from 100ms to 1h, e.g. 60s, not '{0}'"
msgstr "api.idle_timeout 应为 100ms 到 1h 之间的时长，如 60s，而不是 '{0}'"

msgid "api.listen {0} is not a loopback address and the API speaks plain HTTP: bearer tokens cross the network readable; serve it on loopback behind a TLS-terminating proxy (deploy/MULTI-HOST.md)"
msgstr "api.listen {0} 不是回环地址，而 API 使用明文 HTTP：持有者令牌会以可读形式在网络上传输；请只在回环地址上提供 API，并置于终止 TLS 的代理之后（见 deploy/MULTI-HOST.md）"

msgid "api.listen {0} is not a loopback address and the API speaks plain HTTP; serve it on loopback behind a TLS-terminating proxy"
msgstr "api.listen {0} 不是回环地址，而 API 使用明文 HTTP；请只在回环地址上提供 API，并置于终止 TLS 的代理之后"

msgid "api.max_connections is a whole number from 16 to 1000000, not '{0}'"
msgstr "api.max_connections 应为 16 到 1000000 之间的整数，而不是 '{0}'"

msgid "api.public_url is where gateways and reviewers reach kosd, like https://kos.example.com (media and console links start with it), not '{0}'"
msgstr "api.public_url 是网关和审核人访问 kosd 的地址，如 https://kos.example.com（媒体链接和审核台链接都以它开头），而不是 '{0}'"

msgid "apiVersion '{0}' is not supported; use {1}"
msgstr "不支持 apiVersion '{0}'；请使用 {1}"

msgid "approval notification"
msgstr "审批通知"

msgid "approval stages:"
msgstr "审批阶段："

msgid "approval step"
msgstr "审批步骤"

msgid "approved"
msgstr "已批准"

msgid "approved after the slot it asked for, {0}"
msgstr "在所申请的档期 {0} 之后才获批准"

msgid "approved in full: it goes on to be scheduled and published (kos status {0} shows when)"
msgstr "已全部批准：接下来将排期并发布（kos status {0} 可查看时间）"

msgid "approved in full: that was the workflow's last step"
msgstr "已全部批准：这是工作流的最后一步"

msgid "approved in full: the workflow's remaining steps run now"
msgstr "已全部批准：工作流的其余步骤现在开始运行"

msgid "approved {0} revision {1}. {2}"
msgstr "已批准 {0} 修订版 {1}。{2}"

msgid "approved {0} revision {1}; now {2}"
msgstr "已批准 {0} 修订版 {1}；当前状态：{2}"

msgid "approving and rejecting need the reviewer or admin role"
msgstr "批准和驳回需要审核人或管理员角色"

msgid "associates see their own bookings only"
msgstr "店员只能查看自己的预订"

msgid "at most {0}, header timeout {1}, idle timeout {2}"
msgstr "最多 {0} 个，请求头超时 {1}，空闲超时 {2}"

msgid "at {0},{1} {2}×{3}"
msgstr "位于 {0},{1}，{2}×{3}"

msgid "atomic groups (?>…) are not supported; write (?:…)"
msgstr "不支持原子分组 (?>…)；请写 (?:…)"

msgid "audit entry {0}: {1}"
msgstr "审计条目 {0}：{1}"

msgid "awaiting-approval"
msgstr "待审批"

msgid "away until {0} → {1}"
msgstr "外出至 {0} → {1}"

msgid "away until {0}; nobody decides on their behalf"
msgstr "外出至 {0}；无人代为审批"

msgid "away until {0}; {1} decides on their behalf"
msgstr "外出至 {0}；由 {1} 代为审批"

msgid "back: decides their own approvals again"
msgstr "已返回：重新自行审批"

msgid "backreferences (?P=name) cannot be matched in linear time and are not supported"
msgstr "反向引用 (?P=name) 无法在线性时间内匹配，不予支持"

msgid "backreferences (\\{0}) cannot be matched in linear time and are not supported"
msgstr "反向引用（\\{0}）无法在线性时间内匹配，不予支持"

msgid "backreferences cannot be matched in linear time and are not supported"
msgstr "反向引用无法在线性时间内匹配，不予支持"

msgid "batch_size is a whole number from 1 to 256, not '{0}'"
msgstr "batch_size 应为 1 到 256 之间的整数，而不是 '{0}'"

msgid "being retried"
msgstr "重试中"

msgid "blackout"
msgstr "静默期"

msgid "blackout ends ({0}) before it starts ({1})"
msgstr "静默期的结束时间（{0}）早于开始时间（{1}）"

msgid "blackout: {0}"
msgstr "静默期：{0}"

msgid "block sequence entries are not allowed in this context"
msgstr "此处不允许块序列条目"

msgid "blocked"
msgstr "已拦截"

msgid "booked"
msgstr "已预订"

msgid "booked into the slot of {0}"
msgstr "已预订 {0} 的档期"

msgid "booked into the slot of {0}, goes out at {1}"
msgstr "已预订 {0} 的档期，将于 {1} 发出"

msgid "booking {0}"
msgstr "档期预订 {0}"

msgid "bookings not shown: {0}"
msgstr "未显示预订：{0}"

msgid "branch-reset groups (?|…) are not supported"
msgstr "不支持分支重置分组 (?|…)"

msgid "broken"
msgstr "已损坏"

msgid "budget {0} per draft, programs {1}"
msgstr "每篇草稿检查时限 {0}，外部程序 {1}"

msgid "by an admin"
msgstr "由管理员操作"

msgid "cadence against caps (name order):"
msgstr "对照上限的发布节奏（按名称排序）："

msgctxt "calendar"
msgid "slot"
msgstr "档期"

msgid "calendar {0} has no slot '{1}'"
msgstr "内容日历 {0} 中没有档期 '{1}'"

msgid "calendar {0} has no slot '{1}' (its slots have no 'id')"
msgstr "内容日历 {0} 中没有档期 '{1}'（它的档期都没有 'id'）"

msgid "calendar_slots needs the kit's 'workflow', with a 'calendar'"
msgstr "calendar_slots 需要素材包设置 'workflow'，且该工作流设置了 'calendar'"

msgid "campaign {0}"
msgstr "活动 {0}"

msgid "cannot encode the request: {0}"
msgstr "无法编码请求：{0}"

msgid "cannot reach kosd at {0}: is `kosd serve` running there, and is the address right (--server, KOS_SERVER)? ({1})"
msgstr "无法连接 {0} 上的 kosd：那里是否在运行 `kosd serve`，地址是否正确（--server, KOS_SERVER）？（{1}）"

msgid "cannot read the configuration file"
msgstr "无法读取配置文件"

msgid "cannot read the draft (not a regular file)"
msgstr "无法读取草稿（不是普通文件）"

msgid "cannot read the draft ({0})"
msgstr "无法读取草稿（{0}）"

msgid "cannot read the file"
msgstr "无法读取该文件"

msgid "cannot read the folder"
msgstr "无法读取该文件夹"

msgid "cannot start worker {0}: {1}"
msgstr "无法启动工作进程 {0}：{1}"

msgid "cannot write {0}: {1}"
msgstr "无法写入 {0}：{1}"

msgid "cap"
msgstr "上限"

msgid "cap reached: {0} already has {1} post within {2} (at most {3} per {4})"
msgid_plural "cap reached: {0} already has {1} posts within {2} (at most {3} per {4})"
msgstr[0] "已达上限：{0} 在 {2} 内已有 {1} 篇帖子（每个 {4} 最多 {3} 篇）"

msgid "check step"
msgstr "检查步骤"

msgid "checker {0} answered with more than {1} bytes; the draft was not checked by it"
msgstr "检查程序 {0} 的输出超过 {1} 字节；草稿未经它检查"

msgid "checker {0} answered with something that is not {\"findings\": [...]}; the draft was not checked by it"
msgstr "检查程序 {0} 的输出不是 {\"findings\": [...]}；草稿未经它检查"

msgid "checker {0} could not start: {1}; the draft was not checked by it"
msgstr "检查程序 {0} 无法启动：{1}；草稿未经它检查"

msgid "checker {0} did not answer within the time left of the draft's check budget; the draft was not checked by it"
msgstr "检查程序 {0} 未在草稿检查时限的剩余时间内作答；草稿未经它检查"

msgid "checker {0} did not answer within {1}; the draft was not checked by it"
msgstr "检查程序 {0} 未在 {1} 内作答；草稿未经它检查"

msgid "checker {0} exited with status {1}; the draft was not checked by it"
msgstr "检查程序 {0} 以状态 {1} 退出；草稿未经它检查"

msgid "checker {0} was killed by signal {1}; the draft was not checked by it"
msgstr "检查程序 {0} 被信号 {1} 终止；草稿未经它检查"

msgid "checking"
msgstr "检查中"

msgid "checks.budget is a duration from 100ms to 10m, e.g. 20s, not '{0}'"
msgstr "checks.budget 应为 100ms 到 10m 之间的时长，如 20s，而不是 '{0}'"

msgid "checks.programs is on or off (whether workflows may run programs: external checkers and exec steps), not '{0}'"
msgstr "checks.programs 应为 on 或 off（工作流是否可以运行程序：外部检查程序和 exec 步骤），而不是 '{0}'"

msgid "claim [{0}] \"{1}\" — {2}: {3}"
msgstr "命中 [{0}]「{1}」— {2}：{3}"

msgid "claims the campaign kit {0}, but {1}: read it all"
msgstr "声称来自活动素材包 {0}，但{1}：请通读全文"

msgid "class intersection (&&) is not supported"
msgstr "不支持字符类交集（&&）"

msgid "clocks go forward at {0} ({1}); slots written inside the gap fire once, at {2}"
msgstr "时钟在 {0}（{1}）向前拨；落在跳过时段内的档期只触发一次，时间为 {2}"

msgid "closed"
msgstr "闭合"

msgid "column '{0}' appears twice"
msgstr "列 '{0}' 出现了两次"

msgid "company"
msgstr "公司"

msgid "company-owned: from {0} to {1}"
msgstr "公司所有：从 {0} 转给 {1}"

msgid "condition is longer than {0} characters"
msgstr "条件超过 {0} 个字符"

msgid "condition nests deeper than {0} levels"
msgstr "条件嵌套超过 {0} 层"

msgid "control characters are not allowed"
msgstr "不允许使用控制字符"

msgid "cooperation"
msgstr "合作信息"

msgid "cooperation.order is at most 64 characters"
msgstr "cooperation.order 最多 64 个字符"

msgid "could not find expected ':'"
msgstr "找不到预期的 ':'"

msgid "could not record the strike against step(s) {0}: {1}"
msgstr "无法为步骤 {0} 记录故障次数：{1}"

msgid "creator"
msgstr "创作者"

msgid "creator, reviewer or admin."
msgstr "creator、reviewer 或 admin。"

msgid "crop or cover the code"
msgstr "裁掉或遮住这个码"

msgid "crop or cover the code, or use the brand's approved code"
msgstr "裁掉或遮住这个码，或改用品牌批准的码"

msgid "current"
msgstr "当前"

msgid "day of month"
msgstr "日期"

msgid "day of month {0} is out of range 1-31"
msgstr "日期 {0} 超出 1-31 的范围"

msgid "day of week"
msgstr "星期"

msgid "day {0} never comes in {1}: this expression would never fire"
msgstr "{1} 中不会有 {0} 日：此表达式永远不会触发"

msgid "dead"
msgstr "死信"

msgid "dead letters"
msgstr "死信"

msgid "deadline {0}"
msgstr "截止 {0}"

msgid "decisions:"
msgstr "审批决定："

msgid "definitions {0} are not in the store"
msgstr "数据存储中没有定义版本 {0}"

msgid "definitions {0} are not in the store {1}"
msgstr "数据存储 {1} 中没有定义版本 {0}"

msgid "definitions {0} do not load"
msgstr "定义版本 {0} 无法加载"

msgid "definitions {0} do not load: {1}"
msgstr "定义版本 {0} 无法加载：{1}"

msgid "degraded: {0}; new work is refused until the store can write"
msgstr "降级：{0}；在数据存储恢复写入前拒绝新工作"

msgid "delivered"
msgstr "已投递"

msgid "deliveries are for the brand's reviewers and admins"
msgstr "投递记录仅供品牌方的审核人和管理员查看"

msgid "deliveries: {0} delivered, {1} being retried, {2} waiting, {3} dead letters"
msgstr "投递：已投递 {0}，重试中 {1}，等待中 {2}，死信 {3}"

msgid "delivery"
msgstr "投递"

msgid "delivery attempt {0} to {1} failed; retrying"
msgstr "向 {1} 的第 {0} 次投递失败；将重试"

msgid "delivery {0}"
msgstr "投递 {0}"

msgid "did not find expected ',' or ']'"
msgstr "找不到预期的 ',' 或 ']'"

msgid "did not find expected ',' or '}'"
msgstr "找不到预期的 ',' 或 '}'"

msgid "did not find expected '-' indicator"
msgstr "找不到预期的 '-' 标记"

msgid "did not find expected <document start>"
msgstr "找不到预期的文档开头"

msgid "did not find expected alphabetic or numeric character"
msgstr "找不到预期的字母或数字字符"

msgid "did not find expected comment or line break"
msgstr "找不到预期的注释或换行"

msgid "did not find expected hexdecimal number"
msgstr "找不到预期的十六进制数"

msgid "did not find expected key"
msgstr "找不到预期的键"

msgid "did not find expected node content"
msgstr "找不到预期的节点内容"

msgid "did not find expected whitespace"
msgstr "找不到预期的空白"

msgid "did not find expected whitespace or line break"
msgstr "找不到预期的空白或换行"

msgid "disabled"
msgstr "已停用"

msgid "do not write the password in the URL; give ?password_file=PATH or set PGPASSFILE"
msgstr "不要把密码写在 URL 里；请使用 ?password_file=PATH 或设置 PGPASSFILE"

msgid "does not follow the entry before it (the chain was reordered or an entry removed)"
msgstr "与前一条目衔接不上（审计链被重新排序，或有条目被删除）"

msgid "draft"
msgstr "草稿"

msgid "draft front matter"
msgstr "草稿头部信息"

msgid "draft trigger"
msgstr "草稿触发条件"

msgid "draft {0}"
msgstr "草稿 {0}"

msgid "draft {0} was withdrawn; submit a new draft"
msgstr "草稿 {0} 已撤回；请提交一篇新草稿"

msgid "drain_timeout is a duration up to 1h, e.g. 30s, not '{0}'"
msgstr "drain_timeout 应为不超过 1h 的时长，如 30s，而不是 '{0}'"

msgid "duplicate id {0} (first on line {1})"
msgstr "id {0} 重复（首次出现在第 {1} 行）"

msgid "duplicate key '{0}' (first at {1})"
msgstr "重复的键 '{0}'（首次出现在 {1}）"

msgid "duplicate key (first at {0})"
msgstr "重复的键（首次出现在 {0}）"

msgid "earlier (void)"
msgstr "较早（已作废）"

msgid "embargo"
msgstr "禁发期"

msgid "embargo 'until' is not a local date-time in {0}"
msgstr "禁发期的 'until' 不是 {0} 时区的本地日期时间"

msgid "embargo on {0} until {1}"
msgstr "{0} 禁发至 {1}"

msgid "employee"
msgstr "员工个人"

msgid "empty condition"
msgstr "条件为空"

msgid "empty item in the {0} list '{1}'"
msgstr "{0}列表 '{1}' 中有空项"

msgid "empty {0} field"
msgstr "{0}字段为空"

msgid "enabled"
msgstr "已启用"

msgid "enabled {0}"
msgstr "已启用 {0}"

msgid "end of condition"
msgstr "条件结尾"

msgid "endpoint {0} is not defined"
msgstr "端点 {0} 没有定义"

msgid "endpoint {0}: {1}; deliveries to it will fail until it can"
msgstr "端点 {0}：{1}；在能读取其密钥之前，向它的投递都会失败"

msgid "endpoints are for the brand's reviewers and admins"
msgstr "端点仅供品牌方的审核人和管理员查看"

msgid "entries {0}…{1} are missing"
msgstr "缺少条目 {0}…{1}"

msgid "error"
msgstr "错误"

msgid "error: cannot read {0}"
msgstr "错误：无法读取 {0}"

msgid "error: kosd answered {0}: {1}"
msgstr "错误：kosd 返回 {0}：{1}"

msgid "error: no kit '{0}' is open now; 'kos library' lists those that are"
msgstr "错误：素材包 '{0}' 当前未开放；'kos library' 会列出开放中的素材包"

msgid "error: unknown pack '{0}'; available: {1}"
msgstr "错误：未知规则包 '{0}'；可用：{1}"

msgid "error: {0}"
msgstr "错误：{0}"

msgid "escalated"
msgstr "已升级"

msgid "escalation"
msgstr "升级设置"

msgid "every delivery has failed for {0}"
msgstr "所有投递已连续失败 {0}"

msgid "every model"
msgstr "全部合作模式"

msgid "exception"
msgstr "例外"

msgid "exception until {0} ({1}): {2}"
msgstr "例外，有效至 {0}（{1}）：{2}"

msgid "exec step"
msgstr "exec 步骤"

msgid "expected ')' to close the '(' at offset {0}"
msgstr "缺少 ')' 来闭合位置 {0} 处的 '('"

msgid "expected ',' or ']' in the list"
msgstr "列表中此处应为 ',' 或 ']'"

msgid "expected a field name after '.'"
msgstr "'.' 之后应为字段名"

msgid "expected a field, a value or '(' but found {0}"
msgstr "此处应为字段、值或 '('，却是 {0}"

msgid "expired"
msgstr "已过期"

msgid "external rule has no command"
msgstr "external 规则没有 command"

msgid "failed"
msgstr "失败"

msgid "ffmpeg was stopped by signal {0}"
msgstr "ffmpeg 被信号 {0} 终止"

msgid "finding {0}"
msgstr "问题 {0}"

msgid "findings:"
msgstr "问题："

msgid "findings: none"
msgstr "问题：无"

msgid "fired"
msgstr "已触发"

msgid "first pass"
msgstr "一次通过"

msgid "first pass: {0} ({1} of {2} decided drafts cleared review at their first revision)"
msgstr "一次通过率：{0}（已决定的 {2} 篇草稿中，有 {1} 篇在首个修订版即通过审核）"

msgid "fixtures"
msgstr "自测样例"

msgid "follow it with: kos status {0}"
msgstr "跟踪进度：kos status {0}"

msgid "found a tab character that violates indentation"
msgstr "发现破坏缩进的制表符"

msgid "found a tab character where an indentation space is expected"
msgstr "应为缩进空格的地方出现了制表符"

msgid "found an indentation indicator equal to 0"
msgstr "缩进指示符为 0"

msgid "found character that cannot start any token"
msgstr "发现不能作为任何记号开头的字符"

msgid "found duplicate anchor; first occurrence"
msgstr "发现重复的锚点；首次出现处"

msgid "found invalid Unicode character escape code"
msgstr "发现无效的 Unicode 字符转义码"

msgid "found undefined alias"
msgstr "发现未定义的别名"

msgid "found undefined tag handle"
msgstr "发现未定义的标签句柄"

msgid "found unexpected ':'"
msgstr "出现了意外的 ':'"

msgid "found unexpected document indicator"
msgstr "出现了意外的文档标记"

msgid "found unexpected end of stream"
msgstr "内容意外结束"

msgid "found unknown escape character"
msgstr "发现未知的转义字符"

msgid "free"
msgstr "空闲"

msgid "from {0} to {1}: {2}"
msgstr "从 {0} 转给 {1}：{2}"

msgid "front matter must be a mapping of title, platforms, hashtags, …"
msgstr "头部信息必须是 title、platforms、hashtags 等字段的映射"

msgid "front matter opened with '---' is never closed with '---'"
msgstr "头部信息以 '---' 开始，但没有用 '---' 结束"

msgid "give the folder of payload templates, e.g. /etc/kos/templates"
msgstr "请给出载荷模板所在的文件夹，如 /etc/kos/templates"

msgid "give the folder of workflow definitions, e.g. /etc/kos/workflows"
msgstr "请给出工作流定义所在的文件夹，如 /etc/kos/workflows"

msgid "give the token with --token or on standard input"
msgstr "请通过 --token 或标准输入提供令牌"

msgid "gone"
msgstr "已不存在"

msgid "group {0}"
msgstr "{0} 组"

msgid "group {0} (escalated)"
msgstr "{0} 组（已升级）"

msgid "group {0}, of the author's store"
msgstr "{0} 组中作者所在门店的人"

msgid "group {0}, role {1}"
msgstr "{0} 组中角色为 {1} 的人"

msgid "group {0}, role {1}, of the author's store"
msgstr "{0} 组中作者所在门店、角色为 {1} 的人"

msgid "groups are separated by ';'; accounts are 'platform:handle (company)' or '(employee)', separated by ';'.\nPeople and accounts the file does not name are left as they are; a file with any mistake changes nothing."
msgstr "分组之间用 ';' 分隔；账号写作 'platform:handle (company)' 或 '(employee)'，之间用 ';' 分隔。\n文件中未列出的人员和账号保持不变；文件中只要有一处错误，就不做任何修改。"

msgid "groups {0}"
msgstr "审核组 {0}"

msgid "groups: {0}"
msgstr "分组：{0}"

msgid "half-open"
msgstr "半开"

msgid "handed back: {0} is stopping"
msgstr "已交还：{0} 正在停止"

msgid "handover: {0} post handed over to {1} ({2})"
msgid_plural "handover: {0} posts handed over to {1} ({2})"
msgstr[0] "交接：    {0} 篇帖子已交接给 {1}（{2}）"

msgid "hashtags not in the kit: {0}"
msgstr "素材包里没有的话题标签：{0}"

msgid "held by an embargo"
msgstr "因禁发期暂缓发布"

msgid "held by the embargo on {0} until {1}"
msgstr "因 {0} 的禁发期暂缓发布至 {1}"

msgid "held now: {0} by an embargo, {1} waiting for a calendar slot; slots moved {2}, missed {3}"
msgstr "当前暂缓发布：{0} 篇受禁发期限制，{1} 篇等待档期；档期改期 {2} 次，错过 {3} 次"

msgid "held: the campaign kit {0} it was made from closed at {1} (its season is over); the author revises it as their own post (full review), or waits for the kit's next version"
msgstr "已暂缓发布：此帖所用的活动素材包 {0} 已于 {1} 结束（已过季）；作者可将其作为自己的帖子修订（走完整审核），或等待素材包的下一版本"

msgid "held: the campaign kit {0} it was made from is no longer in the library; the author revises it as their own post (full review), or waits for the kit's next version"
msgstr "已暂缓发布：此帖所用的活动素材包 {0} 已不在素材库中；作者可将其作为自己的帖子修订（走完整审核），或等待素材包的下一版本"

msgid "held: the campaign kit {0} it was made from was withdrawn; the author revises it as their own post (full review), or waits for the kit's next version"
msgstr "已暂缓发布：此帖所用的活动素材包 {0} 已被撤回；作者可将其作为自己的帖子修订（走完整审核），或等待素材包的下一版本"

msgid "held: the guideline packs changed after approval (definitions {0}) and now flag {1}; revise the draft"
msgstr "已暂缓发布：批准后规则包有变更（定义版本 {0}），现在会标出 {1}；请修订草稿"

msgid "history:"
msgstr "历史记录："

msgid "hour"
msgstr "小时"

msgid "human, json or csv (one figure a row: section, name, measure, value)."
msgstr "human、json 或 csv（每行一个数据：section, name, measure, value）。"

msgid "id '{0}' is not ASCII letters, digits and . - _ @ (at most 64)"
msgstr "id '{0}' 只能由 ASCII 字母、数字和 . - _ @ 组成（最多 64 个）"

msgid "images not in the kit: {0}"
msgstr "素材包里没有的图片：{0}"

msgid "importing the staff directory needs the admin role"
msgstr "导入员工名录需要管理员角色"

msgid "in the slot {0}: {1}"
msgstr "在填写位 {0} 中：{1}"

msgid "in the {0} payload from {1}: {2}"
msgstr "在由 {1} 生成的 {0} 载荷中：{2}"

msgid "in {0} (at {1},{2} {3}×{4}): {5}"
msgstr "{0} 中（位于 {1},{2}，{3}×{4}）：{5}"

msgid "incomplete UTF-8 octet sequence"
msgstr "UTF-8 字节序列不完整"

msgid "inline: {0}"
msgstr "行内豁免：{0}"

msgid "input is {0} bytes; the limit is {1} bytes"
msgstr "输入为 {0} 字节；上限为 {1} 字节"

msgid "inside the title of a work (《…》), not a claim"
msgstr "位于作品名（《…》）之中，不是宣称"

msgid "invalid Unicode character"
msgstr "无效的 Unicode 字符"

msgid "invalid condition: {0}"
msgstr "条件无效：{0}"

msgid "invalid cron expression: {0}"
msgstr "cron 表达式无效：{0}"

msgid "invalid leading UTF-8 octet"
msgstr "无效的 UTF-8 首字节"

msgid "invalid length of a UTF-8 sequence"
msgstr "UTF-8 序列长度无效"

msgid "invalid recurrence rule: {0}"
msgstr "重复规则无效：{0}"

msgid "invalid trailing UTF-8 octet"
msgstr "无效的 UTF-8 后续字节"

msgid "it is animated: the text in its frames cannot be checked; post a still image, or a video"
msgstr "这是动图：无法检查各帧中的文字；请发布静态图片或视频"

msgid "it is named as {0} but it is {1}"
msgstr "文件名表明是 {0}，但它是{1}"

msgid "it is named as {0} but its bytes are not an image or video of any type the platforms take"
msgstr "文件名表明是 {0}，但其内容不是平台接受的任何一种图片或视频"

msgid "it is named as {0} but its bytes are {1}"
msgstr "文件名表明是 {0}，但其内容是 {1}"

msgid "it is {0} MB; a picture may be at most {1} MB"
msgstr "文件大小为 {0} MB；图片最大为 {1} MB"

msgid "it is {0}×{1} pixels ({2} megapixels); an image may have at most {3} megapixels"
msgstr "它有 {0}×{1} 像素（{2} 百万像素）；图片最多只能有 {3} 百万像素"

msgid "its author can take your rewording with: kos accept-suggestion {0}"
msgstr "作者可用以下命令采纳你的改写：kos accept-suggestion {0}"

msgid "its codes were not read within {0} s"
msgstr "未能在 {0} 秒内识别其中的码"

msgid "its content was changed after it was written"
msgstr "其内容在写入后被改动过"

msgid "its cover frame could not be taken (ffmpeg status {0})"
msgstr "无法截取其封面帧（ffmpeg 状态 {0}）"

msgid "its cover frame could not be taken: {0} (Debian's ffmpeg)"
msgstr "无法截取其封面帧：{0}（需要 Debian 的 ffmpeg 软件包）"

msgid "its cover frame is larger than {0} megapixels"
msgstr "其封面帧超过 {0} 百万像素"

msgid "its cover frame was not taken within {0} s"
msgstr "未能在 {0} 秒内截取其封面帧"

msgid "its endpoint"
msgstr "其端点"

msgid "its text was not read within {0} s"
msgstr "未能在 {0} 秒内识别其中的文字"

msgid "jitter"
msgstr "错峰设置"

msgid "jsonl or csv."
msgstr "jsonl 或 csv。"

msgid "keys of a {0} must be strings"
msgstr "{0} 的键必须是字符串"

msgid "keys of {0} must be strings; quote them"
msgstr "{0} 的键必须是字符串；请给它们加上引号"

msgctxt "kit"
msgid "slot"
msgstr "填写位"

msgid "kit medium"
msgstr "素材包媒体"

msgid "kit {0}: its locked text fails {1}: {2}"
msgstr "素材包 {0}：其锁定文本未通过 {1}：{2}"

msgid "kit {0}: its locked text fails {1}: {2} (「{3}」)"
msgstr "素材包 {0}：其锁定文本未通过 {1}：{2}（「{3}」）"

msgid "kit {0}: slot '{1}' names no guideline pack '{2}'"
msgstr "素材包 {0}：填写位 '{1}' 引用的规则包 '{2}' 不存在"

msgid "kos revise {0} FILE: the post takes the full review as the author's own"
msgstr "kos revise {0} FILE：帖子将作为作者自己的内容走完整审核"

msgid "kos show ID shows the suggestion first; the new revision is checked and approved again like any other."
msgstr "kos show ID 会先显示建议；新修订版会像其他修订版一样重新检查和审批。"

msgid "kosd does not accept your token (revoked or expired?): ask your admin for a new one, then run `kos login` with it"
msgstr "kosd 不接受你的令牌（已撤销或已过期？）：请向管理员申请新令牌，然后用它运行 `kos login`"

msgid "kosd hands their work over at that moment; until then nothing changes"
msgstr "kosd 会在该时刻交接其工作；在此之前不会有任何变化"

msgid "kosd is not answering on {0}: {1} ({2})"
msgstr "kosd 在 {0} 上没有应答：{1}（{2}）"

msgid "kosd is not ready"
msgstr "kosd 尚未就绪"

msgid "kosd serves no HTTP address it can name: open this path on kosd's address, or set api.listen in kosd.yaml"
msgstr "kosd 没有可告知的 HTTP 地址：请在 kosd 的地址上打开此路径，或在 kosd.yaml 中设置 api.listen"

msgid "kosd's API: unix:PATH or http://HOST:PORT. Default: KOS_SERVER, the login file, else unix:.kos/kosd.sock."
msgstr "kosd 的 API：unix:PATH 或 http://HOST:PORT。默认：KOS_SERVER、登录文件，否则为 unix:.kos/kosd.sock。"

msgid "kosd.yaml holds one document; found {0}"
msgstr "kosd.yaml 只能包含一个文档；实际找到 {0} 个"

msgid "kosd.yaml is a mapping of settings (database:, workflows:, api:, log:, …), not {0}"
msgstr "kosd.yaml 应为设置项的映射（database:、workflows:、api:、log: 等），而不是{0}"

msgid "kosd: backed up {0} to {1} ({2} audit entries)"
msgstr "kosd：已将 {0} 备份到 {1}（{2} 条审计条目）"

msgid "kosd: configuration valid ({0})\n  database    {1}\n  workflows   {2}\n  templates   {3}\n  api         {4}\n  workers     {5}\n  log         {6}, {7}\n  checks      {8}\n  connections {9}\n  media links {10}\n  console     {11}"
msgstr "kosd：配置有效（{0}）\n  数据库      {1}\n  工作流      {2}\n  模板        {3}\n  API         {4}\n  工作进程    {5}\n  日志        {6}, {7}\n  检查        {8}\n  连接        {9}\n  媒体链接    {10}\n  审核台      {11}"

msgid "kosd: every token of {0} is revoked"
msgstr "kosd：{0} 的全部令牌已撤销"

msgid "kosd: no token has been issued; create one with kosd token create --user ID --role ROLE"
msgstr "kosd：尚未发放任何令牌；请用 kosd token create --user ID --role ROLE 创建"

msgid "kosd: no token lets anyone in; create one with kosd token create --user ID --role ROLE"
msgstr "kosd：没有可用于登录的令牌；请用 kosd token create --user ID --role ROLE 创建"

msgid "kosd: nobody yet; add a person with kosd token create --user ID --role creator|reviewer|admin"
msgstr "kosd：还没有任何人员；请用 kosd token create --user ID --role creator|reviewer|admin 添加"

msgid "kosd: say what to run:\n  kosd serve              run the daemon (what kosd.service runs)\n  kosd check-config       check kosd.yaml, KOSD_* variables and the workflows, then exit\n  kosd token create       give a person an API token; kosd token list shows who holds one\n  kosd people             the people the store knows, with their roles and stores\n  kosd backup --to FILE   copy the SQLite store while kosd runs\nkosd --help lists every command and option."
msgstr "kosd：请指定要运行的命令：\n  kosd serve              运行守护进程（即 kosd.service 所运行的）\n  kosd check-config       检查 kosd.yaml、KOSD_* 变量和工作流，然后退出\n  kosd token create       为某人发放 API 令牌；kosd token list 显示谁持有令牌\n  kosd people             数据存储中已知的人员，及其角色和门店\n  kosd backup --to FILE   在 kosd 运行期间复制 SQLite 数据存储\nkosd --help 会列出所有命令和选项。"

msgid "kosd: the backup failed: {0}"
msgstr "kosd：备份失败：{0}"

msgid "kosd: the store is PostgreSQL; back it up with pg_dump (see deploy/MULTI-HOST.md)"
msgstr "kosd：数据存储是 PostgreSQL；请用 pg_dump 备份（见 deploy/MULTI-HOST.md）"

msgid "kosd: there is no store at {0}"
msgstr "kosd：{0} 处没有数据存储"

msgid "kosd: {0} exists already; name a new file"
msgstr "kosd：{0} 已存在；请指定一个新文件"

msgid "kosflow definitions (kos/v1)"
msgstr "kosflow 定义（kos/v1）"

msgid "kosflow review"
msgstr "kosflow 审核台"

msgid "kosflow: the handover of {0} failed and is tried again: {1}"
msgstr "kosflow：{0} 的离职交接失败，稍后重试：{1}"

msgid "leaves the program at {0}; successor {1}"
msgstr "将于 {0} 离开项目；接任人：{1}"

msgid "leaves the program at {0}; successor {1}; nothing is published for them from then on"
msgstr "将于 {0} 离开项目；接任人：{1}；此后不再为其发布任何内容"

msgid "leaving {0}"
msgstr "即将离职 {0}"

msgid "left the program at {0}; successor {1}"
msgstr "已于 {0} 离开项目；接任人：{1}"

msgid "left {0}"
msgstr "已离职 {0}"

msgid "libcurl could not start a transfer"
msgstr "libcurl 无法开始传输"

msgid "limit is a number"
msgstr "limit 须为数字"

msgid "limit is between 1 and 10000"
msgstr "limit 须在 1 到 10000 之间"

msgid "line {0}"
msgstr "第 {0} 行"

msgid "line {0}, column {1}"
msgstr "第 {0} 行第 {1} 列"

msgid "line {0}: {1}"
msgstr "第 {0} 行：{1}"

msgid "list items must be literals"
msgstr "列表项必须是字面值"

msgid "listen is HOST:PORT, e.g. 127.0.0.1:7420, not '{0}'"
msgstr "listen 的格式是 HOST:PORT，如 127.0.0.1:7420，而不是 '{0}'"

msgid "listening on {0} ({1} workflows, definitions {2})"
msgstr "正在监听 {0}（{1} 个工作流，定义版本 {2}）"

msgid "local check skipped: {0}; kosd's checks still run"
msgstr "已跳过本地检查：{0}；kosd 的检查仍会进行"

msgid "local check: nothing found"
msgstr "本地检查：未发现问题"

msgid "log.format is one of {0}, not '{1}'"
msgstr "log.format 应为 {0} 之一，而不是 '{1}'"

msgid "log.level is one of {0}, not '{1}'"
msgstr "log.level 应为 {0} 之一，而不是 '{1}'"

msgid "logged in to {0} as {1} ({2}); settings in {3}"
msgstr "已以 {1}（{2}）身份登录 {0}；设置保存在 {3}"

msgid "made from the campaign kit {0}, unchanged but for what the author wrote:"
msgstr "由活动素材包 {0} 生成，除作者填写的内容外均未改动："

msgid "made from {0}, but {1}: it takes the full review, not the kit's fast lane"
msgstr "基于 {0} 制作，但 {1}：需走完整审核，不能走素材包快速通道"

msgid "malformed YAML"
msgstr "YAML 格式错误"

msgid "mapping keys are not allowed in this context"
msgstr "此处不允许映射的键"

msgid "mapping values are not allowed in this context"
msgstr "此处不允许映射的值"

msgid "matcher"
msgstr "匹配条件"

msgid "media"
msgstr "媒体"

msgid "media item"
msgstr "媒体条目"

msgid "media {0} is named in the draft's 'media:' but was not uploaded (kos submit and kos revise upload what the draft names)"
msgstr "媒体 {0} 列在草稿的 'media:' 中，但没有上传（kos submit 和 kos revise 会上传草稿列出的媒体）"

msgid "media {0} is not base64"
msgstr "媒体 {0} 不是 base64 编码"

msgid "media {0} is not named in the draft's 'media:'"
msgstr "媒体 {0} 没有列在草稿的 'media:' 中"

msgid "media {0}: {1}"
msgstr "媒体 {0}：{1}"

msgid "merge keys ('<<') are not supported; write the keys out"
msgstr "不支持合并键（'<<'）；请把各个键完整写出"

msgid "message"
msgstr "消息"

msgid "minute"
msgstr "分钟"

msgid "missed"
msgstr "已错过"

msgid "missed the slot of {0}: kosd was not running then, and the catch-up window ({1}) has passed"
msgstr "错过了 {0} 的档期：当时 kosd 未在运行，且补发窗口（{1}）已过"

msgid "missing 'kind'; use one of {0}"
msgstr "缺少 'kind'；请使用 {0} 之一"

msgid "month"
msgstr "月份"

msgid "more than {0} nodes after expanding aliases; is this an alias bomb?"
msgstr "展开别名后节点超过 {0} 个；这是别名炸弹吗？"

msgid "moved"
msgstr "已改期"

msgid "name a calendar: {0}"
msgstr "请指定一个内容日历：{0}"

msgid "name a workflow: 'workflow:' in the front matter or --workflow; known: {0}"
msgstr "请指定工作流：在头部信息中写 'workflow:'，或使用 --workflow；已定义的有：{0}"

msgid "name at least one draft, or - for standard input"
msgstr "请至少指定一篇草稿，或用 - 表示标准输入"

msgid "name one delivery, or --endpoint (and --since) for many"
msgstr "请指定一次投递，或用 --endpoint（及 --since）指定多次"

msgid "name the delegate who decides meanwhile (--delegate)"
msgstr "请指定外出期间代为审批的代理人（--delegate）"

msgid "name the revision whose suggested rewording you read ({\"revision\": N})"
msgstr "请注明你所阅读的改写建议针对的修订版（{\"revision\": N}）"

msgid "nested classes and set operations are not supported; write one class"
msgstr "不支持嵌套字符类和集合运算；请写成一个字符类"

msgid "nesting deeper than {0} levels"
msgstr "嵌套超过 {0} 层"

msgid "never"
msgstr "永不"

msgid "no Calendar '{0}'"
msgstr "没有 Calendar '{0}'"

msgid "no Endpoint '{0}'"
msgstr "没有 Endpoint '{0}'"

msgid "no Workflow '{0}'"
msgstr "没有 Workflow '{0}'"

msgid "no answer"
msgstr "无应答"

msgid "no attempt made"
msgstr "未进行任何尝试"

msgid "no calendar '{0}' (did you mean '{1}'?); defined: {2}"
msgstr "没有内容日历 '{0}'（你是否指 '{1}'？）；已定义：{2}"

msgid "no calendar '{0}'; defined: {1}"
msgstr "没有内容日历 '{0}'；已定义：{1}"

msgid "no calendar is defined in {0}"
msgstr "{0} 中没有定义内容日历"

msgid "no change: {0} drafts in review or scheduled are judged the same by the packs in {1}"
msgstr "无变化：{1} 中的规则包对 {0} 篇审核中或已排期草稿的判断不变"

msgid "no decision in time at step {0}"
msgstr "步骤 {0} 未能及时作出决定"

msgid "no decision within {0}"
msgstr "{0} 内未作出决定"

msgid "no deliveries"
msgstr "没有投递记录"

msgid "no delivery {0}"
msgstr "没有投递 {0}"

msgid "no draft {0}"
msgstr "没有草稿 {0}"

msgid "no drafts"
msgstr "没有草稿"

msgid "no earlier step '{0}'"
msgstr "前面没有步骤 '{0}'"

msgid "no endpoint '{0}' is defined"
msgstr "未定义端点 '{0}'"

msgid "no free slot in calendar {0} in the next 92 days"
msgstr "内容日历 {0} 在未来 92 天内没有空闲档期"

msgid "no free slot in calendar {0} in the next 92 days: {1}"
msgstr "内容日历 {0} 在未来 92 天内没有空闲档期：{1}"

msgid "no guideline pack '{0}'"
msgstr "没有规则包 '{0}'"

msgid "no id"
msgstr "缺少 id"

msgid "no kit {0} is defined"
msgstr "没有定义素材包 {0}"

msgid "no kosd is listening at {0}: {1}"
msgstr "{0} 上没有 kosd 在监听：{1}"

msgid "no kosd.yaml; defaults, KOSD_* and flags"
msgstr "无 kosd.yaml；使用默认值、KOSD_* 变量和命令行选项"

msgid "no longer in {0}'s row of the staff directory"
msgstr "已不在员工名录中 {0} 的那一行"

msgid "no medium {0}"
msgstr "没有媒体 {0}"

msgid "no person {0}"
msgstr "没有人员 {0}"

msgid "no reason given"
msgstr "未说明理由"

msgid "no reviewer suggested a rewording of revision {0} of {1}"
msgstr "没有审核人对 {1} 的修订版 {0} 提出改写建议"

msgid "no slots in this period"
msgstr "此时段内没有档期"

msgid "no such file or folder"
msgstr "没有这个文件或文件夹"

msgid "no such folder"
msgstr "没有这个文件夹"

msgid "no such medium in {0}"
msgstr "{0} 中没有这个媒体"

msgid "no workflow files in {0}"
msgstr "{0} 中没有工作流文件"

msgid "no workflows at {0}\n  kosd reads the workflow definitions from the folder named by 'workflows' in kosd.yaml, KOSD_WORKFLOWS or --workflows ({1}).\n  Point it at your Workflows/ folder; `kosd check-config` shows every setting in force."
msgstr "{0} 处没有工作流\n  kosd 从 kosd.yaml 中的 'workflows'、KOSD_WORKFLOWS 或 --workflows 指定的文件夹读取工作流定义（{1}）。\n  请将其指向你的 Workflows/ 文件夹；`kosd check-config` 会显示所有生效的设置。"

msgid "no {0} folder here to read the workflow from (--workflows names another)"
msgstr "此处没有可读取工作流的 {0} 文件夹（可用 --workflows 指定其他文件夹）"

msgid "nobody"
msgstr "无人"

msgid "nobody approves their own draft"
msgstr "任何人都不能审批自己的草稿"

msgid "none"
msgstr "无"

msgid "none (set api.public_url for gateways to fetch media)"
msgstr "无（设置 api.public_url 后网关才能获取媒体）"

msgid "not a PostgreSQL URL: write postgres://USER@HOST[:PORT]/DATABASE"
msgstr "不是 PostgreSQL URL：请写成 postgres://USER@HOST[:PORT]/DATABASE"

msgid "not an IPv4 address"
msgstr "不是 IPv4 地址"

msgid "not an IPv6 address"
msgstr "不是 IPv6 地址"

msgid "not an internet address"
msgstr "不是互联网地址"

msgid "note"
msgstr "提示"

msgid "nothing changed (--dry-run)"
msgstr "未做任何修改（--dry-run）"

msgid "nothing to repeat"
msgstr "没有可重复的内容"

msgid "nothing waits for you"
msgstr "没有等待你处理的草稿"

msgid "notice {0}"
msgstr "通知 {0}"

msgid "notify step"
msgstr "通知步骤"

msgid "now"
msgstr "现在"

msgid "now '{0}'"
msgstr "当前为 '{0}'"

msgid "now '{0}', from {1}"
msgstr "当前为 '{0}'，相对于 {1}"

msgid "null"
msgstr "空值（null）"

msgid "of the author's store"
msgstr "作者所在门店的审核人"

msgid "offboarding"
msgstr "离职交接设置"

msgid "offboarding needs the admin role"
msgstr "离职交接需要管理员角色"

msgid "ok"
msgstr "通过"

msgid "on the API socket only (set api.listen or api.public_url for browsers)"
msgstr "仅在 API 套接字上（设置 api.listen 或 api.public_url 后浏览器才能访问）"

msgid "one of {0}"
msgstr "以下值之一：{0}"

msgid "only admins enable endpoints"
msgstr "只有管理员可以启用端点"

msgid "only admins replay deliveries"
msgstr "只有管理员可以重发投递"

msgid "only an admin or {0} says when they are away"
msgstr "只有管理员或 {0} 本人可以设置外出时间"

msgid "only the author or an admin withdraws a draft"
msgstr "只有作者或管理员可以撤回草稿"

msgid "only the author revises a draft; reviewers reject it with a reason instead"
msgstr "只有作者可以修订草稿；审核人请改为附理由驳回"

msgid "only the author takes a suggested rewording of their draft"
msgstr "只有作者可以采用对自己草稿的改写建议"

msgid "open"
msgstr "熔断"

msgid "out of memory starting the YAML parser"
msgstr "启动 YAML 解析器时内存不足"

msgid "out of order"
msgstr "顺序错乱"

msgid "outside the calendar's slots"
msgstr "不在内容日历的档期内"

msgid "parked"
msgstr "已搁置"

msgid "parked: step {0} stopped a worker {1} times ({2}); an admin looks at the draft and the checks"
msgstr "已搁置：步骤 {0} 已使工作进程中断 {1} 次（{2}）；需由管理员查看草稿和检查"

msgid "passed [{0}] \"{1}\" — {2}: {3}"
msgstr "放行 [{0}]「{1}」— {2}：{3}"

msgid "past its deadline"
msgstr "已超过截止时间"

msgid "pending"
msgstr "待投递"

msgid "pending, failed (being retried), delivered or dead."
msgstr "pending（待投递）、failed（重试中）、delivered（已投递）或 dead（死信）。"

msgid "person {0}"
msgstr "人员 {0}"

msgid "platform {0}"
msgstr "平台 {0}"

msgid "platforms not in the kit: {0}"
msgstr "素材包里没有的平台：{0}"

msgid "possessive quantifiers (such as a++) are not supported; write a plain quantifier"
msgstr "不支持占有量词（如 a++）；请用普通量词"

msgid "products not in the kit: {0}"
msgstr "素材包里没有的产品：{0}"

msgid "publish step"
msgstr "发布步骤"

msgid "published"
msgstr "已发布"

msgid "publishing"
msgstr "发布中"

msgid "ready: reloaded, {0} workflows, definitions {1}"
msgstr "就绪：已重新加载，{0} 个工作流，定义版本 {1}"

msgid "ready: {0} workflows, {1} workers, definitions {2}, API on {3}"
msgstr "就绪：{0} 个工作流，{1} 个工作进程，定义版本 {2}，API 位于 {3}"

msgid "ready: {0} workflows, {1} workers, {2} runs in flight, definitions {3}"
msgstr "就绪：{0} 个工作流，{1} 个工作进程，{2} 个流程进行中，定义版本 {3}"

msgid "refused before connecting"
msgstr "连接前即被拒绝"

msgid "refused before connecting: {0}; only public addresses are allowed unless the endpoint sets allow_private_network: true"
msgstr "连接前即被拒绝：{0}；除非端点设置了 allow_private_network: true，否则只允许公网地址"

msgid "rejected"
msgstr "已驳回"

msgid "rejected {0} revision {1}: {2}"
msgstr "已驳回 {0} 修订版 {1}：{2}"

msgid "released"
msgstr "已释放"

msgid "reload failed: the store does not answer; {0}"
msgstr "重新加载失败：数据存储没有响应；{0}"

msgid "reload failed: {0}; {1}"
msgstr "重新加载失败：{0}；{1}"

msgid "reload refused: the definitions cannot be recorded in the store: {0}"
msgstr "拒绝重新加载：无法将定义记录到数据存储：{0}"

msgid "reload refused: {0}"
msgstr "拒绝重新加载：{0}"

msgid "reload: {0} changed; that takes effect at the next restart"
msgstr "重新加载：{0} 已更改；将在下次重启时生效"

msgid "reloaded: {0} workflows, definitions {1}; runs already started keep theirs"
msgstr "已重新加载：{0} 个工作流，定义版本 {1}；已开始的流程继续使用原来的定义"

msgid "reloading configuration and workflows"
msgstr "正在重新加载配置和工作流"

msgid "replayed {0} of {1} dead letter"
msgid_plural "replayed {0} of {1} dead letters"
msgstr[0] "{1} 封死信中已重发 {0} 封"

msgid "request failed"
msgstr "请求失败"

msgid "retry"
msgstr "重试设置"

msgid "reviewer"
msgstr "审核人"

msgid "revision {0}"
msgstr "修订版 {0}"

msgid "revision {0} replaces revision {1}"
msgstr "修订版 {0} 取代了修订版 {1}"

msgid "revoked {0}"
msgstr "已于 {0} 撤销"

msgid "role {0}"
msgstr "角色为 {0} 的人"

msgid "role {0}, of the author's store"
msgstr "作者所在门店中角色为 {0} 的人"

msgid "rule"
msgstr "规则"

msgid "rule id '{0}' is used twice in this pack (first at {1})"
msgstr "规则 id '{0}' 在此规则包中使用了两次（第一次在 {1}）"

msgid "rule {0} does not flag its fixture \"{1}\"; the pack is refused"
msgstr "规则 {0} 没有标记出它的自测样例「{1}」；该规则包被拒绝"

msgid "rule {0} flags its pass fixture \"{1}\"; the pack is refused"
msgstr "规则 {0} 标记了本应通过的自测样例「{1}」；该规则包被拒绝"

msgid "rule {0}/{1} runs a checker program and is refused: kosd.yaml turns programs off (checks.programs: off)"
msgstr "规则 {0}/{1} 会运行检查程序，因此被拒绝：kosd.yaml 已关闭程序（checks.programs: off）"

msgid "rules that blocked drafts:"
msgstr "拦截过草稿的规则："

msgid "run"
msgstr "流程"

msgid "run {0}"
msgstr "流程 {0}"

msgid "run {0} has ended; nothing to decide"
msgstr "流程 {0} 已结束；无需再作决定"

msgid "run {0} is not on the revision with content {1}"
msgstr "流程 {0} 不在内容为 {1} 的修订版上"

msgid "running definitions kept ({0}, {1} workflows)"
msgstr "保留正在运行的定义（{0}，{1} 个工作流）"

msgid "say --until DATE --delegate ID, or --back"
msgstr "请使用 --until DATE --delegate ID，或 --back"

msgid "scheduled"
msgstr "已排期"

msgid "second"
msgstr "秒"

msgid "secret {0} cannot be read"
msgstr "无法读取密钥 {0}"

msgid "secret {0} needs $CREDENTIALS_DIRECTORY (systemd LoadCredential=)"
msgstr "密钥 {0} 需要 $CREDENTIALS_DIRECTORY（systemd LoadCredential=）"

msgid "secret {0}: {1}"
msgstr "密钥 {0}：{1}"

msgid "send 'Authorization: Bearer <token>'; an admin issues tokens with 'kosd token create'"
msgstr "请发送 'Authorization: Bearer <token>'；管理员可用 'kosd token create' 发放令牌"

msgid "sha256 of {0} is not 64 hex digits"
msgstr "{0} 的 sha256 不是 64 位十六进制数字"

msgid "signs in once, until {0}; do not forward it"
msgstr "只能登录一次，有效期至 {0}；请勿转发"

msgid "since {0}"
msgstr "自 {0} 起"

msgid "skipped"
msgstr "已跳过"

msgid "slot '{0}' has no max_chars: an associate could write a whole post there"
msgstr "填写位 '{0}' 没有 max_chars：店员可能在那里写下整篇帖子"

msgid "slot '{0}' is declared twice"
msgstr "填写位 '{0}' 声明了两次"

msgid "slot '{0}' is named twice"
msgstr "档期名 '{0}' 用了两次"

msgid "slot '{0}' is not in the title or body ({1})"
msgstr "填写位 '{0}' 未出现在标题或正文中（{1}）"

msgid "slot booking"
msgstr "档期预订"

msgid "slot is for {0} only"
msgstr "此档期仅供 {0} 使用"

msgid "slot {0} is not a local date-time such as 2026-12-01T20:00"
msgstr "档期 {0} 不是 2026-12-01T20:00 这样的本地日期时间"

msgid "slots missed"
msgstr "错过的档期"

msgid "slots moved"
msgstr "改期的档期"

msgid "slow down; try again in {0} s"
msgstr "请求过于频繁；请在 {0} 秒后重试"

msgid "sslmode is one of {0}, not '{1}'"
msgstr "sslmode 必须是 {0} 之一，而不是 '{1}'"

msgid "start it with `kosd serve`, or point kos at the right one with --server, KOS_SERVER or `kos login --server`"
msgstr "请用 `kosd serve` 启动它，或用 --server、KOS_SERVER 或 `kos login --server` 让 kos 指向正确的 kosd"

msgid "state '{0}' is not one of {1}"
msgstr "状态 '{0}' 不在以下范围内：{1}"

msgid "status {0}"
msgstr "状态码 {0}"

msgid "step"
msgstr "步骤"

msgid "step id '{0}' is used twice in this workflow (first at {1})"
msgstr "步骤 id '{0}' 在此工作流中使用了两次（第一次在 {1}）"

msgid "step {0} is no longer held at epoch {1}; another worker claimed it"
msgstr "步骤 {0} 已不再以租约轮次 {1} 持有；另一个工作进程领取了它"

msgid "step {0} is no longer held under epoch {1}: another worker took it over"
msgstr "步骤 {0} 已不再以租约轮次 {1} 持有：另一个工作进程接手了它"

msgid "step {0} runs {1} and is refused: kosd.yaml turns programs off (checks.programs: off)"
msgstr "步骤 {0} 会运行 {1}，因此被拒绝：kosd.yaml 已关闭程序（checks.programs: off）"

msgid "step {0} stopped a worker three times; its run is parked for an admin to look at (kos drafts --state parked)"
msgstr "步骤 {0} 已三次使工作进程中断；其流程已搁置，等待管理员查看（kos drafts --state parked）"

msgid "step {0}: the workflow's auto_approve condition holds"
msgstr "步骤 {0}：满足工作流的 auto_approve 条件"

msgid "step {0}: {1}"
msgstr "步骤 {0}：{1}"

msgid "stopped"
msgstr "已停止"

msgid "stopped: steps in hand finished, the rest handed back"
msgstr "已停止：手头的步骤已完成，其余已交还"

msgid "stopping: no new steps are claimed, steps in hand finish, requests in flight are answered"
msgstr "正在停止：不再领取新步骤，手头的步骤运行完毕，进行中的请求会得到应答"

msgid "store"
msgstr "门店"

msgid "store '{0}' is listed twice (first at {1})"
msgstr "门店 '{0}' 列出了两次（第一次在 {1}）"

msgid "store '{0}' is not a store code (letters, digits and -, e.g. SH-IFC)"
msgstr "门店 '{0}' 不是门店代码（由字母、数字和 - 组成，如 SH-IFC）"

msgid "store {0}"
msgstr "门店 {0}"

msgid "submitted"
msgstr "已提交"

msgid "submitted {0} to {1}: {2}"
msgstr "已将 {0} 提交到 {1}：{2}"

msgid "submitted {0} to {1}: {2} ({3})"
msgstr "已将 {0} 提交到 {1}：{2}（{3}）"

msgid "successor {0}; {1} posts handed over, {2} cancelled; {3} tokens revoked; accounts passed {4}, retired {5}; {6} posts live on their own accounts, {7} recall requests"
msgstr "接任人 {0}；交接 {1} 篇帖子，取消 {2} 篇；撤销 {3} 个令牌；移交账号 {4}，停用账号 {5}；个人账号上仍在线的帖子 {6} 篇，撤回请求 {7} 个"

msgid "superseded"
msgstr "已被取代"

msgid "supervising {0} workers"
msgstr "正在监管 {0} 个工作进程"

msgid "tag '{0}' cannot be given to a list"
msgstr "标签 '{0}' 不能用于列表"

msgid "tag '{0}' cannot be given to a mapping"
msgstr "标签 '{0}' 不能用于映射"

msgid "tag '{0}' cannot be given to a scalar"
msgstr "标签 '{0}' 不能用于标量"

msgid "take it as revision {0} with: kos accept-suggestion {1}"
msgstr "用以下命令将其采纳为修订版 {0}：kos accept-suggestion {1}"

msgid "template '{0}' must be a path inside Templates/"
msgstr "模板 '{0}' 必须是 Templates/ 内的路径"

msgid "template does not compile: {0}"
msgstr "模板无法编译：{0}"

msgid "template file {0} does not exist"
msgstr "模板文件 {0} 不存在"

msgid "template {0} does not carry the draft's {1}: what {2} and {3} more look for there would not reach {4}, and kosd refuses such a delivery. Render {5} in the template"
msgstr "模板 {0} 没有包含草稿的 {1}：{2} 及另外 {3} 条规则要在那里查找的内容到不了 {4}，kosd 会拒绝这样的投递。请在模板中渲染 {5}"

msgid "template {0} does not carry the draft's {1}: what {2} look for there would not reach {3}, and kosd refuses such a delivery. Render {4} in the template"
msgstr "模板 {0} 没有包含草稿的 {1}：{2} 要在那里查找的内容到不了 {3}，kosd 会拒绝这样的投递。请在模板中渲染 {4}"

msgid "template {0}: {1}"
msgstr "模板 {0}：{1}"

msgid "text"
msgstr "正文"

msgid "text (half-characters)"
msgstr "正文（按半角字符计）"

msgid "text added after the kit's end: 「{0}」"
msgstr "在素材包文本结尾之后添加了文字：「{0}」"

msgid "the API socket is a path shorter than 108 bytes"
msgstr "API 套接字应为短于 108 字节的路径"

msgid "the IPv6 loopback address (::1)"
msgstr "IPv6 回环地址（::1）"

msgid "the Idempotency-Key '{0}' was used for {1} with other content and workflow {2}; nothing was submitted. Use a new key for a new draft, or 'kos revise {3}' to change that one"
msgstr "Idempotency-Key '{0}' 已用于 {1}，但内容不同、工作流为 {2}；本次未提交任何内容。新草稿请使用新的键，或用 'kos revise {3}' 修改那篇草稿"

msgid "the Idempotency-Key '{0}' was used for {1} with other content; nothing was submitted. Use a new key for a new draft, or 'kos revise {2}' to change that one"
msgstr "Idempotency-Key '{0}' 已用于 {1}，但内容不同；本次未提交任何内容。新草稿请使用新的键，或用 'kos revise {2}' 修改那篇草稿"

msgid "the Idempotency-Key header must be 1 to 200 characters"
msgstr "Idempotency-Key 请求头须为 1 到 200 个字符"

msgid "the \\x{…} escape is not closed"
msgstr "\\x{…} 转义没有闭合"

msgid "the associate left the program; the post is on their own account"
msgstr "该店员已离开项目；帖子发布在其个人账号上"

msgid "the audit log is for admins"
msgstr "审计日志仅供管理员查看"

msgid "the barcode reader (zbarimg) failed with status {0}"
msgstr "条码识别程序（zbarimg）失败，状态 {0}"

msgid "the barcode reader (zbarimg) was stopped by signal {0}"
msgstr "条码识别程序（zbarimg）被信号 {0} 终止"

msgid "the barcode reader could not start: {0} (Debian's zbar-tools)"
msgstr "条码识别程序无法启动：{0}（需要 Debian 的 zbar-tools 软件包）"

msgid "the body is not the JSON expected"
msgstr "请求体不是预期的 JSON"

msgid "the body is not valid JSON (UTF-8)"
msgstr "请求体不是有效的 JSON（UTF-8）"

msgid "the body: {0}"
msgstr "正文：{0}"

msgid "the brand"
msgstr "品牌方"

msgid "the brand's reviewers decide its approvals; an agency's people do not"
msgstr "品牌的审批由品牌的审核人决定，机构人员不能决定"

msgid "the built-in guideline packs cannot be loaded"
msgstr "无法加载内置规则包"

msgid "the built-in guideline packs cannot be loaded: {0}"
msgstr "无法加载内置规则包：{0}"

msgid "the campaign kit {0} it was made from may be posted from {1}"
msgstr "此帖所用的活动素材包 {0} 从 {1} 起才可发布"

msgid "the campaign kit's posts take only the slots {0}"
msgstr "活动素材包的帖子只能使用档期 {0}"

msgid "the certainty is denied, not promised"
msgstr "确定性被否定，不是承诺"

msgid "the character class opened here is not closed with ']'"
msgstr "这里开始的字符类没有用「]」闭合"

msgid "the check's budget ({0} s) ran out before it was read"
msgstr "在读取它之前，检查的时间预算（{0} 秒）已用完"

msgid "the circuit of {0} is open until {1}; nothing is sent to it before"
msgstr "{0} 的熔断器在 {1} 前处于断开状态；此前不向它发送任何内容"

msgid "the comment is not closed"
msgstr "注释没有闭合"

msgid "the cover frame of {0}"
msgstr "{0} 的封面帧"

msgid "the daemon's checks will block this draft; submitting so the record is complete"
msgstr "守护进程的检查将拦截此草稿；仍会提交，以保留完整记录"

msgid "the database is a SQLite file path (e.g. /var/lib/kosd/kos.db) or a PostgreSQL URL (postgres://kosd@db.internal/kosflow)"
msgstr "数据库应为 SQLite 文件路径（如 /var/lib/kosd/kos.db）或 PostgreSQL URL（postgres://kosd@db.internal/kosflow）"

msgid "the database schema is version {0}; this kosd knows up to {1}: upgrade kosd, never downgrade a database"
msgstr "数据库结构版本为 {0}；此 kosd 最高只认识 {1}：请升级 kosd，切勿降级数据库"

msgid "the definitions in {0} are invalid; fix them (kos validate) before linting"
msgstr "{0} 中的定义无效；请先修正（kos validate）再检查"

msgid "the definitions {0} this run started with do not load: {1}"
msgstr "此流程开始时使用的定义版本 {0} 无法加载：{1}"

msgid "the disk holding the store is full (SQLite: {0})"
msgstr "存放数据存储的磁盘已满（SQLite：{0}）"

msgid "the draft cannot be read: {0}"
msgstr "无法读取草稿：{0}"

msgid "the draft is not UTF-8"
msgstr "草稿不是 UTF-8 编码"

msgid "the draft is rejected at {0}; its author sees your reason and may revise it"
msgstr "草稿在 {0} 被驳回；作者会看到你的理由，并可以修订"

msgid "the draft is {0} bytes; the limit is {1} bytes"
msgstr "草稿大小为 {0} 字节；上限是 {1} 字节"

msgid "the draft names no workflow (workflow: in its front matter, or --workflow)"
msgstr "草稿未指定工作流（在头部信息中写 workflow:，或使用 --workflow）"

msgid "the draft names workflow '{0}', which is not in {1}"
msgstr "草稿指定的工作流 '{0}' 不在 {1} 中"

msgid "the draft was stored but cannot be read back"
msgstr "草稿已保存，但无法读回"

msgid "the draft's accounts"
msgstr "草稿的账号"

msgid "the draft's author is missing"
msgstr "找不到草稿的作者"

msgid "the draft's collaboration"
msgstr "草稿的合作方式"

msgid "the error is in kosd's log"
msgstr "错误详情见 kosd 的日志"

msgid "the exception for '{0}' matches nothing {1} flags; fix the term or remove the exception"
msgstr "'{0}' 的例外匹配不到 {1} 标记的任何内容；请修正词条，或删除这条例外"

msgid "the field '{0}' has the wrong type"
msgstr "字段 '{0}' 的类型不对"

msgid "the field '{0}' is missing"
msgstr "缺少字段 '{0}'"

msgid "the file is empty; the first row names the columns: {0}"
msgstr "文件为空；第一行应列出各列名称：{0}"

msgid "the file is not UTF-8 (save it as 'CSV UTF-8' from Excel or WPS)"
msgstr "文件不是 UTF-8 编码（请在 Excel 或 WPS 中另存为 'CSV UTF-8'）"

msgid "the file is {0} MiB; a staff directory is at most {1} MiB"
msgstr "文件大小为 {0} MiB；员工名录最大 {1} MiB"

msgid "the group is not closed"
msgstr "分组没有闭合"

msgid "the group name is not closed"
msgstr "分组名没有闭合"

msgid "the group opened here is not closed"
msgstr "这里开始的分组没有闭合"

msgid "the guideline"
msgstr "相关规范"

msgid "the guideline checks did not finish (not finished: {0}); a draft that was not fully checked cannot go out: shorten it, or ask an admin to look at the checks"
msgstr "规则检查未能完成（未完成：{0}）；未经完整检查的草稿不能发布：请缩短草稿，或请管理员查看检查情况"

msgid "the guideline checks did not finish within {0} (not finished: {1}); a draft that was not fully checked cannot go out: shorten it, or ask an admin to look at the checks"
msgstr "规则检查未能在 {0} 内完成（未完成：{1}）；未经完整检查的草稿不能发布：请缩短草稿，或请管理员查看检查情况"

msgid "the guideline checks did not finish within {0}; a draft that was not fully checked cannot go out: shorten it, or ask an admin to look at the checks"
msgstr "规则检查未能在 {0} 内完成；未经完整检查的草稿不能发布：请缩短草稿，或请管理员查看检查情况"

msgid "the guideline checks did not finish; a draft that was not fully checked cannot go out: shorten it, or ask an admin to look at the checks"
msgstr "规则检查未能完成；未经完整检查的草稿不能发布：请缩短草稿，或请管理员查看检查情况"

msgid "the header has no '{0}' column"
msgstr "表头缺少 '{0}' 列"

msgid "the image {0} is not the kit's file"
msgstr "图片 {0} 不是素材包里的那个文件"

msgid "the inbox is for the brand's reviewers and admins"
msgstr "待审列表仅供品牌方的审核人和管理员使用"

msgid "the inherited API socket failed: {0}"
msgstr "继承的 API 套接字出错：{0}"

msgid "the kit is for {0}, not {1}"
msgstr "该素材包用于 {0}，不是 {1}"

msgid "the lease is a duration from 100ms to 24h, e.g. 30s, not '{0}'"
msgstr "lease 应为 100ms 到 24h 之间的时长，如 30s，而不是 '{0}'"

msgid "the locked text 「{0}{1}」 is changed or missing"
msgstr "锁定文本「{0}{1}」被改动或缺失"

msgid "the password file {0} cannot be read"
msgstr "无法读取密码文件 {0}"

msgid "the pattern ends with a lone backslash"
msgstr "模式以单独的反斜杠结尾"

msgid "the pattern is too large once its repetitions are written out (more than {0} steps); use smaller counts"
msgstr "把重复展开后模式过大（超过 {0} 步）；请用更小的次数"

msgid "the pattern nests groups more than {0} deep"
msgstr "模式中分组嵌套超过 {0} 层"

msgid "the picture {0}"
msgstr "图片 {0}"

msgid "the picture {0} cannot be checked: {1}"
msgstr "无法检查图片 {0}：{1}"

msgid "the probe after the cool-down failed"
msgstr "冷却期后的试探请求失败了"

msgid "the product called the only one claims there is nothing else like it"
msgstr "称商品为唯一，宣称别无同类"

msgid "the program's health is for the brand's reviewers and admins"
msgstr "项目健康度仅供品牌方的审核人和管理员查看"

msgid "the property name is not closed with '}'"
msgstr "属性名没有用「}」闭合"

msgid "the range runs backwards"
msgstr "范围的起止顺序颠倒了"

msgid "the rate limit is like 20/s or 600/1m, not '{0}'"
msgstr "速率限制的写法如 20/s 或 600/1m，而不是 '{0}'"

msgid "the reason or comment is longer than 4000 bytes"
msgstr "理由或备注超过 4000 字节"

msgid "the recall of {0}"
msgstr "对 {0} 的撤回请求"

msgid "the receiver answered 410 Gone"
msgstr "接收方返回了 410 Gone"

msgid "the receiver asked not to retry this message (Webhook-Abort-Retries)"
msgstr "接收方要求不要重试此消息（Webhook-Abort-Retries）"

msgid "the regular expression '{0}' is refused: {1}"
msgstr "正则表达式 '{0}' 被拒绝：{1}"

msgid "the repetition '{' is not closed; write {n}, {n,} or {n,m} (or \\{ for a brace)"
msgstr "重复次数的「{」没有闭合；请写 {n}、{n,} 或 {n,m}（花括号本身请写 \\{）"

msgid "the repetition {{0},{1}} counts down"
msgstr "重复次数 {{0},{1}} 是倒着数的"

msgid "the reviewers"
msgstr "审核人"

msgid "the run no longer exists, or the store holds a state for it this kosd does not know"
msgstr "该流程已不存在，或数据存储中它的状态是此 kosd 不认识的"

msgid "the set-delimiter tag is malformed"
msgstr "设置分隔符的标签格式不正确"

msgid "the signing secret is not whsec_ followed by 16 to 64 bytes of base64"
msgstr "签名密钥不是 whsec_ 加上 16 到 64 字节的 base64"

msgid "the slot {0} holds {1} characters; at most {2}"
msgstr "填写位 {0} 有 {1} 个字符；最多 {2} 个"

msgid "the slot {0} is not filled in"
msgstr "填写位 {0} 没有填写"

msgid "the step failed ({0}); it is tried again"
msgstr "步骤失败（{0}）；将再次尝试"

msgid "the store cannot write: {0}; new work is refused with 503 until it can"
msgstr "数据存储无法写入：{0}；恢复写入前，新工作会以 503 拒绝"

msgid "the store does not answer"
msgstr "数据存储没有响应"

msgid "the store fails: {0}"
msgstr "数据存储出错：{0}"

msgid "the store holds a {0} state this kosd does not know: '{1}'"
msgstr "数据存储中有此 kosd 不认识的{0}状态：'{1}'"

msgid "the store is damaged (SQLite: {0}); stop kosd and restore the latest backup (kosd backup)"
msgstr "数据存储已损坏（SQLite：{0}）；请停止 kosd 并恢复最近的备份（kosd backup）"

msgid "the store is damaged ({0}); stop kosd and restore the latest backup (kosd backup)"
msgstr "数据存储已损坏（{0}）；请停止 kosd 并恢复最近的备份（kosd backup）"

msgid "the store is read-only (SQLite: {0})"
msgstr "数据存储为只读（SQLite：{0}）"

msgid "the store writes again"
msgstr "数据存储已恢复写入"

msgid "the store writes again; work resumes"
msgstr "数据存储已恢复写入；工作继续"

msgid "the store's disk fails to write (SQLite: {0})"
msgstr "数据存储所在磁盘写入失败（SQLite：{0}）"

msgid "the superlative is denied, not claimed"
msgstr "这个最高级被否定了，并非宣称"

msgid "the text names {0} but no slot '{1}' is declared"
msgstr "文本中用到了 {0}，但没有声明填写位 '{1}'"

msgid "the text reader (tesseract) failed with status {0}"
msgstr "文字识别程序（tesseract）失败，状态 {0}"

msgid "the text reader (tesseract) was stopped by signal {0}"
msgstr "文字识别程序（tesseract）被信号 {0} 终止"

msgid "the text reader could not start: {0} (Debian's tesseract-ocr, tesseract-ocr-chi-sim)"
msgstr "文字识别程序无法启动：{0}（需要 Debian 的 tesseract-ocr、tesseract-ocr-chi-sim 软件包）"

msgid "the time allowed"
msgstr "允许的时间"

msgid "the title: {0}"
msgstr "标题：{0}"

msgid "the token is unknown, expired or revoked"
msgstr "令牌无法识别、已过期或已撤销"

msgid "the unspecified address (::)"
msgstr "未指定地址（::）"

msgid "the value of '{0}'"
msgstr "'{0}' 的值"

msgid "the word after it makes it someone's activity, not a claim"
msgstr "后面的词表明这是某人自己的活动，不是宣称"

msgid "the word before it makes it someone's activity, not a claim"
msgstr "前面的词表明这是某人自己的活动，不是宣称"

msgid "the worker crashed with signal {0}"
msgstr "工作进程因信号 {0} 崩溃"

msgid "the workflow"
msgstr "该工作流"

msgid "the workflow of this run is no longer defined"
msgstr "此流程的工作流已不再定义"

msgid "the workflow waits for a slot but its calendar {0} is not defined"
msgstr "工作流在等待档期，但其内容日历 {0} 没有定义"

msgid "the workflow's guideline packs do not compile (kos validate {0})"
msgstr "该工作流的规则包无法编译（kos validate {0}）"

msgid "the worst hit by a harm, not a claim for the product"
msgstr "说的是受损最重的一方，不是对商品的宣称"

msgid "the writer's own intention, not a claim about the product"
msgstr "是作者本人的打算，不是对商品的宣称"

msgid "the {0} notice about {1}"
msgstr "关于 {1} 的 {0} 通知"

msgid "the {0} payload from {1} fails {2}, which the draft passes: the template drops what the rule needs, so nothing was sent to {3}; fix the template"
msgstr "由 {1} 生成的 {0} 载荷未通过 {2}，而草稿本身能通过：模板丢掉了规则所需的内容，因此没有向 {3} 发送任何内容；请修正模板"

msgid "the 最 before this one is judged with it"
msgstr "前一个「最」已连同这个一起判断"

msgid "there is no file {0}"
msgstr "文件 {0} 不存在"

msgid "this check step has no packs: list them under 'packs' or the workflow's 'guidelines'"
msgstr "此检查步骤没有规则包：请在 'packs' 或工作流的 'guidelines' 中列出"

msgid "this exception expired on {0}; it no longer applies (renew it or remove it)"
msgstr "此例外已于 {0} 到期，不再生效（请续期或删除）"

msgid "this exception expires on {0}, within a month; {1} renews it or lets it lapse"
msgstr "此例外将于 {0} 到期（不足一个月）；由 {1} 续期或任其失效"

msgid "this media link expired at {0}; the gateway gets a fresh one with the next delivery"
msgstr "此媒体链接已于 {0} 过期；网关会在下次投递时获得新链接"

msgid "this media link was not signed by kosd, or was changed"
msgstr "此媒体链接不是 kosd 签发的，或已被改动"

msgid "this step is for reviewers of the associate's own store ({0})"
msgstr "此步骤只能由店员所在门店（{0}）的审核人决定"

msgid "this step is for the groups {0}"
msgstr "此步骤只能由审核组 {0} 决定"

msgid "this step needs the {0} role"
msgstr "此步骤需要 {0} 角色"

msgid "this suppresses '{0}', which is not among the checks applied to this draft; name a rule as pack/rule"
msgstr "此处豁免的 '{0}' 不在本草稿所用的检查之中；请以 pack/rule 的形式写出规则"

msgid "this suppression of {0} suppresses nothing on its line or the next; remove it"
msgstr "对 {0} 的豁免在本行和下一行都没有豁免任何问题；请删除它"

msgid "title"
msgstr "标题"

msgctxt "token"
msgid "active"
msgstr "有效"

msgctxt "token"
msgid "expired"
msgstr "已过期"

msgid "token for {0} ({1}):\nit is shown once and stored only as its SHA-256; hand it over privately.\n"
msgstr "{0} 的令牌（{1}）：\n令牌只显示这一次，且只保存其 SHA-256；请私下交给本人。\n"

msgid "trigger"
msgstr "触发条件"

msgid "true or false"
msgstr "布尔值 true 或 false"

msgid "two accounts on {0}; a post goes out on one account per platform"
msgstr "{0} 上有两个账号；每个平台只能用一个账号发布"

msgid "unexpected character '{0}'"
msgstr "意外的字符 '{0}'"

msgid "unexpected {0}"
msgstr "意外的 {0}"

msgid "unix:{0} and http://{1}, {2} per token"
msgstr "unix:{0} 和 http://{1}，每个令牌 {2}"

msgid "unix:{0}, {1} per token"
msgstr "unix:{0}，每个令牌 {1}"

msgid "unknown claim family '{0}'; use {1}"
msgstr "未知的宣称类别 '{0}'；请使用 {1}"

msgid "unknown column '{0}' (the columns are {1})"
msgstr "未知的列 '{0}'（可用的列为 {1}）"

msgid "unknown escape \\{0}"
msgstr "未知的转义 \\{0}"

msgid "unknown field '{0}'; {1} has {2}"
msgstr "未知字段 '{0}'；{1} 的字段有 {2}"

msgid "unknown flag '{0}' (i, m and s are supported)"
msgstr "未知的标志「{0}」（支持 i、m 和 s）"

msgid "unknown group syntax"
msgstr "未知的分组语法"

msgid "unknown key '{0}' in {1}"
msgstr "{1} 中有未知的键 '{0}'"

msgid "unknown kind '{0}'; use one of {1}"
msgstr "未知的 kind '{0}'；请使用 {1} 之一"

msgid "unknown name '{0}'; conditions read draft.*, creator.*, findings.* and steps.*"
msgstr "未知名称 '{0}'；条件只能读取 draft.*、creator.*、findings.* 和 steps.*"

msgid "unknown platform '{0}'; use {1}"
msgstr "未知平台 '{0}'；可用：{1}"

msgid "unknown property '{0}'; known: {1}"
msgstr "未知的属性「{0}」；已知的有：{1}"

msgid "unknown rule kind '{0}'"
msgstr "未知的规则类型 '{0}'"

msgid "unknown setting '{0}{1}'"
msgstr "未知设置项 '{0}{1}'"

msgid "unknown shorthand '{0}'; use @yearly, @monthly, @weekly, @daily or @hourly"
msgstr "未知的简写 '{0}'；请使用 @yearly、@monthly、@weekly、@daily 或 @hourly"

msgid "unknown time zone '{0}'; use an IANA name such as Asia/Shanghai"
msgstr "未知时区 '{0}'；请使用 IANA 名称，如 Asia/Shanghai"

msgid "unknown token"
msgstr "未知的记号"

msgid "unknown {{% ... }} setting; use {{% CONTENT_TYPE: JSON }}"
msgstr "未知的 {{% ... }} 设置；请使用 {{% CONTENT_TYPE: JSON }}"

msgid "unmatched ')'"
msgstr "多余的「)」"

msgid "unsupported tag '{0}'; only the YAML 1.2 core tags are allowed"
msgstr "不支持的标签 '{0}'；只允许 YAML 1.2 核心标签"

msgid "unterminated string"
msgstr "字符串缺少结束引号"

msgid "use '==' to compare"
msgstr "比较请用 '=='"

msgid "valid_until is not after valid_from"
msgstr "valid_until 不晚于 valid_from"

msgid "video"
msgstr "视频"

msgid "wait step"
msgstr "等待步骤"

msgid "wait until {0}: not a time"
msgstr "等待至 {0}：不是有效的时间"

msgid "waiting"
msgstr "等待中"

msgid "waiting at {0}"
msgstr "正在 {0} 等待"

msgid "waiting for a calendar slot"
msgstr "等待档期"

msgid "waiting for reviewers"
msgstr "等待审核人决定"

msgid "waiting since {0}"
msgstr "自 {0} 起等待"

msgid "waiting until {0}"
msgstr "等待至 {0}"

msgid "warning"
msgstr "警告"

msgid "went out {0} s late, within the catch-up window ({1})"
msgstr "晚了 {0} 秒发出，仍在补发窗口（{1}）内"

msgid "when the receiver is fixed, an admin runs 'kos endpoints enable {0}'"
msgstr "接收方修好后，由管理员运行 'kos endpoints enable {0}'"

msgid "while parsing a block collection"
msgstr "（解析块集合时）"

msgid "while parsing a block mapping"
msgstr "（解析块映射时）"

msgid "while parsing a block node"
msgstr "（解析块节点时）"

msgid "while parsing a flow mapping"
msgstr "（解析流式映射时）"

msgid "while parsing a flow node"
msgstr "（解析流式节点时）"

msgid "while parsing a flow sequence"
msgstr "（解析流式序列时）"

msgid "while parsing a node"
msgstr "（解析节点时）"

msgid "while parsing a tag"
msgstr "（解析标签时）"

msgid "while scanning a block scalar"
msgstr "（扫描块标量时）"

msgid "while scanning a directive"
msgstr "（扫描指令时）"

msgid "while scanning a plain scalar"
msgstr "（扫描普通标量时）"

msgid "while scanning a quoted scalar"
msgstr "（扫描带引号的标量时）"

msgid "while scanning a simple key"
msgstr "（扫描简单键时）"

msgid "while scanning a tag"
msgstr "（扫描标签时）"

msgid "while scanning an alias"
msgstr "（扫描别名时）"

msgid "while scanning an anchor"
msgstr "（扫描锚点时）"

msgid "while scanning for the next token"
msgstr "（扫描下一个记号时）"

msgid "withdrawn"
msgstr "已撤回"

msgid "worker {0} (pid {1}) crashed with signal {2} while running step(s) {3}"
msgstr "工作进程 {0}（pid {1}）在运行步骤 {3} 时因信号 {2} 崩溃"

msgid "worker {0} (pid {1}) exited with status {2}"
msgstr "工作进程 {0}（pid {1}）以状态 {2} 退出"

msgid "worker {0} (pid {1}) was killed by signal {2}"
msgstr "工作进程 {0}（pid {1}）被信号 {2} 终止"

msgid "worker {0} did not finish within {1}; killed"
msgstr "工作进程 {0} 未在 {1} 内完成；已强制终止"

msgid "worker {0} ran step {1} {2}s past its budget; killed and replaced (the step returns to the queue when its lease ends; three strikes park it)"
msgstr "工作进程 {0} 运行步骤 {1} 超出时间预算 {2} 秒；已终止并替换（该步骤在租期结束后回到队列；累计三次将被搁置）"

msgid "workers is a whole number from 1 to 256, not '{0}'"
msgstr "workers 应为 1 到 256 之间的整数，而不是 '{0}'"

msgid "would add {0}, would update {1}, unchanged {2}"
msgstr "将新增 {0}，将更新 {1}，未变 {2}"

msgid "write steps.<step-id>.outcome"
msgstr "请写成 steps.<step-id>.outcome"

msgid "you are not logged in: run `kos login` with the token your admin gave you (they issue one with `kosd token create`), or set KOS_TOKEN"
msgstr "你尚未登录：请用管理员给你的令牌运行 `kos login`（管理员用 `kosd token create` 发放令牌），或设置 KOS_TOKEN"

msgid "you have not read {0} with kos show here: a decision is bound to the revision you read. Run kos show {1} first, or name the revision with --revision N"
msgstr "你尚未在此处用 kos show 阅读 {0}：审批决定与你阅读过的修订版绑定。请先运行 kos show {1}，或用 --revision N 指定修订版"

msgid "{0}  {1} at {2}"
msgstr "{0}  {1}，位于步骤 {2}"

msgid "{0}  {1} at {2} until {3}"
msgstr "{0}  {1}，位于步骤 {2}，直至 {3}"

msgid "{0}  {1} at {2}, deadline {3}"
msgstr "{0}  {1}，位于步骤 {2}，截止 {3}"

msgid "{0}  {1} at {2}, waiting for {3}"
msgstr "{0}  {1}，位于步骤 {2}，等待 {3}"

msgid "{0}  {1} at {2}, waiting for {3} until {4}"
msgstr "{0}  {1}，位于步骤 {2}，等待 {3}，直至 {4}"

msgid "{0}  {1} at {2}, waiting for {3}, deadline {4}"
msgstr "{0}  {1}，位于步骤 {2}，等待 {3}，截止 {4}"

msgid "{0}  {1} to {2} · draft {3} · run {4} · {5} attempt"
msgid_plural "{0}  {1} to {2} · draft {3} · run {4} · {5} attempts"
msgstr[0] "{0}  {1} → {2} · 草稿 {3} · 流程 {4} · 尝试 {5} 次"

msgid "{0}  {1} until {2}"
msgstr "{0}  {1}，直至 {2}"

msgid "{0}  {1}, deadline {2}"
msgstr "{0}  {1}，截止 {2}"

msgid "{0}  {1}, waiting for {2}"
msgstr "{0}  {1}，等待 {2}"

msgid "{0}  {1}, waiting for {2} until {3}"
msgstr "{0}  {1}，等待 {2}，直至 {3}"

msgid "{0}  {1}, waiting for {2}, deadline {3}"
msgstr "{0}  {1}，等待 {2}，截止 {3}"

msgid "{0} '{1}' is defined twice (first at {2})"
msgstr "{0} '{1}' 定义了两次（第一次在 {2}）"

msgid "{0} '{1}' is not a local time on {2} (2026-11-01T00:00)"
msgstr "{0} '{1}' 不是 {2} 时区的本地时间（应如 2026-11-01T00:00）"

msgid "{0} (at character {1} of the pattern)"
msgstr "{0}（位于模式的第 {1} 个字符）"

msgid "{0} (late_approval: expire)"
msgstr "{0}（late_approval: expire）"

msgid "{0} (socket-activated, fd {1})"
msgstr "{0}（套接字激活，fd {1}）"

msgid "{0} ({1} found, at least {2})"
msgstr "{0}（发现 {1} 个，至少 {2} 个）"

msgid "{0} ({1} found, at most {2})"
msgstr "{0}（发现 {1} 个，最多 {2} 个）"

msgid "{0} ({1} of {2})"
msgstr "{0}（{1}/{2}）"

msgid "{0} ({1}) from {2} to {3}, for {4}"
msgstr "{0}（{1}）{2} 至 {3}，店员：{4}"

msgid "{0} ({1}): {2} to {3}"
msgstr "{0}（{1}）：{2} 至 {3}"

msgid "{0} ({1}: {2} characters (weighted), at least {3})"
msgstr "{0}（{1}：{2} 个字符（加权计），至少 {3} 个）"

msgid "{0} ({1}: {2} characters (weighted), at most {3})"
msgstr "{0}（{1}：{2} 个字符（加权计），最多 {3} 个）"

msgid "{0} ({1}: {2} characters, at least {3})"
msgstr "{0}（{1}：{2} 个字符，至少 {3} 个）"

msgid "{0} ({1}: {2} characters, at most {3})"
msgstr "{0}（{1}：{2} 个字符，最多 {3} 个）"

msgid "{0} Default: {1}."
msgstr "{0}默认值：{1}。"

msgid "{0} agency"
msgid_plural "{0} agencies"
msgstr[0] "{0} 家机构"

msgid "{0} and {1}"
msgstr "{0} 和 {1}"

msgid "{0} and {1} more"
msgstr "{0} 等，另有 {1} 项"

msgid "{0} answered with a redirect ({1}); redirects are not followed"
msgstr "{0} 返回了重定向（{1}）；不会跟随重定向"

msgid "{0} approved ({1})"
msgstr "{0} 已批准（{1}）"

msgid "{0} approved ({1}): {2}"
msgstr "{0} 已批准（{1}）：{2}"

msgid "{0} at byte {1}: the file must be UTF-8"
msgstr "{0}，位于第 {1} 字节：文件必须是 UTF-8 编码"

msgid "{0} at {1}"
msgstr "{0}（{1}）"

msgid "{0} calendar"
msgid_plural "{0} calendars"
msgstr[0] "{0} 个内容日历"

msgid "{0} cannot be read"
msgstr "无法读取 {0}"

msgid "{0} cannot be read: {1}"
msgstr "无法读取 {0}：{1}"

msgid "{0} cannot be their own manager"
msgstr "{0} 不能是自己的上级"

msgid "{0} cannot delegate to themselves"
msgstr "{0} 不能指定自己为代理人"

msgid "{0} cannot succeed themselves"
msgstr "{0} 不能指定自己为接任人"

msgid "{0} carries a QR code leading to 「{1}」: a personal WeChat or shop QR code may not appear in a note"
msgstr "{0} 中有一个指向「{1}」的二维码：笔记中不得出现个人微信或店铺的二维码"

msgid "{0} carries a barcode ({1}) reading 「{2}」: a receipt's or an order's code identifies a client's purchase"
msgstr "{0} 中有一个条形码（{1}），内容为「{2}」：小票或订单上的码能识别出客人的购买记录"

msgid "{0} cells where the header names {1} (a comma inside a cell needs quotes)"
msgstr "这一行有 {0} 个单元格，而表头只有 {1} 列（单元格里的逗号需要加引号）"

msgid "{0} configuration error(s)"
msgstr "{0} 个配置错误"

msgid "{0} could not be told after {1} attempts: {2}"
msgstr "尝试 {1} 次后仍未能通知 {0}：{2}"

msgid "{0} could not start: {1}"
msgstr "{0} 无法启动：{1}"

msgid "{0} day"
msgid_plural "{0} days"
msgstr[0] "{0} 天"

msgid "{0} decides no approvals; nothing to delegate"
msgstr "{0} 不决定任何审批；无需指定代理人"

msgid "{0} definition"
msgid_plural "{0} definitions"
msgstr[0] "{0} 项定义"

msgid "{0} did not accept the delivery after {1} attempts"
msgstr "尝试 {1} 次后，{0} 仍未接受投递"

msgid "{0} did not finish within {1}"
msgstr "{0} 未在 {1} 内完成"

msgid "{0} did not take {1} (attempt {2}): {3}"
msgstr "{0} 未接受{1}（第 {2} 次尝试）：{3}"

msgid "{0} does not define the workflow '{1}'"
msgstr "{0} 中没有定义工作流 '{1}'"

msgid "{0} does not exist"
msgstr "{0} 不存在"

msgid "{0} draft"
msgid_plural "{0} drafts"
msgstr[0] "{0} 篇草稿"

msgid "{0} draft submitted from {1} to {2}"
msgid_plural "{0} drafts submitted from {1} to {2}"
msgstr[0] "{1} 至 {2} 共提交 {0} 篇草稿"

msgid "{0} drafts"
msgstr "共 {0} 篇草稿"

msgid "{0} drafts checked: {1} would become blocked, {2} would be cleared"
msgstr "已检查 {0} 篇草稿：{1} 篇将被拦截，{2} 篇将解除拦截"

msgid "{0} drafts submitted from {1} to {2}"
msgstr "{1} 至 {2} 期间共提交 {0} 篇草稿"

msgid "{0} endpoint"
msgid_plural "{0} endpoints"
msgstr[0] "{0} 个端点"

msgid "{0} error"
msgid_plural "{0} errors"
msgstr[0] "{0} 个错误"

msgid "{0} error(s) in {1}"
msgstr "{1} 中有 {0} 个错误"

msgid "{0} exited with status {1}"
msgstr "{0} 以状态 {1} 退出"

msgid "{0} expired at {1}"
msgstr "{0} 已于 {1} 过期"

msgid "{0} file"
msgid_plural "{0} files"
msgstr[0] "{0} 个文件"

msgid "{0} finding"
msgid_plural "{0} findings"
msgstr[0] "{0} 个问题"

msgid "{0} finding(s) must be fixed; revise the draft"
msgstr "有 {0} 个问题必须修正；请修订草稿"

msgid "{0} guideline pack"
msgid_plural "{0} guideline packs"
msgstr[0] "{0} 个规则包"

msgid "{0} h"
msgstr "{0} 小时"

msgid "{0} hands over approved posts waiting to go out to {1}"
msgstr "{0} 将已批准、等待发出的帖子交接给 {1}"

msgid "{0} hands over posts in checks or review to {1}"
msgstr "{0} 将处于检查或审核中的帖子交接给 {1}"

msgid "{0} happens twice (clocks go back, {1}); the slot fires once, at the first"
msgstr "{0} 会出现两次（时钟回拨，{1}）；档期只触发一次，在第一次时"

msgid "{0} has errors (kos validate {1} shows them)"
msgstr "{0} 有错误（kos validate {1} 会列出）"

msgid "{0} has left the program; a returning associate comes back under a new id"
msgstr "{0} 已离开本项目；重新加入的店员须使用新的 id"

msgid "{0} has no 'alert' endpoint; its owners see it in 'kos endpoints'"
msgstr "{0} 没有 'alert' 端点；其负责人可在 'kos endpoints' 中看到"

msgid "{0} has rejected this revision at {1}: it does not go on until it is revised"
msgstr "{0} 已在 {1} 驳回此修订版：修订之前不会继续"

msgid "{0} in {1}"
msgstr "{1} 内 {0} 篇"

msgid "{0} in {1} ({2}, {3}: {4})"
msgstr "{1}中有 {0}（{2}，{3}：{4}）"

msgid "{0} is a claim wherever it appears"
msgstr "「{0}」无论出现在哪里都是宣称"

msgid "{0} is already published; submit a new draft for a correction"
msgstr "{0} 已发布；如需更正，请提交新草稿"

msgid "{0} is already published; take it down on the platform"
msgstr "{0} 已发布；请在平台上将其下架"

msgid "{0} is approved; next: {1}, decided by {2}"
msgstr "{0} 已批准；下一步：{1}，由 {2} 决定"

msgid "{0} is at revision {1} (content {2}…) now, not the revision {3} you decided on; nothing was recorded. Read it again (kos show {4}) and decide on what you read"
msgstr "{0} 现在是修订版 {1}（内容 {2}…），不是你做出决定的修订版 {3}；本次未记录任何决定。请重新阅读（kos show {4}），并就你读到的内容做出决定"

msgid "{0} is at revision {1} now, not revision {2}; nothing was changed"
msgstr "{0} 现在是修订版 {1}，不是修订版 {2}；没有做任何更改"

msgid "{0} is at revision {1} now, not revision {2}; nothing was sent. Read it with kos show {3}"
msgstr "{0} 当前是修订版 {1}，而不是修订版 {2}；未发送任何内容。请用 kos show {3} 阅读"

msgid "{0} is away until {1}; {2} decides on their behalf"
msgstr "{0} 外出至 {1}；由 {2} 代为审批"

msgid "{0} is back and decides their own queue"
msgstr "{0} 已返回，自行处理其待审队列"

msgid "{0} is disabled ({1}); an admin enables it with 'kos endpoints enable {2}'"
msgstr "{0} 已停用（{1}）；管理员可用 'kos endpoints enable {2}' 启用"

msgid "{0} is given twice"
msgstr "{0} 出现了两次"

msgid "{0} is missing required key '{1}'"
msgstr "{0} 缺少必需的键 '{1}'"

msgid "{0} is no longer defined; {1} was not sent"
msgstr "{0} 已不再定义；{1}未发送"

msgid "{0} is not a version of the kit in the library (its version now is {1})"
msgstr "{0} 不是素材库中该素材包的版本（当前版本为 {1}）"

msgid "{0} is not supported: slots are to the minute; use BYHOUR and BYMINUTE"
msgstr "不支持 {0}：档期精确到分钟；请使用 BYHOUR 和 BYMINUTE"

msgid "{0} is not supported; use FREQ, INTERVAL, BYDAY, BYMONTHDAY, BYMONTH, BYYEARDAY, BYWEEKNO, BYHOUR, BYMINUTE, BYSETPOS, COUNT, UNTIL, WKST"
msgstr "不支持 {0}；请使用 FREQ、INTERVAL、BYDAY、BYMONTHDAY、BYMONTH、BYYEARDAY、BYWEEKNO、BYHOUR、BYMINUTE、BYSETPOS、COUNT、UNTIL、WKST"

msgid "{0} is yours; segregation of duties needs another reviewer"
msgstr "{0} 是你自己的草稿；按职责分离要求，须由另一位审核人决定"

msgid "{0} is {1}"
msgstr "{0} 当前状态：{1}"

msgid "{0} is {1}; only dead letters are replayed"
msgstr "{0} 的状态为 {1}；只有死信才能重发"

msgid "{0} kit"
msgid_plural "{0} kits"
msgstr[0] "{0} 个素材包"

msgid "{0} leaves the program at {1}; successor {2}"
msgstr "{0} 将于 {1} 离开项目；接任人：{2}"

msgid "{0} left the program at {1}; successor {2}"
msgstr "{0} 已于 {1} 离开项目；接任人：{2}"

msgid "{0} left the program on {1}"
msgstr "{0} 已于 {1} 离开项目"

msgid "{0} left the program on {1} with no successor to take it over"
msgstr "{0} 已于 {1} 离开项目，且没有接任人接手"

msgid "{0} left the program on {1}; it goes out on their own account {2}, which leaves with them"
msgstr "{0} 已于 {1} 离开项目；此帖要发布在其个人账号 {2} 上，而该账号随本人一起离开"

msgid "{0} left the program on {1}; nothing is published for them from then on"
msgstr "{0} 已于 {1} 离开项目；此后不再为其发布任何内容"

msgid "{0} left the program on {1}; {2} cancels their approved posts waiting to go out"
msgstr "{0} 已于 {1} 离开项目；{2} 会取消其已批准、等待发出的帖子"

msgid "{0} left the program on {1}; {2} cancels their posts in checks or review"
msgstr "{0} 已于 {1} 离开项目；{2} 会取消其处于检查或审核中的帖子"

msgid "{0} looks like a secret written inline; store it in a file or credential and write file:/path, env:NAME or credential:NAME (rotate this secret: it is in the file)"
msgstr "{0} 看起来是直接写在文件里的密钥；请把它存到文件或凭据中，并写成 file:/path、env:NAME 或 credential:NAME（请轮换这个密钥：它已经出现在文件里）"

msgid "{0} may be used from {1}"
msgstr "{0} 从 {1} 起才能使用"

msgid "{0} min"
msgstr "{0} 分钟"

msgid "{0} mistake in the staff directory"
msgid_plural "{0} mistakes in the staff directory"
msgstr[0] "员工名录中有 {0} 处错误"

msgid "{0} mistake; nothing was imported"
msgid_plural "{0} mistakes; nothing was imported"
msgstr[0] "有 {0} 处错误；未导入任何内容"

msgid "{0} must be a list, not {1}"
msgstr "{0} 必须是列表，而不是{1}"

msgid "{0} must be a mapping, not {1}"
msgstr "{0} 必须是映射，而不是{1}"

msgid "{0} must be an integer, not {1}"
msgstr "{0} 必须是整数，而不是{1}"

msgid "{0} must be at least {1}, not {2}"
msgstr "{0} 至少应为 {1}，而不是 {2}"

msgid "{0} must be at most {1}, not {2}"
msgstr "{0} 至多应为 {1}，而不是 {2}"

msgid "{0} must be file:/path, env:NAME or credential:NAME"
msgstr "{0} 必须是 file:/path、env:NAME 或 credential:NAME"

msgid "{0} must be true or false, not {1}"
msgstr "{0} 必须是 true 或 false，而不是{1}"

msgid "{0} must be true or false, not {1} ('{2}' is a string in YAML 1.2: write true or false)"
msgstr "{0} 必须是 true 或 false，而不是{1}（在 YAML 1.2 中 '{2}' 是字符串：请写 true 或 false）"

msgid "{0} must be {1}, not {2}"
msgstr "{0} 必须是{1}，而不是{2}"

msgid "{0} must be {1}, not {2}; write \"{3}\" in quotes to make it a string"
msgstr "{0} 必须是{1}，而不是{2}；如要写成字符串，请加上引号：\"{3}\""

msgid "{0} needs at least {1} item"
msgid_plural "{0} needs at least {1} items"
msgstr[0] "{0} 至少需要 {1} 项"

msgid "{0} needs the account this goes out on for {1} (accounts: [{2}:…])"
msgstr "{0} 需要注明在 {1} 上发布所用的账号（accounts: [{2}:…]）"

msgid "{0} needs the company-owned account this goes out on for {1} (accounts: [{2}:…])"
msgstr "{0} 需要注明在 {1} 上发布所用的公司自有账号（accounts: [{2}:…]）"

msgid "{0} needs the platform's commercial-cooperation order (蒲公英 for Xiaohongshu, 星图 for Douyin) in cooperation.order"
msgstr "{0} 需要在 cooperation.order 中填写平台的商业合作订单（小红书为蒲公英，抖音为星图）"

msgid "{0} of the last {1} attempts failed"
msgstr "最近 {1} 次尝试中有 {0} 次失败"

msgid "{0} of {1}"
msgstr "{1}中的 {0} 位"

msgid "{0} of {1} ({2})"
msgstr "{0}（{1}，{2}）"

msgid "{0} of {1} approval"
msgid_plural "{0} of {1} approvals"
msgstr[0] "已获 {0}/{1} 个批准"

msgid "{0} of {1} approvals at {2}: waiting for {3} more from {4}"
msgstr "{2} 已获 {0}/{1} 个批准：还需等待 {4} 再批准 {3} 个"

msgid "{0} of {1} workers are running"
msgstr "{1} 个工作进程中有 {0} 个在运行"

msgid "{0} on behalf of {1} (away): {2}"
msgstr "{0} 代 {1}（外出）决定：{2}"

msgid "{0} or {1}"
msgstr "{0} 或 {1}"

msgid "{0} posted, {1} booked of {2}"
msgstr "已发布 {0}，已预订 {1}，上限 {2}"

msgid "{0} publishes only on company-owned accounts; {1} is your own"
msgstr "{0} 只在公司自有账号上发布；{1} 是你的个人账号"

msgid "{0} refused the delivery ({1})"
msgstr "{0} 拒绝了投递（{1}）"

msgid "{0} refused the delivery ({1}): {2}"
msgstr "{0} 拒绝了投递（{1}）：{2}"

msgid "{0} rejected ({1})"
msgstr "{0} 已驳回（{1}）"

msgid "{0} rejected ({1}): {2}"
msgstr "{0} 已驳回（{1}）：{2}"

msgid "{0} revision {1} is the suggested rewording: {2}"
msgstr "{0} 修订版 {1} 即为建议的改写：{2}"

msgid "{0} revision {1}: {2}; earlier approvals no longer count"
msgstr "{0} 修订版 {1}：{2}；之前的批准不再有效"

msgid "{0} rows; a staff directory is at most {1} rows"
msgstr "共 {0} 行；员工名录最多 {1} 行"

msgid "{0} says it is gone (410)"
msgstr "{0} 表示该端点已不存在（410）"

msgid "{0} slot"
msgid_plural "{0} slots"
msgstr[0] "{0} 个档期"

msgid "{0} step(s) were taken over by another worker; their results were discarded"
msgstr "{0} 个步骤已被另一个工作进程接手；其结果已丢弃"

msgid "{0} store"
msgid_plural "{0} stores"
msgstr[0] "{0} 家门店"

msgid "{0} suggestion"
msgid_plural "{0} suggestions"
msgstr[0] "{0} 条建议"

msgid "{0} suggests a rewording"
msgstr "{0} 建议了一种改写"

msgid "{0} suggests this rewording ({1}):"
msgstr "{0} 建议这样改写（{1}）："

msgid "{0} takes at most {1}; waiting for a free send"
msgstr "{0} 最多接受 {1}；正在等待空闲的发送配额"

msgid "{0} took {1}"
msgstr "{0} 已接受{1}"

msgid "{0} until {1}"
msgstr "{0}，直至 {1}"

msgid "{0} value '{1}' is out of range"
msgstr "{0} 的值 '{1}' 超出范围"

msgid "{0} warning"
msgid_plural "{0} warnings"
msgstr[0] "{0} 个警告"

msgid "{0} was killed by signal {1}"
msgstr "{0} 被信号 {1} 终止"

msgid "{0} was not wholly checked: {1}; a reviewer looks at it themselves"
msgstr "{0} 未能完整检查：{1}；需由审核人亲自查看"

msgid "{0} was told that {1} (owner {2}) is disabled"
msgstr "已通知 {0}：{1}（负责人 {2}）已停用"

msgid "{0} was told that {1} is disabled"
msgstr "已通知 {0}：{1} 已停用"

msgid "{0} was withdrawn"
msgstr "{0} 已被撤回"

msgid "{0} was withdrawn; submit a new draft"
msgstr "{0} 已撤回；请提交新草稿"

msgid "{0} workflow"
msgid_plural "{0} workflows"
msgstr[0] "{0} 个工作流"

msgid "{0} works with the brand under {1}, not {2}"
msgstr "{0} 与品牌方的合作方式为 {1}，不是 {2}"

msgid "{0} {1} at {2}"
msgstr "{0} {1}，{2} 发出"

msgid "{0} {1} is not part of the API"
msgstr "{0} {1} 不属于本 API"

msgid "{0} {1} started at {2}:{3}"
msgstr "{0}{1}，该结构始于 {2}:{3}"

msgid "{0} {1}: not a date such as 2026-12-01, a local date-time such as 2026-12-01T20:00, or RFC 3339"
msgstr "{0} {1}：不是日期（如 2026-12-01）、本地日期时间（如 2026-12-01T20:00）或 RFC 3339 时间"

msgid "{0}'s own account leaves with them"
msgstr "{0} 的个人账号随本人一起离开"

msgid "{0}'s post on their own account {1}: take-down asked of {2}"
msgstr "{0} 在其个人账号 {1} 上的帖子：已请 {2} 下架"

msgid "{0}, batch {1}, lease {2}, drain {3}"
msgstr "{0} 个，批量 {1}，租期 {2}，排空 {3}"

msgid "{0}, reports to {1}"
msgstr "{0}，上级：{1}"

msgid "{0}, {1} post would go out, {2} skipped"
msgid_plural "{0}, {1} posts would go out, {2} skipped"
msgstr[0] "{0}，将发出 {1} 篇帖子，跳过 {2} 篇"

msgid "{0}, {1}, {2} in {3}"
msgstr "{3}中共有 {0}、{1}、{2}"

msgid "{0}: a tier is for an agency's creators"
msgstr "{0}：只有机构的创作者才有 tier"

msgid "{0}: account '{1}' must say whose it is: 'platform:handle (company)' or '(employee)'"
msgstr "{0}：账号 '{1}' 必须注明归属：'platform:handle (company)' 或 '(employee)'"

msgid "{0}: account {1} is already {2}'s (line {3}); an account has one operator"
msgstr "{0}：账号 {1} 已属于 {2}（第 {3} 行）；一个账号只能有一个运营人"

msgid "{0}: account {1} is operated by {2}; hand it over by naming it on {3}'s row too, or offboard {4}"
msgstr "{0}：账号 {1} 由 {2} 运营；如要交接，请同时在 {3} 那一行写上它，或为 {4} 办理离职交接"

msgid "{0}: agency '{1}' is not an agency id"
msgstr "{0}：'{1}' 不是机构 id"

msgid "{0}: an agency's creator has a tier: kol or koc"
msgstr "{0}：机构的创作者须有 tier：kol 或 koc"

msgid "{0}: an agency's people are creators or reviewers (its account managers), never admins"
msgstr "{0}：机构的人员只能是创作者或审核人（机构的客户经理），不能是管理员"

msgid "{0}: audit entry {1} does not fit the chain"
msgstr "{0}：审计条目 {1} 与审计链不符"

msgid "{0}: audit entry {1} {2}"
msgstr "{0}：审计条目 {1}：{2}"

msgid "{0}: its run {1} is {2} and went past this step; only a delivery its run failed at is replayed"
msgstr "{0}：其流程 {1} 的状态为 {2}，且已越过此步骤；只有流程恰好失败在该处的投递才能重发"

msgid "{0}: manager '{1}' is not an id"
msgstr "{0}：上级 '{1}' 不是有效的 id"

msgid "{0}: manager {1} is neither in this file nor in the directory"
msgstr "{0}：上级 {1} 既不在此文件中，也不在员工名录中"

msgid "{0}: media '{1}' cannot be read"
msgstr "{0}：无法读取媒体文件 '{1}'"

msgid "{0}: media '{1}' is not a regular file"
msgstr "{0}：媒体文件 '{1}' 不是普通文件"

msgid "{0}: media '{1}' is not found (looked for {2}); fix the path in 'media:' or add the file"
msgstr "{0}：找不到媒体文件 '{1}'（查找位置：{2}）；请修正 'media:' 中的路径，或添加该文件"

msgid "{0}: media '{1}' is outside the draft's folder (it leads to {2}); keep a post's pictures beside it, or pass --allow-media-outside"
msgstr "{0}：媒体文件 '{1}' 位于草稿文件夹之外（指向 {2}）；请把帖子的图片放在草稿旁边，或使用 --allow-media-outside"

msgid "{0}: not UTF-8 text"
msgstr "{0}：不是 UTF-8 文本"

msgid "{0}: per associate, at most {1} in {2}"
msgstr "{0}：每位店员 {2} 内最多 {1} 篇"

msgid "{0}: per store, at most {1} in {2}"
msgstr "{0}：每家门店 {2} 内最多 {1} 篇"

msgid "{0}: read all of it."
msgstr "{0}：请通读全文。"

msgid "{0}: role '{1}' is not one of {2}"
msgstr "{0}：角色 '{1}' 不是 {2} 之一"

msgid "{0}: sent again after {1} attempt; run {2} resumes at step {3}"
msgid_plural "{0}: sent again after {1} attempts; run {2} resumes at step {3}"
msgstr[0] "{0}：在 {1} 次尝试后重新发送；流程 {2} 从步骤 {3} 继续"

msgid "{0}: store '{1}' is not a store code (e.g. SH-IFC)"
msgstr "{0}：'{1}' 不是门店代码（例如 SH-IFC）"

msgid "{0}: the audit chain of {1} entries is intact"
msgstr "{0}：审计链完整，共 {1} 条记录"

msgid "{0}: the media add up to more than 12 MiB; the API takes 16 MiB per request"
msgstr "{0}：媒体文件合计超过 12 MiB；API 每个请求最多接受 16 MiB"

msgid "{0}: tier '{1}' is not kol or koc"
msgstr "{0}：tier '{1}' 不是 kol 或 koc"

msgid "{0}: unknown agency {1} (no kind: Agency is defined)"
msgstr "{0}：未知机构 {1}（尚未定义任何 kind: Agency）"

msgid "{0}: unknown agency {1} (the agencies are {2})"
msgstr "{0}：未知机构 {1}（现有机构为 {2}）"

msgid "{0}: unknown store {1} (the stores are {2})"
msgstr "{0}：未知门店 {1}（现有门店为 {2}）"

msgid "{0}: {1}"
msgstr "{0}：{1}"

msgid "{0}: {1} checked, nothing found"
msgstr "{0}：已检查 {1}，未发现问题"

msgid "{0}: {1} workflows in {2} files"
msgstr "{0}：{2} 个文件中共 {1} 个工作流"

msgid "{0}: {1}, {2}: {3}"
msgstr "{0}：{1}，{2}：{3}"

msgid "{0}; did you mean '{1}'?"
msgstr "{0}；是不是想写 '{1}'？"

msgid "{0}; goes out now (late_approval: publish-now)"
msgstr "{0}；现在发出（late_approval: publish-now）"

msgid "{0}; moved to the next free slot"
msgstr "{0}；已改到下一个空闲档期"

msgid "{0}; moved to the next free slot (late_approval: next-slot)"
msgstr "{0}；已改到下一个空闲档期（late_approval: next-slot）"

msgid "{0}; now is inside a blackout or an embargo, so it takes the next free slot"
msgstr "{0}；现在处于静默期或禁发期，因此改用下一个空闲档期"

msgid "{0}; passed over {1}"
msgstr "{0}；跳过了 {1}"

msgid "{0}; steps wait until the store can write"
msgstr "{0}；步骤将等待数据存储恢复写入"

msgid "{0}–{1} of {2} drafts, waiting longest first."
msgstr "第 {0}–{1} 篇，共 {2} 篇草稿，等待最久的排在最前。"

msgid "{0}唯一… is one person's only one, not a claim"
msgstr "「{0}唯一……」说的是个人唯一的经历，不是宣称"

msgid "{0}百分之百… is a person's own certainty, not a promise for the product"
msgstr "「{0}百分之百……」是个人的确定，不是对商品的承诺"

msgid "…以来的最{0}{1} is a statistic's record, not a claim"
msgstr "「……以来的最{0}{1}」是统计数据的纪录，不是宣称"

msgid "← Earlier"
msgstr "← 上一页"

msgid "以…为最… ranks items of a statistic, not a claim"
msgstr "「以……为最……」是统计项目的排序，不是宣称"

msgid "做到最好 is an aspiration, not a claim"
msgstr "「做到最好」是一种追求，不是宣称"

msgid "到最{0} turns a setting to its end, not a claim"
msgstr "「到最{0}」是把设置调到头，不是宣称"

msgid "合适的才是最好的 is a saying about choosing, not a claim for the product"
msgstr "「合适的才是最好的」是关于怎么选择的俗话，不是对产品的宣称"

msgid "哪怕是最… concedes, it does not claim"
msgstr "「哪怕是最……」是让步，不是宣称"

msgid "唯一 + {0} describes how many there are"
msgstr "「唯一」加「{0}」描述的是数量"

msgid "唯一 here describes the only one at hand, not a claim that nothing else compares"
msgstr "此处「唯一」描述眼前仅有的一个，不是宣称无可比拟"

msgid "唯一 within a market claims there is nothing else like it"
msgstr "在某一市场范围内称「唯一」，宣称别无同类"

msgid "唯一 … {0} claims nothing else can"
msgstr "「唯一……{0}」宣称别的都做不到"

msgid "唯一 … {0} names the only thing worth saying, not a claim"
msgstr "「唯一……{0}」说的是唯一值得一提之处，不是宣称"

msgid "唯一 … 的{0} describes a person, not the product"
msgstr "「唯一……的{0}」描述的是人，不是商品"

msgid "唯一{0} claims a sole designation or choice"
msgstr "「唯一{0}」宣称独家指定或唯一选择"

msgid "唯一{0} names the only downside, not a claim"
msgstr "「唯一{0}」说的是唯一的不足，不是宣称"

msgid "唯一最… is judged by the superlative after it"
msgstr "「唯一最……」由其后的最高级用语判断"

msgid "如果… 最好了 is a wish, not a claim"
msgstr "「如果……最好了」是愿望，不是宣称"

msgid "对我最… is scoped to the writer, not a claim about the product"
msgstr "「对我最……」限于作者本人，不是对商品的宣称"

msgid "小红书 Xiaohongshu note"
msgstr "小红书笔记"

msgid "微博 Weibo post"
msgstr "微博博文"

msgid "抖音 Douyin caption"
msgstr "抖音文案"

msgid "最 is not followed by a quality"
msgstr "「最」后面没有表示性质的词"

msgid "最{0} + {1} is a size in stock, not a claim"
msgstr "「最{0}」加「{1}」是库存尺码，不是宣称"

msgid "最{0} + {1} states a limit or a measure"
msgstr "「最{0}」加「{1}」表示限量或度量"

msgid "最{0} claims the most"
msgstr "「最{0}」宣称程度最高"

msgid "最{0} claims the most advanced"
msgstr "「最{0}」宣称最先进"

msgid "最{0} is a claim of quality"
msgstr "「最{0}」是对品质的宣称"

msgid "最{0} is a complaint or a hedge, not a claim for the product"
msgstr "「最{0}」是抱怨或保留的说法，不是对产品的宣称"

msgid "最{0} is a time or a position, not a claim"
msgstr "「最{0}」表示时间或位置，不是宣称"

msgid "最{0} is a worry or a complaint, not a claim for the product"
msgstr "「最{0}」是担忧或抱怨，不是对产品的宣称"

msgid "最{0} is the name of a prize, not a claim"
msgstr "「最{0}」是奖项的名称，不是宣称"

msgid "最{0} is the writer's own feeling, not a claim about the product"
msgstr "「最{0}」是作者自己的感受，不是对产品的宣称"

msgid "最{0} names an institution, an office or a programme"
msgstr "「最{0}」是机构、职务或项目的名称"

msgid "最{0} opens a statement about something else"
msgstr "「最{0}」引出的是关于别的事情的陈述"

msgid "最{0} … {1} ranks a harm or a hardship, not the product"
msgstr "「最{0}……{1}」排的是损害或困难，不是商品"

msgid "最{0} … {1} ranks one aspect of an experience, not the product"
msgstr "「最{0}……{1}」评的是体验的某一方面，不是产品"

msgid "最{0} … {1} states a limit"
msgstr "「最{0}……{1}」表示上限或下限"

msgid "最{0}{1} + a number is a measured quantity, not a claim"
msgstr "「最{0}{1}」加数字是可测量的量，不是宣称"

msgid "最{0}{1} is a measured quantity, not a claim"
msgstr "「最{0}{1}」是可测量的量，不是宣称"

msgid "最{0}{1} names a place or position"
msgstr "「最{0}{1}」指的是地点或位置"

msgid "最{0}的{1} describes a person, not the product"
msgstr "「最{0}的{1}」描述的是人，不是商品"

msgid "最{0}的{1} is what people are concerned about, not a claim"
msgstr "「最{0}的{1}」说的是人们关心的事，不是宣称"

msgid "最{0}的{1} names a period on record, not a product"
msgstr "「最{0}的{1}」指有记录的一段时期，不是商品"

msgid "最{0}的{1} names a place or position"
msgstr "「最{0}的{1}」指位置或场所"

msgid "最{0}的{1} ranks something abstract, not a product"
msgstr "「最{0}的{1}」排的是抽象事物，不是商品"

msgid "最{0}的是… names one part of what is described, not the product against others"
msgstr "「最{0}的是……」点出所描述对象的某一部分，不是拿商品与他人比较"

msgid "最好 + {0} reads \"had better\""
msgstr "「最好」加「{0}」是建议用法，意为「应当」"

msgid "最好 claims the best"
msgstr "「最好」宣称最好"

msgid "最好{0} + {1}… reads \"had better\""
msgstr "「最好{0}」加「{1}……」意为“最好（做某事）”"

msgid "最好{0} claims the best"
msgstr "「最好{0}」宣称最好"

msgid "最好用 + {0}… reads \"had better use\""
msgstr "「最好用」加「{0}……」意为“最好使用”"

msgid "最好的 claims the best"
msgstr "「最好的」宣称最好"

msgid "最好的{0} names a way, a friend or a record, not the product"
msgstr "「最好的{0}」指的是办法、朋友或成绩，不是产品"

msgid "最新 is the latest, a date"
msgstr "「最新」指最近的时间，是日期"

msgid "百分之百{0} is the writer's own certainty, not a promise"
msgstr "「百分之百{0}」是作者本人的确定，不是承诺"

msgid "第一 + {0} counts or times something"
msgstr "「第一」加「{0}」是计数或表示时间"

msgid "第一 opens an enumeration"
msgstr "「第一」开启了一个列举"

msgid "第一 standing alone claims first place"
msgstr "单独出现的「第一」宣称排名第一"

msgid "第一{0} claims first place"
msgstr "「第一{0}」宣称排名第一"

msgid "第一{0} is a rank"
msgstr "「第一{0}」是排名"

msgid "第一{0} is a title or a name"
msgstr "「第一{0}」是称谓或名称"

msgid "第一{0} is part of a number"
msgstr "「第一{0}」是数字的一部分"

msgid "第一、{0} lists positions"
msgstr "「第一、{0}」是在列举序号"

msgid "绝对 claims an absolute"
msgstr "「绝对」宣称绝对化"

msgid "绝对 is denied, not claimed"
msgstr "「绝对」被否定，不是宣称"

msgid "绝对 … {0} is a complaint, not a claim for the product"
msgstr "「绝对……{0}」是抱怨，不是对商品的宣称"

msgid "绝对{0} denies something, not a claim"
msgstr "「绝对{0}」是否定，不是宣称"

msgid "绝对{0} says something cannot be done, not a claim"
msgstr "「绝对{0}」说的是做不到，不是宣称"

msgid "绝对{0} states an obligation, not a claim"
msgstr "「绝对{0}」表示必须做的事，不是宣称"

msgid "视频号 WeChat Channels post"
msgstr "视频号动态"
"""#),
    ]
}
