import CKosICU
import Foundation
import KosCore

/// A rule failed to compile (a pattern ICU refuses, an embargo time that does not exist).
public struct RuleCompileError: Error, Sendable, CustomStringConvertible {
    public var rule: String
    public var message: String
    public var description: String { "\(rule): \(message)" }
}

/// An ICU regular expression run over lightly folded text (NFKC, ignorables removed), so full-width digits
/// and zero-width spaces do not hide a phone number; matches are reported in the original text.
///
/// Uses Debian's ICU directly on the segment's UTF-16 buffer, built once and shared by every pattern.
/// An ICU matcher is not thread-safe; a `Linter`, and so its patterns, belongs to one thread.
final class CompiledPattern: @unchecked Sendable {
    private let regex: OpaquePointer
    let source: String
    let prefilter: RegexPrefilter

    init(_ pattern: String, ignoreCase: Bool, rule: String) throws(RuleCompileError) {
        var errorOffset: Int32 = -1
        guard let compiled = kos_regex_compile(pattern, ignoreCase ? 1 : 0, &errorOffset) else {
            let at = errorOffset >= 0 ? " (at character \(errorOffset + 1))" : ""
            throw RuleCompileError(rule: rule, message: "the regular expression '\(pattern)' does not compile\(at)")
        }
        regex = compiled
        source = pattern
        prefilter = RegexPrefilter(pattern: pattern)
    }

    deinit { kos_regex_free(regex) }

    func matches(in segment: PreparedSegment, limit: Int = 100) -> [LocatedText] {
        let light = segment.light
        guard !light.units.isEmpty else { return [] }
        var starts = [Int32](repeating: 0, count: limit)
        var ends = [Int32](repeating: 0, count: limit)
        let n = light.units.withUnsafeBufferPointer { text in
            kos_regex_find_all(regex, text.baseAddress, Int32(text.count), &starts, &ends, Int32(limit))
        }
        guard n > 0 else { return [] }
        return (0..<Int(n)).map { k in
            let a = max(Int(light.origin[Int(starts[k])]), segment.virtualPrefix)
            let b = max(Int(light.origin[Int(ends[k]) - 1]), a)
            let text = String(String.UnicodeScalarView(segment.scalars[a...b]))
            return LocatedText(text: text, location: segment.location(ofOriginal: a))
        }
    }
}

/// A segment's lightly folded text for regular expressions, as UTF-16, with the way back to the original.
struct LightText {
    var units: [UInt16] = []
    /// Original scalar index of each UTF-16 unit.
    var origin: [Int32] = []

    init() {}

    init(_ scalars: [Unicode.Scalar], normalizer: Normalizer) {
        units.reserveCapacity(scalars.count)
        origin.reserveCapacity(scalars.count)
        for (i, s) in scalars.enumerated() {
            let v = s.value
            if v < 0x80 {
                units.append(UInt16(v))
                origin.append(Int32(i))
                continue
            }
            normalizer.lightFold(s) { f in
                if f < 0x10000 {
                    units.append(UInt16(f))
                    origin.append(Int32(i))
                } else {
                    let w = f - 0x10000
                    units.append(UInt16(0xD800 + (w >> 10)))
                    units.append(UInt16(0xDC00 + (w & 0x3FF)))
                    origin.append(Int32(i))
                    origin.append(Int32(i))
                }
            }
        }
    }
}
