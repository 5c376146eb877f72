// libFuzzer entry point: the pattern compiler and the linear-time matcher. The input is a pattern, a NUL,
// and a text; every pattern either compiles or is refused with a position inside it, and matching any
// text ends within its budget.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let split = bytes.firstIndex(of: 0) ?? bytes.count
    let pattern = String(decoding: bytes[..<split], as: UTF8.self)
    let text = split < bytes.count ? String(decoding: bytes[(split + 1)...], as: UTF8.self) : "vx  lina_sh2026 全网最低价 13812345678"
    for ignoreCase in [false, true] {
        do {
            let regex = try LinearRegex(pattern, ignoreCase: ignoreCase)
            var budget = RegexBudget(deadline: .now + .seconds(2))
            let scalars = text.unicodeScalars.map(\.value)
            for m in regex.matches(in: scalars, limit: 100, budget: &budget) {
                precondition(m.lowerBound >= 0 && m.upperBound <= scalars.count && m.lowerBound < m.upperBound)
            }
        } catch {
            precondition(error.offset >= 1 && error.offset <= pattern.unicodeScalars.count + 1, "\(error)")
        }
    }
    return 0
}
