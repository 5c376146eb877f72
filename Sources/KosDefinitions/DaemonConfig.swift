import Foundation
public import KosCore
import KosYAML

/// `kosd`'s settings: `/etc/kos/kosd.yaml`, overridden by `KOSD_*` environment variables, overridden by
/// flags. Every field is optional here; `resolved` fills the defaults. Values are checked the same way
/// wherever they come from, and an error names its file and line (or its variable).
public struct DaemonConfig: Sendable, Equatable {
    public var store: String?
    public var workflows: String?
    public var templates: String?
    public var workers: Int?
    public var socket: String?
    public var listen: String?
    public var rateLimit: String?
    public var lease: TimeSpan?
    public var batchSize: Int?
    public var drainTimeout: TimeSpan?
    public var logFormat: String?
    public var logLevel: String?
    public var checkBudget: TimeSpan?
    public var programs: Bool?
    public var maxConnections: Int?
    public var headerTimeout: TimeSpan?
    public var idleTimeout: TimeSpan?
    public var publicURL: String?

    public init() {}

    /// The keys of `kosd.yaml` (nested under `api:` and `log:` where shown) and their variables.
    public enum Key: String, CaseIterable, Sendable {
        /// The data store (a SQLite file or a PostgreSQL URL). Called `database` so that `store` keeps its one
        /// meaning in kosflow, a boutique; `store:` and `KOSD_STORE`, its former names, are still read.
        case database, workflows, templates, workers
        case socket = "api.socket", listen = "api.listen", rateLimit = "api.rate_limit"
        case lease, batchSize = "batch_size", drainTimeout = "drain_timeout"
        case logFormat = "log.format", logLevel = "log.level"
        case checkBudget = "checks.budget", programs = "checks.programs"
        case maxConnections = "api.max_connections", headerTimeout = "api.header_timeout", idleTimeout = "api.idle_timeout"
        case publicURL = "api.public_url"

        /// `KOSD_DATABASE`, `KOSD_API_SOCKET`, `KOSD_LOG_LEVEL`, …
        public var variable: String { "KOSD_" + rawValue.replacingOccurrences(of: ".", with: "_").uppercased() }
    }

    public static let logFormats = ["auto", "plain", "journal", "json"]
    public static let logLevels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]

    /// Sets `key` from its text; the problem in words when the value is not acceptable.
    public mutating func set(_ key: Key, _ text: String) -> String? {
        func count(_ range: ClosedRange<Int>) -> Int? { Int(text).flatMap { range.contains($0) ? $0 : nil } }
        func span(_ range: ClosedRange<Int64>) -> TimeSpan? { TimeSpan(parsing: text).flatMap { range.contains($0.milliseconds) ? $0 : nil } }
        switch key {
        case .database:
            guard !text.isEmpty else {
                return tr("the database is a SQLite file path (e.g. /var/lib/kosd/kos.db) or a PostgreSQL URL (postgres://kosd@db.internal/kosflow)")
            }
            if text.hasPrefix("postgres:") || text.hasPrefix("postgresql:") {
                guard let url = URLComponents(string: text), url.host?.isEmpty == false, url.user?.isEmpty == false else {
                    return tr("a PostgreSQL store is postgres://USER@HOST[:PORT]/DATABASE (the password in a file: ?password_file=PATH, or PGPASSFILE)")
                }
                if url.password != nil { return tr("do not write the password in the URL; give ?password_file=PATH or set PGPASSFILE") }
            }
            store = text.hasPrefix("sqlite:") ? String(text.dropFirst(7)) : text
        case .workflows:
            guard !text.isEmpty else { return tr("give the folder of workflow definitions, e.g. /etc/kos/workflows") }
            workflows = text
        case .templates:
            guard !text.isEmpty else { return tr("give the folder of payload templates, e.g. /etc/kos/templates") }
            templates = text
        case .workers:
            guard let n = count(1...256) else { return tr("workers is a whole number from 1 to 256, not '\(text)'") }
            workers = n
        case .socket:
            guard !text.isEmpty, text.utf8.count < 108 else { return tr("the API socket is a path shorter than 108 bytes") }
            socket = text
        case .listen:
            guard Self.hostPort(text) else { return tr("listen is HOST:PORT, e.g. 127.0.0.1:7420, not '\(text)'") }
            listen = text
        case .rateLimit:
            guard RateLimit(parsing: text) != nil else { return tr("the rate limit is like 20/s or 600/1m, not '\(text)'") }
            rateLimit = text
        case .lease:
            guard let s = span(100...86_400_000) else { return tr("the lease is a duration from 100ms to 24h, e.g. 30s, not '\(text)'") }
            lease = s
        case .batchSize:
            guard let n = count(1...256) else { return tr("batch_size is a whole number from 1 to 256, not '\(text)'") }
            batchSize = n
        case .drainTimeout:
            guard let s = span(0...3_600_000) else { return tr("drain_timeout is a duration up to 1h, e.g. 30s, not '\(text)'") }
            drainTimeout = s
        case .logFormat:
            guard Self.logFormats.contains(text) else { return tr("log.format is one of \(Self.logFormats.joined(separator: ", ")), not '\(text)'") }
            logFormat = text
        case .logLevel:
            guard Self.logLevels.contains(text) else { return tr("log.level is one of \(Self.logLevels.joined(separator: ", ")), not '\(text)'") }
            logLevel = text
        case .checkBudget:
            guard let s = span(100...600_000) else { return tr("checks.budget is a duration from 100ms to 10m, e.g. 20s, not '\(text)'") }
            checkBudget = s
        case .programs:
            switch text.lowercased() {
            case "true", "on", "yes": programs = true
            case "false", "off", "no": programs = false
            default: return tr("checks.programs is on or off (whether workflows may run programs: external checkers and exec steps), not '\(text)'")
            }
        case .maxConnections:
            guard let n = count(16...1_000_000) else { return tr("api.max_connections is a whole number from 16 to 1000000, not '\(text)'") }
            maxConnections = n
        case .headerTimeout:
            guard let s = span(100...600_000) else { return tr("api.header_timeout is a duration from 100ms to 10m, e.g. 10s, not '\(text)'") }
            headerTimeout = s
        case .idleTimeout:
            guard let s = span(100...3_600_000) else { return tr("api.idle_timeout is a duration from 100ms to 1h, e.g. 60s, not '\(text)'") }
            idleTimeout = s
        case .publicURL:
            guard let url = URLComponents(string: text), url.scheme == "https" || url.scheme == "http", url.host?.isEmpty == false,
                  url.user == nil, url.password == nil, url.query == nil, url.fragment == nil else {
                return tr("api.public_url is where gateways and reviewers reach kosd, like https://kos.example.com (media and console links start with it), not '\(text)'")
            }
            publicURL = text.hasSuffix("/") ? String(text.dropLast()) : text
        }
        return nil
    }

    static func hostPort(_ text: String) -> Bool {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (1...65535).contains(port) else { return false }
        return !text[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: "[]")).isEmpty
    }

    /// Reads a `kosd.yaml`. A file that does not exist is an error only when `required` (an explicit `--config`).
    public static func load(file: String, required: Bool) -> Result<DaemonConfig, DiagnosticList> {
        // Read through a handle: FileManager gives nothing for /dev/null and other non-regular files.
        guard let data = FileHandle(forReadingAtPath: file).flatMap({ try? $0.readToEnd() ?? Data() }) else {
            if !required && !FileManager.default.fileExists(atPath: file) { return .success(DaemonConfig()) }
            return .failure(DiagnosticList([Diagnostic(code: DefinitionErrorCode.unreadable, message: tr("cannot read the configuration file"), file: file)]))
        }
        return parse(text: String(decoding: data, as: UTF8.self), file: file)
    }

    /// Parses the text of a `kosd.yaml`; every problem is reported, each with its line and column.
    public static func parse(text: String, file: String) -> Result<DaemonConfig, DiagnosticList> {
        let documents: [YAMLDocument]
        do throws(Diagnostic) {
            documents = try YAMLLoader().load(text, file: file)
        } catch {
            return .failure(DiagnosticList([error]))
        }
        var config = DaemonConfig()
        var problems: [Diagnostic] = []
        func problem(_ code: String, _ message: String, _ node: YAMLNode) {
            problems.append(Diagnostic(code: code, message: message, file: file, location: node.location))
        }
        guard let root = documents.first?.root else { return .success(config) }
        if documents.count > 1 { problem(DefinitionErrorCode.badValue, tr("kosd.yaml holds one document; found \(documents.count)"), documents[1].root) }
        if case .scalar(let s) = root.content, s.value == .null { return .success(config) }
        guard let pairs = root.mapping else {
            problem(DefinitionErrorCode.wrongType, tr("kosd.yaml is a mapping of settings (database:, workflows:, api:, log:, …), not \(root.kindName)"), root)
            return .failure(DiagnosticList(problems))
        }
        func walk(_ pairs: [YAMLPair], prefix: String) {
            let known = Key.allCases.map(\.rawValue).filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
            let sections = Set(known.compactMap { $0.contains(".") ? String($0.split(separator: ".")[0]) : nil })
            let leaves = known.filter { !$0.contains(".") }
            var seen: Set<String> = []
            for pair in pairs {
                guard case .scalar(let k) = pair.key.content, case .string(let name) = k.value else {
                    problem(DefinitionErrorCode.wrongType, tr("a setting's name is a plain word"), pair.key)
                    continue
                }
                guard seen.insert(name).inserted else {
                    problem(DefinitionErrorCode.duplicateID, tr("'\(prefix)\(name)' is set twice"), pair.key)
                    continue
                }
                if sections.contains(name) {
                    if case .scalar(let s) = pair.value.content, s.value == .null { continue }
                    guard let inner = pair.value.mapping else {
                        problem(DefinitionErrorCode.wrongType, tr("'\(prefix)\(name)' is a mapping, not \(pair.value.kindName)"), pair.value)
                        continue
                    }
                    walk(inner, prefix: prefix + name + ".")
                    continue
                }
                // `store:`, the former name of `database:`, is still read.
                let alias = prefix.isEmpty && name == "store" && !pairs.contains { $0.key.scalar?.text == "database" } ? Key.database : nil
                guard leaves.contains(name) || alias != nil, let key = alias ?? Key(rawValue: prefix + name) else {
                    problem(DefinitionErrorCode.unknownKey, Suggestion.appended(to: tr("unknown setting '\(prefix)\(name)'"), name, Array(sections) + leaves), pair.key)
                    continue
                }
                guard case .scalar(let scalar) = pair.value.content else {
                    problem(DefinitionErrorCode.wrongType, tr("'\(prefix)\(name)' is a single value, not \(pair.value.kindName)"), pair.value)
                    continue
                }
                let text: String
                switch scalar.value {
                case .string(let s): text = s
                case .int(let i): text = String(i)
                case .null: continue
                case .bool(let b): text = b ? "on" : "off"
                default: text = scalar.text
                }
                if let message = config.set(key, text) { problem(DefinitionErrorCode.badValue, message, pair.value) }
            }
        }
        walk(pairs, prefix: "")
        return problems.isEmpty ? .success(config) : .failure(DiagnosticList(problems))
    }

    /// The settings given as `KOSD_*` variables; each problem names its variable.
    public static func fromEnvironment(_ environment: [String: String]) -> Result<DaemonConfig, DiagnosticList> {
        var config = DaemonConfig()
        var problems: [Diagnostic] = []
        for key in Key.allCases {
            // KOSD_STORE, the former name of KOSD_DATABASE, is still read.
            guard let value = environment[key.variable] ?? (key == .database ? environment["KOSD_STORE"] : nil) else { continue }
            if let message = config.set(key, value) {
                problems.append(Diagnostic(code: DefinitionErrorCode.badValue, message: "\(key.variable): \(message)"))
            }
        }
        return problems.isEmpty ? .success(config) : .failure(DiagnosticList(problems))
    }

    /// These settings, with each one `other` sets taking its place.
    public func overridden(by other: DaemonConfig) -> DaemonConfig {
        var out = self
        out.store = other.store ?? store
        out.workflows = other.workflows ?? workflows
        out.templates = other.templates ?? templates
        out.workers = other.workers ?? workers
        out.socket = other.socket ?? socket
        out.listen = other.listen ?? listen
        out.rateLimit = other.rateLimit ?? rateLimit
        out.lease = other.lease ?? lease
        out.batchSize = other.batchSize ?? batchSize
        out.drainTimeout = other.drainTimeout ?? drainTimeout
        out.logFormat = other.logFormat ?? logFormat
        out.logLevel = other.logLevel ?? logLevel
        out.checkBudget = other.checkBudget ?? checkBudget
        out.programs = other.programs ?? programs
        out.maxConnections = other.maxConnections ?? maxConnections
        out.headerTimeout = other.headerTimeout ?? headerTimeout
        out.idleTimeout = other.idleTimeout ?? idleTimeout
        out.publicURL = other.publicURL ?? publicURL
        return out
    }

    /// The settings in force: these, with defaults for the rest. State goes to `$STATE_DIRECTORY` and the
    /// socket to `$RUNTIME_DIRECTORY` when systemd provides them (`StateDirectory=`, `RuntimeDirectory=`).
    public func resolved(environment: [String: String], cores: Int) -> Settings {
        let state = environment["STATE_DIRECTORY"].flatMap { $0.split(separator: ":").first.map(String.init) }
        let runtime = environment["RUNTIME_DIRECTORY"].flatMap { $0.split(separator: ":").first.map(String.init) }
        return Settings(
            store: store ?? (state.map { $0 + "/kos.db" } ?? ".kos/kos.db"),
            workflows: workflows ?? "Workflows", templates: templates ?? "Templates",
            workers: workers ?? max(1, cores), socket: socket ?? (runtime.map { $0 + "/kosd.sock" } ?? ".kos/kosd.sock"),
            listen: listen, rateLimit: rateLimit ?? "20/s", lease: lease ?? .seconds(30), batchSize: batchSize ?? 16,
            drainTimeout: drainTimeout ?? .seconds(30), logFormat: logFormat ?? "auto", logLevel: logLevel ?? "info",
            checkBudget: checkBudget ?? .seconds(20), programs: programs ?? true, maxConnections: maxConnections ?? 1024,
            headerTimeout: headerTimeout ?? .seconds(10), idleTimeout: idleTimeout ?? .seconds(60), publicURL: publicURL)
    }

    /// Every setting with its value in force.
    public struct Settings: Sendable, Equatable {
        public var store: String
        public var workflows: String
        public var templates: String
        public var workers: Int
        public var socket: String
        public var listen: String?
        public var rateLimit: String
        public var lease: TimeSpan
        public var batchSize: Int
        public var drainTimeout: TimeSpan
        public var logFormat: String
        public var logLevel: String
        /// How long the guideline checks of one draft may take; past it the draft is blocked as not checked in time.
        public var checkBudget: TimeSpan = .seconds(20)
        /// Whether workflows may run programs (external checkers, exec steps).
        public var programs = true
        /// Open API connections at most; past it the longest-waiting connection that has not sent a request goes.
        public var maxConnections = 1024
        /// How long a connection may take to send a request's header.
        public var headerTimeout: TimeSpan = .seconds(10)
        /// How long a keep-alive connection may sit idle between requests.
        public var idleTimeout: TimeSpan = .seconds(60)
        /// Where gateways reach kosd: media links in payloads start with it; nil leaves them empty.
        public var publicURL: String?

        /// What a reload may change without a restart, and what it may not.
        public func restartNeeded(for other: Settings) -> [String] {
            var keys: [String] = []
            if store != other.store { keys.append("database") }
            if workers != other.workers { keys.append("workers") }
            if socket != other.socket { keys.append("api.socket") }
            if listen != other.listen { keys.append("api.listen") }
            if lease != other.lease { keys.append("lease") }
            if batchSize != other.batchSize { keys.append("batch_size") }
            if logFormat != other.logFormat { keys.append("log.format") }
            if templates != other.templates { keys.append("templates") }
            if programs != other.programs { keys.append("checks.programs") }
            if checkBudget != other.checkBudget { keys.append("checks.budget") }
            if maxConnections != other.maxConnections { keys.append("api.max_connections") }
            if headerTimeout != other.headerTimeout { keys.append("api.header_timeout") }
            if idleTimeout != other.idleTimeout { keys.append("api.idle_timeout") }
            if publicURL != other.publicURL { keys.append("api.public_url") }
            return keys
        }
    }
}
