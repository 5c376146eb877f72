import Foundation
public import KosCore
import KosEngine
import KosStore

/// The staff directory, the register of platform accounts, reviewers away and associates leaving.
extension APIService {
    /// The store's clock, for who is away and who has left.
    func storeNow() async throws -> Int64 { try await store.now() }

    /// Everyone, for admins; an agency's account managers see their agency's people; anyone else themselves.
    public func people(_ person: Person) async throws -> [API.PersonEntry] {
        let now = try await storeNow()
        let accounts = Dictionary(grouping: try await store.accounts(), by: \.operatorID)
        let everyone = person.role == .admin && person.agency == nil ? try await store.people()
            : person.agency != nil && person.role != .creator ? try await store.people().filter { $0.agency == person.agency } : [person]
        return everyone.map { API.PersonEntry($0, accounts: accounts[$0.id] ?? [], now: now) }
    }

    /// One person (an admin, or themselves), with what their handover did once it ran.
    public func person(_ person: Person, id: String) async throws -> API.PersonEntry {
        guard person.role == .admin || person.id == id, id.utf8.count <= 64, let found = try await store.person(id: id) else {
            throw API.Problem(.notFound, detail: tr("no person \(id.prefix(64))"))
        }
        let now = try await storeNow()
        return API.PersonEntry(found, accounts: try await store.accounts().filter { $0.operatorID == id }, now: now,
                               handover: try await store.offboardReport(personID: id))
    }

    /// The register of platform accounts: all of it for the brand's reviewers and admins, an agency's for its account
    /// managers, an associate's own for them.
    public func accounts(_ person: Person) async throws -> [API.Account] {
        let all = try await store.accounts()
        if person.role == .creator { return all.filter { $0.operatorID == person.id }.map(API.Account.init) }
        if let agency = person.agency {
            let theirs = Set(try await store.people().filter { $0.agency == agency }.map(\.id))
            return all.filter { theirs.contains($0.operatorID) }.map(API.Account.init)
        }
        return all.map(API.Account.init)
    }

    /// Imports the HR export: planned, and applied unless `dryRun`; a file with any mistake changes nothing.
    public func importDirectory(_ person: Person, _ request: API.DirectoryImport) async throws -> API.DirectoryImported {
        guard person.role == .admin else { throw API.Problem(.forbidden, detail: tr("importing the staff directory needs the admin role")) }
        let parsed = StaffCSV.parse(Data(request.csv.utf8))
        if !parsed.errors.isEmpty { throw Self.directoryProblem(parsed.errors) }
        let plan = DirectoryPlan.make(records: parsed.records, current: try await store.people(), currentAccounts: try await store.accounts(),
                                      knownStores: definitions.stores.isEmpty ? nil : Set(definitions.stores.keys),
                                      knownAgencies: Set(definitions.agencies.keys))
        if !plan.errors.isEmpty { throw Self.directoryProblem(plan.errors) }
        let apply = !(request.dryRun ?? false)
        if apply, !plan.people.isEmpty || !plan.accounts.isEmpty { try await store.applyDirectory(plan, actor: person.id) }
        return API.DirectoryImported(applied: apply, plan: plan)
    }

    static func directoryProblem(_ errors: [DirectoryError]) -> API.Problem {
        API.Problem(.invalidDirectory, detail: trn(errors.count, "\(errors.count) mistake in the staff directory", "\(errors.count) mistakes in the staff directory"),
                    errors: errors.prefix(200).map { API.Problem.Located(code: "KOS-DIR", message: $0.message, line: $0.line, column: nil) })
    }

    /// Records that someone leaves at a moment (now when none is given) and hands their work over: at once when
    /// the moment is now or past, else kosd's workers do it when the moment comes. Asked twice, it changes nothing.
    public func offboard(_ person: Person, id: String, _ request: API.OffboardRequest) async throws -> API.Offboarded {
        guard person.role == .admin else { throw API.Problem(.forbidden, detail: tr("offboarding needs the admin role")) }
        guard id.utf8.count <= 64, let leaver = try await store.person(id: id) else { throw API.Problem(.notFound, detail: tr("no person \(id.prefix(64))")) }
        guard leaver.id != person.id else { throw API.Problem(.badRequest, detail: tr("another admin offboards you; nobody offboards themselves")) }
        if let successor = request.successor {
            guard successor != id else { throw API.Problem(.badRequest, detail: tr("\(id) cannot succeed themselves")) }
            guard let heir = try await store.person(id: successor) else { throw API.Problem(.badRequest, detail: tr("--handover \(successor.prefix(64)): no such person")) }
            let now = try await storeNow()
            if heir.hasLeft(at: now) || heir.leftAt != nil { throw API.Problem(.badRequest, detail: tr("--handover \(successor): \(successor) is leaving the program too")) }
            guard heir.agency == leaver.agency else {
                throw API.Problem(.badRequest, detail: tr("--handover \(successor): \(successor) works for \(heir.agency ?? tr("the brand")), \(id) for \(leaver.agency ?? tr("the brand")); posts and accounts stay within one"))
            }
        }
        var at: Int64?
        if let text = request.at {
            guard let millis = API.millis(text) else { throw API.Problem(.badRequest, detail: tr("'at' is not an RFC 3339 time: \(text.prefix(64))")) }
            at = millis
        }
        let moment = try await store.scheduleOffboarding(personID: id, successor: request.successor, at: at, actor: person.id)
        var report: OffboardReport?
        if moment <= (try await storeNow()), let updated = try await store.person(id: id) {
            report = try await Offboarding.complete(updated, store: store, versions: versions, actor: person.id)
            onChange()
        }
        let after = try await store.person(id: id)
        return API.Offboarded(person: id, leftAt: API.timestamp(moment), successor: after?.successor, handover: report)
    }

    /// Away until a moment with a delegate who decides meanwhile (an admin, or the reviewer themselves); without
    /// `until`, back now.
    public func away(_ person: Person, id: String, _ request: API.AwayRequest) async throws -> API.PersonEntry {
        guard person.role == .admin || person.id == id else { throw API.Problem(.forbidden, detail: tr("only an admin or \(id.prefix(64)) says when they are away")) }
        guard id.utf8.count <= 64, let reviewer = try await store.person(id: id) else { throw API.Problem(.notFound, detail: tr("no person \(id.prefix(64))")) }
        let now = try await storeNow()
        var until: Int64?
        if let text = request.until {
            guard let millis = API.millis(text) else { throw API.Problem(.badRequest, detail: tr("'until' is not an RFC 3339 time: \(text.prefix(64))")) }
            guard millis > now else { throw API.Problem(.badRequest, detail: tr("'until' \(text) has passed; say when they are back")) }
            guard millis - now <= 366 * 86_400_000 else { throw API.Problem(.badRequest, detail: tr("an absence is at most a year; offboard someone who leaves")) }
            guard let delegate = request.delegate else { throw API.Problem(.badRequest, detail: tr("name the delegate who decides meanwhile (--delegate)")) }
            guard delegate != id else { throw API.Problem(.badRequest, detail: tr("\(id) cannot delegate to themselves")) }
            guard let d = try await store.person(id: delegate) else { throw API.Problem(.badRequest, detail: tr("--delegate \(delegate.prefix(64)): no such person")) }
            guard d.isBrandReviewer else {
                throw API.Problem(.badRequest, detail: d.agency == nil ? tr("--delegate \(delegate): an associate cannot decide approvals; name a reviewer")
                                  : tr("--delegate \(delegate): an agency's people cannot decide approvals; name a reviewer"))
            }
            guard d.leftAt == nil else { throw API.Problem(.badRequest, detail: tr("--delegate \(delegate): \(delegate) is leaving the program")) }
            guard d.delegate(at: now) == nil else { throw API.Problem(.badRequest, detail: tr("--delegate \(delegate): \(delegate) is away too, until \(API.timestamp(d.awayUntil ?? now))")) }
            until = millis
        }
        guard reviewer.isBrandReviewer || until == nil else { throw API.Problem(.badRequest, detail: tr("\(id) decides no approvals; nothing to delegate")) }
        try await store.setAway(personID: id, until: until, delegate: until == nil ? nil : request.delegate, actor: person.id)
        guard let after = try await store.person(id: id) else { throw API.Problem(.notFound) }
        return API.PersonEntry(after, accounts: try await store.accounts().filter { $0.operatorID == id }, now: try await storeNow())
    }

    /// The reviewers away now who named `person` to decide for them.
    func principals(of person: Person, people: [String: Person], now: Int64) -> [Person] {
        guard person.isBrandReviewer, !person.hasLeft(at: now) else { return [] }
        return people.values.filter { $0.id != person.id && $0.isBrandReviewer && !$0.hasLeft(at: now) && $0.delegate(at: now) == person.id }
            .sorted { $0.id < $1.id }
    }

    /// Refuses an agency creator's draft without its collaboration model (one its agency works under), or without the
    /// platform's commercial-cooperation order when its workflow requires one.
    func checkCooperation(_ draft: KosCore.Draft, creator: Person, workflow: Workflow?) throws {
        guard let agencyID = creator.agency else { return }
        let at = draft.fieldLocations["cooperation"]
        var errors: [API.Problem.Located] = []
        func refuse(_ message: String) { errors.append(API.Problem.Located(code: "KOS-COOPERATION", message: message, line: at?.line, column: at?.column)) }
        let agency = definitions.agencies[agencyID]
        if let model = draft.cooperationModel {
            if let agency, !agency.models.contains(model) {
                refuse(tr("\(agency.name) works with the brand under \(agency.models.joined(separator: ", ")), not \(model)"))
            }
        } else {
            refuse(tr("an agency creator's post names its collaboration: cooperation: {model: product-seeding | pay-per-sale | pay-per-click | flat-rate}"))
        }
        if workflow?.cooperationOrderRequired == true, (draft.cooperationOrder ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            refuse(tr("\(workflow?.id ?? tr("the workflow")) needs the platform's commercial-cooperation order (蒲公英 for Xiaohongshu, 星图 for Douyin) in cooperation.order"))
        }
        if let order = draft.cooperationOrder, order.count > 64 { refuse(tr("cooperation.order is at most 64 characters")) }
        if !errors.isEmpty { throw API.Problem(.invalidDraft, detail: tr("the draft's collaboration"), errors: errors) }
    }

    /// Refuses a draft whose accounts are not in the register, not the author's, not for its platforms, or not
    /// what its workflow requires.
    func checkAccounts(_ draft: KosCore.Draft, creator: Person, workflow: Workflow?) async throws {
        let rule = workflow?.accounts ?? .any
        guard !draft.accounts.isEmpty || rule != .any else { return }
        let register = Dictionary(try await store.accounts().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let line = draft.fieldLocations["accounts"]
        var errors: [API.Problem.Located] = []
        func refuse(_ message: String) { errors.append(API.Problem.Located(code: "KOS-ACCOUNT", message: message, line: line?.line, column: line?.column)) }
        var platforms: Set<String> = []
        for id in draft.accounts {
            guard case .success(let (platform, handle)) = PlatformAccount.parseID(id) else { refuse(tr("account '\(id)' is not platform:handle (e.g. xiaohongshu:lina.sh)")); continue }
            if !platforms.insert(platform).inserted { refuse(tr("two accounts on \(platform); a post goes out on one account per platform")) }
            guard let account = register["\(platform):\(handle)"] else { refuse(tr("account \(id) is not in the register; an admin adds it with 'kos people import'")); continue }
            if account.operatorID != creator.id { refuse(tr("account \(id) is operated by \(account.operatorID), not by you")) }
            if !draft.platforms.contains(platform) { refuse(tr("account \(id) is on \(platform), which the draft's platforms do not name")) }
            if rule == .companyOwned, account.ownership != .company {
                refuse(tr("\(workflow?.id ?? tr("the workflow")) publishes only on company-owned accounts; \(id) is your own"))
            }
        }
        if rule != .any {
            for platform in draft.platforms where !platforms.contains(platform) {
                refuse(rule == .companyOwned
                       ? tr("\(workflow?.id ?? tr("the workflow")) needs the company-owned account this goes out on for \(platform) (accounts: [\(platform):…])")
                       : tr("\(workflow?.id ?? tr("the workflow")) needs the account this goes out on for \(platform) (accounts: [\(platform):…])"))
            }
        }
        if !errors.isEmpty { throw API.Problem(.invalidDraft, detail: tr("the draft's accounts"), errors: errors) }
    }
}
