import Foundation
import KosCore
import KosDelivery

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
        /// 401: no token, or one kosd does not accept.
        case notSignedIn(String)

        var description: String {
            switch self {
            case .problem(let p): tr("error: \(p)")
            case .notSignedIn(let what): tr("error: \(what)")
            case .transport(let why): tr("error: \(why)")
            case .unexpected(let status, let text): tr("error: kosd answered \(status): \(text.prefix(300))")
            }
        }

        var exitCode: Int32 {
            switch self {
            case .problem(let p) where p.status == 401: ExitCode.usage
            case .problem: ExitCode.failure
            case .transport, .unexpected, .notSignedIn: ExitCode.usage
            }
        }
    }

    let server: Server
    let token: String?
    var attempts = 4
    var timeoutSeconds = 60

    /// Sends a request and decodes a 2xx answer as `T`; anything else becomes a `Failure`.
    func send<T: Decodable>(_ method: String, _ path: String, body: (some Encodable)? = nil as String?, headers: [String: String] = [:],
                            as type: T.Type) throws(Failure) -> (T, Data) {
        let data: Data?
        do {
            data = try body.map { try API.encoder().encode($0) }
        } catch {
            throw .transport(tr("cannot encode the request: \(error)"))
        }
        let response = try perform(method, path, body: data, headers: headers)
        guard (200..<300).contains(response.status) else {
            // Refused for want of a token, or for a token kosd no longer knows: say what to do, not what to send.
            if response.status == 401 {
                throw .notSignedIn(token == nil
                    ? tr("you are not logged in: run `kos login` with the token your admin gave you (they issue one with `kosd token create`), or set KOS_TOKEN")
                    : tr("kosd does not accept your token (revoked or expired?): ask your admin for a new one, then run `kos login` with it"))
            }
            if let problem = try? API.decoder().decode(API.Problem.self, from: response.body) { throw .problem(problem) }
            throw .unexpected(response.status, String(decoding: response.body, as: UTF8.self))
        }
        do {
            return (try API.decoder().decode(T.self, from: response.body), response.body)
        } catch {
            throw .unexpected(response.status, tr("an answer this kos does not understand (\(error)); are kos and kosd the same version?"))
        }
    }

    func perform(_ method: String, _ path: String, body: Data?, headers: [String: String]) throws(Failure) -> Response {
        // A 429 was refused before anything happened: always safe to send again. A lost answer or a 5xx may hide
        // a change that was made: only reads and requests with an idempotency key are sent again then.
        let repeatable = method == "GET" || headers["Idempotency-Key"] != nil
        var delay = 0.2
        var last: Failure = .transport(tr("no attempt made"))
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

    /// Why kosd could not be reached, in the words of someone running kos (libcurl's own words kept last).
    static func unreachable(_ server: Server, _ detail: String?) -> String {
        let detail = detail ?? tr("no answer")
        switch server {
        case .unix(let path):
            let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
            let advice = tr("start it with `kosd serve`, or point kos at the right one with --server, KOS_SERVER or `kos login --server`")
            // libcurl names the socket's stand-in host ("kosd port 80"): its words help only when the socket exists.
            guard FileManager.default.fileExists(atPath: path) else { return tr("no kosd is listening at \(full): \(advice)") }
            return tr("kosd is not answering on \(full): \(advice) (\(detail.replacingOccurrences(of: "kosd port 80", with: "the socket")))")
        case .http(let url):
            return tr("cannot reach kosd at \(url): is `kosd serve` running there, and is the address right (--server, KOS_SERVER)? (\(detail))")
        }
    }

    func once(_ method: String, _ path: String, body: Data?, headers: [String: String]) -> Result<Response, Failure> {
        var all = headers
        all["Accept"] = "application/json, application/problem+json"
        // The server answers its problems in the reader's language.
        if all["Accept-Language"] == nil { all["Accept-Language"] = MessageLanguage.process.tag }
        if body != nil { all["Content-Type"] = "application/json" }
        if let token { all["Authorization"] = "Bearer \(token)" }
        let url: String, socket: String?
        switch server {
        case .unix(let socketPath): (url, socket) = ("http://kosd" + path, socketPath)
        case .http(let base): (url, socket) = (base + path, nil)
        }
        let answer = CurlExchange.perform(CurlExchange.Request(
            url: url, unixSocket: socket, method: method, headers: all.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, body: body,
            timeoutMillis: timeoutSeconds * 1000, connectTimeoutMillis: 5_000, userAgent: "kos/0.1", keptBody: 256 << 20, failWhenLarger: true))
        guard let status = answer.status else {
            return .failure(.transport(Self.unreachable(server, answer.error)))
        }
        return .success(Response(status: status, body: answer.body, retryAfter: answer.retryAfter, contentType: answer.contentType))
    }

}
