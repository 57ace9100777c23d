import Foundation

/// The string table of a `build.bin` being written: the last file's table first, byte for byte
/// and in its order (so a kept page's string indices still hold), then the strings this build
/// adds. Strings are found by their UTF-8 bytes in an open-addressing table of indices: the last
/// file's strings are never made into `String`s, which at 10,000 articles (275,000 strings) was
/// most of decoding and writing the file after one edit.
///
/// It holds the last file's bytes without owning them: use it only inside that file's
/// `withUnsafeBytes` (`BuildCacheFile.encodeCounting`).
struct CacheStringTable {
    /// The last file's table: its bytes and where each string lies in them.
    private let previous: UnsafeRawBufferPointer
    private let previousSpans: [Range<Int>]
    /// The strings added in this build, each as a length and its bytes, as the file holds them.
    private(set) var added = ByteWriter()
    private var addedSpans: [Range<Int>] = []
    /// Index + 1 of the string in each slot; 0 is empty.
    private var slots: [Int32]

    var count: Int { previousSpans.count + addedSpans.count }

    /// `previous`: the bytes of the last file, and where each of its strings lies in them.
    init(previous: UnsafeRawBufferPointer, spans: [Range<Int>]) {
        self.previous = previous
        previousSpans = spans
        slots = Array(repeating: 0, count: Self.capacity(for: spans.count))
        for index in spans.indices {
            insert(index, hash: Self.hash(UnsafeRawBufferPointer(rebasing: previous[spans[index]])))
        }
    }

    /// The index of `text`, added at the end when the table does not hold it.
    mutating func index(of text: String) -> Int {
        var text = text
        return text.withUTF8 { utf8 in
            let bytes = UnsafeRawBufferPointer(utf8)
            let hash = Self.hash(bytes)
            var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
            while slots[slot] != 0 {
                let index = Int(slots[slot]) - 1
                if holds(bytes, at: index) { return index }
                slot = (slot + 1) & (slots.count - 1)
            }
            let index = count
            added.varint(bytes.count)
            let start = added.bytes.count
            added.bytes.append(contentsOf: bytes)
            addedSpans.append(start..<added.bytes.count)
            if count * 2 > slots.count {
                grow()
            } else {
                slots[slot] = Int32(index + 1)
            }
            return index
        }
    }

    /// Whether the string at `index` is `bytes`.
    private func holds(_ bytes: UnsafeRawBufferPointer, at index: Int) -> Bool {
        if index < previousSpans.count { return Self.same(previous, previousSpans[index], bytes) }
        return added.bytes.withUnsafeBytes { Self.same($0, addedSpans[index - previousSpans.count], bytes) }
    }

    private static func same(_ table: UnsafeRawBufferPointer, _ span: Range<Int>, _ bytes: UnsafeRawBufferPointer) -> Bool {
        guard span.count == bytes.count else { return false }
        guard let base = table.baseAddress, let other = bytes.baseAddress, !bytes.isEmpty else { return true }
        return memcmp(base + span.lowerBound, other, bytes.count) == 0
    }

    private mutating func insert(_ index: Int, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = Int32(index + 1)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: Self.capacity(for: count))
        for index in 0..<count {
            insert(index, hash: Self.hash(of: index, in: self))
        }
    }

    private static func hash(of index: Int, in table: CacheStringTable) -> UInt64 {
        if index < table.previousSpans.count {
            return hash(UnsafeRawBufferPointer(rebasing: table.previous[table.previousSpans[index]]))
        }
        return table.added.bytes.withUnsafeBytes { hash(UnsafeRawBufferPointer(rebasing: $0[table.addedSpans[index - table.previousSpans.count]])) }
    }

    /// A power of two at least four times `count` (and 16): probes stay short.
    private static func capacity(for count: Int) -> Int {
        var capacity = 16
        while capacity < count * 4 { capacity <<= 1 }
        return capacity
    }

    /// FNV-1a: the strings are short paths and ids, hashed once each.
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0100_0000_01b3
        }
        return hash
    }
}
