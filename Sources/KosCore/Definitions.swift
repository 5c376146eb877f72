/// Where a definition came from, so later errors can point at it.
public struct SourceRef: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var location: SourceLocation

    public init(file: String, location: SourceLocation) {
        self.file = file
        self.location = location
    }

    public var description: String { "\(file):\(location)" }
}

/// The platforms KOS content is published to.
public enum Platform: String, Hashable, Sendable, CaseIterable, Codable {
    case xiaohongshu, douyin, wechatChannels = "wechat-channels", weibo, kuaishou, bilibili, taobaoLive = "taobao-live"
}

/// Severity of a guideline finding: `error` blocks, `warning` needs a reviewer's acknowledgment, `suggestion` informs.
public enum FindingLevel: String, Hashable, Sendable, CaseIterable, Codable, Comparable {
    case suggestion, warning, error

    private var rank: Int {
        switch self {
        case .suggestion: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: FindingLevel, rhs: FindingLevel) -> Bool { lhs.rank < rhs.rank }
}

/// A workflow: what happens to a submitted draft, step by step.
public struct Workflow: Hashable, Sendable {
    public var id: String
    public var description: String
    public var platforms: [Platform]
    public var calendar: String?
    public var guidelines: [String]
    public var steps: [Step]
    public var source: SourceRef
    /// Which platform accounts its posts may go out on.
    public var accounts: AccountRule = .any
    /// What becomes of a leaver's posts.
    public var offboarding = Offboarding()
    /// Whether an agency creator's draft must name the platform's commercial-cooperation order.
    public var cooperationOrderRequired = false

    public enum AccountRule: String, Hashable, Sendable, Codable {
        /// Whatever the draft names, or none.
        case any
        /// An account of the author's in the register for every platform the draft names.
        case registered
        /// As `registered`, and each one the company's.
        case companyOwned = "company-owned"
    }

    public struct Offboarding: Hashable, Sendable {
        public enum Choice: String, Hashable, Sendable, Codable {
            case cancel
            case handOver = "hand-over"
        }
        /// Posts in checks or review.
        public var pending: Choice = .cancel
        /// Approved posts waiting for a slot or an embargo (or about to be published).
        public var scheduled: Choice = .cancel

        public init() {}
    }

    public init(id: String, description: String, platforms: [Platform], calendar: String?, guidelines: [String], steps: [Step], source: SourceRef) {
        self.id = id
        self.description = description
        self.platforms = platforms
        self.calendar = calendar
        self.guidelines = guidelines
        self.steps = steps
        self.source = source
    }
}

/// One step of a workflow.
public struct Step: Hashable, Sendable {
    public var id: String
    public var action: StepAction
    public var condition: Condition?
    public var conditionText: String?
    public var timeout: TimeSpan?
    public var retry: RetryPolicy?
    public var source: SourceRef

    public init(id: String, action: StepAction, condition: Condition? = nil, conditionText: String? = nil, timeout: TimeSpan? = nil, retry: RetryPolicy? = nil, source: SourceRef) {
        self.id = id
        self.action = action
        self.condition = condition
        self.conditionText = conditionText
        self.timeout = timeout
        self.retry = retry
        self.source = source
    }

    public var typeName: String {
        switch action {
        case .check: "check"
        case .approval: "approval"
        case .wait: "wait"
        case .publish: "publish"
        case .notify: "notify"
        case .exec: "exec"
        }
    }
}

public enum StepAction: Hashable, Sendable {
    case check(CheckStep)
    case approval(ApprovalStep)
    case wait(WaitStep)
    case publish(DeliveryStep)
    case notify(DeliveryStep)
    case exec(ExecStep)

    /// The action's name in the language (`check:`, `approval:`, …).
    public var kind: String {
        switch self {
        case .check: "check"
        case .approval: "approval"
        case .wait: "wait"
        case .publish: "publish"
        case .notify: "notify"
        case .exec: "exec"
        }
    }
}

/// Runs guideline packs over the draft; findings at or above `blockOn` stop the run.
public struct CheckStep: Hashable, Sendable {
    /// Packs to run; empty means the workflow's `guidelines`.
    public var packs: [String]
    public var blockOn: FindingLevel
    /// The level of a QR code or barcode found in a picture (a personal WeChat QR code is forbidden in notes).
    public var codes: FindingLevel = .warning

    public init(packs: [String], blockOn: FindingLevel) {
        self.packs = packs
        self.blockOn = blockOn
    }
}

/// Waits for reviewers' decisions.
public struct ApprovalStep: Hashable, Sendable {
    public enum Quorum: Hashable, Sendable {
        case any, all, count(Int)
    }

    public enum OnTimeout: Hashable, Sendable {
        case escalate(group: String), expire, reject
    }

    public var role: String?
    public var groups: [String]
    /// Only reviewers of the submitter's own store may decide.
    public var sameStore: Bool
    public var quorum: Quorum
    public var timeout: TimeSpan?
    public var onTimeout: OnTimeout
    /// When this holds as the step is reached, the step approves itself (a trusted, finding-free draft).
    public var autoApprove: Condition?
    /// A message to a chat endpoint (a WeCom group robot, a Feishu bot) when the draft reaches this step, with a
    /// signed link to it; it never holds the step up.
    public var notify: DeliveryStep?
    /// The link in that message may approve in one tap (after signing in; never the author's own post).
    public var oneTap: Bool

    public init(role: String?, groups: [String], sameStore: Bool, quorum: Quorum, timeout: TimeSpan?, onTimeout: OnTimeout, autoApprove: Condition? = nil,
                notify: DeliveryStep? = nil, oneTap: Bool = false) {
        self.role = role
        self.groups = groups
        self.sameStore = sameStore
        self.quorum = quorum
        self.timeout = timeout
        self.onTimeout = onTimeout
        self.autoApprove = autoApprove
        self.notify = notify
        self.oneTap = oneTap
    }
}

/// Waits until the next free calendar slot, or until an embargo lifts.
public enum WaitStep: Hashable, Sendable {
    case slot(calendar: String?)
    /// ISO 8601 local date-time in `zone`.
    case until(String, zone: String?)
    case embargo(calendar: String?)
}

/// Renders a template and posts it to an endpoint (`publish` blocks, `notify` does not).
public struct DeliveryStep: Hashable, Sendable {
    public var endpoint: String
    public var template: String

    public init(endpoint: String, template: String) {
        self.endpoint = endpoint
        self.template = template
    }
}

/// Runs a local command with the draft as JSON on stdin and findings as JSON on stdout.
public struct ExecStep: Hashable, Sendable {
    public var command: [String]
    public var timeout: TimeSpan
    /// What the program's environment holds besides a minimal PATH, locale and zone.
    public var environment: [String: String]

    public init(command: [String], timeout: TimeSpan, environment: [String: String] = [:]) {
        self.command = command
        self.timeout = timeout
        self.environment = environment
    }
}

/// How a failed step is retried.
public struct RetryPolicy: Hashable, Sendable {
    public var attempts: Int
    public var backoff: TimeSpan

    public init(attempts: Int, backoff: TimeSpan) {
        self.attempts = attempts
        self.backoff = backoff
    }
}

/// A content calendar: when posts may go out, how many, and when never.
public struct Calendar: Hashable, Sendable {

    public init(id: String, description: String, timeZone: String, slots: [Slot], extraSlots: [String], caps: [Cap], blackouts: [Window], embargoes: [Embargo], jitter: Jitter, lateApproval: LateApproval, catchUp: TimeSpan, source: SourceRef) {
        self.id = id
        self.description = description
        self.timeZone = timeZone
        self.slots = slots
        self.extraSlots = extraSlots
        self.caps = caps
        self.blackouts = blackouts
        self.embargoes = embargoes
        self.jitter = jitter
        self.lateApproval = lateApproval
        self.catchUp = catchUp
        self.source = source
    }
    public struct Slot: Hashable, Sendable {

        public init(rule: Rule, platforms: [Platform], exdates: [String] = [], rdates: [String] = []) {
            self.rule = rule
            self.platforms = platforms
            self.exdates = exdates
            self.rdates = rdates
        }
        public enum Rule: Hashable, Sendable {
            case cron(CronExpression)
            case rrule(RecurrenceRule)
        }

        public var rule: Rule
        public var platforms: [Platform]
        /// Local dates (`2026-12-25`: every occurrence that day) or date-times (that occurrence) left out.
        public var exdates: [String]
        /// Local date-times added to the rule's occurrences.
        public var rdates: [String]
        /// A name campaign kits use to say which slots their posts may take (`evening`).
        public var id: String?
    }

    public struct Cap: Hashable, Sendable {

        public init(per: Scope, max: Int, window: TimeSpan) {
            self.per = per
            self.max = max
            self.window = window
        }
        public enum Scope: String, Hashable, Sendable, CaseIterable {
            case creator, store, platform, campaign
        }

        public var per: Scope
        public var max: Int
        public var window: TimeSpan
    }

    public struct Window: Hashable, Sendable {

        public init(from: String, to: String, reason: String) {
            self.from = from
            self.to = to
            self.reason = reason
        }
        /// Local date-times in the calendar's zone, ISO 8601 without offset.
        public var from: String
        public var to: String
        public var reason: String
    }

    public struct Embargo: Hashable, Sendable {

        public init(products: [String], until: String, reason: String, id: String? = nil) {
            self.products = products
            self.until = until
            self.reason = reason
            self.id = id
        }
        /// The name its findings carry (`velocity-9-launch`), as the compliance officer wrote it; nil derives one.
        public var id: String?
        public var products: [String]
        public var until: String
        public var reason: String
    }

    public enum Jitter: Hashable, Sendable {
        case none
        case random(max: TimeSpan)
        case perCreator(max: TimeSpan)
    }

    public enum LateApproval: String, Hashable, Sendable, CaseIterable {
        case expire, publishNow = "publish-now", nextSlot = "next-slot"
    }

    public var id: String
    public var description: String
    public var timeZone: String
    public var slots: [Slot]
    public var extraSlots: [String]
    public var caps: [Cap]
    public var blackouts: [Window]
    public var embargoes: [Embargo]
    public var jitter: Jitter
    public var lateApproval: LateApproval
    public var catchUp: TimeSpan
    public var source: SourceRef
}

/// A webhook receiver: a platform gateway or an agency.
public struct Endpoint: Hashable, Sendable {
    /// The gateway takes `post.recall` requests (a leaver's posts on their own accounts taken down).
    public var recall = false

    public init(id: String, description: String, url: String, secret: SecretRef, signing: String, timeout: TimeSpan, retrySchedule: [TimeSpan], rateLimit: RateLimit?, concurrency: Int = 16, allowPrivateNetwork: Bool,
                disableAfter: TimeSpan = .days(5), previousSecret: SecretRef? = nil, owner: String? = nil, alert: String? = nil, source: SourceRef) {
        self.owner = owner
        self.alert = alert
        self.disableAfter = disableAfter
        self.previousSecret = previousSecret
        self.id = id
        self.description = description
        self.url = url
        self.secret = secret
        self.signing = signing
        self.timeout = timeout
        self.retrySchedule = retrySchedule
        self.rateLimit = rateLimit
        self.concurrency = concurrency
        self.allowPrivateNetwork = allowPrivateNetwork
        self.source = source
    }
    public enum SecretRef: Hashable, Sendable, CustomStringConvertible {
        case file(String), env(String), credential(String)

        public var description: String {
            switch self {
            case .file(let p): "file:\(p)"
            case .env(let n): "env:\(n)"
            case .credential(let n): "credential:\(n)"
            }
        }
    }

    public var id: String
    public var description: String
    public var url: String
    public var secret: SecretRef
    public var signing: String
    public var timeout: TimeSpan
    public var retrySchedule: [TimeSpan]
    public var rateLimit: RateLimit?
    /// At most this many deliveries to the endpoint in flight at once from one worker.
    public var concurrency: Int
    public var allowPrivateNetwork: Bool
    /// An endpoint that has failed every delivery for this long is disabled until an admin enables it.
    public var disableAfter: TimeSpan
    /// While a secret is being rotated: the old one, which signs too, so the receiver may verify with either.
    public var previousSecret: SecretRef?
    /// The team that looks after the endpoint.
    public var owner: String?
    /// The endpoint told when this one is disabled.
    public var alert: String?
    public var source: SourceRef

    /// The Standard Webhooks retry schedule: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h.
    public static let standardRetrySchedule: [TimeSpan] = [
        .seconds(0), .seconds(5), .minutes(5), .minutes(30), .hours(2), .hours(5), .hours(10), .hours(14), .hours(20), .hours(24),
    ]
}

/// A guideline rule as written in a pack; `KosRules` compiles it.
public struct GuidelineRule: Hashable, Sendable {

    public init(id: String, kind: String, level: FindingLevel, message: String, translations: [MessageLanguage: String] = [:], scope: [String], link: String?, options: [String: RuleOption], fixturesFlag: [String], fixturesPass: [String], source: SourceRef) {
        self.id = id
        self.kind = kind
        self.level = level
        self.message = message
        self.translations = translations
        self.scope = scope
        self.link = link
        self.options = options
        self.fixturesFlag = fixturesFlag
        self.fixturesPass = fixturesPass
        self.source = source
    }
    public var id: String
    public var kind: String
    public var level: FindingLevel
    /// The message as one text (`message: "…"`), or the English one of `message: {zh, en}` (else the Chinese).
    public var message: String
    /// `message: {zh: …, en: …}`: the message in each language it was written in.
    public var translations: [MessageLanguage: String]
    public var scope: [String]
    public var link: String?
    /// Kind-specific settings, as plain values (strings, numbers, lists, maps).
    public var options: [String: RuleOption]
    public var fixturesFlag: [String]
    public var fixturesPass: [String]
    public var source: SourceRef
}

extension GuidelineRule {
    /// The message a reader of `language` sees: theirs, else the English, else the one text written.
    public func message(in language: MessageLanguage) -> String {
        translations[language] ?? translations[.en] ?? message
    }
}

extension Finding {
    /// The finding as a reader of `language` reads it: when its message is its rule's own (`%s` filled with the
    /// match, in any language the rule is written in), that message in `language`; anything else (a message the rule
    /// composed, a picture's or a slot's prefix) as recorded. `rules` are keyed `pack/rule`.
    ///
    /// Findings are recorded once, in kosd's language; the API and the console answer each reader in theirs.
    public func localized(in language: MessageLanguage, rules: [String: GuidelineRule]) -> Finding {
        guard let rule = rules[self.rule], !rule.translations.isEmpty else { return self }
        func said(_ text: String) -> String { text.replacingOccurrences(of: "%s", with: match ?? "") }
        guard rule.translations.values.contains(where: { said($0) == message }) || said(rule.message) == message else { return self }
        var copy = self
        copy.message = said(rule.message(in: language))
        return copy
    }
}

extension Definitions {
    /// Every rule of these packs, keyed `pack/rule`.
    public static func rules(of packs: some Sequence<GuidelinePack>) -> [String: GuidelineRule] {
        var out: [String: GuidelineRule] = [:]
        for pack in packs {
            for rule in pack.rules { out["\(pack.id)/\(rule.id)"] = rule }
        }
        return out
    }
}

/// A kind-specific rule setting.
public indirect enum RuleOption: Hashable, Sendable {
    case string(String), int(Int), double(Double), bool(Bool), list([RuleOption]), map([String: RuleOption])
}

/// A rule pack (`kind: Guidelines`).
public struct GuidelinePack: Hashable, Sendable {

    public init(id: String, description: String, rules: [GuidelineRule], source: SourceRef, exceptions: [GuidelineException] = []) {
        self.id = id
        self.description = description
        self.rules = rules
        self.source = source
        self.exceptions = exceptions
    }
    public var id: String
    public var description: String
    public var rules: [GuidelineRule]
    public var source: SourceRef
    /// The brand's own exceptions to any pack's rules, each with a reason, an owner and an expiry.
    public var exceptions: [GuidelineException]
}

/// A brand's exception: `term` is not flagged by `rule` until `until` (a local date-time in `timezone`),
/// because of `reason` (e.g. the certificate behind 国家级非遗); `owner` answers for it.
public struct GuidelineException: Hashable, Sendable {
    public var rule: String
    public var term: String
    public var reason: String
    public var owner: String
    public var until: String
    public var timezone: String
    public var source: SourceRef

    public init(rule: String, term: String, reason: String, owner: String, until: String, timezone: String, source: SourceRef) {
        self.rule = rule
        self.term = term
        self.reason = reason
        self.owner = owner
        self.until = until
        self.timezone = timezone
        self.source = source
    }
}

/// Everything loaded from a `Workflows/` folder.
public struct Definitions: Sendable {
    public var workflows: [String: Workflow] = [:]
    public var calendars: [String: Calendar] = [:]
    public var endpoints: [String: Endpoint] = [:]
    public var guidelines: [String: GuidelinePack] = [:]
    /// The brand's stores by code (`kind: Stores`); empty when the definitions name none.
    public var stores: [String: BrandStore] = [:]
    /// The agencies (MCNs) whose creators post through the brand's workflows (`kind: Agency`).
    public var agencies: [String: Agency] = [:]
    /// Campaign kits by id (`kind: Kit`).
    public var kits: [String: Kit] = [:]

    public init() {}

    /// Each step's kind by "workflow/step".
    public var stepKinds: [String: String] {
        var kinds: [String: String] = [:]
        for workflow in workflows.values {
            for step in workflow.steps { kinds["\(workflow.id)/\(step.id)"] = step.action.kind }
        }
        return kinds
    }
}

/// A boutique or store of the brand (`kind: Stores`).
public struct BrandStore: Sendable, Hashable {
    public var id: String
    public var name: String?
    public var city: String?
    public var source: SourceRef

    public init(id: String, name: String?, city: String?, source: SourceRef) {
        self.id = id
        self.name = name
        self.city = city
        self.source = source
    }
}

/// An agency (MCN) whose KOL and KOC creators post through the brand's workflows (`kind: Agency`).
public struct Agency: Sendable, Hashable {
    public var id: String
    public var name: String
    /// The collaboration models its creators work under; every model when the definition names none.
    public var models: [String]

    public init(id: String, name: String, models: [String]) {
        self.id = id
        self.name = name
        self.models = models
    }
}
