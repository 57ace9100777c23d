import BriefingModel
import Testing

@Suite struct FrontMatterTests {
    @Test func splitsYAMLAndBody() throws {
        let split = try FrontMatter.split("---\ntitle: A\npublished: 2023-10-18\n---\nFirst.\n\nSecond.\n", path: "a.md").get()
        #expect(split.yaml == "title: A\npublished: 2023-10-18")
        #expect(split.yamlLine == 2)
        #expect(split.body == "First.\n\nSecond.\n")
        #expect(split.bodyLine == 5)
    }

    @Test func fencesMayHaveTrailingSpaces() throws {
        let split = try FrontMatter.split("---  \ntitle: A\n--- \t\nBody", path: "a.md").get()
        #expect(split.yaml == "title: A")
        #expect(split.body == "Body")
        #expect(split.bodyLine == 4)
    }

    @Test func aLongerRuleIsNotAFence() throws {
        let split = try FrontMatter.split("---\ntitle: A\n----\nmore: b\n---\nBody", path: "a.md").get()
        #expect(split.yaml == "title: A\n----\nmore: b")
        #expect(split.bodyLine == 6)
    }

    @Test func emptyFrontMatterAndEmptyBody() throws {
        let split = try FrontMatter.split("---\n---", path: "a.md").get()
        #expect(split.yaml == "")
        #expect(split.body == "")
        #expect(split.bodyLine == 3)
    }

    @Test func byteOrderMarkIsIgnored() throws {
        let split = try FrontMatter.split("\u{FEFF}---\ntitle: A\n---\nBody\n", path: "a.md").get()
        #expect(split.yaml == "title: A")
        #expect(split.yamlLine == 2)
        #expect(split.body == "Body\n")
        #expect(split.bodyLine == 4)
    }

    @Test func windowsLineEndings() throws {
        let result = FrontMatter.split("---\r\ntitle: A\r\n---\r\nBody\r\n", path: "a.md")
            let split = try result.get()
            #expect(split.yaml.replacingOccurrences(of: "\r", with: "") == "title: A")
            #expect(split.yamlLine == 2)
            #expect(split.bodyLine == 4)
            #expect(split.body.replacingOccurrences(of: "\r", with: "") == "Body\n")
    }

    @Test func mustOpenWithAFence() {
        let expected = Diagnostic.error("an article starts with front matter: a line '---', the YAML model, and another '---'",
                                        at: BriefingModel.SourceLocation(path: "a.md", line: 1, column: 1))
        #expect(FrontMatter.split("title: A\n---\nBody", path: "a.md") == .failure(expected))
        #expect(FrontMatter.split("", path: "a.md") == .failure(expected))
        #expect(FrontMatter.split("\n---\ntitle: A\n---\n", path: "a.md") == .failure(expected))
        #expect(FrontMatter.split(" ---\ntitle: A\n---\n", path: "a.md") == .failure(expected))
    }

    @Test func mustBeClosed() {
        let expected = Diagnostic.error("the front matter opened on line 1 is never closed with a line '---'",
                                        at: BriefingModel.SourceLocation(path: "a.md", line: 1, column: 1))
        #expect(FrontMatter.split("---\ntitle: A\n\nBody\n", path: "a.md") == .failure(expected))
        #expect(FrontMatter.split("---", path: "a.md") == .failure(expected))
    }
}
