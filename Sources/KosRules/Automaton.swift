import Glibc

/// An Aho–Corasick automaton over folded Unicode scalars: every pattern found in one pass.
///
/// Symbols are the scalars that occur in some pattern, numbered densely; any other scalar sends the
/// automaton back to the root. The root's transitions are one dense row; every other state is a block of
/// 64-bit words in one array — its failure link, a bitmap of its outgoing symbols hashed into 64 (or 128 … 512)
/// bins with no two in one bin, and its transitions in bin order — so a step reads one place in memory (the
/// state's block) and finds a transition without searching: the symbol's bit says whether it may be there, the
/// bits before it say where, and one comparison confirms it. A state whose symbols no multiplier spreads apart
/// keeps them sorted and is searched. A state is named by its block's offset.
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
        /// The root's transition for each symbol (a block offset, `outputFlag` set where it reports).
        let rootRow: UnsafeMutableBufferPointer<UInt32>
        /// Each state's block: [failure offset | count << 32 | bitmap words << 48], [state number | multiplier << 32],
        /// the bitmap's words (none: the transitions are sorted by symbol), with more than one a word of their
        /// running bit counts (a byte each), then `count` transitions (symbol << 32 | target).
        let blocks: UnsafeMutableBufferPointer<UInt64>
        /// By state number: where its patterns start in `outputs`.
        let outStart: UnsafeMutableBufferPointer<Int32>
        let outputs: UnsafeMutableBufferPointer<Int32>
        /// By state number: the nearest proper suffix state that reports (-1 for none).
        let dictLinks: UnsafeMutableBufferPointer<Int32>
        let patternLengths: UnsafeMutableBufferPointer<Int32>

        /// Adopts `symbolTable` (from `calloc`); copies the rest.
        init(_ symbolTable: UnsafeMutableBufferPointer<UInt16>, _ rootRow: [UInt32], _ blocks: [UInt64], _ outStart: [Int32],
             _ outputs: [Int32], _ dictLinks: [Int32], _ patternLengths: [Int32]) {
            func copy<T>(_ a: [T]) -> UnsafeMutableBufferPointer<T> {
                let b = UnsafeMutableBufferPointer<T>.allocate(capacity: max(a.count, 1))
                _ = b.initialize(from: a)
                return b
            }
            self.symbolTable = symbolTable
            self.rootRow = copy(rootRow)
            self.blocks = copy(blocks)
            self.outStart = copy(outStart)
            self.outputs = copy(outputs)
            self.dictLinks = copy(dictLinks)
            self.patternLengths = copy(patternLengths)
        }

        deinit {
            free(symbolTable.baseAddress)
            rootRow.deallocate()
            blocks.deallocate()
            outStart.deallocate()
            outputs.deallocate()
            dictLinks.deallocate()
            patternLengths.deallocate()
        }
    }

    /// Set on a transition's target (and a root-row entry) when that state reports matches, its own or
    /// through its dictionary link, so the common state costs no further load.
    static let outputFlag: UInt32 = 1 << 31
    /// Words before a block's bitmap.
    static let header = 2
    /// Bitmap widths tried, in 64-bit words, and the multipliers tried with each (odd, spread).
    static let widths = [1, 2, 4, 8]
    static let multipliers: [UInt32] = {
        var x: UInt64 = 0x2545_F491_4F6C_DD1D
        return (0..<16).map { _ in
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return UInt32(truncatingIfNeeded: z ^ (z >> 31)) | 1
        }
    }()

    /// The bin of `symbol` in a bitmap of `64 << log2Words` bins.
    @inline(__always)
    static func bin(_ symbol: UInt16, _ multiplier: UInt32, _ log2Words: Int) -> Int {
        Int((UInt32(symbol) &* multiplier) >> UInt32(26 - log2Words))
    }

    /// The narrowest bitmap and a multiplier that put each of `symbols` in a bin of its own; nil for a state
    /// searched instead (two transitions or fewer, or none found).
    static func spread(_ symbols: ArraySlice<UInt16>) -> (words: Int, multiplier: UInt32)? {
        guard symbols.count > 2, symbols.count <= 255 else { return nil }
        var used = [UInt64](repeating: 0, count: widths.last!)
        for words in widths where symbols.count <= 32 * words {
            let log2 = words.trailingZeroBitCount
            tries: for m in multipliers {
                for k in 0..<words { used[k] = 0 }
                for s in symbols {
                    let b = bin(s, m, log2)
                    let bit: UInt64 = 1 << UInt64(b & 63)
                    if used[b >> 6] & bit != 0 { continue tries }
                    used[b >> 6] |= bit
                }
                return (words, m)
            }
        }
        return nil
    }

    private let tables: Tables
    private let symbolOverflow: [UInt32: UInt16]
    let stateCount: Int

    private static let symbolTableSize = 0x30000

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

        // Trie, built from the patterns in sorted order: each shares its prefix with the one before, and every node's
        // children are met in increasing symbol order, so they are kept as one flat, sorted edge list (no table a node).
        var keys = [[UInt16]](repeating: [], count: patterns.count)
        for (index, pattern) in patterns.enumerated() { keys[index] = pattern.map(symbol) }
        let order = keys.indices.filter { !keys[$0].isEmpty }.sorted { a, b in
            keys[a].lexicographicallyPrecedes(keys[b]) || (keys[a] == keys[b] && a < b)
        }
        var edgeParent: [Int32] = [], edgeSymbol: [UInt16] = [], edgeChild: [Int32] = []
        var terminalNode: [Int32] = [], terminalPattern: [Int32] = []
        var n = 1
        var path: [Int32] = [0]
        var previous: [UInt16] = []
        for index in order {
            let key = keys[index]
            var shared = 0
            while shared < min(key.count, previous.count), key[shared] == previous[shared] { shared += 1 }
            path.removeSubrange((shared + 1)...)
            for depth in shared..<key.count {
                edgeParent.append(path[depth])
                edgeSymbol.append(key[depth])
                edgeChild.append(Int32(n))
                path.append(Int32(n))
                n += 1
            }
            terminalNode.append(path[key.count])
            terminalPattern.append(Int32(index))
            previous = key
        }
        let symbolCount = Int(nextSymbol)
        // Each node's edges together (a stable counting sort by parent keeps them in symbol order), and its patterns.
        func grouped(_ owners: [Int32]) -> (start: [Int], order: [Int]) {
            var start = [Int](repeating: 0, count: n + 1)
            for o in owners { start[Int(o) + 1] += 1 }
            for i in 0..<n { start[i + 1] += start[i] }
            var next = start
            var order = [Int](repeating: 0, count: owners.count)
            for (k, o) in owners.enumerated() {
                order[next[Int(o)]] = k
                next[Int(o)] += 1
            }
            return (start, order)
        }
        let (edgeStart, edgeOrder) = grouped(edgeParent)
        let childSymbols = edgeOrder.map { edgeSymbol[$0] }, childStates = edgeOrder.map { edgeChild[$0] }
        let (outStart, outputOrder) = grouped(terminalNode)
        let outputs = outputOrder.map { terminalPattern[$0] }
        func children(_ state: Int) -> Range<Int> { edgeStart[state]..<edgeStart[state + 1] }
        func child(_ state: Int32, _ s: UInt16) -> Int32? {
            var lo = edgeStart[Int(state)], hi = edgeStart[Int(state) + 1]
            while lo < hi {
                let mid = (lo + hi) / 2
                if childSymbols[mid] < s { lo = mid + 1 } else { hi = mid }
            }
            return lo < edgeStart[Int(state) + 1] && childSymbols[lo] == s ? childStates[lo] : nil
        }
        func reports(_ state: Int) -> Bool { outStart[state] < outStart[state + 1] }

        // Failure and dictionary-suffix links, breadth first.
        var fail = [Int32](repeating: 0, count: n)
        var dictLink = [Int32](repeating: -1, count: n)
        var queue: [Int32] = []
        queue.reserveCapacity(n)
        for e in children(0) { queue.append(childStates[e]) }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for e in children(Int(state)) {
                let s = childSymbols[e], next = childStates[e]
                var f = fail[Int(state)]
                while f != 0, child(f, s) == nil { f = fail[Int(f)] }
                let target = child(f, s) ?? 0
                fail[Int(next)] = target == next ? 0 : target
                let fc = Int(fail[Int(next)])
                dictLink[Int(next)] = reports(fc) ? Int32(fc) : dictLink[fc]
                queue.append(next)
            }
        }

        // Each state's layout, then its block, breadth first (states near the root, which most text visits, lie
        // together).
        var layout = [(words: Int, multiplier: UInt32)?](repeating: nil, count: n)
        func blockSize(_ state: Int) -> Int {
            let words = layout[state]?.words ?? 0
            return Self.header + words + (words > 1 ? 1 : 0) + children(state).count
        }
        var offset = [Int](repeating: 0, count: n)
        var size = blockSize(0)
        for state in queue {
            layout[Int(state)] = Self.spread(childSymbols[children(Int(state))])
            offset[Int(state)] = size
            size += blockSize(Int(state))
        }
        precondition(size < Int(Self.outputFlag), "lexicon too large for one automaton")
        func target(_ state: Int32) -> UInt32 {
            let o = UInt32(offset[Int(state)])
            return (!reports(Int(state)) && dictLink[Int(state)] < 0) ? o : o | Self.outputFlag
        }
        var rootRow = [UInt32](repeating: 0, count: symbolCount)
        for e in children(0) { rootRow[Int(childSymbols[e])] = target(childStates[e]) }
        var blocks = [UInt64](repeating: 0, count: size)
        for state in 0..<n {
            let o = offset[state]
            let edges = children(state)
            let words = layout[state]?.words ?? 0
            let multiplier = layout[state]?.multiplier ?? 0
            blocks[o] = UInt64(words) << 48 | UInt64(edges.count) << 32 | UInt64(offset[Int(fail[state])])
            blocks[o + 1] = UInt64(multiplier) << 32 | UInt64(state)
            var first = o + Self.header + words + (words > 1 ? 1 : 0)
            guard state != 0, words > 0 else {
                // Searched: by symbol.
                for e in edges {
                    blocks[first] = UInt64(childSymbols[e]) << 32 | UInt64(target(childStates[e]))
                    first += 1
                }
                continue
            }
            let log2 = words.trailingZeroBitCount
            let byBin = edges.sorted { Self.bin(childSymbols[$0], multiplier, log2) < Self.bin(childSymbols[$1], multiplier, log2) }
            for e in byBin {
                let b = Self.bin(childSymbols[e], multiplier, log2)
                blocks[o + Self.header + (b >> 6)] |= 1 << UInt64(b & 63)
                blocks[first] = UInt64(childSymbols[e]) << 32 | UInt64(target(childStates[e]))
                first += 1
            }
            if words > 1 {
                var running: UInt64 = 0, counts: UInt64 = 0
                for k in 0..<words {
                    counts |= running << UInt64(8 * k)
                    running += UInt64(blocks[o + Self.header + k].nonzeroBitCount)
                }
                blocks[o + Self.header + words] = counts
            }
        }

        self.tables = Tables(symbolTable, rootRow, blocks, outStart.map { Int32($0) }, outputs, dictLink, patterns.map { Int32($0.count) })
        self.symbolOverflow = overflow
        self.stateCount = n
    }

    /// Calls `report` for every occurrence of every pattern in `text`.
    func scan(_ text: [UInt32], _ report: (Match) -> Void) {
        text.withUnsafeBufferPointer { scan($0, report) }
    }

    func scan(_ buffer: UnsafeBufferPointer<UInt32>, _ report: (Match) -> Void) {
        let t = tables
        let blocks = t.blocks.baseAddress!, outStart = t.outStart.baseAddress!, outputs = t.outputs.baseAddress!
        let dictLinks = t.dictLinks.baseAddress!, lengths = t.patternLengths.baseAddress!
        let flag = Self.outputFlag
        withExtendedLifetime(t) {
            var state: UInt32 = 0
            for i in 0..<buffer.count {
                let next = step(state, buffer[i])
                state = next & ~flag
                guard next & flag != 0 else { continue }
                // The state's own patterns, then those of its dictionary links (state numbers, not offsets).
                var o = Int32(truncatingIfNeeded: blocks[Int(state) + 1])
                if outStart[Int(o)] == outStart[Int(o) + 1] { o = dictLinks[Int(o)] }
                while o > 0 {
                    for k in outStart[Int(o)]..<outStart[Int(o) + 1] {
                        let p = outputs[Int(k)]
                        report(Match(pattern: p, start: Int32(i + 1) - lengths[Int(p)], end: Int32(i + 1)))
                    }
                    o = dictLinks[Int(o)]
                }
            }
        }
    }

    /// The state after reading `v` in `state`, with `outputFlag` set when it reports.
    @inline(__always)
    private func step(_ state: UInt32, _ v: UInt32) -> UInt32 {
        let t = tables
        let symbol: UInt16 = v < UInt32(Self.symbolTableSize) ? t.symbolTable[Int(v)] : (symbolOverflow[v] ?? 0)
        if symbol == 0 { return 0 }
        let blocks = t.blocks.baseAddress!
        var state = state
        while state != 0 {
            let block = blocks + Int(state)
            let links = block[0]
            let words = Int(truncatingIfNeeded: links >> 48)
            if words == 1 {
                // One word of bins: the bit, and the bits before it for the transition's place.
                let b = Self.bin(symbol, UInt32(truncatingIfNeeded: block[1] >> 32), 0)
                let bits = block[Self.header]
                let bit: UInt64 = 1 << UInt64(b)
                if bits & bit != 0 {
                    let entry = block[Self.header + 1 + (bits & (bit &- 1)).nonzeroBitCount]
                    if entry >> 32 == UInt64(symbol) { return UInt32(truncatingIfNeeded: entry) }
                }
            } else if words > 1 {
                let b = Self.bin(symbol, UInt32(truncatingIfNeeded: block[1] >> 32), words.trailingZeroBitCount)
                let bits = block[Self.header + (b >> 6)]
                let bit: UInt64 = 1 << UInt64(b & 63)
                if bits & bit != 0 {
                    let before = Int(truncatingIfNeeded: (block[Self.header + words] >> UInt64(8 * (b >> 6))) & 0xFF)
                    let entry = block[Self.header + words + 1 + before + (bits & (bit &- 1)).nonzeroBitCount]
                    if entry >> 32 == UInt64(symbol) { return UInt32(truncatingIfNeeded: entry) }
                }
            } else if let found = Self.transition(block + Self.header, count: Int(truncatingIfNeeded: (links >> 32) & 0xFFFF), symbol) {
                return found
            }
            state = UInt32(truncatingIfNeeded: links)
        }
        return t.rootRow[Int(symbol)]
    }

    /// The target of `symbol` among `count` transitions sorted by symbol, or nil.
    @inline(__always)
    private static func transition(_ transitions: UnsafeMutablePointer<UInt64>, count: Int, _ symbol: UInt16) -> UInt32? {
        let key = UInt64(symbol)
        // Narrowed to the first transition whose symbol is not below `symbol` (lo...hi), then read in order.
        var lo = 0, hi = count
        while hi - lo > 8 {
            let mid = (lo + hi) / 2
            if transitions[mid] >> 32 < key { lo = mid + 1 } else { hi = mid }
        }
        while lo < count {
            let entry = transitions[lo]
            let s = entry >> 32
            if s == key { return UInt32(truncatingIfNeeded: entry) }
            if s > key { return nil }
            lo += 1
        }
        return nil
    }
}
