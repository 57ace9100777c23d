import BriefingModel

/// A week is seven days, but an act tied to it by a deadline or a start lasts only part of it.
/// "would open two more clinics by the end of the week": what is still to come runs from the
/// report to the week's end. "have blocked the highway since last week": what began in a week
/// and still goes on runs from that week's Monday to the report.
extension CandidateBuilder {
    static func weekDeadline(_ found: DateFinder.Found, in analysis: SentenceAnalysis) -> DateSpan? {
        guard ["by", "before"].contains(found.mention.preposition ?? ""), let span = found.mention.span, let end = span.end,
              let published = analysis.published, published.precision == .day, span.start.precision == .day,
              span.start.iso <= published.iso, published.iso < end.iso else { return nil }
        let text = found.mention.text.lowercased()
        guard text.contains("end of the week") || text.contains("end of this week") else { return nil }
        return DateSpan(start: published, end: end)
    }

    static func sinceWeek(_ found: DateFinder.Found, in analysis: SentenceAnalysis) -> DateSpan? {
        guard let span = found.mention.span, span.end != nil, span.start.precision == .day,
              let published = analysis.published, published.precision == .day, span.start.iso < published.iso else { return nil }
        return DateSpan(start: span.start, end: published)
    }
}
