import KosCore

/// "Did you mean" for misspelt keys and ids.
public enum Suggestion {
    /// The candidate closest to `word` within a small edit distance, if any.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let limit = max(1, min(3, word.count / 3))
        var best: (String, Int)?
        for c in candidates {
            let d = distance(word.lowercased(), c.lowercased())
            if d <= limit, best == nil || d < best!.1 { best = (c, d) }
        }
        return best?.0
    }

    /// `sentence`, followed by "did you mean …?" when a candidate is close to `word`.
    static func appended(to sentence: String, _ word: String, _ candidates: [String]) -> String {
        guard let match = closest(to: word, in: candidates) else { return sentence }
        return tr("\(sentence); did you mean '\(match)'?")
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }
}
