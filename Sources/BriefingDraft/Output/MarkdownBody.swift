/// The article text as a Markdown body: one block per paragraph, subheadings as `##`
/// headings, and the few characters Markdown would read as syntax escaped, so that the
/// page shows the text exactly as it came.
enum MarkdownBody {
    static func make(_ text: DraftText) -> String {
        text.paragraphs.map { paragraph in
            paragraph.isSubheading ? "## " + escape(paragraph.text) : escape(paragraph.text)
        }.joined(separator: "\n\n") + "\n"
    }

    /// Works on Unicode scalars: every character it escapes is ASCII, and grapheme
    /// breaking a megabyte of text is most of the cost otherwise.
    static func escape(_ line: String) -> String {
        var output = String.UnicodeScalarView()
        var atStart = true
        var leadingDigits = false
        for scalar in line.unicodeScalars {
            let isDigit = ("0"..."9").contains(scalar)
            if isAlwaysEscaped(scalar)
                || (atStart && isEscapedAtStart(scalar))
                || (leadingDigits && (scalar == "." || scalar == ")")) {
                output.append("\\")
            }
            output.append(scalar)
            leadingDigits = (atStart || leadingDigits) && isDigit
            atStart = false
        }
        return String(output)
    }

    private static func isAlwaysEscaped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "&": true
        default: false
        }
    }

    /// Would start a heading, a list item or a setext underline.
    private static func isEscapedAtStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "#", "-", "+", "=": true
        default: false
        }
    }
}
