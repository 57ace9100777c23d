/// Where in an article a fact is stated: paragraph `p9`, or sentence `p9.s2`.
public struct SourceRef: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var paragraph: Int
    public var sentence: Int?

    public init(paragraph: Int, sentence: Int? = nil) {
        self.paragraph = paragraph
        self.sentence = sentence
    }

    public init?(parsing text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ $0.dropFirst().allSatisfy { ("0"..."9").contains($0) } }) else { return nil }
        guard (1...2).contains(parts.count), parts[0].first == "p",
              let paragraph = Int(parts[0].dropFirst()), paragraph >= 1,
              parts[0].dropFirst().allSatisfy(\.isASCII)
        else { return nil }
        var sentence: Int?
        if parts.count == 2 {
            guard parts[1].first == "s", let value = Int(parts[1].dropFirst()), value >= 1 else { return nil }
            sentence = value
        }
        self.init(paragraph: paragraph, sentence: sentence)
    }

    public var description: String { sentence.map { "p\(paragraph).s\($0)" } ?? "p\(paragraph)" }

    /// The fragment id of the paragraph on the article page.
    public var anchor: String { "p\(paragraph)" }

    public static func < (lhs: SourceRef, rhs: SourceRef) -> Bool {
        (lhs.paragraph, lhs.sentence ?? 0) < (rhs.paragraph, rhs.sentence ?? 0)
    }
}

/// A source reference resolved to its article: the provenance of one fact.
public struct Citation: Sendable, Hashable, Comparable {
    public var article: String
    public var ref: SourceRef

    public init(article: String, ref: SourceRef) {
        self.article = article
        self.ref = ref
    }

    public static func < (lhs: Citation, rhs: Citation) -> Bool {
        (lhs.article, lhs.ref) < (rhs.article, rhs.ref)
    }
}

/// A value and the place in a file it was written.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}
