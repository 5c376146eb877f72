extension String {
    /// The string the scalars spell, built from their UTF-8: `String(String.UnicodeScalarView(scalars))` appends
    /// them one by one, thousands of instructions for a word.
    public init<S: Sequence<Unicode.Scalar>>(scalars: S) {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(scalars.underestimatedCount)
        for scalar in scalars { UTF8.encode(scalar) { utf8.append($0) } }
        self = String(decoding: utf8, as: UTF8.self)
    }

    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}

extension StringProtocol where SubSequence == Substring {
    /// `split(separator:omittingEmptySubsequences: false)` at an ASCII separator: on the bytes when the text is ASCII
    /// (each byte is then a character), character by character otherwise.
    func fields(separatedBy separator: UInt8) -> [Substring] {
        let utf8 = self.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return split(separator: Character(Unicode.Scalar(separator)), omittingEmptySubsequences: false)
        }
        var out: [Substring] = []
        var start = utf8.startIndex
        var i = utf8.startIndex
        while i < utf8.endIndex {
            if utf8[i] == separator {
                out.append(self[start..<i])
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        out.append(self[start..<utf8.endIndex])
        return out
    }
}
