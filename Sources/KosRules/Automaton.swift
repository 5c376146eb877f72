import Glibc

/// An Aho–Corasick automaton over folded Unicode scalars: every pattern found in one pass.
///
/// Symbols are the scalars that occur in some pattern, numbered densely; any other scalar sends the
/// automaton back to the root. Transitions live in one open-addressing hash table keyed by
/// (state, symbol), with a dense row for the root, so memory stays linear in the patterns.
struct Automaton: @unchecked Sendable {
    struct Match: Hashable {
        var pattern: Int32
        /// Index of the first and one past the last folded scalar.
        var start: Int32
        var end: Int32
    }

    /// The tables, in buffers that live as long as the automaton: the scan loop reads them through raw
    /// pointers, without bounds checks or reference counting per character.
    final class Tables {
        let symbolTable: UnsafeMutableBufferPointer<UInt16>
        let rootRow: UnsafeMutableBufferPointer<Int32>
        let keys: UnsafeMutableBufferPointer<UInt64>
        let fail: UnsafeMutableBufferPointer<Int32>
        let dictLink: UnsafeMutableBufferPointer<Int32>
        let outStart: UnsafeMutableBufferPointer<Int32>
        let outputs: UnsafeMutableBufferPointer<Int32>
        let patternLengths: UnsafeMutableBufferPointer<Int32>
        /// Per state, in one 16-byte row: a 64-bit summary of its outgoing symbols (bit `symbol & 63`,
        /// so most misses are decided without probing the transition table) and its failure link.
        let rows: UnsafeMutableBufferPointer<StateRow>

        /// Adopts `symbolTable` (from `calloc`); copies the rest.
        init(_ symbolTable: UnsafeMutableBufferPointer<UInt16>, _ rootRow: [Int32], _ keys: [UInt64], _ values: [Int32], _ fail: [Int32],
             _ dictLink: [Int32], _ outStart: [Int32], _ outputs: [Int32], _ patternLengths: [Int32], _ rows: [StateRow]) {
            func copy<T>(_ a: [T]) -> UnsafeMutableBufferPointer<T> {
                let b = UnsafeMutableBufferPointer<T>.allocate(capacity: max(a.count, 1))
                _ = b.initialize(from: a)
                return b
            }
            self.symbolTable = symbolTable
            self.rootRow = copy(rootRow)
            self.keys = copy(keys)
            self.fail = copy(fail)
            self.dictLink = copy(dictLink)
            self.outStart = copy(outStart)
            self.outputs = copy(outputs)
            self.patternLengths = copy(patternLengths)
            self.rows = copy(rows)
        }

        deinit {
            free(symbolTable.baseAddress)
            for b in [rootRow.baseAddress.map(UnsafeMutableRawPointer.init),
                      keys.baseAddress.map(UnsafeMutableRawPointer.init),
                      fail.baseAddress.map(UnsafeMutableRawPointer.init), dictLink.baseAddress.map(UnsafeMutableRawPointer.init),
                      outStart.baseAddress.map(UnsafeMutableRawPointer.init), outputs.baseAddress.map(UnsafeMutableRawPointer.init),
                      patternLengths.baseAddress.map(UnsafeMutableRawPointer.init), rows.baseAddress.map(UnsafeMutableRawPointer.init)] {
                b?.deallocate()
            }
        }
    }

    struct StateRow {
        var edges: UInt64
        var fail: Int32
        var dictLink: Int32
    }

    /// Set on a transition's target (and a root-row entry) when that state reports matches, its own or
    /// through its dictionary link, so the common state costs no further load.
    static let outputFlag: Int32 = 1 << 23

    private let tables: Tables
    private let symbolOverflow: [UInt32: UInt16]
    private let mask: Int
    let stateCount: Int

    private static let symbolTableSize = 0x30000
    private static let empty = UInt64.max

    /// Builds the automaton; pattern `i` of `patterns` is reported as `i`. Empty patterns never match.
    init(patterns: [[UInt32]]) {
        // From calloc, which takes fresh zeroed pages from the kernel for a table this size: only the pages a
        // pattern's or a scanned text's characters touch are ever mapped (a few of its 384 KB for Chinese and
        // Latin), where an array would zero and copy all of it at every start.
        guard let zeroed = calloc(Self.symbolTableSize, MemoryLayout<UInt16>.stride) else { fatalError("out of memory") }
        let symbolTable = UnsafeMutableBufferPointer(start: zeroed.assumingMemoryBound(to: UInt16.self), count: Self.symbolTableSize)
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
        // One word per transition: (state, symbol) in the high 40 bits, the target in the low 24, so a
        // probe is one load. States beyond 2^24 would not fit; no lexicon comes near (5,000 terms: ~20,000).
        precondition(n < 1 << 24, "lexicon too large for one automaton")
        var keys = [UInt64](repeating: Self.empty, count: capacity)
        let values: [Int32] = []
        let mask = capacity - 1
        precondition(n < Int(Self.outputFlag), "lexicon too large for one automaton")
        func flagged(_ state: Int32) -> Int32 {
            (terminal[Int(state)].isEmpty && dictLink[Int(state)] < 0) ? state : state | Self.outputFlag
        }
        var rows = [StateRow](repeating: StateRow(edges: 0, fail: 0, dictLink: -1), count: max(n, 1))
        for state in 0..<n {
            rows[state].fail = fail[state]
            rows[state].dictLink = dictLink[state]
        }
        for state in 1..<max(n, 1) {
            for (s, child) in children[state] {
                rows[state].edges |= 1 << UInt64(s & 63)
                let key = UInt64(state) << 16 | UInt64(s)
                var slot = Self.hash(key) & mask
                while keys[slot] != Self.empty { slot = (slot + 1) & mask }
                keys[slot] = key << 24 | UInt64(UInt32(flagged(child)))
            }
        }
        for s in 0..<rootRow.count where rootRow[s] > 0 { rootRow[s] = flagged(rootRow[s]) }
        var outStart = [Int32](repeating: 0, count: n + 1)
        var outputs: [Int32] = []
        for state in 0..<n {
            outStart[state] = Int32(outputs.count)
            outputs.append(contentsOf: terminal[state])
        }
        outStart[n] = Int32(outputs.count)

        self.tables = Tables(symbolTable, rootRow, keys, values, fail, dictLink, outStart, outputs, patterns.map { Int32($0.count) }, rows)
        self.symbolOverflow = overflow
        self.mask = mask
        self.stateCount = n
    }

    @inline(__always)
    static func hash(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29)
    }
    /// Calls `report` for every occurrence of every pattern in `text`.
    func scan(_ text: [UInt32], _ report: (Match) -> Void) {
        text.withUnsafeBufferPointer { scan($0, report) }
    }

    func scan(_ buffer: UnsafeBufferPointer<UInt32>, _ report: (Match) -> Void) {
        let t = tables
        let symbols = t.symbolTable.baseAddress!, root = t.rootRow.baseAddress!, keys = t.keys.baseAddress!
        let rows = t.rows.baseAddress!, outStart = t.outStart.baseAddress!, outputs = t.outputs.baseAddress!
        let lengths = t.patternLengths.baseAddress!
        let mask = self.mask
        let tableSize = UInt32(Self.symbolTableSize)
        let flag = Self.outputFlag
        var state: Int32 = 0
        withExtendedLifetime(t) {
            for i in 0..<buffer.count {
                let v = buffer[i]
                let symbol: UInt16 = v < tableSize ? symbols[Int(v)] : (symbolOverflow[v] ?? 0)
                if symbol == 0 {
                    state = 0
                    continue
                }
                var next: Int32 = 0
                while true {
                    if state == 0 {
                        next = root[Int(symbol)]
                        break
                    }
                    let row = rows[Int(state)]
                    if row.edges & (1 << UInt64(symbol & 63)) != 0 {
                        let key = UInt64(state) << 16 | UInt64(symbol)
                        var slot = Self.hash(key) & mask
                        var found: Int32 = -1
                        while true {
                            let k = keys[slot]
                            if k >> 24 == key { found = Int32(truncatingIfNeeded: k & 0xFF_FFFF); break }
                            if k == Self.empty { break }
                            slot = (slot + 1) & mask
                        }
                        if found > 0 {
                            next = found
                            break
                        }
                    }
                    state = row.fail
                }
                state = next & ~flag
                guard next & flag != 0 else { continue }
                var o = outStart[Int(state)] < outStart[Int(state) + 1] ? state : rows[Int(state)].dictLink
                while o > 0 {
                    for k in outStart[Int(o)]..<outStart[Int(o) + 1] {
                        let p = outputs[Int(k)]
                        report(Match(pattern: p, start: Int32(i + 1) - lengths[Int(p)], end: Int32(i + 1)))
                    }
                    o = rows[Int(o)].dictLink
                }
            }
        }
    }
}
