internal import CCurl
public import Foundation
import KosCore
import Synchronization

/// One HTTP exchange over libcurl (Debian's libcurl4-openssl), for both the webhook deliverer and the `kos`
/// client: no redirects followed, http and https only, a connect and a total timeout, optionally a low-speed
/// cut-off, a cap on the response body kept, and `Retry-After` and `Content-Type` read from the headers.
/// Easy handles are pooled, so connections stay open between exchanges (keep-alive).
public enum CurlExchange {
    public struct Request: Sendable {
        public var url: String
        /// Talk HTTP over this Unix socket instead of TCP.
        public var unixSocket: String?
        public var method: String
        public var headers: [(String, String)]
        public var body: Data?
        public var timeoutMillis: Int
        public var connectTimeoutMillis: Int
        /// A response slower than 16 bytes/s for this long is cut off (one trickling a byte a second, say).
        public var lowSpeedSeconds: Int?
        public var userAgent: String
        /// Bytes of response body kept.
        public var keptBody: Int
        /// Past `keptBody`: fail the exchange (a client that needs the whole answer), or read and drop the rest.
        public var failWhenLarger: Bool
        /// Connect to public addresses only (`NetworkGuard`), checked on the resolved address before the socket opens.
        public var publicOnly = false

        public init(url: String, unixSocket: String? = nil, method: String, headers: [(String, String)], body: Data?, timeoutMillis: Int,
                    connectTimeoutMillis: Int, lowSpeedSeconds: Int? = nil, userAgent: String, keptBody: Int, failWhenLarger: Bool) {
            self.url = url
            self.unixSocket = unixSocket
            self.method = method
            self.headers = headers
            self.body = body
            self.timeoutMillis = timeoutMillis
            self.connectTimeoutMillis = connectTimeoutMillis
            self.lowSpeedSeconds = lowSpeedSeconds
            self.userAgent = userAgent
            self.keptBody = keptBody
            self.failWhenLarger = failWhenLarger
        }
    }

    public struct Response: Sendable {
        /// The HTTP status; nil when no answer came (then `error` says why).
        public var status: Int?
        public var body: Data
        public var retryAfter: Int?
        public var contentType: String?
        /// libcurl's words for a transport failure.
        public var error: String?
        public var latencyMillis: Int
        /// Why the address was refused before connecting (`publicOnly`).
        public var blocked: String?
        /// The receiver answered `Webhook-Abort-Retries: true`: this message is not to be sent again.
        public var abortRetries = false
    }

    /// Why libcurl cannot be used here (not installed, too old), or nil once it is open. It is opened by the
    /// first exchange, not by the dynamic loader at every start (see kos_curl.h); kosd asks at start-up.
    public static var libraryProblem: String? { kos_curl_load().map { String(cString: $0) } }

    struct Handle: @unchecked Sendable { let pointer: UnsafeMutableRawPointer }

    /// Idle handles and their open connections, apart for guarded and unguarded exchanges: a connection opened
    /// for an endpoint allowed on a private network is never reused by one that is not.
    static let idle = Mutex<[Bool: [Handle]]>([:])

    static func checkout(publicOnly: Bool) -> UnsafeMutableRawPointer? {
        if let handle = idle.withLock({ $0[publicOnly]?.popLast() }) {
            kos_curl_easy_reset(handle.pointer)
            return handle.pointer
        }
        return kos_curl_easy_init()
    }

    static func checkin(_ handle: UnsafeMutableRawPointer, publicOnly: Bool) {
        let kept = idle.withLock { pools -> Bool in
            guard pools[publicOnly, default: []].count < 32 else { return false }
            pools[publicOnly, default: []].append(Handle(pointer: handle))
            return true
        }
        if !kept { kos_curl_easy_cleanup(handle) }
    }

    final class Sink {
        var body = Data()
        var retryAfter: Int?
        var contentType: String?
        var blocked: String?
        var abortRetries = false
        let cap: Int
        let failWhenLarger: Bool
        init(cap: Int, failWhenLarger: Bool) {
            self.cap = cap
            self.failWhenLarger = failWhenLarger
        }
    }

    /// One exchange set up on an easy handle: what libcurl reads from and writes into while it runs. It must
    /// live until the transfer is done (libcurl keeps pointers to the header list, the sink and the error buffer).
    final class Transfer: @unchecked Sendable {
        let handle: UnsafeMutableRawPointer
        let publicOnly: Bool
        let sink: Sink
        var headers: UnsafeMutablePointer<curl_slist>?
        let errorBuffer: UnsafeMutablePointer<CChar>
        let start = DispatchTime.now()
        /// Who is waiting (the multi interface); nil for a blocking exchange.
        var done: (@Sendable (Response) -> Void)?
        /// The endpoint whose in-flight count this transfer holds (the multi interface).
        var endpoint: String?

        init(handle: UnsafeMutableRawPointer, request: Request) {
            self.handle = handle
            publicOnly = request.publicOnly
            sink = Sink(cap: request.keptBody, failWhenLarger: request.failWhenLarger)
            errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
            errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
            for (name, value) in request.headers { headers = kos_curl_slist_append(headers, "\(name): \(value)") }
            headers = kos_curl_slist_append(headers, "Expect:")
            configure(request)
        }

        deinit {
            kos_curl_slist_free_all(headers)
            errorBuffer.deallocate()
        }

        private func configure(_ request: Request) {
            let sinkPointer = Unmanaged.passUnretained(sink).toOpaque()
            if let socket = request.unixSocket { _ = kos_curl_setopt_string(handle, CURLOPT_UNIX_SOCKET_PATH, socket) }
            _ = kos_curl_setopt_string(handle, CURLOPT_URL, request.url)
            _ = kos_curl_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
            _ = kos_curl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
            _ = kos_curl_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 0)
            // HTTP/2 where a TLS server offers it; several transfers to it then share one connection.
            _ = kos_curl_setopt_long(handle, CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS))
            _ = kos_curl_setopt_string(handle, CURLOPT_CUSTOMREQUEST, request.method)
            _ = kos_curl_setopt_long(handle, CURLOPT_TIMEOUT_MS, request.timeoutMillis)
            _ = kos_curl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, min(request.connectTimeoutMillis, request.timeoutMillis))
            if let seconds = request.lowSpeedSeconds {
                _ = kos_curl_setopt_long(handle, CURLOPT_LOW_SPEED_LIMIT, 16)
                _ = kos_curl_setopt_long(handle, CURLOPT_LOW_SPEED_TIME, seconds)
            }
            _ = kos_curl_setopt_string(handle, CURLOPT_USERAGENT, request.userAgent)
            _ = kos_curl_setopt_slist(handle, CURLOPT_HTTPHEADER, headers)
            _ = kos_curl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer)
            _ = kos_curl_setopt_write(handle) { data, size, count, user in
                let n = size * count
                guard let data, let user else { return n }
                let sink = Unmanaged<Sink>.fromOpaque(user).takeUnretainedValue()
                if sink.body.count + n > sink.cap, sink.failWhenLarger { return 0 }
                if sink.body.count < sink.cap {
                    sink.body.append(UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self), count: min(n, sink.cap - sink.body.count))
                }
                return n
            }
            _ = kos_curl_setopt_pointer(handle, CURLOPT_WRITEDATA, sinkPointer)
            _ = kos_curl_setopt_header(handle) { data, size, count, user in
                let n = size * count
                guard let data, let user else { return n }
                let line = String(decoding: UnsafeRawBufferPointer(start: data, count: n), as: UTF8.self)
                let sink = Unmanaged<Sink>.fromOpaque(user).takeUnretainedValue()
                let lower = line.lowercased()
                for (name, apply) in [("retry-after:", { (v: String) in sink.retryAfter = Int(v) }), ("content-type:", { sink.contentType = $0 }),
                                      ("webhook-abort-retries:", { sink.abortRetries = ["true", "1", "yes"].contains($0.lowercased()) })]
                where lower.hasPrefix(name) {
                    apply(line.dropFirst(name.count).trimmingCharacters(in: .whitespacesAndNewlines))
                }
                return n
            }
            _ = kos_curl_setopt_pointer(handle, CURLOPT_HEADERDATA, sinkPointer)
            if request.publicOnly {
                _ = kos_curl_setopt_opensocket(handle) { user, _, address in
                    guard let user, let address else { return CURL_SOCKET_BAD }
                    let sink = Unmanaged<Sink>.fromOpaque(user).takeUnretainedValue()
                    var bytes = [UInt8](repeating: 0, count: 16)
                    let refusal: String?
                    switch kos_sockaddr_bytes(address, &bytes) {
                    case 4:
                        let a = Array(bytes.prefix(4))
                        refusal = NetworkGuard.refusal(ipv4: a).map { trc("address", "\(NetworkGuard.text(ipv4: a)) is \($0)") }
                    case 16:
                        refusal = NetworkGuard.refusal(ipv6: bytes).map { trc("address", "\(NetworkGuard.text(ipv6: bytes)) is \($0)") }
                    default:
                        refusal = tr("not an internet address")
                    }
                    if let refusal {
                        sink.blocked = refusal
                        return CURL_SOCKET_BAD
                    }
                    return kos_open_socket(address)
                }
                _ = kos_curl_setopt_pointer(handle, CURLOPT_OPENSOCKETDATA, sinkPointer)
            }
            if let body = request.body {
                // libcurl keeps its own copy: the transfer may outlive the caller's buffer.
                _ = kos_curl_setopt_off(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count))
                body.withUnsafeBytes { bytes in
                    _ = kos_curl_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!))
                }
            }
        }

        /// What the finished transfer came to.
        func response(_ code: CURLcode) -> Response {
            let latency = Int((DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000)
            guard code == CURLE_OK else {
                let detail = String(cString: UnsafePointer(errorBuffer))
                return Response(status: nil, body: sink.body, error: detail.isEmpty ? String(cString: kos_curl_easy_strerror(code)) : detail, latencyMillis: latency,
                                blocked: sink.blocked)
            }
            var status = 0
            _ = kos_curl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
            return Response(status: status, body: sink.body, retryAfter: sink.retryAfter, contentType: sink.contentType, error: nil, latencyMillis: latency,
                            abortRetries: sink.abortRetries)
        }
    }

    /// Runs the exchange on the calling thread (libcurl blocks): the `kos` client's way.
    public static func perform(_ request: Request) -> Response {
        guard let handle = checkout(publicOnly: request.publicOnly) else {
            return Response(status: nil, body: Data(), error: libraryProblem ?? tr("libcurl could not start a transfer"), latencyMillis: 0)
        }
        defer { checkin(handle, publicOnly: request.publicOnly) }
        let transfer = Transfer(handle: handle, request: request)
        return withExtendedLifetime(transfer) { transfer.response(kos_curl_easy_perform(handle)) }
    }
}
