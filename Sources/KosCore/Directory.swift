import Foundation

/// A platform account a post can go out on: whose hands it is in, and whose it is.
public struct PlatformAccount: Sendable, Hashable, Codable {
    public enum Ownership: String, Sendable, Hashable, Codable, CaseIterable {
        /// An enterprise account, or an employee account run for the brand: it stays with the brand when its
        /// operator leaves and passes to their successor.
        case company
        /// The associate's personal account, authorised to post for the brand: it leaves with them.
        case employee
    }

    public var platform: String
    public var handle: String
    /// The person who posts on it.
    public var operatorID: String
    public var ownership: Ownership

    public init(platform: String, handle: String, operatorID: String, ownership: Ownership) {
        self.platform = platform
        self.handle = handle
        self.operatorID = operatorID
        self.ownership = ownership
    }

    /// `xiaohongshu:lina.sh`: how drafts and the directory name it.
    public var id: String { "\(platform):\(handle)" }

    /// Reads `xiaohongshu:lina.sh` into platform and handle; nil (with why) when it is not one.
    public static func parseID(_ text: String) -> Result<(platform: String, handle: String), DirectoryError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let colon = trimmed.firstIndex(of: ":") else {
            return .failure(DirectoryError(tr("account '\(trimmed)' is not platform:handle (e.g. xiaohongshu:lina.sh)")))
        }
        let platform = String(trimmed[..<colon]).lowercased(), handle = String(trimmed[trimmed.index(after: colon)...])
        guard Platform(rawValue: platform) != nil else {
            return .failure(DirectoryError(tr("account '\(trimmed)': unknown platform '\(platform)' (one of \(Platform.allCases.map(\.rawValue).joined(separator: ", ")))")))
        }
        guard !handle.isEmpty, handle.count <= 64, handle.unicodeScalars.allSatisfy({ !$0.properties.isWhitespace && $0.value >= 0x20 && !",;:()\\\"".unicodeScalars.contains($0) }) else {
            return .failure(DirectoryError(tr("account '\(trimmed)': a handle is 1 to 64 characters without spaces, commas, semicolons, colons or brackets")))
        }
        return .success((platform, handle))
    }
}

/// A mistake in a staff directory, with the line (1-based, the header is line 1) it is on.
public struct DirectoryError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public var line: Int?
    public var message: String

    public init(_ message: String, line: Int? = nil) {
        self.message = message
        self.line = line
    }

    public var description: String { line.map { tr("line \($0): \(message)") } ?? message }
}

/// One row of the HR export: `id,name,role,store,manager,groups,accounts`.
public struct StaffRecord: Sendable, Hashable {
    public var line: Int
    public var person: Person
    public var accounts: [PlatformAccount]
    /// The columns the file has: what a row says of a column the file lacks is kept as it was, never emptied.
    public var columns: Set<String>

    public init(line: Int, person: Person, accounts: [PlatformAccount], columns: Set<String> = Set(StaffCSV.columns)) {
        self.line = line
        self.person = person
        self.accounts = accounts
        self.columns = columns
    }
}

/// The staff directory as HR exports it: CSV (RFC 4180, as Excel and WPS save it, UTF-8 with or without a byte
/// order mark), a header row naming the columns in any order. `groups` are separated by `;`; `accounts` are
/// `platform:handle (company)` or `(employee)`, separated by `;`. An agency's people name it in `agency`, its
/// creators their `tier` (`kol` or `koc`).
public enum StaffCSV {
    public static let columns = ["id", "name", "role", "store", "manager", "groups", "accounts", "agency", "tier"]
    public static let maxBytes = 8 << 20
    public static let maxRows = 50_000

    /// The rows, or every mistake found (each with its line); a file with mistakes yields no rows.
    public static func parse(_ data: Data) -> (records: [StaffRecord], errors: [DirectoryError]) {
        guard data.count <= maxBytes else { return ([], [DirectoryError(tr("the file is \(data.count >> 20) MiB; a staff directory is at most \(maxBytes >> 20) MiB"))]) }
        guard var text = String(validating: data, as: UTF8.self) else {
            let line = lineOfFirstInvalidByte(data)
            return ([], [DirectoryError(tr("the file is not UTF-8 (save it as 'CSV UTF-8' from Excel or WPS)"), line: line)])
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let rows: [(line: Int, cells: [String])]
        switch split(text) {
        case .success(let r): rows = r
        case .failure(let e): return ([], [e])
        }
        guard let header = rows.first else { return ([], [DirectoryError(tr("the file is empty; the first row names the columns: \(columns.joined(separator: ","))"), line: 1)]) }
        guard rows.count - 1 <= maxRows else { return ([], [DirectoryError(tr("\(rows.count - 1) rows; a staff directory is at most \(maxRows) rows"))]) }
        var errors: [DirectoryError] = []
        var index: [String: Int] = [:]
        for (i, name) in header.cells.enumerated() {
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            if !columns.contains(key) {
                errors.append(DirectoryError(tr("unknown column '\(name)' (the columns are \(columns.joined(separator: ", ")))"), line: header.line))
            } else if index[key] != nil {
                errors.append(DirectoryError(tr("column '\(key)' appears twice"), line: header.line))
            } else {
                index[key] = i
            }
        }
        for required in ["id", "role"] where index[required] == nil {
            errors.append(DirectoryError(tr("the header has no '\(required)' column"), line: header.line))
        }
        guard errors.isEmpty else { return ([], errors) }
        var records: [StaffRecord] = []
        var seen: [String: Int] = [:], accountLines: [String: (Int, String)] = [:]
        for row in rows.dropFirst() {
            if row.cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            func cell(_ name: String) -> String? {
                guard let i = index[name], i < row.cells.count else { return nil }
                let value = row.cells[i].trimmingCharacters(in: .whitespacesAndNewlines)
                return value.isEmpty ? nil : value
            }
            if row.cells.count > header.cells.count {
                errors.append(DirectoryError(tr("\(row.cells.count) cells where the header names \(header.cells.count) (a comma inside a cell needs quotes)"), line: row.line))
                continue
            }
            let id = cell("id") ?? ""
            guard Self.validID(id) else {
                errors.append(DirectoryError(id.isEmpty ? tr("no id") : tr("id '\(id)' is not ASCII letters, digits and . - _ @ (at most 64)"), line: row.line))
                continue
            }
            if let first = seen[id] {
                errors.append(DirectoryError(tr("duplicate id \(id) (first on line \(first))"), line: row.line))
                continue
            }
            seen[id] = row.line
            guard let roleName = cell("role"), let role = Person.Role(rawValue: roleName.lowercased()) else {
                errors.append(DirectoryError(tr("\(id): role '\(cell("role") ?? "")' is not one of \(Person.Role.allCases.map(\.rawValue).joined(separator: ", "))"), line: row.line))
                continue
            }
            var person = Person(id: id, role: role, groups: (cell("groups") ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
                                store: cell("store"))
            person.name = cell("name")
            person.manager = cell("manager")
            person.agency = cell("agency")
            person.tier = cell("tier")?.lowercased()
            if let agency = person.agency {
                if !validID(agency) { errors.append(DirectoryError(tr("\(id): agency '\(agency)' is not an agency id"), line: row.line)) }
                if role == .admin { errors.append(DirectoryError(tr("\(id): an agency's people are creators or reviewers (its account managers), never admins"), line: row.line)) }
                if role == .creator, person.tier == nil { errors.append(DirectoryError(tr("\(id): an agency's creator has a tier: kol or koc"), line: row.line)) }
            }
            if let tier = person.tier {
                if !["kol", "koc"].contains(tier) { errors.append(DirectoryError(tr("\(id): tier '\(tier)' is not kol or koc"), line: row.line)) }
                else if person.agency == nil || role != .creator { errors.append(DirectoryError(tr("\(id): a tier is for an agency's creators"), line: row.line)) }
            }
            if let manager = person.manager, !Self.validID(manager) {
                errors.append(DirectoryError(tr("\(id): manager '\(manager)' is not an id"), line: row.line))
            }
            if let store = person.store, store.count > 64 || store.contains(where: { $0.isWhitespace }) {
                errors.append(DirectoryError(tr("\(id): store '\(store)' is not a store code (e.g. SH-IFC)"), line: row.line))
            }
            var accounts: [PlatformAccount] = []
            for item in (cell("accounts") ?? "").split(separator: ";") {
                let text = item.trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty else { continue }
                guard let open = text.firstIndex(of: "("), text.hasSuffix(")"),
                      let ownership = PlatformAccount.Ownership(rawValue: text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingCharacters(in: .whitespaces).lowercased()) else {
                    errors.append(DirectoryError(tr("\(id): account '\(text)' must say whose it is: 'platform:handle (company)' or '(employee)'"), line: row.line))
                    continue
                }
                switch PlatformAccount.parseID(String(text[..<open])) {
                case .failure(let e): errors.append(DirectoryError(tr("\(id): \(e.message)"), line: row.line))
                case .success(let (platform, handle)):
                    let account = PlatformAccount(platform: platform, handle: handle, operatorID: id, ownership: ownership)
                    if let (line, holder) = accountLines[account.id] {
                        errors.append(DirectoryError(tr("\(id): account \(account.id) is already \(holder)'s (line \(line)); an account has one operator"), line: row.line))
                        continue
                    }
                    accountLines[account.id] = (row.line, id)
                    accounts.append(account)
                }
            }
            records.append(StaffRecord(line: row.line, person: person, accounts: accounts, columns: Set(index.keys)))
        }
        return errors.isEmpty ? (records, []) : ([], errors)
    }

    /// An id people type and the API takes in a path: ASCII letters, digits and `. - _ @`, at most 64 bytes (a
    /// full-width `ｌｉｎａ` is not `lina`, and is refused rather than kept as another person).
    public static func validID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= 64 && id.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || ".-_@".utf8.contains($0) }
    }

    /// RFC 4180 records with the line each starts on: quoted cells may hold commas, quotes (doubled) and line breaks.
    static func split(_ text: String) -> Result<[(line: Int, cells: [String])], DirectoryError> {
        var rows: [(line: Int, cells: [String])] = []
        var cells: [String] = [], cell = "", quoted = false, atCellStart = true, line = 1, rowLine = 1
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return scalars.next()
        }
        func endRow() {
            cells.append(cell)
            rows.append((rowLine, cells))
            cells = []; cell = ""; atCellStart = true
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    let after = next()
                    if after == "\"" { cell.unicodeScalars.append("\""); continue }
                    quoted = false
                    pending = after
                    continue
                }
                if c == "\n" { line += 1 }
                cell.unicodeScalars.append(c)
                continue
            }
            switch c {
            case "\"" where atCellStart:
                quoted = true; atCellStart = false
            case "\"":
                return .failure(DirectoryError(tr("a quote inside an unquoted cell (quote the whole cell and double the quote)"), line: line))
            case ",":
                cells.append(cell); cell = ""; atCellStart = true
            case "\r":
                let after = next()
                if after != "\n" { pending = after }
                endRow(); line += 1; rowLine = line
            case "\n":
                endRow(); line += 1; rowLine = line
            default:
                cell.unicodeScalars.append(c); atCellStart = false
            }
        }
        if quoted { return .failure(DirectoryError(tr("a quoted cell is never closed"), line: rowLine)) }
        if !cell.isEmpty || !cells.isEmpty { endRow() }
        return .success(rows)
    }

    static func lineOfFirstInvalidByte(_ data: Data) -> Int {
        var bytes = data.makeIterator(), decoder = UTF8(), line = 1
        while true {
            switch decoder.decode(&bytes) {
            case .scalarValue(let c): if c == "\n" { line += 1 }
            case .emptyInput, .error: return line
            }
        }
    }
}

/// What importing a staff directory changes: whom it adds, whom it updates (and which of their fields), which
/// accounts it registers or moves. People and accounts the file does not name are left as they are: an export
/// may cover one region, and a leaver is offboarded, not dropped from a file.
public struct DirectoryPlan: Sendable, Hashable {
    public struct Change: Sendable, Hashable, Codable {
        public enum Kind: String, Sendable, Hashable, Codable { case added, updated, unchanged }
        public var line: Int
        public var id: String
        public var kind: Kind
        /// The fields that change (`role`, `store`, `accounts`, …).
        public var fields: [String]
    }

    public var people: [Person] = []
    /// Each person whose accounts change, with the whole set they operate after the import (an account no row
    /// names any more is retired from the register).
    public var accounts: [String: [PlatformAccount]] = [:]
    public var changes: [Change] = []
    public var errors: [DirectoryError] = []

    public var count: (added: Int, updated: Int, unchanged: Int) {
        changes.reduce(into: (0, 0, 0)) { n, c in
            switch c.kind {
            case .added: n.0 += 1
            case .updated: n.1 += 1
            case .unchanged: n.2 += 1
            }
        }
    }

    /// The plan for `records` against the directory as it is. `knownStores`: the stores the definitions name
    /// (`kind: Stores`); nil when they name none, and then any store is taken.
    /// `knownAgencies`: the agencies the definitions name (`kind: Agency`).
    public static func make(records: [StaffRecord], current: [Person], currentAccounts: [PlatformAccount], knownStores: Set<String>?,
                            knownAgencies: Set<String> = []) -> DirectoryPlan {
        var plan = DirectoryPlan()
        let people = Dictionary(current.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let accounts = Dictionary(currentAccounts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let byOperator = Dictionary(grouping: currentAccounts, by: \.operatorID)
        let named = Set(records.map(\.person.id))
        for record in records {
            var p = record.person
            // A column the file does not have says nothing: the person keeps what the directory holds.
            if let b = people[p.id] {
                let has = record.columns
                if !has.contains("name") { p.name = b.name }
                if !has.contains("store") { p.store = b.store }
                if !has.contains("manager") { p.manager = b.manager }
                if !has.contains("groups") { p.groups = b.groups }
                if !has.contains("agency") { p.agency = b.agency }
                if !has.contains("tier") { p.tier = b.tier }
            }
            if let known = knownStores, let store = p.store, !known.contains(store) {
                plan.errors.append(DirectoryError(tr("\(p.id): unknown store \(store) (the stores are \(known.sorted().joined(separator: ", ")))"), line: record.line))
            }
            if let agency = p.agency, !knownAgencies.contains(agency) {
                plan.errors.append(DirectoryError(knownAgencies.isEmpty ? tr("\(p.id): unknown agency \(agency) (no kind: Agency is defined)")
                    : tr("\(p.id): unknown agency \(agency) (the agencies are \(knownAgencies.sorted().joined(separator: ", ")))"), line: record.line))
            }
            if let manager = p.manager, manager == p.id {
                plan.errors.append(DirectoryError(tr("\(p.id) cannot be their own manager"), line: record.line))
            } else if let manager = p.manager, !named.contains(manager), people[manager] == nil {
                plan.errors.append(DirectoryError(tr("\(p.id): manager \(manager) is neither in this file nor in the directory"), line: record.line))
            }
            if let existing = people[p.id], existing.hasLeft(at: .max) {
                plan.errors.append(DirectoryError(tr("\(p.id) has left the program; a returning associate comes back under a new id"), line: record.line))
            }
            for account in record.accounts {
                if let holder = accounts[account.id]?.operatorID, holder != p.id, let other = people[holder], other.leftAt == nil, !named.contains(holder) {
                    plan.errors.append(DirectoryError(tr("\(p.id): account \(account.id) is operated by \(holder); hand it over by naming it on \(holder)'s row too, or offboard \(holder)"),
                                                      line: record.line))
                }
            }
            var fields: [String] = []
            let before = people[p.id]
            if let b = before {
                if b.role != p.role { fields.append("role") }
                if b.name != p.name { fields.append("name") }
                if b.store != p.store { fields.append("store") }
                if b.manager != p.manager { fields.append("manager") }
                if b.groups != p.groups { fields.append("groups") }
                if b.agency != p.agency { fields.append("agency") }
                if b.tier != p.tier { fields.append("tier") }
            }
            let theirs = (byOperator[p.id] ?? []).sorted { $0.id < $1.id }
            let listed = record.columns.contains("accounts") ? record.accounts.sorted { $0.id < $1.id } : theirs
            if theirs != listed, before != nil || !listed.isEmpty { fields.append("accounts") }
            plan.changes.append(Change(line: record.line, id: p.id, kind: before == nil ? .added : fields.isEmpty ? .unchanged : .updated, fields: fields))
            if before == nil || !fields.filter({ $0 != "accounts" }).isEmpty {
                var saved = p
                if let b = before { saved.awayUntil = b.awayUntil; saved.delegate = b.delegate }
                plan.people.append(saved)
            }
            if fields.contains("accounts") { plan.accounts[p.id] = listed }
        }
        return plan
    }
}

/// What a handover did: kept with the person and shown again when asked twice.
public struct OffboardReport: Sendable, Hashable, Codable {
    public var person: String
    public var successor: String?
    public var leftAt: String
    public var handedOver: [String] = []
    public var cancelled: [String] = []
    public var tokensRevoked = 0
    public var accountsPassed: [String] = []
    public var accountsRetired: [String] = []
    /// Posts still live on the leaver's own accounts (`draft on account`).
    public var live: [String] = []
    /// Recall requests queued, as `draft → endpoint`.
    public var recalls: [String] = []

    public init(person: String, successor: String?, leftAt: String) {
        self.person = person
        self.successor = successor
        self.leftAt = leftAt
    }
}

