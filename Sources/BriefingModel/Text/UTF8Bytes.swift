/// Strings read back from the build's own binary caches. Those hold UTF-8 the build wrote, but
/// a damaged file must read as damaged, not as text, so every string is checked; the check is
/// a word-wise look at the high bits, and only text with a non-ASCII byte pays for
/// `String(validating:)`, several times slower than decoding (a tenth of an edited rebuild's
/// time went to it).
public enum UTF8Bytes {
    /// The bytes as a `String`, or nil when they are not UTF-8.
    public static func string(_ bytes: UnsafeRawBufferPointer) -> String? {
        let units = bytes.assumingMemoryBound(to: UInt8.self)
        return isASCII(bytes) ? String(decoding: units, as: UTF8.self) : String(validating: units, as: UTF8.self)
    }

    /// Whether no byte has its high bit set.
    public static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        var high: UInt64 = 0
        while offset + 8 <= bytes.count {
            high |= bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        while offset < bytes.count {
            high |= UInt64(bytes[offset])
            offset += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }
}
