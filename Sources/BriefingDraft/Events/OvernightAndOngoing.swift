import BriefingModel

/// Two readings of a time that hangs on the day before it.
extension CandidateBuilder {
    /// "The clash took place on Monday. … the army had sent two more companies overnight": a past
    /// act done overnight, in a sentence with no other time, spans the night after the latest day
    /// the text has told. No day told before, or a time of its own beside it, leaves it open.
    static func overnightSpan(_ found: DateFinder.Found, head: Trigger, clause: Range<Int>, in analysis: SentenceAnalysis, context: EventContext) -> DateSpan? {
        guard found.mention.text.lowercased().hasSuffix("overnight"), analysis.dates.count == 1,
              TenseDetector.tense(analysis.marks[clause]) == .past, !analysis.contains(plannedWords, in: clause),
              let anchor = context.lastDate?.date, anchor.precision == .day, let day = CalendarDay(anchor) else { return nil }
        return DateSpan(start: anchor, end: day.adding(days: 1).date)
    }

    /// "rail workers pressed on with a five-day strike on Wednesday": a length told of an event
    /// already under way does not start at the day of the clause, which only dates this part of it.
    static func continuesUnderWay(before found: DateFinder.Found, clause: Range<Int>, in analysis: SentenceAnalysis) -> Bool {
        let before = clause.lowerBound..<found.tokens.lowerBound
        return analysis.contains(continuingWords, in: before)
            || continuingPhrases.contains { analysis.containsPhrase($0, in: before) }
    }
    static let continuingWords: Set<String> = ["continued", "continues", "continuing", "entered", "enters", "entering", "extended", "extends"]
    static let continuingPhrases: [[String]] = [["pressed", "on"], ["presses", "on"], ["pressing", "on"], ["pushed", "on"], ["kept", "up"], ["keeps", "up"], ["carried", "on"], ["carries", "on"]]
}
