import Testing
@testable import BriefingModel

/// The caches' strings: ASCII takes the fast path, other UTF-8 is kept, and damaged bytes
/// read as nothing, wherever the damage sits relative to the eight-byte words checked.
@Suite struct UTF8BytesTests {
    @Test(arguments: ["", "p3", "articles/kim-jong-un-visit.html", "Zürich · 東京 — “quoted”", String(repeating: "é", count: 17)])
    func readsUTF8AsWritten(_ text: String) {
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBytes(UTF8Bytes.string) == text)
        #expect(bytes.withUnsafeBytes(UTF8Bytes.isASCII) == text.utf8.allSatisfy { $0 < 0x80 })
    }

    @Test(arguments: [0, 5, 8, 13])
    func damagedBytesAreNotText(at position: Int) {
        var bytes = Array("abcdefghijklmnop".utf8)
        bytes[position] = 0xC3  // a lead byte followed by ASCII: not UTF-8
        #expect(bytes.withUnsafeBytes(UTF8Bytes.string) == nil)
        #expect(bytes.withUnsafeBytes(UTF8Bytes.isASCII) == false)
    }

    @Test func truncatedSequenceIsNotText() {
        let bytes: [UInt8] = [0x61, 0xF0, 0x9F, 0x98]  // the first three bytes of a four-byte emoji
        #expect(bytes.withUnsafeBytes(UTF8Bytes.string) == nil)
    }
}
