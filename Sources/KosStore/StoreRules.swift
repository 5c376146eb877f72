import KosCore

/// The rules of the store's operations, decided once for both drivers: each takes what a driver read inside its
/// transaction and says what to write; the drivers only read, write and lock.
enum StoreRules {
    /// One audit entry to append, in the order given.
    struct AuditLine: Sendable, Hashable {
        var action: AuditAction
        var subject: String
        var details: String
    }

    /// What recording one delivery attempt writes.
    struct AttemptWrites: Sendable, Hashable {
        /// `run/step/endpoint`: the delivery every attempt of one step to one endpoint belongs to.
        var deliveryID: String
        /// The delivery's state after the attempt (`delivered`, `dead`), or nil when it stays `pending`.
        var state: String?
        /// The endpoint's health after the attempt, to save; nil when the attempt carries no health policy.
        var health: EndpointHealth?
        /// Reasons the endpoint's owners are to be told of (it was disabled), one notice each.
        var ownerNotices: [String]
        var audits: [AuditLine]
    }

    static func deliveryID(of a: DeliveryAttempt) -> String { "\(a.runID)/\(a.stepIndex)/\(a.endpoint)" }

    /// Recording attempt `number` of `a`, with the endpoint's health as it stood (`health`, read under the
    /// transaction's lock; ignored without a policy): the circuit opens or closes and the endpoint may be
    /// disabled (each audited, a disable with a notice for its owners); a dead letter is audited; every attempt
    /// is audited last, delivered or failed.
    static func attempt(_ a: DeliveryAttempt, number: Int, health: EndpointHealth, now: Int64) -> AttemptWrites {
        let deliveryID = deliveryID(of: a)
        var writes = AttemptWrites(deliveryID: deliveryID, state: a.delivered ? "delivered" : nil, health: nil, ownerNotices: [], audits: [])
        if let policy = a.healthPolicy {
            var after = health
            for change in after.record(delivered: a.delivered, gone: a.gone, at: now, policy: policy) {
                switch change {
                case .opened(let why): writes.audits.append(AuditLine(action: .endpointCircuitOpened, subject: a.endpoint, details: why))
                case .closed: writes.audits.append(AuditLine(action: .endpointCircuitClosed, subject: a.endpoint, details: "a delivery succeeded"))
                case .disabled(let why):
                    writes.audits.append(AuditLine(action: .endpointDisabled, subject: a.endpoint, details: why))
                    writes.ownerNotices.append(why)
                }
            }
            writes.health = after
        }
        if let reason = a.deadLetter, !a.delivered {
            writes.state = "dead"
            writes.audits.append(AuditLine(action: .deliveryDead, subject: deliveryID, details: "\(a.webhookID): \(reason)"))
        }
        writes.audits.append(AuditLine(action: a.delivered ? .deliveryDelivered : .deliveryFailed, subject: deliveryID,
                                       details: "attempt \(number) \(a.webhookID) status \(a.status.map(String.init) ?? "-") \(a.error ?? "")"))
        return writes
    }
}
