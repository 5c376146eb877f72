public import Foundation
import KosCore

/// Durable state behind the engine: drafts and revisions, the step queue with leases and epochs, and the
/// audit log. One protocol, one driver per database; `KosTesting.StoreConformance` is the suite every driver
/// passes, so dialect differences stay inside the drivers.
/// A token as an operator sees it: whose, when issued, until when, whether revoked, and the first characters
/// of its SHA-256 to tell two apart. The token itself is never stored.
public struct IssuedToken: Sendable, Hashable {
    public var personID: String
    public var fingerprint: String
    public var createdAt: Int64
    public var expiresAt: Int64?
    public var revokedAt: Int64?

    public init(personID: String, fingerprint: String, createdAt: Int64, expiresAt: Int64?, revokedAt: Int64?) {
        self.personID = personID
        self.fingerprint = fingerprint
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
    }

    /// Whether it still lets its holder in at `now` (milliseconds).
    public func isActive(at now: Int64) -> Bool { revokedAt == nil && (expiresAt.map { $0 > now } ?? true) }
}

/// A step a reviewer decided, on the content with `contentHash`.
public struct DecidedStep: Sendable, Hashable {
    public var runID: String
    public var stepIndex: Int
    public var contentHash: String

    public init(runID: String, stepIndex: Int, contentHash: String) {
        self.runID = runID
        self.stepIndex = stepIndex
        self.contentHash = contentHash
    }
}

/// What presenting a sign-in link came to.
public enum SignIn: Sendable, Hashable {
    /// A new console session for `person`; `session` is its secret, for the cookie (stored only as its SHA-256).
    case signedIn(person: Person, session: String)
    /// The link was used before: each link signs in once.
    case used
    /// The link is past its time, or its holder's access was revoked since.
    case expired
    /// No such link.
    case unknown
}

public protocol Store: Sendable {
    /// The store's own clock (database time), in milliseconds since 1970: leases are judged by it alone.
    func now() async throws -> Int64

    // MARK: People and tokens

    /// Creates or updates a person (a creator, reviewer or admin) with their groups and store.
    func upsertPerson(_ person: Person, actor: String) async throws

    /// Issues a new API token for a person; returns the token, which is stored only as its SHA-256.
    func createToken(personID: String, expiresAt: Int64?, actor: String) async throws -> String

    /// The person a bearer token belongs to, when it is known, unexpired and not revoked.
    func authenticate(token: String) async throws -> Person?

    func revokeTokens(personID: String, actor: String) async throws

    func person(id: String) async throws -> Person?

    /// Everyone known, for working out who may decide an approval step.
    func people() async throws -> [Person]

    /// Every token issued, oldest first, as its holder and dates (never the token): who holds access.
    func tokens() async throws -> [IssuedToken]

    // MARK: The staff directory, accounts and turnover

    /// The register of platform accounts, by id.
    func accounts() async throws -> [PlatformAccount]

    /// Applies a staff directory import in one transaction: each person saved (their leave and delegation kept),
    /// each listed person's accounts replaced by the set the plan gives; an audit entry for each change.
    func applyDirectory(_ plan: DirectoryPlan, actor: String) async throws

    /// Marks a reviewer away until `until` with `delegate` deciding for them; `until` nil ends it now.
    func setAway(personID: String, until: Int64?, delegate: String?, actor: String) async throws

    /// Records that a person leaves the program at `at` (the store's now when nil), with a successor. The moment is
    /// never moved later once recorded (a second call keeps the earlier one); returns the moment that holds.
    func scheduleOffboarding(personID: String, successor: String?, at: Int64?, actor: String) async throws -> Int64

    /// People whose moment to leave has come and whose handover has not run yet.
    func offboardingsDue() async throws -> [Person]

    /// A person's drafts whose latest run is still running or went out, with what a handover needs to decide.
    func posts(creatorID: String) async throws -> [AuthoredPost]

    /// The handover, in one transaction, once: running runs handed over or ended, tokens and console sessions
    /// revoked, company-owned accounts passed to the successor and the leaver's own retired, recall requests queued.
    /// Nil when the moment has not come; the report kept from the first time when it already ran.
    func completeOffboarding(_ handover: Handover, actor: String) async throws -> OffboardReport?

    /// What a leaver's handover did, once it ran.
    func offboardReport(personID: String) async throws -> OffboardReport?

    // MARK: Console sign-in

    /// Issues a single-use sign-in link secret for the review console, good until `expiresAt`; stored only as
    /// its SHA-256.
    func createSignInLink(personID: String, expiresAt: Int64, actor: String) async throws -> String

    /// Trades a sign-in link's secret for a console session good until `sessionExpiresAt`: once, before the link
    /// expires, and not after its holder's access was revoked.
    func redeemSignInLink(_ secret: String, sessionExpiresAt: Int64) async throws -> SignIn

    /// The person a console session belongs to, when it is known, unexpired and not ended.
    func sessionPerson(_ session: String) async throws -> Person?

    /// Ends a console session (signing out); an unknown or ended one is left as it is.
    func endSession(_ session: String) async throws

    // MARK: Drafts

    func draft(id: String) async throws -> StoredDraft?

    /// Drafts with their latest run and its open step, newest first; only `creatorID`'s when given, only
    /// those whose latest run is still running when `openOnly`.
    func drafts(creatorID: String?, openOnly: Bool) async throws -> [DraftSummary]

    /// One draft's summary, as `drafts` lists it.
    func draftSummary(id: String) async throws -> DraftSummary?

    /// The summaries of the drafts named, as `drafts` lists them (in no particular order; unknown ids are left out).
    func draftSummaries(ids: [String]) async throws -> [DraftSummary]

    /// Every draft whose running run waits at an open step, in the few columns a reviewer's queue is routed,
    /// filtered and counted by before a page of it is read in full: one narrow read however long the queue, the
    /// draft waiting longest at its step first.
    func queuedDrafts() async throws -> [QueuedDraft]

    /// Adds a revision and, in the same transaction, supersedes the running run (its open step is cancelled,
    /// so earlier approvals no longer count) and starts a new run on the new revision.
    /// `media`: the files the new revision names, path to SHA-256 (stored with `putMedia`).
    func reviseDraft(draftID: String, content: Data, title: String?, media: [String: String], firstStep: (index: Int, id: String)?,
                     definitionsVersion: String?, actor: String) async throws -> (revision: Int, runID: String)

    /// Withdraws a draft: its running run ends as `withdrawn` and its open step is cancelled.
    func withdrawDraft(draftID: String, reason: String, actor: String) async throws

    /// Stores a media file by its SHA-256 (once, however often it is uploaded); returns the hash.
    func putMedia(_ bytes: Data) async throws -> String
    /// The media a revision names, by path: each file's SHA-256 and size.
    func revisionMedia(draftID: String, revision: Int) async throws -> [String: StoredMedia]
    /// A medium's bytes by SHA-256; nil when the store has none.
    func media(sha256: String) async throws -> Data?
    /// The key that signs media links: made on first use, kept in the store, the same for every host.
    func mediaLinkKey() async throws -> Data

    /// The audit entries about a draft and its runs, in order.
    func history(draftID: String) async throws -> [AuditEntry]

    // MARK: Runs

    func run(id: String) async throws -> StoredRun?

    /// Keeps a snapshot of the definition files (idempotent) and returns its version, the content hash runs
    /// are started with: a run keeps its definitions when the daemon reloads new ones. `kits`: the campaign
    /// kits they define (`arco-autumn@2`), each kept with the first version that defined it.
    func recordDefinitions(_ files: [DefinitionFile], kits: [String]) async throws -> String
    /// The definitions version that first defined a campaign kit's version (`arco-autumn@1`); nil when none did.
    func kitDefinitions(reference: String) async throws -> String?
    /// The files of a recorded version; nil when the store has never seen it.
    func definitions(version: String) async throws -> [DefinitionFile]?
    /// The definitions version recorded last (kosd's start or its last reload): what new runs use now.
    func currentDefinitionsVersion() async throws -> String?

    /// Writes and commits a tiny transaction; throws `StoreError.unavailable` when the store cannot write
    /// (a full disk, a read-only file system). The supervisor probes with it.
    func probeWrite() async throws

    /// Records a reviewer's decision on a revision of a run's approval step. In the same transaction it checks
    /// that the run is still going and is on the revision with `contentHash`; otherwise it records nothing and
    /// throws `conflict` (a revision that landed after the reviewer read the draft ended that run). A rejection
    /// may carry a `suggestion`: the whole draft reworded by the reviewer, which its author can take as the next revision.
    /// `decidedBy`: a delegate deciding for `reviewerID` while they are away (the decision counts as theirs; the
    /// audit entry is the delegate's and says on whose behalf).
    func recordDecision(runID: String, stepIndex: Int, reviewerID: String, approve: Bool, contentHash: String, reason: String?, suggestion: String?,
                        decidedBy: String?) async throws

    func decisions(runID: String, stepIndex: Int) async throws -> [StoredDecision]

    /// The decisions recorded on these runs, by run and step index, each step's in the order recorded: a page of a
    /// reviewer's queue in one read.
    func decisions(runIDs: [String]) async throws -> [String: [Int: [StoredDecision]]]

    /// The steps of running runs that `reviewerID` has decided, each with the content hash decided on: what a
    /// reviewer's inbox leaves out, in one read however long the queue.
    func decidedSteps(reviewerID: String) async throws -> Set<DecidedStep>

    // MARK: Batches (group commit: one fsync for many steps or submits)

    /// Creates each draft with its first revision and, for those created now, starts its run, all in one
    /// transaction; an earlier submit with the same (creator, key) is returned as it was. Each comes back with its
    /// summary, read with the write (on SQLite right after its commit, on the same connection; on PostgreSQL in it).
    /// `committed` runs once the batch is durable, before the summaries are read: the supervisor wakes its workers
    /// there, so the first step is on its way while the answer is written.
    func submitBatch(_ submissions: [RunSubmission], committed: @escaping @Sendable () -> Void) async throws -> [SubmittedDraft]

    /// Claims up to `limit` due steps for `worker` in one transaction.
    func claim(worker: String, leaseMillis: Int64, limit: Int) async throws -> [ClaimedStep]

    /// `claim`, with what the round of the claimed steps reads (`roundReads`) read together with it — right
    /// after the write on the same connection (SQLite, so the write lock is not held for it) or in the same
    /// transaction (PostgreSQL); `reads` is nil when nothing was due. `expected`: work was just announced (a
    /// supervisor's poke), so the store need not look whether anything is due before it takes the write lock.
    func claimRound(worker: String, leaseMillis: Int64, limit: Int, expected: Bool) async throws -> (steps: [ClaimedStep], reads: RoundReads?)

    /// Commits the results of claimed steps in one transaction, each fenced by its own epoch (a stale one is
    /// skipped and reported, the others commit). With `chain`, a next step that is due now is claimed for
    /// `worker` in the same transaction and returned, so a run moves on without waiting to be claimed again.
    func commit(_ commits: [StepCommit], worker: String, leaseMillis: Int64, chain: Bool) async throws -> [CommitResult]

    /// `commit`, then up to `refill` more due steps (less the chained ones) claimed for `worker`, in one
    /// transaction: the end of a worker's round and the start of its next cost one write, not two. `next` holds
    /// what the next round reads (`roundReads`) for the chained and claimed steps, read together with the write as
    /// `claimRound` does (nil when there are none), so a round that follows a commit makes no read of its own.
    func commit(_ commits: [StepCommit], worker: String, leaseMillis: Int64, chain: Bool, refill: Int) async throws
        -> (results: [CommitResult], claimed: [ClaimedStep], next: RoundReads?)

    /// What a worker reads before a round's steps run, in one read: the contexts of `runIDs` (as
    /// `stepContexts`), the store's clock, the endpoints' health, the definitions new runs use now and whether
    /// any endpoint notice is due.
    func roundReads(runIDs: [String]) async throws -> RoundReads

    /// What a worker needs to run a step of `runID`, in one read.
    func stepContext(runID: String) async throws -> StepContext?

    /// The contexts of several runs (a worker's round), in one read; runs that no longer exist, or whose state
    /// cannot be read (`KOS5006`), are left out, so one such run does not hold up the others.
    func stepContexts(runIDs: [String]) async throws -> [String: StepContext]

    // MARK: Step queue

    /// Whether other hosts add work to this store too (PostgreSQL): a worker then waits for their announcements
    /// (`waitForSteps`) and looks again at least every second, instead of relying on its own supervisor's pokes.
    var isShared: Bool { get }

    /// Waits until a host announces new steps or `timeoutMillis` pass: true when woken. A store that only one host
    /// uses has nobody else to announce work, and waits out the time.
    @discardableResult
    func waitForSteps(timeoutMillis: Int) async throws -> Bool

    /// Claims the most overdue step that is pending, or whose lease has expired, for `worker`, for `leaseMillis`.
    /// A claim increments the step's epoch: completions with an older epoch are refused.
    func claim(worker: String, leaseMillis: Int64) async throws -> ClaimedStep?

    /// Extends a lease still held at `step.epoch`; throws `StoreError.staleEpoch` when it is no longer held.
    func renew(_ step: ClaimedStep, leaseMillis: Int64) async throws -> ClaimedStep

    /// A worker was stopped while it ran these steps (stuck past their budget, or crashed): counts a strike
    /// against each still open. A step with `limit` strikes is parked: out of the queue for good, its run
    /// ended as `parked` with a reason an admin reads in `kos show`, an audit entry; so a draft that stops
    /// workers cannot stop them again and again. Returns the ids of the steps parked.
    func recordStrikes(stepIDs: [Int64], reason: String, limit: Int, actor: String) async throws -> [Int64]

    /// Every recorded completion of a (run, step index): exactly one for every finished step.
    func completions(runID: String, stepIndex: Int) async throws -> [StepCompletion]

    // MARK: Calendar slots

    /// The booking a (run, step) holds now (booked or fired), if any.
    func activeBooking(runID: String, stepIndex: Int) async throws -> SlotBooking?

    /// Books a slot in one write transaction: reads the calendar's counted bookings between
    /// `request.scanFrom` and `request.scanThrough` (booked for a running run, or fired), asks `choose` for a
    /// slot, and records it, moving the (run, step)'s earlier booking aside. Two workers never book past a cap
    /// together. Nil when `choose` finds no slot.
    func book(_ request: BookingRequest, choose: @escaping @Sendable ([SlotBooking]) -> BookingChoice?) async throws -> SlotBooking?

    /// Marks a booking `fired` (its post goes out), `missed` (kosd was not running within the catch-up window), …
    /// With a `fence`, only while that step is still claimed under that epoch (else `staleEpoch`, nothing written).
    func setBookingState(id: Int64, state: SlotBooking.State, note: String?, fence: StepFence?) async throws

    /// Bookings of a calendar (or all) whose slot lies in [from, through] (store milliseconds), oldest first.
    func bookings(calendar: String?, from: Int64, through: Int64, creator: String?) async throws -> [SlotBooking]

    /// When the earliest pending step falls due (store milliseconds), for a worker to sleep exactly that long.
    func nextDueAt() async throws -> Int64?

    // MARK: Deliveries

    /// Deliveries, newest first: of an endpoint, in a state (`pending`, `delivered`, `dead`), created since a time.
    func deliveries(endpoint: String?, state: DeliveryState?, since: Int64?, limit: Int) async throws -> [DeliverySummary]

    /// One delivery (by webhook-id) and every attempt at it.
    func delivery(webhookID: String) async throws -> (DeliverySummary, [AttemptRecord])?

    /// Sends a dead letter again: its run, which ended failed at that step, runs the step anew with the endpoint's
    /// whole retry schedule, under the same webhook-id. Throws `conflict` for anything but such a dead letter.
    func replayDelivery(webhookID: String, actor: String) async throws

    // MARK: Endpoints

    /// Every endpoint that has had an attempt or an admin's decision.
    func endpointHealths() async throws -> [String: EndpointHealth]

    /// Enables an endpoint again (circuit closed, counts cleared), on the record.
    func enableEndpoint(_ endpoint: String, actor: String) async throws

    /// Takes one send from the endpoint's token bucket (`count` per `perMillis`, bursts of up to `count`), shared
    /// by every worker: 0 when taken, else how many milliseconds until one is free.
    func takeDeliveryToken(endpoint: String, count: Int, perMillis: Int64) async throws -> Int64

    /// Notices owed to the owners of endpoints that were disabled, claimed for `leaseMillis` (so two workers do
    /// not both send one); those due now, oldest first.
    func claimNotices(worker: String, leaseMillis: Int64, limit: Int) async throws -> [EndpointNotice]

    /// What became of a claimed notice: sent, tried again at `retryAt`, or (neither) given up, on the record.
    func finishNotice(_ id: Int64, sent: Bool, retryAt: Int64?, detail: String) async throws

    // MARK: Operations

    /// Counts for `/metrics`: runs by state, the step queue, deliveries by endpoint and state, lease expiries.
    func metrics() async throws -> StoreMetrics

    /// How many runs are in flight: those with a step waiting or in a worker's hands. Read from the open steps
    /// alone, so its cost does not grow with the history kept (the supervisor's status line asks every 5 s).
    func runsInFlight() async throws -> Int

    /// What the program's health is reckoned from, for the drafts submitted in [since, until): their runs, the
    /// steps those runs finished, the results of the checks that blocked them; and the deliveries created then.
    func programFacts(since: Int64, until: Int64) async throws -> ProgramFacts

    // MARK: Audit

    /// Appends an entry to the hash-chained audit log.
    func audit(actor: String, action: AuditAction, subject: String, details: String) async throws

    func auditEntries() async throws -> [AuditEntry]

    /// Checks the chain; nil when intact, else the first bad entry and why.
    func verifyAudit() async throws -> AuditProblem?
}

extension Store {
    /// Keeps a snapshot of definition files that define no campaign kit.
    public func recordDefinitions(_ files: [DefinitionFile]) async throws -> String {
        try await recordDefinitions(files, kits: [])
    }

    /// `submitBatch` with nobody to tell when it commits.
    public func submitBatch(_ submissions: [RunSubmission]) async throws -> [SubmittedDraft] {
        try await submitBatch(submissions, committed: {})
    }
}

/// One claimed step at a time, through `commit`: a driver writes the fencing and the bookkeeping once.
extension Store {
    /// Completes a claimed step (fenced by its epoch) and, in the same transaction, enqueues the next step
    /// or records how the run ended: the run never stands between two steps. Throws `StoreError.staleEpoch`
    /// when another worker has claimed the step since.
    public func advance(_ step: ClaimedStep, outcome: String, next: NextStep?, runStatus: RunStatus?, reason: String?, actor: String) async throws {
        try await commitOne(StepCommit(step: step, action: .advance(outcome: outcome, next: next, runStatus: runStatus, reason: reason)), actor: actor)
    }

    /// Puts a claimed step back to wait until `dueAt` (a wait, a retry, an approval not yet decided),
    /// fenced by its epoch; `note` goes to the audit log.
    public func release(_ step: ClaimedStep, dueAt: Int64, note: String) async throws {
        try await commitOne(StepCommit(step: step, action: .release(dueAt: dueAt, note: note)), actor: step.worker)
    }

    /// Records the outcome of a claimed step, fenced by its epoch, and nothing else.
    public func complete(_ step: ClaimedStep, outcome: String, actor: String) async throws {
        try await advance(step, outcome: outcome, next: nil, runStatus: nil, reason: nil, actor: actor)
    }

    private func commitOne(_ commit: StepCommit, actor: String) async throws {
        let results = try await self.commit([commit], worker: actor, leaseMillis: 0, chain: false)
        if results.first == .stale { throw StoreError.staleEpoch(step: commit.step.id, epoch: commit.step.epoch) }
    }
}

/// API tokens: random, shown once, stored as SHA-256, compared in constant time.
public enum APIToken {
    /// A new token: `kos_` and 32 random bytes in base64url (43 characters).
    public static func generate() -> String {
        var rng = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &rng) }
        let b64 = Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return "kos_" + b64
    }

    /// What the store keeps of a secret (a token, a sign-in link, a console session): its SHA-256.
    public static func digest(_ secret: String) -> String { AuditChain.contentHash(Data(secret.utf8)) }

    /// Equality of two byte strings that takes the same time wherever they differ.
    public static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var diff: UInt8 = 0
        for i in 0..<a.count { diff |= a[i] ^ b[i] }
        return diff == 0
    }
}

public struct DraftSubmission: Sendable, Hashable {
    public var creatorID: String
    public var workflow: String
    public var idempotencyKey: String?
    public var content: Data
    /// The draft's title, kept beside the revision so lists need not read the draft.
    public var title: String?
    /// The definitions the run is started with (`recordDefinitions`); nil: whatever the worker runs.
    public var definitionsVersion: String?
    /// The files the draft names, path to SHA-256 (stored with `putMedia`).
    public var media: [String: String]

    public init(creatorID: String, workflow: String, idempotencyKey: String?, content: Data, title: String? = nil, definitionsVersion: String? = nil,
                media: [String: String] = [:]) {
        self.definitionsVersion = definitionsVersion
        self.media = media
        self.creatorID = creatorID
        self.workflow = workflow
        self.idempotencyKey = idempotencyKey
        self.content = content
        self.title = title
    }
}

/// A medium a revision names: its SHA-256 and size in bytes.
public struct StoredMedia: Sendable, Hashable {
    public var sha256: String
    public var size: Int

    public init(sha256: String, size: Int) {
        self.sha256 = sha256
        self.size = size
    }
}

public struct SubmittedDraft: Sendable, Hashable {
    public var draftID: String
    public var revision: Int
    public var contentHash: String
    /// False when an earlier submit with the same idempotency key is returned.
    public var created: Bool
    /// The draft as lists show it, read with the write that stored it (`submitBatch`), so the API answers
    /// without another read; nil where the write did not read it.
    public var summary: DraftSummary? = nil
}

public struct StoredDraft: Sendable, Hashable {
    public var id: String
    public var creatorID: String
    public var workflow: String
    public var state: DraftState
    public var revisions: [Revision]

    public struct Revision: Sendable, Hashable {
        public var number: Int
        public var contentHash: String
        public var content: Data
    }
}

/// A state a store keeps as its raw value. Read back, one this kosflow does not know is an error, not a guess.
protocol StoredState: RawRepresentable<String> {
    /// What holds the state, for the error (`run`, `step`).
    static var holder: String { get }
}

extension StoredState {
    static func stored(_ text: String) throws(StoreError) -> Self {
        guard let state = Self(rawValue: text) else { throw StoreError.unknownState(text, of: holder) }
        return state
    }
}

extension RunStatus: StoredState { static var holder: String { tr("run") } }
extension DraftState: StoredState { static var holder: String { tr("draft") } }
extension StepState: StoredState { static var holder: String { tr("step") } }
extension DeliveryState: StoredState { static var holder: String { tr("delivery") } }
extension BookingState: StoredState { static var holder: String { tr("slot booking") } }

public struct StoredRun: Sendable, Hashable {
    public var id: String
    public var draftID: String
    public var revision: Int
    public var workflow: String
    public var status: RunStatus
    public var reason: String?
    /// The definitions version the run started with (nil for runs started without one).
    public var definitionsVersion: String? = nil
}

/// One definition file as it was read, for a recorded snapshot.
public struct DefinitionFile: Sendable, Hashable, Codable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

/// What the store can say about the work in it, for monitoring.
public struct StoreMetrics: Sendable, Hashable {
    public var runs: [String: Int]
    /// Steps waiting to be claimed, and of those, how many are due now.
    public var stepsPending: Int
    public var stepsDue: Int
    public var stepsClaimed: Int
    /// How long the longest-waiting due step has waited, in milliseconds (0 when none is due).
    public var oldestDueMillis: Int64
    /// Deliveries by (endpoint, state).
    public var deliveries: [String: [String: Int]]
    /// Leases taken over from a worker that stopped renewing them.
    public var leaseExpiries: Int
    /// How long finished steps took, from ready to done (an approval's is its wait for reviewers), by workflow and step.
    public var stepDurations: [DurationHistogram] = []

    /// Upper bounds, in seconds, of the duration buckets: checks take milliseconds, approvals hours.
    public static let durationBuckets: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 30, 60, 300, 1800, 3600, 14_400, 86_400]

    public struct DurationHistogram: Sendable, Hashable {
        public var workflow: String
        public var step: String
        /// Cumulative counts per bound of `durationBuckets`.
        public var buckets: [Int]
        public var count: Int
        public var sumSeconds: Double

        public init(workflow: String, step: String, buckets: [Int], count: Int, sumSeconds: Double) {
            self.workflow = workflow
            self.step = step
            self.buckets = buckets
            self.count = count
            self.sumSeconds = sumSeconds
        }
    }

    public init(runs: [String: Int], stepsPending: Int, stepsDue: Int, stepsClaimed: Int, oldestDueMillis: Int64, deliveries: [String: [String: Int]], leaseExpiries: Int) {
        self.runs = runs
        self.stepsPending = stepsPending
        self.stepsDue = stepsDue
        self.stepsClaimed = stepsClaimed
        self.oldestDueMillis = oldestDueMillis
        self.deliveries = deliveries
        self.leaseExpiries = leaseExpiries
    }
}

/// A draft to create and the run to start on it.
public struct RunSubmission: Sendable, Hashable {
    public var submission: DraftSubmission
    /// The run's first step; nil when no step applies (the run completes at once).
    public var firstStep: NextStep?

    public init(submission: DraftSubmission, firstStep: NextStep?) {
        self.submission = submission
        self.firstStep = firstStep
    }
}

/// What a step's execution decided, to commit fenced by the claim's epoch.
public struct StepCommit: Sendable, Hashable {
    public enum Action: Sendable, Hashable {
        /// The step is done: record `outcome`, enqueue `next` or end the run with `runStatus`.
        case advance(outcome: String, next: NextStep?, runStatus: RunStatus?, reason: String?)
        /// Not done yet (a wait, a retry, an undecided approval): back to pending until `dueAt`.
        case release(dueAt: Int64, note: String)
    }

    public var step: ClaimedStep
    public var action: Action
    /// What the step found, kept with its completion (a check's findings as JSON), for later steps' conditions.
    public var result: String?
    /// A delivery attempt made by the step.
    public var attempt: DeliveryAttempt?
    /// Extra audit entries (action, details), e.g. an automatic approval.
    public var notes: [AuditNote]
    /// A slot booking the step's completion changes in the same transaction (its slot has come: `fired`).
    public var booking: BookingUpdate?
    /// An approval step put back: the newest decision it read (0 when none). A decision recorded after that one
    /// (while the step was being looked at) makes the step due at once instead of at its next look.
    public var decisionsSeen: Int64?
    /// Requests queued to endpoints with the step's commit, sent as they are (a `kit.held` to the kit's `notify`).
    public var notices: [QueuedNotice]
    /// The next step, decided with this one because nothing outside decides it (an `auto_approve` that holds on
    /// the findings just made): committed in the same transaction, on the step this commit chains (its `step`
    /// names the index; the store fills in the rest). Applied only when this commit chains that step.
    public var then: [StepCommit] = []

    public init(step: ClaimedStep, action: Action, result: String? = nil, attempt: DeliveryAttempt? = nil, notes: [AuditNote] = [], booking: BookingUpdate? = nil,
                notices: [QueuedNotice] = []) {
        self.step = step
        self.action = action
        self.result = result
        self.attempt = attempt
        self.notes = notes
        self.booking = booking
        self.notices = notices
    }
}

/// A request to an endpoint, queued in the transaction that decided it and sent by a worker (signed, retried on
/// the endpoint's schedule).
public struct QueuedNotice: Sendable, Hashable {
    public var endpoint: String
    /// `kit.held`.
    public var kind: String
    /// What it is about, for the record (`d-1234 of li.na`).
    public var reason: String
    /// The JSON body sent as it is.
    public var body: String

    public init(endpoint: String, kind: String, reason: String, body: String) {
        self.endpoint = endpoint
        self.kind = kind
        self.reason = reason
        self.body = body
    }
}

/// A booking's new state, written with a step's completion.
public struct BookingUpdate: Sendable, Hashable {
    public var id: Int64
    public var state: SlotBooking.State
    public var note: String?

    public init(id: Int64, state: SlotBooking.State, note: String?) {
        self.id = id
        self.state = state
        self.note = note
    }
}

public struct AuditNote: Sendable, Hashable {
    public var actor: String
    public var action: AuditAction
    public var subject: String
    public var details: String

    public init(actor: String, action: AuditAction, subject: String, details: String) {
        self.actor = actor
        self.action = action
        self.subject = subject
        self.details = details
    }
}

public enum CommitResult: Sendable, Hashable {
    /// Committed; the next step when it was chained to this worker.
    case committed(next: ClaimedStep?)
    /// Another worker holds the step now (this worker's lease expired): nothing was written for it.
    case stale
}

/// What the steps of a worker's round read before they run, for the lot: their runs' contexts, the store's
/// clock, the endpoints' health, the definitions new runs use now, and whether an endpoint notice waits to be
/// sent (so a worker between rounds looks for notices only when there are some).
public struct RoundReads: Sendable {
    public var contexts: [String: StepContext]
    public var now: Int64
    public var health: [String: EndpointHealth]
    public var currentDefinitions: String?
    public var noticesDue: Bool

    public init(contexts: [String: StepContext], now: Int64, health: [String: EndpointHealth], currentDefinitions: String?, noticesDue: Bool) {
        self.contexts = contexts
        self.now = now
        self.health = health
        self.currentDefinitions = currentDefinitions
        self.noticesDue = noticesDue
    }
}

/// A run's state as a worker reads it before running a step.
public struct StepContext: Sendable, Hashable {
    public struct Completion: Sendable, Hashable {
        public var outcome: String
        public var result: String?
        public init(outcome: String, result: String?) {
            self.outcome = outcome
            self.result = result
        }
    }

    public var run: StoredRun
    public var content: Data
    public var contentHash: String
    public var creator: Person?
    /// The latest completion of each step index.
    public var completions: [Int: Completion]
    /// Delivery attempts made so far, by step index.
    public var attempts: [Int: Int]

    public init(run: StoredRun, content: Data, contentHash: String, creator: Person?, completions: [Int: Completion], attempts: [Int: Int]) {
        self.run = run
        self.content = content
        self.contentHash = contentHash
        self.creator = creator
        self.completions = completions
        self.attempts = attempts
    }
}

/// The raw facts of a period, for the program's health (`kos report`, the console's health page).
public struct ProgramFacts: Sendable, Hashable {
    public struct Run: Sendable, Hashable {
        public var id: String
        public var draftID: String
        public var creatorID: String
        public var workflow: String
        public var definitionsVersion: String?
        public var revision: Int
        public var status: RunStatus
        public var createdAt: Int64

        public init(id: String, draftID: String, creatorID: String, workflow: String, definitionsVersion: String?, revision: Int, status: RunStatus,
                    createdAt: Int64) {
            self.id = id
            self.draftID = draftID
            self.creatorID = creatorID
            self.workflow = workflow
            self.definitionsVersion = definitionsVersion
            self.revision = revision
            self.status = status
            self.createdAt = createdAt
        }
    }

    /// A step a run finished: when it became ready, when it was done, and how.
    public struct Step: Sendable, Hashable {
        public var runID: String
        public var stepIndex: Int
        public var stepID: String
        public var readyAt: Int64
        public var completedAt: Int64
        public var outcome: String

        public init(runID: String, stepIndex: Int, stepID: String, readyAt: Int64, completedAt: Int64, outcome: String) {
            self.runID = runID
            self.stepIndex = stepIndex
            self.stepID = stepID
            self.readyAt = readyAt
            self.completedAt = completedAt
            self.outcome = outcome
        }
    }

    /// The drafts' runs, oldest first.
    public var runs: [Run]
    /// The steps those runs finished (a step opened again by an escalation counts from then).
    public var steps: [Step]
    /// The findings (JSON, as the check recorded them) of each check that blocked one of those runs.
    public var blockingResults: [String]
    /// Deliveries created in the period by state, with `failed` for those pending after a failed attempt.
    public var deliveries: [String: Int]

    public init(runs: [Run], steps: [Step], blockingResults: [String], deliveries: [String: Int]) {
        self.runs = runs
        self.steps = steps
        self.blockingResults = blockingResults
        self.deliveries = deliveries
    }
}

/// A draft waiting at the open step of its running run, as a reviewer's queue reads it.
public struct QueuedDraft: Sendable, Hashable {
    public var draftID: String
    public var creatorID: String
    public var runID: String
    public var workflow: String
    public var definitionsVersion: String?
    public var stepIndex: Int
    /// When the step became ready (an approval's deadline counts from it).
    public var readyAt: Int64
    /// The group an escalation handed the step to, when it was opened again by one.
    public var escalatedTo: String?

    public init(draftID: String, creatorID: String, runID: String, workflow: String, definitionsVersion: String?, stepIndex: Int,
                readyAt: Int64, escalatedTo: String? = nil) {
        self.draftID = draftID
        self.creatorID = creatorID
        self.runID = runID
        self.workflow = workflow
        self.definitionsVersion = definitionsVersion
        self.stepIndex = stepIndex
        self.readyAt = readyAt
        self.escalatedTo = escalatedTo
    }

    /// `queued` in the order a queue is worked: waiting longest at its step first, then by draft id. Sorted by
    /// position (two numbers a row), not by moving the rows about.
    static func longestWaitingFirst(_ queued: [QueuedDraft]) -> [QueuedDraft] {
        queued.indices.sorted { a, b in
            let x = queued[a].readyAt, y = queued[b].readyAt
            return x != y ? x < y : queued[a].draftID < queued[b].draftID
        }.map { queued[$0] }
    }
}

/// A draft as lists show it: its latest revision, latest run and the step that run waits on.
public struct DraftSummary: Sendable, Hashable {
    public var id: String
    public var creatorID: String
    public var workflow: String
    /// What the run is doing is in `run` and `openStep`.
    public var state: DraftState
    public var revision: Int
    public var contentHash: String
    /// The latest revision's title.
    public var title: String?
    public var createdAt: Int64
    public var updatedAt: Int64
    public var run: StoredRun?
    public var openStep: OpenStep?

    public init(id: String, creatorID: String, workflow: String, state: DraftState, revision: Int, contentHash: String, title: String? = nil,
                createdAt: Int64, updatedAt: Int64, run: StoredRun?, openStep: OpenStep?) {
        self.id = id
        self.creatorID = creatorID
        self.workflow = workflow
        self.state = state
        self.revision = revision
        self.contentHash = contentHash
        self.title = title
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.run = run
        self.openStep = openStep
    }
}

/// The step a running run is at: pending (waiting to be claimed, maybe until a time) or claimed by a worker.
public struct OpenStep: Sendable, Hashable {
    public var index: Int
    public var id: String
    public var state: StepState
    public var dueAt: Int64
    public var readyAt: Int64

    public init(index: Int, id: String, state: StepState, dueAt: Int64, readyAt: Int64) {
        self.index = index
        self.id = id
        self.state = state
        self.dueAt = dueAt
        self.readyAt = readyAt
    }
}

public struct NextStep: Sendable, Hashable {
    public var index: Int
    public var id: String
    public var dueAt: Int64
    /// The group an approval step, opened again by its escalation, is decided by now (kept on the step, where a
    /// reviewer's queue reads it).
    public var escalatedTo: String?

    public init(index: Int, id: String, dueAt: Int64, escalatedTo: String? = nil) {
        self.index = index
        self.id = id
        self.dueAt = dueAt
        self.escalatedTo = escalatedTo
    }
}

/// A message owed to the team that owns an endpoint: written in the transaction that disabled the endpoint, so it
/// is never lost, and sent by a worker to the endpoint's `alert` endpoint.
public struct EndpointNotice: Sendable, Hashable {
    public var id: Int64
    /// The endpoint it is about.
    public var endpoint: String
    /// `endpoint.disabled`.
    public var kind: String
    public var reason: String
    public var createdAt: Int64
    /// Sends tried before this one.
    public var attempts: Int
    /// The request to send as it is (a `post.recall`); nil for an owner's notice, which is built when sent.
    public var body: String?

    public init(id: Int64, endpoint: String, kind: String, reason: String, createdAt: Int64, attempts: Int) {
        self.id = id
        self.endpoint = endpoint
        self.kind = kind
        self.reason = reason
        self.createdAt = createdAt
        self.attempts = attempts
    }
}

/// One of an associate's drafts as a handover sees it.
public struct AuthoredPost: Sendable, Hashable {
    public var draftID: String
    public var runID: String
    public var workflow: String
    public var status: RunStatus
    /// The step a running run waits at.
    public var openStep: Int?
    public var content: Data
    public var definitionsVersion: String?
    /// Where it was delivered (endpoint ids), when it went out.
    public var deliveredTo: [String]

    public init(draftID: String, runID: String, workflow: String, status: RunStatus, openStep: Int?, content: Data, definitionsVersion: String?,
                deliveredTo: [String]) {
        self.draftID = draftID
        self.runID = runID
        self.workflow = workflow
        self.status = status
        self.openStep = openStep
        self.content = content
        self.definitionsVersion = definitionsVersion
        self.deliveredTo = deliveredTo
    }
}

/// What a leaver's handover does, decided by the engine from their posts and the workflows' offboarding policies.
public struct Handover: Sendable, Hashable {
    public struct Recall: Sendable, Hashable, Codable {
        public var draftID: String
        public var account: String
        public var endpoint: String
        /// The `post.recall` request's JSON.
        public var body: String

        public init(draftID: String, account: String, endpoint: String, body: String) {
            self.draftID = draftID
            self.account = account
            self.endpoint = endpoint
            self.body = body
        }
    }

    public var personID: String
    /// Running drafts that pass to the successor; every other running draft of theirs is cancelled, with why.
    public var handOver: [String: String] = [:]
    /// Why each cancelled draft is cancelled (a post on the leaver's own account, the workflow's policy).
    public var cancelled: [String: String] = [:]
    public var recalls: [Recall] = []
    /// Posts still live on the leaver's own accounts, as `draft on account`, for the report.
    public var live: [String] = []

    public init(personID: String) { self.personID = personID }
}

public struct DeliveryAttempt: Sendable, Hashable {
    public var runID: String
    public var stepIndex: Int
    public var endpoint: String
    public var webhookID: String
    public var status: Int?
    public var latencyMillis: Int
    public var responseExcerpt: String
    public var error: String?
    public var delivered: Bool
    /// Set on an attempt after which the delivery is given up: it goes to the dead letters, with this reason.
    public var deadLetter: String?
    /// The endpoint's health policy: the attempt counts towards its circuit breaker and auto-disable.
    public var healthPolicy: EndpointHealth.Policy?
    /// The receiver answered 410 Gone.
    public var gone = false
    /// The platform accounts the post goes out on (`xiaohongshu:lina.ifc`), recorded with a delivered attempt.
    public var accounts: [String] = []

    public init(runID: String, stepIndex: Int, endpoint: String, webhookID: String, status: Int?, latencyMillis: Int, responseExcerpt: String, error: String?, delivered: Bool,
                deadLetter: String? = nil) {
        self.deadLetter = deadLetter
        self.runID = runID
        self.stepIndex = stepIndex
        self.endpoint = endpoint
        self.webhookID = webhookID
        self.status = status
        self.latencyMillis = latencyMillis
        self.responseExcerpt = responseExcerpt
        self.error = error
        self.delivered = delivered
    }
}

public struct StoredDecision: Sendable, Hashable {
    /// Its place in the order decisions were recorded (larger is later).
    public var id: Int64
    public var reviewerID: String
    public var approve: Bool
    public var contentHash: String
    public var reason: String?
    /// The draft as the reviewer would have it (a rejection that requests changes).
    public var suggestion: String?

    public init(id: Int64 = 0, reviewerID: String, approve: Bool, contentHash: String, reason: String?, suggestion: String? = nil) {
        self.id = id
        self.reviewerID = reviewerID
        self.approve = approve
        self.contentHash = contentHash
        self.reason = reason
        self.suggestion = suggestion
    }
}

/// A step a worker holds under a lease.
public struct ClaimedStep: Sendable, Hashable {
    public var id: Int64
    public var runID: String
    public var stepIndex: Int
    public var stepID: String
    /// The fencing token: incremented by every claim.
    public var epoch: Int64
    public var worker: String
    public var leaseUntil: Int64
    /// When the step became ready (its previous step finished, or it was escalated): approval deadlines count from it.
    public var readyAt: Int64

    public init(id: Int64, runID: String, stepIndex: Int, stepID: String, epoch: Int64, worker: String, leaseUntil: Int64, readyAt: Int64 = 0) {
        self.id = id
        self.runID = runID
        self.stepIndex = stepIndex
        self.stepID = stepID
        self.epoch = epoch
        self.worker = worker
        self.leaseUntil = leaseUntil
        self.readyAt = readyAt
    }
}

public struct StepCompletion: Sendable, Hashable {
    public var runID: String
    public var stepIndex: Int
    public var epoch: Int64
    public var worker: String
    public var outcome: String
    public var at: Int64
    /// What the step found or decided, kept with its completion (a check's findings, an escalation's group).
    public var result: String?
}

public struct AuditEntry: Sendable, Hashable {
    public var seq: Int64
    public var at: Int64
    public var actor: String
    public var action: String
    public var subject: String
    public var details: String
    public var previousHash: String
    public var hash: String
}

public struct AuditProblem: Sendable, Hashable, CustomStringConvertible {
    public var seq: Int64
    public var reason: String

    public init(seq: Int64, reason: String) {
        self.seq = seq
        self.reason = reason
    }
    public var description: String { tr("audit entry \(seq): \(reason)") }
}

/// Errors a store reports: a kind to match on (`error.kind == .staleEpoch`), its stable code, and a message.
public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong; the raw value is the code people and logs see.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The database was written by a newer kosflow.
        case newerSchema = "KOS5001"
        /// A completion or renewal with an epoch that is no longer current: another worker holds the step.
        case staleEpoch = "KOS5002"
        case notFound = "KOS5003"
        /// The request does not fit the state it would change.
        case conflict = "KOS5004"
        /// The store cannot write now; the same request may succeed later.
        case unavailable = "KOS5005"
        /// A row holds a state this kosflow does not know.
        case unknownState = "KOS5006"
        /// The store's address or settings are wrong.
        case configuration = "KOS5007"
    }

    public var kind: Kind
    public var message: String
    /// The stable code (`KOS5002`).
    public var code: String { kind.rawValue }

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { "error[\(code)]: \(message)" }

    public static func staleEpoch(step: Int64, epoch: Int64) -> StoreError {
        StoreError(.staleEpoch, tr("step \(step) is no longer held at epoch \(epoch); another worker claimed it"))
    }

    public static func newerSchema(found: Int, known: Int) -> StoreError {
        StoreError(.newerSchema, tr("the database schema is version \(found); this kosd knows up to \(known): upgrade kosd, never downgrade a database"))
    }

    public static func notFound(_ what: String) -> StoreError { StoreError(.notFound, tr("\(what) does not exist")) }

    /// A row holds a state this kosflow does not know (written by hand, or by a newer kosflow without a migration).
    public static func unknownState(_ text: String, of what: String) -> StoreError {
        StoreError(.unknownState, tr("the store holds a \(what) state this kosd does not know: '\(text.prefix(40))'"))
    }

    /// The request does not fit the state it would change (revising a withdrawn draft).
    public static func conflict(_ message: String) -> StoreError { StoreError(.conflict, message) }

    /// A decision on a run that has ended, or on content other than the revision the run is on.
    static func undecidable(runID: String, contentHash: String, running: Bool) -> StoreError {
        conflict(running ? tr("run \(runID) is not on the revision with content \(contentHash)") : tr("run \(runID) has ended; nothing to decide"))
    }

    /// The store cannot write now (its disk is full, read-only or failing); the transaction was rolled back,
    /// and the same request may succeed later.
    public static func unavailable(_ message: String) -> StoreError { StoreError(.unavailable, message) }

    public var isUnavailable: Bool { kind == .unavailable }
}

/// The one-at-a-time operations that set state up directly, where kosd goes through the batches (`submitBatch`
/// submits and starts runs, `commit` enqueues next steps, `endpointHealths` reads every endpoint at once): for
/// tools and tests, and kept out of `Store` so the seam kosd depends on holds only what it uses.
public protocol DirectStore: Store {
    /// Creates a draft with its first revision, or returns the one created before with the same
    /// (creator, idempotency key): a retried submit never creates a second draft.
    func submitDraft(_ submission: DraftSubmission) async throws -> SubmittedDraft

    /// Adds a revision to a draft; returns its number.
    func addRevision(draftID: String, content: Data, actor: String) async throws -> Int

    /// Starts a run of `workflow` on a draft revision and enqueues its first step, in one transaction.
    func startRun(draftID: String, revision: Int, workflow: String, firstStep: (index: Int, id: String)?, actor: String) async throws -> String

    /// Adds work: step `index` of run `runID`, due at `dueAt` (store milliseconds).
    func enqueue(runID: String, stepIndex: Int, stepID: String, dueAt: Int64) async throws

    /// An endpoint's health (enabled, circuit breaker) as the attempts so far left it.
    func endpointHealth(_ endpoint: String) async throws -> EndpointHealth
}

/// A store that runs raw SQL: the conformance suite uses it to tamper with the audit log as an intruder
/// with database access would.
public protocol RawSQLStore: DirectStore {
    func execute(_ sql: String) async throws

    /// The tables kosflow keeps and their columns, each with its type in common words (`integer`, `text`,
    /// `real`, `blob`) and whether it may be null: for the test that holds the two drivers' schemas to one shape.
    /// The drivers' own bookkeeping (migration tables, SQLite's internals) is left out.
    func schema() async throws -> [String: [String: SchemaColumn]]
}

/// A column as both databases can describe it.
public struct SchemaColumn: Sendable, Hashable, CustomStringConvertible {
    public var type: String
    public var nullable: Bool

    public init(type: String, nullable: Bool) {
        self.type = type
        self.nullable = nullable
    }

    public var description: String { type + (nullable ? "" : " not null") }

    /// A declared type in common words: SQLite's affinity rules (INTEGER, TEXT, REAL, BLOB), and PostgreSQL's
    /// names for the same (bigint, bigserial, integer, boolean → integer; double precision → real; bytea → blob).
    public static func common(_ declared: String) -> String {
        let t = declared.lowercased()
        if t.contains("int") || t.contains("serial") || t == "boolean" { return "integer" }
        if t.contains("char") || t.contains("text") || t.contains("clob") { return "text" }
        if t.contains("real") || t.contains("floa") || t.contains("doub") { return "real" }
        if t.contains("blob") || t == "bytea" { return "blob" }
        return t
    }
}

/// A post booked into a calendar slot.
public struct SlotBooking: Sendable, Hashable, Codable {
    public typealias State = BookingState

    public var id: Int64
    public var calendar: String
    public var runID: String
    public var stepIndex: Int
    public var draftID: String
    public var creator: String
    public var store: String?
    public var platforms: [String]
    public var campaign: String?
    /// The slot, store milliseconds.
    public var slotAt: Int64
    /// The slot plus its jitter: when the post goes on to publishing.
    public var fireAt: Int64
    public var state: State
    public var note: String?

    public init(id: Int64, calendar: String, runID: String, stepIndex: Int, draftID: String, creator: String, store: String?,
                platforms: [String], campaign: String?, slotAt: Int64, fireAt: Int64, state: State, note: String?) {
        self.id = id
        self.calendar = calendar
        self.runID = runID
        self.stepIndex = stepIndex
        self.draftID = draftID
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

/// Who asks for a slot, and which bookings a choice must see.
public struct BookingRequest: Sendable, Hashable {
    public var calendar: String
    public var runID: String
    public var stepIndex: Int
    public var draftID: String
    public var creator: String
    public var store: String?
    public var platforms: [String]
    public var campaign: String?
    /// The bookings the caps need to see: slots in [scanFrom, scanThrough], store milliseconds, that share with
    /// this post a key of a scope named here (`creator`, `store`, `platform`, `campaign`: the calendar's caps).
    public var scanFrom: Int64
    public var scanThrough: Int64
    public var countedBy: Set<String>
    /// The step booking it, when a worker does: the booking is written only while that step is still claimed
    /// under that epoch (a worker whose lease was taken over books nothing; `staleEpoch`).
    public var fence: StepFence?

    public init(calendar: String, runID: String, stepIndex: Int, draftID: String, creator: String, store: String?,
                platforms: [String], campaign: String?, scanFrom: Int64, scanThrough: Int64, countedBy: Set<String>, fence: StepFence? = nil) {
        self.fence = fence
        self.countedBy = countedBy
        self.calendar = calendar
        self.runID = runID
        self.stepIndex = stepIndex
        self.draftID = draftID
        self.creator = creator
        self.store = store
        self.platforms = platforms
        self.campaign = campaign
        self.scanFrom = scanFrom
        self.scanThrough = scanThrough
    }
}

/// The slot a booking takes.
public struct BookingChoice: Sendable, Hashable {
    public var slotAt: Int64
    public var fireAt: Int64
    public var state: SlotBooking.State
    public var note: String?

    public init(slotAt: Int64, fireAt: Int64, state: SlotBooking.State = .booked, note: String?) {
        self.slotAt = slotAt
        self.fireAt = fireAt
        self.state = state
        self.note = note
    }
}

/// A delivery as operators list it.
public struct DeliverySummary: Sendable, Hashable {
    public var webhookID: String
    public var runID: String
    public var draftID: String
    public var stepIndex: Int
    public var endpoint: String
    public var state: DeliveryState
    public var createdAt: Int64
    public var attempts: Int
    public var lastAttemptAt: Int64?
    public var lastStatus: Int?
    public var lastError: String?

    public init(webhookID: String, runID: String, draftID: String, stepIndex: Int, endpoint: String, state: DeliveryState, createdAt: Int64, attempts: Int,
                lastAttemptAt: Int64?, lastStatus: Int?, lastError: String?) {
        self.webhookID = webhookID
        self.runID = runID
        self.draftID = draftID
        self.stepIndex = stepIndex
        self.endpoint = endpoint
        self.state = state
        self.createdAt = createdAt
        self.attempts = attempts
        self.lastAttemptAt = lastAttemptAt
        self.lastStatus = lastStatus
        self.lastError = lastError
    }
}

/// One attempt at a delivery, as recorded.
public struct AttemptRecord: Sendable, Hashable {
    public var number: Int
    public var at: Int64
    public var status: Int?
    public var latencyMillis: Int?
    public var responseExcerpt: String
    public var error: String?

    public init(number: Int, at: Int64, status: Int?, latencyMillis: Int?, responseExcerpt: String, error: String?) {
        self.number = number
        self.at = at
        self.status = status
        self.latencyMillis = latencyMillis
        self.responseExcerpt = responseExcerpt
        self.error = error
    }
}

/// A claimed step as a write outside its commit is fenced by: the step and the epoch the worker holds.
public struct StepFence: Sendable, Hashable {
    public var stepID: Int64
    public var epoch: Int64

    public init(_ step: ClaimedStep) {
        stepID = step.id
        epoch = step.epoch
    }
}

extension Store {
    public func setBookingState(id: Int64, state: SlotBooking.State, note: String?) async throws {
        try await setBookingState(id: id, state: state, note: note, fence: nil)
    }

    /// A decision without a suggested rewording.
    public func recordDecision(runID: String, stepIndex: Int, reviewerID: String, approve: Bool, contentHash: String, reason: String?) async throws {
        try await recordDecision(runID: runID, stepIndex: stepIndex, reviewerID: reviewerID, approve: approve, contentHash: contentHash, reason: reason, suggestion: nil)
    }

    /// A reviewer's own decision.
    public func recordDecision(runID: String, stepIndex: Int, reviewerID: String, approve: Bool, contentHash: String, reason: String?, suggestion: String?) async throws {
        try await recordDecision(runID: runID, stepIndex: stepIndex, reviewerID: reviewerID, approve: approve, contentHash: contentHash, reason: reason,
                                 suggestion: suggestion, decidedBy: nil)
    }
}
