import Mustache

/// Makes any text literal in Markdown: what content says can never become structure.
public enum MarkdownEscaping {
    /// Characters that are Markdown syntax wherever they stand.
    static let alwaysEscaped: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "(", ")", "<", ">", "#", "|", "&", "!", "~", "\""]
    /// Characters that are syntax at the start of a line (list markers, setext underlines).
    static let escapedAtStart: Set<Unicode.Scalar> = ["-", "+", "=", ":"]

    /// Works on UTF-8 bytes (every syntax character is ASCII): this runs for every value
    /// of every page, and a `Set<Unicode.Scalar>` look-up per character was a hot spot.
    /// Most values (names, dates, relative links) need nothing, and are returned as they are.
    public static func escape(_ text: String) -> String {
        var text = text
        if text.withUTF8(isLiteral) { return text }
        return text.withUTF8 { escape(utf8: $0) }
    }

    /// True when `escape(utf8:)` would return the bytes unchanged: no syntax character, no
    /// line break or NUL, nothing special at the start, no trailing space.
    private static func isLiteral(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return true }
        let special = specialMask, atStart = escapedAtStartMask
        if first == 0x20 || last == 0x20 || first.isDigit || contains(atStart, first) || startsWithByteOrderMark(bytes, at: 0) {
            return false
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if contains(special, byte) { return false }
            // U+2028 and U+2029 (E2 80 A8/A9) are line breaks.
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                return false
            }
            index += 1
        }
        return true
    }

    static func escape(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        let always = alwaysEscapedMask, atStartMask = escapedAtStartMask
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 8)
        var atStart = true
        var leadingDigits = true
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            // U+2028 and U+2029 (E2 80 A8/A9) break lines as \n does.
            let lineSeparator = byte == 0xE2 && index + 1 < bytes.count && bytes[index] == 0x80
                && (bytes[index + 1] == 0xA8 || bytes[index + 1] == 0xA9)
            if lineSeparator || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0B || byte == 0x0C {
                if lineSeparator { index += 2 }
                // A value stays on its line; a line break would let it start a block.
                if atStart { continue }
                if output.last != 0x20 { output.append(0x20) }
                continue
            }
            if byte == 0x20 && atStart { continue }  // leading spaces would make an indented code block
            // cmark skips a byte-order mark that opens a document, so what follows it is still at the start.
            if atStart && startsWithByteOrderMark(bytes, at: index - 1) {
                output.append(contentsOf: bytes[(index - 1)...(index + 1)])
                index += 2
                continue
            }
            if byte == 0 {
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])  // U+FFFD
            } else {
                if contains(always, byte) || (atStart && contains(atStartMask, byte))
                    || (leadingDigits && !atStart && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")"))) {
                    output.append(UInt8(ascii: "\\"))
                }
                output.append(byte)
            }
            // Continuation bytes follow a lead byte that already cleared both.
            leadingDigits = leadingDigits && byte.isDigit
            atStart = false
        }
        while output.last == 0x20 { output.removeLast() }  // trailing spaces make a hard break
        return String(decoding: output, as: UTF8.self)
    }

    private static func startsWithByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xEF && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF
    }

    /// ASCII sets as 128-bit masks, read once per call into registers (a global table
    /// read per byte cost a lazy-initialisation check per byte).
    typealias ASCIIMask = (low: UInt64, high: UInt64)

    private static let alwaysEscapedMask = mask(alwaysEscaped.map { UInt8($0.value) })
    private static let escapedAtStartMask = mask(escapedAtStart.map { UInt8($0.value) })
    /// What makes `escape(utf8:)` change a value wherever it stands.
    private static let specialMask = mask(alwaysEscaped.map { UInt8($0.value) } + [0x00, 0x09, 0x0A, 0x0B, 0x0C, 0x0D])

    private static func mask(_ bytes: [UInt8]) -> ASCIIMask {
        bytes.reduce(into: (0, 0)) { mask, byte in
            if byte < 64 { mask.low |= 1 << UInt64(byte) } else { mask.high |= 1 << UInt64(byte - 64) }
        }
    }

    @inline(__always)
    private static func contains(_ mask: ASCIIMask, _ byte: UInt8) -> Bool {
        byte < 64 ? mask.low & (1 << UInt64(byte)) != 0 : byte < 128 && mask.high & (1 << UInt64(byte - 64)) != 0
    }

    /// The name a template uses to ask for this escaping: `{{% CONTENT_TYPE: MARKDOWN}}`.
    public static let contentTypeName = "MARKDOWN"

    struct ContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { MarkdownEscaping.escape(text) }
    }

    /// Registered once, before any Markdown template is parsed.
    static let registered: Void = {
        MustacheContentTypes.register(ContentType(), named: contentTypeName)
    }()
}

private extension UInt8 {
    var isDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}
