import BriefingModel

/// "The treaty itself expires in July 2026", "the court sits again on May 4": the simple
/// present with a date still ahead tells a timetable, a planned event, whatever its verb —
/// but not the verbs that say, think, are or measure ("the deadline falls on Friday").
extension TriggerDetector {
    static func scheduledPresent(at index: Int, in analysis: SentenceAnalysis) -> Trigger? {
        guard Ablation.on("scheduled") else { return nil }
        let token = analysis.tokens[index]
        let word = token.lower
        guard word.utf8.count > 4, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !token.isCapitalized,
              !analysis.quoted[index], !ClauseSplitter.auxiliaries.contains(word), !prepositions.contains(word) else { return nil }
        let base = word.hasSuffix("es") && !EventLexicon.nonPlans.contains(String(word.dropLast())) ? String(word.dropLast(2)) : String(word.dropLast())
        guard !EventLexicon.nonPlans.contains(base), !EventLexicon.nonPlans.contains(String(word.dropLast())), !EventLexicon.nonActs.contains(word) || EventLexicon.plannable.contains(base) else { return nil }
        // A verb, not a plural noun ("observers expected to deploy", "figures put at"): what
        // follows is a preposition, an adverb of time or a date.
        guard let next = analysis.word(index + 1), analysis.date(at: index + 1) != nil || prepositions.contains(next) && next != "to" || ["again", "back"].contains(next) else { return nil }
        // The subject right before, past adverbs and an intensifying "itself".
        var k = index - 1
        while k > 0, analysis.tokens[k].isWord, preverbalAdverbs.contains(analysis.tokens[k].lower) || ["itself", "himself", "herself"].contains(analysis.tokens[k].lower) { k -= 1 }
        guard k >= 0, k < index, analysis.tokens[k].isWord, !analysis.tokens[k].lower.hasSuffix("s") || analysis.tokens[k].isCapitalized,
              isBareNoun(at: k, in: analysis) || analysis.tokens[k].isCapitalized && k > 0 || analysis.actor(at: k) != nil else { return nil }
        // Its own date, ahead of the report.
        let clause = analysis.clauses[analysis.clauseIndex(of: index)].range
        guard let published = analysis.published, analysis.dates.contains(where: { found in
            guard found.tokens.lowerBound > index, clause.contains(found.tokens.lowerBound), found.mention.isEventDate, case .date = found.mention.kind,
                  let start = found.mention.span?.start else { return false }
            return start.iso > published.iso && !CandidateBuilder.endPrepositions.contains(found.mention.preposition ?? "")
        }) else { return nil }
        let trigger = Trigger(token: index, entry: TriggerEntry(lemma: base, eventClass: .act, partOfSpeech: .verb), isVerbal: true)
        return accepts(trigger, in: analysis) ? trigger : nil
    }
}
