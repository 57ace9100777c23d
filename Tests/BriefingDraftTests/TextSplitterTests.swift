@testable import BriefingDraft
import Testing

@Suite struct TextSplitterTests {
    @Test func onePargraphPerLineWithSubheadings() {
        let text = TextSplitter.split("First sentence here. Second one.\nSecond paragraph.\nWeapons transfers\nThird paragraph, after a subheading.")
        #expect(text.headline == nil)
        #expect(text.paragraphs.map(\.text) == ["First sentence here. Second one.", "Second paragraph.", "Weapons transfers", "Third paragraph, after a subheading."])
        #expect(text.paragraphs[2].isSubheading)
        #expect(text.paragraphs[0].sentences.map(\.text) == ["First sentence here.", "Second one."])
    }

    @Test func headlineAndBlankLineParagraphsWithWrappedLines() {
        let text = TextSplitter.split("China hits back at US sanctions\n\nBeijing said on Sunday\nit would respond.\n\nA second paragraph.\n")
        #expect(text.headline == "China hits back at US sanctions")
        #expect(text.paragraphs.map(\.text) == ["Beijing said on Sunday it would respond.", "A second paragraph."])
        #expect(text.paragraphs.map(\.number) == [1, 2])
    }

    /// A final newline does not turn one-paragraph-per-line copy into one paragraph.
    @Test func trailingNewlinesDoNotJoinLines() {
        let text = TextSplitter.split("First paragraph.\nSecond paragraph.\nThird one.\n\n")
        #expect(text.paragraphs.map(\.text) == ["First paragraph.", "Second paragraph.", "Third one."])
    }

    /// A headline and a blank line above one paragraph per line: the body's lines stay paragraphs
    /// (they were joined into one, as if wrapped).
    @Test func headlineAboveOneParagraphPerLine() {
        let text = TextSplitter.split("Kenya says Tanzania's maize ban is illegal\n\nNAIROBI (Reuters) - Kenya said the ban was illegal.\nTanzania rejected that.\n\"We feed our people first,\" he said.\n")
        #expect(text.headline == "Kenya says Tanzania's maize ban is illegal")
        #expect(text.paragraphs.map(\.text) == ["NAIROBI (Reuters) - Kenya said the ban was illegal.", "Tanzania rejected that.", "\"We feed our people first,\" he said."])
        // Wrapped paragraphs below a headline are still joined.
        let wrapped = TextSplitter.split("Kenya says ban is illegal\n\nKenya said\nthe ban was illegal.\n\nTanzania rejected that.\n")
        #expect(wrapped.paragraphs.map(\.text) == ["Kenya said the ban was illegal.", "Tanzania rejected that."])
    }

    @Test func emptyTextHasNoParagraphs() {
        #expect(TextSplitter.split("").paragraphs.isEmpty)
        #expect(TextSplitter.split("\n\n  \n").paragraphs.isEmpty)
    }
}
