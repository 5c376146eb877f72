import Foundation
public import KosCore
import KosDefinitions
public import KosStore

/// A leaver's handover. What becomes of each of their posts is decided here, from the post, the accounts it names
/// and its workflow's `offboarding:` policy; the store carries it out in one transaction, once. Until it has run,
/// the moment alone already holds: tokens and sessions stop working and nothing of theirs is published.
public enum Offboarding {
    /// Plans and completes the handover of `person`, whose moment has come; nil when it has not come yet, the
    /// first report again when it ran before.
    public static func complete(_ person: Person, store: any Store, versions: DefinitionVersions, actor: String) async throws -> OffboardReport? {
        let posts = try await store.posts(creatorID: person.id)
        let register = Dictionary(try await store.accounts().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var handover = Handover(personID: person.id)
        let leftAt = person.leftAt.map(API.timestamp) ?? tr("now")
        for post in posts {
            // The definitions the run started with; the current ones when those no longer load (a template since removed).
            let environment = (try? await versions.environment(version: post.definitionsVersion)) ?? versions.current
            let draft = try? DraftParser().parse(bytes: Array(post.content), path: post.draftID)
            // The leaver's own accounts among those the post names: they leave with her.
            let own = (draft?.accounts ?? []).filter { register[$0]?.ownership == .employee && register[$0]?.operatorID == person.id }
            switch post.status {
            case .running:
                let workflow = environment.definitions.workflows[post.workflow]
                let scheduled = post.openStep.flatMap { i in workflow.flatMap { i < $0.steps.count ? $0.steps[i] : nil } }.map(isScheduled) ?? false
                let policy = workflow.map { scheduled ? $0.offboarding.scheduled : $0.offboarding.pending } ?? .cancel
                if let account = own.first {
                    handover.cancelled[post.draftID] = tr("\(person.id) left the program on \(leftAt); it goes out on their own account \(account), which leaves with them")
                } else if policy == .handOver, let successor = person.successor {
                    handover.handOver[post.draftID] = scheduled ? tr("\(post.workflow) hands over approved posts waiting to go out to \(successor)")
                                                             : tr("\(post.workflow) hands over posts in checks or review to \(successor)")
                } else if policy == .handOver {
                    handover.cancelled[post.draftID] = tr("\(person.id) left the program on \(leftAt) with no successor to take it over")
                } else {
                    handover.cancelled[post.draftID] = scheduled ? tr("\(person.id) left the program on \(leftAt); \(post.workflow) cancels their approved posts waiting to go out")
                                                              : tr("\(person.id) left the program on \(leftAt); \(post.workflow) cancels their posts in checks or review")
                }
            case .completed:
                for account in own {
                    handover.live.append("\(post.draftID) on \(account)")
                    guard let platform = account.split(separator: ":").first.map(String.init) else { continue }
                    for endpointID in Set(post.deliveredTo).sorted() {
                        guard let endpoint = environment.definitions.endpoints[endpointID], endpoint.recall else { continue }
                        handover.recalls.append(Handover.Recall(draftID: post.draftID, account: account, endpoint: endpointID,
                                                                body: recallBody(post: post, account: account, platform: platform, person: person)))
                    }
                }
            default: continue
            }
        }
        return try await store.completeOffboarding(handover, actor: actor)
    }

    /// Whether a run waiting at `step` is approved and waiting to go out (a slot, an embargo, the publishing
    /// itself) rather than still in checks or review.
    static func isScheduled(_ step: Step) -> Bool {
        switch step.action {
        case .check, .approval, .exec: false
        default: true
        }
    }

    /// The `post.recall` request a gateway receives.
    static func recallBody(post: AuthoredPost, account: String, platform: String, person: Person) -> String {
        let body: [String: Any] = [
            "type": "post.recall", "draft": post.draftID, "run": post.runID, "account": account, "platform": platform,
            "creator": person.id, "reason": tr("the associate left the program; the post is on their own account"),
            "left_at": person.leftAt.map(API.timestamp) ?? "",
        ]
        return String(decoding: (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])) ?? Data("{}".utf8), as: UTF8.self)
    }
}
