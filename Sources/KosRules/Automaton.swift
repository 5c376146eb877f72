import Glibc

/// An Aho–Corasick automaton over folded Unicode scalars: every pattern found in one pass.
///
/// Symbols are the scalars that occur in some pattern, numbered densely; any other scalar sends the
/// automaton back to the root. The root's transitions are one dense row; every other state is a block of
/// 64-bit words in one array — a summary of its outgoing symbols, its failure link, and its transitions
/// sorted by symbol — so a step reads one place in memory (the state's block), where a table of
/// (state, symbol) keys beside an array of states read two. A state is named by its block's offset.
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
        /// Each state's block: [outgoing-symbol summary (bit `symbol & 63`)], [failure offset | count << 32],
        /// [state number], then `count` transitions (symbol << 32 | target), by symbol.
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
    /// Words before a block's transitions.
    static let header = 3

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

        // Blocks, breadth first (states near the root, which most text visits, lie together).
        var offset = [Int](repeating: 0, count: n)
        var size = Self.header + children(0).count
        for state in queue {
            offset[Int(state)] = size
            size += Self.header + children(Int(state)).count
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
            var summary: UInt64 = 0
            for (k, e) in children(state).enumerated() {
                summary |= 1 << UInt64(childSymbols[e] & 63)
                blocks[o + Self.header + k] = UInt64(childSymbols[e]) << 32 | UInt64(target(childStates[e]))
            }
            blocks[o] = summary
            blocks[o + 1] = UInt64(children(state).count) << 32 | UInt64(offset[Int(fail[state])])
            blocks[o + 2] = UInt64(state)
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
                var o = Int32(truncatingIfNeeded: blocks[Int(state) + 2])
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
            let links = block[1]
            if block[0] & (1 << UInt64(symbol & 63)) != 0, let found = Self.transition(block, count: Int(links >> 32), symbol) {
                return found
            }
            state = UInt32(truncatingIfNeeded: links)
        }
        return t.rootRow[Int(symbol)]
    }

    /// The target of `symbol` among a block's `count` transitions (sorted by symbol), or nil.
    @inline(__always)
    private static func transition(_ block: UnsafeMutablePointer<UInt64>, count: Int, _ symbol: UInt16) -> UInt32? {
        let key = UInt64(symbol)
        let end = header + count
        // Narrowed to the first transition whose symbol is not below `symbol` (lo...hi), then read in order.
        var lo = header, hi = end
        while hi - lo > 8 {
            let mid = (lo + hi) / 2
            if block[mid] >> 32 < key { lo = mid + 1 } else { hi = mid }
        }
        while lo < end {
            let entry = block[lo]
            let s = entry >> 32
            if s == key { return UInt32(truncatingIfNeeded: entry) }
            if s > key { return nil }
            lo += 1
        }
        return nil
    }
}
