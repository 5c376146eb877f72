public import Foundation
import KosCore

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
        /// The address is not a public one and the endpoint does not allow private networks: nothing was sent.
        case blocked
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

/// Posts webhooks through `CurlExchange` (no redirects; connect, total and low-speed timeouts; a cap on what
/// is kept of the response; connections kept open between posts) and says what the answer means.
public struct CurlDeliverer: Sendable {
    /// Bytes of response body kept; the rest is read and dropped.
    public static let keptBody = 64 * 1024

    public var connectTimeoutMillis = 5_000
    /// A receiver slower than 16 bytes/s for this long is cut off (a trickling receiver holds no worker).
    public var lowSpeedSeconds = 10
    public var userAgent = "kosflow/0.1 (+https://kosflow.dev)"

    public init() {}

    /// Posts `body` to `url` signed with every secret over the worker's multi handle, with at most `concurrency`
    /// posts to `endpoint` in flight at a time; returns what happened (transport failures included).
    public func post(url: String, id: String, body: Data, secrets: [WebhookSecret], timeoutMillis: Int, allowPrivateNetwork: Bool,
                     endpoint: String?, concurrency: Int, timestamp: Int) async -> AttemptResult {
        let headers = [("content-type", "application/json")] + StandardWebhooks.headers(secrets: secrets, id: id, timestamp: timestamp, body: body)
        var request = CurlExchange.Request(
            url: url, method: "POST", headers: headers, body: body, timeoutMillis: timeoutMillis, connectTimeoutMillis: connectTimeoutMillis,
            lowSpeedSeconds: lowSpeedSeconds, userAgent: userAgent, keptBody: Self.keptBody, failWhenLarger: false)
        request.publicOnly = !allowPrivateNetwork
        let response = await CurlMulti.shared(publicOnly: request.publicOnly).perform(request, endpoint: endpoint ?? url, limit: concurrency)
        return Self.result(response)
    }

    /// What an answer (or its absence) means for the delivery.
    static func result(_ response: CurlExchange.Response) -> AttemptResult {
        let excerpt = String(decoding: response.body, as: UTF8.self)
        if let blocked = response.blocked, response.status == nil {
            return AttemptResult(outcome: .blocked, status: nil, latencyMillis: response.latencyMillis, responseExcerpt: "",
                                 error: tr("refused before connecting: \(blocked); only public addresses are allowed unless the endpoint sets allow_private_network: true"))
        }
        guard let status = response.status else {
            return AttemptResult(outcome: .retry, status: nil, latencyMillis: response.latencyMillis, responseExcerpt: excerpt, error: response.error)
        }
        let outcome: AttemptResult.Outcome = switch status {
        case 200..<300: .delivered
        case 300..<400: .redirected
        case 410: .gone
        case 429, 500..<600: .retry
        case 408: .retry
        default: .refused
        }
        if outcome == .retry, response.abortRetries {
            // The receiver knows this message will never be accepted (Webhook-Abort-Retries: true).
            return AttemptResult(outcome: .refused, status: status, latencyMillis: response.latencyMillis, responseExcerpt: excerpt,
                                 error: tr("the receiver asked not to retry this message (Webhook-Abort-Retries)"))
        }
        return AttemptResult(outcome: outcome, status: status, latencyMillis: response.latencyMillis, responseExcerpt: excerpt, error: nil,
                             retryAfter: response.retryAfter)
    }
}

/// When to try a delivery again: the endpoint's schedule (Standard Webhooks' by default: 0, 5 s, 5 min, 30 min,
/// 2 h, 5 h, 10 h, 14 h, 20 h, 24 h) with ±20 % jitter, so the deliveries that failed together do not all come
/// back in the same second; never sooner than the receiver's `Retry-After`.
public enum RetryTiming {
    /// Milliseconds before the attempt after `attempts` attempts; `seed` (the delivery) makes the jitter stable.
    public static func delay(schedule: [Int64], attempts: Int, retryAfterSeconds: Int?, seed: String) -> Int64 {
        let base = attempts < schedule.count ? schedule[attempts] : (schedule.last ?? 1000)
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in "\(seed)#\(attempts)".utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        h ^= h >> 29
        let factor = 0.8 + 0.4 * Double(h % 10_001) / 10_000
        return max(Int64(Double(base) * factor), Int64(retryAfterSeconds ?? 0) * 1000)
    }
}
