import BriefingModel
import Foundation

/// The binary cache files' fields: little-endian words, LEB128 counts and
/// length-prefixed UTF-8, every read checked against the end (nil, never a trap).
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func word(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func varint(_ value: Int) {
        var value = UInt64(max(0, value))
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func string(_ text: String) { field(text.utf8) }

    mutating func field(_ field: some Collection<UInt8>) {
        varint(field.count)
        bytes.append(contentsOf: field)
    }
}

/// Reads what `ByteWriter` wrote.
struct ByteReader {
    let bytes: UnsafeRawBufferPointer
    var offset = 0

    init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var atEnd: Bool { offset == bytes.count }

    mutating func take(_ count: Int) -> Slice<UnsafeRawBufferPointer>? {
        guard count >= 0, count <= bytes.count - offset else { return nil }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    mutating func word() -> UInt64? {
        take(8).map { UInt64(littleEndian: UnsafeRawBufferPointer(rebasing: $0).loadUnaligned(as: UInt64.self)) }
    }

    /// A count or an index: never more than the file's size.
    mutating func varint() -> Int? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count, shift < 64 {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value <= UInt64(bytes.count) ? Int(value) : nil }
            shift += 7
        }
        return nil
    }

    /// A length-prefixed field, as its position in the bytes.
    mutating func field() -> Range<Int>? {
        guard let count = varint(), let field = take(count) else { return nil }
        return field.startIndex..<field.endIndex
    }

    mutating func string() -> String? {
        field().flatMap { UTF8Bytes.string(UnsafeRawBufferPointer(rebasing: bytes[$0])) }
    }
}
