import BriefingModel
import Testing

@Suite struct SourceRefTests {
    @Test func parsesParagraphsAndSentences() {
        #expect(SourceRef(parsing: "p9") == SourceRef(paragraph: 9))
        #expect(SourceRef(parsing: "p1") == SourceRef(paragraph: 1, sentence: nil))
        #expect(SourceRef(parsing: "p10.s2") == SourceRef(paragraph: 10, sentence: 2))
        #expect(SourceRef(parsing: "p123.s45") == SourceRef(paragraph: 123, sentence: 45))
    }

    @Test(arguments: [
        "", "p", "9", "x9", "P9", "p0", "p-1", "p9.", "p9.s", "p9.s0", "p9.x2", "p9.S2", "p9s2", "p9.s2.s3",
        "pp9", "p 9", "p9 ", " p9", "p9.5", "p٣", "p9.s٣", "p1e3", "s2", ".s2",
    ])
    func rejects(_ text: String) {
        #expect(SourceRef(parsing: text) == nil, "'\(text)' parsed")
    }

    @Test(arguments: ["p+9", "p9.s+2"])
    func rejectsSignedNumbers(_ text: String) {
            #expect(SourceRef(parsing: text) == nil, "'\(text)' parsed")
    }

    @Test func descriptionAndAnchor() {
        #expect(SourceRef(paragraph: 9).description == "p9")
        #expect(SourceRef(paragraph: 9, sentence: 2).description == "p9.s2")
        #expect(SourceRef(paragraph: 9, sentence: 2).anchor == "p9")
        for text in ["p1", "p9.s2", "p120.s10"] {
            #expect(SourceRef(parsing: text)?.description == text)
        }
    }

    @Test func ordersByParagraphThenSentence() {
        let refs = ["p10", "p2.s3", "p2", "p9.s1", "p2.s1", "p1"].compactMap(SourceRef.init(parsing:))
        #expect(refs.sorted().map(\.description) == ["p1", "p2", "p2.s1", "p2.s3", "p9.s1", "p10"])
    }

    @Test func citationsOrderByArticleThenReference() {
        let citations = [
            Citation(article: "b", ref: SourceRef(paragraph: 1)),
            Citation(article: "a", ref: SourceRef(paragraph: 10)),
            Citation(article: "a", ref: SourceRef(paragraph: 2)),
        ]
        #expect(citations.sorted().map { "\($0.article)#\($0.ref)" } == ["a#p2", "a#p10", "b#p1"])
    }
}
