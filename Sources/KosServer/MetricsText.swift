import KosCore
import KosStore
import Prometheus

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
        let registry = PrometheusCollectorRegistry()
        for state in ["running", "completed", "blocked", "rejected", "expired", "failed", "superseded", "withdrawn", "parked"] {
            registry.makeGauge(name: "kos_runs", labels: [("state", state)], help: "Runs by state.").set(Double(m.runs[state] ?? 0))
        }
        registry.makeGauge(name: "kos_steps_pending", help: "Steps waiting to be claimed.").set(Double(m.stepsPending))
        registry.makeGauge(name: "kos_steps_due", help: "Pending steps that are due now (the queue depth).").set(Double(m.stepsDue))
        registry.makeGauge(name: "kos_steps_claimed", help: "Steps held by a worker.").set(Double(m.stepsClaimed))
        registry.makeGauge(name: "kos_queue_lag_seconds", help: "How long the longest-waiting due step has waited.")
            .set(Double(m.oldestDueMillis) / 1000)
        for (endpoint, states) in m.deliveries.sorted(by: { $0.key < $1.key }) {
            for (state, n) in states.sorted(by: { $0.key < $1.key }) {
                registry.makeGauge(name: "kos_deliveries", labels: [("endpoint", endpoint), ("state", state)], help: "Deliveries by endpoint and state.")
                    .set(Double(n))
            }
        }
        for (endpoint, health) in endpoints.sorted(by: { $0.key < $1.key }) {
            let circuit = health.circuit(at: now)
            for state in EndpointHealth.Circuit.allCases {
                registry.makeGauge(name: "kos_endpoint_circuit", labels: [("endpoint", endpoint), ("state", state.rawValue)],
                                   help: "Each endpoint's circuit breaker: 1 for the state it is in.").set(Double(state == circuit ? 1 : 0))
            }
            registry.makeGauge(name: "kos_endpoint_enabled", labels: [("endpoint", endpoint)],
                               help: "1 while an endpoint takes deliveries, 0 once disabled (410 Gone, or failing for disable_after).")
                .set(Double(health.enabled ? 1 : 0))
        }
        registry.makeGauge(name: "kos_lease_expiries", help: "Leases taken over from workers that stopped renewing them.").set(Double(m.leaseExpiries))
        registry.makeGauge(name: "kos_workers", help: "Worker processes configured.").set(Double(supervision.workers))
        registry.makeGauge(name: "kos_workers_alive", help: "Worker processes running.").set(Double(supervision.alive))
        registry.makeGauge(name: "kos_worker_restarts", help: "Worker processes restarted since kosd started.").set(Double(supervision.restarts))
        registry.makeGauge(name: "kos_worker_stuck_kills", help: "Workers killed because a step ran past its budget.").set(Double(supervision.stuckKills))
        if let c = supervision.connections {
            registry.makeGauge(name: "kos_api_connections", help: "API connections open.").set(Double(c.open))
            registry.makeGauge(name: "kos_api_connections_limit", help: "API connections allowed at once (api.max_connections, within the descriptor limit).")
                .set(Double(c.limit))
            for reason in ["evicted", "refused", "peer", "header-timeout", "too-large"] {
                registry.makeGauge(name: "kos_api_connections_closed", labels: [("reason", reason)],
                                   help: "API connections closed by kosd's limits since it started, by reason.").set(Double(c.closed[reason] ?? 0))
            }
        }
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        var text = String(decoding: buffer, as: UTF8.self)
        text += histogram("kos_step_duration_seconds", help: "Finished steps, from ready to done, by workflow, step and kind.",
                          m.stepDurations.map { ($0, [("workflow", $0.workflow), ("step", $0.step), ("kind", kinds["\($0.workflow)/\($0.step)"] ?? "unknown")]) })
        text += histogram("kos_approval_wait_seconds", help: "How long decided approval steps waited for their reviewers, by workflow and step.",
                          m.stepDurations.filter { kinds["\($0.workflow)/\($0.step)"] == "approval" }.map { ($0, [("workflow", $0.workflow), ("step", $0.step)]) })
        return text
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
