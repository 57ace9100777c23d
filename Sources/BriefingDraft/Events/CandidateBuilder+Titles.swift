/// A short summary of a trigger clause, as written.
extension CandidateBuilder {
    // MARK: - Titles

    static let verbGroup: Set<String> = ["had", "has", "have", "was", "were", "been", "be", "is", "are", "will", "would", "also", "then", "already", "later", "alone", "just", "not", "previously", "once", "again", "first", "still", "now", "to", "being"]

    /// Where the subject of a verb starts: back over the verb group (auxiliaries, adverbs,
    /// dates), then over its noun phrase.
    static func subjectStart(before verb: Int, clause: Range<Int>, in analysis: SentenceAnalysis) -> Int {
        let tokens = analysis.tokens
        var k = verb - 1
        while k >= clause.lowerBound, verbGroup.contains(tokens[k].lower) || (tokens[k].isWord && tokens[k].lower.hasSuffix("ly") && !tokens[k].isCapitalized) || analysis.date(at: k) != nil || tokens[k].text == "," {
            k -= 1
        }
        var start = k + 1
        while k >= clause.lowerBound {
            let token = tokens[k]
            if token.kind == .punct { break }
            if k == clause.lowerBound, openers.contains(token.lower) { break }
            let coordinatedNames = token.lower == "and" && k - 1 >= clause.lowerBound && tokens[k - 1].isCapitalized && k + 1 < tokens.count && tokens[k + 1].isCapitalized
            let approximation = token.lower == "at" && ["least", "most"].contains(analysis.word(k + 1) ?? "")
            if !coordinatedNames, !approximation, ClauseSplitter.openers(token.lower) || (TriggerDetector.prepositions.contains(token.lower) && token.lower != "of") { break }
            if analysis.actor(at: k) == nil, !token.isCapitalized, ClauseSplitter.looksLikeVerb(token) || EventLexicon.lightVerbs.contains(token.lower) || ["said", "says", "told"].contains(token.lower) { break }
            start = k
            if TriggerDetector.determiners.contains(token.lower) || token.isPossessive && analysis.actor(at: k) == nil { break }
            k -= 1
        }
        return start
    }

    /// The clause from its subject through the trigger's object, as written, without the
    /// dates around it; a pronoun subject replaced by the actor it stands for.
    static func makeTitle(head: Trigger, triggers: [Trigger], clause: Range<Int>, agent: String?, in analysis: SentenceAnalysis) -> String {
        let tokens = analysis.tokens
        var start: Int
        var end: Int
        if head.isVerbal {
            start = subjectStart(before: head.token, clause: clause, in: analysis)
            // A subject with a long modifier: "A U.S. B-52 bomber capable of carrying … landed".
            if let agent, let span = analysis.actors.first(where: { $0.name == agent && $0.tokens.lowerBound >= clause.lowerBound && $0.tokens.upperBound <= head.token }),
               span.tokens.lowerBound < start, head.token - span.tokens.lowerBound <= 12 {
                var k = span.tokens.lowerBound
                while k - 1 >= clause.lowerBound, let word = analysis.word(k - 1), TriggerDetector.determiners.contains(word) { k -= 1 }
                start = k
            }
            end = head.token + 1
            while end < clause.upperBound, end - head.token <= 12 {
                let token = tokens[end]
                if [",", "(", ";", "\u{2014}"].contains(token.text) { break }
                if ["that", "which", "who", "what", "where", "when", "while", "as", "after", "before", "because"].contains(token.lower) { break }
                if TriggerDetector.complementHeads.contains(token.lower) { break }
                if end > head.token + 2, token.isWord, token.lower.hasSuffix("ing"), !ClauseSplitter.ingNouns.contains(token.lower) { break }
                if let date = analysis.date(at: end), date.tokens.lowerBound == end, end > head.token + 1 { break }
                end += 1
            }
        } else {
            let phrase = nounPhrase(at: head.token, in: analysis, clause: clause)
            if let light = TriggerDetector.lightVerb(before: head.token, in: analysis) {
                start = subjectStart(before: light, clause: clause, in: analysis)
            } else {
                start = phrase.lowerBound
            }
            end = phrase.upperBound
            if end < clause.upperBound, ["was", "were", "is", "are"].contains(tokens[end].lower) {
                var k = end + 1
                while k < clause.upperBound, k - end <= 4, tokens[k].isWord, !ClauseSplitter.openers(tokens[k].lower) { k += 1 }
                end = k
            }
        }
        func trimmable(_ index: Int) -> Bool {
            let token = tokens[index]
            return token.kind == .punct || openers.contains(token.lower) || analysis.date(at: index) != nil
        }
        while start < end, trimmable(start) { start += 1 }
        while end > start, trimmable(end - 1) || TriggerDetector.prepositions.contains(tokens[end - 1].lower) || ["and", "the", "a", "an", "its", "their", "his", "her"].contains(tokens[end - 1].lower) { end -= 1 }
        guard start < end else { return capitalizedFirst(analysis.text(clause)) }
        var title = analysis.text(start..<end)
        let first = tokens[start]
        let opener = analysis.clauses[analysis.clauseIndex(of: clause.lowerBound)].opener ?? ""
        if let agent, pronouns.contains(first.lower), first.text.count == first.lower.count {
            title = shortName(of: agent, before: start, in: analysis) + title.dropFirst(first.text.count)
        } else if head.isVerbal, start == head.token, ["which", "who"].contains(opener), let antecedent = antecedent(of: clause, in: analysis) {
            // "The Israeli delegation, which arrived in Cairo …" → "The Israeli delegation arrived in Cairo"
            title = analysis.text(antecedent) + " " + title
        } else if let agent, head.isVerbal, start == head.token || first.lower == "to" {
            title = shortName(of: agent, before: start, in: analysis) + " " + title
        } else if !head.isVerbal, start == nounPhrase(at: head.token, in: analysis, clause: clause).lowerBound, ["a", "an", "the"].contains(first.lower) {
            title = String(title.dropFirst(first.text.count + 1))
        }
        title = String(title.unicodeScalars.filter { !["\u{201C}", "\u{201D}", "\""].contains($0) }.map(Character.init))
        return capitalizedFirst(title)
    }

    /// The actor as this sentence names it, without a possessive ("Lavrov", "Beijing"); the
    /// full name when the sentence only uses an adjective for it ("Israeli delegation").
    static func shortName(of actor: String, before index: Int, in analysis: SentenceAnalysis) -> String {
        guard let span = analysis.actors.last(where: { $0.name == actor && $0.tokens.upperBound <= index }) ?? analysis.actors.first(where: { $0.name == actor }) else { return actor }
        var surface = span.surface
        for suffix in ["\u{2019}s", "'s"] where surface.hasSuffix(suffix) { surface.removeLast(2) }
        let last = span.tokens.upperBound - 1
        if !analysis.tokens[last].isPossessive, let next = analysis.tokens.indices.contains(span.tokens.upperBound) ? analysis.tokens[span.tokens.upperBound] : nil,
           next.isWord, !next.isCapitalized, !ClauseSplitter.looksLikeVerb(next), !TriggerDetector.prepositions.contains(next.lower),
           !ClauseSplitter.auxiliaries.contains(next.lower), !ClauseSplitter.reportingVerbs.contains(next.lower), !["and", "or", "said", "says"].contains(next.lower) {
            return actor
        }
        return surface
    }

    /// The noun phrase a relative clause hangs on: "The Israeli delegation" in "The Israeli
    /// delegation, which arrived …".
    static func antecedent(of clause: Range<Int>, in analysis: SentenceAnalysis) -> Range<Int>? {
        var end = clause.lowerBound
        if end > 0, analysis.tokens[end - 1].text == "," { end -= 1 }
        var start = end
        while start > 0, end - start < 8 {
            let token = analysis.tokens[start - 1]
            guard token.isWord || token.kind == .number else { break }
            if TriggerDetector.prepositions.contains(token.lower) || ClauseSplitter.looksLikeVerb(token) && analysis.actor(at: start - 1) == nil { break }
            start -= 1
            if TriggerDetector.determiners.contains(token.lower) { break }
        }
        return start < end ? start..<end : nil
    }

    static func capitalizedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
