import Foundation
import Synchronization
public import KosCore
import KosDefinitions
import KosDelivery
import KosRules
public import KosStore
import KosTemplates

/// What a worker needs to run steps: the definitions it runs, where templates are, and how it reaches
/// the outside world.
public struct EngineEnvironment: Sendable {
    public var definitions: Definitions
    /// Built-in packs and the definitions' own.
    public var packs: [String: GuidelinePack]
    public var templatesDirectory: String
    /// Where endpoint secrets are looked up (`env:`, `credential:` through `CREDENTIALS_DIRECTORY`).
    public var secretsEnvironment: [String: String]
    /// How long an undecided approval step sleeps before it looks again (a decision wakes it at once).
    public var approvalPollMillis: Int64 = 60_000

    /// The recorded snapshot these definitions came from (`Store.recordDefinitions`); nil when not recorded.
    public var version: String?

    public init(definitions: Definitions, packs: [String: GuidelinePack], templatesDirectory: String, secretsEnvironment: [String: String]) {
        self.definitions = definitions
        self.packs = packs
        self.templatesDirectory = templatesDirectory
        self.secretsEnvironment = secretsEnvironment
    }

    /// Loads and validates definitions from files on disk; the report says what is wrong when they are invalid.
    /// - Parameter programs: whether definitions may run programs (`checks.programs`); when not, an `exec`
    ///   step or an `external` rule is an error at its place.
    public static func load(paths: [String], templatesDirectory: String, secretsEnvironment: [String: String],
                            programs: Bool = true) -> Result<(EngineEnvironment, [DefinitionFile]), LoadFailure> {
        make(DefinitionLoader(templatesDirectory: templatesDirectory).load(paths: paths), templatesDirectory: templatesDirectory,
             secretsEnvironment: secretsEnvironment, programs: programs)
    }

    /// Loads a recorded snapshot's files.
    public static func load(files: [DefinitionFile], templatesDirectory: String, secretsEnvironment: [String: String],
                            programs: Bool = true) -> Result<(EngineEnvironment, [DefinitionFile]), LoadFailure> {
        make(DefinitionLoader(templatesDirectory: templatesDirectory).load(texts: files.map { ($0.path, $0.text) }),
             templatesDirectory: templatesDirectory, secretsEnvironment: secretsEnvironment, programs: programs)
    }

    static func make(_ given: LoadReport, templatesDirectory: String, secretsEnvironment: [String: String],
                     programs: Bool = true) -> Result<(EngineEnvironment, [DefinitionFile]), LoadFailure> {
        var report = given
        if !programs { report.diagnostics += programDiagnostics(report.definitions) }
        guard report.isValid else { return .failure(LoadFailure(report: report)) }
        var packs: [String: GuidelinePack]
        do {
            packs = try BuiltinPacks.load()
        } catch {
            return .failure(LoadFailure(report: report, other: tr("the built-in guideline packs cannot be loaded: \(error)")))
        }
        packs.merge(report.definitions.guidelines) { a, _ in a }
        // Compiled once here as every check will compile them: a failing fixture, a refused pattern or an
        // exception that matches nothing refuses the definitions at load (and at a reload) instead of failing runs.
        if !report.definitions.guidelines.isEmpty {
            do throws(PackError) {
                _ = try Linter(packs: packs.keys.sorted().compactMap { packs[$0] })
            } catch {
                report.diagnostics += error.diagnostics
                return .failure(LoadFailure(report: report))
            }
        }
        // A campaign kit whose locked text fails its own packs is refused where it is defined, as `kos validate` does.
        let kitProblems = KitLint.diagnostics(report.definitions, packs: packs)
        if !kitProblems.isEmpty {
            report.diagnostics += kitProblems
            return .failure(LoadFailure(report: report))
        }
        let files = report.files.map { DefinitionFile(path: $0, text: report.sources[$0] ?? "") }
        return .success((EngineEnvironment(definitions: report.definitions, packs: packs, templatesDirectory: templatesDirectory,
                                           secretsEnvironment: secretsEnvironment), files))
    }
}

extension EngineEnvironment {
    /// Where definitions name a program, for an operator who has turned programs off.
    static func programDiagnostics(_ definitions: Definitions) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for workflow in definitions.workflows.values {
            for step in workflow.steps {
                guard case .exec(let exec) = step.action else { continue }
                out.append(Diagnostic(code: DefinitionErrorCode.badCombination, message: tr("step \(step.id) runs \(exec.command.first ?? tr("a program")) and is refused: kosd.yaml turns programs off (checks.programs: off)"),
                                      file: step.source.file, location: step.source.location))
            }
        }
        for pack in definitions.guidelines.values {
            for rule in pack.rules where rule.kind == "external" {
                out.append(Diagnostic(code: DefinitionErrorCode.badCombination, message: tr("rule \(pack.id)/\(rule.id) runs a checker program and is refused: kosd.yaml turns programs off (checks.programs: off)"),
                                      file: rule.source.file, location: rule.source.location))
            }
        }
        return out.sorted { ($0.file ?? "", $0.location?.line ?? 0) < ($1.file ?? "", $1.location?.line ?? 0) }
    }
}

/// Definitions that did not load: every diagnostic, located.
public struct LoadFailure: Error, CustomStringConvertible {
    public var report: LoadReport?
    public var other: String?

    public init(report: LoadReport?, other: String? = nil) {
        self.report = report
        self.other = other
    }

    public var diagnostics: [Diagnostic] { report?.diagnostics ?? [] }
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count + (other == nil ? 0 : 1) }
    public var description: String { other ?? report?.renderedDiagnostics() ?? "" }
}

/// Claims due steps from the store and runs them, one at a time, committing each result fenced by the
/// claim's epoch. Any number of workers, in any number of processes, may share a store.
public final class Worker: @unchecked Sendable {
    public let name: String
    let store: any Store
    /// The definitions for runs that recorded none, and the base for recorded versions (templates, secrets).
    let environment: EngineEnvironment
    /// Recorded definition versions loaded so far: a run runs with the definitions it started with.
    let versions: DefinitionVersions
    let leaseMillis: Int64
    /// How webhooks go out (libcurl unless told otherwise).
    let deliverer: any Deliverer
    /// Caches shared by the steps of a batch, which run concurrently: used under this lock.
    let cacheLock = NSLock()
    /// Idle linters by key: a linter keeps scratch state, so each check takes one for itself and gives it back.
    private var linters: [[String]: [Linter]] = [:]
    /// How long one draft's checks may take (`checks.budget`); past it the draft is blocked as not checked in time.
    public var checkBudget: Duration = Linter.defaultBudget
    /// Told when a step starts (with the time by which it should be done) and when it ends: the supervisor
    /// kills a worker that overruns a step's budget.
    public var onStepStarted: (@Sendable (_ step: ClaimedStep, _ deadline: Date) -> Void)?
    public var onStepEnded: (@Sendable (_ step: ClaimedStep) -> Void)?
    /// Compiled templates by file, read once per worker (`template(_:)`).
    var templates: [String: PayloadTemplate] = [:]
    /// Parsed drafts by content hash (revisions are immutable, so an entry never goes stale).
    private var drafts: [String: Draft] = [:]
    /// The draft of each run in the batch at hand, for what is said when a run ends.
    private var runDrafts: [String: String] = [:]
    /// Findings as decoded from a check's stored result, by that result: a run's later steps (approval, publish,
    /// notify) read the same findings, decoded once.
    private var findingsByResult: [String: [Finding]] = [:]

    /// The steps in hand, for the renewer (`renewing(_:)`), and whether it runs.
    private let renewal = Mutex<(held: Held?, started: Bool)>((nil, false))

    /// Called after a run's end is committed: run id, draft id, how it ended, and why.
    public var onRunEnded: (@Sendable (_ runID: String, _ draftID: String, _ status: RunStatus, _ reason: String?) -> Void)?

    /// Where gateways reach kosd (`api.public_url`): each medium's link in a payload starts with it; nil leaves
    /// the links empty (the hash, size and type are there all the same).
    public var publicURL: String?
    /// The store's media link key, read once.
    var linkKey: Data?
    /// When this worker last looked for leavers whose handover is due.
    var lastOffboardingLook: ContinuousClock.Instant?
    /// What was read in pictures, by SHA-256 (an image's bytes decide what is read in it), at most 1,024 kept.
    var readings: [String: ImageReading] = [:]
    /// How pictures are read; nil: not at all.
    public var imageReader: ImageReader? = ImageReader()

    public init(name: String, store: any Store, environment: EngineEnvironment, leaseMillis: Int64 = 30_000, deliverer: any Deliverer = CurlDeliverer()) {
        self.name = name
        self.deliverer = deliverer
        self.store = store
        self.environment = environment
        versions = DefinitionVersions(store: store, current: environment)
        self.leaseMillis = leaseMillis
    }

    static let timings = ProcessInfo.processInfo.environment["KOS_WORKER_TIMINGS"] != nil

    /// How long a step whose work failed (a store error in the middle of it, say) waits before it is tried again.
    static let retryAfterFailureMillis: Int64 = 5_000

    /// How many due steps one claim takes: their results commit together, one fsync for the lot.
    public var batchSize = 16
    /// Steps whose completion was refused because another worker took them over (this worker was too slow).
    public private(set) var staleCommits = 0
    /// Asked between rounds of a claim: when true, the steps the last commit chained are handed back at
    /// once (not left to their lease) and `runOnce` returns. A stopping daemon drains this way.
    public var stopRequested: @Sendable () -> Bool = { false }

    /// Runs the due steps of one claim, and the steps they lead to that are due at once; false when nothing was due.
    /// `expected`: work was just announced (the supervisor's poke), so the claim need not look first.
    @discardableResult
    public func runOnce(expected: Bool = false) async throws -> Bool {
        try await finishOffboardings()
        let t0 = ContinuousClock.now
        // What a round reads comes with its steps: the claim and each commit read it with their write.
        var (batch, reads) = try await store.claimRound(worker: name, leaseMillis: leaseMillis, limit: batchSize, expected: expected)
        guard !batch.isEmpty else {
            try await sendNotices()
            return false
        }
        if Self.timings { FileHandle.standardError.write(Data("claim \(batch.count) \(ContinuousClock.now - t0)\n".utf8)) }
        if reads?.noticesDue ?? true { try await sendNotices() }
        while !batch.isEmpty {
            if stopRequested() {
                let now = try await store.now()
                let releases = batch.map { StepCommit(step: $0, action: .release(dueAt: now, note: tr("handed back: \(name) is stopping"))) }
                _ = try await store.commit(releases, worker: name, leaseMillis: leaseMillis, chain: false)
                break
            }
            let t1 = ContinuousClock.now
            let held = Held(batch)
            let read: RoundReads
            if let reads { read = reads } else { read = try await store.roundReads(runIDs: batch.map(\.runID)) }
            let round = Round(read, store: store)
            let tRead = ContinuousClock.now
            // Keep the leases while the batch runs (a checker near its timeout, a slow receiver): the renewer renews
            // the steps in hand at a third of the lease. A paused or dead worker stops renewing, and its steps return
            // to the others.
            renewing(held)
            let performed: [StepCommit?]
            do {
                if batch.count == 1 {
                    // One step: run here, without a task and the thread wake-ups of handing it over and back.
                    performed = [try await runStep(held.current(batch[0]), round)]
                } else {
                    // The steps of a batch run concurrently: one slow receiver does not hold up the others' deliveries.
                    performed = try await withThrowingTaskGroup(of: StepCommit?.self) { group in
                        for step in batch {
                            group.addTask { try await self.runStep(held.current(step), round) }
                        }
                        var done: [StepCommit?] = []
                        for try await commit in group { done.append(commit) }
                        return done
                    }
                }
            } catch {
                // The round ends here: its leases are no longer kept, so its steps return to the queue.
                renewing(nil)
                throw error
            }
            staleCommits += performed.count { $0 == nil }
            var commits = performed.compactMap { $0 }
            renewing(nil)
            commits = commits.map { c in
                var c = c
                c.step = held.current(c.step)
                return c
            }
            let t2 = ContinuousClock.now
            // The round's results and the next round's steps, in one transaction; a stopping worker takes no more.
            let (results, claimed, next) = try await store.commit(commits, worker: name, leaseMillis: leaseMillis, chain: true,
                                                                  refill: stopRequested() ? 0 : batchSize)
            reads = next
            if Self.timings { FileHandle.standardError.write(Data("round \(commits.count) reads \(tRead - t1) perform \(t2 - tRead) commit \(ContinuousClock.now - t2)\n".utf8)) }
            batch = []
            for (commit, result) in zip(commits, results) {
                switch result {
                case .stale: staleCommits += 1
                case .committed(let next):
                    if let next { batch.append(next) }
                    // The last step committed: a follow-up decided with the step was applied unless its step is the one chained.
                    var last = commit
                    while let follow = last.then.first, next?.stepIndex != follow.step.stepIndex { last = follow }
                    if case .advance(_, _, let status?, let reason) = last.action {
                        let draftID = cacheLock.withLock { runDrafts.removeValue(forKey: commit.step.runID) }
                        onRunEnded?(commit.step.runID, draftID ?? "?", status, reason)
                    }
                }
            }
            batch += claimed
            // Owners of endpoints disabled meanwhile hear of it between rounds, however long the queue.
            if !batch.isEmpty, reads?.noticesDue ?? true { try await sendNotices() }
        }
        return true
    }

    /// One step of a round, its start and end told (`onStepStarted`, `onStepEnded`).
    private func runStep(_ current: ClaimedStep, _ round: Round) async throws -> StepCommit? {
        onStepStarted?(current, Date().addingTimeInterval(budget(for: current, round)))
        defer { onStepEnded?(current) }
        guard Self.timings else { return try await performAlone(current, round) }
        let started = ContinuousClock.now
        defer { FileHandle.standardError.write(Data("step \(current.stepID) \(ContinuousClock.now - started)\n".utf8)) }
        return try await performAlone(current, round)
    }

    /// Makes `held` the steps the renewer keeps (nil: none), starting the renewer the first time. One task for the
    /// worker's life renews at a third of the lease whatever is in hand then; a task a round cost every round a
    /// task's start, a timer and a cancellation (thread wake-ups, most of a short round's scheduling).
    func renewing(_ held: Held?) {
        renewal.withLock { state in
            state.held = held
            guard held != nil, !state.started else { return }
            state.started = true
            Task { [weak self, store, leaseMillis] in
                while true {
                    try? await Task.sleep(for: .milliseconds(max(leaseMillis / 3, 10)))
                    guard let self else { return }
                    guard let held = self.renewal.withLock({ $0.held }) else { continue }
                    // A step another worker took over stays lost to us; the others keep their leases.
                    for step in held.steps {
                        if let renewed = try? await store.renew(step, leaseMillis: leaseMillis) { held.update(renewed) }
                    }
                }
            }
        }
    }

    /// The findings a check kept with its completion, decoded once per worker for all the run's later steps.
    func decodedFindings(_ json: String) -> [Finding]? {
        if let known = cacheLock.withLock({ findingsByResult[json] }) { return known }
        guard let findings = try? JSONDecoder().decode([Finding].self, from: Data(json.utf8)) else { return nil }
        cacheLock.withLock {
            if findingsByResult.count >= 512 { findingsByResult.removeAll(keepingCapacity: true) }
            findingsByResult[json] = findings
        }
        return findings
    }

    /// The draft of a run in the batch at hand.
    func runDraft(_ runID: String) -> String? { cacheLock.withLock { runDrafts[runID] } }

    /// The steps of a batch as last renewed.
    final class Held: @unchecked Sendable {
        private let lock = NSLock()
        private var byID: [Int64: ClaimedStep]
        init(_ steps: [ClaimedStep]) { byID = Dictionary(steps.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }) }
        var steps: [ClaimedStep] { lock.withLock { Array(byID.values) } }
        func update(_ step: ClaimedStep) { lock.withLock { byID[step.id] = step } }
        func current(_ step: ClaimedStep) -> ClaimedStep { lock.withLock { byID[step.id] ?? step } }
    }

    /// What the steps of a round read before they run, in one read for the lot rather than a few per step (or
    /// none, when the commit that chained them read it): their runs' contexts, the store's clock, the endpoints'
    /// health, and the people when an approval step first asks (once for the round, however many approval steps
    /// it holds).
    struct Round: Sendable {
        var contexts: [String: StepContext]
        var now: Int64
        var health: [String: EndpointHealth]
        /// The definitions new runs use now: a post approved under older packs is checked again before it goes out.
        var currentDefinitions: String?
        let people: OnceForTheRound<[Person]>

        init(_ reads: RoundReads, store: any Store) {
            contexts = reads.contexts
            now = reads.now
            health = reads.health
            currentDefinitions = reads.currentDefinitions
            people = OnceForTheRound { try await store.people() }
        }
    }

    /// A read made the first time a step of the round needs it and shared by the others.
    final class OnceForTheRound<Value: Sendable>: @unchecked Sendable {
        private let read: @Sendable () async throws -> Value
        private var task: Task<Value, any Error>?
        private let lock = NSLock()

        init(_ read: @escaping @Sendable () async throws -> Value) { self.read = read }

        var value: Value {
            get async throws {
                let task = lock.withLock {
                    if let task = self.task { return task }
                    let read = self.read
                    let started = Task { try await read() }
                    self.task = started
                    return started
                }
                return try await task.value
            }
        }
    }

    /// Tells the owners of endpoints that were disabled, through each endpoint's `alert` endpoint: a small JSON
    /// message, signed like any delivery, tried on the alert endpoint's retry schedule.
    /// Hands over the posts of people whose moment to leave has come (`kos people offboard --at`); looked at
    /// once a second at most. Until it runs, the moment holds anyway: nothing of theirs is published.
    func finishOffboardings() async throws {
        let now = ContinuousClock.now
        let due = cacheLock.withLock {
            if let last = lastOffboardingLook, now - last < .seconds(1) { return false }
            lastOffboardingLook = now
            return true
        }
        guard due else { return }
        for person in try await store.offboardingsDue() {
            // One handover that fails (the store refusing a write, say) is tried again at the next look; it never stops
            // the worker from running everyone else's steps.
            do {
                _ = try await Offboarding.complete(person, store: store, versions: versions, actor: "kosflow")
            } catch let error as StoreError where error.isUnavailable {
                throw error
            } catch {
                FileHandle.standardError.write(Data((tr("kosflow: the handover of \(person.id) failed and is tried again: \(error)") + "\n").utf8))
            }
        }
    }

    func sendNotices() async throws {
        for notice in try await store.claimNotices(worker: name, leaseMillis: leaseMillis, limit: 16) {
            if notice.body != nil {
                try await sendAsQueued(notice)
                continue
            }
            let endpoints = environment.definitions.endpoints
            guard let about = endpoints[notice.endpoint], let alertID = about.alert, let alert = endpoints[alertID] else {
                try await store.finishNotice(notice.id, sent: false, retryAt: nil,
                                             detail: tr("\(notice.endpoint) has no 'alert' endpoint; its owners see it in 'kos endpoints'"))
                continue
            }
            let message: [String: Any] = [
                "type": notice.kind, "endpoint": notice.endpoint, "owner": about.owner ?? "", "reason": notice.reason,
                "at": API.timestamp(notice.createdAt), "action": tr("when the receiver is fixed, an admin runs 'kos endpoints enable \(notice.endpoint)'"),
            ]
            let body = (try? JSONSerialization.data(withJSONObject: message, options: [.sortedKeys])) ?? Data("{}".utf8)
            try await send(notice, to: alert, body: body, webhookID: "msg_notice_\(notice.id)", seed: "notice-\(notice.id)",
                           sent: about.owner.map { tr("\(alert.id) was told that \(notice.endpoint) (owner \($0)) is disabled") }
                               ?? tr("\(alert.id) was told that \(notice.endpoint) is disabled"),
                           failed: { attempts, why in tr("\(alert.id) could not be told after \(attempts) attempts: \(why)") })
        }
    }

    /// A request queued as it is to go: a leaver's post on their own account asked to be taken down (`post.recall`,
    /// to the gateway that published it), the authors of posts held with their campaign kit told (`kit.held`, to the
    /// kit's `notify`); retried on the endpoint's schedule.
    func sendAsQueued(_ notice: EndpointNotice) async throws {
        let what = notice.kind == "post.recall" ? tr("the recall of \(notice.reason)") : tr("the \(notice.kind) notice about \(notice.reason)")
        guard let endpoint = environment.definitions.endpoints[notice.endpoint], let body = notice.body else {
            try await store.finishNotice(notice.id, sent: false, retryAt: nil, detail: tr("\(notice.endpoint) is no longer defined; \(what) was not sent"))
            return
        }
        let tag = notice.kind == "post.recall" ? "recall" : "notice"
        try await send(notice, to: endpoint, body: Data(body.utf8), webhookID: "msg_\(tag)_\(notice.id)", seed: "\(tag)-\(notice.id)",
                       sent: tr("\(endpoint.id) took \(what)"),
                       failed: { attempts, why in tr("\(endpoint.id) did not take \(what) (attempt \(attempts)): \(why)") })
    }

    /// Sends a claimed notice's request, signed, to `endpoint` and puts on the record what became of it: sent, tried
    /// again on the endpoint's retry schedule, or given up (with `failed(attempts, why)`).
    func send(_ notice: EndpointNotice, to endpoint: Endpoint, body: Data, webhookID: String, seed: String, sent: String,
              failed: (Int, String) -> String) async throws {
        let secrets: [WebhookSecret]
        do throws(DeliveryError) {
            secrets = try [WebhookSecret.resolve(endpoint.secret, environment: environment.secretsEnvironment)]
        } catch {
            try await store.finishNotice(notice.id, sent: false, retryAt: nil, detail: "\(endpoint.id): \(error.message)")
            return
        }
        let result = await deliverer.post(url: endpoint.url, id: webhookID, body: body, secrets: secrets, timeoutMillis: Int(endpoint.timeout.milliseconds),
                                          allowPrivateNetwork: endpoint.allowPrivateNetwork, endpoint: endpoint.id, concurrency: endpoint.concurrency)
        if result.outcome == .delivered {
            try await store.finishNotice(notice.id, sent: true, retryAt: nil, detail: sent)
            return
        }
        let attempts = notice.attempts + 1
        let why = result.error ?? tr("status \(result.status.map(String.init) ?? "-")")
        let retryAt: Int64? = if result.outcome == .retry, attempts < endpoint.retrySchedule.count {
            try await store.now() + RetryTiming.delay(schedule: endpoint.retrySchedule.map(\.milliseconds), attempts: attempts,
                                                      retryAfterSeconds: result.retryAfter, seed: seed)
        } else { nil }
        try await store.finishNotice(notice.id, sent: false, retryAt: retryAt, detail: failed(attempts, why))
    }

    /// Runs due steps until none is left.
    public func drain() async throws {
        while try await runOnce() {}
    }

    /// `perform`, with the step's failure kept to the step: taken over meanwhile, it is dropped (nil); anything
    /// else puts it back with the reason, to be tried again later. Only a store that cannot write (nothing of the
    /// round could be committed) or a cancellation ends the round.
    func performAlone(_ claimed: ClaimedStep, _ round: Round) async throws -> StepCommit? {
        do {
            return try await perform(claimed, round)
        } catch let error as StoreError where error.kind == .staleEpoch {
            return nil
        } catch let error as StoreError where error.isUnavailable {
            throw error
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            return StepCommit(step: claimed, action: .release(dueAt: round.now + Self.retryAfterFailureMillis,
                                                              note: tr("the step failed (\(String(describing: error).prefix(300))); it is tried again")))
        }
    }

    func failed(_ claimed: ClaimedStep, _ reason: String) -> StepCommit {
        StepCommit(step: claimed, action: .advance(outcome: "failed", next: nil, runStatus: .failed, reason: reason))
    }

    /// Runs one claimed step and says what to commit: prepares its input from the round's read (the definitions
    /// the run started with, the parsed draft, the run so far), has the step's runner decide (the IO to the
    /// outside world — checkers, deliveries — happens there), and turns the outcome into the next step or the
    /// run's end. The store is written by the caller, fenced.
    func perform(_ claimed: ClaimedStep, _ round: Round) async throws -> StepCommit {
        guard let ctx = round.contexts[claimed.runID] else {
            return failed(claimed, tr("the run no longer exists, or the store holds a state for it this kosd does not know"))
        }
        let run = ctx.run
        cacheLock.withLock { runDrafts[run.id] = run.draftID }
        let environment: EngineEnvironment
        do {
            environment = try await versions.environment(version: run.definitionsVersion)
        } catch let failure as LoadFailure {
            return failed(claimed, tr("the definitions \(run.definitionsVersion ?? "") this run started with do not load: \(failure.description.prefix(500))"))
        }
        guard let workflow = environment.definitions.workflows[run.workflow] else {
            return failed(claimed, tr("the workflow of this run is no longer defined"))
        }
        guard let creator = ctx.creator else { return failed(claimed, tr("the draft's author is missing")) }
        let draft: Draft
        if let cached = cacheLock.withLock({ drafts[ctx.contentHash] }) {
            draft = cached
        } else {
            do throws(DiagnosticList) {
                draft = try DraftParser().parse(bytes: Array(ctx.content), path: run.draftID)
            } catch {
                return failed(claimed, tr("the draft cannot be read: \(error)"))
            }
            // A run's steps usually follow one another on this worker: keep the parsed draft for the next one.
            cacheLock.withLock {
                if drafts.count >= 512 { drafts.removeAll(keepingCapacity: true) }
                drafts[ctx.contentHash] = draft
            }
        }
        let machine = RunMachine(workflow: workflow)
        var context = RunContext(draft: draft, creator: creator, findings: [], outcomes: [:], revision: run.revision)
        if draft.kit != nil {
            // Made from a campaign kit: matched against it (and its images by hash) for the fast lane's conditions.
            let media = try await store.revisionMedia(draftID: run.draftID, revision: run.revision).mapValues(\.sha256)
            let kits = environment.definitions.kits
            context.kit = KitMatch.of(draft, kits: kits, earlier: try await versions.earlierKit(named: draft.kit, defined: kits), media: media, now: round.now)
        }
        for (i, step) in workflow.steps.enumerated() where i < claimed.stepIndex {
            guard let done = ctx.completions[i] else { continue }
            context.outcomes[step.id] = done.outcome
            if case .check(let check) = step.action {
                // Findings were kept with the check's completion; a completion without them is checked again.
                if let json = done.result, let findings = decodedFindings(json) {
                    context.findings += findings
                } else {
                    context.findings += try await lint(draft, packs: packIDs(check, workflow, environment), environment)
                }
            }
        }
        let step = workflow.steps[claimed.stepIndex]
        let input = StepInput(claimed: claimed, round: round, ctx: ctx, run: run, environment: environment, workflow: workflow, step: step,
                              creator: creator, draft: draft, machine: machine, context: context)
        let outcome: StepOutcome
        let facts: StepFacts
        switch try await runner(for: step.action).run(input) {
        case .commit(let commit): return commit
        case .done(let decided, let found):
            outcome = decided
            facts = found
        }
        return conclude(claimed, outcome, facts, context: context, machine: machine, workflow: workflow)
    }

    /// The commit of a step decided with `outcome`: its next step, an escalation or the run's end. When the next
    /// step is an approval whose `auto_approve` holds on the run so far, nothing outside decides it: it is decided
    /// here and committed with this step, in one transaction (`StepCommit.then`), as it would be a round later.
    func conclude(_ claimed: ClaimedStep, _ outcome: StepOutcome, _ facts: StepFacts, context: RunContext, machine: RunMachine, workflow: Workflow) -> StepCommit {
        var context = context
        context.findings += facts.findings
        context.outcomes[workflow.steps[claimed.stepIndex].id] = outcome.name
        let action: StepCommit.Action
        var result = facts.result
        var then: [StepCommit] = []
        switch machine.after(step: claimed.stepIndex, outcome: outcome, context: context) {
        case .schedule(let next):
            action = .advance(outcome: outcome.name, next: NextStep(index: next, id: workflow.steps[next].id, dueAt: 0), runStatus: nil, reason: nil)
            let step = workflow.steps[next]
            if let (approved, found) = ApprovalRunner.automatic(step, subject: "\(claimed.runID)/\(next)", context: context) {
                // The store puts the chained step's id and epoch in place of these.
                let chained = ClaimedStep(id: 0, runID: claimed.runID, stepIndex: next, stepID: step.id, epoch: 0, worker: claimed.worker, leaseUntil: claimed.leaseUntil)
                then = [conclude(chained, approved, found, context: context, machine: machine, workflow: workflow)]
            }
        case .escalate(let index, let group):
            // The outcome says it for people; the group that decides now is kept as a value beside it.
            action = .advance(outcome: "escalated to \(group)", next: NextStep(index: index, id: workflow.steps[index].id, dueAt: 0, escalatedTo: group),
                              runStatus: nil, reason: nil)
            result = Approvals.escalationResult(group: group)
        case .finish(let status, let reason):
            action = .advance(outcome: outcome.name, next: nil, runStatus: status, reason: reason)
        }
        var commit = StepCommit(step: claimed, action: action, result: result, attempt: facts.attempt, notes: facts.notes, booking: facts.booking)
        commit.then = then
        return commit
    }

    /// The packs a check step applies: `CheckPlan` decides, as it does for `kos lint`.
    func packIDs(_ check: CheckStep, _ workflow: Workflow, _ environment: EngineEnvironment) -> [String] {
        CheckPlan.packIDs(workflow: workflow, step: check, definitions: environment.definitions)
    }

    /// - Parameter kinds: only the rules of these kinds (all when nil).
    func lint(_ draft: Draft, packs ids: [String], kinds: Set<String>? = nil, _ environment: EngineEnvironment) async throws -> [Finding] {
        // Packs are per definitions version: the key says which.
        let key = [environment.version ?? ""] + ids + (kinds.map { ["kinds:" + $0.sorted().joined(separator: ",")] } ?? [])
        let linter: Linter
        if let idle = cacheLock.withLock({ linters[key]?.popLast() }) {
            linter = idle
        } else {
            let available = CheckPlan.available(builtin: environment.packs, definitions: environment.definitions)
            linter = try Linter(packs: ids.compactMap { available[$0] }.map { pack in
                guard let kinds else { return pack }
                var only = pack
                only.rules = pack.rules.filter { kinds.contains($0.kind) }
                only.exceptions = pack.exceptions.filter { e in only.rules.contains { $0.id == e.rule } }
                return only
            })
        }
        defer { cacheLock.withLock { linters[key, default: []].append(linter) } }
        let budget = checkBudget
        guard linter.runsPrograms else { return linter.lint(draft, budget: budget) }
        // A checker program blocks while it runs: on a thread of its own, not one the other steps need.
        // The linter is this check's alone until it is given back.
        nonisolated(unsafe) let owned = linter
        return await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: owned.lint(draft, budget: budget)) }
            thread.stackSize = 4 << 20
            thread.start()
        }
    }

    /// A post approved under packs that have changed since (a reload) is checked with the packs in force now
    /// before it goes out; when they block it, it is held — the run ends blocked with the findings and a
    /// `run.held` audit entry — instead of being published.
    /// - Parameter version: the definitions the run runs with (its own, or this worker's when it recorded none).
    func heldByNewPacks(_ claimed: ClaimedStep, run: StoredRun, runsWith version: String?, draft: Draft, _ round: Round) async throws -> StepCommit? {
        guard let current = round.currentDefinitions, current != version,
              let environment = try? await versions.environment(version: current),
              let workflow = environment.definitions.workflows[run.workflow] else { return nil }
        guard workflow.steps.contains(where: { if case .check = $0.action { true } else { false } }) else { return nil }
        let findings = try await lint(draft, packs: CheckPlan.packIDs(workflow: workflow, step: nil, definitions: environment.definitions), environment)
        let blocking = findings.filter { $0.blocks(at: .error) }
        guard !blocking.isEmpty else { return nil }
        let named = blocking.prefix(3).map { "\($0.rule) \"\($0.match ?? "")\"" }.joined(separator: ", ")
        let reason = tr("held: the guideline packs changed after approval (definitions \(current)) and now flag \(named); revise the draft")
        let result = String(decoding: (try? JSONEncoder().encode(findings)) ?? Data("[]".utf8), as: UTF8.self)
        return StepCommit(step: claimed, action: .advance(outcome: "held", next: nil, runStatus: .blocked, reason: reason), result: result,
                          notes: [AuditNote(actor: "kosflow", action: .runHeld, subject: claimed.runID, details: reason)])
    }

    enum KitStanding {
        /// Not to go out: the kit was withdrawn, left the library, or its season is over.
        case held(StepCommit)
        /// Not before the kit's window opens.
        case notBefore(Int64, String)
    }

    /// A post made from a campaign kit goes out only while the kit stands, as the current definitions have it: one
    /// from a kit since withdrawn (or taken out of the library) or past its season is held, as for a pack change —
    /// the kit's text is no longer what the brand stands behind; one due before the kit's window opens waits for it.
    /// The author is told of a hold through the kit's `notify` endpoint, in the same transaction.
    func kitStanding(_ claimed: ClaimedStep, run: StoredRun, draft: Draft, creator: Person, _ runs: EngineEnvironment, _ round: Round) async throws -> KitStanding? {
        guard let reference = draft.kit else { return nil }
        let current = (try? await versions.environment(version: round.currentDefinitions)) ?? versions.current
        let id = Kit.id(of: reference)
        let kit = current.definitions.kits[id]
        // The window is the version's the draft was made from; a withdrawal is the kit's, whichever version.
        let window = try await versions.kit(named: reference, defined: current.definitions.kits)
        let reason: String
        if kit == nil {
            reason = tr("held: the campaign kit \(reference) it was made from is no longer in the library; the author revises it as their own post (full review), or waits for the kit's next version")
        } else if kit?.withdrawn == true {
            reason = tr("held: the campaign kit \(reference) it was made from was withdrawn; the author revises it as their own post (full review), or waits for the kit's next version")
        } else if let until = window?.validUntil, round.now > until {
            reason = tr("held: the campaign kit \(reference) it was made from closed at \(API.timestamp(until)) (its season is over); the author revises it as their own post (full review), or waits for the kit's next version")
        } else if let from = window?.validFrom, round.now < from {
            return .notBefore(from, tr("the campaign kit \(reference) it was made from may be posted from \(API.timestamp(from))"))
        } else {
            return nil
        }
        var notices: [QueuedNotice] = []
        if let endpoint = kit?.notify ?? window?.notify ?? runs.definitions.kits[id]?.notify {
            let body: [String: Any] = [
                "type": "kit.held", "kit": reference, "draft": run.draftID, "run": run.id, "title": draft.title, "creator": creator.id,
                "creator_name": creator.name ?? creator.id, "store": creator.store ?? "", "reason": reason, "at": API.timestamp(round.now),
                "action": tr("kos revise \(run.draftID) FILE: the post takes the full review as the author's own"),
            ]
            let json = (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
            notices.append(QueuedNotice(endpoint: endpoint, kind: "kit.held", reason: tr("\(run.draftID) of \(creator.id) (\(reference))"), body: json))
        }
        return .held(StepCommit(step: claimed, action: .advance(outcome: "held", next: nil, runStatus: .blocked, reason: reason),
                                notes: [AuditNote(actor: "kosflow", action: .runHeld, subject: claimed.runID, details: reason)], notices: notices))
    }

    /// How long a step may take before the supervisor treats its worker as stuck: the work's own limit
    /// (the check budget, a program's or a receiver's timeout) and a margin for a busy machine.
    func budget(for claimed: ClaimedStep, _ round: Round) -> TimeInterval {
        guard let ctx = round.contexts[claimed.runID],
              let workflow = versions.loaded(version: ctx.run.definitionsVersion).definitions.workflows[ctx.run.workflow],
              claimed.stepIndex < workflow.steps.count else { return 75 }
        let seconds: TimeInterval
        switch workflow.steps[claimed.stepIndex].action {
        case .check: seconds = checkBudget.inSeconds * 2   // the text's checks, then its pictures' reading
        case .exec(let exec): seconds = exec.timeout.seconds
        case .publish(let delivery), .notify(let delivery):
            seconds = environment.definitions.endpoints[delivery.endpoint].map { $0.timeout.seconds } ?? 30
        case .approval, .wait: seconds = 30
        }
        // The work's own limits hold inside the step; the margin covers the store round trips around them.
        return seconds * 1.1 + 5
    }
}
