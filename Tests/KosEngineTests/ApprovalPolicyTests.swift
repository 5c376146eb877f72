import KosCore
import Testing

@testable import KosEngine

@Suite struct ApprovalPolicyTests {
    static let associate = Person(id: "li.na", role: .creator, store: "SH-IFC")
    static let manager = Person(id: "zhang.wei", role: .reviewer, groups: ["store-managers"], store: "SH-IFC")
    static let otherStoreManager = Person(id: "chen.jie", role: .reviewer, groups: ["store-managers"], store: "BJ-SKP")
    static let compliance = Person(id: "wu.min", role: .reviewer, groups: ["regional-compliance"], store: nil)
    static let admin = Person(id: "ops", role: .admin)

    static let storeStep = ApprovalStep(role: "reviewer", groups: ["store-managers"], sameStore: true, quorum: .any, timeout: .hours(24),
                                        onTimeout: .escalate(group: "regional-compliance"))

    @Test func nobodyApprovesTheirOwnDraftNotEvenAnAdmin() {
        let managerAsAuthor = Self.manager
        #expect(ApprovalPolicy.check(Self.manager, step: Self.storeStep, submitter: managerAsAuthor) == .ownDraft)
        let adminAsAuthor = Self.admin
        #expect(ApprovalPolicy.check(Self.admin, step: Self.storeStep, submitter: adminAsAuthor) == .ownDraft)
    }

    @Test func groupsRolesAndStoresDecideWhoMayApprove() {
        #expect(ApprovalPolicy.check(Self.manager, step: Self.storeStep, submitter: Self.associate) == nil)
        #expect(ApprovalPolicy.check(Self.otherStoreManager, step: Self.storeStep, submitter: Self.associate) == .otherStore(required: "SH-IFC"))
        #expect(ApprovalPolicy.check(Self.compliance, step: Self.storeStep, submitter: Self.associate) == .notInGroups(["store-managers"]))
        #expect(ApprovalPolicy.check(Person(id: "x", role: .creator, groups: ["store-managers"], store: "SH-IFC"), step: Self.storeStep,
                                     submitter: Self.associate) == .wrongRole(required: "reviewer"))
        #expect(ApprovalPolicy.check(Self.admin, step: Self.storeStep, submitter: Self.associate) == nil, "admins may decide any step")
    }

    @Test func escalationHandsTheStepToAnotherGroup() {
        #expect(ApprovalPolicy.check(Self.compliance, step: Self.storeStep, submitter: Self.associate, escalatedTo: "regional-compliance") == nil)
        #expect(ApprovalPolicy.check(Self.manager, step: Self.storeStep, submitter: Self.associate, escalatedTo: "regional-compliance")
                == .notInGroups(["regional-compliance"]))
    }

    @Test func quorumAnyAllAndN() {
        let a = ApprovalPolicy.Decision(reviewerID: "a", approve: true, contentHash: "h1")
        let b = ApprovalPolicy.Decision(reviewerID: "b", approve: true, contentHash: "h1")
        var step = Self.storeStep
        #expect(ApprovalPolicy.status(of: step, decisions: [a], currentHash: "h1", eligible: 3) == .approved)
        step.quorum = .all
        #expect(ApprovalPolicy.status(of: step, decisions: [a, b], currentHash: "h1", eligible: 3) == .pending(approvals: 2, needed: 3))
        step.quorum = .count(2)
        #expect(ApprovalPolicy.status(of: step, decisions: [a, b], currentHash: "h1", eligible: 3) == .approved)
        #expect(ApprovalPolicy.status(of: step, decisions: [a, a], currentHash: "h1", eligible: 3) == .pending(approvals: 1, needed: 2),
                "one reviewer counts once")
    }

    @Test func aNewRevisionVoidsEarlierApprovals() {
        let onOld = ApprovalPolicy.Decision(reviewerID: "a", approve: true, contentHash: "h1")
        #expect(ApprovalPolicy.status(of: Self.storeStep, decisions: [onOld], currentHash: "h2", eligible: 1) == .pending(approvals: 0, needed: 1))
    }

    @Test func aRejectionCarriesItsReasonAndALaterApprovalByTheSameReviewerReplacesIt() {
        let no = ApprovalPolicy.Decision(reviewerID: "a", approve: false, contentHash: "h1", reason: "client visible in the second photo")
        #expect(ApprovalPolicy.status(of: Self.storeStep, decisions: [no], currentHash: "h1", eligible: 1)
                == .rejected(by: "a", reason: "client visible in the second photo"))
        let yes = ApprovalPolicy.Decision(reviewerID: "a", approve: true, contentHash: "h1")
        #expect(ApprovalPolicy.status(of: Self.storeStep, decisions: [no, yes], currentHash: "h1", eligible: 1) == .approved)
    }
}
