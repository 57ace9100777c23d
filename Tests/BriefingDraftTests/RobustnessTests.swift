import BriefingModel
@testable import BriefingDraft
import Foundation
import Testing

/// Drafting never crashes and never hangs, whatever the text: real articles, the held-out
/// set, and deterministic mutations of them (cut at every few characters, lines shuffled,
/// quotes and punctuation stripped or doubled).
@Suite struct RobustnessTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func texts() -> [String] {
        var texts: [String] = []
        for folder in ["articles", "heldout/articles"] {
            let url = fixtures.appendingPathComponent(folder)
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted() where name.hasSuffix(".txt") {
                if let text = try? String(contentsOf: url.appendingPathComponent(name), encoding: .utf8) { texts.append(text) }
            }
        }
        return texts
    }

    static func mutations(of text: String) -> [String] {
        let characters = Array(text)
        var result: [String] = []
        for cut in stride(from: 17, to: characters.count, by: max(1, characters.count / 23)) {
            result.append(String(characters[..<cut]))
            result.append(String(characters[cut...]))
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        result.append(lines.reversed().joined(separator: "\n"))
        result.append(text.replacingOccurrences(of: "“", with: "").replacingOccurrences(of: "\"", with: ""))
        result.append(text.replacingOccurrences(of: "”", with: "”” “"))
        result.append(text.replacingOccurrences(of: ".", with: ""))
        result.append(text.replacingOccurrences(of: ",", with: " , , "))
        result.append(text.uppercased())
        result.append(text.lowercased())
        return result
    }

    @Test func everyTextAndMutationDrafts() {
        let published = BriefingDate(year: 2024, month: 3, day: 6)
        var drafted = 0
        for text in Self.texts() {
            for variant in [text] + Self.mutations(of: text) {
                let draft = Drafter.draft(variant, published: published)
                drafted += 1
                // Every pointer stays inside the text.
                for quote in draft.quotes { #expect(draft.text.sentence(quote.source) != nil) }
                for event in draft.events { #expect(draft.text.sentence(event.source) != nil) }
            }
        }
        #expect(drafted > 100)
    }

    @Test(arguments: ["“", "”", "\"", "“”", "said", "Mr.", "U.S.", "on Monday", "between", "— —", "(", ")", "“\n”", "'s", "2023", "1,000,000"])
    func fragmentsDraft(_ text: String) {
        _ = Drafter.draft(text, published: nil)
        _ = Drafter.draft(text + " " + text + ".", published: BriefingDate(year: 2020, month: 2, day: 29))
    }
}
