import Foundation
import HTTPTypes
import KosCore
import Logging
import NIOCore
import NIOHTTPTypes
import Synchronization

/// The API's connection hygiene, shared by every listener: at most `maxConnections` open at once, at most
/// `perPeer` from one TCP address, a deadline for each request's header, and a request whose body is too
/// large answered 413 and its connection closed instead of read to the end.
///
/// When the cap is reached, a new connection does not wait for a free place: the connection that has
/// waited longest without sending a request's header is closed to make room (a slow or half-open client
/// loses its place, a working one keeps it). Only when every connection is in the middle of a request is
/// the newcomer refused.
public final class ConnectionLimits: Sendable {
    public struct Settings: Sendable {
        public var maxConnections: Int
        public var perPeer: Int
        public var headerTimeout: Duration
        public var idleTimeout: Duration
        public var maxBody: Int

        public init(maxConnections: Int = 1024, perPeer: Int? = nil, headerTimeout: Duration = .seconds(10), idleTimeout: Duration = .seconds(60),
                    maxBody: Int = 16 << 20) {
            self.maxConnections = maxConnections
            self.perPeer = perPeer ?? max(8, maxConnections / 4)
            self.headerTimeout = headerTimeout
            self.idleTimeout = idleTimeout
            self.maxBody = maxBody
        }
    }

    /// What /metrics reports.
    public struct Counts: Sendable, Equatable {
        public var open = 0
        public var limit = 0
        /// Connections closed or refused, by why: `evicted` (made room at the cap), `refused` (the cap, all busy),
        /// `peer` (one address's share), `header-timeout`, `too-large`.
        public var closed: [String: Int] = [:]

        public init(open: Int = 0, limit: Int = 0, closed: [String: Int] = [:]) {
            self.open = open
            self.limit = limit
            self.closed = closed
        }
    }

    public let settings: Settings
    let logger: Logger

    struct Entry {
        let channel: any Channel
        let peer: String?
        /// Since when the connection has been waiting for a request's header; nil while a request is in hand.
        var waitingSince: ContinuousClock.Instant?
    }

    struct State {
        var entries: [ObjectIdentifier: Entry] = [:]
        var perPeer: [String: Int] = [:]
        var closed: [String: Int] = [:]
        var lastWarning: ContinuousClock.Instant?
    }

    private let state = Mutex(State())

    /// `settings.maxConnections` is lowered to what the descriptor limit allows.
    public init(settings: Settings, logger: Logger) {
        var settings = settings
        settings.maxConnections = Self.effectiveCap(settings.maxConnections)
        settings.perPeer = min(settings.perPeer, settings.maxConnections)
        self.settings = settings
        self.logger = logger
    }

    /// The cap the descriptor limit allows: `wanted`, or fewer when the process may not open that many files
    /// (some are kept for the store, the workers' pipes and the log).
    public static func effectiveCap(_ wanted: Int) -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return wanted }
        let available = Int(min(limit.rlim_cur, rlim_t(Int32.max))) - 128
        return max(16, min(wanted, available))
    }

    /// Raises the soft descriptor limit to the hard one, as servers do: systemd's `LimitNOFILE=` sets both.
    public static func raiseDescriptorLimit() {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
        limit.rlim_cur = limit.rlim_max
        _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }

    public var counts: Counts {
        state.withLock { Counts(open: $0.entries.count, limit: settings.maxConnections, closed: $0.closed) }
    }

    func note(_ reason: String, _ state: inout State) {
        state.closed[reason, default: 0] += 1
        let now = ContinuousClock.now
        if state.lastWarning.map({ now - $0 >= .seconds(10) }) ?? true {
            state.lastWarning = now
            let open = state.entries.count
            let closed = state.closed.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            logger.warning(Logger.Message(stringLiteral: tr("API connections over their limits: \(open) open of \(settings.maxConnections); closed so far: \(closed)", in: .process)))
        }
    }

    /// Registers a new connection; false when it must be closed at once.
    func admit(_ channel: any Channel) -> Bool {
        let peer = Self.peer(of: channel)
        var evict: (any Channel)?
        let admitted = state.withLock { s -> Bool in
            if let peer, s.perPeer[peer, default: 0] >= settings.perPeer {
                guard let victim = oldestWaiting(s, peer: peer) else {
                    note("peer", &s)
                    return false
                }
                evict = remove(victim, &s)
                note("evicted", &s)
            } else if s.entries.count >= settings.maxConnections {
                guard let victim = oldestWaiting(s, peer: nil) else {
                    note("refused", &s)
                    return false
                }
                evict = remove(victim, &s)
                note("evicted", &s)
            }
            s.entries[ObjectIdentifier(channel)] = Entry(channel: channel, peer: peer, waitingSince: .now)
            if let peer { s.perPeer[peer, default: 0] += 1 }
            return true
        }
        evict?.close(promise: nil)
        return admitted
    }

    private func oldestWaiting(_ s: State, peer: String?) -> ObjectIdentifier? {
        var best: (ObjectIdentifier, ContinuousClock.Instant)?
        for (id, e) in s.entries {
            guard let since = e.waitingSince, peer == nil || e.peer == peer else { continue }
            if best == nil || since < best!.1 { best = (id, since) }
        }
        return best?.0
    }

    private func remove(_ id: ObjectIdentifier, _ s: inout State) -> (any Channel)? {
        guard let e = s.entries.removeValue(forKey: id) else { return nil }
        if let peer = e.peer {
            s.perPeer[peer, default: 1] -= 1
            if s.perPeer[peer] == 0 { s.perPeer[peer] = nil }
        }
        return e.channel
    }

    func forget(_ channel: any Channel) {
        state.withLock { _ = remove(ObjectIdentifier(channel), &$0) }
    }

    func waiting(_ channel: any Channel, _ waiting: Bool) {
        state.withLock { s in s.entries[ObjectIdentifier(channel)]?.waitingSince = waiting ? .now : nil }
    }

    func closed(_ reason: String) {
        state.withLock { note(reason, &$0) }
    }

    static func peer(of channel: any Channel) -> String? {
        guard let address = channel.remoteAddress else { return nil }
        switch address {
        case .v4, .v6: return address.ipAddress
        default: return nil
        }
    }

    /// One handler per connection, after the HTTP codec.
    func handler() -> ConnectionGuard { ConnectionGuard(limits: self) }
}

/// Enforces `ConnectionLimits` on one connection.
final class ConnectionGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    let limits: ConnectionLimits
    private var timer: Scheduled<Void>?
    private var registered = false
    private var bodyBytes = 0
    private var discarding = false

    init(limits: ConnectionLimits) { self.limits = limits }

    func handlerAdded(context: ChannelHandlerContext) {
        guard limits.admit(context.channel) else {
            context.close(promise: nil)
            return
        }
        registered = true
        arm(context, limits.settings.headerTimeout)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        timer?.cancel()
        if registered { limits.forget(context.channel) }
    }

    func channelInactive(context: ChannelHandlerContext) {
        timer?.cancel()
        if registered {
            limits.forget(context.channel)
            registered = false
        }
        context.fireChannelInactive()
    }

    /// Closes the connection unless a request's header arrives within `timeout`.
    private func arm(_ context: ChannelHandlerContext, _ timeout: Duration) {
        timer?.cancel()
        let limits = self.limits
        let loop = context.eventLoop.assumeIsolatedUnsafeUnchecked()
        timer = loop.scheduleTask(in: .init(timeout)) {
            limits.closed("header-timeout")
            context.close(promise: nil)
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if discarding { return }
        switch unwrapInboundIn(data) {
        case .head(let head):
            timer?.cancel()
            timer = nil
            limits.waiting(context.channel, false)
            bodyBytes = 0
            if let length = head.headerFields[.contentLength].flatMap(Int.init), length > limits.settings.maxBody {
                // Said in the language the request asks for, as the API's own problems are.
                refuseTooLarge(context, language: head.headerFields[.acceptLanguage].flatMap { MessageLanguage.fromAcceptLanguage($0) } ?? MessageLanguage.process)
                return
            }
        case .body(let buffer):
            bodyBytes += buffer.readableBytes
            if bodyBytes > limits.settings.maxBody {
                // The handler answers 413 when it stops collecting; the rest is not read.
                limits.closed("too-large")
                discarding = true
                context.close(promise: nil)
                return
            }
        case .end: break
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) {
            // A keep-alive client's next request may come after a pause: the idle timeout governs that.
            limits.waiting(context.channel, true)
            arm(context, limits.settings.idleTimeout)
        }
        context.write(data, promise: promise)
    }

    private func refuseTooLarge(_ context: ChannelHandlerContext, language: MessageLanguage) {
        limits.closed("too-large")
        discarding = true
        let maxBody = limits.settings.maxBody
        let problem = MessageLanguage.$requested.withValue(language) {
            API.Problem(.tooLarge, detail: tr("a request body is at most \(maxBody >> 20) MiB"))
        }
        let body = ByteBuffer(bytes: (try? API.encoder().encode(problem)) ?? Data())
        let head = HTTPResponse(status: .contentTooLarge, headerFields: [
            .contentType: "application/problem+json", .contentLength: String(body.readableBytes), .connection: "close",
            .contentLanguage: language.tag,
        ])
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(body)), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in
            // Only our side is closed at first, and what the client still sends is read and dropped: a client in
            // the middle of its upload then reads this answer, where closing with its bytes unread reset the
            // connection and the answer with it (a broken pipe and no 413). Closed for good when the client closes
            // or after two seconds.
            let closing = context.eventLoop.makePromise(of: Void.self)
            closing.futureResult.whenFailure { _ in context.close(promise: nil) }
            context.close(mode: .output, promise: closing)
            context.eventLoop.scheduleTask(in: .seconds(2)) { context.close(promise: nil) }
        }
    }
}
