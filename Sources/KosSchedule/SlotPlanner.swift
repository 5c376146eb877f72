public import KosCore

/// Who wants a slot: the associate, their store, the platforms the post goes to, and its campaign.
public struct PostRequest: Sendable, Hashable {
    public var creator: String
    public var store: String?
    public var platforms: [String]
    public var campaign: String?
    /// Only the calendar's slots of these names (a campaign kit's `calendar_slots`); nil: any.
    public var slotIDs: [String]?

    public init(creator: String, store: String?, platforms: [String], campaign: String?, slotIDs: [String]? = nil) {
        self.creator = creator
        self.store = store
        self.platforms = platforms
        self.campaign = campaign
        self.slotIDs = slotIDs
    }
}

/// A post already booked into (or published from) a calendar's slot, as caps count it.
public struct BookedPost: Sendable, Hashable {
    /// The slot's instant, seconds since 1970.
    public var at: Int64
    public var post: PostRequest

    public init(at: Int64, post: PostRequest) {
        self.at = at
        self.post = post
    }
}

/// A calendar's caps over the posts booked so far: whether one more post at an instant stays within every
/// cap's sliding window.
///
/// A cap `{per: creator, max: 3, window: 7d}` holds when no window of 7 days, wherever it starts, holds more
/// than 3 of one associate's posts. A post to two platforms counts once on each platform's cap; a draft without
/// a campaign (or an associate without a store) is not counted by campaign (or store) caps.
public struct CapLedger: Sendable {
    public let caps: [KosCore.Calendar.Cap]
    /// Slot instants by cap scope and key, sorted.
    private var times: [String: [Int64]] = [:]

    public init(caps: [KosCore.Calendar.Cap], posts: [BookedPost] = []) {
        self.caps = caps
        for p in posts { add(p) }
    }

    static func keys(_ scope: KosCore.Calendar.Cap.Scope, _ post: PostRequest) -> [String] {
        switch scope {
        case .creator: [post.creator]
        case .store: post.store.map { [$0] } ?? []
        case .platform: post.platforms
        case .campaign: post.campaign.map { [$0] } ?? []
        }
    }

    public mutating func add(_ booked: BookedPost) {
        for scope in Set(caps.map(\.per)) {
            for key in Self.keys(scope, booked.post) {
                let k = "\(scope.rawValue):\(key)"
                var list = times[k, default: []]
                list.insert(booked.at, at: Self.lowerBound(list, booked.at))
                times[k] = list
            }
        }
    }

    static func lowerBound(_ list: [Int64], _ value: Int64) -> Int {
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Why one more post at `at` would break a cap, or nil when it fits them all.
    public func violation(for post: PostRequest, at: Int64) -> String? {
        for cap in caps {
            let window = max(1, cap.window.milliseconds / 1000)
            for key in Self.keys(cap.per, post) {
                let list = times["\(cap.per.rawValue):\(key)"] ?? []
                // The windows holding `at` start in (at - window, at]; the fullest starts at a post or at `at`.
                var starts = [at]
                var i = Self.lowerBound(list, at - window + 1)
                while i < list.count, list[i] <= at { starts.append(list[i]); i += 1 }
                for s in starts {
                    let count = Self.lowerBound(list, s + window) - Self.lowerBound(list, s)
                    if count + 1 > cap.max {
                        let whose = switch cap.per {
                        case .creator: key
                        case .store: tr("store \(key)")
                        case .platform: tr("platform \(key)")
                        case .campaign: tr("campaign \(key)")
                        }
                        return trn(count, "cap reached: \(whose) already has \(count) post within \(cap.window) (at most \(cap.max) per \(cap.per.rawValue))",
                                   "cap reached: \(whose) already has \(count) posts within \(cap.window) (at most \(cap.max) per \(cap.per.rawValue))")
                    }
                }
            }
        }
        return nil
    }
}

/// Places a post in its calendar: the first slot that admits its platforms, lies outside blackouts and holds,
/// and keeps every cap; then the jitter. Pure: the booked posts come in, a choice and the reasons for every
/// slot passed over come out.
public struct SlotPlanner: Sendable {
    public let schedule: CalendarSchedule

    public init(schedule: CalendarSchedule) { self.schedule = schedule }

    /// Something that keeps a post out of slots before an instant (an embargo on a product it names).
    public struct Hold: Sendable, Hashable {
        public var until: Int64
        public var reason: String
        public init(until: Int64, reason: String) {
            self.until = until
            self.reason = reason
        }
    }

    public struct Choice: Sendable, Hashable {
        public var slot: SlotInstant
        /// The slot plus the jitter, milliseconds since 1970.
        public var fireAtMillis: Int64
    }

    public struct Plan: Sendable, Hashable {
        public var choice: Choice?
        /// The slots passed over, each with why.
        public var skipped: [(slot: SlotInstant, reason: String)]

        public static func == (a: Plan, b: Plan) -> Bool {
            a.choice == b.choice && a.skipped.map(\.slot) == b.skipped.map(\.slot) && a.skipped.map(\.reason) == b.skipped.map(\.reason)
        }
        public func hash(into hasher: inout Hasher) { hasher.combine(choice) }
    }

    /// Why a slot cannot take this post, or nil when it can.
    public func refusal(_ slot: SlotInstant, for post: PostRequest, holds: [Hold], ledger: CapLedger) -> String? {
        if !slot.admits(post.platforms) {
            return tr("slot is for \(slot.platforms.joined(separator: ", ")) only")
        }
        if let names = post.slotIDs, !slot.ids.contains(where: names.contains) {
            return tr("the campaign kit's posts take only the slots \(names.joined(separator: ", "))")
        }
        if let blackout = slot.blackout { return tr("blackout: \(blackout)") }
        if let hold = holds.first(where: { slot.at < $0.until }) { return hold.reason }
        return ledger.violation(for: post, at: slot.at)
    }

    /// The first slot at or after `from` (seconds) that takes the post, looking `horizon` seconds ahead.
    public func plan(_ post: PostRequest, from: Int64, ledger: CapLedger, holds: [Hold] = [], seed: String, horizon: Int64 = 92 * 86_400) -> Plan {
        var skipped: [(SlotInstant, String)] = []
        var choice: Choice?
        schedule.forEachWindow(from: from, through: from + horizon) { slots in
            for (i, slot) in slots.enumerated() {
                if let reason = refusal(slot, for: post, holds: holds, ledger: ledger) {
                    skipped.append((slot, reason))
                    continue
                }
                choice = Choice(slot: slot, fireAtMillis: fireAtMillis(slots, i, creator: post.creator, seed: seed))
                return false
            }
            return true
        }
        return Plan(choice: choice, skipped: skipped)
    }

    /// When the post in `slots[i]` goes out, in milliseconds: the slot plus its jitter, kept before the next slot.
    func fireAtMillis(_ slots: [SlotInstant], _ i: Int, creator: String, seed: String) -> Int64 {
        let slot = slots[i].at
        let next = i + 1 < slots.count ? slots[i + 1].at : schedule.slot(after: slot)?.at
        return slot * 1000 + Self.jitter(schedule.calendar.jitter, slot: slot, next: next, creator: creator, seed: seed)
    }

    /// Milliseconds after the slot (seconds since 1970) at which the post goes out: a fixed offset per associate, or
    /// a random one per post (drawn from `seed`, so asking again gives the same answer); never before the slot (an
    /// embargo may lift at it) and always before the next slot.
    public static func jitter(_ jitter: KosCore.Calendar.Jitter, slot: Int64, next: Int64?, creator: String, seed: String) -> Int64 {
        let offset: Int64
        switch jitter {
        case .none: return 0
        case .perCreator(let max): offset = Int64(fnv1a(creator) % UInt64(max.milliseconds + 1))
        case .random(let max): offset = Int64(fnv1a(seed) % UInt64(max.milliseconds + 1))
        }
        guard let next else { return offset }
        return min(offset, Swift.max(0, (next - slot) * 1000 - 1))
    }

    static func fnv1a(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        // A final mix, so neighbouring names do not get neighbouring offsets.
        h ^= h >> 33
        h &*= 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        return h
    }
}

/// A dry run of a calendar over a period: every slot, and for each associate who wants to post in it,
/// when the post would go out or why it would not.
public struct CalendarSimulation: Sendable {
    public struct Outcome: Sendable, Hashable {
        public var creator: String
        /// When the post would go out (the slot plus its jitter), milliseconds since 1970; nil when it would not.
        public var fireAtMillis: Int64?
        public var reason: String?
    }

    public struct Row: Sendable, Hashable {
        public var slot: SlotInstant
        public var outcomes: [Outcome]
    }

    /// Each associate in `demand` asks for every slot in turn (at most `postsEach` posts in the period when
    /// given); the first who fit are booked, in the order given.
    public static func run(_ schedule: CalendarSchedule, from: Int64, through: Int64, demand: [PostRequest], postsEach: Int? = nil) -> [Row] {
        let planner = SlotPlanner(schedule: schedule)
        var ledger = CapLedger(caps: schedule.calendar.caps)
        var posted: [String: Int] = [:]
        let slots = schedule.slots(from: from, through: through)
        var rows: [Row] = []
        for (i, slot) in slots.enumerated() {
            var outcomes: [Outcome] = []
            for post in demand {
                if let postsEach, posted[post.creator, default: 0] >= postsEach { continue }
                if let reason = planner.refusal(slot, for: post, holds: [], ledger: ledger) {
                    outcomes.append(Outcome(creator: post.creator, fireAtMillis: nil, reason: reason))
                    continue
                }
                let fire = planner.fireAtMillis(slots, i, creator: post.creator, seed: "\(post.creator)@\(slot.at)")
                ledger.add(BookedPost(at: slot.at, post: post))
                posted[post.creator, default: 0] += 1
                outcomes.append(Outcome(creator: post.creator, fireAtMillis: fire, reason: nil))
            }
            rows.append(Row(slot: slot, outcomes: outcomes))
        }
        return rows
    }
}
