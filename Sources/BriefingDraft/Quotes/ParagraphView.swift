import BriefingModel

/// One paragraph prepared for attribution: its quoted spans, its words and punctuation
/// with UTF-8 offsets, the offsets of its sentences, and its actor mentions placed on
/// the tokens. Quotes and disputes both read the text through this view, so a quote
/// that the sentence splitter cut in two is still one span of its paragraph.
/// Built whole in `init` and only read after it (its state is `let` or `private(set)`), so
/// the dispute and quote stages may read one view from two threads.
final class ParagraphView: @unchecked Sendable {
    struct QuoteSpan {
        /// UTF-8 offset of the opening mark.
        var open: Int
        var contentStart: Int
        /// UTF-8 offset of the closing mark, or the paragraph's end for a quote left open.
        var contentEnd: Int
        var closed: Bool
        /// How many other quotes enclose this one (0: a top-level quote).
        var depth: Int = 0
        /// Token indices of the marks (the close is nil for a quote left open).
        var openToken: Int = 0
        var closeToken: Int?
        /// The last token inside the quote.
        var lastInside: Int = 0
    }

    struct Token {
        enum Kind { case word, punct, open, close }
        var kind: Kind
        var start: Int
        var end: Int
        /// Lowercased, with typographic apostrophes made straight.
        var lower: String
        var isCapitalized: Bool
        /// How many quotes enclose the token; a quote's own marks count as outside it.
        var depth: Int
        /// The index of the sentence (0-based, in this paragraph) that holds the token.
        var sentence: Int
        /// The top-level quote that holds the token (or whose mark it is).
        var quote: Int?
    }

    struct Mention {
        var actor: String
        var kind: ActorKind
        var first: Int
        var last: Int
        var start: Int
        var end: Int
        /// "Russia’s", "Xi's": the mention only modifies the noun after it.
        var possessive: Bool
        /// "Washington-based": the mention is part of a compound word.
        var compound: Bool
        var inQuote: Bool
        var sentence: Int
        var surface: String
    }

    let number: Int
    let bytes: [UInt8]
    let sentences: [DraftSentence]
    /// UTF-8 ranges of the sentences in the paragraph text.
    let sentenceRanges: [Range<Int>]
    /// First and last token of each sentence (an empty sentence gets an empty range).
    private(set) var sentenceTokens: [Range<Int>] = []
    private(set) var quotes: [QuoteSpan] = []
    private(set) var tokens: [Token] = []
    private(set) var mentions: [Mention] = []
    /// For each token, the mentions whose last token it is.
    private(set) var mentionsEndingAt: [Int: [Int]] = [:]
    private(set) var mentionsStartingAt: [Int: [Int]] = [:]
    /// Top-level quotes by the token of their opening and closing marks.
    private(set) var quoteOpeningAt: [Int: Int] = [:]
    private(set) var quoteClosingAt: [Int: Int] = [:]

    init(paragraph: DraftParagraph, actors: [String: DraftActor], mentions index: MentionIndex) {
        number = paragraph.number
        bytes = Array(paragraph.text.utf8)
        sentences = paragraph.sentences
        sentenceRanges = ParagraphView.locate(sentences: paragraph.sentences, in: bytes)
        let scalars = ParagraphView.scalars(of: paragraph.text)
        quotes = ParagraphView.findQuotes(scalars, length: bytes.count)
        tokenize(scalars)
        for (index, quote) in quotes.enumerated() where quote.depth == 0 {
            quoteOpeningAt[quote.openToken] = index
            if let close = quote.closeToken { quoteClosingAt[close] = index }
        }
        placeMentions(actors: actors, index: index)
    }

    func text(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, bytes.count))
        let upper = max(lower, min(range.upperBound, bytes.count))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    func text(tokens range: ClosedRange<Int>) -> String {
        text(tokens[range.lowerBound].start..<tokens[range.upperBound].end)
    }

    /// The quoted words: what stands between the marks, minus one trailing comma or full stop.
    func content(of quote: QuoteSpan) -> String {
        var text = Substring(self.text(quote.contentStart..<quote.contentEnd))
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        if text.last == "," || text.last == "." { text.removeLast() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }

    // MARK: Sentences

    /// Sentences are trimmed pieces of the paragraph in order; find each one's offsets.
    static func locate(sentences: [DraftSentence], in bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var cursor = 0
        for sentence in sentences {
            let needle = Array(sentence.text.utf8)
            if let found = find(needle, in: bytes, from: cursor) {
                ranges.append(found..<(found + needle.count))
                cursor = found + needle.count
            } else {
                // Not a verbatim piece (should not happen): give it the rest up to its length.
                let start = min(cursor, bytes.count)
                let end = min(bytes.count, start + needle.count)
                ranges.append(start..<end)
                cursor = end
            }
        }
        return ranges
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first else { return start <= haystack.count ? start : nil }
        guard needle.count <= haystack.count else { return nil }
        var index = start
        let limit = haystack.count - needle.count
        while index <= limit {
            if haystack[index] == first {
                var matched = true
                var offset = 1
                while offset < needle.count {
                    if haystack[index + offset] != needle[offset] { matched = false; break }
                    offset += 1
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    // MARK: Quotes

    struct Scalar {
        var value: Unicode.Scalar
        var offset: Int
        var length: Int
    }

    /// The scalars with their UTF-8 offsets. Two apostrophes in a row ('') are one
    /// straight double quote, as some copy writes it.
    static func scalars(of text: String) -> [Scalar] {
        var result: [Scalar] = []
        result.reserveCapacity(text.utf8.count)
        var offset = 0
        for scalar in text.unicodeScalars {
            let length = UTF8.width(scalar)
            if scalar == "'", let last = result.last, last.value == "'", last.length == 1, last.offset + 1 == offset {
                result[result.count - 1] = Scalar(value: "\"", offset: last.offset, length: 2)
            } else {
                result.append(Scalar(value: scalar, offset: offset, length: length))
            }
            offset += length
        }
        return result
    }

    enum Family { case curlyDouble, straightDouble, single }

    /// Pairs the quote marks of a paragraph. Curly and straight double quotes, and single
    /// quotes (curly or straight) told apart from apostrophes by what stands around them.
    /// A double quote left open runs to the paragraph's end (a quote continued in the next
    /// paragraph); a single one left open was an apostrophe and is dropped.
    static func findQuotes(_ scalars: [Scalar], length: Int) -> [QuoteSpan] {
        var stack: [(family: Family, index: Int)] = []
        var spans: [QuoteSpan] = []

        func isWordy(_ index: Int) -> Bool {
            guard scalars.indices.contains(index) else { return false }
            return isAlphanumeric(scalars[index].value)
        }
        func isSpaceOrEdge(_ index: Int) -> Bool {
            guard scalars.indices.contains(index) else { return true }
            return ParagraphView.isWhitespace(scalars[index].value)
        }
        func opensAfter(_ index: Int) -> Bool {
            // Before an opening mark: the start, a space, an opening bracket, a dash or another mark.
            guard scalars.indices.contains(index) else { return true }
            let value = scalars[index].value
            return ParagraphView.isWhitespace(value) || "([{—–-/“‘\"'".unicodeScalars.contains(value)
        }
        func close(_ family: Family, at index: Int) -> Bool {
            guard let position = stack.lastIndex(where: { $0.family == family }) else { return false }
            let opener = stack[position].index
            stack.removeSubrange(position...)
            let open = scalars[opener]
            spans.append(QuoteSpan(open: open.offset, contentStart: open.offset + open.length,
                                   contentEnd: scalars[index].offset, closed: true))
            return true
        }

        for index in scalars.indices {
            let value = scalars[index].value
            switch value {
            case "\u{201C}", "\u{201E}":  // “ „
                stack.append((.curlyDouble, index))
            case "\u{201D}":  // ”
                if close(.curlyDouble, at: index) { continue }
                // Mixed marks: "…” closes a straight opening.
                if !isSpaceOrEdge(index - 1), !isWordy(index + 1), close(.straightDouble, at: index) { continue }
                if isSpaceOrEdge(index - 1), isWordy(index + 1) {
                    stack.append((.curlyDouble, index))
                }
            case "\"":
                let closing = !isSpaceOrEdge(index - 1) && !isWordy(index + 1)
                if stack.contains(where: { $0.family == .straightDouble }) {
                    _ = close(.straightDouble, at: index)
                } else if closing, stack.contains(where: { $0.family == .curlyDouble }) {
                    // Mixed marks: “…" closes a curly opening.
                    _ = close(.curlyDouble, at: index)
                } else if !isSpaceOrEdge(index + 1), !(isWordy(index - 1) && closing) {
                    stack.append((.straightDouble, index))
                }
            case "\u{2018}":  // ‘
                if opensAfter(index - 1), !isSpaceOrEdge(index + 1) { stack.append((.single, index)) }
            case "\u{2019}", "'":  // ’ '
                if isWordy(index - 1) && isWordy(index + 1) { continue }  // an apostrophe inside a word
                if stack.last?.family == .single || (stack.contains(where: { $0.family == .single }) && !isWordy(index + 1)) {
                    if !isSpaceOrEdge(index - 1) { _ = close(.single, at: index) }
                } else if value == "'", opensAfter(index - 1), isLetter(index + 1, scalars) {
                    stack.append((.single, index))
                }
            default:
                continue
            }
        }
        // Double quotes left open run to the end of the paragraph.
        for entry in stack where entry.family != .single {
            let open = scalars[entry.index]
            spans.append(QuoteSpan(open: open.offset, contentStart: open.offset + open.length,
                                   contentEnd: length, closed: false))
        }
        spans.sort { $0.open < $1.open }
        // Depth: how many accepted spans enclose each one.
        var enclosing: [Int] = []  // content ends of open spans
        for index in spans.indices {
            while let last = enclosing.last, last <= spans[index].open { enclosing.removeLast() }
            spans[index].depth = enclosing.count
            enclosing.append(spans[index].contentEnd)
        }
        return spans
    }

    @inline(__always)
    static func isAlphanumeric(_ value: Unicode.Scalar) -> Bool {
        if value.isASCII {
            let v = value.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return value.properties.isAlphabetic || value.properties.numericType != nil
    }

    @inline(__always)
    static func isWhitespace(_ value: Unicode.Scalar) -> Bool {
        if value.isASCII { return value == " " || value == "\n" || value == "\t" || value == "\r" || value.value == 0x0B || value.value == 0x0C }
        return value.properties.isWhitespace
    }

    @inline(__always)
    static func isUppercase(_ value: Unicode.Scalar) -> Bool {
        if value.isASCII { return value.value >= 0x41 && value.value <= 0x5A }
        return value.properties.isUppercase
    }

    static func isLetter(_ index: Int, _ scalars: [Scalar]) -> Bool {
        guard scalars.indices.contains(index) else { return false }
        let value = scalars[index].value
        if value.isASCII { return (value.value >= 0x41 && value.value <= 0x5A) || (value.value >= 0x61 && value.value <= 0x7A) }
        return value.properties.isAlphabetic
    }

    /// Lowercased, with ’ made a straight apostrophe.
    static func lowered(_ word: String) -> String {
        var result = word.lowercased()
        if result.utf8.contains(0xE2) {
            result = String(String.UnicodeScalarView(result.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
        }
        return result
    }

    // MARK: Tokens

    private func tokenize(_ scalars: [Scalar]) {
        var marks: [Int: (isOpen: Bool, quote: Int)] = [:]  // scalar offset → mark
        for (index, quote) in quotes.enumerated() {
            marks[quote.open] = (true, index)
            if quote.closed { marks[quote.contentEnd] = (false, index) }
        }
        var depth = 0
        var topQuote: Int?
        var sentence = 0
        var index = 0
        tokens.reserveCapacity(scalars.count / 4)
        let sentenceRanges = self.sentenceRanges

        func sentenceOf(_ offset: Int) -> Int {
            while sentence + 1 < sentenceRanges.count, sentenceRanges[sentence + 1].lowerBound <= offset { sentence += 1 }
            return sentence
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if let mark = marks[scalar.offset] {
                let quote = quotes[mark.quote]
                if mark.isOpen {
                    if quote.depth == 0 { topQuote = mark.quote; quotes[mark.quote].openToken = tokens.count }
                    tokens.append(Token(kind: .open, start: scalar.offset, end: scalar.offset + scalar.length,
                                        lower: "\"", isCapitalized: false, depth: depth,
                                        sentence: sentenceOf(scalar.offset), quote: topQuote))
                    depth += 1
                } else {
                    depth = max(0, depth - 1)
                    if quote.depth == 0 {
                        quotes[mark.quote].closeToken = tokens.count
                        quotes[mark.quote].lastInside = tokens.count - 1
                    }
                    tokens.append(Token(kind: .close, start: scalar.offset, end: scalar.offset + scalar.length,
                                        lower: "\"", isCapitalized: false, depth: depth,
                                        sentence: sentenceOf(scalar.offset), quote: topQuote))
                    if quote.depth == 0 { topQuote = nil }
                }
                index += 1
                continue
            }
            let value = scalar.value
            if ParagraphView.isWhitespace(value) { index += 1; continue }
            if ParagraphView.isAlphanumeric(value) {
                var end = index + 1
                while end < scalars.count {
                    let next = scalars[end].value
                    if ParagraphView.isAlphanumeric(next) || (!next.isASCII && next.properties.generalCategory == .nonspacingMark) { end += 1; continue }
                    if "-'’.&".unicodeScalars.contains(next), end + 1 < scalars.count,
                       ParagraphView.isAlphanumeric(scalars[end + 1].value), marks[scalars[end].offset] == nil {
                        end += 2
                        continue
                    }
                    break
                }
                let start = scalar.offset
                let stop = scalars[end - 1].offset + scalars[end - 1].length
                let word = String(decoding: bytes[start..<stop], as: UTF8.self)
                tokens.append(Token(kind: .word, start: start, end: stop,
                                    lower: ParagraphView.lowered(word),
                                    isCapitalized: ParagraphView.isUppercase(value),
                                    depth: depth, sentence: sentenceOf(start), quote: topQuote))
                index = end
                continue
            }
            let text = String(Character(value))
            tokens.append(Token(kind: .punct, start: scalar.offset, end: scalar.offset + scalar.length,
                                lower: text == "’" ? "'" : text, isCapitalized: false, depth: depth,
                                sentence: sentenceOf(scalar.offset), quote: topQuote))
            index += 1
        }
        // A quote left open holds everything to the end.
        for index in quotes.indices where !quotes[index].closed && quotes[index].depth == 0 {
            quotes[index].lastInside = tokens.count - 1
        }
        // Token ranges of the sentences.
        var ranges = Array(repeating: 0..<0, count: sentenceRanges.count)
        var position = 0
        for (index, range) in sentenceRanges.enumerated() {
            while position < tokens.count, tokens[position].start < range.lowerBound { position += 1 }
            let start = position
            while position < tokens.count, tokens[position].start < range.upperBound { position += 1 }
            ranges[index] = start..<position
        }
        sentenceTokens = ranges
    }

    // MARK: Mentions

    private func placeMentions(actors: [String: DraftActor], index: MentionIndex) {
        for (sentenceIndex, sentence) in sentences.enumerated() where sentenceIndex < sentenceRanges.count {
            let base = sentenceRanges[sentenceIndex].lowerBound
            for mention in index.actors(in: sentence.ref) {
                let start = base + mention.range.lowerBound
                let end = base + mention.range.upperBound
                guard start < end, end <= bytes.count else { continue }
                guard let first = firstToken(endingAfter: start), tokens[first].start < end else { continue }
                var last = first
                while last + 1 < tokens.count, tokens[last + 1].start < end { last += 1 }
                let actor = actors[mention.target.name]
                let rest = text(end..<min(bytes.count, end + 4))
                let afterToken = last + 1 < tokens.count ? tokens[last + 1] : nil
                let possessive = rest.hasPrefix("’s") || rest.hasPrefix("'s")
                    || ((rest.hasPrefix("’") || rest.hasPrefix("'")) && (afterToken?.kind == .punct))
                let compound = rest.hasPrefix("-")
                let placed = Mention(
                    actor: mention.target.name, kind: actor?.kind ?? .other, first: first, last: last,
                    start: start, end: end, possessive: possessive, compound: compound,
                    inQuote: tokens[first].depth > 0, sentence: sentenceIndex, surface: mention.surface)
                mentionsEndingAt[last, default: []].append(mentions.count)
                mentionsStartingAt[first, default: []].append(mentions.count)
                mentions.append(placed)
            }
        }
    }

    /// The index in `mentions` of the first mention that starts at or after a token.
    func firstMentionIndex(atOrAfter token: Int) -> Int {
        var low = 0
        var high = mentions.count
        while low < high {
            let middle = (low + high) / 2
            if mentions[middle].first < token { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The first token that ends after a byte offset.
    func firstToken(endingAfter offset: Int) -> Int? {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].end <= offset { low = middle + 1 } else { high = middle }
        }
        return low < tokens.count ? low : nil
    }

    /// The longest mention outside quotes whose last token is `token`.
    /// The comma of "5,200": digits on both sides, with no space.
    func isDigitGroupSeparator(_ index: Int) -> Bool {
        guard index > 0, index + 1 < tokens.count, tokens[index].lower == "," else { return false }
        let before = tokens[index - 1], after = tokens[index + 1]
        return before.end == tokens[index].start && after.start == tokens[index].end
            && before.lower.last?.isNumber == true && after.lower.first?.isNumber == true
    }

    func mention(endingAt token: Int) -> Mention? {
        longest(mentionsEndingAt[token])
    }

    func mention(startingAt token: Int) -> Mention? {
        longest(mentionsStartingAt[token])
    }

    private func longest(_ indices: [Int]?) -> Mention? {
        guard let indices else { return nil }
        var best: Int?
        for index in indices where !mentions[index].inQuote {
            if let current = best, mentions[current].last - mentions[current].first >= mentions[index].last - mentions[index].first { continue }
            best = index
        }
        return best.map { mentions[$0] }
    }

    /// Mentions outside quotes whose first token lies in a range, in text order.
    func mentions(in range: Range<Int>) -> [Mention] {
        var result: [Mention] = []
        for token in range {
            if let found = mention(startingAt: token) { result.append(found) }
        }
        return result
    }
}

extension ParagraphView {
    /// "the Patriotic Front (PF)": the token a name ends at when `end` closes the abbreviation
    /// in parentheses after it; else `end`.
    func beforeAbbreviation(_ end: Int) -> Int {
        guard end >= 3, end < tokens.count, tokens[end].lower == ")", tokens[end - 2].lower == "(",
              tokens[end - 1].kind == .word, tokens[end - 1].isCapitalized else { return end }
        return end - 3
    }
}
