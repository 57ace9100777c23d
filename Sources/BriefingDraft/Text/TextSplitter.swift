import BriefingModel

/// Raw article text → headline, paragraphs and sentences. Accepts both layouts found in
/// real copy: one paragraph per line, and paragraphs separated by blank lines.
public enum TextSplitter {
    public static func split(_ raw: String) -> DraftText {
        let normalized = raw.utf8.contains(UInt8(ascii: "\r"))
            ? raw.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : raw
        let lines = normalized.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
        // Consecutive lines are one wrapped paragraph only in copy that also uses blank lines.
        // Blank lines at the ends (a final newline) say nothing about the layout.
        var inner = Array(lines.drop(while: \.isEmpty).reversed().drop(while: \.isEmpty).reversed())
        // A headline set off by a blank line above a body of one paragraph per line says nothing
        // either: the body's own lines decide.
        if inner.count > 2, inner[1].isEmpty, looksLikeHeadline(inner[0]) { inner = Array(inner.dropFirst(2).drop(while: \.isEmpty)) }
        let joinWrappedLines = inner.contains(where: \.isEmpty) && hasMultiLineBlocks(inner)
        var blocks: [String] = []
        if joinWrappedLines {
            var current: [String] = []
            for line in lines {
                if line.isEmpty {
                    if !current.isEmpty { blocks.append(current.joined(separator: " ")); current = [] }
                } else {
                    current.append(line)
                }
            }
            if !current.isEmpty { blocks.append(current.joined(separator: " ")) }
        } else {
            blocks = lines.filter { !$0.isEmpty }
        }

        var headline: String?
        if blocks.count > 1, looksLikeHeadline(blocks[0]) {
            headline = blocks.removeFirst()
        }
        var paragraphs: [DraftParagraph] = []
        for block in blocks {
            let number = paragraphs.count + 1
            let subheading = looksLikeSubheading(block)
            let sentences = subheading ? [block] : Sentences.split(block)
            paragraphs.append(DraftParagraph(
                number: number, text: block, isSubheading: subheading,
                sentences: sentences.enumerated().map { DraftSentence(paragraph: number, index: $0 + 1, text: $1) }))
        }
        return DraftText(headline: headline, paragraphs: paragraphs)
    }

    /// Blank lines separate paragraphs only when some paragraph spans several lines;
    /// otherwise every non-empty line is a paragraph either way.
    static func hasMultiLineBlocks(_ lines: [String]) -> Bool {
        var previousNonEmpty = false
        for line in lines {
            if !line.isEmpty && previousNonEmpty { return true }
            previousNonEmpty = !line.isEmpty
        }
        return false
    }

    /// A first line without final punctuation and short enough to be a title.
    static func looksLikeHeadline(_ line: String) -> Bool {
        guard let last = line.last else { return false }
        return !".!?”\"’'".contains(last) && line.split(separator: " ").count <= 25
    }

    /// A short line without final punctuation between paragraphs ("Top priority").
    static func looksLikeSubheading(_ line: String) -> Bool {
        guard let last = line.last else { return false }
        return !".!?”\"’':;,".contains(last) && line.split(separator: " ").count <= 8
    }
}
