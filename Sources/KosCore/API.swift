public import Foundation

/// The JSON the daemon's HTTP API speaks, shared by the server (`KosServer`) and the `kos` client so the
/// two cannot drift apart. Times are RFC 3339 strings in UTC.
public enum API {
    /// Version prefix of every resource path.
    public static let prefix = "/v1"

    /// `GET /v1/me`: who the token belongs to.
    public struct Me: Codable, Sendable, Hashable {
        public var id: String
        public var role: String
        public var groups: [String]
        public var store: String?

        public init(id: String, role: String, groups: [String], store: String?) {
            self.id = id
            self.role = role
            self.groups = groups
            self.store = store
        }
    }

    /// A file named in a draft's `media:`, uploaded with it.
    public struct Media: Codable, Sendable, Hashable {
        public var path: String
        /// Base64 of the file's bytes.
        public var data: String

        public init(path: String, data: String) {
            self.path = path
            self.data = data
        }
    }

    /// `POST /v1/drafts` (with an `Idempotency-Key` header) and `POST /v1/drafts/{id}/revisions`.
    public struct Submission: Codable, Sendable, Hashable {
        /// The workflow to run; default: the draft's front matter `workflow:`.
        public var workflow: String?
        /// The draft file as written: Markdown with YAML front matter.
        public var content: String
        public var media: [Media]?

        public init(workflow: String?, content: String, media: [Media]? = nil) {
            self.workflow = workflow
            self.content = content
            self.media = media
        }
    }

    /// A draft as lists show it.
    public struct Draft: Codable, Sendable, Hashable {
        public var id: String
        public var creator: String
        public var workflow: String
        public var title: String?
        /// What is happening to it: `checking`, `awaiting-approval`, `scheduled`, `publishing`, `published`,
        /// `blocked`, `rejected`, `expired`, `failed`, `withdrawn`.
        public var state: String
        /// The step the draft is at, while its run is going.
        public var step: String?
        /// Why it stopped (blocked, rejected, expired, failed), in words the author can act on.
        public var reason: String?
        public var revision: Int
        public var contentHash: String
        public var run: String?
        /// When the step it waits on is due (an embargo lift, an approval deadline), RFC 3339.
        public var dueAt: String?
        public var createdAt: String
        public var updatedAt: String
        /// In the answer to a decision: what happens next, in words (the approvals still needed, the next stage
        /// and who decides it, or that the post is on its way).
        public var next: String?

        public init(id: String, creator: String, workflow: String, title: String?, state: String, step: String?, reason: String?, revision: Int,
                    contentHash: String, run: String?, dueAt: String?, createdAt: String, updatedAt: String) {
            self.id = id
            self.creator = creator
            self.workflow = workflow
            self.title = title
            self.state = state
            self.step = step
            self.reason = reason
            self.revision = revision
            self.contentHash = contentHash
            self.run = run
            self.dueAt = dueAt
            self.createdAt = createdAt
            self.updatedAt = updatedAt
        }
    }

    /// The answer to a submit or a revision.
    public struct Submitted: Codable, Sendable, Hashable {
        public var draft: Draft
        /// False when an earlier submit with the same idempotency key was returned.
        public var created: Bool
        /// SHA-256 of each uploaded media file, by its path in the draft.
        public var media: [String: String]

        public init(draft: Draft, created: Bool, media: [String: String]) {
            self.draft = draft
            self.created = created
            self.media = media
        }
    }

    /// A reviewer's decision as recorded.
    public struct Decision: Codable, Sendable, Hashable {
        public var step: String
        public var reviewer: String
        public var decision: String
        public var revisionHash: String
        public var reason: String?
        /// The draft reworded by the reviewer, when the rejection requests changes.
        public var suggestion: String?

        public init(step: String, reviewer: String, decision: String, revisionHash: String, reason: String?, suggestion: String? = nil) {
            self.step = step
            self.reviewer = reviewer
            self.decision = decision
            self.revisionHash = revisionHash
            self.reason = reason
            self.suggestion = suggestion
        }
    }

    /// A rewording a reviewer suggested for the draft's current revision: its author takes it as the next revision
    /// in one step (`POST /v1/drafts/{id}/suggestion/accept`, `kos accept-suggestion`).
    public struct Suggestion: Codable, Sendable, Hashable {
        public var reviewer: String
        public var step: String
        /// The revision it rewords.
        public var revision: Int
        public var reason: String
        public var content: String

        public init(reviewer: String, step: String, revision: Int, reason: String, content: String) {
            self.reviewer = reviewer
            self.step = step
            self.revision = revision
            self.reason = reason
            self.content = content
        }
    }

    /// `POST /v1/drafts/{id}/suggestion/accept`: names the revision whose suggestion the author read.
    public struct AcceptSuggestion: Codable, Sendable, Hashable {
        public var revision: Int?
        public init(revision: Int?) { self.revision = revision }
    }

    /// `GET /v1/drafts/{id}`: the draft, what the checks say about it now, decisions and its history.
    public struct DraftDetail: Codable, Sendable, Hashable {
        public var draft: Draft
        public var content: String
        public var findings: [Finding]
        public var decisions: [Decision]
        public var history: [AuditEntry]
        /// Who may decide the step it waits on, when that is an approval.
        public var waitingFor: String?
        /// A reviewer's rewording of the current revision, when one asked for changes.
        public var suggestion: Suggestion?
        /// The campaign kit it was made from, and what of it the associate wrote.
        public var kit: KitPart?

        /// A draft made from a campaign kit: the parts the associate wrote (its slots, in the kit's order), whether
        /// the rest is the kit's, and what differs when it is not.
        public struct KitPart: Codable, Sendable, Hashable {
            public struct Slot: Codable, Sendable, Hashable {
                public var name: String
                public var text: String
            }
            public var reference: String
            public var matched: Bool
            public var slots: [Slot]
            public var differences: [String]

            public init(_ match: KitMatch, order: [String]) {
                reference = match.reference
                slots = order.compactMap { name in match.slots[name].map { Slot(name: name, text: $0) } }
                differences = match.differences
                matched = match.matched
            }
        }

        public init(draft: Draft, content: String, findings: [Finding], decisions: [Decision], history: [AuditEntry], waitingFor: String?,
                    suggestion: Suggestion? = nil) {
            self.draft = draft
            self.content = content
            self.findings = findings
            self.decisions = decisions
            self.history = history
            self.waitingFor = waitingFor
            self.suggestion = suggestion
        }
    }

    /// `GET /v1/report`: the program's health over a period (drafts submitted in it). Deliberately no follower,
    /// like or "top creator" figures: cadence is shown against the brand's caps, per person, in name order.
    public struct Report: Codable, Sendable, Hashable {
        /// An approval stage: how its decisions went, and how long they took from the step being ready.
        public struct Stage: Codable, Sendable, Hashable {
            public var workflow: String
            public var step: String
            public var approved: Int
            public var rejected: Int
            public var expired: Int
            public var escalated: Int
            public var p50Minutes: Double?
            public var p90Minutes: Double?

            public init(workflow: String, step: String, approved: Int, rejected: Int, expired: Int, escalated: Int, p50Minutes: Double?, p90Minutes: Double?) {
                self.workflow = workflow
                self.step = step
                self.approved = approved
                self.rejected = rejected
                self.expired = expired
                self.escalated = escalated
                self.p50Minutes = p50Minutes
                self.p90Minutes = p90Minutes
            }
        }

        /// Drafts whose review concluded, and those that cleared it at their first revision.
        public struct FirstPass: Codable, Sendable, Hashable {
            public var decided: Int
            public var passed: Int
            public var rate: Double?

            public init(decided: Int, passed: Int) {
                self.decided = decided
                self.passed = passed
                rate = decided == 0 ? nil : Double(passed) / Double(decided)
            }
        }

        /// A rule and how many times a draft was blocked with it among the reasons.
        public struct Rule: Codable, Sendable, Hashable {
            public var rule: String
            public var blocked: Int
            public init(rule: String, blocked: Int) {
                self.rule = rule
                self.blocked = blocked
            }
        }

        /// Posts waiting now, and slots that moved or were missed in the period.
        public struct Held: Codable, Sendable, Hashable {
            public var embargo: Int
            public var slot: Int
            public var moved: Int
            public var missed: Int
            public init(embargo: Int, slot: Int, moved: Int, missed: Int) {
                self.embargo = embargo
                self.slot = slot
                self.moved = moved
                self.missed = missed
            }
        }

        public struct Deliveries: Codable, Sendable, Hashable {
            public var delivered: Int
            public var failed: Int
            public var pending: Int
            public var dead: Int
            public init(delivered: Int, failed: Int, pending: Int, dead: Int) {
                self.delivered = delivered
                self.failed = failed
                self.pending = pending
                self.dead = dead
            }
        }

        /// One associate's or store's posts against a calendar's cap: fired in the last window, booked in the next.
        public struct Cadence: Codable, Sendable, Hashable {
            public var calendar: String
            /// `creator` or `store`.
            public var per: String
            public var who: String
            public var posted: Int
            public var booked: Int
            public var max: Int
            public var window: String

            public init(calendar: String, per: String, who: String, posted: Int, booked: Int, max: Int, window: String) {
                self.calendar = calendar
                self.per = per
                self.who = who
                self.posted = posted
                self.booked = booked
                self.max = max
                self.window = window
            }
        }

        /// A stage's time as people read it: minutes under an hour, else hours, to a tenth.
        public static func duration(minutes: Double) -> String {
            minutes < 60 ? tr("\(String(format: "%.1f", minutes)) min") : tr("\(String(format: "%.1f", minutes / 60)) h")
        }

        public var since: String
        public var until: String
        public var drafts: Int
        public var firstPass: FirstPass
        public var stages: [Stage]
        public var rules: [Rule]
        public var held: Held
        public var deliveries: Deliveries
        public var cadence: [Cadence]

        public init(since: String, until: String, drafts: Int, firstPass: FirstPass, stages: [Stage], rules: [Rule], held: Held, deliveries: Deliveries,
                    cadence: [Cadence]) {
            self.since = since
            self.until = until
            self.drafts = drafts
            self.firstPass = firstPass
            self.stages = stages
            self.rules = rules
            self.held = held
            self.deliveries = deliveries
            self.cadence = cadence
        }
    }

    /// `POST /v1/console/links`: a single-use link that signs its holder in to the review console.
    public struct ConsoleLink: Codable, Sendable, Hashable {
        /// The whole link when kosd serves HTTP on an address it knows, else the path to open on kosd.
        public var url: String
        /// RFC 3339; the link signs in once, before then.
        public var expiresAt: String

        public init(url: String, expiresAt: String) {
            self.url = url
            self.expiresAt = expiresAt
        }
    }

    /// `POST /v1/drafts/{id}/approve` and `…/reject`: bound to the revision the reviewer read, by its number and
    /// content hash (both required; a draft revised since is a 409 `stale-revision`). A rejection may request
    /// changes with `suggestion`: the whole draft as the reviewer would have it.
    public struct DecisionRequest: Codable, Sendable, Hashable {
        public var revision: Int?
        public var contentHash: String?
        public var comment: String?
        public var reason: String?
        public var suggestion: String?

        public init(revision: Int?, contentHash: String?, comment: String? = nil, reason: String? = nil, suggestion: String? = nil) {
            self.revision = revision
            self.contentHash = contentHash
            self.comment = comment
            self.reason = reason
            self.suggestion = suggestion
        }
    }

    /// `POST /v1/drafts/{id}/withdraw`.
    public struct WithdrawRequest: Codable, Sendable, Hashable {
        public var reason: String?
        public init(reason: String? = nil) { self.reason = reason }
    }

    public struct AuditEntry: Codable, Sendable, Hashable {
        public var seq: Int64
        public var at: String
        public var actor: String
        public var action: String
        public var subject: String
        public var details: String
        public var previousHash: String
        public var hash: String

        public init(seq: Int64, at: String, actor: String, action: String, subject: String, details: String, previousHash: String, hash: String) {
            self.seq = seq
            self.at = at
            self.actor = actor
            self.action = action
            self.subject = subject
            self.details = details
            self.previousHash = previousHash
            self.hash = hash
        }
    }

    /// `GET /v1/audit/verify`.
    public struct AuditVerification: Codable, Sendable, Hashable {
        public var ok: Bool
        public var entries: Int
        /// The first entry that does not fit the chain, and why.
        public var firstBad: Int64?
        public var reason: String?

        public init(ok: Bool, entries: Int, firstBad: Int64?, reason: String?) {
            self.ok = ok
            self.entries = entries
            self.firstBad = firstBad
            self.reason = reason
        }
    }

    /// An RFC 9457 problem: every error the API returns, as `application/problem+json`.
    public struct Problem: Codable, Sendable, Hashable, Error, CustomStringConvertible {
        /// A stable URI naming the kind of problem (`urn:kosflow:problem:self-approval`).
        public var type: String
        public var title: String
        public var status: Int
        public var detail: String?
        /// Located errors in what was sent (a draft's front matter, a field of the request).
        public var errors: [Located]?
        /// For `stale-revision`: the revision the draft is at now, and its content hash.
        public var currentRevision: Int?
        public var currentContentHash: String?

        public struct Located: Codable, Sendable, Hashable {
            public var code: String
            public var message: String
            public var line: Int?
            public var column: Int?

            public init(code: String, message: String, line: Int?, column: Int?) {
                self.code = code
                self.message = message
                self.line = line
                self.column = column
            }
        }

        public init(_ kind: Kind, detail: String? = nil, errors: [Located]? = nil) {
            self.type = "urn:kosflow:problem:" + kind.rawValue
            self.title = kind.title
            self.status = kind.status
            self.detail = detail
            self.errors = errors
        }

        public var description: String {
            var text = detail.map { tr("\(title): \($0)") } ?? title
            for e in errors ?? [] {
                text += "\n  " + (e.line.map { "\($0):\(e.column ?? 1): " } ?? "") + "error[\(e.code)]: \(e.message)"
            }
            return text
        }

        /// The kinds of problem, each with its status and a stable type.
        public enum Kind: String, Sendable, CaseIterable {
            case unauthorized, forbidden, selfApproval = "self-approval", notFound = "not-found", badRequest = "bad-request"
            case invalidDraft = "invalid-draft", unknownWorkflow = "unknown-workflow", conflict, notAwaitingApproval = "not-awaiting-approval"
            case tooLarge = "too-large", rateLimited = "rate-limited", internalError = "internal", notReady = "not-ready"
            case storeUnavailable = "store-unavailable", idempotencyConflict = "idempotency-conflict", staleRevision = "stale-revision"
            case unsupportedMedia = "unsupported-media", invalidMedia = "invalid-media", linkExpired = "link-expired"
            case invalidDirectory = "invalid-directory"

            public var status: Int {
                switch self {
                case .unauthorized: 401
                case .forbidden, .selfApproval: 403
                case .notFound: 404
                case .badRequest: 400
                case .invalidDraft, .unknownWorkflow, .invalidMedia, .invalidDirectory: 422
                case .unsupportedMedia: 415
                case .linkExpired: 410
                case .conflict, .notAwaitingApproval, .idempotencyConflict, .staleRevision: 409
                case .tooLarge: 413
                case .rateLimited: 429
                case .internalError: 500
                case .notReady, .storeUnavailable: 503
                }
            }

            public var title: String {
                switch self {
                case .unauthorized: tr("A valid API token is required")
                case .forbidden: tr("Your role does not allow this")
                case .selfApproval: tr("Nobody approves their own draft")
                case .notFound: tr("No such resource")
                case .badRequest: tr("The request is malformed")
                case .invalidDraft: tr("The draft cannot be read")
                case .unknownWorkflow: tr("No such workflow")
                case .conflict: tr("The draft's state does not allow this")
                case .notAwaitingApproval: tr("The draft is not waiting for an approval")
                case .tooLarge: tr("The request is too large")
                case .rateLimited: tr("Too many requests")
                case .internalError: tr("The server failed")
                case .notReady: tr("kosd is not ready")
                case .storeUnavailable: tr("The store cannot take writes now; nothing was changed")
                case .idempotencyConflict: tr("This idempotency key was used for a different draft")
                case .staleRevision: tr("The draft has changed since you read it")
                case .unsupportedMedia: tr("No platform takes media of this type")
                case .invalidMedia: tr("The media file is not what its name says")
                case .linkExpired: tr("This link has expired")
                case .invalidDirectory: tr("The staff directory has mistakes; nothing was changed")
                }
            }
        }
    }

    /// A post booked into a calendar slot (`GET /v1/bookings`).
    public struct Booking: Codable, Sendable, Hashable {
        public var id: Int64
        public var calendar: String
        public var draft: String
        public var run: String
        public var creator: String
        public var store: String?
        public var platforms: [String]
        public var campaign: String?
        /// The slot, RFC 3339.
        public var slotAt: String
        /// When the post goes on to publishing (the slot plus its jitter), RFC 3339.
        public var fireAt: String
        /// `booked`, `fired`, `missed`, `moved`, or `released` (its run ended first).
        public var state: String
        public var note: String?

        public init(id: Int64, calendar: String, draft: String, run: String, creator: String, store: String?, platforms: [String],
                    campaign: String?, slotAt: String, fireAt: String, state: String, note: String?) {
            self.id = id
            self.calendar = calendar
            self.draft = draft
            self.run = run
            self.creator = creator
            self.store = store
            self.platforms = platforms
            self.campaign = campaign
            self.slotAt = slotAt
            self.fireAt = fireAt
            self.state = state
            self.note = note
        }
    }

    /// An endpoint as operators see it (`GET /v1/endpoints`): where it is, whether it takes deliveries, its circuit.
    public struct EndpointStatus: Codable, Sendable, Hashable {
        public var id: String
        /// Scheme, host and port only.
        public var destination: String
        public var enabled: Bool
        public var reason: String?
        /// `closed`, `open` or `half-open`.
        public var circuit: String
        public var openUntil: String?
        public var failingSince: String?
        /// Deliveries by state (`pending`, `delivered`, `dead`).
        public var deliveries: [String: Int]

        public init(id: String, destination: String, enabled: Bool, reason: String?, circuit: String, openUntil: String?, failingSince: String?,
                    deliveries: [String: Int]) {
            self.id = id
            self.destination = destination
            self.enabled = enabled
            self.reason = reason
            self.circuit = circuit
            self.openUntil = openUntil
            self.failingSince = failingSince
            self.deliveries = deliveries
        }
    }

    /// A delivery (`GET /v1/deliveries`): one webhook to one endpoint, however many attempts it took.
    public struct Delivery: Codable, Sendable, Hashable {
        /// The webhook-id: the receiver's idempotency key, the same on every attempt.
        public var id: String
        public var endpoint: String
        public var run: String
        public var draft: String
        /// `pending` (being tried), `failed` (pending, its last attempt failed), `delivered`, `dead` (given up).
        public var state: String
        public var attempts: Int
        public var createdAt: String
        public var lastAttemptAt: String?
        public var lastStatus: Int?
        public var lastError: String?

        public init(id: String, endpoint: String, run: String, draft: String, state: String, attempts: Int, createdAt: String, lastAttemptAt: String?,
                    lastStatus: Int?, lastError: String?) {
            self.id = id
            self.endpoint = endpoint
            self.run = run
            self.draft = draft
            self.state = state
            self.attempts = attempts
            self.createdAt = createdAt
            self.lastAttemptAt = lastAttemptAt
            self.lastStatus = lastStatus
            self.lastError = lastError
        }
    }

    public struct Attempt: Codable, Sendable, Hashable {
        public var number: Int
        public var at: String
        public var status: Int?
        public var latencyMs: Int?
        /// The start of the receiver's answer.
        public var response: String
        public var error: String?

        public init(number: Int, at: String, status: Int?, latencyMs: Int?, response: String, error: String?) {
            self.number = number
            self.at = at
            self.status = status
            self.latencyMs = latencyMs
            self.response = response
            self.error = error
        }
    }

    public struct DeliveryDetail: Codable, Sendable, Hashable {
        public var delivery: Delivery
        public var attempts: [Attempt]

        public init(delivery: Delivery, attempts: [Attempt]) {
            self.delivery = delivery
            self.attempts = attempts
        }
    }

    /// The encoder both sides use: snake_case keys, sorted, so output is stable.
    public static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.keyEncodingStrategy = .convertToSnakeCase
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }

    public static func decoder() -> JSONDecoder {
        let d = JSONDecoder()
        d.keyDecodingStrategy = .convertFromSnakeCase
        return d
    }

    /// RFC 3339 (`2026-12-01T12:00:00Z`, `…T20:00:00.250+08:00`) as milliseconds since 1970; nil when it is not one.
    public static func millis(_ text: String) -> Int64? {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let d = f.date(from: text) { return Int64((d.timeIntervalSince1970 * 1000).rounded()) }
        f.formatOptions = [.withInternetDateTime]
        return f.date(from: text).map { Int64($0.timeIntervalSince1970 * 1000) }
    }

    /// Milliseconds since 1970 as RFC 3339 UTC with milliseconds (`2026-12-01T04:00:00.250Z`). Written digit by
    /// digit: `String(format:)` cost ~45,000 instructions a call, and every log line and audit read takes one.
    public static func timestamp(_ millis: Int64) -> String {
        var (seconds, ms) = millis.quotientAndRemainder(dividingBy: 1000)
        if ms < 0 { seconds -= 1; ms += 1000 }
        var t = time_t(seconds)
        var parts = tm()
        gmtime_r(&t, &parts)
        let year = Int(parts.tm_year) + 1900
        guard (0...9999).contains(year) else {
            return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", year, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
                          Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec), Int(ms))
        }
        return String(unsafeUninitializedCapacity: 24) { out in
            var i = 0
            func put(_ value: Int, _ width: Int) {
                var v = value
                for k in stride(from: width - 1, through: 0, by: -1) {
                    out[i + k] = UInt8(ascii: "0") + UInt8(v % 10)
                    v /= 10
                }
                i += width
            }
            func mark(_ c: Unicode.Scalar) { out[i] = UInt8(ascii: c); i += 1 }
            put(year, 4); mark("-"); put(Int(parts.tm_mon) + 1, 2); mark("-"); put(Int(parts.tm_mday), 2); mark("T")
            put(Int(parts.tm_hour), 2); mark(":"); put(Int(parts.tm_min), 2); mark(":"); put(Int(parts.tm_sec), 2); mark(".")
            put(Int(ms), 3); mark("Z")
            return i
        }
    }
}
