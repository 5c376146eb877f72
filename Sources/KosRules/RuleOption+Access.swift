import KosCore

extension Dictionary where Key == String, Value == RuleOption {
    func strings(_ key: String) -> [String] {
        guard case .list(let items) = self[key] else {
            if case .string(let s) = self[key] { return [s] }
            return []
        }
        return items.compactMap { if case .string(let s) = $0 { s } else { nil } }
    }

    func string(_ key: String) -> String? {
        if case .string(let s) = self[key] { return s }
        return nil
    }

    func int(_ key: String) -> Int? {
        if case .int(let i) = self[key] { return i }
        return nil
    }

    func bool(_ key: String) -> Bool? {
        if case .bool(let b) = self[key] { return b }
        return nil
    }

    func map(_ key: String) -> [String: RuleOption] {
        if case .map(let m) = self[key] { return m }
        return [:]
    }
}
