/// An Aho–Corasick automaton over folded Unicode scalars: every pattern found in one pass.
///
/// Symbols are the scalars that occur in some pattern, numbered densely; any other scalar sends the
/// automaton back to the root. Transitions live in one open-addressing hash table keyed by
/// (state, symbol), with a dense row for the root, so memory stays linear in the patterns.
struct Automaton: Sendable {
    struct Match: Hashable {
        var pattern: Int32
        /// Index of the first and one past the last folded scalar.
        var start: Int32
        var end: Int32
    }

    private var symbolTable: [UInt16]
    private var symbolOverflow: [UInt32: UInt16] = [:]
    private var rootRow: [Int32]
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private var fail: [Int32]
    private var dictLink: [Int32]
    private var outStart: [Int32]
    private var outputs: [Int32]
    private(set) var patternLengths: [Int32]
    let stateCount: Int

    private static let symbolTableSize = 0x30000
    private static let empty = UInt64.max

    /// Builds the automaton; pattern `i` of `patterns` is reported as `i`. Empty patterns never match.
    init(patterns: [[UInt32]]) {
        var symbolTable = [UInt16](repeating: 0, count: Self.symbolTableSize)
        var overflow: [UInt32: UInt16] = [:]
        var nextSymbol: UInt16 = 1
        func symbol(_ v: UInt32) -> UInt16 {
            if v < Self.symbolTableSize {
                if symbolTable[Int(v)] == 0 {
                    precondition(nextSymbol < UInt16.max, "more than 65,534 distinct characters in one lexicon")
                    symbolTable[Int(v)] = nextSymbol
                    nextSymbol += 1
                }
                return symbolTable[Int(v)]
            }
            if let s = overflow[v] { return s }
            overflow[v] = nextSymbol
            nextSymbol += 1
            return nextSymbol - 1
        }

        // Trie.
        var children: [[UInt16: Int32]] = [[:]]
        var terminal: [[Int32]] = [[]]
        var depth: [Int32] = [0]
        for (index, pattern) in patterns.enumerated() where !pattern.isEmpty {
            var state: Int32 = 0
            for v in pattern {
                let s = symbol(v)
                if let next = children[Int(state)][s] {
                    state = next
                } else {
                    let next = Int32(children.count)
                    children.append([:])
                    terminal.append([])
                    depth.append(depth[Int(state)] + 1)
                    children[Int(state)][s] = next
                    state = next
                }
            }
            terminal[Int(state)].append(Int32(index))
        }
        let n = children.count
        let symbolCount = Int(nextSymbol)

        // Failure and dictionary-suffix links, breadth first.
        var fail = [Int32](repeating: 0, count: n)
        var dictLink = [Int32](repeating: -1, count: n)
        var queue: [Int32] = []
        queue.reserveCapacity(n)
        for (_, child) in children[0] { queue.append(child) }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (s, child) in children[Int(state)] {
                var f = fail[Int(state)]
                while f != 0, children[Int(f)][s] == nil { f = fail[Int(f)] }
                let target = children[Int(f)][s] ?? 0
                fail[Int(child)] = target == child ? 0 : target
                let fc = Int(fail[Int(child)])
                dictLink[Int(child)] = terminal[fc].isEmpty ? dictLink[fc] : Int32(fc)
                queue.append(child)
            }
        }

        // Flat tables.
        var rootRow = [Int32](repeating: 0, count: symbolCount)
        for (s, child) in children[0] { rootRow[Int(s)] = child }
        var edgeCount = 0
        for c in children.dropFirst() { edgeCount += c.count }
        var capacity = 16
        while capacity < edgeCount * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: Self.empty, count: capacity)
        var values = [Int32](repeating: 0, count: capacity)
        let mask = capacity - 1
        for state in 1..<max(n, 1) {
            for (s, child) in children[state] {
                let key = UInt64(state) << 16 | UInt64(s)
                var slot = Self.hash(key) & mask
                while keys[slot] != Self.empty { slot = (slot + 1) & mask }
                keys[slot] = key
                values[slot] = child
            }
        }
        var outStart = [Int32](repeating: 0, count: n + 1)
        var outputs: [Int32] = []
        for state in 0..<n {
            outStart[state] = Int32(outputs.count)
            outputs.append(contentsOf: terminal[state])
        }
        outStart[n] = Int32(outputs.count)

        self.symbolTable = symbolTable
        self.symbolOverflow = overflow
        self.rootRow = rootRow
        self.keys = keys
        self.values = values
        self.mask = mask
        self.fail = fail
        self.dictLink = dictLink
        self.outStart = outStart
        self.outputs = outputs
        self.patternLengths = patterns.map { Int32($0.count) }
        self.stateCount = n
    }

    @inline(__always)
    private static func hash(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29)
    }

    @inline(__always)
    private func next(_ state: Int32, _ symbol: UInt16) -> Int32 {
        if state == 0 { return rootRow[Int(symbol)] }
        let key = UInt64(state) << 16 | UInt64(symbol)
        var slot = Self.hash(key) & mask
        while true {
            let k = keys[slot]
            if k == key { return values[slot] }
            if k == Self.empty { return -1 }
            slot = (slot + 1) & mask
        }
    }

    /// Calls `report` for every occurrence of every pattern in `text`.
    func scan(_ text: [UInt32], _ report: (Match) -> Void) {
        var state: Int32 = 0
        text.withUnsafeBufferPointer { buffer in
            for i in 0..<buffer.count {
                let v = buffer[i]
                let symbol: UInt16 = v < Self.symbolTableSize ? symbolTable[Int(v)] : (symbolOverflow[v] ?? 0)
                if symbol == 0 {
                    state = 0
                    continue
                }
                while true {
                    let n = next(state, symbol)
                    if n > 0 {
                        state = n
                        break
                    }
                    if state == 0 { break }
                    state = fail[Int(state)]
                }
                var o = outStart[Int(state)] < outStart[Int(state) + 1] ? state : dictLink[Int(state)]
                while o > 0 {
                    for k in outStart[Int(o)]..<outStart[Int(o) + 1] {
                        let p = outputs[Int(k)]
                        report(Match(pattern: p, start: Int32(i + 1) - patternLengths[Int(p)], end: Int32(i + 1)))
                    }
                    o = dictLink[Int(o)]
                }
            }
        }
    }
}
