import KosCore

/// Why a pattern is refused, and where: `offset` is the 1-based character position in the pattern.
public struct RegexError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var offset: Int

    public init(_ message: String, at offset: Int) {
        self.message = message
        self.offset = offset
    }

    public var description: String { tr("\(message) (at character \(offset) of the pattern)") }
}
