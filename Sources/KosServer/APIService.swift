import Foundation
public import KosCore
import KosDefinitions
public import KosEngine
import KosRules
public import KosStore
import Synchronization

/// What the HTTP API does, free of HTTP: each method takes the authenticated person and returns what the
/// API answers or throws an `API.Problem`. Authorisation lives here, next to the data it protects:
/// creators see and act on their own drafts only, reviewers see what is routed to their groups, admins see
/// all; a draft someone may not see does not exist for them (404).
public final class APIService: Sendable {
    let store: any Store
    /// The current definitions (new runs start with them) and those of runs started before a reload.
    public let versions: DefinitionVersions
    let batcher: SubmitBatcher

    /// Called after the API commits work for the workers (a submit, a revision, a decision): wakes them.
    let onChange: @Sendable () -> Void
    /// The store's media link key, once read.
    let linkKey = Mutex<Data?>(nil)

    public init(store: any Store, environment: EngineEnvironment, onChange: @escaping @Sendable () -> Void = {}) {
        self.store = store
        versions = DefinitionVersions(store: store, current: environment)
        self.onChange = onChange
        batcher = SubmitBatcher(store: store, onChange: onChange)
    }

    var environment: EngineEnvironment { versions.current }
    var definitions: Definitions { environment.definitions }

    /// The workflow a run started with (its recorded definitions version, once `load` has read it).
    func workflow(of run: StoredRun) -> Workflow? {
        versions.loaded(version: run.definitionsVersion).definitions.workflows[run.workflow]
    }

    /// Reads the definitions versions of these drafts' runs that are not loaded yet.
    func load(_ summaries: [DraftSummary]) async throws {
        try await load(versions: Set(summaries.compactMap { $0.run?.definitionsVersion }))
    }

    func load(versions wanted: Set<String>) async throws {
        for version in wanted {
            do {
                _ = try await versions.environment(version: version)
            } catch let failure as LoadFailure {
                throw API.Problem(.internalError, detail: failure.other ?? tr("definitions \(version) do not load"))
            }
        }
    }

    // MARK: Identity

    public func authenticate(bearer: String?) async throws -> Person {
        guard let bearer, !bearer.isEmpty, bearer.utf8.count <= 256 else {
            throw API.Problem(.unauthorized, detail: tr("send 'Authorization: Bearer <token>'; an admin issues tokens with 'kosd token create'"))
        }
        guard let person = try await store.authenticate(token: bearer) else {
            throw API.Problem(.unauthorized, detail: tr("the token is unknown, expired or revoked"))
        }
        return person
    }

    public func me(_ person: Person) -> API.Me {
        API.Me(id: person.id, role: person.role.rawValue, groups: person.groups, store: person.store)
    }

    // MARK: Drafts

    /// Creates a draft and starts its run; a retried submit with the same key returns the first draft.
    public func submit(_ person: Person, _ submission: API.Submission, idempotencyKey: String?) async throws -> API.Submitted {
        if let key = idempotencyKey, key.isEmpty || key.utf8.count > 200 {
            throw API.Problem(.badRequest, detail: tr("the Idempotency-Key header must be 1 to 200 characters"))
        }
        let draft = try parse(submission.content)
        // One look at the definitions for the whole submit: a reload meanwhile does not mix two versions.
        let environment = self.environment
        let workflowID = try workflowID(for: draft, requested: submission.workflow, in: environment.definitions)
        try await checkAccounts(draft, creator: person, workflow: environment.definitions.workflows[workflowID])
        try checkCooperation(draft, creator: person, workflow: environment.definitions.workflows[workflowID])
        let media = try await storeMedia(submission.media, draft: draft, earlier: [:])
        // The draft and its run are created in one transaction, batched with concurrent submits (one fsync for all).
        let first = firstStep(workflow: workflowID, draft: draft, creator: person, in: environment.definitions, media: media,
                              earlier: try await versions.earlierKit(named: draft.kit, defined: environment.definitions.kits))
        let submitted = try await batcher.submit(RunSubmission(
            submission: DraftSubmission(creatorID: person.id, workflow: workflowID, idempotencyKey: idempotencyKey, content: Data(submission.content.utf8),
                                        title: draft.title.isEmpty ? nil : draft.title, definitionsVersion: environment.version, media: media),
            firstStep: first.map { NextStep(index: $0.index, id: $0.id, dueAt: 0) }))
        // Read with the write that stored it (a store that did not, reads it now).
        var summary = submitted.summary
        if summary == nil { summary = try await store.draftSummary(id: submitted.draftID) }
        guard let summary else { throw API.Problem(.internalError, detail: tr("the draft was stored but cannot be read back")) }
        if !submitted.created, let key = idempotencyKey {
            // A retry must be the same request: the same key with other content would silently lose it.
            let first = try await store.draft(id: submitted.draftID)?.revisions.first
            if first?.contentHash != AuditChain.contentHash(Data(submission.content.utf8)) || summary.workflow != workflowID {
                let key = key.prefix(80), id = submitted.draftID
                throw API.Problem(.idempotencyConflict, detail: summary.workflow != workflowID
                    ? tr("the Idempotency-Key '\(key)' was used for \(id) with other content and workflow \(summary.workflow); nothing was submitted. Use a new key for a new draft, or 'kos revise \(id)' to change that one")
                    : tr("the Idempotency-Key '\(key)' was used for \(id) with other content; nothing was submitted. Use a new key for a new draft, or 'kos revise \(id)' to change that one"))
            }
        }
        return API.Submitted(draft: view(summary, title: summary.title ?? draft.title), created: submitted.created, media: media)
    }

    /// Adds a revision: earlier approvals no longer count, and the workflow starts again from its first step.
    public func revise(_ person: Person, draftID: String, _ submission: API.Submission) async throws -> API.Submitted {
        let summary = try await visibleDraft(person, draftID)
        guard summary.creatorID == person.id else {
            throw API.Problem(.forbidden, detail: tr("only the author revises a draft; reviewers reject it with a reason instead"))
        }
        let state = self.state(of: summary)
        if state.progress == .withdrawn { throw API.Problem(.conflict, detail: tr("\(draftID) was withdrawn; submit a new draft")) }
        if state.progress == .published { throw API.Problem(.conflict, detail: tr("\(draftID) is already published; submit a new draft for a correction")) }
        let draft = try parse(submission.content)
        // The new run starts with the current definitions: one look at them for the whole revision.
        let environment = self.environment
        try await checkAccounts(draft, creator: person, workflow: environment.definitions.workflows[summary.workflow])
        try checkCooperation(draft, creator: person, workflow: environment.definitions.workflows[summary.workflow])
        // A medium not uploaded again is the one the previous revision had under the same path.
        let earlier = try await store.revisionMedia(draftID: draftID, revision: summary.revision).mapValues(\.sha256)
        let media = try await storeMedia(submission.media, draft: draft, earlier: earlier)
        let first = firstStep(workflow: summary.workflow, draft: draft, creator: person, in: environment.definitions, media: media,
                              earlier: try await versions.earlierKit(named: draft.kit, defined: environment.definitions.kits))
        do {
            _ = try await store.reviseDraft(draftID: draftID, content: Data(submission.content.utf8), title: draft.title.isEmpty ? nil : draft.title,
                                         media: media, firstStep: first, definitionsVersion: environment.version, actor: person.id)
            onChange()
        } catch let error as StoreError where error.kind == .conflict {
            throw API.Problem(.conflict, detail: error.message)
        }
        guard let revised = try await store.draftSummary(id: draftID) else { throw API.Problem(.notFound) }
        return API.Submitted(draft: view(revised, title: draft.title), created: true, media: media)
    }

    public func withdraw(_ person: Person, draftID: String, reason: String?) async throws -> API.Draft {
        let summary = try await visibleDraft(person, draftID)
        guard summary.creatorID == person.id || person.role == .admin else {
            throw API.Problem(.forbidden, detail: tr("only the author or an admin withdraws a draft"))
        }
        let state = self.state(of: summary)
        if state.progress == .withdrawn { return view(summary) }
        if state.progress == .published { throw API.Problem(.conflict, detail: tr("\(draftID) is already published; take it down on the platform")) }
        try await store.withdrawDraft(draftID: draftID, reason: reason ?? "withdrawn by \(person.id)", actor: person.id)
        guard let after = try await store.draftSummary(id: draftID) else { throw API.Problem(.notFound) }
        return view(after)
    }

    /// The drafts a person may see, newest first, optionally only those in `state`.
    public func drafts(_ person: Person, state filter: String?) async throws -> [API.Draft] {
        if let filter, DraftProgress(rawValue: filter) == nil {
            throw API.Problem(.badRequest, detail: tr("state '\(filter.prefix(40))' is not one of \(DraftProgress.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        let all = try await store.drafts(creatorID: person.role == .creator ? person.id : nil, openOnly: false)
        // An agency's account managers read their agency's drafts: filtered below like everyone's.
        try await load(all)
        let people = try await peopleByID()
        let away = principals(of: person, people: people, now: try await storeNow())
        return all.filter { canSee(person, $0, people: people, principals: away) }
            .map { view($0) }
            .filter { filter == nil || $0.state == filter }
    }

    public func show(_ person: Person, draftID: String) async throws -> API.DraftDetail {
        try await detail(person, draftID: draftID).detail
    }

    /// The draft as `show` answers it, with the stored draft it read (every revision), for a caller that shows more.
    func detail(_ person: Person, draftID: String) async throws -> (detail: API.DraftDetail, stored: StoredDraft) {
        let summary = try await visibleDraft(person, draftID)
        guard let stored = try await store.draft(id: draftID), let revision = stored.revisions.last else { throw API.Problem(.notFound) }
        let content = String(decoding: revision.content, as: UTF8.self)
        // The findings the run's checks recorded: a read never runs a check (nor a checker program).
        var findings: [Finding] = []
        var decisions: [API.Decision] = []
        var waitingFor: String?
        var suggestion: API.Suggestion?
        if let run = summary.run, let workflow = workflow(of: run) {
            // The packs the run was checked with (built-in and the definitions' own): their rules say a recorded
            // finding again in the reader's language.
            let rules = Definitions.rules(of: versions.loaded(version: run.definitionsVersion).packs.values)
            findings = Self.recordedFindings(workflow, completions: try await store.stepContext(runID: run.id)?.completions ?? [:])
                .map { $0.localized(in: MessageLanguage.current, rules: rules) }
            for (i, step) in workflow.steps.enumerated() {
                guard case .approval(let approval) = step.action else { continue }
                for d in try await store.decisions(runID: run.id, stepIndex: i) {
                    decisions.append(API.Decision(step: step.id, reviewer: d.reviewerID, decision: d.approve ? "approved" : "rejected",
                                                  revisionHash: d.contentHash, reason: d.reason, suggestion: d.suggestion))
                    // The latest rewording suggested for the revision the draft is at is the one its author can take.
                    if !d.approve, let content = d.suggestion, d.contentHash == summary.contentHash {
                        suggestion = API.Suggestion(reviewer: d.reviewerID, step: step.id, revision: summary.revision, reason: d.reason ?? "", content: content)
                    }
                }
                if summary.openStep?.index == i {
                    let escalated = try await Approvals.escalation(store, runID: run.id, stepIndex: i)
                    waitingFor = Self.describe(approval, escalatedTo: escalated)
                }
            }
        }
        let history = try await store.history(draftID: draftID).map(Self.view)
        var detail = API.DraftDetail(draft: view(summary), content: content, findings: findings, decisions: decisions,
                                     history: history, waitingFor: waitingFor, suggestion: suggestion)
        // Made from a campaign kit: what the associate wrote, so a reviewer reads only what is new.
        if let draft = try? DraftParser().parse(text: content, path: draftID) {
            let kits = summary.run.map { versions.loaded(version: $0.definitionsVersion).definitions.kits } ?? definitions.kits
            if let match = try await kitMatch(draft, draftID: draftID, revision: revision.number, kits: kits) {
                let order = kits[Kit.id(of: match.reference)].map { KitTemplate.slotNames($0.title) + KitTemplate.slotNames($0.body) } ?? match.slots.keys.sorted()
                detail.kit = API.DraftDetail.KitPart(match, order: order)
            }
        }
        return (detail, stored)
    }

    /// The findings a run's steps recorded: check steps theirs, a publish step those of a payload it refused.
    static func recordedFindings(_ workflow: Workflow, completions: [Int: StepContext.Completion]) -> [Finding] {
        var findings: [Finding] = []
        for (i, step) in workflow.steps.enumerated() {
            switch step.action {
            case .check, .publish: break
            default: continue
            }
            guard let json = completions[i]?.result,
                  let recorded = try? JSONDecoder().decode([Finding].self, from: Data(json.utf8)) else { continue }
            findings += recorded
        }
        return findings
    }

    /// The author takes the rewording a reviewer suggested for the revision they read as the next revision (media
    /// unchanged); its workflow starts again, as after any revision.
    public func acceptSuggestion(_ person: Person, draftID: String, _ request: API.AcceptSuggestion) async throws -> API.Submitted {
        let (detail, _) = try await detail(person, draftID: draftID)
        guard detail.draft.creator == person.id else {
            throw API.Problem(.forbidden, detail: tr("only the author takes a suggested rewording of their draft"))
        }
        guard let revision = request.revision else {
            throw API.Problem(.badRequest, detail: tr("name the revision whose suggested rewording you read ({\"revision\": N})"))
        }
        guard revision == detail.draft.revision else {
            var problem = API.Problem(.staleRevision, detail: tr("\(draftID) is at revision \(detail.draft.revision) now, not revision \(revision); nothing was changed"))
            problem.currentRevision = detail.draft.revision
            problem.currentContentHash = detail.draft.contentHash
            throw problem
        }
        guard let suggestion = detail.suggestion else {
            throw API.Problem(.conflict, detail: tr("no reviewer suggested a rewording of revision \(revision) of \(draftID)"))
        }
        return try await revise(person, draftID: draftID, API.Submission(workflow: nil, content: suggestion.content))
    }

    // MARK: Approvals

    /// Records a reviewer's decision on the step the draft waits at, bound to the revision's content hash.
    public func decide(_ person: Person, draftID: String, approve: Bool, request: API.DecisionRequest) async throws -> API.Draft {
        let summary = try await visibleDraft(person, draftID)
        guard person.isBrandReviewer else {
            throw API.Problem(.forbidden, detail: person.agency == nil ? tr("approving and rejecting need the reviewer or admin role")
                              : tr("the brand's reviewers decide its approvals; an agency's people do not"))
        }
        let reason = approve ? request.comment : request.reason
        if !approve, (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw API.Problem(.badRequest, detail: tr("a rejection needs a reason the author can act on (--reason)"))
        }
        if let reason, reason.utf8.count > 4000 { throw API.Problem(.badRequest, detail: tr("the reason or comment is longer than 4000 bytes")) }
        let suggestion = request.suggestion.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        if let suggestion {
            guard !approve else { throw API.Problem(.badRequest, detail: tr("a suggested rewording goes with a rejection that requests changes, not an approval")) }
            // The author takes it as it is, so it must be a draft kosd accepts.
            _ = try parse(suggestion)
        }
        guard let revision = request.revision, let contentHash = request.contentHash else {
            throw API.Problem(.badRequest, detail: tr("a decision names the revision and contentHash it was made on, as GET /v1/drafts/\(draftID) showed them"))
        }
        guard revision == summary.revision, contentHash == summary.contentHash else { throw Self.stale(summary, decidedOn: revision) }
        guard let run = summary.run, run.status == .running, let open = summary.openStep,
              let workflow = workflow(of: run), open.index < workflow.steps.count,
              case .approval(let approval) = workflow.steps[open.index].action else {
            throw API.Problem(.notAwaitingApproval, detail: tr("\(draftID) is \(state(of: summary).progress.rawValue)"))
        }
        guard let submitter = try await store.person(id: summary.creatorID) else { throw API.Problem(.notFound) }
        let escalated = try await Approvals.escalation(store, runID: run.id, stepIndex: open.index)
        // Whose decision it is: the reviewer's own, or that of a reviewer away who named them to decide meanwhile.
        var decider = person, onBehalf = false
        if let refusal = ApprovalPolicy.check(person, step: approval, submitter: submitter, escalatedTo: escalated) {
            if refusal == .ownDraft { throw API.Problem(.selfApproval, detail: tr("\(draftID) is yours; segregation of duties needs another reviewer")) }
            let away = principals(of: person, people: try await peopleByID(), now: try await storeNow())
            guard let principal = away.first(where: { ApprovalPolicy.check($0, step: approval, submitter: submitter, escalatedTo: escalated) == nil }) else {
                throw API.Problem(.forbidden, detail: tr("step \(workflow.steps[open.index].id): \(refusal)"))
            }
            decider = principal
            onBehalf = true
        }
        do {
            try await store.recordDecision(runID: run.id, stepIndex: open.index, reviewerID: decider.id, approve: approve, contentHash: contentHash,
                                           reason: reason, suggestion: suggestion, decidedBy: onBehalf ? person.id : nil)
        } catch let error as StoreError where error.kind == .conflict {
            // Revised, or its run ended, between the checks above and the write: the decision landed nowhere.
            guard let now = try await store.draftSummary(id: draftID) else { throw API.Problem(.notFound) }
            if now.revision != revision || now.contentHash != contentHash { throw Self.stale(now, decidedOn: revision) }
            throw API.Problem(.notAwaitingApproval, detail: tr("\(draftID) is \(state(of: now).progress.rawValue)"))
        }
        onChange()
        guard let after = try await store.draftSummary(id: draftID) else { throw API.Problem(.notFound) }
        var answer = view(after)
        answer.next = try await nextAfterDecision(draftID: draftID, approve: approve, approval: approval, workflow: workflow,
                                                  kits: versions.loaded(version: run.definitionsVersion).definitions.kits, index: open.index, runID: run.id,
                                                  submitter: submitter, escalated: escalated, contentHash: contentHash)
        return answer
    }

    /// What a reviewer's decision leads to, for the reviewer to read: the approvals still missing at this stage,
    /// or the stage that comes next and who decides it, or that the post goes on to be scheduled and published.
    func nextAfterDecision(draftID: String, approve: Bool, approval: ApprovalStep, workflow: Workflow, kits: [String: Kit], index: Int, runID: String, submitter: Person,
                           escalated: String?, contentHash: String) async throws -> String {
        let stage = workflow.steps[index].id
        guard approve else { return tr("the draft is rejected at \(stage); its author sees your reason and may revise it") }
        switch try await Approvals.status(store, step: approval, runID: runID, stepIndex: index, submitter: submitter, escalatedTo: escalated,
                                                contentHash: contentHash) {
        case .pending(let approvals, let needed):
            return tr("\(approvals) of \(needed) approvals at \(stage): waiting for \(needed - approvals) more from \(Self.describe(approval, escalatedTo: escalated))")
        case .rejected(let by, _):
            return tr("\(by) has rejected this revision at \(stage): it does not go on until it is revised")
        case .approved:
            // The steps that will run: a step whose condition does not hold for this draft (a kit's fast lane) is passed over.
            var context: RunContext?
            if workflow.steps.dropFirst(index + 1).contains(where: { $0.condition != nil }),
               let stored = try await store.draft(id: draftID), let revision = stored.revisions.last,
               let draft = try? DraftParser().parse(bytes: Array(revision.content), path: draftID) {
                var c = RunContext(draft: draft, creator: submitter, revision: revision.number)
                // Matched against the kits of the definitions the run started with, as its worker matches it.
                c.kit = try await kitMatch(draft, draftID: draftID, revision: revision.number, kits: kits)
                context = c
            }
            for step in workflow.steps.dropFirst(index + 1) {
                if let condition = step.condition, let context, !condition.evaluate(context.value(at:)) { continue }
                switch step.action {
                case .approval(let following):
                    return tr("\(stage) is approved; next: \(step.id), decided by \(Self.describe(following, escalatedTo: nil))")
                case .wait, .publish:
                    return tr("approved in full: it goes on to be scheduled and published (kos status \(draftID) shows when)")
                default: continue
                }
            }
            return index + 1 < workflow.steps.count ? tr("approved in full: the workflow's remaining steps run now") : tr("approved in full: that was the workflow's last step")
        }
    }

    /// The 409 for a decision on a revision the draft is no longer at: it names the current one.
    static func stale(_ summary: DraftSummary, decidedOn revision: Int) -> API.Problem {
        var problem = API.Problem(.staleRevision, detail: tr("\(summary.id) is at revision \(summary.revision) (content \(summary.contentHash.prefix(12))…) now, not the revision \(revision) you decided on; nothing was recorded. Read it again (kos show \(summary.id)) and decide on what you read"))
        problem.currentRevision = summary.revision
        problem.currentContentHash = summary.contentHash
        return problem
    }

    /// A reviewer's queue: drafts waiting at an approval step they may decide and have not decided yet, newest first.
    public func inbox(_ person: Person) async throws -> [API.Draft] {
        let waiting = try await inboxSummaries(person, people: try await peopleByID())
        return try await store.draftSummaries(ids: waiting.map(\.queued.draftID))
            .sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }.map { view($0) }
    }

    /// A draft waiting for a reviewer's decision, as the queue reads it (a caller that shows a page of them reads
    /// only those in full), with the group its step was escalated to and its deadline.
    struct Waiting {
        var queued: QueuedDraft
        var submitter: Person
        var escalatedTo: String?
        var deadline: Int64?
    }

    /// The drafts waiting for `person`'s decision, waiting longest first, from one narrow read of the queue however long it is.
    func inboxSummaries(_ person: Person, people: [String: Person]) async throws -> [Waiting] {
        guard person.isBrandReviewer else { throw API.Problem(.forbidden, detail: tr("the inbox is for the brand's reviewers and admins")) }
        let queued = try await store.queuedDrafts()
        try await load(versions: Set(queued.compactMap(\.definitionsVersion)))
        // One read for what this reviewer decided already: on a running run, a decision is on its one revision.
        let decided = Set(try await store.decidedSteps(reviewerID: person.id).map { "\($0.runID)/\($0.stepIndex)" })
        // The reviewers away who named this one to decide for them: their queue is this one's too, meanwhile.
        var principals: [(person: Person, decided: Set<String>)] = []
        for p in self.principals(of: person, people: people, now: try await storeNow()) {
            principals.append((p, Set(try await store.decidedSteps(reviewerID: p.id).map { "\($0.runID)/\($0.stepIndex)" })))
        }
        // Drafts come in runs at the same step of the same workflow: the step is looked up again only when that changes.
        var last: (version: String?, workflow: String, index: Int, approval: ApprovalStep?)?
        var out: [Waiting] = []
        for q in queued {
            if last == nil || last!.index != q.stepIndex || last!.workflow != q.workflow || last!.version != q.definitionsVersion {
                var approval: ApprovalStep?
                if let workflow = versions.loaded(version: q.definitionsVersion).definitions.workflows[q.workflow], q.stepIndex < workflow.steps.count,
                   case .approval(let step) = workflow.steps[q.stepIndex].action {
                    approval = step
                }
                last = (q.definitionsVersion, q.workflow, q.stepIndex, approval)
            }
            guard let approval = last!.approval, let submitter = people[q.creatorID] else { continue }
            // Only a step that can escalate has an escalation to read.
            var escalated: String?
            if case .escalate = approval.onTimeout { escalated = q.escalatedTo }
            let key = "\(q.runID)/\(q.stepIndex)"
            let own = ApprovalPolicy.check(person, step: approval, submitter: submitter, escalatedTo: escalated)
            guard own == nil ? decided.isEmpty || !decided.contains(key)
                    : own != .ownDraft && principals.contains(where: { ApprovalPolicy.check($0.person, step: approval, submitter: submitter, escalatedTo: escalated) == nil && !$0.decided.contains(key) })
            else { continue }
            out.append(Waiting(queued: q, submitter: submitter, escalatedTo: escalated, deadline: approval.timeout.map { q.readyAt + $0.milliseconds }))
        }
        return out
    }

    // MARK: One-tap approval

    /// The step `person` may approve in one tap on this draft: it waits at an approval step whose workflow allows
    /// one tap, `person` may decide it and has not yet on this revision; nil otherwise (the link then opens the
    /// draft's page, where the same rules apply).
    func oneTap(_ person: Person, summary: DraftSummary) async throws -> String? {
        try await load([summary])
        guard person.isBrandReviewer, let run = summary.run, run.status == .running, let open = summary.openStep, let workflow = workflow(of: run),
              open.index < workflow.steps.count, case .approval(let approval) = workflow.steps[open.index].action, approval.oneTap,
              let submitter = try await store.person(id: summary.creatorID) else { return nil }
        let escalated = try await Approvals.escalation(store, runID: run.id, stepIndex: open.index)
        guard ApprovalPolicy.check(person, step: approval, submitter: submitter, escalatedTo: escalated) == nil,
              try await !hasDecided(person, summary) else { return nil }
        return workflow.steps[open.index].id
    }

    /// Whether `person` has decided the step the draft waits at, on the revision it is at.
    func hasDecided(_ person: Person, _ summary: DraftSummary) async throws -> Bool {
        guard let run = summary.run, let open = summary.openStep else { return false }
        return try await store.decisions(runID: run.id, stepIndex: open.index).contains { $0.reviewerID == person.id && $0.contentHash == summary.contentHash }
    }

    enum OneTap { case recorded, already }

    /// Taps in flight, by person and draft revision: a double tap waits for the first and finds it recorded.
    static let taps = Mutex<Set<String>>([])

    /// Approves the revision once for `person`: a second tap (or a tap after approving on the page) records nothing.
    func approveOnce(_ person: Person, summary: DraftSummary, revision: Int) async throws -> OneTap {
        let key = "\(person.id)/\(summary.id)/\(revision)"
        guard Self.taps.withLock({ $0.insert(key).inserted }) else { return .already }
        defer { _ = Self.taps.withLock { $0.remove(key) } }
        if try await hasDecided(person, summary) { return .already }
        _ = try await decide(person, draftID: summary.id, approve: true, request: API.DecisionRequest(revision: revision, contentHash: summary.contentHash))
        return .recorded
    }

    // MARK: Program health

    /// The program's health over [since, until) (default: the 30 days to now), for reviewers and admins.
    public func report(_ person: Person, since: Int64?, until: Int64?) async throws -> API.Report {
        guard person.isBrandReviewer else { throw API.Problem(.forbidden, detail: tr("the program's health is for the brand's reviewers and admins")) }
        // The store's clock only when the caller named no end (the console names it).
        let until = if let until { until } else { try await store.now() }
        let since = since ?? until - 30 * 86_400_000
        guard since < until else { throw API.Problem(.badRequest, detail: tr("'since' is not before 'until'")) }
        guard until - since <= 366 * 86_400_000 else { throw API.Problem(.badRequest, detail: tr("a report covers at most 366 days")) }
        let facts = try await store.programFacts(since: since, until: until)
        let queue = try await store.queuedDrafts()
        try await load(versions: Set(facts.runs.compactMap(\.definitionsVersion) + queue.compactMap(\.definitionsVersion)))
        let calendars = Array(definitions.calendars.values)
        // Cadence looks one cap window either side of the period's end.
        let longest = calendars.flatMap(\.caps).map(\.window.milliseconds).max() ?? 0
        let bookings = try await store.bookings(calendar: nil, from: min(since, until - longest), through: until + longest, creator: nil)
        let versions = self.versions
        return ProgramHealth.report(ProgramHealth.Input(
            since: since, until: until, facts: facts, queue: queue, bookings: bookings,
            workflow: { version, id in versions.loaded(version: version).definitions.workflows[id] }, calendars: calendars))
    }

    /// What an inbox row says beyond the draft: how far its approval stage is (approvals recorded on this revision
    /// of those needed) and how many findings its checks recorded.
    struct Standing {
        var approvals: Int
        var needed: Int
        var findings: Int
    }

    /// The standing of each draft of a page of an inbox, with the group its step was escalated to as the queue read
    /// it, reading their runs' findings and decisions in one go each.
    func standings(_ page: [(summary: DraftSummary, escalatedTo: String?)], people: [String: Person]) async throws -> [String: Standing] {
        let runIDs = page.compactMap { $0.summary.run?.id }
        let contexts = try await store.stepContexts(runIDs: runIDs)
        let decisions = try await store.decisions(runIDs: runIDs)
        let everyone = Array(people.values)
        var out: [String: Standing] = [:]
        for (summary, escalated) in page {
            guard let run = summary.run, let open = summary.openStep, let workflow = workflow(of: run), open.index < workflow.steps.count,
                  case .approval(let approval) = workflow.steps[open.index].action, let submitter = people[summary.creatorID] else { continue }
            let completions = contexts[run.id]?.completions ?? [:]
            let status = Approvals.standing(recorded: decisions[run.id]?[open.index] ?? [], people: everyone, step: approval, submitter: submitter,
                                            escalatedTo: escalated, contentHash: summary.contentHash).status
            let (approvals, needed) = switch status {
            case .pending(let approvals, let needed): (approvals, needed)
            case .approved: (1, 1)
            case .rejected: (0, 1)
            }
            out[summary.id] = Standing(approvals: approvals, needed: needed, findings: Self.recordedFindings(workflow, completions: completions).count)
        }
        return out
    }

    // MARK: Calendars

    /// Bookings of calendar slots in [from, through] (store milliseconds): an associate sees their own, reviewers
    /// and admins everyone's.
    public func bookings(_ person: Person, calendar: String?, from: Int64, through: Int64, creator: String?) async throws -> [API.Booking] {
        guard through >= from else { throw API.Problem(.badRequest, detail: tr("'to' is before 'from'")) }
        let who = person.role == .creator ? person.id : creator
        if person.role == .creator, let creator, creator != person.id {
            throw API.Problem(.forbidden, detail: tr("associates see their own bookings only"))
        }
        // An agency's account managers see their agency's creators' bookings, nobody else's.
        let agencyPeople: Set<String>? = person.agency == nil ? nil : Set(try await store.people().filter { $0.agency == person.agency }.map(\.id))
        return try await store.bookings(calendar: calendar, from: from, through: through, creator: who).filter { agencyPeople?.contains($0.creator) ?? true }.map { b in
            API.Booking(id: b.id, calendar: b.calendar, draft: b.draftID, run: b.runID, creator: b.creator, store: b.store, platforms: b.platforms,
                        campaign: b.campaign, slotAt: API.timestamp(b.slotAt), fireAt: API.timestamp(b.fireAt), state: b.state.rawValue, note: b.note)
        }
    }

    // MARK: Deliveries

    static func view(_ d: DeliverySummary) -> API.Delivery {
        let state = d.state == .pending && d.attempts > 0 ? "failed" : d.state.rawValue
        return API.Delivery(id: d.webhookID, endpoint: d.endpoint, run: d.runID, draft: d.draftID, state: state, attempts: d.attempts,
                            createdAt: API.timestamp(d.createdAt), lastAttemptAt: d.lastAttemptAt.map(API.timestamp), lastStatus: d.lastStatus,
                            lastError: d.lastError)
    }

    /// Deliveries, newest first, for reviewers and admins; `state` is `pending`, `failed`, `delivered` or `dead`.
    public func deliveries(_ person: Person, endpoint: String?, state: String?, since: Int64?, limit: Int) async throws -> [API.Delivery] {
        guard person.isBrandReviewer else { throw API.Problem(.forbidden, detail: tr("deliveries are for the brand's reviewers and admins")) }
        let states = DeliveryState.allCases.map(\.rawValue) + ["failed"]
        if let state, !states.contains(state) {
            throw API.Problem(.badRequest, detail: tr("state '\(state.prefix(40))' is not one of \(states.joined(separator: ", "))"))
        }
        guard (1...10_000).contains(limit) else { throw API.Problem(.badRequest, detail: tr("limit is between 1 and 10000")) }
        let stored = state == "failed" ? .pending : state.flatMap(DeliveryState.init(rawValue:))
        return try await store.deliveries(endpoint: endpoint, state: stored, since: since, limit: limit).map(Self.view)
            .filter { state == nil || $0.state == state }
    }

    public func delivery(_ person: Person, id: String) async throws -> API.DeliveryDetail {
        guard person.isBrandReviewer else { throw API.Problem(.forbidden, detail: tr("deliveries are for the brand's reviewers and admins")) }
        guard let (d, attempts) = try await store.delivery(webhookID: id) else { throw API.Problem(.notFound, detail: tr("no delivery \(id.prefix(80))")) }
        return API.DeliveryDetail(delivery: Self.view(d), attempts: attempts.map {
            API.Attempt(number: $0.number, at: API.timestamp($0.at), status: $0.status, latencyMs: $0.latencyMillis, response: $0.responseExcerpt, error: $0.error)
        })
    }

    /// Sends a dead letter again (admins): its run resumes at the step that gave up, with the whole retry schedule.
    public func replay(_ person: Person, id: String) async throws -> API.Delivery {
        guard person.role == .admin else { throw API.Problem(.forbidden, detail: tr("only admins replay deliveries")) }
        do {
            try await store.replayDelivery(webhookID: id, actor: person.id)
        } catch let error as StoreError where error.kind == .notFound {
            throw API.Problem(.notFound, detail: tr("no delivery \(id.prefix(80))"))
        } catch let error as StoreError where error.kind == .conflict {
            throw API.Problem(.conflict, detail: error.message)
        }
        onChange()
        guard let (d, _) = try await store.delivery(webhookID: id) else { throw API.Problem(.notFound) }
        return Self.view(d)
    }

    // MARK: Endpoints

    /// Every endpoint defined, with its health and deliveries: for reviewers and admins.
    public func endpoints(_ person: Person) async throws -> [API.EndpointStatus] {
        guard person.isBrandReviewer else { throw API.Problem(.forbidden, detail: tr("endpoints are for the brand's reviewers and admins")) }
        let health = try await store.endpointHealths(), deliveries = try await store.metrics().deliveries, now = try await store.now()
        return definitions.endpoints.values.sorted { $0.id < $1.id }.map { e in
            let h = health[e.id] ?? EndpointHealth(), circuit = h.circuit(at: now)
            let destination = URL(string: e.url).map { "\($0.scheme ?? "")://\($0.host ?? "")" + ($0.port.map { ":\($0)" } ?? "") } ?? ""
            return API.EndpointStatus(id: e.id, destination: destination, enabled: h.enabled, reason: h.reason, circuit: circuit.rawValue,
                                      openUntil: circuit == .open ? API.timestamp(h.openUntil) : nil, failingSince: h.failingSince.map(API.timestamp),
                                      deliveries: deliveries[e.id] ?? [:])
        }
    }

    /// An admin enables an endpoint again: its circuit closes and held deliveries go out at their next look.
    public func enableEndpoint(_ person: Person, id: String) async throws -> [API.EndpointStatus] {
        guard person.role == .admin else { throw API.Problem(.forbidden, detail: tr("only admins enable endpoints")) }
        guard definitions.endpoints[id] != nil else { throw API.Problem(.notFound, detail: tr("no endpoint '\(id)' is defined")) }
        try await store.enableEndpoint(id, actor: person.id)
        return try await endpoints(person).filter { $0.id == id }
    }

    // MARK: Audit

    public func audit(_ person: Person) async throws -> [API.AuditEntry] {
        guard person.role == .admin else { throw API.Problem(.forbidden, detail: tr("the audit log is for admins")) }
        return try await store.auditEntries().map(Self.view)
    }

    public func verifyAudit(_ person: Person) async throws -> API.AuditVerification {
        guard person.role == .admin else { throw API.Problem(.forbidden, detail: tr("the audit log is for admins")) }
        // Read-only: verification works on a full or read-only disk too.
        let entries = try await store.auditEntries()
        let problem = AuditChain.verify(entries)
        return API.AuditVerification(ok: problem == nil, entries: entries.count, firstBad: problem?.seq, reason: problem?.reason)
    }

    // MARK: Helpers

    func parse(_ content: String) throws -> KosCore.Draft {
        let parser = DraftParser()
        guard content.utf8.count <= parser.maxBytes else {
            throw API.Problem(.tooLarge, detail: tr("a draft is at most \(parser.maxBytes >> 20) MiB"))
        }
        do throws(DiagnosticList) {
            return try parser.parse(text: content, path: "draft")
        } catch {
            throw API.Problem(.invalidDraft, errors: error.diagnostics.map {
                API.Problem.Located(code: $0.code, message: $0.message, line: $0.location?.line, column: $0.location?.column)
            })
        }
    }

    func workflowID(for draft: KosCore.Draft, requested: String?, in definitions: Definitions) throws -> String {
        guard let id = requested ?? draft.workflow ?? (definitions.workflows.count == 1 ? definitions.workflows.keys.first : nil) else {
            throw API.Problem(.unknownWorkflow, detail: tr("name a workflow: 'workflow:' in the front matter or --workflow; known: \(known())"))
        }
        guard definitions.workflows[id] != nil else {
            throw API.Problem(.unknownWorkflow, detail: tr("'\(id)' is not defined; known: \(known())"))
        }
        return id
    }

    func known() -> String { definitions.workflows.keys.sorted().joined(separator: ", ") }

    /// Stores the uploaded media and returns, for every medium the draft names, its SHA-256: uploaded now, or
    /// kept from `earlier` (the previous revision's). A medium named but in neither is refused.
    func storeMedia(_ media: [API.Media]?, draft: KosCore.Draft, earlier: [String: String]) async throws -> [String: String] {
        var hashes: [String: String] = [:]
        for file in media ?? [] {
            guard draft.media.contains(where: { $0.path == file.path }) else {
                throw API.Problem(.badRequest, detail: tr("media \(file.path) is not named in the draft's 'media:'"))
            }
            guard let bytes = Data(base64Encoded: file.data) else { throw API.Problem(.badRequest, detail: tr("media \(file.path) is not base64")) }
            // What it is, from its bytes: a file that does not decode as the type its name claims is refused.
            do throws(MediaKind.Refusal) {
                _ = try MediaKind.verify([UInt8](bytes), path: file.path)
            } catch {
                if case .unsupported = error { throw API.Problem(.unsupportedMedia, detail: tr("media \(file.path): \(error)")) }
                throw API.Problem(.invalidMedia, detail: tr("media \(file.path): \(error)"))
            }
            hashes[file.path] = try await store.putMedia(bytes)
        }
        for m in draft.media where hashes[m.path] == nil {
            guard let kept = earlier[m.path] else {
                throw API.Problem(.invalidDraft, detail: tr("media \(m.path) is named in the draft's 'media:' but was not uploaded (kos submit and kos revise upload what the draft names)"))
            }
            hashes[m.path] = kept
        }
        return hashes
    }

    // MARK: Media links

    /// The bytes of a medium a signed link names (`GET /v1/media/{sha256}?expires=&sig=`, no token): the link's
    /// signature must be this store's and its expiry in the future; nothing else is served through it.
    public func mediaFile(sha256: String, expires: String?, signature: String?) async throws -> (bytes: Data, type: String) {
        guard sha256.utf8.count == 64, sha256.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }),
              let expires = expires.flatMap(Int64.init), let signature, signature.utf8.count == 64 else {
            throw API.Problem(.forbidden, detail: tr("a media link is /v1/media/{sha256}?expires={unix seconds}&sig={signature}, as payloads carry it"))
        }
        let links = MediaLinks(base: "", key: try await mediaLinkKey())
        switch links.check(sha256: sha256, expires: expires, signature: signature, nowMillis: try await store.now()) {
        case .forged: throw API.Problem(.forbidden, detail: tr("this media link was not signed by kosd, or was changed"))
        case .expired: throw API.Problem(.linkExpired, detail: tr("this media link expired at \(API.timestamp(expires * 1000)); the gateway gets a fresh one with the next delivery"))
        case .valid: break
        }
        return try await storedMedium(sha256)
    }

    /// A medium's bytes and its type read from them (it was checked when uploaded); 404 when the store has none.
    func storedMedium(_ sha256: String) async throws -> (bytes: Data, type: String) {
        guard let bytes = try await store.media(sha256: sha256) else { throw API.Problem(.notFound, detail: tr("no medium \(sha256.prefix(64))")) }
        return (bytes, MediaKind.type(ofSignature: [UInt8](bytes.prefix(16))) ?? "application/octet-stream")
    }

    /// The store's media link key, read once (it never changes).
    func mediaLinkKey() async throws -> Data {
        if let key = linkKey.withLock({ $0 }) { return key }
        let key = try await store.mediaLinkKey()
        linkKey.withLock { $0 = key }
        return key
    }

    /// `media`: the draft's media by path (SHA-256), for matching a draft made from a campaign kit.
    func firstStep(workflow id: String, draft: KosCore.Draft, creator: Person, in definitions: Definitions, media: [String: String] = [:],
                   earlier: Kit? = nil, now: Int64 = Int64(Date().timeIntervalSince1970 * 1000)) -> (index: Int, id: String)? {
        guard let workflow = definitions.workflows[id] else { return nil }
        let machine = RunMachine(workflow: workflow)
        var context = RunContext(draft: draft, creator: creator)
        context.kit = KitMatch.of(draft, kits: definitions.kits, earlier: earlier, media: media, now: now)
        guard case .schedule(let index) = machine.start(context: context) else { return nil }
        return (index, workflow.steps[index].id)
    }

    func peopleByID() async throws -> [String: Person] {
        Dictionary(try await store.people().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The draft, when `person` may see it; otherwise it does not exist for them.
    func visibleDraft(_ person: Person, _ id: String) async throws -> DraftSummary {
        guard id.utf8.count <= 64, let summary = try await store.draftSummary(id: id) else {
            throw API.Problem(.notFound, detail: tr("no draft \(id.prefix(64))"))
        }
        try await load([summary])
        guard canSee(person, summary, people: try await peopleByID()) else { throw API.Problem(.notFound, detail: tr("no draft \(id)")) }
        return summary
    }

    /// Admins see all; authors see their own; reviewers see drafts whose workflow routes an approval to them
    /// (by role, group, store or escalation).
    /// `principals`: the reviewers away who named `person` their delegate (`principals(of:)`), when the caller read
    /// them already for a list; read here otherwise.
    func canSee(_ person: Person, _ summary: DraftSummary, people: [String: Person], principals: [Person]? = nil, asDelegate: Bool = true) -> Bool {
        if person.id == summary.creatorID { return true }
        // An agency's people see their agency's drafts (its account managers) or their own, and nothing of the brand's
        // or another agency's.
        if let agency = person.agency { return person.role != .creator && people[summary.creatorID]?.agency == agency }
        if person.role == .admin { return true }
        guard person.role == .reviewer, let workflow = summary.run.flatMap(workflow(of:)) ?? definitions.workflows[summary.workflow],
              let submitter = people[summary.creatorID] else { return false }
        for step in workflow.steps {
            guard case .approval(let approval) = step.action else { continue }
            if ApprovalPolicy.check(person, step: approval, submitter: submitter) == nil { return true }
            if case .escalate(let group) = approval.onTimeout, person.groups.contains(group) { return true }
        }
        // A delegate sees what the reviewers away who named them see.
        guard asDelegate else { return false }
        let away = principals ?? self.principals(of: person, people: people, now: Int64(Date().timeIntervalSince1970 * 1000))
        return away.contains { canSee($0, summary, people: people, asDelegate: false) }
    }

    /// What the draft is doing, in the words the API uses.
    func state(of summary: DraftSummary) -> (progress: DraftProgress, step: String?) {
        if summary.state == .withdrawn { return (.withdrawn, nil) }
        guard let run = summary.run else { return (.submitted, nil) }
        guard run.status == .running else { return (DraftProgress(ended: run.status), nil) }
        guard let open = summary.openStep, let workflow = workflow(of: run), open.index < workflow.steps.count else {
            return (.checking, nil)
        }
        let kind: DraftProgress = switch workflow.steps[open.index].action {
        case .check, .exec: .checking
        case .approval: .awaitingApproval
        case .wait: .scheduled
        case .publish, .notify: .publishing
        }
        return (kind, open.id)
    }

    /// When the step the draft waits at is due: an embargo or a wait when it lifts; an approval when its deadline
    /// passes (not at the next look).
    func deadline(of summary: DraftSummary) -> Int64? {
        guard let open = summary.openStep, let workflow = summary.run.flatMap(workflow(of:)), open.index < workflow.steps.count else { return nil }
        switch workflow.steps[open.index].action {
        case .wait: return open.dueAt
        case .approval(let approval): return approval.timeout.map { open.readyAt + $0.milliseconds }
        default: return nil
        }
    }

    func view(_ summary: DraftSummary, title: String? = nil) -> API.Draft {
        let (progress, step) = self.state(of: summary)
        let due = deadline(of: summary)
        return API.Draft(id: summary.id, creator: summary.creatorID, workflow: summary.workflow, title: title ?? summary.title, state: progress.rawValue, step: step,
                         reason: summary.run?.reason, revision: summary.revision, contentHash: summary.contentHash, run: summary.run?.id,
                         dueAt: due.map(API.timestamp),
                         createdAt: API.timestamp(summary.createdAt), updatedAt: API.timestamp(summary.updatedAt))
    }

    static func view(_ e: KosStore.AuditEntry) -> API.AuditEntry {
        API.AuditEntry(seq: e.seq, at: API.timestamp(e.at), actor: e.actor, action: e.action, subject: e.subject, details: e.details,
                       previousHash: e.previousHash, hash: e.hash)
    }

    /// Who decides an approval step, as people read it: `any one of group brand-compliance, of the author's store`.
    static func describe(_ approval: ApprovalStep, escalatedTo: String?) -> String {
        if let escalatedTo { return tr("group \(escalatedTo) (escalated)") }
        // Each combination of what the step asks for is one whole phrase.
        let groups = approval.groups.isEmpty ? nil : approval.groups.joined(separator: tr(" or "))
        let who: String
        if let groups, let role = approval.role {
            who = approval.sameStore ? tr("group \(groups), role \(role), of the author's store") : tr("group \(groups), role \(role)")
        } else if let groups {
            who = approval.sameStore ? tr("group \(groups), of the author's store") : tr("group \(groups)")
        } else if let role = approval.role {
            who = approval.sameStore ? tr("role \(role), of the author's store") : tr("role \(role)")
        } else {
            who = approval.sameStore ? tr("of the author's store") : tr("the reviewers")
        }
        return switch approval.quorum {
        case .any: tr("any one of \(who)")
        case .all: tr("all of \(who)")
        case .count(let n): tr("\(n) of \(who)")
        }
    }
}

/// Group commit for submits: while one batch is being written, the next ones queue and go in the next
/// transaction together, so concurrent submits share an fsync and none waits longer than one write.
actor SubmitBatcher {
    let store: any Store
    let onChange: @Sendable () -> Void
    private var pending: [(RunSubmission, CheckedContinuation<SubmittedDraft, any Error>)] = []
    private var flushing = false

    init(store: any Store, onChange: @escaping @Sendable () -> Void) {
        self.store = store
        self.onChange = onChange
    }

    func submit(_ submission: RunSubmission) async throws -> SubmittedDraft {
        try await withCheckedThrowingContinuation { continuation in
            pending.append((submission, continuation))
            if !flushing {
                flushing = true
                Task { await flush() }
            }
        }
    }

    private func flush() async {
        while !pending.isEmpty {
            let batch = pending
            pending = []
            do {
                // The workers are woken as soon as the batch is on disk, before its summaries are read back.
                let results = try await store.submitBatch(batch.map(\.0), committed: onChange)
                for ((_, continuation), result) in zip(batch, results) { continuation.resume(returning: result) }
            } catch {
                for (_, continuation) in batch { continuation.resume(throwing: error) }
            }
        }
        flushing = false
    }
}
