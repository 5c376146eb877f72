import Foundation
import KosCore
import KosDefinitions
import KosEngine
import KosServer
import KosStore
import KosTesting
import Logging
import Testing

@testable import KosCLI

/// A real API server on a Unix socket in a temporary folder, over a real SQLite store and the example
/// workflows, with the people a boutique program has; requests go through the `kos` client's libcurl code.
final class APIFixture: @unchecked Sendable {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let dir: URL
    let store: any RawSQLStore
    let environment: EngineEnvironment
    let worker: Worker
    let socket: String
    let serverTask: Task<Void, any Error>
    /// Tokens by person id, plus `expired` and `revoked`.
    var tokens: [String: String] = [:]

    static let people: [Person] = [
        Person(id: "li.na", role: .creator, store: "SH-IFC"),
        Person(id: "chen.jie", role: .creator, store: "SH-IFC"),
        Person(id: "zhang.wei", role: .reviewer, groups: ["store-managers", "brand-compliance"], store: "SH-IFC"),
        Person(id: "wu.lei", role: .reviewer, groups: ["legal"], store: "BJ-SKP"),
        Person(id: "gao.min", role: .reviewer, groups: ["store-managers", "regional-compliance"], store: "SH-IFC"),
        Person(id: "admin", role: .admin),
    ]

    /// `workflow`: the text of one more definitions file (workflows, calendars), beside the example ones in
    /// `Workflows/`; both are copied to `definitions` for a `kos lint --workflows` to read the same.
    /// `driver`: `sqlite` (a file in the folder) or `postgres` (a scratch database on the test server).
    init(rate: RateLimiter.Rate = .init(requests: 10_000, perSeconds: 1, burst: 10_000), workflow: String? = nil, driver: String = "sqlite") async throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kos-api-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        store = driver == "postgres" ? try await ScratchPostgres.store(try await ScratchPostgres.database())
            : try SQLiteStore(path: dir.appendingPathComponent("kos.db").path)
        var paths = [Self.root.appendingPathComponent("Workflows").path]
        if let workflow {
            let folder = dir.appendingPathComponent("Workflows")
            try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Workflows"), to: folder)
            try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Templates"), to: dir.appendingPathComponent("Templates"))
            try workflow.write(to: folder.appendingPathComponent("extra.yaml"), atomically: true, encoding: .utf8)
            paths = [folder.path]
        }
        let report = DefinitionLoader(templatesDirectory: Self.root.appendingPathComponent("Templates").path).load(paths: paths)
        #expect(report.isValid, "\(report.renderedDiagnostics())")
        var packs = try BuiltinPacks.load()
        packs.merge(report.definitions.guidelines) { a, _ in a }
        environment = EngineEnvironment(definitions: report.definitions, packs: packs,
                                        templatesDirectory: Self.root.appendingPathComponent("Templates").path, secretsEnvironment: [:])
        worker = Worker(name: "worker-test", store: store, environment: environment)
        for person in Self.people {
            try await store.upsertPerson(person, actor: "test")
            tokens[person.id] = try await store.createToken(personID: person.id, expiresAt: nil, actor: "test")
        }
        let now = try await store.now()
        tokens["expired"] = try await store.createToken(personID: "li.na", expiresAt: now - 1, actor: "test")
        tokens["revoked"] = try await store.createToken(personID: "chen.jie", expiresAt: nil, actor: "test")
        // Revoking chen.jie's tokens ends both; give chen.jie a fresh one afterwards.
        try await store.revokeTokens(personID: "chen.jie", actor: "test")
        tokens["chen.jie"] = try await store.createToken(personID: "chen.jie", expiresAt: nil, actor: "test")

        socket = dir.appendingPathComponent("kosd.sock").path
        let server = HTTPServer(service: APIService(store: store, environment: environment), addresses: [.unix(socket)], rate: rate)
        let (ready, signal) = AsyncStream<Void>.makeStream()
        var logger = Logger(label: "kosd-test")
        logger.logLevel = .critical
        serverTask = Task { try await server.run(logger: logger, onListening: { signal.yield() }) }
        var iterator = ready.makeAsyncIterator()
        _ = await iterator.next()
    }

    deinit {
        serverTask.cancel()
        try? FileManager.default.removeItem(at: dir)
    }

    /// The definitions folder when the fixture was given one more file.
    var definitions: URL { dir.appendingPathComponent("Workflows") }

    func client(_ who: String?) -> APIClient {
        var client = APIClient(server: .unix(socket), token: who.map { tokens[$0] ?? $0 })
        client.attempts = 1
        return client
    }

    /// Runs blocking client code on its own thread: the server's handlers need the cooperative pool, which a
    /// blocked test thread would starve on two cores.
    static func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try body() }) }
        }
    }

    /// One request as `who` (a person id, a token name, or nil for none); the status and body.
    func call(_ who: String?, _ method: String, _ path: String, json: String? = nil, headers: [String: String] = [:]) async throws -> APIClient.Response {
        try await raw(who, method, path, body: json.map { Data($0.utf8) }, headers: headers)
    }

    func raw(_ who: String?, _ method: String, _ path: String, body: Data?, headers: [String: String] = [:]) async throws -> APIClient.Response {
        let client = client(who)
        return try await Self.offPool { try client.perform(method, path, body: body, headers: headers) }
    }

    /// A request whose 2xx answer decodes as `T`.
    func send<T: Decodable & Sendable>(_ who: String, _ method: String, _ path: String, body: (any Encodable & Sendable)? = nil,
                                       headers: [String: String] = [:], as type: T.Type) async throws -> T {
        let client = client(who)
        let data = try body.map { try API.encoder().encode($0) }
        return try await Self.offPool {
            let response = try client.perform(method, path, body: data, headers: headers)
            guard (200..<300).contains(response.status) else {
                throw APIClient.Failure.unexpected(response.status, String(decoding: response.body, as: UTF8.self))
            }
            return try API.decoder().decode(T.self, from: response.body)
        }
    }

    /// Submits a sample draft as `who` and lets the worker run until it waits.
    func submit(_ who: String, file: String = "velocity-launch-preview.md", edit: (String) -> String = { $0 }) async throws -> API.Draft {
        let content = edit(try String(contentsOf: Self.root.appendingPathComponent("Templates/drafts/\(file)"), encoding: .utf8))
        let submitted = try await send(who, "POST", "/v1/drafts", body: API.Submission(workflow: nil, content: content),
                                       headers: ["Idempotency-Key": UUID().uuidString], as: API.Submitted.self)
        try await worker.drain()
        return try await draft(submitted.draft.id)
    }

    func draft(_ id: String, as who: String = "admin") async throws -> API.Draft {
        try await send(who, "GET", "/v1/drafts/\(id)", as: API.DraftDetail.self).draft
    }

    /// A draft's text without its `media:` list (the API takes media as uploads, which most tests do not need).
    static func withoutMedia(_ content: String) -> String {
        var lines: [Substring] = []
        var inMedia = false
        for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "media:" { inMedia = true; continue }
            if inMedia, line.hasPrefix(" ") { continue }
            inMedia = false
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// A decision's body, bound to the revision `draft` is at (as the reviewer read it).
    static func decision(on draft: API.Draft, comment: String? = nil, reason: String? = nil) -> String {
        String(decoding: try! API.encoder().encode(API.DecisionRequest(revision: draft.revision, contentHash: draft.contentHash, comment: comment, reason: reason)),
               as: UTF8.self)
    }

    func problem(_ response: APIClient.Response) -> API.Problem? {
        try? API.decoder().decode(API.Problem.self, from: response.body)
    }
}
