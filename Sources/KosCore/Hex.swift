/// Lowercase hexadecimal, without `String(format:)` (which costs a Foundation formatter per byte).
public enum Hex {
    @usableFromInline static let digits: StaticString = "0123456789abcdef"

    /// Bytes stored contiguously (a digest, an array, `Data`): the string is written in place.
    @inlinable
    public static func encode(bytes: UnsafeRawBufferPointer) -> String {
        String(unsafeUninitializedCapacity: bytes.count * 2) { out in
            digits.withUTF8Buffer { d in
                for (i, b) in bytes.enumerated() {
                    out[2 * i] = d[Int(b >> 4)]
                    out[2 * i + 1] = d[Int(b & 0x0F)]
                }
            }
            return bytes.count * 2
        }
    }

    /// Any bytes; those stored contiguously take the in-place path. (A generic sequence iterated from another
    /// module costs a call a byte: a SHA-256 digest took ~18,000 instructions.)
    @inlinable
    public static func encode<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        if let s = bytes.withContiguousStorageIfAvailable({ encode(bytes: UnsafeRawBufferPointer($0)) }) { return s }
        return encode(Array(bytes))
    }

    @inlinable
    public static func encode(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { encode(bytes: $0) }
    }
}
