/// A noun that a past year or month names as its own time is a happening of that time,
/// whatever the noun: "the 2019 crisis, when …", "a 2021 walkout, which ended …", "an 1899
/// arbitration award that set the border", "the 2024 law that set …". The lexicon names the
/// nouns news reports most often ("election", "treaty"); this reads the phrase instead, the
/// way `datedAct` reads a dated clause. Periods and amounts ("the 2024 dry season", "the 2025
/// deficit") are no happenings, and a year still ahead names a plan, not what happened.
extension TriggerDetector {
    static func datedNoun(at index: Int, in analysis: SentenceAnalysis) -> Trigger? {
        let tokens = analysis.tokens
        let word = tokens[index].lower
        guard !tokens[index].isCapitalized, word.utf8.count > 2, !nonHappeningNouns.contains(word),
              !word.hasSuffix("ing"), !word.hasSuffix("ed"), !word.hasSuffix("ly"),
              let date = prenominalDate(before: index, in: analysis), isPast(date, in: analysis),
              isPhraseHead(at: index, in: analysis) else { return nil }
        let trigger = Trigger(token: index, entry: TriggerEntry(lemma: word, eventClass: .act, partOfSpeech: .noun), isVerbal: false)
        return accepts(trigger, in: analysis) ? trigger : nil
    }

    /// The date of "the [December] 2023 [presidential] vote": a year, with or without its month,
    /// right after a determiner or a possessive and at most one modifier before the noun.
    static func prenominalDate(before index: Int, in analysis: SentenceAnalysis) -> DateFinder.Found? {
        for gap in 1...2 {
            guard let found = analysis.date(at: index - gap), found.tokens.upperBound == index - gap + 1 else {
                // One lowercase modifier may stand between ("arbitration award", "nuclear deal").
                guard gap == 1, index >= 2, analysis.tokens[index - 1].isWord, !analysis.tokens[index - 1].isCapitalized,
                      !determiners.contains(analysis.tokens[index - 1].lower) else { return nil }
                continue
            }
            guard case .date = found.mention.kind, let span = found.mention.span, span.start.day == nil,
                  CandidateBuilder.isPrenominal(found, in: analysis) else { return nil }
            return found
        }
        return nil
    }

    /// Not after the day of the report: "the 2030 target" has not happened.
    static func isPast(_ found: DateFinder.Found, in analysis: SentenceAnalysis) -> Bool {
        guard let start = found.mention.span?.start, let published = analysis.published else { return false }
        guard start.year == published.year else { return start.year < published.year }
        // A bare year of the report itself may still be ahead; its month tells.
        return start.month.map { month in published.month.map { month <= $0 } ?? false } ?? false
    }

    /// The noun ends its phrase: what follows is punctuation, a preposition, a clause opener
    /// or a verb, not another noun it modifies ("the 2023 planting season").
    static func isPhraseHead(at index: Int, in analysis: SentenceAnalysis) -> Bool {
        guard index + 1 < analysis.tokens.count else { return true }
        let next = analysis.tokens[index + 1]
        guard next.isWord else { return true }
        let lower = next.lower
        return prepositions.contains(lower) || ClauseSplitter.openers(lower) || ["and", "or", "was", "were", "had", "has", "is"].contains(lower)
            || lower.hasSuffix("ing") || lower.hasSuffix("ed") || TenseDetector.irregularPast.contains(lower)
    }

    /// Nouns a year dates without making them happen: periods, amounts, plans and figures.
    static let nonHappeningNouns: Set<String> = [
        "season", "seasons", "year", "years", "quarter", "period", "term", "half", "month", "summer", "winter", "spring", "autumn",
        "budget", "budgets", "deficit", "surplus", "target", "targets", "level", "levels", "figure", "figures", "total", "rate",
        "rates", "price", "prices", "forecast", "forecasts", "estimate", "estimates", "average", "peak", "high", "low", "record",
        "harvest", "crop", "output", "production", "growth", "inflation", "data", "share", "value", "volume", "revenue",
        "revenues", "profit", "profits", "sales", "exports", "imports", "debt", "plan", "plans", "goal", "deadline", "strategy",
        "model", "version", "edition", "standard", "standards", "baseline", "list", "ranking", "index",
    ]
}
