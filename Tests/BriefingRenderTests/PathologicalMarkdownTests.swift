import BriefingModel
import Foundation
import Testing
@testable import BriefingRender

// cmark's pathological suite at 256 KB a case: each is answered — refused by the guard
// or rendered the way the site renders an article — and never hangs. The 5 s bound is a
// hang detector only (the machine may be busy); `scripts/pathological.sh` prints the real
// times, and those of cmark alone, for a person to read.

typealias MarkdownGuard = PathologicalInputGuard

private func occurrences(of needle: String, in text: String) -> Int {
    let needle = Array(needle.utf8)
    guard let first = needle.first else { return 0 }
    var count = 0
    var text = text
    text.withUTF8 { bytes in
        var index = 0
        while index + needle.count <= bytes.count {
            if bytes[index] == first && bytes[index..<index + needle.count].elementsEqual(needle) {
                count += 1
                index += needle.count
            } else {
                index += 1
            }
        }
    }
    return count
}

private func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

@Suite struct PathologicalMarkdownTests {
    static var withoutBlockLimit: MarkdownGuard.Limits {
        var limits = MarkdownGuard.Limits()
        limits.blockBytes = .max
        return limits
    }

    /// What the site does with an article body: guard, then (if allowed) the loader's two
    /// cmark passes and the page's rendering with anchors and mention links.
    static func answer(_ markdown: String, limits: MarkdownGuard.Limits) -> (violation: MarkdownGuard.Violation?, html: String) {
        if let violation = MarkdownGuard.firstViolation(in: markdown, limits: limits) { return (violation, "") }
        _ = Cmark.paragraphs(in: markdown)
        _ = Cmark.linkDestinations(in: markdown)
        // Names that never occur: the mention search runs over all the text, no output changes.
        let mention = MentionLink(names: ["Sergei Lavrov", "Lavrov"], url: "../actors/sergei-lavrov.html")
        return (nil, Cmark.html(from: markdown, options: HTMLOptions(anchorParagraphs: true, mentionLinks: [mention])).html)
    }

    @Test(arguments: PathologicalCase.all, [false, true])
    func caseIsAnsweredQuickly(_ test: PathologicalCase, blockLimit: Bool) throws {
        let markdown = test.markdown()
        #expect(markdown.utf8.count > PathologicalCase.size * 3 / 4 && markdown.utf8.count <= PathologicalCase.size + 8)
        let limits = blockLimit ? MarkdownGuard.Limits() : Self.withoutBlockLimit
        let expected = blockLimit ? test.outcome : test.outcomeWithoutBlockLimit

        let clock = ContinuousClock()
        var answer: (violation: MarkdownGuard.Violation?, html: String) = (nil, "")
        let elapsed = clock.measure { answer = Self.answer(markdown, limits: limits) }
        #expect(elapsed < hangLimit(5), "'\(test.name)' took \(elapsed): cmark or the guard hangs")

        switch expected {
        case .refused(let limit):
            let violation = try #require(answer.violation, "'\(test.name)' was not refused")
            #expect(violation.limit == limit)
            #expect(violation.line >= 1 && violation.column >= 1)
        case .rendered(let fragment, let source):
            #expect(answer.violation == nil, "'\(test.name)' was refused: \(answer.violation?.message ?? "")")
            let count = occurrences(of: source, in: markdown)
            #expect(count > 100)
            #expect(occurrences(of: fragment, in: answer.html) == count)
        }

        if ProcessInfo.processInfo.environment["BRIEFING_PATHOLOGICAL_REPORT"] != nil {
            let outcome = answer.violation.map { "refused (\($0.limit.rawValue), line \($0.line))" } ?? "rendered"
            let name = test.name.padding(toLength: 50, withPad: " ", startingAt: 0)
            print("pathological | \(blockLimit ? "all limits   " : "no block size") | \(name) | \(String(format: "%7.3f s", seconds(elapsed))) | \(outcome)")
        }
        if blockLimit, let folder = ProcessInfo.processInfo.environment["BRIEFING_PATHOLOGICAL_DUMP"] {
            let number = (PathologicalCase.all.firstIndex { $0.name == test.name } ?? 0) + 1
            let file = String(format: "%02d-", number) + Slug.make(from: test.name, fallback: "case") + ".md"
            try Data(markdown.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent(file))
        }
    }

    // MARK: Each limit, at its edge

    static func violation(_ markdown: String) -> MarkdownGuard.Violation? { MarkdownGuard.firstViolation(in: markdown) }

    @Test func nestingUpToTheLimitIsAllowed() {
        let limit = MarkdownGuard.Limits().nestingDepth
        #expect(Self.violation(String(repeating: "> ", count: limit) + "quote") == nil)
        let deep = Self.violation("Intro.\n\n" + String(repeating: "> ", count: limit + 1) + "quote")
        #expect(deep?.limit == .nestingDepth)
        #expect(deep?.line == 3)
        #expect(deep?.column == 2 * limit + 1)
        // Lists nest by indentation, one level per two columns.
        let list = (0...limit).map { String(repeating: "  ", count: $0) + "- item\n" }.joined()
        #expect(Self.violation(list)?.limit == .nestingDepth)
        #expect(Self.violation(list)?.line == limit + 1)
        #expect(Self.violation((0..<limit).map { String(repeating: "  ", count: $0) + "- item\n" }.joined()) == nil)
    }

    @Test func thematicBreaksAreNotNestedLists() {
        #expect(Self.violation(String(repeating: "* ", count: 100) + "\n\n" + String(repeating: "-", count: 300)) == nil)
        #expect(Self.violation(String(repeating: "- ", count: 100) + "text")?.limit == .nestingDepth)
    }

    @Test func blockSizeIsCountedBetweenBlankLines() {
        let limit = MarkdownGuard.Limits().blockBytes
        let line = String(repeating: "word ", count: 19) + "end.\n"  // 100 bytes
        let fits = String(repeating: line, count: limit / 100)
        #expect(Self.violation(fits + "\n" + fits + "\n> \n" + fits) == nil)
        let tooLong = Self.violation("Title\n\n" + fits + line)
        #expect(tooLong?.limit == .blockBytes)
        #expect(tooLong?.line == 3)
        #expect(tooLong?.column == 1)
    }

    @Test func openAndUnmatchedBrackets() {
        let limit = MarkdownGuard.Limits().openBrackets
        #expect(Self.violation(String(repeating: "[", count: limit) + "a" + String(repeating: "]", count: limit)) == nil)
        #expect(Self.violation(String(repeating: "[a](b) ", count: 5_000)) == nil)
        let open = Self.violation("ok\n\n" + String(repeating: "![[]()", count: limit + 1))
        #expect(open?.limit == .openBrackets)
        #expect(open?.line == 3)
        #expect(open?.column == 6 * (limit - 1) + 3)  // the second "[" of the 32nd "![[]()"
        // Escaped brackets are text; a blank line closes every bracket.
        #expect(Self.violation(String(repeating: "\\[", count: 5_000)) == nil)
        #expect(Self.violation(Array(repeating: String(repeating: "[", count: limit), count: 3).joined(separator: "\n\n")) == nil)
        // An empty list item cannot interrupt a paragraph, so it does not reset the count.
        #expect(Self.violation(Array(repeating: String(repeating: "[", count: limit / 2 + 1), count: 2).joined(separator: "\n2.\n"))?.limit == .openBrackets)

        let closers = MarkdownGuard.Limits().unmatchedClosingBrackets
        #expect(Self.violation(String(repeating: "a] ", count: closers)) == nil)
        #expect(Self.violation(String(repeating: "a] ", count: closers + 1))?.limit == .unmatchedClosingBrackets)
    }

    @Test func emphasisDelimiters() {
        let runs = MarkdownGuard.Limits().delimiterRuns
        #expect(Self.violation(String(repeating: "*a* ", count: runs / 2)) == nil)
        let many = Self.violation(String(repeating: "_a ", count: runs + 1))
        #expect(many?.limit == .delimiterRuns)
        #expect(many?.column == 3 * runs + 1)
        let length = MarkdownGuard.Limits().delimiterRunLength
        #expect(Self.violation("a" + String(repeating: "*", count: length) + "b") == nil)
        #expect(Self.violation("a" + String(repeating: "`", count: length + 1) + "b")?.limit == .delimiterRunLength)
        #expect(Self.violation(String(repeating: "\\*", count: runs * 2)) == nil)
    }

    @Test func columnsCountCharactersNotBytes() {
        let violation = Self.violation("Лавров " + String(repeating: "[", count: MarkdownGuard.Limits().openBrackets + 1))
        #expect(violation?.column == 7 + MarkdownGuard.Limits().openBrackets + 1)
    }

    @Test func diagnosticNamesTheLimitAtTheFileLine() {
        let body = "First.\n\n" + String(repeating: "> ", count: 40) + "deep"
        let diagnostics = MarkdownGuard.diagnostics(for: body, path: "articles/deep.md", firstLine: 6)
        #expect(diagnostics.map(\.description) == [
            "articles/deep.md:8:65: error: block quotes and lists are nested more than 32 deep (the nesting-depth limit, which keeps cmark fast); flatten the nesting",
        ])
        #expect(MarkdownGuard.diagnostics(for: "Fine text.", path: "a.md").isEmpty)
    }

    // MARK: Real text

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every Markdown file of the example site and the test fixtures, but the fixture
    /// made to exceed the limits.
    static var realMarkdownFiles: [URL] {
        let folders = ["Site/articles", "Tests/Fixtures"].map { repository.appendingPathComponent($0) }
        return folders.flatMap { folder -> [URL] in
            guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
            return walker.compactMap { $0 as? URL }.filter {
                $0.pathExtension == "md" && !$0.path.contains("/invalid/pathological-markdown/")
            }
        }
    }

    @Test func realArticlesStayFarBelowEveryLimit() throws {
        let files = Self.realMarkdownFiles
        #expect(files.count > 20)
        var highest = MarkdownGuard.Peaks()
        for file in files {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            // The body, as the loader hands it to the guard (golden pages have no front matter).
            let body = (try? FrontMatter.split(text, path: file.path).get())?.body ?? text
            let peaks = MarkdownGuard.peaks(in: body)
            highest.nestingDepth = max(highest.nestingDepth, peaks.nestingDepth)
            highest.blockBytes = max(highest.blockBytes, peaks.blockBytes)
            highest.openBrackets = max(highest.openBrackets, peaks.openBrackets)
            highest.unmatchedClosingBrackets = max(highest.unmatchedClosingBrackets, peaks.unmatchedClosingBrackets)
            highest.delimiterRuns = max(highest.delimiterRuns, peaks.delimiterRuns)
            highest.delimiterRunLength = max(highest.delimiterRunLength, peaks.delimiterRunLength)
        }
        // A quarter of each limit at most: the limits leave real text a wide margin.
        let limits = MarkdownGuard.Limits()
        #expect(highest.nestingDepth * 4 <= limits.nestingDepth, "\(highest)")
        #expect(highest.blockBytes * 4 <= limits.blockBytes, "\(highest)")
        #expect(highest.openBrackets * 4 <= limits.openBrackets, "\(highest)")
        #expect(highest.unmatchedClosingBrackets * 4 <= limits.unmatchedClosingBrackets, "\(highest)")
        #expect(highest.delimiterRuns * 4 <= limits.delimiterRuns, "\(highest)")
        #expect(highest.delimiterRunLength * 4 <= limits.delimiterRunLength, "\(highest)")
        if ProcessInfo.processInfo.environment["BRIEFING_PATHOLOGICAL_REPORT"] != nil {
            print("pathological | peaks of \(files.count) real files: \(highest)")
        }
    }
}
