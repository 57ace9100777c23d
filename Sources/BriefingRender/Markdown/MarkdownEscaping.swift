import Mustache

/// Makes any text literal in Markdown: what content says can never become structure.
public enum MarkdownEscaping {
    /// Characters that are Markdown syntax wherever they stand.
    static let alwaysEscaped: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "(", ")", "<", ">", "#", "|", "&", "!", "~", "\""]
    /// Characters that are syntax at the start of a line (list markers, setext underlines).
    static let escapedAtStart: Set<Unicode.Scalar> = ["-", "+", "=", ":"]

    public static func escape(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        output.reserveCapacity(text.unicodeScalars.count + 8)
        var atStart = true
        var leadingDigits = true
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t", "\u{0B}", "\u{0C}", "\u{2028}", "\u{2029}":
                // A value stays on its line; a line break would let it start a block.
                if atStart { continue }
                if output.last != " " { output.append(" ") }
                continue
            case "\u{0}":
                output.append("\u{FFFD}")
            case " " where atStart:
                continue  // leading spaces would make an indented code block
            default:
                if alwaysEscaped.contains(scalar) || (atStart && escapedAtStart.contains(scalar))
                    || (leadingDigits && !atStart && (scalar == "." || scalar == ")")) {
                    output.append("\\")
                }
                output.append(scalar)
            }
            leadingDigits = leadingDigits && ("0"..."9").contains(scalar)
            atStart = false
        }
        while output.last == " " { output.removeLast() }  // trailing spaces make a hard break
        return String(output)
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
