import Foundation

/// Posts one signed webhook and says what happened: the worker's only way out to platform gateways, agencies and
/// alert receivers. `CurlDeliverer` (libcurl) is the one kosd uses; the worker takes any.
public protocol Deliverer: Sendable {
    /// Posts `body` to `url` signed with every secret (Standard Webhooks, `id` the idempotency key), with at most
    /// `concurrency` posts to `endpoint` in flight at a time; transport failures are outcomes, not errors.
    func post(url: String, id: String, body: Data, secrets: [WebhookSecret], timeoutMillis: Int, allowPrivateNetwork: Bool,
              endpoint: String?, concurrency: Int, timestamp: Int) async -> AttemptResult
}

extension Deliverer {
    /// A post signed now, to a public address unless allowed otherwise.
    public func post(url: String, id: String, body: Data, secrets: [WebhookSecret], timeoutMillis: Int, allowPrivateNetwork: Bool = false,
                     endpoint: String? = nil, concurrency: Int = 16) async -> AttemptResult {
        await post(url: url, id: id, body: body, secrets: secrets, timeoutMillis: timeoutMillis, allowPrivateNetwork: allowPrivateNetwork,
                   endpoint: endpoint, concurrency: concurrency, timestamp: Int(Date().timeIntervalSince1970))
    }
}

extension CurlDeliverer: Deliverer {}
