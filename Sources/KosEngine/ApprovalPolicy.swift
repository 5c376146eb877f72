public import KosCore

/// Who may decide an approval step, and whether the decisions so far settle it. A value with no IO: the
/// engine asks it, the store records what it says. Segregation of duties lives here, not in a UI.
public enum ApprovalPolicy {
    /// Why a reviewer may not decide.
    public enum Refusal: Error, Sendable, Hashable, CustomStringConvertible {
        case ownDraft
        case wrongRole(required: String)
        case notInGroups([String])
        case otherStore(required: String?)
        /// An agency's people decide none of the brand's approvals.
        case agency

        public var description: String {
            switch self {
            case .ownDraft: tr("nobody approves their own draft")
            case .wrongRole(let role): tr("this step needs the \(role) role")
            case .notInGroups(let groups): tr("this step is for the groups \(groups.joined(separator: ", "))")
            case .otherStore(let store): tr("this step is for reviewers of the associate's own store (\(store ?? tr("none")))")
            case .agency: tr("the brand's reviewers decide its approvals; an agency's people do not")
            }
        }
    }

    /// A reviewer's decision on one revision.
    public struct Decision: Sendable, Hashable {
        public var reviewerID: String
        public var approve: Bool
        /// The content hash of the revision decided on: a new revision voids earlier decisions.
        public var contentHash: String
        public var reason: String?

        public init(reviewerID: String, approve: Bool, contentHash: String, reason: String? = nil) {
            self.reviewerID = reviewerID
            self.approve = approve
            self.contentHash = contentHash
            self.reason = reason
        }
    }

    public enum Status: Sendable, Hashable {
        case pending(approvals: Int, needed: Int)
        case approved
        case rejected(by: String, reason: String)
    }

    /// Whether `reviewer` may decide `step` for a draft by `submitter`.
    /// - Parameter escalatedTo: the group the step was escalated to after its timeout, which then decides instead.
    public static func check(_ reviewer: Person, step: ApprovalStep, submitter: Person, escalatedTo: String? = nil) -> Refusal? {
        if reviewer.id == submitter.id { return .ownDraft }
        if reviewer.role == .creator { return .wrongRole(required: step.role ?? "reviewer") }
        if reviewer.agency != nil { return .agency }
        if step.role == "admin", reviewer.role != .admin { return .wrongRole(required: "admin") }
        let groups = escalatedTo.map { [$0] } ?? step.groups
        // A handful of groups on each side: compared as they are, without building a set for every check.
        if !groups.isEmpty, reviewer.role != .admin, !groups.contains(where: reviewer.groups.contains) { return .notInGroups(groups) }
        if step.sameStore, escalatedTo == nil, reviewer.role != .admin, reviewer.store == nil || reviewer.store != submitter.store {
            return .otherStore(required: submitter.store)
        }
        return nil
    }

    /// The state of `step` given every decision recorded; only decisions on `currentHash` count.
    /// - Parameter eligible: how many reviewers may decide (for `required: all`).
    public static func status(of step: ApprovalStep, decisions: [Decision], currentHash: String, eligible: Int) -> Status {
        let current = latestPerReviewer(decisions.filter { $0.contentHash == currentHash })
        if let rejection = current.first(where: { !$0.approve }) {
            return .rejected(by: rejection.reviewerID, reason: rejection.reason ?? tr("no reason given"))
        }
        let approvals = current.count
        let needed: Int = switch step.quorum {
        case .any: 1
        case .all: max(eligible, 1)
        case .count(let n): n
        }
        return approvals >= needed ? .approved : .pending(approvals: approvals, needed: needed)
    }

    /// A reviewer who changes their mind is counted once, by their last decision.
    static func latestPerReviewer(_ decisions: [Decision]) -> [Decision] {
        var seen: [String: Int] = [:]
        var out: [Decision] = []
        for d in decisions {
            if let i = seen[d.reviewerID] { out[i] = d } else {
                seen[d.reviewerID] = out.count
                out.append(d)
            }
        }
        return out
    }
}
