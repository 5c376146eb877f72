import Foundation
import KosCore

/// The staff directory's and a leaver's rules, decided once for both drivers.
extension StoreRules {
    static func directoryEntry(_ p: Person) -> AuditLine {
        AuditLine(action: .personSaved, subject: p.id, details: "imported: \(p.name ?? "-"), role \(p.role.rawValue), store \(p.store ?? "-"), manager \(p.manager ?? "-")\(p.agency.map { ", agency \($0) (\(p.tier ?? "staff"))" } ?? ""), groups \(p.groups.isEmpty ? "-" : p.groups.joined(separator: ","))")
    }

    enum AccountChange: Sendable, Hashable {
        case save(PlatformAccount)
        case retire(String)
    }

    /// What an import does to the register: accounts a listed person no longer names and nobody in the import
    /// names are retired; every named account is saved when it is new or changed hands or ownership.
    static func accountChanges(_ plan: DirectoryPlan, current: [PlatformAccount]) -> [(change: AccountChange, audit: AuditLine)] {
        let byID = Dictionary(current.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let named = Set(plan.accounts.values.flatMap { $0.map(\.id) })
        let byOperator = Dictionary(grouping: current, by: \.operatorID)
        var out: [(AccountChange, AuditLine)] = []
        for person in plan.accounts.keys.sorted() {
            for a in (byOperator[person] ?? []).filter({ !named.contains($0.id) }).sorted(by: { $0.id < $1.id }) {
                out.append((.retire(a.id), AuditLine(action: .accountRetired, subject: a.id, details: tr("no longer in \(person)'s row of the staff directory"))))
            }
        }
        for person in plan.accounts.keys.sorted() {
            for a in plan.accounts[person] ?? [] where byID[a.id] != a {
                let was = byID[a.id].map { " (was \($0.operatorID)'s, \($0.ownership.rawValue)-owned)" } ?? ""
                out.append((.save(a), AuditLine(action: .accountSaved, subject: a.id, details: "operated by \(a.operatorID), \(a.ownership.rawValue)-owned\(was)")))
            }
        }
        return out
    }

    static func away(_ personID: String, until: Int64?, delegate: String?) -> AuditLine {
        guard let until else { return AuditLine(action: .personAway, subject: personID, details: tr("back: decides their own approvals again")) }
        let details = delegate.map { tr("away until \(API.timestamp(until)); \($0) decides on their behalf") }
            ?? tr("away until \(API.timestamp(until)); nobody decides on their behalf")
        return AuditLine(action: .personAway, subject: personID, details: details)
    }

    /// Recording a leaving: the moment that holds (an earlier recorded one stays; asked without a moment, the
    /// recorded one, else now), the successor, and the entry; no entry when nothing changes (asked twice), and no
    /// change at all once the handover ran.
    static func leaving(_ personID: String, recorded: Int64?, recordedSuccessor: String?, handedOver: Bool, successor: String?, at: Int64?, now: Int64)
        -> (moment: Int64, successor: String?, audit: AuditLine?) {
        if handedOver, let recorded { return (recorded, recordedSuccessor, nil) }
        let asked = at ?? recorded ?? now
        let moment = min(recorded ?? asked, asked), heir = successor ?? recordedSuccessor
        if moment == recorded, heir == recordedSuccessor { return (moment, heir, nil) }
        return (moment, heir, AuditLine(action: .personLeaving, subject: personID,
                                        details: tr("leaves the program at \(API.timestamp(moment)); successor \(heir ?? tr("none")); nothing is published for them from then on")))
    }

    static func keptReport(_ text: String?) -> OffboardReport? {
        text.flatMap { try? JSONDecoder().decode(OffboardReport.self, from: Data($0.utf8)) }
    }

    static func encode(_ report: OffboardReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: (try? encoder.encode(report)) ?? Data("{}".utf8), as: UTF8.self)
    }

    enum RunHandover: Sendable, Hashable {
        case handOver(to: String, audit: AuditLine)
        case cancel(reason: String)
    }

    /// A leaver's running draft: handed over when the handover says so and there is a successor; else ended, with why.
    static func handOver(_ draftID: String, _ handover: Handover, successor: String?, leftAt: Int64) -> RunHandover {
        if let why = handover.handOver[draftID], let successor {
            return .handOver(to: successor, audit: AuditLine(action: .runHandedOver, subject: draftID, details: tr("from \(handover.personID) to \(successor): \(why)")))
        }
        return .cancel(reason: handover.cancelled[draftID] ?? tr("\(handover.personID) left the program on \(API.timestamp(leftAt))"))
    }

    enum AccountOnLeaving: Sendable, Hashable {
        case pass(to: String, audit: AuditLine)
        case retire(AuditLine)
        case keep
    }

    /// A leaver's account: the company's passes to the successor (stays, without one); their own leaves with them.
    static func accountOnLeaving(_ a: PlatformAccount, successor: String?) -> AccountOnLeaving {
        switch a.ownership {
        case .company:
            guard let successor else { return .keep }
            return .pass(to: successor, audit: AuditLine(action: .accountPassed, subject: a.id, details: tr("company-owned: from \(a.operatorID) to \(successor)")))
        case .employee:
            return .retire(AuditLine(action: .accountRetired, subject: a.id, details: tr("\(a.operatorID)'s own account leaves with them")))
        }
    }

    static func recallRequested(_ r: Handover.Recall, person: String) -> AuditLine {
        AuditLine(action: .postRecallRequested, subject: r.draftID, details: tr("\(person)'s post on their own account \(r.account): take-down asked of \(r.endpoint)"))
    }

    static func offboarded(_ r: OffboardReport) -> AuditLine {
        AuditLine(action: .personOffboarded, subject: r.person, details: tr("""
            successor \(r.successor ?? tr("none")); \(r.handedOver.count) posts handed over, \(r.cancelled.count) cancelled; \(r.tokensRevoked) tokens revoked; \
            accounts passed \(r.accountsPassed.isEmpty ? "-" : r.accountsPassed.joined(separator: ", ")), retired \(r.accountsRetired.isEmpty ? "-" : r.accountsRetired.joined(separator: ", ")); \
            \(r.live.count) posts live on their own accounts, \(r.recalls.count) recall requests
            """))
    }

    /// The entry for a notice sent or given up: an owner's notice is about its endpoint, a recall about its post.
    static func noticeFinished(kind: String, endpoint: String, about: String, sent: Bool, detail: String) -> AuditLine {
        if kind == "post.recall" {
            let draft = about.split(separator: " ").first.map(String.init) ?? about
            return AuditLine(action: sent ? .postRecallSent : .postRecallFailed, subject: draft, details: detail)
        }
        return AuditLine(action: sent ? .endpointOwnerNotified : .endpointOwnerNoticeFailed, subject: endpoint, details: detail)
    }

    /// A decision's entry: the reason (or the content hash decided on), and on whose behalf a delegate decided.
    static func decision(runID: String, stepIndex: Int, reviewerID: String, approve: Bool, contentHash: String, reason: String?, decidedBy: String?) -> AuditLine {
        let said = reason ?? contentHash
        let details = decidedBy.map { tr("\($0) on behalf of \(reviewerID) (away): \(said)") } ?? said
        return AuditLine(action: approve ? .approvalApproved : .approvalRejected, subject: "\(runID)/\(stepIndex)", details: details)
    }
}
