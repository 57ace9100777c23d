import BriefingModel

/// Raw article text split the way the model numbers it: paragraphs from 1, sentences
/// from 1 inside each paragraph. Every drafted item points back into it.
public struct DraftText: Sendable, Hashable {
    public var headline: String?
    public var paragraphs: [DraftParagraph]

    public init(headline: String?, paragraphs: [DraftParagraph]) {
        self.headline = headline
        self.paragraphs = paragraphs
    }

    /// Every sentence in reading order.
    public var sentences: [DraftSentence] { paragraphs.flatMap(\.sentences) }

    public func sentence(_ pointer: SourceRef) -> DraftSentence? {
        guard paragraphs.indices.contains(pointer.paragraph - 1) else { return nil }
        let sentences = paragraphs[pointer.paragraph - 1].sentences
        let index = (pointer.sentence ?? 1) - 1
        return sentences.indices.contains(index) ? sentences[index] : nil
    }
}

public struct DraftParagraph: Sendable, Hashable {
    public var number: Int
    public var text: String
    /// A short line without final punctuation between paragraphs ("Weapons transfers").
    public var isSubheading: Bool
    public var sentences: [DraftSentence]

    public init(number: Int, text: String, isSubheading: Bool = false, sentences: [DraftSentence]) {
        self.number = number
        self.text = text
        self.isSubheading = isSubheading
        self.sentences = sentences
    }
}

public struct DraftSentence: Sendable, Hashable {
    public var paragraph: Int
    /// 1-based within its paragraph.
    public var index: Int
    public var text: String

    public init(paragraph: Int, index: Int, text: String) {
        self.paragraph = paragraph
        self.index = index
        self.text = text
    }

    /// `pN.sM`, or `pN` for a paragraph of one sentence.
    public var ref: SourceRef { SourceRef(paragraph: paragraph, sentence: index) }
}
