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
struct CompiledPattern: @unchecked Sendable {
    // NSRegularExpression is immutable and documented thread-safe for matching.
    let regex: NSRegularExpression
    let source: String

    init(_ pattern: String, ignoreCase: Bool, rule: String) throws(RuleCompileError) {
        do {
            regex = try NSRegularExpression(pattern: pattern, options: ignoreCase ? [.caseInsensitive] : [])
        } catch {
            throw RuleCompileError(rule: rule, message: "the regular expression '\(pattern)' does not compile")
        }
        source = pattern
    }

    func matches(in segment: PreparedSegment, limit: Int = 100) -> [LocatedText] {
        let light = segment.light
        var out: [LocatedText] = []
        regex.enumerateMatches(in: light.text, range: NSRange(location: 0, length: light.utf16Count)) { result, _, stop in
            guard let r = result?.range, r.length > 0 else { return }
            let a = Int(light.origin[r.location])
            let b = Int(light.origin[r.location + r.length - 1])
            let text = String(String.UnicodeScalarView(segment.scalars[max(a, segment.virtualPrefix)...max(b, segment.virtualPrefix)]))
            out.append(LocatedText(text: text, location: segment.location(ofOriginal: a)))
            if out.count >= limit { stop.pointee = true }
        }
        return out
    }

    func firstMatch(in segment: PreparedSegment) -> LocatedText? { matches(in: segment, limit: 1).first }
}

/// A segment's lightly folded text for regular expressions, with the way back to the original.
struct LightText {
    var text: String
    var utf16Count: Int
    /// Original scalar index of each UTF-16 unit of `text`.
    var origin: [Int32]

    init(_ scalars: [Unicode.Scalar], normalizer: Normalizer) {
        var out = String.UnicodeScalarView()
        var origin: [Int32] = []
        origin.reserveCapacity(scalars.count)
        for (i, s) in scalars.enumerated() {
            if s.isASCII {
                out.append(s)
                origin.append(Int32(i))
                continue
            }
            for f in normalizer.lightFold(s) {
                out.append(f)
                for _ in 0..<UTF16.width(f) { origin.append(Int32(i)) }
            }
        }
        text = String(out)
        utf16Count = origin.count
        self.origin = origin
    }
}
