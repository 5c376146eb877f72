import KosCore
/// A time budget for matching: once its deadline passes, matching stops and says so.
public struct RegexBudget: Sendable {
    public let deadline: ContinuousClock.Instant?
    /// Whether matching stopped because the deadline passed.
    public internal(set) var exceeded = false
    var ticks = 0
    /// Threads stepped and states visited so far: the work matching did, which grows linearly with the text.
    public internal(set) var work = 0

    public init(deadline: ContinuousClock.Instant? = nil) {
        self.deadline = deadline
    }

    public static let unlimited = RegexBudget()

    /// Counts work done; every few thousand steps looks at the clock. False once the deadline has passed.
    @inline(__always)
    mutating func tick() -> Bool {
        ticks &+= 1
        if ticks & 0x3FF == 0, let deadline, ContinuousClock.now >= deadline { exceeded = true }
        return !exceeded
    }
}

/// A regular expression matched in time linear in the text (a Pike VM over Unicode scalars, after RE2):
/// no input can make it backtrack, whatever the pattern. Look-arounds of bounded length are evaluated
/// where they stand, which keeps the bound; backreferences, atomic groups and possessive quantifiers,
/// which no linear engine can offer, are refused with their position.
///
/// Matches are leftmost-first, as in ICU and Perl. Immutable and safe to share between threads.
public final class LinearRegex: Sendable {
    public let pattern: String
    let program: Program
    /// How many programs (the pattern's and its look-arounds') a matcher needs scratch space for.
    let programCount: Int

    /// Compiles `pattern`; `ignoreCase` compares letters by their simple lowercase.
    public init(_ pattern: String, ignoreCase: Bool = false) throws(RegexError) {
        self.pattern = pattern
        var parser = RegexParser(pattern, ignoreCase: ignoreCase)
        let node = try parser.parse()
        var counter = 0
        program = try Compiler.compile(node, counter: &counter)
        programCount = counter
    }

    /// Non-overlapping, non-empty matches in `text` (scalar values), leftmost-first, at most `limit`.
    public func matches(in text: [UInt32], limit: Int = 100, budget: inout RegexBudget) -> [Range<Int>] {
        var out: [Range<Int>] = []
        text.withUnsafeBufferPointer { buffer in
            var matcher = Matcher(regex: self, text: buffer)
            var from = 0
            while from <= buffer.count, out.count < limit {
                guard let m = matcher.run(program, from: from, anchored: false, limit: buffer.count, requireEnd: nil, existence: false,
                                          budget: &budget) else { break }
                if m.upperBound > m.lowerBound {
                    out.append(m)
                    from = m.upperBound
                } else {
                    from = m.upperBound + 1
                }
            }
        }
        return out
    }

    public func matches(in text: [UInt32], limit: Int = 100) -> [Range<Int>] {
        var budget = RegexBudget.unlimited
        return matches(in: text, limit: limit, budget: &budget)
    }

    /// Matches in a string, as ranges of scalar offsets.
    public func matches(in text: String, limit: Int = 100) -> [Range<Int>] {
        matches(in: text.unicodeScalars.map(\.value), limit: limit)
    }

    /// Whether the pattern matches anywhere in `text`.
    public func contains(in text: String) -> Bool { !matches(in: text, limit: 1).isEmpty }
}

/// One instruction of a Pike VM program.
struct Instruction: Sendable {
    enum Op: UInt8, Sendable {
        case char, charFold, set, setFold, any, anyButNewline, split, jump, assert, look, match
    }
    var op: Op
    var a: Int32 = 0
    var b: Int32 = 0
}

struct Look: Sendable {
    let program: Program
    let behind: Bool
    let negated: Bool
    let minLength: Int
    let maxLength: Int
}

final class Program: Sendable {
    let id: Int
    let instructions: [Instruction]
    let sets: [CharSet]
    let looks: [Look]
    /// Whether any instruction compares case-insensitively (the matcher then folds the text once).
    let folds: Bool
    /// The characters a match can begin with, when that is a short list: an unanchored search skips every
    /// position that holds none of them instead of starting a thread there (RE2's first-byte acceleration).
    let first: FirstCharacters?

    init(id: Int, instructions: [Instruction], sets: [CharSet], looks: [Look]) {
        self.id = id
        self.instructions = instructions
        self.sets = sets
        self.looks = looks
        folds = instructions.contains { $0.op == .charFold || $0.op == .setFold } || looks.contains { $0.program.folds }
        first = FirstCharacters(instructions: instructions, sets: sets)
    }
}

/// The characters that can start a match, as bitmaps over the Basic Multilingual Plane (and ranges beyond
/// it): one compared with the text, one with its lowercase fold. Nil when a match can start with anything
/// — an empty match, an assertion or a look-around first, `.`, or a class such as `\p{Han}`.
struct FirstCharacters: Sendable {
    var exact = [UInt64](repeating: 0, count: 1024)
    /// Allocated by the first case-insensitive character (`usesFold`): most programs never need it.
    var folded: [UInt64] = []
    var exactBeyond: [ClosedRange<UInt32>] = []
    var foldedBeyond: [ClosedRange<UInt32>] = []
    var usesFold = false

    init?(instructions: [Instruction], sets: [CharSet]) {
        var seen = Set<Int32>()
        var stack: [Int32] = [0]
        var total = 0
        while let pc = stack.popLast() {
            guard seen.insert(pc).inserted else { continue }
            let inst = instructions[Int(pc)]
            switch inst.op {
            case .jump: stack.append(inst.a)
            case .split: stack.append(contentsOf: [inst.a, inst.b])
            case .char: add(UInt32(bitPattern: inst.a)...UInt32(bitPattern: inst.a), fold: false)
            case .charFold: add(UInt32(bitPattern: inst.a)...UInt32(bitPattern: inst.a), fold: true)
            case .set, .setFold:
                let set = sets[Int(inst.a)]
                guard set.classes.isEmpty, !set.negated else { return nil }
                for r in set.ranges {
                    total += Int(r.upperBound - r.lowerBound) + 1
                    guard total <= 0x10000 else { return nil }
                    // The fold of the text is compared only with what a case-insensitive set lists.
                    add(r, fold: false)
                    if inst.op == .setFold { add(r, fold: true) }
                }
            case .any, .anyButNewline, .assert, .look, .match: return nil
            }
        }
    }

    private mutating func add(_ r: ClosedRange<UInt32>, fold: Bool) {
        if fold, !usesFold {
            usesFold = true
            folded = [UInt64](repeating: 0, count: 1024)
        }
        for v in r where v < 0x10000 {
            if fold { folded[Int(v >> 6)] |= 1 << UInt64(v & 63) } else { exact[Int(v >> 6)] |= 1 << UInt64(v & 63) }
        }
        if r.upperBound >= 0x10000 {
            let beyond = max(r.lowerBound, 0x10000)...r.upperBound
            if fold { foldedBeyond.append(beyond) } else { exactBeyond.append(beyond) }
        }
    }

    @inline(__always)
    static func has(_ bits: [UInt64], _ beyond: [ClosedRange<UInt32>], _ v: UInt32) -> Bool {
        if v < 0x10000 { return bits.withUnsafeBufferPointer { $0[Int(v >> 6)] } & (1 << UInt64(v & 63)) != 0 }
        return beyond.contains { $0.contains(v) }
    }

    /// The first position at or after `from` (and before `limit`) where a match can start; `limit` when none.
    func next(from: Int, limit: Int, text: UnsafeBufferPointer<UInt32>, folded foldedText: [UInt32]) -> Int {
        var pos = from
        let checkFold = usesFold && !foldedText.isEmpty
        while pos < limit {
            let c = text[pos]
            if Self.has(exact, exactBeyond, c) { return pos }
            if checkFold, Self.has(folded, foldedBeyond, foldedText[pos]) { return pos }
            pos += 1
        }
        return limit
    }
}

struct Compiler {
    /// Counted repetitions are written out; past this size a pattern is refused rather than slow.
    static let maxInstructions = 20_000

    var instructions: [Instruction] = []
    var sets: [CharSet] = []
    var looks: [Look] = []

    static func compile(_ node: RegexNode, counter: inout Int) throws(RegexError) -> Program {
        let id = counter
        counter += 1
        var c = Compiler()
        try c.emit(node, counter: &counter)
        c.instructions.append(Instruction(op: .match))
        return Program(id: id, instructions: c.instructions, sets: c.sets, looks: c.looks)
    }

    @discardableResult
    mutating func append(_ op: Instruction.Op, _ a: Int32 = 0, _ b: Int32 = 0) throws(RegexError) -> Int {
        guard instructions.count < Self.maxInstructions else {
            throw RegexError(tr("the pattern is too large once its repetitions are written out (more than \(Self.maxInstructions) steps); use smaller counts"), at: 1)
        }
        instructions.append(Instruction(op: op, a: a, b: b))
        return instructions.count - 1
    }

    var pc: Int32 { Int32(instructions.count) }

    mutating func emit(_ node: RegexNode, counter: inout Int) throws(RegexError) {
        switch node {
        case .empty: break
        case .literal(let v, let fold): try append(fold ? .charFold : .char, Int32(bitPattern: v))
        case .set(let set, let fold):
            sets.append(set)
            try append(fold ? .setFold : .set, Int32(sets.count - 1))
        case .any(let dotAll): try append(dotAll ? .any : .anyButNewline)
        case .concat(let items):
            for item in items { try emit(item, counter: &counter) }
        case .alternation(let alts):
            var exits: [Int] = []
            for (k, alt) in alts.enumerated() {
                if k == alts.count - 1 {
                    try emit(alt, counter: &counter)
                } else {
                    let split = try append(.split, pc + 1, 0)
                    try emit(alt, counter: &counter)
                    exits.append(try append(.jump))
                    instructions[split].b = pc
                }
            }
            for e in exits { instructions[e].a = pc }
        case .repetition(let inner, let min, let max, let greedy):
            for _ in 0..<min { try emit(inner, counter: &counter) }
            if let max {
                var splits: [Int] = []
                for _ in min..<Swift.max(min, max) {
                    splits.append(try append(.split))
                    try emit(inner, counter: &counter)
                }
                for s in splits {
                    instructions[s].a = greedy ? Int32(s + 1) : pc
                    instructions[s].b = greedy ? pc : Int32(s + 1)
                }
            } else {
                let loop = try append(.split)
                try emit(inner, counter: &counter)
                try append(.jump, Int32(loop))
                instructions[loop].a = greedy ? Int32(loop + 1) : pc
                instructions[loop].b = greedy ? pc : Int32(loop + 1)
            }
        case .assertion(let a): try append(.assert, a.rawValue)
        case .look(let inner, let behind, let negated):
            let length = inner.length
            let program = try Compiler.compile(inner, counter: &counter)
            looks.append(Look(program: program, behind: behind, negated: negated, minLength: length.min, maxLength: length.max ?? 0))
            try append(.look, Int32(looks.count - 1))
        }
    }
}

/// The per-search state: thread lists and marks for each program, the text and its folded copy.
struct Matcher {
    struct Scratch {
        var current: [Int32] = []
        var currentStarts: [Int32] = []
        var next: [Int32] = []
        var nextStarts: [Int32] = []
        var marks: [UInt32]
        var generation: UInt32 = 0
        var stack: [Int32] = []

        init(size: Int) {
            marks = [UInt32](repeating: 0, count: size)
            current.reserveCapacity(size)
            currentStarts.reserveCapacity(size)
            next.reserveCapacity(size)
            nextStarts.reserveCapacity(size)
        }
    }

    let text: UnsafeBufferPointer<UInt32>
    let folded: [UInt32]
    var scratch: [Scratch?]

    init(regex: LinearRegex, text: UnsafeBufferPointer<UInt32>) {
        self.text = text
        folded = regex.program.folds ? text.map(simpleLowercase) : []
        scratch = Array(repeating: nil, count: regex.programCount)
    }

    @inline(__always)
    func isWord(_ i: Int) -> Bool {
        guard i >= 0, i < text.count else { return false }
        return CharacterClass.word.contains(text[i])
    }

    func holds(_ assertion: Assertion, at pos: Int) -> Bool {
        let n = text.count
        switch assertion {
        case .textStart: return pos == 0
        case .textEnd: return pos == n
        case .textEndOrFinalNewline: return pos == n || (pos == n - 1 && text[pos] == 0x0A)
        case .lineStart: return pos == 0 || text[pos - 1] == 0x0A
        case .lineEnd: return pos == n || text[pos] == 0x0A
        case .wordBoundary: return isWord(pos - 1) != isWord(pos)
        case .notWordBoundary: return isWord(pos - 1) == isWord(pos)
        }
    }

    mutating func holds(_ look: Look, at pos: Int, budget: inout RegexBudget) -> Bool {
        var found = false
        if look.behind {
            let earliest = max(0, pos - look.maxLength), latest = pos - look.minLength
            if latest >= earliest {
                for start in earliest...latest {
                    if run(look.program, from: start, anchored: true, limit: pos, requireEnd: pos, existence: true, budget: &budget) != nil {
                        found = true
                        break
                    }
                }
            }
        } else {
            let limit = min(text.count, pos + look.maxLength)
            found = run(look.program, from: pos, anchored: true, limit: limit, requireEnd: nil, existence: true, budget: &budget) != nil
        }
        return found != look.negated
    }

    /// Adds the thread at `pc` and everything it reaches without consuming a character, in priority order.
    mutating func addThread(_ program: Program, _ s: inout Scratch, toNext: Bool, pc start: Int32, threadStart: Int32, pos: Int,
                            budget: inout RegexBudget) {
        let generation = s.generation
        s.stack.append(start)
        while let pc = s.stack.popLast() {
            budget.work &+= 1
            let p = Int(pc)
            if s.marks[p] == generation { continue }
            s.marks[p] = generation
            let inst = program.instructions[p]
            switch inst.op {
            case .jump: s.stack.append(inst.a)
            case .split:
                s.stack.append(inst.b)
                s.stack.append(inst.a)
            case .assert:
                if holds(Assertion(rawValue: inst.a)!, at: pos) { s.stack.append(pc + 1) }
            case .look:
                // Evaluating a look-around uses its own program's scratch, never this one's.
                if holds(program.looks[Int(inst.a)], at: pos, budget: &budget) { s.stack.append(pc + 1) }
            default:
                if toNext {
                    s.next.append(pc)
                    s.nextStarts.append(threadStart)
                } else {
                    s.current.append(pc)
                    s.currentStarts.append(threadStart)
                }
            }
        }
    }

    /// The leftmost-first match of `program` starting at or after `from` (exactly at `from` when anchored),
    /// consuming no character at or past `limit`; with `requireEnd`, only a match ending there counts.
    /// With `existence`, the first match found is enough. Nil when none, or when the budget ran out.
    mutating func run(_ program: Program, from: Int, anchored: Bool, limit: Int, requireEnd: Int?, existence: Bool,
                      budget: inout RegexBudget) -> Range<Int>? {
        var s = scratch[program.id] ?? Scratch(size: program.instructions.count)
        scratch[program.id] = nil
        defer { scratch[program.id] = s }
        s.current.removeAll(keepingCapacity: true)
        s.currentStarts.removeAll(keepingCapacity: true)
        var matched: Range<Int>?
        var pos = from
        s.generation &+= 1
        if s.generation == 0 {
            for k in s.marks.indices { s.marks[k] = 0 }
            s.generation = 1
        }
        let instructions = program.instructions
        while true {
            if matched == nil, !anchored, s.current.isEmpty, let first = program.first {
                // No thread alive and none found: skip to where a match can start.
                pos = first.next(from: pos, limit: limit, text: text, folded: folded)
            }
            if matched == nil, !anchored || pos == from {
                addThread(program, &s, toNext: false, pc: 0, threadStart: Int32(pos), pos: pos, budget: &budget)
            }
            guard budget.tick() else { return nil }
            if s.current.isEmpty {
                // No thread alive: done, unless a later start may still match.
                if matched != nil || anchored || pos >= limit { break }
                pos += 1
                s.generation &+= 1
                if s.generation == 0 {
                    for k in s.marks.indices { s.marks[k] = 0 }
                    s.generation = 1
                }
                continue
            }
            s.next.removeAll(keepingCapacity: true)
            s.nextStarts.removeAll(keepingCapacity: true)
            s.generation &+= 1
            if s.generation == 0 {
                for k in s.marks.indices { s.marks[k] = 0 }
                s.generation = 1
            }
            let available = pos < limit
            let c: UInt32 = available ? text[pos] : 0
            let f: UInt32 = available && program.folds ? folded[pos] : c
            var k = 0
            let count = s.current.count
            budget.work &+= count
            threads: while k < count {
                let pc = s.current[k]
                let start = s.currentStarts[k]
                k += 1
                let inst = instructions[Int(pc)]
                var advance = false
                switch inst.op {
                case .match:
                    if let requireEnd, pos != requireEnd { continue threads }
                    matched = Int(start)..<pos
                    if existence { return matched }
                    // Threads after this one have lower priority: cut them.
                    break threads
                case .char: advance = available && c == UInt32(bitPattern: inst.a)
                case .charFold: advance = available && f == UInt32(bitPattern: inst.a)
                case .set: advance = available && program.sets[Int(inst.a)].contains(c)
                case .setFold:
                    if available {
                        let set = program.sets[Int(inst.a)]
                        advance = set.contains(c) || set.contains(f)
                    }
                case .any: advance = available
                case .anyButNewline: advance = available && c != 0x0A
                default: break
                }
                if advance {
                    addThread(program, &s, toNext: true, pc: pc + 1, threadStart: start, pos: pos + 1, budget: &budget)
                }
            }
            swap(&s.current, &s.next)
            swap(&s.currentStarts, &s.nextStarts)
            if pos >= limit { break }
            pos += 1
            if budget.exceeded { return nil }
        }
        // Threads still alive when consumption stopped cannot match any more (their next step needs a character).
        return budget.exceeded ? nil : matched
    }
}
