/// Someone who uses kosflow, with what they may do.
public struct Person: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable, CaseIterable {
        case creator, reviewer, admin
    }

    public var id: String
    public var role: Role
    public var groups: [String]
    /// The boutique or store they belong to (`SH-IFC`), for "same store" approvals.
    public var store: String?
    /// As the staff directory names them (李娜), when it was imported.
    public var name: String?
    /// Their line manager's id, from the staff directory.
    public var manager: String?
    /// The moment they leave the program (`kos people offboard`): from then on nothing more is published for them
    /// and their tokens and console sessions stop working, whether or not the handover has run yet.
    public var leftAt: Int64?
    /// Who takes over their posts and company-owned accounts when they leave.
    public var successor: String?
    /// Away (on leave) until this moment, with `delegate` deciding their approvals meanwhile.
    public var awayUntil: Int64?
    public var delegate: String?
    /// The agency (MCN) they work for (`kind: Agency`); nil for the brand's own staff. A creator of an agency is a
    /// KOL or KOC (`tier`); its reviewers are its account managers, who see their agency's drafts and decide none
    /// of the brand's approvals.
    public var agency: String?
    /// `kol` or `koc`, for an agency's creators.
    public var tier: String?

    public init(id: String, role: Role, groups: [String] = [], store: String? = nil) {
        self.id = id
        self.role = role
        self.groups = groups
        self.store = store
    }

    /// Whether they decide the brand's approvals and read its operations (deliveries, endpoints, health): the
    /// brand's reviewers and admins, never an agency's people.
    public var isBrandReviewer: Bool { role != .creator && agency == nil }

    /// Whether they have left the program at `now`.
    public func hasLeft(at now: Int64) -> Bool { leftAt.map { $0 <= now } ?? false }

    /// Who decides for them at `now`: their delegate while they are away, else nobody.
    public func delegate(at now: Int64) -> String? {
        guard let until = awayUntil, now < until else { return nil }
        return delegate
    }
}

