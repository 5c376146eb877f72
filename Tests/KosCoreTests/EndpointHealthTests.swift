import KosCore
import Testing

/// The circuit breaker and auto-disable as a value: attempts in, state and changes out.
@Suite struct EndpointHealthTests {
    let policy = EndpointHealth.Policy(disableAfterMillis: 3_600_000)

    @Test func theCircuitOpensOnAFailureRateOverEnoughAttemptsAndProbesAfterTheCoolDown() {
        var h = EndpointHealth()
        for t: Int64 in [0, 1000, 2000, 3000] { #expect(h.record(delivered: false, gone: false, at: t, policy: policy).isEmpty, "fewer than 5 attempts") }
        #expect(h.record(delivered: false, gone: false, at: 4000, policy: policy) == [.opened("5 of the last 5 attempts failed")])
        #expect(h.admits(at: 10_000) == (false, 34_000) ? true : false)
        #expect(h.circuit(at: 33_999) == .open && h.circuit(at: 34_000) == .halfOpen)
        // The probe fails: open again for another cool-down.
        #expect(h.record(delivered: false, gone: false, at: 34_500, policy: policy) == [.opened("the probe after the cool-down failed")])
        #expect(h.circuit(at: 40_000) == .open)
        // The next probe succeeds: closed, counts cleared.
        #expect(h.record(delivered: true, gone: false, at: 65_000, policy: policy) == [.closed])
        #expect(h.circuit(at: 65_001) == .closed && h.failingSince == nil)
    }

    @Test func halfFailingOpensButMostlySucceedingDoesNot() {
        var mostlyFine = EndpointHealth()
        for i in 0..<20 { _ = mostlyFine.record(delivered: i % 3 != 0, gone: false, at: Int64(i) * 100, policy: policy) }
        #expect(mostlyFine.circuit == .closed, "a third failing stays closed")
        var half = EndpointHealth()
        var opened = false
        for i in 0..<10 { opened = opened || !half.record(delivered: i % 2 == 0, gone: false, at: Int64(i) * 100, policy: policy).isEmpty }
        #expect(opened && half.circuit == .open)
    }

    @Test func goneOrFailingForTooLongDisablesUntilAnAdminEnables() {
        var gone = EndpointHealth()
        #expect(gone.record(delivered: false, gone: true, at: 0, policy: policy) == [.disabled("the receiver answered 410 Gone")])
        #expect(gone.admits(at: 1) == (false, nil) ? true : false)
        gone.enable()
        #expect(gone.enabled && gone.circuit == .closed && gone.admits(at: 2).0)

        var failing = EndpointHealth()
        var changes: [EndpointHealth.Change] = []
        // One failure every ten minutes (never enough for the circuit's minute window), for just over an hour.
        for i in 0...7 { changes += failing.record(delivered: false, gone: false, at: Int64(i) * 600_000, policy: policy) }
        #expect(changes == [.disabled("every delivery has failed for 1h")])
        #expect(!failing.enabled)
        // A success in between starts the count again.
        var recovering = EndpointHealth()
        for i in 0...7 { _ = recovering.record(delivered: i == 4, gone: false, at: Int64(i) * 600_000, policy: policy) }
        #expect(recovering.enabled)
    }
}
