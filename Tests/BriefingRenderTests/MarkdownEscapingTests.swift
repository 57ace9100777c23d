@testable import BriefingRender
import Testing

/// Every value a template inserts is escaped for Markdown, so content can never become
/// structure: rendered through cmark, a hostile string shows as the same text.
@Suite struct MarkdownEscapingTests {
    static let hostile = [
        "<script>alert(1)</script>",
        "[x](javascript:alert(1))",
        "![img](data:text/html,<b>x</b>)",
        "**bold** and __under__",
        "`code` and ``more``",
        "a | b | c",
        "# Heading",
        "1. first",
        "12) twelfth",
        "- item",
        "+ item",
        "> quote",
        "===",
        "back\\slash",
        "&amp; &lt;b&gt; &#x3C;",
        "<http://example.org>",
        "line one\nline two\n\n# not a heading",
        "    indented code",
        "trailing spaces  ",
        "~~~ fence",
        "``` fence",
        "\" onload=\"alert(1)",
        "</title><script>",
        "[link][ref]\n\n[ref]: javascript:alert(1)",
        "*",
        "_",
        "\\",
        "![",
        // cmark drops a byte-order mark at the start of a document, which uncovers what follows.
        "\u{FEFF}- item",
        "\u{FEFF}\u{FEFF}# twice",
    ]

    /// The visible text of cmark's HTML for one paragraph, entities decoded.
    static func text(ofHTML html: String) -> String {
        var text = html.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("<p>") { text.removeFirst(3) }
        if text.hasSuffix("</p>") { text.removeLast(4) }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The shortcut for values that need no escaping gives what the full escaper gives.
    @Test(arguments: hostile + ["Sergei Lavrov", "../actors/x.html", "2023-10-18", "1", "x ", " x", "- x", "a\u{2028}b", "a\u{2029}", "’s “q”", "nul\u{0}", "tab\there", "=", "a:b", ":a", "", "U.S. 52."])
    func shortcutAgreesWithTheFullEscaper(value: String) {
        var bytes = value
        #expect(MarkdownEscaping.escape(value) == bytes.withUTF8 { MarkdownEscaping.escape(utf8: $0) })
    }

    @Test(arguments: hostile)
    func hostileStringRendersAsItsOwnText(_ value: String) {
        let markdown = "Value: " + MarkdownEscaping.escape(value)
        let html = Cmark.html(from: markdown).html
        let expected = "Value: " + value.split(whereSeparator: \.isNewline).joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
            .replacingOccurrences(of: "    ", with: " ")
        #expect(Self.text(ofHTML: html) == expected.replacingOccurrences(of: "Value:  ", with: "Value: "))
        #expect(!html.contains("<script"))
        #expect(!html.contains("href=\"javascript"))
        #expect(!html.contains("<a "))
        #expect(!html.contains("<img"))
    }

    @Test(arguments: hostile)
    func hostileStringAtTheStartOfALineStaysOneParagraph(_ value: String) {
        let html = Cmark.html(from: MarkdownEscaping.escape(value)).html
        #expect(html.hasPrefix("<p>"), "\(value.debugDescription) became \(html.debugDescription)")
        #expect(html.components(separatedBy: "<p>").count == 2)
    }

    @Test(arguments: hostile)
    func hostileStringInAListItemAndLinkTextStaysInside(_ value: String) {
        let markdown = "- [\(MarkdownEscaping.escape(value))](../actors/x.html \"\(MarkdownEscaping.escape(value))\")\n- next\n"
        let html = Cmark.html(from: markdown).html
        #expect(html.components(separatedBy: "<a ").count == 2, "\(html)")
        #expect(html.contains("<a href=\"../actors/x.html\""))
        #expect(html.components(separatedBy: "<li>").count == 3)
    }

    @Test func plainTextIsLeftReadable() {
        #expect(MarkdownEscaping.escape("Lavrov’s visit to Pyongyang, 2023") == "Lavrov’s visit to Pyongyang, 2023")
        #expect(MarkdownEscaping.escape("U.S. B-52 bomber") == "U.S. B-52 bomber")
        #expect(MarkdownEscaping.escape("2023. A year") == "2023\\. A year")
        #expect(MarkdownEscaping.escape("- x") == "\\- x")
    }
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}

extension Set where Element == Character {
    static let whitespacesAndNewlines: Set<Character> = [" ", "\n", "\t", "\r"]
    static let whitespaces: Set<Character> = [" ", "\t"]
}
