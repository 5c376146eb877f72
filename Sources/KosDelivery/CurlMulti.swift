internal import CCurl
public import Foundation
import KosCore
import Synchronization

/// Many exchanges at once over libcurl's multi interface, driven by one thread: connections stay open and are
/// reused between transfers (keep-alive, HTTP/2 multiplexing where a TLS server offers it), at most
/// `maxInFlight` transfers run at a time, and at most `limit` to any one endpoint; the rest wait their turn
/// in the order they came.
///
/// A worker process has two: one whose connections may only go to public addresses and one for endpoints
/// allowed on a private network, so a connection opened for the one is never reused by the other.
public final class CurlMulti: @unchecked Sendable {
    public static let guarded = CurlMulti(maxInFlight: 256)
    public static let unguarded = CurlMulti(maxInFlight: 256)

    public static func shared(publicOnly: Bool) -> CurlMulti { publicOnly ? guarded : unguarded }

    struct Waiting {
        var request: CurlExchange.Request
        var endpoint: String
        var limit: Int
        var done: @Sendable (CurlExchange.Response) -> Void
    }

    struct State {
        var waiting: [Waiting] = []
        var inFlight = 0
        var perEndpoint: [String: Int] = [:]
        var started = false
    }

    public let maxInFlight: Int
    private let state = Mutex(State())
    /// Only the loop's thread adds, removes and drives transfers; others only wake it.
    /// nil when libcurl could not be opened: every exchange then fails with the reason.
    private let multi: UnsafeMutableRawPointer?

    public init(maxInFlight: Int) {
        self.maxInFlight = maxInFlight
        multi = kos_curl_multi_init()
        _ = kos_curl_multi_setopt_long(multi, CURLMOPT_PIPELINING, Int(CURLPIPE_MULTIPLEX))
        // Idle connections kept for reuse: enough for every transfer in flight.
        _ = kos_curl_multi_setopt_long(multi, CURLMOPT_MAXCONNECTS, maxInFlight)
    }

    /// Transfers running or waiting now.
    public var load: (inFlight: Int, waiting: Int) { state.withLock { ($0.inFlight, $0.waiting.count) } }

    /// Runs `request` with at most `limit` transfers to `endpoint` in flight at a time.
    public func perform(_ request: CurlExchange.Request, endpoint: String, limit: Int) async -> CurlExchange.Response {
        guard multi != nil else {
            return CurlExchange.Response(status: nil, body: Data(), error: CurlExchange.libraryProblem ?? tr("libcurl could not start a transfer"), latencyMillis: 0)
        }
        return await withCheckedContinuation { continuation in
            let start = state.withLock { s -> Bool in
                s.waiting.append(Waiting(request: request, endpoint: endpoint, limit: max(1, limit), done: { continuation.resume(returning: $0) }))
                defer { s.started = true }
                return !s.started
            }
            if start {
                let thread = Thread { [self] in run() }
                thread.name = "kos-curl-multi"
                thread.start()
            } else {
                kos_curl_multi_wakeup(multi)
            }
        }
    }

    /// The waiting exchanges that may start now: in arrival order, skipping those whose endpoint is at its limit.
    private func admit() -> [Waiting] {
        state.withLock { s in
            var admitted: [Waiting] = []
            var kept: [Waiting] = []
            for w in s.waiting {
                if s.inFlight < maxInFlight, s.perEndpoint[w.endpoint, default: 0] < w.limit {
                    s.inFlight += 1
                    s.perEndpoint[w.endpoint, default: 0] += 1
                    admitted.append(w)
                } else {
                    kept.append(w)
                }
                if s.inFlight >= maxInFlight { kept.append(contentsOf: s.waiting[(admitted.count + kept.count)...]); break }
            }
            s.waiting = kept
            return admitted
        }
    }

    private func run() {
        var running: [UnsafeMutableRawPointer: CurlExchange.Transfer] = [:]
        var idle: [UnsafeMutableRawPointer] = []
        while true {
            for w in admit() {
                let handle: UnsafeMutableRawPointer
                if let h = idle.popLast() {
                    kos_curl_easy_reset(h)
                    handle = h
                } else if let h = kos_curl_easy_init() {
                    handle = h
                } else {
                    release(w.endpoint)
                    w.done(CurlExchange.Response(status: nil, body: Data(), error: tr("libcurl could not start a transfer"), latencyMillis: 0))
                    continue
                }
                let transfer = CurlExchange.Transfer(handle: handle, request: w.request)
                transfer.done = w.done
                transfer.endpoint = w.endpoint
                running[handle] = transfer
                kos_curl_multi_add_handle(multi, handle)
            }
            var stillRunning: Int32 = 0
            kos_curl_multi_perform(multi, &stillRunning)
            var queued: Int32 = 0
            var finished = 0
            while let message = kos_curl_multi_info_read(multi, &queued) {
                guard message.pointee.msg == CURLMSG_DONE, let handle = message.pointee.easy_handle,
                      let transfer = running.removeValue(forKey: handle) else { continue }
                let response = transfer.response(kos_curl_msg_result(message))
                kos_curl_multi_remove_handle(multi, handle)
                if idle.count < 64 { idle.append(handle) } else { kos_curl_easy_cleanup(handle) }
                release(transfer.endpoint ?? "")
                finished += 1
                transfer.done?(response)
            }
            // Finished transfers may have made room: admit before sleeping.
            if finished > 0, state.withLock({ !$0.waiting.isEmpty }) { continue }
            var fds: Int32 = 0
            kos_curl_multi_poll(multi, nil, 0, 1000, &fds)
        }
    }

    private func release(_ endpoint: String) {
        state.withLock { s in
            s.inFlight -= 1
            s.perEndpoint[endpoint, default: 1] -= 1
            if s.perEndpoint[endpoint] == 0 { s.perEndpoint[endpoint] = nil }
        }
    }
}
