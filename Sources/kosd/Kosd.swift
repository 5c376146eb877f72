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
        abstract: tr("The kosflow daemon: runs workflows durably for a brand's KOS program."),
        version: "0.1.0",
        subcommands: [CheckConfig.self, Serve.self, WorkerCommand.self, Token.self, People.self, Backup.self])

    /// `kosd` alone: what there is to run, not a silent check.
    static var guide: String {
        tr("""
        kosd: say what to run:
          kosd serve              run the daemon (what kosd.service runs)
          kosd check-config       check kosd.yaml, KOSD_* variables and the workflows, then exit
          kosd token create       give a person an API token; kosd token list shows who holds one
          kosd people             the people the store knows, with their roles and stores
          kosd backup --to FILE   copy the SQLite store while kosd runs
        kosd --help lists every command and option.
        """)
    }

    func run() async throws {
        FileHandle.standardError.write(Data((Self.guide + "\n").utf8))
        throw ExitCode.validationFailure
    }
}

/// Validates the configuration and the definitions the daemon would load, without starting anything.
struct CheckConfig: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: tr("Validate kosd.yaml, KOSD_* variables, flags and the workflows the daemon would load, then exit."),
        discussion: tr("Exit status 0 when everything is valid, 1 with every problem located otherwise. The settings in force are printed."))

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
            if files.isEmpty { FileHandle.standardError.write(Data(("warning: " + tr("no workflow files in \(s.workflows)") + "\n").utf8)) }
            // Secrets are read at each delivery; one that cannot be read now would fail the first post to its endpoint.
            for endpoint in environment.definitions.endpoints.values.sorted(by: { $0.id < $1.id }) {
                do throws(DeliveryError) {
                    _ = try WebhookSecret.resolve(endpoint.secret)
                } catch {
                    FileHandle.standardError.write(Data(("warning: " + tr("endpoint \(endpoint.id): \(error.message); deliveries to it will fail until it can") + "\n").utf8))
                }
            }
            if let listen = s.listen, !Serve.isLoopback(listen) {
                FileHandle.standardError.write(Data(("warning: " + tr("api.listen \(listen) is not a loopback address and the API speaks plain HTTP; serve it on loopback behind a TLS-terminating proxy") + "\n").utf8))
            }
            let source = configuration.file ?? tr("no kosd.yaml; defaults, KOSD_* and flags")
            let workflows = tr("\(s.workflows): \(environment.definitions.workflows.count) workflows in \(files.count) files")
            let api = s.listen.map { tr("unix:\(s.socket) and http://\($0), \(s.rateLimit) per token") } ?? tr("unix:\(s.socket), \(s.rateLimit) per token")
            let workers = tr("\(s.workers), batch \(s.batchSize), lease \(s.lease), drain \(s.drainTimeout)")
            let checks = tr("budget \(s.checkBudget) per draft, programs \(s.programs ? "on" : "off")")
            let connections = tr("at most \(s.maxConnections), header timeout \(s.headerTimeout), idle timeout \(s.idleTimeout)")
            let media = s.publicURL.map { "\($0)/v1/media/…" } ?? tr("none (set api.public_url for gateways to fetch media)")
            let console = s.publicURL.map { "\($0)/console" } ?? s.listen.map { "http://\($0)/console" }
                ?? tr("on the API socket only (set api.listen or api.public_url for browsers)")
            print(tr("""
                kosd: configuration valid (\(source))
                  database    \(s.store)
                  workflows   \(workflows)
                  templates   \(s.templates)
                  api         \(api)
                  workers     \(workers)
                  log         \(s.logFormat), \(s.logLevel)
                  checks      \(checks)
                  connections \(connections)
                  media links \(media)
                  console     \(console)
                """))
        }
    }
}

/// `kosd backup`: a consistent copy of the SQLite store, taken while kosd runs.
struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: tr("Copy the SQLite store to a file, consistently, while kosd runs."),
        discussion: tr("""
            Uses SQLite's online backup: the copy holds every committed transition, including those still in the             write-ahead log (a plain copy of kos.db without its -wal file misses them). Restore by stopping kosd and             putting the copy in the store's place. A PostgreSQL store is backed up with pg_dump or the server's own tools.
            """))

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp(tr("The file to write; it must not exist yet.")))
    var to: String

    func run() async throws {
        let location = try store.configuration().settings.store
        if location.hasPrefix("postgres:") || location.hasPrefix("postgresql:") {
            FileHandle.standardError.write(Data((tr("kosd: the store is PostgreSQL; back it up with pg_dump (see deploy/MULTI-HOST.md)") + "\n").utf8))
            throw ExitCode(1)
        }
        guard !FileManager.default.fileExists(atPath: to) else {
            FileHandle.standardError.write(Data((tr("kosd: \(to) exists already; name a new file") + "\n").utf8))
            throw ExitCode(1)
        }
        guard FileManager.default.fileExists(atPath: location) else {
            FileHandle.standardError.write(Data((tr("kosd: there is no store at \(location)") + "\n").utf8))
            throw ExitCode(1)
        }
        do {
            let entries = try SQLiteStore(path: location).backup(to: to)
            print(tr("kosd: backed up \(location) to \(to) (\(entries) audit entries)"))
        } catch {
            try? FileManager.default.removeItem(atPath: to)
            FileHandle.standardError.write(Data((tr("kosd: the backup failed: \(error)") + "\n").utf8))
            throw ExitCode(1)
        }
    }
}

struct Token: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: tr("Issue and revoke API tokens."),
        subcommands: [TokenCreate.self, TokenList.self, TokenRevoke.self])
}

/// A table in columns, for an operator's terminal (a Chinese header or name takes two cells a character).
func columns(_ rows: [[String]]) -> String {
    guard let first = rows.first else { return "" }
    func width(_ cell: String) -> Int { cell.unicodeScalars.reduce(0) { $0 + SourceText.displayWidth($1) } }
    let widths = (0..<first.count).map { i in rows.map { width($0[i]) }.max() ?? 0 }
    return rows.map { row in
        row.enumerated().map { i, cell in i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] + 2 - width(cell)) }.joined()
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
        abstract: tr("List the tokens issued: whose, when, until when, and whether they still let their holder in."),
        discussion: tr("A token is shown by the first characters of its SHA-256; revoke a person's tokens with kosd token revoke --user ID."))

    @OptionGroup var store: StoreOptions

    @Flag(help: ArgumentHelp(tr("Only the tokens that still let their holder in.")))
    var active = false

    func run() async throws {
        let db = try await openStore(try store.configuration().settings.store)
        let now = try await db.now()
        let people = Dictionary(try await db.people().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let tokens = try await db.tokens().filter { !active || $0.isActive(at: now) }
        guard !tokens.isEmpty else {
            print(active ? tr("kosd: no token lets anyone in; create one with kosd token create --user ID --role ROLE") : tr("kosd: no token has been issued; create one with kosd token create --user ID --role ROLE"))
            return
        }
        var rows = [[tr("PERSON"), tr("ROLE"), tr("STORE"), tr("TOKEN"), tr("ISSUED"), tr("EXPIRES"), tr("STATE")]]
        for t in tokens {
            let person = people[t.personID]
            let state = t.revokedAt.map { tr("revoked \(utcMinute($0))") } ?? (t.isActive(at: now) ? trc("token", "active") : trc("token", "expired"))
            rows.append([t.personID, person?.role.rawValue ?? "-", person?.store ?? "-", t.fingerprint, utcMinute(t.createdAt),
                         t.expiresAt.map(utcMinute) ?? tr("never"), state])
        }
        print(columns(rows))
    }
}

/// `kosd people`: everyone the store knows, with what they may do.
struct People: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: tr("List the people the store knows: role, store, reviewer groups, and how many tokens let them in."))

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let db = try await openStore(try store.configuration().settings.store)
        let now = try await db.now()
        let people = try await db.people()
        guard !people.isEmpty else {
            print(tr("kosd: nobody yet; add a person with kosd token create --user ID --role creator|reviewer|admin"))
            return
        }
        let active = Dictionary(grouping: try await db.tokens().filter { $0.isActive(at: now) }, by: \.personID).mapValues(\.count)
        var rows = [[tr("PERSON"), tr("ROLE"), tr("STORE"), tr("GROUPS"), tr("ACTIVE TOKENS")]]
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
        abstract: tr("Create a person's API token and print it once (only its SHA-256 is stored)."),
        discussion: tr("The token alone goes to standard output, so it can be captured: TOKEN=$(kosd token create --user li.na --role creator --store SH-IFC)"))

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp(tr("The person's id, as they log in (e.g. li.na).")))
    var user: String

    @Option(help: ArgumentHelp(tr("creator, reviewer or admin.")))
    var role: String

    @Option(name: .customLong("group"), help: ArgumentHelp(tr("A reviewer group (repeatable), e.g. store-managers, regional-compliance, legal.")))
    var groups: [String] = []

    @Option(name: .customLong("store"), help: ArgumentHelp(tr("The boutique or store the person belongs to, e.g. SH-IFC.")))
    var storeName: String?

    @Option(help: ArgumentHelp(tr("Days until the token expires; default never.")))
    var expiresInDays: Int?

    func validate() throws {
        guard Person.Role(rawValue: role) != nil else {
            throw ValidationError(tr("--role must be one of \(Person.Role.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        guard StaffCSV.validID(user) else {
            throw ValidationError(tr("--user must be ASCII letters, digits and . - _ @ (at most 64)"))
        }
        if let days = expiresInDays, days < 1 { throw ValidationError(tr("--expires-in-days must be at least 1")) }
    }

    func run() async throws {
        let db = try await openStore(try store.configuration().settings.store)
        let person = Person(id: user, role: Person.Role(rawValue: role)!, groups: groups, store: storeName)
        let actor = "kosd-cli:" + (ProcessInfo.processInfo.environment["USER"] ?? "operator")
        try await db.upsertPerson(person, actor: actor)
        let expiry = try await expiresInDays.asyncMap { days in try await db.now() + Int64(days) * 86_400_000 }
        let token = try await db.createToken(personID: user, expiresAt: expiry, actor: actor)
        let about = ([role] + (groups.isEmpty ? [] : [tr("groups \(groups.joined(separator: ", "))")]) + (storeName.map { [tr("store \($0)")] } ?? []))
            .joined(separator: "; ")
        FileHandle.standardError.write(Data(tr("""
            token for \(user) (\(about)):
            it is shown once and stored only as its SHA-256; hand it over privately.

            """).utf8))
        print(token)
    }
}

/// `kosd token revoke`: ends every token of a person at once (an associate who leaves).
struct TokenRevoke: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke", abstract: tr("Revoke every token of a person."))

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp(tr("The person's id.")))
    var user: String

    func run() async throws {
        let db = try await openStore(try store.configuration().settings.store)
        try await db.revokeTokens(personID: user, actor: "kosd-cli:" + (ProcessInfo.processInfo.environment["USER"] ?? "operator"))
        print(tr("kosd: every token of \(user) is revoked"))
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}


