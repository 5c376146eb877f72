import Crypto
import Foundation
import KosCore
import KosDefinitions
import KosDelivery
import KosStore
import KosTemplates

/// `publish:` and `notify:` — render the payload template and post it, signed, to the endpoint through the
/// worker's `Deliverer`. A publish renders once and checks what it rendered before sending it (what is checked
/// is what is sent), and is held when packs changed since approval would block it; a notify renders only when
/// it is about to be sent and never fails its run. An endpoint with an open circuit or disabled gets nothing (a
/// publish waits, a notify is skipped); its rate limit is shared by every worker. Failed attempts are retried on
/// the endpoint's schedule, then dead-lettered.
struct PublishRunner: StepRunner {
    let worker: Worker
    let delivery: DeliveryStep
    /// `notify:` rather than `publish:`.
    let notifies: Bool

    func run(_ input: StepInput) async throws -> StepDecision {
        let claimed = input.claimed, run = input.run, draft = input.draft, creator = input.creator
        if !notifies, let held = try await worker.heldByNewPacks(claimed, run: run, runsWith: input.environment.version, draft: draft, input.round) {
            return .commit(held)
        }
        if !notifies, let kit = try await worker.kitStanding(claimed, run: run, draft: draft, creator: creator, input.environment, input.round) {
            switch kit {
            case .held(let commit): return .commit(commit)
            case .notBefore(let from, let why): return input.release(from, why)
            }
        }
        let media = try await worker.mediaContext(run: run, draft: draft)
        func render() -> Result<String, any Error> {
            Result { try worker.template(delivery.template).render(Worker.templateContext(draft: draft, creator: creator, run: run, media: media)) }
        }
        var checked: Result<String, any Error>?
        if !notifies {
            let payload = render()
            checked = payload
            if case .success(let rendered) = payload,
               let refused = try await worker.payloadRefusal(delivery, rendered: rendered, claimed: claimed, run: run, draft: draft, creator: creator,
                                                             media: media, workflow: input.workflow, input.environment) {
                return .commit(refused)
            }
        }
        if let endpoint = input.environment.definitions.endpoints[delivery.endpoint] {
            let health = input.round.health[endpoint.id] ?? EndpointHealth(), now = input.round.now
            let (admitted, until) = health.admits(at: now)
            if !admitted {
                if let until {
                    return input.release(until, tr("the circuit of \(endpoint.id) is open until \(API.timestamp(until)); nothing is sent to it before"))
                }
                let why = tr("\(endpoint.id) is disabled (\(health.reason ?? tr("by an admin"))); an admin enables it with 'kos endpoints enable \(endpoint.id)'")
                if !notifies { return input.release(now + 60_000, why) }
                return .done(.delivered, StepFacts(notes: [AuditNote(actor: "kosflow", action: .notifySkipped, subject: input.subject, details: why)]))
            }
            // The endpoint's rate limit, shared by every worker: wait for a free send, no attempt counted.
            if let rate = endpoint.rateLimit {
                let wait = try await worker.store.takeDeliveryToken(endpoint: endpoint.id, count: rate.count, perMillis: rate.per.milliseconds)
                if wait > 0 { return input.release(now + wait, tr("\(endpoint.id) takes at most \(rate); waiting for a free send")) }
            }
        }
        if !notifies, let refused = try await worker.leaverRefusal(claimed, creator: creator) { return .commit(refused) }
        let previous = input.ctx.attempts[claimed.stepIndex] ?? 0
        let (decided, attempt, retryAfter) = await deliver(claimed: claimed, run: run, payload: checked ?? render(), previousAttempts: previous, input.environment)
        // What went out, on which accounts: the delivery's audit entry says so.
        var made = attempt
        made?.accounts = draft.accounts
        guard let decided else {
            return input.release(try await worker.store.now() + retryDelay(attempts: previous + 1, retryAfter: retryAfter,
                                                                            seed: "\(claimed.runID)/\(claimed.stepIndex)", input.environment),
                                 tr("delivery attempt \(previous + 1) to \(delivery.endpoint) failed; retrying"), attempt: made)
        }
        if notifies, case .failed = decided { return .done(.delivered, StepFacts(attempt: made)) }
        return .done(decided, StepFacts(attempt: made))
    }

    /// Posts the payload; the outcome (nil when the step should be retried later), the attempt made, and the
    /// receiver's `Retry-After`.
    func deliver(claimed: ClaimedStep, run: StoredRun, payload: Result<String, any Error>, previousAttempts: Int,
                 _ environment: EngineEnvironment) async -> (StepOutcome?, DeliveryAttempt?, Int?) {
        guard let endpoint = environment.definitions.endpoints[delivery.endpoint] else {
            return (.failed(reason: tr("endpoint \(delivery.endpoint) is not defined")), nil, nil)
        }
        let body: Data
        switch payload {
        case .success(let rendered): body = Data(rendered.utf8)
        case .failure(let error): return (.failed(reason: tr("template \(delivery.template): \(error)")), nil, nil)
        }
        var secrets: [WebhookSecret] = []
        do throws(DeliveryError) {
            secrets.append(try WebhookSecret.resolve(endpoint.secret, environment: environment.secretsEnvironment))
            // During a rotation the old secret signs too: receivers still on it verify, those on the new one too.
            if let previous = endpoint.previousSecret { secrets.append(try WebhookSecret.resolve(previous, environment: environment.secretsEnvironment)) }
        } catch {
            return (.failed(reason: error.message), nil, nil)
        }
        let webhookID = webhookID(run: run, stepIndex: claimed.stepIndex, endpoint: endpoint.id)
        let result = await worker.deliverer.post(url: endpoint.url, id: webhookID, body: body, secrets: secrets, timeoutMillis: Int(endpoint.timeout.milliseconds),
                                                 allowPrivateNetwork: endpoint.allowPrivateNetwork, endpoint: endpoint.id, concurrency: endpoint.concurrency)
        var attempt = DeliveryAttempt(
            runID: run.id, stepIndex: claimed.stepIndex, endpoint: endpoint.id, webhookID: webhookID, status: result.status,
            latencyMillis: result.latencyMillis, responseExcerpt: result.responseExcerpt, error: result.error, delivered: result.outcome == .delivered)
        attempt.healthPolicy = EndpointHealth.Policy(disableAfterMillis: endpoint.disableAfter.milliseconds)
        attempt.gone = result.outcome == .gone
        let number = previousAttempts + 1
        let reason: String
        switch result.outcome {
        case .delivered: return (.delivered, attempt, nil)
        case .retry where number < endpoint.retrySchedule.count: return (nil, attempt, result.retryAfter)
        case .retry: reason = tr("\(endpoint.id) did not accept the delivery after \(number) attempts")
        case .redirected: reason = tr("\(endpoint.id) answered with a redirect (\(result.status ?? 0)); redirects are not followed")
        case .gone: reason = tr("\(endpoint.id) says it is gone (410)")
        case .refused: reason = result.error.map { tr("\(endpoint.id) refused the delivery (\(result.status ?? 0)): \($0)") } ?? tr("\(endpoint.id) refused the delivery (\(result.status ?? 0))")
        case .blocked: reason = "\(endpoint.id): " + (result.error ?? tr("refused before connecting"))
        }
        // Given up: the delivery goes to the dead letters, with why.
        attempt.deadLetter = reason
        return (.failed(reason: reason), attempt, nil)
    }

    /// The receiver's idempotency key: the same for every attempt of this delivery.
    func webhookID(run: StoredRun, stepIndex: Int, endpoint: String) -> String {
        "msg_" + Hex.encode(SHA256.hash(data: Data("\(run.id)/\(stepIndex)/\(run.revision)/\(endpoint)".utf8)).prefix(16))
    }

    func retryDelay(attempts: Int, retryAfter: Int?, seed: String, _ environment: EngineEnvironment) -> Int64 {
        guard let endpoint = environment.definitions.endpoints[delivery.endpoint], attempts < endpoint.retrySchedule.count else { return 1000 }
        return RetryTiming.delay(schedule: endpoint.retrySchedule.map(\.milliseconds), attempts: attempts, retryAfterSeconds: retryAfter, seed: seed)
    }
}

extension Worker {
    /// A post of someone who has left the program does not go out once their moment has come, whether or not their
    /// handover has run: looked at on the store's clock just before sending.
    func leaverRefusal(_ claimed: ClaimedStep, creator: Person) async throws -> StepCommit? {
        guard let leftAt = creator.leftAt, leftAt <= (try await store.now()) else { return nil }
        let reason = tr("\(creator.id) left the program on \(API.timestamp(leftAt)); nothing is published for them from then on")
        return StepCommit(step: claimed, action: .advance(outcome: "withdrawn", next: nil, runStatus: .withdrawn, reason: reason))
    }

    func template(_ name: String) throws -> PayloadTemplate {
        try cacheLock.withLock {
            if let cached = templates[name] { return cached }
            let path = environment.templatesDirectory + "/" + name
            let compiled = try PayloadTemplate(text: try String(contentsOfFile: path, encoding: .utf8), path: path)
            templates[name] = compiled
            return compiled
        }
    }

    /// What a payload template sees; `media`: each medium's path, alt, sha256, size, type, url and expires.
    /// `draft.accounts`: each account the post names (id, platform, handle); `draft.account`: the handle by platform,
    /// for a platform's template (`{{draft.account.xiaohongshu}}`).
    static func templateContext(draft: Draft, creator: Person, run: StoredRun, media: [[String: Any]]) -> [String: Any] {
        var accounts: [[String: Any]] = [], byPlatform: [String: Any] = [:]
        for id in draft.accounts {
            guard case .success(let (platform, handle)) = PlatformAccount.parseID(id) else { continue }
            accounts.append(["id": "\(platform):\(handle)", "platform": platform, "handle": handle])
            byPlatform[platform] = handle
        }
        return [
            "draft": [
                "title": draft.title, "body": draft.body, "platforms": draft.platforms, "hashtags": draft.hashtags, "products": draft.products,
                "links": draft.links, "media": media, "accounts": accounts, "account": byPlatform,
                "cooperation": ["model": draft.cooperationModel ?? "", "order": draft.cooperationOrder ?? ""],
            ] as [String: Any],
            "creator": ["id": creator.id, "store": creator.store ?? "", "agency": creator.agency ?? "", "tier": creator.tier ?? ""],
            "run": ["id": run.id, "workflow": run.workflow],
        ]
    }
}
