/// The article text as a Markdown body: one block per paragraph, subheadings as `##`
/// headings, and the few characters Markdown would read as syntax escaped, so that the
/// page shows the text exactly as it came.
enum MarkdownBody {
    static func make(_ text: DraftText) -> String {
        text.paragraphs.map { paragraph in
            paragraph.isSubheading ? "## " + escape(paragraph.text) : escape(paragraph.text)
        }.joined(separator: "\n\n") + "\n"
    }

    static func escape(_ line: String) -> String {
        var output = ""
        output.reserveCapacity(line.utf8.count + 8)
        var atStart = true
        var leadingDigits = false
        for character in line {
            if "\\`*_[]<>|".contains(character)
                || (character == "&" )
                || (atStart && "#-+=".contains(character))
                || (leadingDigits && (character == "." || character == ")")) {
                output.append("\\")
            }
            output.append(character)
            leadingDigits = (atStart || leadingDigits) && character.isASCII && character.isNumber
            atStart = false
        }
        return output
    }
}
