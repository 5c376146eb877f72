import Foundation
import KosCore
import Testing

@testable import KosStore

/// The rules both drivers write by, as plain values: what recording a delivery attempt writes.
@Suite struct StoreRulesTests {
    func attempt(status: Int?, delivered: Bool, gone: Bool = false, deadLetter: String? = nil) -> DeliveryAttempt {
        var a = DeliveryAttempt(runID: "run-1", stepIndex: 3, endpoint: "mcn-agency", webhookID: "msg_1", status: status, latencyMillis: 20,
                                responseExcerpt: "", error: nil, delivered: delivered)
        a.healthPolicy = EndpointHealth.Policy(disableAfterMillis: 5 * 86_400_000)
        a.gone = gone
        a.deadLetter = deadLetter
        return a
    }

    @Test func aGoneReceiverDisablesItsEndpointTellsItsOwnersAndDeadLettersTheDelivery() {
        let w = StoreRules.attempt(attempt(status: 410, delivered: false, gone: true, deadLetter: "mcn-agency says it is gone (410)"),
                                   number: 2, health: EndpointHealth(), now: 1_000)
        #expect(w.deliveryID == "run-1/3/mcn-agency")
        #expect(w.state == "dead")
        #expect(w.health?.enabled == false)
        #expect(w.ownerNotices == ["the receiver answered 410 Gone"])
        #expect(w.audits.map(\.action) == [.endpointDisabled, .deliveryDead, .deliveryFailed])
        #expect(w.audits.last?.details == "attempt 2 msg_1 status 410 ")
    }

    @Test func aDeliveryIsRecordedLastAndLeavesAHealthyEndpointAsItWas() {
        let w = StoreRules.attempt(attempt(status: 204, delivered: true), number: 1, health: EndpointHealth(), now: 1_000)
        #expect(w.state == "delivered" && w.ownerNotices.isEmpty)
        #expect(w.audits.map(\.action) == [.deliveryDelivered])
        #expect(w.health?.enabled == true)
    }

    @Test func withoutAHealthPolicyTheEndpointIsNotTouched() {
        var a = attempt(status: 503, delivered: false)
        a.healthPolicy = nil
        let w = StoreRules.attempt(a, number: 1, health: EndpointHealth(), now: 1_000)
        #expect(w.health == nil && w.state == nil && w.audits.map(\.action) == [.deliveryFailed])
    }
}
