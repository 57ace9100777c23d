/// "since the restart on Sept. 27", "after the walkout in March", "following the devaluation
/// on Monday": the object of a preposition of time is an event (it stands where a time could),
/// and a date right after it is that event's own. The lexicon names the usual nouns; this
/// reads any noun in that frame but periods, figures and plans ("since the end of March").
/// ("before" is left out: "appeared before the court on Monday" places, not times.)
extension TriggerDetector {
    static func datedTimeObject(at index: Int, in analysis: SentenceAnalysis) -> Trigger? {
        guard Ablation.on("timeobj"), isBareNoun(at: index, in: analysis), lexiconEntries(analysis.tokens[index].lower) == nil,
              !nonHappeningNouns.contains(analysis.tokens[index].lower), !periodNouns.contains(analysis.tokens[index].lower),
              !timeFrameNouns.contains(analysis.tokens[index].lower),
              let found = analysis.date(at: index + 1), found.tokens.lowerBound == index + 1, found.mention.isEventDate,
              case .date = found.mention.kind, found.mention.span != nil, governedByTimePreposition(index, in: analysis) else { return nil }
        // "after police last month used tear gas": a verb after the date makes the noun its subject.
        if let after = analysis.word(found.tokens.upperBound), ClauseSplitter.looksLikeVerb(analysis.tokens[found.tokens.upperBound]) || ClauseSplitter.auxiliaries.contains(after) {
            return nil
        }
        let trigger = Trigger(token: index, entry: TriggerEntry(lemma: analysis.tokens[index].lower, eventClass: .act, partOfSpeech: .noun), isVerbal: false)
        return accepts(trigger, in: analysis) ? trigger : nil
    }

    /// A preposition of time before the noun, past a determiner or a possessive and at most
    /// two modifiers.
    static func governedByTimePreposition(_ index: Int, in analysis: SentenceAnalysis) -> Bool {
        var k = index - 1
        while k >= 0, k >= index - 3 {
            let token = analysis.tokens[k]
            if token.isWord, timeObjectPrepositions.contains(token.lower) { return true }
            // Modifiers only: no pronoun or verb ("since he took office in 2023").
            guard token.isWord || token.isPossessive, !token.isCapitalized || analysis.actor(at: k) != nil,
                  !prepositions.contains(token.lower), !ClauseSplitter.openers(token.lower), !subjectPronouns.contains(token.lower),
                  !ClauseSplitter.looksLikeVerb(token), EventLexicon.entries[token.lower] == nil, !EventLexicon.nonActs.contains(token.lower) else { return false }
            k -= 1
        }
        return false
    }

    static let timeObjectPrepositions: Set<String> = ["since", "after", "following", "during"]

    /// Parts and points of time: "since the start of", "after the end of", "during the night of".
    static let timeFrameNouns: Set<String> = [
        "start", "beginning", "end", "middle", "rest", "time", "times", "night", "morning", "afternoon", "evening", "weekend",
        "holiday", "holidays", "dawn", "dusk", "midnight", "noon", "close", "opening", "height", "peak", "wake", "aftermath",
        "course", "outset", "run-up", "lead-up", "turn", "first", "last", "one", "two", "three",
    ]
}
