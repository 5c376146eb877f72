import Foundation

/// The staff directory, accounts and turnover over the API (`/v1/people`, `/v1/accounts`).
extension API {
    public struct Account: Codable, Sendable, Hashable {
        public var id: String
        public var platform: String
        public var handle: String
        /// Who posts on it.
        public var operatorID: String
        /// `company` or `employee`.
        public var ownership: String

        public init(_ a: PlatformAccount) {
            id = a.id
            platform = a.platform
            handle = a.handle
            operatorID = a.operatorID
            ownership = a.ownership.rawValue
        }

        enum CodingKeys: String, CodingKey {
            case id, platform, handle, operatorID = "operator", ownership
        }
    }

    /// A person as the directory knows them.
    public struct PersonEntry: Codable, Sendable, Hashable {
        public var id: String
        public var name: String?
        public var role: String
        public var store: String?
        public var manager: String?
        public var groups: [String]
        public var accounts: [Account]
        /// `active`, `leaving` (a moment ahead), `left`.
        public var status: String
        public var leftAt: String?
        public var successor: String?
        public var awayUntil: String?
        public var delegate: String?
        /// What their handover did, once it ran.
        public var handover: OffboardReport?

        public init(_ p: Person, accounts: [PlatformAccount], now: Int64, handover: OffboardReport? = nil) {
            id = p.id
            name = p.name
            role = p.role.rawValue
            store = p.store
            manager = p.manager
            groups = p.groups
            self.accounts = accounts.map(Account.init)
            status = p.leftAt == nil ? "active" : p.hasLeft(at: now) ? "left" : "leaving"
            leftAt = p.leftAt.map(API.timestamp)
            successor = p.successor
            let away = p.delegate(at: now) != nil
            awayUntil = away ? p.awayUntil.map(API.timestamp) : nil
            delegate = away ? p.delegate : nil
            self.handover = handover
        }
    }

    /// `POST /v1/people/import`: the HR export as it is (CSV text), applied or only planned.
    public struct DirectoryImport: Codable, Sendable, Hashable {
        public var csv: String
        public var dryRun: Bool?

        public init(csv: String, dryRun: Bool) {
            self.csv = csv
            self.dryRun = dryRun
        }
    }

    public struct DirectoryImported: Codable, Sendable, Hashable {
        public var applied: Bool
        public var added: Int
        public var updated: Int
        public var unchanged: Int
        public var changes: [DirectoryPlan.Change]

        public init(applied: Bool, plan: DirectoryPlan) {
            self.applied = applied
            (added, updated, unchanged) = plan.count
            changes = plan.changes.filter { $0.kind != .unchanged }
        }
    }

    /// `POST /v1/people/{id}/offboard`.
    public struct OffboardRequest: Codable, Sendable, Hashable {
        public var successor: String?
        /// RFC 3339; now when absent.
        public var at: String?

        public init(successor: String?, at: String?) {
            self.successor = successor
            self.at = at
        }
    }

    public struct Offboarded: Codable, Sendable, Hashable {
        public var person: String
        public var leftAt: String
        public var successor: String?
        /// The handover's report once it ran (at once when the moment is now; at the moment, by kosd, when ahead).
        public var handover: OffboardReport?

        public init(person: String, leftAt: String, successor: String?, handover: OffboardReport?) {
            self.person = person
            self.leftAt = leftAt
            self.successor = successor
            self.handover = handover
        }
    }

    /// `POST /v1/people/{id}/away`: away until a moment with a delegate; no `until` means back now.
    public struct AwayRequest: Codable, Sendable, Hashable {
        public var until: String?
        public var delegate: String?

        public init(until: String?, delegate: String?) {
            self.until = until
            self.delegate = delegate
        }
    }
}

extension API {
    /// A campaign kit in the library (`GET /v1/library`).
    public struct LibraryKit: Codable, Sendable, Hashable {
        public struct Slot: Codable, Sendable, Hashable {
            public var name: String
            public var maxChars: Int?
            public var hint: String?
        }

        public var reference: String
        public var id: String
        public var version: Int
        public var description: String
        public var workflow: String?
        public var platforms: [String]
        public var products: [String]
        public var hashtags: [String]
        public var validFrom: String?
        public var validUntil: String?
        public var slots: [Slot]
        /// The starter draft: the kit's text, each slot holding its placeholder.
        public var draft: String

        public init(_ kit: Kit) {
            reference = kit.reference
            id = kit.id
            version = kit.version
            description = kit.description
            workflow = kit.workflow
            platforms = kit.platforms
            products = kit.products
            hashtags = kit.hashtags
            validFrom = kit.validFrom.map(API.timestamp)
            validUntil = kit.validUntil.map(API.timestamp)
            slots = kit.slots.map { Slot(name: $0.name, maxChars: $0.maxChars, hint: $0.hint) }
            draft = kit.starterDraft()
        }
    }
}
