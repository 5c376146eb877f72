import Foundation
import KosCore
import KosStore

/// Where an approval step stands, for the worker that settles it and the API that tells a reviewer what is next.
public enum Approvals {
    /// The group an approval step was escalated to, when its last completion was an escalation.
    public static func escalation(_ store: any Store, runID: String, stepIndex: Int) async throws -> String? {
        try await store.completions(runID: runID, stepIndex: stepIndex).last.flatMap { escalatedTo(outcome: $0.outcome, result: $0.result) }
    }

    /// What an escalation's completion keeps beside its outcome: the group that decides now.
    static func escalationResult(group: String) -> String {
        String(decoding: (try? JSONEncoder().encode(["escalated_to": group])) ?? Data("{}".utf8), as: UTF8.self)
    }

    /// The group a completion escalated to: from its result; a completion recorded before results carried it says
    /// so in its outcome ("escalated to regional-compliance").
    public static func escalatedTo(outcome: String, result: String?) -> String? {
        if let result, let kept = try? JSONDecoder().decode([String: String].self, from: Data(result.utf8)), let group = kept["escalated_to"] {
            return group
        }
        let prefix = "escalated to "
        return outcome.hasPrefix(prefix) ? String(outcome.dropFirst(prefix.count)) : nil
    }

    /// The decisions recorded on the step, of the people the policy lets decide it, on `contentHash`.
    public static func status(_ store: any Store, step: ApprovalStep, runID: String, stepIndex: Int, submitter: Person,
                              escalatedTo: String?, contentHash: String) async throws -> ApprovalPolicy.Status {
        try await standing(store, people: nil, step: step, runID: runID, stepIndex: stepIndex, submitter: submitter, escalatedTo: escalatedTo,
                           contentHash: contentHash).status
    }

    /// The status, and the newest decision read (0 when none), with `people` when the caller read them already.
    public static func standing(_ store: any Store, people: [Person]?, step: ApprovalStep, runID: String, stepIndex: Int, submitter: Person,
                         escalatedTo: String?, contentHash: String) async throws -> (status: ApprovalPolicy.Status, newest: Int64) {
        let everyone: [Person]
        if let people { everyone = people } else { everyone = try await store.people() }
        return standing(recorded: try await store.decisions(runID: runID, stepIndex: stepIndex), people: everyone, step: step, submitter: submitter,
                        escalatedTo: escalatedTo, contentHash: contentHash)
    }

    /// The status from the decisions `recorded` on the step (read already), and the newest of them (0 when none).
    public static func standing(recorded: [StoredDecision], people everyone: [Person], step: ApprovalStep, submitter: Person, escalatedTo: String?,
                                contentHash: String) -> (status: ApprovalPolicy.Status, newest: Int64) {
        let countable = everyone.filter { ApprovalPolicy.check($0, step: step, submitter: submitter, escalatedTo: escalatedTo) == nil }
        let eligibleIDs = Set(countable.map(\.id))
        // Someone who has left the program is not waited for by an `all` quorum (what they decided before still counts).
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        let eligible = countable.filter { !$0.hasLeft(at: now) }
        // Decisions by anyone the policy refuses (the author above all) never count, whatever a client sent.
        let decisions = recorded.filter { eligibleIDs.contains($0.reviewerID) }
            .map { ApprovalPolicy.Decision(reviewerID: $0.reviewerID, approve: $0.approve, contentHash: $0.contentHash, reason: $0.reason) }
        return (ApprovalPolicy.status(of: step, decisions: decisions, currentHash: contentHash, eligible: eligible.count), recorded.map(\.id).max() ?? 0)
    }
}
