import BriefingModel

/// Who took part and where: noun phrases, agents and places of a trigger clause.
extension CandidateBuilder {
    // MARK: - Noun phrases

    /// Determiner, modifiers and the noun, plus "of/by/to …" complements, within the clause.
    static func nounPhrase(at noun: Int, in analysis: SentenceAnalysis, clause: Range<Int>) -> Range<Int> {
        let tokens = analysis.tokens
        var start = noun
        while start - 1 >= clause.lowerBound, noun - (start - 1) <= 6 {
            let token = tokens[start - 1]
            if token.kind == .punct { break }
            if TriggerDetector.prepositions.contains(token.lower) || ClauseSplitter.openers(token.lower) { break }
            if EventLexicon.lightVerbs.contains(token.lower) || (ClauseSplitter.looksLikeVerb(token) && !token.isPossessive && analysis.actor(at: start - 1) == nil && analysis.date(at: start - 1) == nil && !EventLexicon.newEventAdjectives.contains(token.lower)) { break }
            start -= 1
            if TriggerDetector.determiners.contains(token.lower) { break }
        }
        var end = noun + 1
        if analysis.word(end) == "abroad" { end += 1 }
        var complements = 0
        while end < clause.upperBound, complements < 2, let preposition = analysis.word(end), complementPrepositions.contains(preposition) {
            var k = end + 1
            var words = 0
            while k < clause.upperBound, words < 5, analysis.tokens[k].kind != .punct {
                let token = analysis.tokens[k]
                if TriggerDetector.prepositions.contains(token.lower) || ClauseSplitter.openers(token.lower) { break }
                // "in the contested waters": a participle after a determiner is an adjective.
                let afterDeterminer = TriggerDetector.determiners.contains(analysis.tokens[k - 1].lower)
                if ClauseSplitter.looksLikeVerb(token), !afterDeterminer, analysis.actor(at: k) == nil, analysis.date(at: k) == nil { break }
                k += 1
                words += 1
            }
            guard words > 0 else { break }
            end = k
            complements += 1
        }
        return start..<end
    }

    static func byAgent(after index: Int, in analysis: SentenceAnalysis, limit: Int) -> String? {
        var k = index + 1
        while k < limit {
            if analysis.word(k) == "by" {
                var object = k + 1
                while object < analysis.tokens.count, analysis.actor(at: object) == nil, object - k <= 3, analysis.tokens[object].kind != .punct { object += 1 }
                return analysis.actor(at: object)?.name
            }
            k += 1
        }
        return nil
    }

    /// An actor after a preposition is an object ("to Russia", "from the border"), except the
    /// subject of an absolute clause ("with the North conducting …").
    static func isObject(_ span: SentenceAnalysis.Span, clause: Range<Int>, in analysis: SentenceAnalysis) -> Bool {
        var k = span.tokens.lowerBound - 1
        if let word = analysis.word(k), TriggerDetector.determiners.contains(word) { k -= 1 }
        guard let preposition = analysis.word(k), TriggerDetector.prepositions.contains(preposition) else { return false }
        if preposition == "with", k == clause.lowerBound { return false }
        return true
    }

    /// The subject: "by X" after a passive verb, else the first actor of the clause before the
    /// trigger that is not a prepositional object, else (for "he", participles) the subject of
    /// the sentence before the clause.
    static func verbAgent(head: Trigger, clause: Range<Int>, in analysis: SentenceAnalysis) -> String? {
        if head.isVerbal, let passive = byAgent(after: head.token, in: analysis, limit: min(clause.upperBound, head.token + 7)) { return passive }
        // A passive whose "by …" names no known actor has no agent to borrow from elsewhere.
        let passiveBy = head.isVerbal && analysis.tokens[head.token].lower.endsWith("ed") && analysis.word(head.token + 1) == "by"
        let before = analysis.actors.filter { $0.tokens.lowerBound >= clause.lowerBound && $0.tokens.upperBound <= head.token }
        if var index = before.firstIndex(where: { !isObject($0, clause: clause, in: analysis) }) {
            // "Zimbabwe opposition leader Nelson Chamisa": the last name of one noun phrase.
            // Mentions may nest ("U.S." inside "U.S. Treasury Department"): only a later one joins.
            while index + 1 < before.count, before[index + 1].tokens.lowerBound >= before[index].tokens.upperBound,
                  before[index + 1].tokens.lowerBound - before[index].tokens.upperBound <= 4,
                  (before[index].tokens.upperBound..<before[index + 1].tokens.lowerBound).allSatisfy({ k in
                      let token = analysis.tokens[k]
                      return token.isWord && !TriggerDetector.prepositions.contains(token.lower) && !ClauseSplitter.looksLikeVerb(token) && !["and", "or", "said", "says", "told"].contains(token.lower)
                  }) {
                index += 1
            }
            return before[index].name
        }
        if passiveBy { return nil }
        // "… from Beijing, which has … and launched a probe": the antecedent of a relative clause.
        var clauseIndex = analysis.clauseIndex(of: clause.lowerBound)
        while clauseIndex > 0, ["and", "or", "but"].contains(analysis.clauses[clauseIndex].opener ?? "") { clauseIndex -= 1 }
        let relative = analysis.clauses[clauseIndex].range
        if ["which", "who", "that"].contains(analysis.clauses[clauseIndex].opener ?? ""),
           let antecedent = analysis.actors.last(where: { $0.tokens.upperBound <= relative.lowerBound && relative.lowerBound - $0.tokens.upperBound <= 1 }) {
            return antecedent.name
        }
        // The subject before the clause — not one that only reports ("WAFA reported that at
        // least 20 people …"), unless the clause points back to it ("… said it was expelling").
        var first = clause.lowerBound
        if let opener = analysis.clauses[clauseIndex].opener, analysis.word(first) == opener { first += 1 }
        let pointsBack = pronouns.contains(analysis.word(first) ?? "")
        let subjectEnd = clauseIndex == analysis.clauseIndex(of: clause.lowerBound) ? nil
            : sharedSubjectEnd(head: head, clause: clause, joinedTo: relative, in: analysis)
        return analysis.actors.last(where: { span in
            if let subjectEnd, span.tokens.upperBound > subjectEnd { return false }
            let own = analysis.clauses[analysis.clauseIndex(of: span.tokens.lowerBound)].range
            let reports = (span.tokens.upperBound..<min(analysis.tokens.count, span.tokens.upperBound + 3)).contains { ClauseSplitter.reportingVerbs.contains(analysis.tokens[$0].lower) }
            return span.tokens.upperBound <= clause.lowerBound && !isObject(span, clause: own, in: analysis) && (pointsBack || !reports)
        })?.name
    }

    static func findPlace(head: Int, clause clauseIndex: Int, in analysis: SentenceAnalysis, context: EventContext) -> String? {
        let clause = analysis.clauses[clauseIndex].range
        var spans = analysis.places
        spans += analysis.actors.filter { context.placeNames.contains($0.name) && !spans.contains($0) }
        // "Russia's war" names an owner, not a place.
        let inClause = spans.filter { clause.contains($0.tokens.lowerBound) && !analysis.tokens[$0.tokens.upperBound - 1].isPossessive }
            .sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        /// The preposition governing a place: "in the southern port city of Busan" → "of".
        func preposition(_ span: SentenceAnalysis.Span) -> String? {
            var k = span.tokens.lowerBound - 1
            while k > span.tokens.lowerBound - 5, let word = analysis.word(k), analysis.tokens[k].isWord, !TriggerDetector.prepositions.contains(word) { k -= 1 }
            return analysis.word(k)
        }
        if let after = inClause.first(where: { $0.tokens.lowerBound > head && $0.tokens.lowerBound - head <= 10 && preposition($0).map { TriggerDetector.prepositions.contains($0) && $0 != "from" && $0 != "than" } == true }) {
            return after.name
        }
        if let before = inClause.last(where: { $0.tokens.lowerBound < head && ["in", "at"].contains(preposition($0) ?? "") }) { return before.name }
        if analysis.clauses[clauseIndex].opener == "where",
           let antecedent = spans.filter({ $0.tokens.upperBound <= clause.lowerBound }).max(by: { $0.tokens.upperBound < $1.tokens.upperBound }) {
            return antecedent.name
        }
        return nil
    }
}
