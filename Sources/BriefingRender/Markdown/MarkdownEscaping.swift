import Mustache

/// Makes any text literal in Markdown: what content says can never become structure.
public enum MarkdownEscaping {
    /// Characters that are Markdown syntax wherever they stand.
    static let alwaysEscaped: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "(", ")", "<", ">", "#", "|", "&", "!", "~", "\""]
    /// Characters that are syntax at the start of a line (list markers, setext underlines).
    static let escapedAtStart: Set<Unicode.Scalar> = ["-", "+", "=", ":"]

    /// Works on UTF-8 bytes (every syntax character is ASCII): this runs for every value
    /// of every page, and a `Set<Unicode.Scalar>` look-up per character was a hot spot.
    public static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { escape(utf8: $0) }
    }

    private static func escape(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
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
            if byte == 0 {
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])  // U+FFFD
            } else {
                if byte < 0x80 && (isAlwaysEscaped[Int(byte)] || (atStart && isEscapedAtStart[Int(byte)])
                    || (leadingDigits && !atStart && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")")))) {
                    output.append(UInt8(ascii: "\\"))
                }
                output.append(byte)
            }
            // Continuation bytes follow a lead byte that already cleared both.
            leadingDigits = leadingDigits && byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            atStart = false
        }
        while output.last == 0x20 { output.removeLast() }  // trailing spaces make a hard break
        return String(decoding: output, as: UTF8.self)
    }

    private static let isAlwaysEscaped: [Bool] = asciiTable(alwaysEscaped)
    private static let isEscapedAtStart: [Bool] = asciiTable(escapedAtStart)

    private static func asciiTable(_ scalars: Set<Unicode.Scalar>) -> [Bool] {
        (0..<128).map { scalars.contains(Unicode.Scalar(UInt8($0))) }
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
