// libFuzzer entry point: the YAML loader (strict and permissive) and the small parsers of the
// workflow language (conditions, cron, recurrence rules, durations) on arbitrary bytes.
// Built by scripts/fuzz into one module with the KosCore and KosYAML sources.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    var small = YAMLLoader.Options()
    small.maxNodes = 20_000
    small.maxDepth = 64
    _ = try? YAMLLoader(options: small).load(bytes: bytes)
    var permissive = YAMLLoader.Options.permissive
    permissive.maxNodes = 20_000
    _ = try? YAMLLoader(options: permissive).load(bytes: bytes)
    if size < 4096 {
        let text = String(decoding: bytes, as: UTF8.self)
        if let c = try? Condition(parsing: text) {
            _ = c.evaluate { _ in .list([.string("douyin")]) }
        }
        _ = try? CronExpression(parsing: text)
        _ = try? RecurrenceRule(parsing: text)
        _ = TimeSpan(parsing: text)
        _ = RateLimit(parsing: text)
        _ = SourceText.line(3, of: text)
    }
    return 0
}
