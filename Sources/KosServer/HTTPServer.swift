import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import KosCore
import KosStore
import Logging
import ServiceLifecycle
import NIOCore
import Synchronization

/// The daemon's HTTP API over Hummingbird: JSON on a Unix socket (and optionally TCP), bearer tokens,
/// RFC 9457 problems for every error, a per-token rate limit.
public struct HTTPServer: Sendable {
    public enum Address: Sendable, Hashable, CustomStringConvertible {
        case unix(String)
        case tcp(host: String, port: Int)
        /// A listening socket passed by systemd (`LISTEN_FDS`); `name` says what it is bound to.
        case inherited(descriptor: Int32, name: String)

        public var description: String {
            switch self {
            case .unix(let path): "unix:\(path)"
            case .tcp(let host, let port): "http://\(host):\(port)"
            case .inherited(let fd, let name): tr("\(name) (socket-activated, fd \(fd))")
            }
        }
    }

    public let service: APIService
    public let addresses: [Address]
    public let limiter: RateLimiter
    /// Largest request body accepted (a draft with its media).
    public var maxBody: Int { limits.settings.maxBody }

    /// Nil when the daemon is ready for work, else why not (for `/readyz`).
    public let readiness: @Sendable () async -> String?

    /// The Prometheus text for `/metrics`; nil leaves the route out.
    public let metrics: (@Sendable () async throws -> String)?

    /// Connection caps and timeouts, shared by every listener.
    public let limits: ConnectionLimits

    /// Where the review console's links point (`https://review.example.cn`); nil: the first TCP address.
    public let consoleURL: String?

    public init(service: APIService, addresses: [Address], rate: RateLimiter.Rate = .init(requests: 20, perSeconds: 1, burst: 60),
                limits: ConnectionLimits = ConnectionLimits(settings: .init(), logger: Logger(label: "kosd")),
                readiness: @escaping @Sendable () async -> String? = { nil }, metrics: (@Sendable () async throws -> String)? = nil,
                consoleURL: String? = nil) {
        self.service = service
        self.addresses = addresses
        self.limiter = RateLimiter(rate: rate)
        self.limits = limits
        self.readiness = readiness
        self.metrics = metrics
        let tcp = addresses.lazy.compactMap { address -> String? in
            if case .tcp(let host, let port) = address { return "http://\(host.contains(":") ? "[\(host)]" : host):\(port)" }
            return nil
        }.first
        self.consoleURL = consoleURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 } ?? tcp
    }

    /// Serves until `stop` returns (then shuts down gracefully: no new connections, requests in flight
    /// answered, idle keep-alive connections closed) or the task is cancelled. `onListening` runs once every
    /// address accepts connections.
    public func run(logger: Logger, until stop: (@Sendable () async -> Void)? = nil,
                    onListening: @escaping @Sendable () async -> Void = {}) async throws {
        let router = makeRouter(logger: logger)
        // Hummingbird reports a graceful shutdown of a Unix socket listener as errors ("Already closed"); its own
        // log keeps to critical, request failures are logged by the problem middleware.
        var quiet = logger
        quiet.logLevel = .critical
        let listening = ListeningCounter(total: addresses.count, action: onListening)
        let limits = self.limits
        let http1 = HTTP1Channel.Configuration(additionalChannelHandlers: [limits.handler()])
        var apps: [any Service] = []
        for address in addresses {
            let bind: BindAddress
            switch address {
            case .inherited(let descriptor, _):
                apps.append(InheritedSocketServer(descriptor: descriptor, responder: router.buildResponder(), configuration: http1, logger: quiet,
                                                  onRunning: { await listening.arrived() }))
                continue
            case .unix(let path):
                try Paths.createParent(of: path)
                // A socket left by a daemon that was killed would refuse the bind.
                unlink(path)
                bind = .unixDomainSocket(path: path)
            case .tcp(let host, let port):
                bind = .hostname(host, port: port)
            }
            apps.append(Application(router: router, server: .http1(configuration: http1), configuration: .init(address: bind, serverName: nil, backlog: 1024),
                                    onServerRunning: { _ in await listening.arrived() }, logger: quiet))
        }
        // Cancelling this task shuts the servers down gracefully: they stop accepting, finish what is in
        // flight, and close idle keep-alive connections.
        let group = ServiceGroup(services: apps, logger: quiet)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            tasks.addTask {
                if let stop { await stop() } else { await Task.never() }
                await group.triggerGracefulShutdown()
            }
            try await tasks.next()
            tasks.cancelAll()
        }
    }

    actor ListeningCounter {
        var remaining: Int
        let action: @Sendable () async -> Void
        init(total: Int, action: @escaping @Sendable () async -> Void) {
            remaining = total
            self.action = action
        }
        func arrived() async {
            remaining -= 1
            if remaining == 0 { await action() }
        }
    }

    func makeRouter(logger: Logger) -> Router<BasicRequestContext> {
        let router = Router()
        // Each request is answered in its own language.
        MessageLanguage.answerRequests()
        // Outermost: everything inside, problems included, is said in the request's language.
        router.add(middleware: LanguageMiddleware())
        router.add(middleware: ProblemMiddleware(logger: logger))
        let api = service
        let p = API.prefix
        router.get("/healthz") { _, _ in Response(status: .ok, headers: [.contentType: "text/plain"], body: .init(byteBuffer: ByteBuffer(string: "ok\n"))) }
        if let metrics {
            // Counts only, no content or identities: served without a token, like /healthz, for the scraper.
            router.get("/metrics") { _, _ in
                Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"], body: .init(byteBuffer: ByteBuffer(string: try await metrics())))
            }
        }
        let readiness = self.readiness
        router.get("/readyz") { _, _ in
            guard let problem = await readiness() else {
                return Response(status: .ok, headers: [.contentType: "text/plain"], body: .init(byteBuffer: ByteBuffer(string: "ready\n")))
            }
            return ProblemMiddleware.render(API.Problem(.notReady, detail: problem))
        }
        router.get("\(p)/me") { request, _ in try await self.answer(request) { person in api.me(person) } }
        Console(api: api, base: consoleURL).add(to: router)
        let consoleURL = self.consoleURL
        router.post("\(p)/console/links") { request, _ in
            try await self.answer(request) { person in
                let (path, expiresAt) = try await api.consoleLink(person)
                return API.ConsoleLink(url: (consoleURL ?? "") + path, expiresAt: API.timestamp(expiresAt))
            }
        }
        // A signed, expiring link to one medium, for the gateways: no token, nothing else reachable.
        router.get("\(p)/media/:sha256") { request, context in
            let sha256 = try context.parameters.require("sha256")
            let query = request.uri.queryParameters
            let file = try await api.mediaFile(sha256: sha256, expires: query.get("expires"), signature: query.get("sig"))
            return Response(status: .ok, headers: [.contentType: file.type, .cacheControl: "private, max-age=3600", .eTag: "\"\(sha256)\""],
                            body: .init(byteBuffer: ByteBuffer(bytes: file.bytes)))
        }
        router.post("\(p)/drafts") { request, _ in
            let key = request.headers[HTTPField.Name("Idempotency-Key")!]
            return try await self.answer(request, body: API.Submission.self) { person, submission in
                let submitted = try await api.submit(person, submission, idempotencyKey: key)
                return (submitted, submitted.created ? .created : .ok)
            }
        }
        router.get("\(p)/drafts") { request, _ in
            let state = request.uri.queryParameters.get("state")
            return try await self.answer(request) { person in try await api.drafts(person, state: state) }
        }
        router.get("\(p)/drafts/:id") { request, context in
            let id = try context.parameters.require("id")
            return try await self.answer(request) { person in try await api.show(person, draftID: id) }
        }
        router.post("\(p)/drafts/:id/revisions") { request, context in
            let id = try context.parameters.require("id")
            return try await self.answer(request, body: API.Submission.self) { person, submission in
                (try await api.revise(person, draftID: id, submission), .created)
            }
        }
        router.post("\(p)/drafts/:id/suggestion/accept") { request, context in
            let id = try context.parameters.require("id")
            return try await self.answer(request, body: API.AcceptSuggestion.self) { person, body in
                (try await api.acceptSuggestion(person, draftID: id, body), .created)
            }
        }
        router.post("\(p)/drafts/:id/withdraw") { request, context in
            let id = try context.parameters.require("id")
            return try await self.answer(request, body: API.WithdrawRequest.self) { person, body in
                (try await api.withdraw(person, draftID: id, reason: body.reason), .ok)
            }
        }
        for (verb, approve) in [("approve", true), ("reject", false)] {
            router.post("\(p)/drafts/:id/\(verb)") { request, context in
                let id = try context.parameters.require("id")
                return try await self.answer(request, body: API.DecisionRequest.self) { person, body in
                    (try await api.decide(person, draftID: id, approve: approve, request: body), .ok)
                }
            }
        }
        router.get("\(p)/inbox") { request, _ in try await self.answer(request) { person in try await api.inbox(person) } }
        router.get("\(p)/report") { request, _ in
            let query = request.uri.queryParameters
            return try await self.answer(request) { person in
                try await api.report(person, since: try Self.time(query, "since"), until: try Self.time(query, "until"))
            }
        }
        router.get("\(p)/bookings") { request, _ in
            let query = request.uri.queryParameters
            return try await self.answer(request) { person in
                let from = try Self.time(query, "from") ?? 0, to = try Self.time(query, "to") ?? Int64.max
                return try await api.bookings(person, calendar: query.get("calendar"), from: from, through: to, creator: query.get("creator"))
            }
        }
        router.get("\(p)/deliveries") { request, _ in
            let query = request.uri.queryParameters
            return try await self.answer(request) { person in
                let since = try Self.time(query, "since")
                guard let limit = Int(query.get("limit") ?? "500") else { throw API.Problem(.badRequest, detail: tr("limit is a number")) }
                return try await api.deliveries(person, endpoint: query.get("endpoint"), state: query.get("state"), since: since, limit: limit)
            }
        }
        router.get("\(p)/deliveries/:id") { request, context in
            let id = try context.parameters.require("id")
            return try await self.answer(request) { person in try await api.delivery(person, id: id) }
        }
        router.post("\(p)/deliveries/:id/replay") { request, context in
            let id = try context.parameters.require("id")
            return try await self.answer(request) { person in try await api.replay(person, id: id) }
        }
        router.get("\(p)/endpoints") { request, _ in try await self.answer(request) { person in try await api.endpoints(person) } }
        router.post("\(p)/endpoints/:id/enable") { request, context in
            let id = try context.parameters.require("id")
            return try await self.answer(request) { person in try await api.enableEndpoint(person, id: id) }
        }
        router.get("\(p)/people") { request, _ in try await self.answer(request) { person in try await api.people(person) } }
        router.post("\(p)/people/import") { request, _ in
            try await self.answer(request, body: API.DirectoryImport.self) { person, body in (try await api.importDirectory(person, body), .ok) }
        }
        router.get("\(p)/people/:id") { request, context in
            let id = try context.parameters.require("id")
            return try await self.answer(request) { person in try await api.person(person, id: id) }
        }
        router.post("\(p)/people/:id/offboard") { request, context in
            let id = try context.parameters.require("id")
            return try await self.answer(request, body: API.OffboardRequest.self) { person, body in (try await api.offboard(person, id: id, body), .ok) }
        }
        router.post("\(p)/people/:id/away") { request, context in
            let id = try context.parameters.require("id")
            return try await self.answer(request, body: API.AwayRequest.self) { person, body in (try await api.away(person, id: id, body), .ok) }
        }
        router.get("\(p)/library") { request, _ in try await self.answer(request) { person in try await api.library(person) } }
        router.get("\(p)/accounts") { request, _ in try await self.answer(request) { person in try await api.accounts(person) } }
        router.get("\(p)/audit") { request, _ in try await self.answer(request) { person in try await api.audit(person) } }
        router.get("\(p)/audit/verify") { request, _ in try await self.answer(request) { person in try await api.verifyAudit(person) } }
        return router
    }

    /// A query parameter holding an RFC 3339 time, as milliseconds; nil when absent, a 400 problem when not a time.
    static func time(_ query: Parameters, _ name: String) throws -> Int64? {
        guard let text = query.get(name) else { return nil }
        guard let millis = API.millis(text) else { throw API.Problem(.badRequest, detail: tr("'\(name)' is not an RFC 3339 time: \(text.prefix(64))")) }
        return millis
    }

    /// Authenticates, applies the rate limit, runs `handler`, and encodes what it returns.
    func answer<T: Encodable>(_ request: Request, _ handler: (Person) async throws -> T) async throws -> Response {
        let person = try await authenticated(request)
        return try Self.json(try await handler(person), status: .ok)
    }

    func answer<B: Decodable, T: Encodable>(_ request: Request, body: B.Type, _ handler: (Person, B) async throws -> (T, HTTPResponse.Status)) async throws -> Response {
        let person = try await authenticated(request)
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: maxBody)
        } catch {
            throw API.Problem(.tooLarge, detail: tr("a request body is at most \(maxBody >> 20) MiB"))
        }
        let decoded: B
        do {
            decoded = try API.decode(B.self, from: Array(buffer: buffer))
        } catch {
            throw API.Problem(.badRequest, detail: Self.describe(error))
        }
        let (value, status) = try await handler(person, decoded)
        return try Self.json(value, status: status)
    }

    func authenticated(_ request: Request) async throws -> Person {
        let header = request.headers[.authorization] ?? ""
        // The scheme is case-insensitive (RFC 9110 §11.1): Bearer, bearer and BEARER are one.
        let bearer = header.count > 7 && header.prefix(7).lowercased() == "bearer " ? String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces) : nil
        if let bearer, !bearer.isEmpty {
            // The bucket is keyed by the token's hash: the token itself is never kept.
            let key = Hex.encode(SHA256.hash(data: Data(bearer.utf8)))
            if let wait = limiter.take(key) {
                throw RateLimited(retryAfter: wait)
            }
        }
        return try await service.authenticate(bearer: bearer)
    }

    static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status) throws -> Response {
        let data = try API.encode(value)
        return Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): tr("the field '\(key.stringValue)' is missing")
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            tr("the field '\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type")
        case DecodingError.dataCorrupted: tr("the body is not valid JSON (UTF-8)")
        default: tr("the body is not the JSON expected")
        }
    }
}

extension Task where Success == Never, Failure == Never {
    /// Suspends until the task is cancelled.
    static func never() async {
        while !Task.isCancelled { try? await Task.sleep(for: .seconds(3600)) }
    }
}

struct RateLimited: Error {
    var retryAfter: Int
}

/// Says everything a request is answered with in the language its `Accept-Language` prefers among those kosflow
/// speaks (kosd's own where it names none): the rest of the chain runs with that language as
/// ``MessageLanguage/current``, and the response names it in `Content-Language`.
struct LanguageMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let language = request.headers[.acceptLanguage].flatMap { MessageLanguage.fromAcceptLanguage($0) } ?? MessageLanguage.process
        var response = try await MessageLanguage.$requested.withValue(language) {
            try await next(request, context)
        }
        response.headers[.contentLanguage] = language.tag
        return response
    }
}

/// Turns every error into an `application/problem+json` response with a stable `type`.
struct ProblemMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as API.Problem {
            return Self.render(problem, headers: problem.status == 401 ? [.wwwAuthenticate: "Bearer"] : [:])
        } catch let error as StoreError where error.isUnavailable {
            // A full or read-only disk: nothing was written; the client may try again.
            return Self.render(API.Problem(.storeUnavailable, detail: error.message), headers: [.retryAfter: "5"])
        } catch let limited as RateLimited {
            return Self.render(API.Problem(.rateLimited, detail: tr("slow down; try again in \(limited.retryAfter) s")),
                               headers: [.retryAfter: String(limited.retryAfter)])
        } catch let error as HTTPError {
            let kind: API.Problem.Kind = switch error.status.code {
            case 404: .notFound
            case 413: .tooLarge
            case 400..<500: .badRequest
            default: .internalError
            }
            let detail = error.status.code == 404 ? tr("\(request.method) \(request.uri.path) is not part of the API") : nil
            return Self.render(API.Problem(kind, detail: detail))
        } catch {
            // The log is kosd's: said in the process's language, whoever asked.
            logger.error(Logger.Message(stringLiteral: tr("request failed", in: .process)), metadata: ["path": .string(Self.loggable(request.uri.path)), "error": .string("\(error)")])
            return Self.render(API.Problem(.internalError, detail: tr("the error is in kosd's log")))
        }
    }

    /// A request's path as the log may show it: a sign-in link's path is its secret, so only its route is kept.
    static func loggable(_ path: String) -> String {
        path.hasPrefix("/console/sign-in/") ? "/console/sign-in/…" : String(path.prefix(200))
    }

    static func render(_ problem: API.Problem, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "application/problem+json"
        let data = (try? API.encoder().encode(problem)) ?? Data()
        return Response(status: HTTPResponse.Status(code: problem.status), headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// Token buckets by key: `rate.requests` per `rate.perSeconds`, up to `rate.burst` at once.
public final class RateLimiter: Sendable {
    public struct Rate: Sendable, Hashable {
        public var requests: Double
        public var perSeconds: Double
        public var burst: Double

        public init(requests: Double, perSeconds: Double, burst: Double) {
            self.requests = requests
            self.perSeconds = perSeconds
            self.burst = burst
        }
    }

    struct Bucket {
        var tokens: Double
        var at: UInt64
    }

    private let current: Mutex<Rate>
    private let buckets = Mutex<[String: Bucket]>([:])

    public init(rate: Rate) { current = Mutex(rate) }

    /// The rate in force; a reload may change it (buckets keep their tokens, capped at the new burst).
    public var rate: Rate {
        get { current.withLock { $0 } }
        set { current.withLock { $0 = newValue } }
    }

    /// Takes one request from `key`'s bucket; nil when allowed, else the seconds to wait.
    public func take(_ key: String) -> Int? {
        let rate = self.rate
        let perNano = rate.requests / (rate.perSeconds * 1e9)
        return buckets.withLock { buckets in
            // Read the clock under the lock: a time read before it may be older than a bucket another request
            // just updated (and unsigned time runs backwards into a trap).
            let now = DispatchTime.now().uptimeNanoseconds
            func elapsed(_ since: UInt64) -> Double { now > since ? Double(now - since) : 0 }
            if buckets.count > 10_000 {
                // Forget buckets that have refilled: they would start full anyway.
                buckets = buckets.filter { elapsed($0.value.at) * perNano + $0.value.tokens < rate.burst }
            }
            var bucket = buckets[key] ?? Bucket(tokens: rate.burst, at: now)
            bucket.tokens = min(rate.burst, bucket.tokens + elapsed(bucket.at) * perNano)
            bucket.at = now
            defer { buckets[key] = bucket }
            if bucket.tokens >= 1 {
                bucket.tokens -= 1
                return nil
            }
            return max(1, Int(((1 - bucket.tokens) / (perNano * 1e9)).rounded(.up)))
        }
    }
}
