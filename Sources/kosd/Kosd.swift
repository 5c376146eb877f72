import ArgumentParser
import Foundation
import KosCore
import KosDefinitions
import KosDelivery
import KosEngine
import KosStore

/// `kosd`: the kosflow daemon (`serve`), and the operator's tools beside it.
@main
struct Kosd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kosd",
        abstract: "The kosflow daemon: runs workflows durably for a brand's KOS program.",
        version: "0.1.0",
        subcommands: [CheckConfig.self, Serve.self, WorkerCommand.self, Token.self, People.self, Backup.self])

    /// `kosd` alone: what there is to run, not a silent check.
    static let guide = """
        kosd: say what to run:
          kosd serve              run the daemon (what kosd.service runs)
          kosd check-config       check kosd.yaml, KOSD_* variables and the workflows, then exit
          kosd token create       give a person an API token; kosd token list shows who holds one
          kosd people             the people the store knows, with their roles and stores
          kosd backup --to FILE   copy the SQLite store while kosd runs
        kosd --help lists every command and option.
        """

    func run() async throws {
        FileHandle.standardError.write(Data((Self.guide + "\n").utf8))
        throw ExitCode.validationFailure
    }
}

/// Validates the configuration and the definitions the daemon would load, without starting anything.
struct CheckConfig: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Validate kosd.yaml, KOSD_* variables, flags and the workflows the daemon would load, then exit.",
        discussion: "Exit status 0 when everything is valid, 1 with every problem located otherwise. The settings in force are printed.")

    @OptionGroup var engine: EngineOptions
    @OptionGroup var serving: ServeOptions

    func run() throws {
        let configuration = try engine.configuration(adding: serving.apply)
        let s = configuration.settings
        switch configuration.definitions() {
        case .failure(let failure):
            FileHandle.standardError.write(Data((failure.description + "\n").utf8))
            throw ExitCode(1)
        case .success(let (environment, files)):
            if let problem = CurlExchange.libraryProblem {
                FileHandle.standardError.write(Data("error: \(problem)\n".utf8))
                throw ExitCode(1)
            }
            if files.isEmpty { FileHandle.standardError.write(Data("warning: no workflow files in \(s.workflows)\n".utf8)) }
            // Secrets are read at each delivery; one that cannot be read now would fail the first post to its endpoint.
            for endpoint in environment.definitions.endpoints.values.sorted(by: { $0.id < $1.id }) {
                do throws(DeliveryError) {
                    _ = try WebhookSecret.resolve(endpoint.secret)
                } catch {
                    FileHandle.standardError.write(Data("warning: endpoint \(endpoint.id): \(error.message); deliveries to it will fail until it can\n".utf8))
                }
            }
            if let listen = s.listen, !Serve.isLoopback(listen) {
                FileHandle.standardError.write(Data("warning: api.listen \(listen) is not a loopback address and the API speaks plain HTTP; serve it on loopback behind a TLS-terminating proxy\n".utf8))
            }
            print("""
                kosd: configuration valid (\(configuration.file ?? "no kosd.yaml; defaults, KOSD_* and flags"))
                  database    \(s.store)
                  workflows   \(s.workflows): \(environment.definitions.workflows.count) workflows in \(files.count) files
                  templates   \(s.templates)
                  api         unix:\(s.socket)\(s.listen.map { " and http://\($0)" } ?? ""), \(s.rateLimit) per token
                  workers     \(s.workers), batch \(s.batchSize), lease \(s.lease), drain \(s.drainTimeout)
                  log         \(s.logFormat), \(s.logLevel)
                  checks      budget \(s.checkBudget) per draft, programs \(s.programs ? "on" : "off")
                  connections at most \(s.maxConnections), header timeout \(s.headerTimeout), idle timeout \(s.idleTimeout)
                  media links \(s.publicURL.map { "\($0)/v1/media/…" } ?? "none (set api.public_url for gateways to fetch media)")
                  console     \(s.publicURL.map { "\($0)/console" } ?? s.listen.map { "http://\($0)/console" } ?? "on the API socket only (set api.listen or api.public_url for browsers)")
                """)
        }
    }
}

/// `kosd backup`: a consistent copy of the SQLite store, taken while kosd runs.
struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the SQLite store to a file, consistently, while kosd runs.",
        discussion: """
            Uses SQLite's online backup: the copy holds every committed transition, including those still in the             write-ahead log (a plain copy of kos.db without its -wal file misses them). Restore by stopping kosd and             putting the copy in the store's place. A PostgreSQL store is backed up with pg_dump or the server's own tools.
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "The file to write; it must not exist yet.")
    var to: String

    func run() async throws {
        let location = try store.configuration().settings.store
        if location.hasPrefix("postgres:") || location.hasPrefix("postgresql:") {
            FileHandle.standardError.write(Data("kosd: the store is PostgreSQL; back it up with pg_dump (see deploy/MULTI-HOST.md)\n".utf8))
            throw ExitCode(1)
        }
        guard !FileManager.default.fileExists(atPath: to) else {
            FileHandle.standardError.write(Data("kosd: \(to) exists already; name a new file\n".utf8))
            throw ExitCode(1)
        }
        guard FileManager.default.fileExists(atPath: location) else {
            FileHandle.standardError.write(Data("kosd: there is no store at \(location)\n".utf8))
            throw ExitCode(1)
        }
        do {
            let entries = try SQLiteStore(path: location).backup(to: to)
            print("kosd: backed up \(location) to \(to) (\(entries) audit entries)")
        } catch {
            try? FileManager.default.removeItem(atPath: to)
            FileHandle.standardError.write(Data("kosd: the backup failed: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}

struct Token: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Issue and revoke API tokens.",
        subcommands: [TokenCreate.self, TokenList.self, TokenRevoke.self])
}

/// A table in columns, for an operator's terminal.
func columns(_ rows: [[String]]) -> String {
    guard let first = rows.first else { return "" }
    let widths = (0..<first.count).map { i in rows.map { $0[i].count }.max() ?? 0 }
    return rows.map { row in
        row.enumerated().map { i, cell in i == row.count - 1 ? cell : cell.padding(toLength: widths[i] + 2, withPad: " ", startingAt: 0) }.joined()
    }.joined(separator: "\n")
}

/// Milliseconds since 1970 as `2026-12-05 10:00 UTC`.
func utcMinute(_ millis: Int64) -> String {
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = TimeZone(identifier: "UTC")
    f.dateFormat = "yyyy-MM-dd HH:mm"
    return f.string(from: Date(timeIntervalSince1970: Double(millis) / 1000)) + " UTC"
}

/// `kosd token list`: who holds access (the tokens themselves are never stored, so never shown).
struct TokenList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the tokens issued: whose, when, until when, and whether they still let their holder in.",
        discussion: "A token is shown by the first characters of its SHA-256; revoke a person's tokens with kosd token revoke --user ID.")

    @OptionGroup var store: StoreOptions

    @Flag(help: "Only the tokens that still let their holder in.")
    var active = false

    func run() async throws {
        let db = try await openStore(try store.configuration().settings.store)
        let now = try await db.now()
        let people = Dictionary(try await db.people().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let tokens = try await db.tokens().filter { !active || $0.isActive(at: now) }
        guard !tokens.isEmpty else {
            print(active ? "kosd: no token lets anyone in; create one with kosd token create --user ID --role ROLE" : "kosd: no token has been issued; create one with kosd token create --user ID --role ROLE")
            return
        }
        var rows = [["PERSON", "ROLE", "STORE", "TOKEN", "ISSUED", "EXPIRES", "STATE"]]
        for t in tokens {
            let person = people[t.personID]
            let state = t.revokedAt.map { "revoked \(utcMinute($0))" } ?? (t.isActive(at: now) ? "active" : "expired")
            rows.append([t.personID, person?.role.rawValue ?? "-", person?.store ?? "-", t.fingerprint, utcMinute(t.createdAt),
                         t.expiresAt.map(utcMinute) ?? "never", state])
        }
        print(columns(rows))
    }
}

/// `kosd people`: everyone the store knows, with what they may do.
struct People: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "List the people the store knows: role, store, reviewer groups, and how many tokens let them in.")

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let db = try await openStore(try store.configuration().settings.store)
        let now = try await db.now()
        let people = try await db.people()
        guard !people.isEmpty else {
            print("kosd: nobody yet; add a person with kosd token create --user ID --role creator|reviewer|admin")
            return
        }
        let active = Dictionary(grouping: try await db.tokens().filter { $0.isActive(at: now) }, by: \.personID).mapValues(\.count)
        var rows = [["PERSON", "ROLE", "STORE", "GROUPS", "ACTIVE TOKENS"]]
        for p in people {
            rows.append([p.id, p.role.rawValue, p.store ?? "-", p.groups.isEmpty ? "-" : p.groups.joined(separator: ","), String(active[p.id] ?? 0)])
        }
        print(columns(rows))
    }
}

/// `kosd token create`: registers a person and prints a new token once.
struct TokenCreate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a person's API token and print it once (only its SHA-256 is stored).",
        discussion: "The token alone goes to standard output, so it can be captured: TOKEN=$(kosd token create --user li.na --role creator --store SH-IFC)")

    @OptionGroup var store: StoreOptions

    @Option(help: "The person's id, as they log in (e.g. li.na).")
    var user: String

    @Option(help: "creator, reviewer or admin.")
    var role: String

    @Option(name: .customLong("group"), help: "A reviewer group (repeatable), e.g. store-managers, regional-compliance, legal.")
    var groups: [String] = []

    @Option(name: .customLong("store"), help: "The boutique or store the person belongs to, e.g. SH-IFC.")
    var storeName: String?

    @Option(help: "Days until the token expires; default never.")
    var expiresInDays: Int?

    func validate() throws {
        guard Person.Role(rawValue: role) != nil else {
            throw ValidationError("--role must be one of \(Person.Role.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard StaffCSV.validID(user) else {
            throw ValidationError("--user must be ASCII letters, digits and . - _ @ (at most 64)")
        }
        if let days = expiresInDays, days < 1 { throw ValidationError("--expires-in-days must be at least 1") }
    }

    func run() async throws {
        let db = try await openStore(try store.configuration().settings.store)
        let person = Person(id: user, role: Person.Role(rawValue: role)!, groups: groups, store: storeName)
        let actor = "kosd-cli:" + (ProcessInfo.processInfo.environment["USER"] ?? "operator")
        try await db.upsertPerson(person, actor: actor)
        let expiry = try await expiresInDays.asyncMap { days in try await db.now() + Int64(days) * 86_400_000 }
        let token = try await db.createToken(personID: user, expiresAt: expiry, actor: actor)
        FileHandle.standardError.write(Data("""
            token for \(user) (\(role)\(groups.isEmpty ? "" : "; groups \(groups.joined(separator: ", "))")\(storeName.map { "; store \($0)" } ?? "")):
            it is shown once and stored only as its SHA-256; hand it over privately.

            """.utf8))
        print(token)
    }
}

/// `kosd token revoke`: ends every token of a person at once (an associate who leaves).
struct TokenRevoke: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Revoke every token of a person.")

    @OptionGroup var store: StoreOptions

    @Option(help: "The person's id.")
    var user: String

    func run() async throws {
        let db = try await openStore(try store.configuration().settings.store)
        try await db.revokeTokens(personID: user, actor: "kosd-cli:" + (ProcessInfo.processInfo.environment["USER"] ?? "operator"))
        print("kosd: every token of \(user) is revoked")
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}


