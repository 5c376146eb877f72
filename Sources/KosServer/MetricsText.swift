import KosCore
import KosStore

/// `/metrics` in the Prometheus text format: what the store says about the work (runs by state, the step
/// queue and its lag, deliveries by endpoint and outcome, lease expiries) and what the supervisor knows (workers
/// alive, restarts). Read from the store at each scrape, so every process's work is counted, not just this one's.
public enum MetricsText {
    public struct Supervision: Sendable {
        public var workers: Int
        public var alive: Int
        public var restarts: Int
        public var stuckKills: Int
        public var connections: ConnectionLimits.Counts?

        public init(workers: Int, alive: Int, restarts: Int, stuckKills: Int = 0, connections: ConnectionLimits.Counts? = nil) {
            self.workers = workers
            self.alive = alive
            self.restarts = restarts
            self.stuckKills = stuckKills
            self.connections = connections
        }
    }

    /// `kinds` names each step's kind by "workflow/step" (check, approval, wait, publish, notify, exec): approvals'
    /// durations are also reported as `kos_approval_wait_seconds`.
    /// `endpoints` are the endpoints defined, with their health (circuit and whether enabled) as of `now`.
    public static func render(_ m: StoreMetrics, supervision: Supervision, kinds: [String: String] = [:],
                              endpoints: [String: EndpointHealth] = [:], now: Int64 = 0) -> String {
        var text = ""
        /// One metric family, as the Prometheus conventions have it: a counter's name ends in `_total`, a whole
        /// number prints as one (`3`, not `3.0`).
        func family(_ name: String, _ type: String, _ help: String, _ samples: [([(String, String)], Double)]) {
            text += "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n"
            for (labels, value) in samples {
                let labelText = labels.isEmpty ? "" : "{" + labels.map { "\($0.0)=\"\(escape($0.1))\"" }.joined(separator: ",") + "}"
                text += "\(name)\(labelText) \(number(value))\n"
            }
        }
        func gauge(_ name: String, _ help: String, _ value: Double) { family(name, "gauge", help, [([], value)]) }
        family("kos_runs", "gauge", "Runs by state.",
               RunStatus.allCases.map { ([("state", $0.rawValue)], Double(m.runs[$0.rawValue] ?? 0)) })
        gauge("kos_steps_pending", "Steps waiting to be claimed.", Double(m.stepsPending))
        gauge("kos_steps_due", "Pending steps that are due now (the queue depth).", Double(m.stepsDue))
        gauge("kos_steps_claimed", "Steps held by a worker.", Double(m.stepsClaimed))
        gauge("kos_queue_lag_seconds", "How long the longest-waiting due step has waited.", Double(m.oldestDueMillis) / 1000)
        family("kos_deliveries", "gauge", "Deliveries by endpoint and state.", m.deliveries.sorted(by: { $0.key < $1.key }).flatMap { endpoint, states in
            states.sorted(by: { $0.key < $1.key }).map { ([("endpoint", endpoint), ("state", $0.key)], Double($0.value)) }
        })
        let health = endpoints.sorted(by: { $0.key < $1.key })
        family("kos_endpoint_circuit", "gauge", "Each endpoint's circuit breaker: 1 for the state it is in.", health.flatMap { endpoint, h in
            let circuit = h.circuit(at: now)
            return EndpointHealth.Circuit.allCases.map { ([("endpoint", endpoint), ("state", $0.rawValue)], Double($0 == circuit ? 1 : 0)) }
        })
        family("kos_endpoint_enabled", "gauge", "1 while an endpoint takes deliveries, 0 once disabled (410 Gone, or failing for disable_after).",
               health.map { ([("endpoint", $0.key)], Double($0.value.enabled ? 1 : 0)) })
        family("kos_lease_expiries_total", "counter", "Leases taken over from workers that stopped renewing them.", [([], Double(m.leaseExpiries))])
        gauge("kos_workers", "Worker processes configured.", Double(supervision.workers))
        gauge("kos_workers_alive", "Worker processes running.", Double(supervision.alive))
        family("kos_worker_restarts_total", "counter", "Worker processes restarted since kosd started.", [([], Double(supervision.restarts))])
        family("kos_worker_stuck_kills_total", "counter", "Workers killed because a step ran past its budget, since kosd started.", [([], Double(supervision.stuckKills))])
        if let c = supervision.connections {
            gauge("kos_api_connections", "API connections open.", Double(c.open))
            gauge("kos_api_connections_limit", "API connections allowed at once (api.max_connections, within the descriptor limit).", Double(c.limit))
            family("kos_api_connections_closed_total", "counter", "API connections closed by kosd's limits since it started, by reason.",
                   ["evicted", "refused", "peer", "header-timeout", "too-large"].map { ([("reason", $0)], Double(c.closed[$0] ?? 0)) })
        }
        text += histogram("kos_step_duration_seconds", help: "Finished steps, from ready to done, by workflow, step and kind.",
                          m.stepDurations.map { ($0, [("workflow", $0.workflow), ("step", $0.step), ("kind", kinds["\($0.workflow)/\($0.step)"] ?? "unknown")]) })
        text += histogram("kos_approval_wait_seconds", help: "How long decided approval steps waited for their reviewers, by workflow and step.",
                          m.stepDurations.filter { kinds["\($0.workflow)/\($0.step)"] == "approval" }.map { ($0, [("workflow", $0.workflow), ("step", $0.step)]) })
        return text
    }

    /// A sample value: whole numbers without a fraction, others as Swift prints a Double.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// A histogram family from bucket counts the store already summed (swift-prometheus records observations
    /// one by one; these are counted in SQL).
    static func histogram(_ name: String, help: String, _ series: [(StoreMetrics.DurationHistogram, [(String, String)])]) -> String {
        var out = "# HELP \(name) \(help)\n# TYPE \(name) histogram\n"
        for (h, labels) in series {
            let base = labels.map { "\($0.0)=\"\(escape($0.1))\"" }.joined(separator: ",")
            for (bound, count) in zip(StoreMetrics.durationBuckets, h.buckets) {
                out += "\(name)_bucket{\(base),le=\"\(bound)\"} \(count)\n"
            }
            out += "\(name)_bucket{\(base),le=\"+Inf\"} \(h.count)\n\(name)_sum{\(base)} \(h.sumSeconds)\n\(name)_count{\(base)} \(h.count)\n"
        }
        return out
    }

    /// A label value as the text format wants it: backslash, double quote and newline escaped.
    static func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
    }
}
