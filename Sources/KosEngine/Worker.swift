import Crypto
import Foundation
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

    public init(definitions: Definitions, packs: [String: GuidelinePack], templatesDirectory: String, secretsEnvironment: [String: String]) {
        self.definitions = definitions
        self.packs = packs
        self.templatesDirectory = templatesDirectory
        self.secretsEnvironment = secretsEnvironment
    }
}

/// Claims due steps from the store and runs them, one at a time, committing each result fenced by the
/// claim's epoch. Any number of workers, in any number of processes, may share a store.
public final class Worker {
    public let name: String
    let store: any Store
    let environment: EngineEnvironment
    let leaseMillis: Int64
    let deliverer = CurlDeliverer()
    private var linters: [[String]: Linter] = [:]

    public init(name: String, store: any Store, environment: EngineEnvironment, leaseMillis: Int64 = 30_000) {
        self.name = name
        self.store = store
        self.environment = environment
        self.leaseMillis = leaseMillis
    }

    /// Runs one due step, if there is one; false when nothing was due.
    @discardableResult
    public func runOnce() async throws -> Bool {
        guard let step = try await store.claim(worker: name, leaseMillis: leaseMillis) else { return false }
        try await execute(step)
        return true
    }

    /// Runs due steps until none is left.
    public func drain() async throws {
        while try await runOnce() {}
    }

    func execute(_ claimed: ClaimedStep) async throws {
        // Keep the lease while the step runs (a checker near its timeout, a slow receiver): renew at a third of
        // the lease. A paused or dead worker stops renewing, and the step returns to the others.
        let renewal = Task { [store, leaseMillis] in
            var held = claimed
            while !Task.isCancelled {
                try await Task.sleep(for: .milliseconds(max(leaseMillis / 3, 10)))
                held = try await store.renew(held, leaseMillis: leaseMillis)
            }
        }
        defer { renewal.cancel() }
        try await perform(claimed)
    }

    func perform(_ claimed: ClaimedStep) async throws {
        guard let run = try await store.run(id: claimed.runID),
              let workflow = environment.definitions.workflows[run.workflow] else {
            try await store.advance(claimed, outcome: "failed", next: nil, runStatus: RunStatus.failed.rawValue,
                                    reason: "the workflow of this run is no longer defined", actor: name)
            return
        }
        guard let stored = try await store.draft(id: run.draftID), let revision = stored.revisions.first(where: { $0.number == run.revision }),
              let creator = try await store.person(id: stored.creatorID) else {
            try await store.advance(claimed, outcome: "failed", next: nil, runStatus: RunStatus.failed.rawValue, reason: "the draft or its author is missing", actor: name)
            return
        }
        let draft: Draft
        do throws(DiagnosticList) {
            draft = try DraftParser().parse(bytes: Array(revision.content), path: run.draftID)
        } catch {
            try await store.advance(claimed, outcome: "failed", next: nil, runStatus: RunStatus.failed.rawValue, reason: "the draft cannot be read: \(error)", actor: name)
            return
        }
        let machine = RunMachine(workflow: workflow)
        var context = RunContext(draft: draft, creator: creator, findings: [], outcomes: [:], revision: run.revision)
        for (i, step) in workflow.steps.enumerated() where i < claimed.stepIndex {
            if let last = try await store.completions(runID: run.id, stepIndex: i).last { context.outcomes[step.id] = last.outcome }
            if case .check(let check) = step.action { context.findings += try lint(draft, packs: packIDs(check, workflow)) }
        }
        let step = workflow.steps[claimed.stepIndex]
        let outcome: StepOutcome
        switch step.action {
        case .check(let check):
            let findings = try lint(draft, packs: packIDs(check, workflow))
            outcome = findings.contains { $0.level >= check.blockOn } ? .blocked(findings: findings) : .passed(findings: findings)
            context.findings += findings
        case .approval(let approval):
            if let auto = approval.autoApprove, auto.evaluate(context.value(at:)) {
                try await store.audit(actor: "kosflow", action: "approval.automatic", subject: "\(claimed.runID)/\(claimed.stepIndex)",
                                      details: "step \(step.id): the workflow's auto_approve condition holds")
                outcome = .approved
                break
            }
            let escalatedTo = try await Self.escalation(store, runID: claimed.runID, stepIndex: claimed.stepIndex)
            if let decided = try await approvalOutcome(approval, claimed: claimed, creator: creator, contentHash: revision.contentHash, escalatedTo: escalatedTo) {
                outcome = decided
                break
            }
            let now = try await store.now()
            let deadline = approval.timeout.map { claimed.readyAt + $0.milliseconds }
            if let deadline, now >= deadline, let timedOut = machine.timeoutOutcome(step: claimed.stepIndex) {
                // An escalation is given the same time once; when that passes too, the draft expires.
                if case .escalated = timedOut, escalatedTo != nil { outcome = .expired } else { outcome = timedOut }
                break
            }
            // Sleep until the next look or the deadline, whichever is first; a decision wakes the step at once.
            let wake = min(now + environment.approvalPollMillis, deadline ?? .max)
            try await store.release(claimed, dueAt: wake, note: "waiting for reviewers")
            return
        case .wait(let wait):
            switch wait {
            case .until(let local, let zone):
                guard let instant = LocalDateTime.instant(local, zone: zone ?? "Asia/Shanghai") else {
                    outcome = .failed(reason: "wait until \(local): not a time")
                    break
                }
                let due = Int64(instant.timeIntervalSince1970 * 1000)
                if try await store.now() < due {
                    try await store.release(claimed, dueAt: due, note: "waiting until \(local)")
                    return
                }
                outcome = .waited
            case .embargo(let calendarID):
                let lifts = embargoLift(draft: draft, calendar: calendarID ?? workflow.calendar)
                if let lifts, try await store.now() < lifts.millis {
                    try await store.release(claimed, dueAt: lifts.millis, note: "held by the embargo on \(lifts.product) until \(lifts.local)")
                    return
                }
                outcome = .waited
            case .slot:
                outcome = .failed(reason: "calendar slots are not scheduled by this kosd yet; the post was held, not published")
            }
        case .publish(let delivery), .notify(let delivery):
            guard let decided = try await deliver(delivery, claimed: claimed, run: run, draft: draft, creator: creator) else { return }
            if case .notify = step.action, case .failed = decided { outcome = .delivered } else { outcome = decided }
        case .exec(let exec):
            outcome = runExec(exec, draft: draft)
        }
        context.outcomes[step.id] = outcome.name
        switch machine.after(step: claimed.stepIndex, outcome: outcome, context: context) {
        case .schedule(let next):
            try await store.advance(claimed, outcome: outcome.name, next: NextStep(index: next, id: workflow.steps[next].id, dueAt: try await store.now()),
                                    runStatus: nil, reason: nil, actor: name)
        case .escalate(let index, let group):
            try await store.advance(claimed, outcome: "escalated to \(group)", next: NextStep(index: index, id: workflow.steps[index].id, dueAt: try await store.now()),
                                    runStatus: nil, reason: nil, actor: name)
        case .finish(let status, let reason):
            try await store.advance(claimed, outcome: outcome.name, next: nil, runStatus: status.rawValue, reason: reason, actor: name)
        }
    }

    func packIDs(_ check: CheckStep, _ workflow: Workflow) -> [String] {
        var ids = check.packs.isEmpty ? workflow.guidelines : check.packs
        // A workflow that waits for its embargoes holds the post instead of blocking it; one that does not
        // wait has its checks refuse embargoed products.
        let waitsForEmbargo = workflow.steps.contains { if case .wait(.embargo) = $0.action { true } else { false } }
        if !waitsForEmbargo, let calendar = workflow.calendar.flatMap({ environment.definitions.calendars[$0] }),
           let pack = GuidelinePack.embargoes(of: calendar) {
            ids.append(pack.id)
        }
        return ids
    }

    /// The latest lift of the embargoes that name one of the draft's products (by SKU in `products`, or by
    /// name in the text); nil when none applies.
    func embargoLift(draft: Draft, calendar id: String?) -> (millis: Int64, product: String, local: String)? {
        guard let calendar = id.flatMap({ environment.definitions.calendars[$0] }) else { return nil }
        let text = (draft.title + "\n" + draft.body + "\n" + draft.hashtags.joined(separator: " ")).lowercased()
        var latest: (millis: Int64, product: String, local: String)?
        for embargo in calendar.embargoes {
            guard let product = embargo.products.first(where: { p in draft.products.contains(p) || text.contains(p.lowercased()) }),
                  let lifts = LocalDateTime.instant(embargo.until, zone: calendar.timeZone) else { continue }
            let millis = Int64(lifts.timeIntervalSince1970 * 1000)
            if millis > latest?.millis ?? .min { latest = (millis, product, "\(embargo.until) \(calendar.timeZone)") }
        }
        return latest
    }

    func lint(_ draft: Draft, packs ids: [String]) throws -> [Finding] {
        if linters[ids] == nil {
            var available = environment.packs
            for calendar in environment.definitions.calendars.values {
                if let pack = GuidelinePack.embargoes(of: calendar) { available[pack.id] = pack }
            }
            linters[ids] = try Linter(packs: ids.compactMap { available[$0] })
        }
        return linters[ids]!.lint(draft)
    }

    /// The group an approval step was escalated to, when its last completion was an escalation.
    public static func escalation(_ store: any Store, runID: String, stepIndex: Int) async throws -> String? {
        let prefix = "escalated to "
        guard let last = try await store.completions(runID: runID, stepIndex: stepIndex).last, last.outcome.hasPrefix(prefix) else { return nil }
        return String(last.outcome.dropFirst(prefix.count))
    }

    func approvalOutcome(_ step: ApprovalStep, claimed: ClaimedStep, creator: Person, contentHash: String, escalatedTo: String?) async throws -> StepOutcome? {
        let people = try await store.people()
        let eligible = people.filter { ApprovalPolicy.check($0, step: step, submitter: creator, escalatedTo: escalatedTo) == nil }
        let eligibleIDs = Set(eligible.map(\.id))
        // Decisions by anyone the policy refuses (the author above all) never count, whatever a client sent.
        let decisions = try await store.decisions(runID: claimed.runID, stepIndex: claimed.stepIndex)
            .filter { eligibleIDs.contains($0.reviewerID) }
            .map { ApprovalPolicy.Decision(reviewerID: $0.reviewerID, approve: $0.approve, contentHash: $0.contentHash, reason: $0.reason) }
        switch ApprovalPolicy.status(of: step, decisions: decisions, currentHash: contentHash, eligible: eligible.count) {
        case .approved: return .approved
        case .rejected(let by, let reason): return .rejected(reason: "\(by): \(reason)")
        case .pending: return nil
        }
    }

    /// Renders and posts; nil when the step was put back to retry later.
    func deliver(_ delivery: DeliveryStep, claimed: ClaimedStep, run: StoredRun, draft: Draft, creator: Person) async throws -> StepOutcome? {
        guard let endpoint = environment.definitions.endpoints[delivery.endpoint] else {
            return .failed(reason: "endpoint \(delivery.endpoint) is not defined")
        }
        let path = environment.templatesDirectory + "/" + delivery.template
        let body: Data
        do {
            let template = try PayloadTemplate(text: try String(contentsOfFile: path, encoding: .utf8), path: path)
            body = Data(template.render(Self.templateContext(draft: draft, creator: creator, run: run)).utf8)
        } catch {
            return .failed(reason: "template \(delivery.template): \(error)")
        }
        let secret: WebhookSecret
        do throws(DeliveryError) {
            secret = try WebhookSecret.resolve(endpoint.secret, environment: environment.secretsEnvironment)
        } catch {
            return .failed(reason: error.message)
        }
        // The id is the receiver's idempotency key: the same for every attempt of this delivery.
        let webhookID = "msg_" + SHA256.hash(data: Data("\(run.id)/\(claimed.stepIndex)/\(run.revision)/\(endpoint.id)".utf8))
            .prefix(16).map { String(format: "%02x", $0) }.joined()
        let result = await deliverer.post(url: endpoint.url, id: webhookID, body: body, secrets: [secret], timeoutMillis: Int(endpoint.timeout.milliseconds))
        let attempt = try await store.recordAttempt(DeliveryAttempt(
            runID: run.id, stepIndex: claimed.stepIndex, endpoint: endpoint.id, webhookID: webhookID, status: result.status,
            latencyMillis: result.latencyMillis, responseExcerpt: result.responseExcerpt, error: result.error, delivered: result.outcome == .delivered))
        switch result.outcome {
        case .delivered: return .delivered
        case .retry where attempt < endpoint.retrySchedule.count:
            let delay = max(endpoint.retrySchedule[attempt].milliseconds, Int64(result.retryAfter ?? 0) * 1000)
            try await store.release(claimed, dueAt: try await store.now() + delay, note: "delivery attempt \(attempt) to \(endpoint.id) failed; retrying")
            return nil
        case .retry: return .failed(reason: "\(endpoint.id) did not accept the delivery after \(attempt) attempts")
        case .redirected: return .failed(reason: "\(endpoint.id) answered with a redirect (\(result.status ?? 0)); redirects are not followed")
        case .gone: return .failed(reason: "\(endpoint.id) says it is gone (410)")
        case .refused: return .failed(reason: "\(endpoint.id) refused the delivery (\(result.status ?? 0))")
        }
    }

    static func templateContext(draft: Draft, creator: Person, run: StoredRun) -> [String: Any] {
        [
            "draft": [
                "title": draft.title, "body": draft.body, "platforms": draft.platforms, "hashtags": draft.hashtags, "products": draft.products,
                "links": draft.links, "media": draft.media.map { ["path": $0.path, "alt": $0.alt, "sha256": ""] },
            ] as [String: Any],
            "creator": ["id": creator.id, "store": creator.store ?? ""],
            "run": ["id": run.id, "workflow": run.workflow],
        ]
    }

    func runExec(_ exec: ExecStep, draft: Draft) -> StepOutcome {
        let input: [String: Any] = ["title": draft.title, "body": draft.body, "platforms": draft.platforms, "hashtags": draft.hashtags,
                                    "products": draft.products, "links": draft.links]
        let data = (try? JSONSerialization.data(withJSONObject: input)) ?? Data()
        switch ChildProcess.run(exec.command, input: data, timeout: exec.timeout.seconds, maxOutput: 1 << 20) {
        case .exited(0, _): return .passed(findings: [])
        case .exited(let status, _): return .failed(reason: "\(exec.command[0]) exited with status \(status)")
        case .signalled(let signal): return .failed(reason: "\(exec.command[0]) was killed by signal \(signal)")
        case .timedOut: return .failed(reason: "\(exec.command[0]) did not finish within \(exec.timeout)")
        case .failedToStart(let why): return .failed(reason: "\(exec.command[0]) could not start: \(why)")
        }
    }
}
