import Testing
@testable import BriefingRender

/// Every case of cmark's own pathological suite (`test/pathological_tests.py` in
/// commonmark/cmark, including `pathological_cmark`'s "nested inlines"), generated at
/// about 256 KB instead of the suite's own sizes. Patterns are the suite's; only the
/// repeat counts are scaled.
struct PathologicalCase: Sendable, CustomTestStringConvertible {
    enum Outcome: Sendable, Equatable {
        /// The guard refuses it by this limit.
        case refused(PathologicalInputGuard.Limit)
        /// cmark renders it; the HTML holds `fragment` exactly as often as the Markdown
        /// holds `source`.
        case rendered(fragment: String, source: String)
    }

    var name: String
    var markdown: @Sendable () -> String
    /// With the default limits.
    var outcome: Outcome
    /// With no block-size limit, so that the other limits alone must hold.
    var outcomeWithoutBlockLimit: Outcome

    var testDescription: String { name }

    static let size = 256 * 1024

    /// `unit` repeated to `size` bytes.
    static func repeated(_ unit: String, size: Int = size) -> String {
        String(repeating: unit, count: max(1, size / unit.utf8.count))
    }

    /// `open` k times, `middle`, `close` k times, about `size` bytes in all.
    static func nested(_ open: String, _ middle: String, _ close: String) -> String {
        let k = (size - middle.utf8.count) / (open.utf8.count + close.utf8.count)
        return String(repeating: open, count: k) + middle + String(repeating: close, count: k)
    }

    /// `part(0)`, `part(1)`, … concatenated while they fit in `size` bytes.
    static func growing(_ line: (Int) -> String) -> String {
        var text = ""
        var index = 0
        while true {
            let next = line(index)
            if text.utf8.count + next.utf8.count > size { return text }
            text += next
            index += 1
        }
    }

    /// The suite's "reference collisions": many reference labels whose hashes collide
    /// in a 16-bucket map (cmark's old hash), each followed by a use of the first label.
    static func referenceCollisions() -> String {
        func collides(_ label: String) -> Bool {
            var hash: UInt32 = 0
            for scalar in label.unicodeScalars {
                hash = scalar.value &+ (hash << 6) &+ (hash << 16) &- hash
            }
            return hash % 16 == 0
        }
        var labels = (0...).lazy.map { "x\($0)" }.filter(collides).makeIterator()
        guard let first = labels.next() else { return "" }
        var text = ""
        while let label = labels.next() {
            let entry = "[\(label)]: /url\n\n[\(first)]\n\n"
            if text.utf8.count + entry.utf8.count > size { break }
            text += entry
        }
        return text
    }

    static let unit = size / 8

    static let all: [PathologicalCase] = [
        PathologicalCase(name: "nested strong emph",
            markdown: { nested("*a **a ", "b", " a** a*") },
            outcome: .refused(.blockBytes), outcomeWithoutBlockLimit: .refused(.delimiterRuns)),
        PathologicalCase(name: "many emph closers with no openers",
            markdown: { repeated("a_ ") },
            outcome: .refused(.blockBytes), outcomeWithoutBlockLimit: .refused(.delimiterRuns)),
        PathologicalCase(name: "many emph openers with no closers",
            markdown: { repeated("_a ") },
            outcome: .refused(.blockBytes), outcomeWithoutBlockLimit: .refused(.delimiterRuns)),
        PathologicalCase(name: "many link closers with no openers",
            markdown: { repeated("a]") },
            outcome: .refused(.blockBytes), outcomeWithoutBlockLimit: .refused(.unmatchedClosingBrackets)),
        PathologicalCase(name: "many link openers with no closers",
            markdown: { repeated("[a") },
            outcome: .refused(.blockBytes), outcomeWithoutBlockLimit: .refused(.openBrackets)),
        PathologicalCase(name: "mismatched openers and closers",
            markdown: { repeated("*a_ ") },
            outcome: .refused(.blockBytes), outcomeWithoutBlockLimit: .refused(.delimiterRuns)),
        PathologicalCase(name: "issue #389",
            markdown: { String(repeating: "*a ", count: unit) + String(repeating: "_a*_ ", count: unit) },
            outcome: .refused(.blockBytes), outcomeWithoutBlockLimit: .refused(.delimiterRuns)),
        PathologicalCase(name: "openers and closers multiple of 3",
            markdown: { "a**b" + repeated("c* ") },
            outcome: .refused(.blockBytes), outcomeWithoutBlockLimit: .refused(.delimiterRuns)),
        PathologicalCase(name: "link openers and emph closers",
            markdown: { repeated("[ a_") },
            outcome: .refused(.blockBytes), outcomeWithoutBlockLimit: .refused(.openBrackets)),
        PathologicalCase(name: "pattern [ (]( repeated",
            markdown: { repeated("[ (](") },
            outcome: .refused(.blockBytes),
            outcomeWithoutBlockLimit: .rendered(fragment: "[ (](", source: "[ (](")),
        PathologicalCase(name: "pattern ![[]() repeated",
            markdown: { repeated("![[]()") },
            outcome: .refused(.blockBytes), outcomeWithoutBlockLimit: .refused(.openBrackets)),
        PathologicalCase(name: "hard link/emph case",
            markdown: { repeated("**x [a*b**c*](d)\n\n") },
            outcome: .rendered(fragment: "**x <a href=\"d\">a<em>b**c</em></a>", source: "**x [a*b**c*](d)"),
            outcomeWithoutBlockLimit: .rendered(fragment: "**x <a href=\"d\">a<em>b**c</em></a>", source: "**x [a*b**c*](d)")),
        PathologicalCase(name: "nested brackets",
            markdown: { nested("[", "a", "]") },
            outcome: .refused(.blockBytes), outcomeWithoutBlockLimit: .refused(.openBrackets)),
        PathologicalCase(name: "nested block quotes",
            markdown: { repeated("> ") + "a" },
            outcome: .refused(.nestingDepth), outcomeWithoutBlockLimit: .refused(.nestingDepth)),
        PathologicalCase(name: "deeply nested lists",
            markdown: { growing { String(repeating: "  ", count: $0) + "* a\n" } },
            outcome: .refused(.nestingDepth), outcomeWithoutBlockLimit: .refused(.nestingDepth)),
        PathologicalCase(name: "U+0000 in input",
            markdown: { repeated("abc\u{0}de\u{0}\n\n") },
            outcome: .rendered(fragment: "abc\u{FFFD}de\u{FFFD}", source: "abc\u{0}de\u{0}"),
            outcomeWithoutBlockLimit: .rendered(fragment: "abc\u{FFFD}de\u{FFFD}", source: "abc\u{0}de\u{0}")),
        PathologicalCase(name: "backticks",
            markdown: { growing { "e" + String(repeating: "`", count: $0 + 1) } },
            outcome: .refused(.blockBytes), outcomeWithoutBlockLimit: .refused(.delimiterRunLength)),
        PathologicalCase(name: "unclosed links A",
            markdown: { repeated("[a](<b") },
            outcome: .refused(.blockBytes),
            outcomeWithoutBlockLimit: .rendered(fragment: "[a](&lt;b", source: "[a](<b")),
        PathologicalCase(name: "unclosed links B",
            markdown: { repeated("[a](b") },
            outcome: .refused(.blockBytes),
            outcomeWithoutBlockLimit: .rendered(fragment: "[a](b", source: "[a](b")),
        PathologicalCase(name: "unclosed <!--",
            markdown: { "</" + repeated("<!--") },
            outcome: .refused(.blockBytes),
            outcomeWithoutBlockLimit: .rendered(fragment: "&lt;!--", source: "<!--")),
        PathologicalCase(name: "empty lines in deeply nested lists",
            markdown: { String(repeating: "- ", count: size / 4) + "x" + String(repeating: "\n", count: size / 2) },
            outcome: .refused(.nestingDepth), outcomeWithoutBlockLimit: .refused(.nestingDepth)),
        PathologicalCase(name: "empty lines in deeply nested lists in blockquote",
            markdown: { "> " + String(repeating: "- ", count: size / 4) + "x\n" + String(repeating: ">\n", count: size / 4) },
            outcome: .refused(.nestingDepth), outcomeWithoutBlockLimit: .refused(.nestingDepth)),
        PathologicalCase(name: "emph in deep blockquote",
            markdown: { String(repeating: ">", count: size / 3) + String(repeating: "a*", count: size / 3) },
            outcome: .refused(.nestingDepth), outcomeWithoutBlockLimit: .refused(.nestingDepth)),
        PathologicalCase(name: "reference collisions",
            markdown: referenceCollisions,
            outcome: .rendered(fragment: "]</p>", source: "]: /url"),
            outcomeWithoutBlockLimit: .rendered(fragment: "]</p>", source: "]: /url")),
        PathologicalCase(name: "nested inlines",
            markdown: { nested("*", "a", "*") },
            outcome: .refused(.blockBytes), outcomeWithoutBlockLimit: .refused(.delimiterRunLength)),
    ]
}
