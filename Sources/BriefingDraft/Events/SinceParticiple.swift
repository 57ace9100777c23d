import BriefingModel

/// "Rwandan troops, deployed in the province since 2021, were not involved": a participle set
/// off after its noun, with a "since" date, tells a state that began then and still holds, so
/// it runs from that date to the report (the gold's "since" ranges), not on the date alone.
extension CandidateBuilder {
    static func sinceParticipleSpan(head: Trigger, clause: Range<Int>, in analysis: SentenceAnalysis) -> Time? {
        guard head.isVerbal, head.token > 0,
              analysis.tokens[head.token - 1].lower == ",", let published = analysis.published else { return nil }
        let word = analysis.tokens[head.token].lower
        guard word.hasSuffix("ed") || TenseDetector.irregularPast.contains(word) && word != head.entry.lemma else { return nil }
        guard let since = analysis.dates.first(where: { found in
            found.tokens.lowerBound > head.token && found.tokens.lowerBound < min(clause.upperBound, head.token + 8)
                && found.mention.preposition == "since" && found.mention.span != nil
        }), case .date = since.mention.kind, let start = since.mention.span?.start, start.iso < published.iso else { return nil }
        return Time(date: DateSpan(start: start, end: published), text: since.mention.text, isOwn: true)
    }
}
