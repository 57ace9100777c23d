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

    @Test func emptyTextHasNoParagraphs() {
        #expect(TextSplitter.split("").paragraphs.isEmpty)
        #expect(TextSplitter.split("\n\n  \n").paragraphs.isEmpty)
    }
}
