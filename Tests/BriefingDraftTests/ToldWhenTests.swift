@testable import BriefingDraft
import BriefingModel
import Testing

/// "told his Italian counterpart during a visit to Rome last week that …": the addressee phrase
/// may end in when it was said, and the reported clause after "that" is the statement, read for
/// its negation. Every sentence invented.
@Suite struct ToldWhenTests {
    func positions(_ raw: String, of actor: String) -> [DraftSide] {
        Drafter.positions(in: TextSplitter.split(raw)).filter { $0.actor == actor }
    }

    static let lead = "The European Union said goods banned for export to Russia were passing through Kyrgyzstan.\n\n"

    @Test func deniesInTheReportedClause() {
        let found = positions(Self.lead + "Foreign Minister Temir Asanov told his Italian counterpart during a visit to Rome last week that Kyrgyzstan \u{201C}will not be a channel\u{201D} for evading sanctions.", of: "Temir Asanov")
        #expect(found.map(\.stance.rawValue) == ["denies"], "\(found.map(\.stance.rawValue))")
        #expect(found.first?.statement.hasPrefix("Kyrgyzstan") ?? false, "\(found.map(\.statement))")
    }

    @Test func assertsWithoutNegation() {
        let found = positions(Self.lead + "Foreign Minister Temir Asanov told his Italian counterpart during a visit to Rome last week that Kyrgyzstan would expand its trade with Europe.", of: "Temir Asanov")
        #expect(found.map(\.stance.rawValue) == ["asserts"], "\(found.map(\.stance.rawValue))")
        #expect(found.first?.statement.hasPrefix("Kyrgyzstan") ?? false, "\(found.map(\.statement))")
    }

    @Test(arguments: [
        ("told his Italian counterpart during a visit to Rome last week that", true),
        ("told the envoys at a meeting in Geneva on Monday morning that", true),
        // No word of time before "that", past nine words: no frame.
        ("told his Italian counterpart during a visit to Rome the company that", false),
        // A time word with no occasion before it.
        ("told his counterpart the plan was shelved last week that", false),
    ])
    func readsTheFrame(_ phrase: String, _ reads: Bool) {
        let words = phrase.split(separator: " ").map(String.init)
        guard let that = words.lastIndex(of: "that") else { Issue.record("no that"); return }
        let tokens = words.map { word in
            ParagraphView.Token(kind: .word, start: 0, end: 0, lower: word.lowercased(), isCapitalized: word.first?.isUppercase ?? false,
                                depth: 0, sentence: 0, quote: nil)
        }
        #expect(PositionFinder.toldWhen(before: that, from: 1, tokens: tokens) == reads, "\(phrase)")
    }
}
