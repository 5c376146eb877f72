// libFuzzer entry point: the draft parser (front matter and body) on arbitrary bytes. Every input either
// parses or is refused with located diagnostics.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do throws(DiagnosticList) {
        let draft = try DraftParser().parse(bytes: bytes, path: "fuzz.md")
        for segment in draft.segments { precondition(segment.start.line >= 1) }
    } catch {
        precondition(!error.diagnostics.isEmpty)
    }
    return 0
}
