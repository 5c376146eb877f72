/// How an endpoint is doing, as every worker sees it: enabled or not, and its circuit breaker. A value that
/// takes each attempt's result and says what changed; the store keeps it beside the attempts, in the same
/// transaction.
///
/// The circuit opens when, within a minute, at least 5 attempts were made and half or more failed; while open,
/// nothing is sent to the endpoint. After the cool-down (30 s) the next attempt is a probe (half-open): success
/// closes the circuit, failure opens it again. An endpoint that has failed every attempt for `disableAfter`, or
/// answered 410 Gone, is disabled until an admin enables it.
public struct EndpointHealth: Sendable, Hashable, Codable {
    public enum Circuit: String, Sendable, Hashable, Codable, CaseIterable {
        case closed, open
        case halfOpen = "half-open"
    }

    public struct Policy: Sendable, Hashable, Codable {
        public var minimumAttempts = 5
        public var failureRate = 0.5
        public var windowMillis: Int64 = 60_000
        public var coolDownMillis: Int64 = 30_000
        public var disableAfterMillis: Int64

        public init(disableAfterMillis: Int64) { self.disableAfterMillis = disableAfterMillis }
    }

    /// What an attempt changed, for the audit log.
    public enum Change: Sendable, Hashable {
        case opened(String), closed, disabled(String)
    }

    public var enabled = true
    /// Why it was disabled.
    public var reason: String?
    public var circuit = Circuit.closed
    /// While `open`: until when nothing is sent (store milliseconds).
    public var openUntil: Int64 = 0
    public var windowStart: Int64 = 0
    public var windowAttempts = 0
    public var windowFailures = 0
    /// Since when every attempt has failed; nil after a success.
    public var failingSince: Int64?

    public init() {}

    /// The circuit as of `now`: an open circuit whose cool-down has passed lets a probe through.
    public func circuit(at now: Int64) -> Circuit { circuit == .open && now >= openUntil ? .halfOpen : circuit }

    /// Whether an attempt may be made now; when not, the time to look again (nil: not until it is enabled).
    public func admits(at now: Int64) -> (Bool, Int64?) {
        if !enabled { return (false, nil) }
        if circuit(at: now) == .open { return (false, openUntil) }
        return (true, nil)
    }

    /// Records an attempt's result (`gone`: the receiver answered 410).
    public mutating func record(delivered: Bool, gone: Bool, at now: Int64, policy: Policy) -> [Change] {
        var changes: [Change] = []
        if now - windowStart >= policy.windowMillis {
            (windowStart, windowAttempts, windowFailures) = (now, 0, 0)
        }
        windowAttempts += 1
        if delivered {
            failingSince = nil
            if circuit != .closed {
                circuit = .closed
                (windowStart, windowAttempts, windowFailures) = (now, 0, 0)
                changes.append(.closed)
            }
            return changes
        }
        windowFailures += 1
        if failingSince == nil { failingSince = now }
        if gone, enabled {
            enabled = false
            reason = tr("the receiver answered 410 Gone")
            changes.append(.disabled(reason!))
        } else if enabled, let since = failingSince, now - since >= policy.disableAfterMillis {
            enabled = false
            reason = tr("every delivery has failed for \(TimeSpan(milliseconds: now - since))")
            changes.append(.disabled(reason!))
        }
        let probeFailed = circuit(at: now) == .halfOpen
        let rateReached = windowAttempts >= policy.minimumAttempts && Double(windowFailures) >= policy.failureRate * Double(windowAttempts)
        if probeFailed || (circuit == .closed && rateReached) {
            circuit = .open
            openUntil = now + policy.coolDownMillis
            changes.append(.opened(probeFailed ? tr("the probe after the cool-down failed")
                                              : tr("\(windowFailures) of the last \(windowAttempts) attempts failed")))
        }
        return changes
    }

    /// An admin's word: enabled again, circuit closed, counts cleared.
    public mutating func enable() {
        self = EndpointHealth()
    }
}
