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

    public init(id: String, role: Role, groups: [String] = [], store: String? = nil) {
        self.id = id
        self.role = role
        self.groups = groups
        self.store = store
    }
}

