import BriefingModel

/// "Leaders will meet in Brussels on March 19. … Farmers plan to block roads on the eve of the
/// summit": an act set on the eve of an event told before with its day happens the day before
/// that day. An event with no day of its own (or only a month) leaves the act open.
extension EventLedger {
    func eveDate(of candidate: EventCandidate, in analysis: SentenceAnalysis) -> (DateSpan, String)? {
        guard candidate.date == nil, !candidate.hasOwnTime else { return nil }
        let clause = analysis.clauses[candidate.clause].range
        guard let eve = clause.first(where: { analysis.tokens[$0].lower == "eve" && analysis.word($0 + 1) == "of" && analysis.word($0 - 1) == "the" }),
              let noun = TriggerDetector.triggers(in: analysis).first(where: { !$0.isVerbal && $0.token > eve + 1 && $0.token <= eve + 5 && clause.contains($0.token) }),
              let index = events.indices.reversed().prefix(Self.memory).first(where: {
                  // "will hold a summit": a light verb's act is of its noun's kind.
                  events[$0].classes.contains(noun.entry.eventClass) || events[$0].draft.title.lowercased().contains(analysis.tokens[noun.token].lower)
              }),
              let day = events[index].date?.start, day.precision == .day, let calendarDay = CalendarDay(day) else { return nil }
        var start = eve - 1
        if analysis.word(start - 1) == "on" { start -= 1 }
        return (DateSpan(start: calendarDay.adding(days: -1).date), analysis.text(start..<(noun.token + 1)))
    }
}
