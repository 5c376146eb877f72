import Crypto
import Foundation
import KosCore
import KosDelivery
import KosStore

/// An approval step's chat message (`approval: {notify: …}`): posted once when the draft reaches the step, to a
/// chat endpoint like any other (signed, the SSRF guard, the circuit breaker), with a signed link that opens the
/// draft in the console. Tried again at the step's later looks while the endpoint fails, up to its retry
/// schedule; it never holds the step up and never decides anything.
extension Worker {
    func tellReviewers(_ notice: DeliveryStep, oneTap: Bool, input: StepInput, deadline: Int64?) async throws -> DeliveryAttempt? {
        let claimed = input.claimed, run = input.run, now = input.round.now
        guard let endpoint = input.environment.definitions.endpoints[notice.endpoint] else { return nil }
        let sender = PublishRunner(worker: self, delivery: notice, notifies: true)
        var previous = 0
        if let (sent, attempts) = try await store.delivery(webhookID: sender.webhookID(run: run, stepIndex: claimed.stepIndex, endpoint: endpoint.id)) {
            // Delivered, dead-lettered, or not due for another try yet: nothing this look.
            guard sent.state == .pending, attempts.count < endpoint.retrySchedule.count else { return nil }
            let wait = RetryTiming.delay(schedule: endpoint.retrySchedule.map(\.milliseconds), attempts: attempts.count, retryAfterSeconds: nil,
                                         seed: "\(run.id)/\(claimed.stepIndex)")
            if let last = attempts.last, now < last.at + wait { return nil }
            previous = attempts.count
        }
        guard (input.round.health[endpoint.id] ?? EndpointHealth()).admits(at: now).0 else { return nil }
        var context = Worker.templateContext(draft: input.draft, creator: input.creator, run: run, media: [])
        context["review"] = try await reviewContext(input: input, oneTap: oneTap, deadline: deadline)
        let payload = Result { try template(notice.template).render(context) }
        return await sender.deliver(claimed: claimed, run: run, payload: payload, previousAttempts: previous, input.environment).1
    }

    /// What a chat message says about the draft waiting for review. Text an associate wrote is given with the
    /// chat markdown's link and emphasis characters made full-width, so a title cannot become a link.
    func reviewContext(input: StepInput, oneTap: Bool, deadline: Int64?) async throws -> [String: Any] {
        let expires = (deadline ?? input.claimed.readyAt + 7 * 86_400_000) / 1000
        var url = ""
        if let publicURL {
            let links = ReviewLinks(base: publicURL, key: try await linkKeyOnce())
            url = links.url(ReviewLinks.Ticket(draftID: input.run.draftID, revision: input.run.revision, expires: expires))
        }
        // The deadline as the store reads it: in the workflow's calendar's zone, else China's.
        let zone = input.workflow.calendar.flatMap { input.environment.definitions.calendars[$0]?.timeZone } ?? "Asia/Shanghai"
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "zh_CN")
        formatter.timeZone = TimeZone(identifier: zone) ?? TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = "M月d日 HH:mm"
        let deadlineText = deadline.map { formatter.string(from: Date(timeIntervalSince1970: Double($0) / 1000)) } ?? "无期限"
        return [
            "url": url, "expires": API.timestamp(expires * 1000), "deadline": deadline.map(API.timestamp) ?? "", "deadline_text": deadlineText,
            "step": input.step.id, "findings": input.context.findings.count, "one_tap": oneTap, "revision": input.run.revision,
            "draft_id": input.run.draftID, "title": Self.chatText(input.draft.title), "author": Self.chatText(input.creator.id),
            "store": Self.chatText(input.creator.store ?? ""),
        ]
    }

    /// The store's link key, read once.
    func linkKeyOnce() async throws -> Data {
        if let known = cacheLock.withLock({ linkKey }) { return known }
        let key = try await store.mediaLinkKey()
        cacheLock.withLock { linkKey = key }
        return key
    }

    /// `text` with the characters WeCom's and Feishu's markdown give meaning to replaced by their full-width forms.
    static func chatText(_ text: String) -> String {
        let swaps: [Character: Character] = ["[": "［", "]": "］", "(": "（", ")": "）", "*": "＊", "_": "＿", "`": "｀", "<": "＜", ">": "＞", "#": "＃",
                                             "~": "～", "|": "｜", "\n": " ", "\r": " "]
        return String(text.prefix(200).map { swaps[$0] ?? $0 })
    }
}
