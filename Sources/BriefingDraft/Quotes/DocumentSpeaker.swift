/// A document that speaks: "“…,” the statement said", "the ruling read", "the ministry's
/// letter said". Its words are its author's: the owner named in the phrase, else the author
/// of the same kind of document mentioned before it ("a statement from the ministry",
/// "X said in a statement", "the court upheld the ban, a ruling that …").
extension AttributionText {
    /// Nouns of written or formal statements that news copy lets speak for their author.
    static let documentNouns: Set<String> = [
        "statement", "statements", "report", "letter", "communique", "communiqué", "ruling", "judgment", "judgement",
        "verdict", "declaration", "memo", "memorandum", "filing", "document", "release", "post", "message", "notice",
        "decree", "resolution", "bulletin", "editorial", "indictment", "lawsuit", "complaint", "petition", "note",
    ]

    /// "the ruling read", "the letter reads": "read" is a verb of saying only for a document.
    func isDocumentReading(_ t: Int, in p: Int) -> Bool {
        let tokens = paragraphs[p].tokens
        guard ["read", "reads"].contains(tokens[t].lower), t > 0, tokens[t - 1].kind == .word, tokens[t - 1].depth == 0 else { return false }
        if Self.documentNouns.contains(tokens[t - 1].lower) { return true }
        // "a statement from the company read": the document noun with its author before the verb.
        var k = t - 1
        while k > 0, t - k <= 6, tokens[k].kind == .word, tokens[k].depth == 0 {
            if ["from", "by"].contains(tokens[k].lower) {
                // "a statement issued by the company read".
                let noun = k >= 2 && ["issued", "released", "signed", "posted", "published"].contains(tokens[k - 1].lower) ? k - 2 : k - 1
                return Self.documentNouns.contains(tokens[noun].lower)
            }
            k -= 1
        }
        return false
    }

    /// The author of the document named by the phrase ending at `j`, or nil when `j` ends no
    /// such phrase or its author is not in the text.
    func documentAuthor(endingAt j: Int, in p: Int) -> String? {
        let view = paragraphs[p]
        let head = view.tokens[j].lower
        guard Self.documentNouns.contains(head) else { return nil }
        if let author = authorNamedAfter(j, in: p) { return author }
        if let author = identifiedDocumentAuthor(j, in: p) { return author }
        // Back over lower-case modifiers to the determiner or the owner ("the ministry's joint statement").
        var start = j
        while start > 0, j - start < 4 {
            let previous = view.tokens[start - 1]
            if let owner = view.mention(endingAt: start - 1) { return chainHead(from: owner, in: p).actor }
            if previous.kind == .punct, previous.lower == "'", start >= 2, let owner = view.mention(endingAt: start - 2) {
                return chainHead(from: owner, in: p).actor
            }
            guard previous.kind == .word, previous.depth == 0, !previous.isCapitalized || start - 1 == view.sentenceTokens[previous.sentence].lowerBound else { break }
            start -= 1
            if L.determiners.contains(previous.lower) { break }
        }
        // An indefinite "a statement said" introduces a document whose author is not given.
        guard ["the", "that", "this"].contains(view.tokens[start].lower) else { return nil }
        let position = Position(paragraph: p, token: start)
        if let author = earlierDocumentAuthor(head, before: position) { return author }
        // "A statement posted online said … ¶ “…,” the statement said": the document was met
        // before with no author named, so the text does not say whose it is (UnsignedDocument.swift).
        if introducedWithoutAuthor(head, before: position) { return nil }
        return impliedStatementAuthor(head, before: position) ?? reportingSubject(head, before: position)
    }

    /// Nouns of a statement that "X said" issues without naming it.
    static let impliedStatementNouns: Set<String> = ["statement", "communique", "communiqué"]

    /// "The WHO said on Tuesday that … ¶ “…,” the statement said": a definite statement that no
    /// earlier sentence names is what the last speaker said, in its paragraph or the one before.
    func impliedStatementAuthor(_ head: String, before position: Position) -> String? {
        guard Self.impliedStatementNouns.contains(head) else { return nil }
        var found: String?
        scanBack(from: position) { p, k in
            if p < position.paragraph - 1 { return true }
            let token = paragraphs[p].tokens[k]
            guard token.kind == .word, token.depth == 0, token.lower != "according", isQuoteCue(p, k),
                  let speaker = speaker(ofCue: k, in: p) else { return false }
            found = speaker.actor
            return true
        }
        return found
    }

    /// The author of the latest earlier mention of a document with the same head noun.
    func earlierDocumentAuthor(_ head: String, before position: Position) -> String? {
        let singular = head.hasSuffix("s") ? String(head.dropLast()) : head
        var found: String?
        scanBack(from: position) { p, k in
            let token = paragraphs[p].tokens[k]
            guard token.depth == 0, token.kind == .word, token.lower == head || token.lower == singular else { return false }
            found = author(ofDocumentAt: k, in: p)
            return true
        }
        return found
    }

    /// Words before "by" that name who received or passed on a document, not who wrote it.
    static let receiptParticiples: Set<String> = ["seen", "obtained", "reviewed", "received", "viewed", "leaked", "cited", "quoted", "shared", "read"]

    /// Words before "by" that name who ordered or paid for a document, not who wrote it.
    static let commissionParticiples: Set<String> = ["commissioned", "ordered", "requested", "funded", "sponsored", "financed", "backed"]

    /// Verbs by which a document itself reports ("a report found", "the study showed"): the
    /// noun before them is the subject of its clause, so the clause's other actors did not write it.
    static let documentVerbs: Set<String> = ["found", "finds", "showed", "shows", "concluded", "concludes", "said", "says", "suggested", "suggests", "revealed", "reveals", "warned", "warns", "estimated", "estimates"]

    /// "a statement from the ministry", "The report, published on Tuesday by the UN office,":
    /// the actor after "by" or "from" in the phrase that follows the noun, before any verb of saying.
    func authorNamedAfter(_ k: Int, in p: Int) -> String? {
        let tokens = paragraphs[p].tokens
        var index = k + 1
        while index < tokens.count, index <= k + 14, tokens[index].sentence == tokens[k].sentence {
            let token = tokens[index]
            if token.kind == .open || token.kind == .close { return nil }
            if token.kind == .punct, [".", ";", ":"].contains(token.lower) { return nil }
            if token.kind == .word, isQuoteCue(p, index) { return nil }
            if token.kind == .word, ["by", "from"].contains(token.lower) {
                if index > k + 1, Self.receiptParticiples.contains(tokens[index - 1].lower) { return nil }
                // "The report, commissioned by the board and written by X,": who ordered a
                // document did not write it; a later "by" may name who did.
                if index > k + 1, Self.commissionParticiples.contains(tokens[index - 1].lower) {
                    index += 1
                    continue
                }
                return firstActor(after: index, in: p, limit: 6)
            }
            index += 1
        }
        return nil
    }

    /// Who issued the document named at token `k`: "a statement from X", "X's statement",
    /// "X said in a statement", or the subject of the sentence that reports it.
    func author(ofDocumentAt k: Int, in p: Int) -> String? {
        let view = paragraphs[p]
        let tokens = view.tokens
        if k + 1 < tokens.count, tokens[k + 1].lower == "of", let author = firstActor(after: k + 1, in: p, limit: 6) {
            return author
        }
        if let author = authorNamedAfter(k, in: p) { return author }
        if k > 0, let owner = view.mention(endingAt: k - 1) { return chainHead(from: owner, in: p).actor }
        if k > 1, tokens[k - 1].kind == .punct, let owner = view.mention(endingAt: k - 2) { return chainHead(from: owner, in: p).actor }
        // "a document seen by Reuters": the one who saw it did not write it.
        if k + 1 < tokens.count, Self.receiptParticiples.contains(tokens[k + 1].lower) { return nil }
        // "…, after a report found the company had hidden breaches": the report is the subject
        // of its own clause; the sentence's main subject is not its author.
        if k + 1 < tokens.count, Self.documentVerbs.contains(tokens[k + 1].lower), k > 0,
           ["a", "an"].contains(tokens[k - 1].lower) || (k > 1 && ["a", "an"].contains(tokens[k - 2].lower)) { return nil }
        let sentence = tokens[k].sentence
        guard view.sentenceTokens.indices.contains(sentence) else { return nil }
        let range = view.sentenceTokens[sentence]
        // The verb of saying nearest the noun in its sentence ("X said in a statement on Monday").
        let cues = range.filter { tokens[$0].lower != "according" && isQuoteCue(p, $0) }
        if let nearest = cues.min(by: { abs($0 - k) < abs($1 - k) }), let speaker = speaker(ofCue: nearest, in: p) {
            return speaker.actor
        }
        return mainSubject(of: sentence, in: p, before: k)
    }
}

/// A document as the subject of its sentence, though a name stands between it and the verb.
extension AttributionText {
    /// "The statement on Shabait said", "a letter from the ministry said": the name closes a
    /// prepositional phrase after a document noun, so the document, not the name, is the subject.
    func documentBeforePhrase(endingWith mention: ParagraphView.Mention, floor: Int, in p: Int) -> String? {
        let tokens = paragraphs[p].tokens
        var k = mention.first - 1
        if k > floor, tokens[k].lower == "the" { k -= 1 }
        guard k > floor, tokens[k].kind == .word, tokens[k].depth == 0, L.prepositions.contains(tokens[k].lower),
              tokens[k - 1].kind == .word, tokens[k - 1].depth == 0, Self.documentNouns.contains(tokens[k - 1].lower) else { return nil }
        return documentAuthor(endingAt: k - 1, in: p)
    }

    /// "The statement also said that drones had flown … and accused Paris of …": a clause whose
    /// subject is a document noun right after its determiner (and lower-case modifiers) speaks
    /// for the document's author, not for the first name in the clause.
    func documentOpeningClause(from start: Int, before limit: Int, in p: Int) -> String? {
        let view = paragraphs[p]
        let tokens = view.tokens
        guard start < limit, tokens[start].kind == .word, tokens[start].depth == 0, ["the", "this", "that"].contains(tokens[start].lower) else { return nil }
        var k = start + 1
        while k < limit, k <= start + 3, tokens[k].kind == .word, tokens[k].depth == 0, view.mention(startingAt: k) == nil {
            if Self.documentNouns.contains(tokens[k].lower) {
                return documentAuthor(endingAt: k, in: p)
            }
            if tokens[k].isCapitalized { return nil }
            k += 1
        }
        return nil
    }

    /// "The statement on Shabait" after "a statement posted on … Shabait" ten paragraphs
    /// before: a definite document named by where it appeared is the earlier document of that
    /// noun whose sentence names the same place, however far back.
    func identifiedDocumentAuthor(_ k: Int, in p: Int) -> String? {
        let view = paragraphs[p]
        let tokens = view.tokens
        var m = k + 1
        guard m < tokens.count, ["on", "in", "from"].contains(tokens[m].lower) else { return nil }
        m += 1
        if m < tokens.count, tokens[m].lower == "the" { m += 1 }
        guard let place = view.mention(startingAt: m), !place.inQuote else { return nil }
        let head = tokens[k].lower
        for q in stride(from: p, through: 0, by: -1) {
            let earlier = paragraphs[q]
            for sentence in earlier.sentenceTokens.indices.reversed() {
                let range = earlier.sentenceTokens[sentence]
                if q == p, range.lowerBound >= k { continue }
                guard earlier.mentions(in: range).contains(where: { $0.actor == place.actor && !$0.inQuote }),
                      let noun = range.first(where: { earlier.tokens[$0].lower == head && earlier.tokens[$0].depth == 0 && (q < p || $0 < k) }) else { continue }
                return author(ofDocumentAt: noun, in: q)
            }
        }
        return nil
    }
}
