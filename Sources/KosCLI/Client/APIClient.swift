internal import CCurl
import Foundation
import KosCore

/// Talks to kosd's API over libcurl: a Unix socket (`unix:PATH`, the default `unix:.kos/kosd.sock`) or
/// HTTP(S) (`http://127.0.0.1:7420`). Transport failures, 429 and 5xx are retried a few times; the
/// requests that create something carry an idempotency key, so a retry never creates a second one.
struct APIClient {
    enum Server: Equatable {
        case unix(String)
        case http(String)

        init?(_ text: String) {
            if text.hasPrefix("unix:") {
                let path = String(text.dropFirst(5))
                guard !path.isEmpty else { return nil }
                self = .unix(path)
            } else if text.hasPrefix("http://") || text.hasPrefix("https://") {
                self = .http(text.hasSuffix("/") ? String(text.dropLast()) : text)
            } else if text.hasSuffix(".sock") || text.hasPrefix("/") || text.hasPrefix(".") {
                self = .unix(text)
            } else {
                return nil
            }
        }

        var description: String {
            switch self {
            case .unix(let path): "unix:\(path)"
            case .http(let url): url
            }
        }
    }

    struct Response {
        var status: Int
        var body: Data
        var retryAfter: Int?
        var contentType: String?
    }

    /// What went wrong, ready to show: a refusal by the server (its problem), or no answer at all.
    enum Failure: Error, CustomStringConvertible {
        case problem(API.Problem)
        case transport(String)
        case unexpected(Int, String)

        var description: String {
            switch self {
            case .problem(let p): "error: \(p)"
            case .transport(let why): "error: \(why)"
            case .unexpected(let status, let text): "error: kosd answered \(status): \(text.prefix(300))"
            }
        }

        var exitCode: Int32 {
            switch self {
            case .problem(let p) where p.status == 401: ExitCode.usage
            case .problem: ExitCode.failure
            case .transport, .unexpected: ExitCode.usage
            }
        }
    }

    let server: Server
    let token: String?
    var attempts = 4
    var timeoutSeconds = 60

    static let globalInit: Void = { _ = kos_curl_global_init() }()

    /// Sends a request and decodes a 2xx answer as `T`; anything else becomes a `Failure`.
    func send<T: Decodable>(_ method: String, _ path: String, body: (some Encodable)? = nil as String?, headers: [String: String] = [:],
                            as type: T.Type) throws(Failure) -> (T, Data) {
        let data: Data?
        do {
            data = try body.map { try API.encoder().encode($0) }
        } catch {
            throw .transport("cannot encode the request: \(error)")
        }
        let response = try perform(method, path, body: data, headers: headers)
        guard (200..<300).contains(response.status) else {
            if let problem = try? API.decoder().decode(API.Problem.self, from: response.body) { throw .problem(problem) }
            throw .unexpected(response.status, String(decoding: response.body, as: UTF8.self))
        }
        do {
            return (try API.decoder().decode(T.self, from: response.body), response.body)
        } catch {
            throw .unexpected(response.status, "an answer this kos does not understand (\(error)); are kos and kosd the same version?")
        }
    }

    func perform(_ method: String, _ path: String, body: Data?, headers: [String: String]) throws(Failure) -> Response {
        // A 429 was refused before anything happened: always safe to send again. A lost answer or a 5xx may hide
        // a change that was made: only reads and requests with an idempotency key are sent again then.
        let repeatable = method == "GET" || headers["Idempotency-Key"] != nil
        var delay = 0.2
        var last: Failure = .transport("no attempt made")
        for attempt in 1...max(1, attempts) {
            switch once(method, path, body: body, headers: headers) {
            case .success(let response) where response.status == 429 || (response.status >= 500 && repeatable):
                guard attempt < attempts else { return response }
                Thread.sleep(forTimeInterval: min(Double(response.retryAfter ?? 0), 10) + delay)
            case .success(let response):
                return response
            case .failure(let failure):
                last = failure
                guard attempt < attempts, repeatable else { throw failure }
                Thread.sleep(forTimeInterval: delay)
            }
            delay *= 2
        }
        throw last
    }

    final class Sink {
        var body = Data()
        var retryAfter: Int?
        var contentType: String?
    }

    func once(_ method: String, _ path: String, body: Data?, headers: [String: String]) -> Result<Response, Failure> {
        _ = Self.globalInit
        guard let handle = curl_easy_init() else { return .failure(.transport("libcurl could not start a transfer")) }
        defer { curl_easy_cleanup(handle) }
        var list: UnsafeMutablePointer<curl_slist>? = nil
        var all = headers
        all["Accept"] = "application/json, application/problem+json"
        if body != nil { all["Content-Type"] = "application/json" }
        if let token { all["Authorization"] = "Bearer \(token)" }
        for (name, value) in all.sorted(by: { $0.key < $1.key }) { list = curl_slist_append(list, "\(name): \(value)") }
        list = curl_slist_append(list, "Expect:")
        defer { curl_slist_free_all(list) }
        let sink = Sink()
        let sinkPointer = Unmanaged.passUnretained(sink).toOpaque()
        let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        defer { errorBuffer.deallocate() }

        switch server {
        case .unix(let socket):
            _ = kos_curl_setopt_string(handle, CURLOPT_UNIX_SOCKET_PATH, socket)
            _ = kos_curl_setopt_string(handle, CURLOPT_URL, "http://kosd" + path)
        case .http(let base):
            _ = kos_curl_setopt_string(handle, CURLOPT_URL, base + path)
        }
        _ = kos_curl_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        _ = kos_curl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
        _ = kos_curl_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 0)
        _ = kos_curl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, 5_000)
        _ = kos_curl_setopt_long(handle, CURLOPT_TIMEOUT_MS, timeoutSeconds * 1000)
        _ = kos_curl_setopt_string(handle, CURLOPT_CUSTOMREQUEST, method)
        _ = kos_curl_setopt_string(handle, CURLOPT_USERAGENT, "kos/0.1")
        _ = kos_curl_setopt_slist(handle, CURLOPT_HTTPHEADER, list)
        _ = kos_curl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer)
        _ = kos_curl_setopt_write(handle) { data, size, count, user in
            let n = size * count
            guard let data, let user else { return n }
            let sink = Unmanaged<Sink>.fromOpaque(user).takeUnretainedValue()
            guard sink.body.count < 256 << 20 else { return 0 }
            sink.body.append(UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self), count: n)
            return n
        }
        _ = kos_curl_setopt_pointer(handle, CURLOPT_WRITEDATA, sinkPointer)
        _ = kos_curl_setopt_header(handle) { data, size, count, user in
            let n = size * count
            guard let data, let user else { return n }
            let line = String(decoding: UnsafeRawBufferPointer(start: data, count: n), as: UTF8.self)
            let sink = Unmanaged<Sink>.fromOpaque(user).takeUnretainedValue()
            let lower = line.lowercased()
            for (name, apply) in [("retry-after:", { (v: String) in sink.retryAfter = Int(v) }), ("content-type:", { sink.contentType = $0 })]
            where lower.hasPrefix(name) {
                apply(line.dropFirst(name.count).trimmingCharacters(in: .whitespacesAndNewlines))
            }
            return n
        }
        _ = kos_curl_setopt_pointer(handle, CURLOPT_HEADERDATA, sinkPointer)
        let payload = body ?? Data()
        let code = payload.withUnsafeBytes { bytes -> CURLcode in
            if body != nil {
                _ = kos_curl_setopt_off(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(bytes.count))
                _ = kos_curl_setopt_pointer(handle, CURLOPT_POSTFIELDS, UnsafeMutableRawPointer(mutating: bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!))
            }
            return withExtendedLifetime(sink) { curl_easy_perform(handle) }
        }
        guard code == CURLE_OK else {
            let detail = String(cString: UnsafePointer(errorBuffer))
            let why = detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
            return .failure(.transport("cannot reach kosd at \(server.description): \(why); is 'kosd serve' running there?"))
        }
        var status = 0
        _ = kos_curl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        return .success(Response(status: status, body: sink.body, retryAfter: sink.retryAfter, contentType: sink.contentType))
    }
}
