import BriefingModel

/// "Reinforcements arrived two days after the attack on the base": a distance from an event
/// named by a definite noun counts from the day the text gave that event before; an act timed
/// so is not on the day of the last date mentioned. Only an exact distance, and only from an
/// earlier event of the noun's kind with a day of its own.
extension EventLedger {
    /// The span of the act before the distance, and its text, if the distance names an earlier
    /// dated event ("… two days after the raid", "a week before their summit").
    func namedEventDistance(_ found: DateFinder.Found, offset: DateOffset, in analysis: SentenceAnalysis) -> DateSpan? {
        guard offset.bound == .exact, offset.count > 0, offset.unit == .day || offset.unit == .week,
              let (noun, classes) = Self.namedEvent(after: found, in: analysis) else { return nil }
        let recent = events.indices.reversed().prefix(Self.memory).filter { !events[$0].classes.isDisjoint(with: classes) }
        // "the attack" is the event told as an attack ("gunmen attacked the base") before any
        // other act of its kind ("troops killed two fighters"); "the deaths" the one told as dying.
        let stems = Self.actNouns[noun] ?? [String(noun.prefix(5))]
        let told = recent.filter { index in
            events[index].draft.title.lowercased().split(separator: " ").contains { word in stems.contains { word.hasPrefix($0) } }
        }
        // "The dispute sharpened after three workers died on Sunday": the dying may sit in a
        // clause whose day went to the act before it; that act's sentence still tells it.
        let toldInSentence = recent.filter { events[$0].sentenceActNouns.contains(noun) }
        // A later mention by the noun alone ("a planned attack", "the attack") has no day of its
        // own; the act it names is the one told with a day.
        let hasOwnDay = { (index: Int) in self.events[index].dateIsOwn && self.events[index].date?.start.precision == .day }
        let named = told.first(where: hasOwnDay) ?? toldInSentence.first(where: hasOwnDay) ?? told.first ?? recent.first
        guard let named, let date = events[named].date, events[named].dateIsOwn, date.start.precision == .day else { return nil }
        return offset.span(from: offset.direction == .later ? date.last : date.start, toward: offset.direction)
    }

    /// The event kinds of "the attack", "the deadly raid", "their summit" right after a distance's
    /// "after" or "before", in the same clause, with no date of its own.
    static func namedEvent(after found: DateFinder.Found, in analysis: SentenceAnalysis) -> (noun: String, classes: Set<EventClass>)? {
        var k = found.tokens.upperBound
        guard let determiner = analysis.word(k), namingDeterminers.contains(determiner) else { return nil }
        let clause = analysis.clauseIndex(of: k)
        k += 1
        for _ in 0..<3 {
            guard k < analysis.tokens.count, analysis.tokens[k].isWord, analysis.date(at: k) == nil,
                  analysis.clauseIndex(of: k) == clause else { return nil }
            let word = analysis.tokens[k].lower
            if let nouns = TriggerDetector.lexiconEntries(word)?.filter({ $0.partOfSpeech == .noun }), !nouns.isEmpty {
                return (word, Set(nouns.map(\.eventClass)))
            }
            if actNouns[word] != nil { return (word, [.act]) }
            if TriggerDetector.prepositions.contains(word) { return nil }
            k += 1
        }
        return nil
    }

    /// Nouns of acts the trigger lexicon leaves to dated verbs ("three workers died on
    /// Sunday"), with the verb forms that tell them.
    static let actNouns: [String: [String]] = ["death": ["died", "dies"], "deaths": ["died", "dies"]]

    /// The act nouns whose verbs the sentence uses ("died" → "death", "deaths").
    static func actNouns(told analysis: SentenceAnalysis) -> Set<String> {
        var found: Set<String> = []
        for token in analysis.tokens where token.isWord {
            for (noun, stems) in actNouns where stems.contains(token.lower) { found.insert(noun) }
        }
        return found
    }

    static let namingDeterminers: Set<String> = ["the", "that", "this", "its", "their", "his", "her"]
}
