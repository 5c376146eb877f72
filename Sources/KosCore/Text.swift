extension String {
    /// The string the scalars spell, built from their UTF-8: `String(String.UnicodeScalarView(scalars))` appends
    /// them one by one, thousands of instructions for a word.
    /// Measured first and written in place: a word of up to 15 bytes is stored in the string itself, with no
    /// allocation at all.
    @inlinable
    public init<C: Collection<Unicode.Scalar>>(scalars: C) {
        var count = 0
        for scalar in scalars { count += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var i = 0
            for scalar in scalars { UTF8.encode(scalar) { buffer[i] = $0; i += 1 } }
            return i
        }
    }

    /// `pieces` joined with `separator` between each two, written in place once their length is known.
    public init(joining pieces: [String], separator: String) {
        guard pieces.count > 1 else {
            self = pieces.first ?? ""
            return
        }
        let total = pieces.reduce(0) { $0 + $1.utf8.count } + (pieces.count - 1) * separator.utf8.count
        self.init(unsafeUninitializedCapacity: total) { buffer in
            var i = 0
            func put(_ s: String) {
                var s = s
                s.withUTF8 { bytes in
                    if let from = bytes.baseAddress, bytes.count > 0 { (buffer.baseAddress! + i).update(from: from, count: bytes.count) }
                    i += bytes.count
                }
            }
            put(pieces[0])
            for piece in pieces.dropFirst() {
                put(separator)
                put(piece)
            }
            return i
        }
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
