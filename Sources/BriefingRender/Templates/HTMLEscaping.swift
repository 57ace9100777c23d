import Mustache

/// HTML escaping for the HTML templates (the layout): the same five replacements as
/// swift-mustache's own HTML content type, made on UTF-8 bytes. The library's escaper walks
/// `Character`s and looks each up in a dictionary, which was a hot spot of every page; and a
/// `"` or `<` followed by a combining mark is one `Character` there, so it went out unescaped.
public enum HTMLEscaping {
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscape) else { return text }
        var text = text
        return text.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 16)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8)
                default: output.append(byte)
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// The name the HTML templates ask for: `{{% CONTENT_TYPE: BRIEFING_HTML}}`.
    public static let contentTypeName = "BRIEFING_HTML"

    struct ContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
    }

    /// Registered once, before any HTML template is parsed.
    static let registered: Void = {
        MustacheContentTypes.register(ContentType(), named: contentTypeName)
    }()
}
