internal import CCurl
public import Foundation
import Synchronization

/// What happened to one delivery attempt, and what to do next.
public struct AttemptResult: Sendable, Hashable {
    public enum Outcome: String, Sendable, Hashable {
        /// 2xx: delivered.
        case delivered
        /// 5xx, 429, timeouts, connection failures: try again later.
        case retry
        /// 3xx: a receiver that redirects is misconfigured; redirects are never followed.
        case redirected
        /// 410: the receiver says the endpoint is gone; disable it.
        case gone
        /// Other 4xx: the receiver refuses this message; retrying will not help.
        case refused
    }

    public var outcome: Outcome
    public var status: Int?
    public var latencyMillis: Int
    /// The start of the response body (at most `CurlDeliverer.keptBody` bytes), for `kos deliveries show`.
    public var responseExcerpt: String
    /// libcurl's words for a transport failure.
    public var error: String?
    /// `Retry-After`, in seconds, when the receiver sent one.
    public var retryAfter: Int?
}

/// Posts webhooks over libcurl (Debian's libcurl4-openssl), one easy handle per attempt, never following
/// redirects, with connect, total and low-speed timeouts and a cap on what is kept of the response.
public struct CurlDeliverer: Sendable {
    /// Bytes of response body kept; the rest is read and dropped.
    public static let keptBody = 64 * 1024

    public var connectTimeoutMillis = 5_000
    /// A receiver slower than 1 byte/s for this long is cut off (a trickling receiver holds no worker).
    public var lowSpeedSeconds = 10
    public var userAgent = "kosflow/0.1 (+https://kosflow.dev)"

    public init() {
        _ = Self.globalInit
    }

    static let globalInit: Void = { _ = kos_curl_global_init() }()

    /// Posts `body` to `url` signed with every secret; returns what happened (transport failures included).
    public func post(url: String, id: String, body: Data, secrets: [WebhookSecret], timeoutMillis: Int, timestamp: Int = Int(Date().timeIntervalSince1970)) async -> AttemptResult {
        let headers = [("content-type", "application/json")] + StandardWebhooks.headers(secrets: secrets, id: id, timestamp: timestamp, body: body)
        let config = self
        return await withCheckedContinuation { continuation in
            // libcurl blocks; keep it off the cooperative pool (on dispatch's threads, which are reused).
            DispatchQueue.global().async {
                continuation.resume(returning: config.perform(url: url, body: body, headers: headers, timeoutMillis: timeoutMillis))
            }
        }
    }

    struct Handle: @unchecked Sendable { let pointer: UnsafeMutableRawPointer }

    /// Easy handles kept between deliveries: each keeps its connections open, so the next post to the same
    /// receiver reuses one (keep-alive) instead of connecting again.
    static let idle = Mutex<[Handle]>([])

    static func checkout() -> UnsafeMutableRawPointer? {
        if let handle = idle.withLock({ $0.popLast() }) {
            curl_easy_reset(handle.pointer)
            return handle.pointer
        }
        return curl_easy_init()
    }

    static func checkin(_ handle: UnsafeMutableRawPointer) {
        let kept = idle.withLock { handles -> Bool in
            guard handles.count < 32 else { return false }
            handles.append(Handle(pointer: handle))
            return true
        }
        if !kept { curl_easy_cleanup(handle) }
    }

    final class Sink {
        var body = Data()
        var retryAfter: Int?
        let cap: Int
        init(cap: Int) { self.cap = cap }
    }

    func perform(url: String, body: Data, headers: [(String, String)], timeoutMillis: Int) -> AttemptResult {
        guard let handle = Self.checkout() else {
            return AttemptResult(outcome: .retry, status: nil, latencyMillis: 0, responseExcerpt: "", error: "libcurl could not start a transfer")
        }
        defer { Self.checkin(handle) }
        var list: UnsafeMutablePointer<curl_slist>? = nil
        for (name, value) in headers { list = curl_slist_append(list, "\(name): \(value)") }
        list = curl_slist_append(list, "Expect:")
        defer { curl_slist_free_all(list) }
        let sink = Sink(cap: Self.keptBody)
        let sinkPointer = Unmanaged.passUnretained(sink).toOpaque()
        // libcurl writes here during the transfer, so it must outlive any closure: allocate it.
        let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        defer { errorBuffer.deallocate() }

        _ = kos_curl_setopt_string(handle, CURLOPT_URL, url)
        _ = kos_curl_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        _ = kos_curl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
        _ = kos_curl_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 0)
        _ = kos_curl_setopt_long(handle, CURLOPT_POST, 1)
        _ = kos_curl_setopt_long(handle, CURLOPT_TIMEOUT_MS, timeoutMillis)
        _ = kos_curl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, min(connectTimeoutMillis, timeoutMillis))
        _ = kos_curl_setopt_long(handle, CURLOPT_LOW_SPEED_LIMIT, 1)
        _ = kos_curl_setopt_long(handle, CURLOPT_LOW_SPEED_TIME, lowSpeedSeconds)
        _ = kos_curl_setopt_string(handle, CURLOPT_USERAGENT, userAgent)
        _ = kos_curl_setopt_slist(handle, CURLOPT_HTTPHEADER, list)
        _ = kos_curl_setopt_off(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count))
        _ = kos_curl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer)
        _ = kos_curl_setopt_write(handle) { data, size, count, user in
            let n = size * count
            guard let data, let user else { return n }
            let sink = Unmanaged<Sink>.fromOpaque(user).takeUnretainedValue()
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
            if line.lowercased().hasPrefix("retry-after:") {
                let value = line.dropFirst("retry-after:".count).trimmingCharacters(in: .whitespacesAndNewlines)
                Unmanaged<Sink>.fromOpaque(user).takeUnretainedValue().retryAfter = Int(value)
            }
            return n
        }
        _ = kos_curl_setopt_pointer(handle, CURLOPT_HEADERDATA, sinkPointer)

        let start = DispatchTime.now()
        let code = body.withUnsafeBytes { bytes -> CURLcode in
            _ = kos_curl_setopt_pointer(handle, CURLOPT_POSTFIELDS, UnsafeMutableRawPointer(mutating: bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!))
            return withExtendedLifetime(sink) { curl_easy_perform(handle) }
        }
        let latency = Int((DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000)
        let excerpt = String(decoding: sink.body, as: UTF8.self)
        guard code == CURLE_OK else {
            let detail = String(cString: UnsafePointer(errorBuffer))
            let message = detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
            return AttemptResult(outcome: .retry, status: nil, latencyMillis: latency, responseExcerpt: excerpt, error: message)
        }
        var status = 0
        _ = kos_curl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        let outcome: AttemptResult.Outcome = switch status {
        case 200..<300: .delivered
        case 300..<400: .redirected
        case 410: .gone
        case 429, 500..<600: .retry
        case 408: .retry
        default: .refused
        }
        return AttemptResult(outcome: outcome, status: status, latencyMillis: latency, responseExcerpt: excerpt, error: nil, retryAfter: sink.retryAfter)
    }
}
