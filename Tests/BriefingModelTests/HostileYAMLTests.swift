import BriefingModel
import Testing

// Front matter too large or too deep to check in as fixtures, generated here. Each must
// be refused with an error at its place, quickly: the 5 s bound only detects a hang.
// Smaller hostile YAML (BOM, NUL, invalid UTF-8, duplicate keys, flow nesting) is in
// Tests/Fixtures/invalid/hostile-yaml.

@Suite struct HostileYAMLTests {
    static let header = "---\ntitle: T\npublished: 2023-10-18\n"

    static func parse(_ text: String) -> (diagnostics: [String], elapsed: Duration) {
        var diagnostics: [String] = []
        let elapsed = ContinuousClock().measure {
            diagnostics = ModelParser.parseArticle(text, path: "a.md").diagnostics.map(\.description)
        }
        return (diagnostics, elapsed)
    }

    @Test func tenMegabytesOfFrontMatterAreRefusedByTheSizeLimit() {
        let text = Self.header + "summary: " + String(repeating: "x", count: 10 * 1_048_576) + "\n---\nBody.\n"
        let (diagnostics, elapsed) = Self.parse(text)
        #expect(diagnostics == [
            "a.md:2:1: error: the YAML is 10485800 bytes, over the limit of 1 MB (1048576 bytes) for front matter and definition files; keep long text in the article body",
        ])
        #expect(elapsed < hangLimit(5), "took \(elapsed)")
    }

    @Test func frontMatterJustUnderTheLimitIsRead() {
        let summary = String(repeating: "x", count: YAMLDocument.byteLimit - 100)
        let (diagnostics, elapsed) = Self.parse(Self.header + "summary: " + summary + "\n---\nBody.\n")
        #expect(diagnostics.isEmpty)
        #expect(elapsed < hangLimit(5), "took \(elapsed)")
    }

    @Test func definitionFilesHaveTheSameLimit() {
        let text = "name: " + String(repeating: "x", count: 2 * 1_048_576)
        let parsed = ModelParser.parseDefinition(ActorDeclaration.self, text: text, path: "actors/x.yml", id: "x")
        #expect(parsed.diagnostics.map(\.description) == [
            "actors/x.yml:1:1: error: the YAML is 2097158 bytes, over the limit of 1 MB (1048576 bytes) for front matter and definition files; keep long text in the article body",
        ])
    }

    @Test func blockNestingDeeperThanTheLimit() {
        // One space more per level keeps 1,200 levels under the size limit.
        let nested = (1...1_200).map { String(repeating: " ", count: $0) + "k:\n" }.joined()
        let (diagnostics, elapsed) = Self.parse(Self.header + "summary:\n" + nested + "---\nBody.\n")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasSuffix("error: YAML nested more than 1000 levels deep (the nesting limit); flatten it") == true, "\(diagnostics)")
        // libyaml stops about the 1,000th level, which starts on file line 5.
        let line = diagnostics.first.flatMap { Int($0.split(separator: ":")[1]) } ?? 0
        #expect((1_000...1_006).contains(line), "\(diagnostics)")
        #expect(elapsed < hangLimit(5), "took \(elapsed)")
    }

    @Test func flowNestingDeeperThanTheLimit() {
        let (diagnostics, elapsed) = Self.parse(Self.header + "summary: " + String(repeating: "{a: ", count: 5_000) + "b" + String(repeating: "}", count: 5_000) + "\n---\nBody.\n")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("a.md:4:") == true, "\(diagnostics)")
        #expect(diagnostics.first?.hasSuffix("YAML nested more than 1000 levels deep (the nesting limit); flatten it") == true)
        #expect(elapsed < hangLimit(5), "took \(elapsed)")
    }

    @Test func duplicateKeysAreReportedAtTheRepeat() {
        let block = Self.parse(Self.header + "summary: one\nbyline: x\nsummary: two\n---\nBody.\n").diagnostics
        #expect(block == ["a.md:6:1: error: duplicate key 'summary' in one mapping"])
        let flow = Self.parse(Self.header + "source: {name: A, url: 'https://example.org/', \"name\": B}\n---\nBody.\n").diagnostics
        #expect(flow == ["a.md:4:48: error: duplicate key 'name' in one mapping"])
    }
}
