import BriefingModel

/// One sentence as the event stage reads it: tokens, clauses, time expressions, quoted
/// stretches, and the actor and place mentions the name stage found, in token positions.
struct SentenceAnalysis {
    /// A mention of an actor or place, as a token range.
    struct Span: Hashable {
        var tokens: Range<Int>
        var name: String
        var surface: String
    }

    let sentence: DraftSentence
    let tokens: [SentenceToken]
    let dates: [DateFinder.Found]
    let clauses: [Clause]
    /// What each token says about tense.
    let marks: [TenseDetector.Mark]
    /// Tokens between quotation marks.
    let quoted: [Bool]
    let endsInQuote: Bool
    let actors: [Span]
    let places: [Span]
    /// For reading a date again in another tense ("called a protest on Saturday").
    let published: BriefingDate?

    /// Every window of a sentence: one for any real sentence, several for a run-on text.
    static func windows(of sentence: DraftSentence, mentions: MentionIndex, startsInQuote: Bool, published: BriefingDate?) -> [SentenceAnalysis] {
        let tokens = SentenceTokenizer.tokenize(sentence.text)
        var inQuote = startsInQuote
        return SentenceTokenizer.windows(tokens).map { window in
            let analysis = SentenceAnalysis(sentence: sentence, tokens: Array(tokens[window]), mentions: mentions, startsInQuote: inQuote, published: published)
            inQuote = analysis.endsInQuote
            return analysis
        }
    }

    init(sentence: DraftSentence, mentions: MentionIndex, startsInQuote: Bool, published: BriefingDate?) {
        self.init(sentence: sentence, tokens: SentenceTokenizer.tokenize(sentence.text), mentions: mentions, startsInQuote: startsInQuote, published: published)
    }

    /// `tokens`: the sentence's tokens, or a window of them (their ranges stay sentence offsets).
    init(sentence: DraftSentence, tokens: [SentenceToken], mentions: MentionIndex, startsInQuote: Bool, published: BriefingDate?) {
        self.sentence = sentence
        self.tokens = tokens
        self.published = published
        let raws = DateScanner.scan(tokens)
        clauses = ClauseSplitter.split(tokens, protected: raws.map { $0.start..<$0.end }, isVerb: { token in
            EventLexicon.entries[token.lower]?.contains { $0.partOfSpeech == .verb } ?? false
        })
        marks = TenseDetector.marks(tokens)
        dates = raws.isEmpty ? [] : DateFinder.resolve(raws, tokens: tokens, clauses: clauses, marks: marks, in: sentence.text, published: published)
        var inside = startsInQuote
        var quoted = [Bool](repeating: false, count: tokens.count)
        for (index, token) in tokens.enumerated() {
            switch token.text {
            case "\u{201C}", "\u{00AB}": inside = true
            case "\u{201D}", "\u{00BB}": inside = false
            case "\"": inside.toggle()
            default: quoted[index] = inside
            }
        }
        self.quoted = quoted
        endsInQuote = inside

        let extent = (tokens.first?.range.lowerBound ?? 0)..<(tokens.last?.range.upperBound ?? 0)
        func spans(_ list: [MentionIndex.Mention]) -> [Span] {
            // Both lists are in text order: walk them together.
            var spans: [Span] = []
            var start = 0
            for mention in list where mention.range.overlaps(extent) {
                while start < tokens.count, tokens[start].range.upperBound <= mention.range.lowerBound { start += 1 }
                var end = start
                while end < tokens.count, tokens[end].range.lowerBound < mention.range.upperBound { end += 1 }
                if end > start { spans.append(Span(tokens: start..<end, name: mention.target.name, surface: mention.surface)) }
            }
            return spans
        }
        // "NAIROBI, Kenya (Reuters) - Kenya had suspended …": no name of the dateline is the
        // lead's subject or an agent of what it reports.
        let opensParagraph = sentence.index == 1 && tokens.first?.range.lowerBound == 0
        let credit = !opensParagraph ? 0 : DatelineCredit.length(tokens: tokens.count) { k in
            let token = tokens[k]
            switch token.kind {
            case .punct where DatelineCredit.dashes.contains(token.text): return .dash
            case .punct where token.text == ")": return .closingParenthesis
            case .punct where ["\u{201C}", "\u{201D}", "\"", "\u{00AB}", "\u{00BB}"].contains(token.text): return .quoteMark
            case .word where !token.isCapitalized: return .lowerCaseWord
            default: return .other
            }
        }
        actors = spans(mentions.actors(in: sentence.ref)).filter { $0.tokens.lowerBound >= credit }
        places = spans(mentions.places(in: sentence.ref))
    }

    /// The verbatim text of a token range.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= tokens.count else { return "" }
        return utf8Text(of: sentence.text, tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound)
    }

    func clauseIndex(of token: Int) -> Int {
        ClauseSplitter.clause(containing: token, in: clauses) ?? 0
    }

    func word(_ index: Int) -> String? {
        index >= 0 && index < tokens.count ? tokens[index].lower : nil
    }

    /// The actor mention covering a token.
    func actor(at index: Int) -> Span? {
        actors.first { $0.tokens.contains(index) }
    }

    /// The time expression covering a token.
    func date(at index: Int) -> DateFinder.Found? {
        dates.first { $0.tokens.contains(index) }
    }

    func contains(_ words: Set<String>, in range: Range<Int>) -> Bool {
        range.contains { words.contains(tokens[$0].lower) }
    }

    /// Whether a phrase occurs, word for word, inside a range.
    func containsPhrase(_ phrase: [String], in range: Range<Int>) -> Bool {
        guard phrase.count <= range.count, let first = phrase.first else { return false }
        for start in range.lowerBound...(range.upperBound - phrase.count) where tokens[start].lower == first {
            if phrase.indices.allSatisfy({ tokens[start + $0].lower == phrase[$0] }) { return true }
        }
        return false
    }
}
