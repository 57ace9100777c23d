/// "X went on trial on Monday. … He pleaded not guilty to all charges.", "A court on Tuesday
/// convicted the captain … She acquitted the owner …": a plea, a verdict or a sentence is made
/// at a court's sitting. Told in the simple past with no time of its own, in a run of court
/// sentences right after one that dates the sitting to a day, it happened on that day.
extension CandidateBuilder {
    static func courtSittingTime(head: Trigger, clause: Range<Int>, in analysis: SentenceAnalysis, context: EventContext) -> Time? {
        guard head.isVerbal, let sitting = context.courtSitting, courtActs.contains(analysis.tokens[head.token].lower),
              !analysis.dates.contains(where: { clause.contains($0.tokens.lowerBound) }) else { return nil }
        // "had pleaded guilty", "was previously convicted": an earlier act, not this sitting's.
        let before = max(clause.lowerBound, head.token - 4)..<head.token
        if before.contains(where: { ["had", "has", "have", "previously", "earlier", "already", "once", "later", "to"].contains(analysis.tokens[$0].lower) }) { return nil }
        return Time(date: sitting.date, text: sitting.text)
    }

    static let courtActs: Set<String> = ["pleaded", "pled", "acquitted", "convicted", "sentenced"]

    /// Words that make a sentence one about a court's sitting.
    static let courtWords: Set<String> = ["trial", "court", "courtroom", "judge", "judges", "panel", "tribunal", "hearing", "verdict", "jury",
                                          "convicted", "acquitted", "sentenced", "pleaded", "pled", "arraigned", "guilty"]

    static func isCourtSentence(_ analysis: SentenceAnalysis) -> Bool {
        analysis.tokens.contains { $0.isWord && courtWords.contains($0.lower) }
    }
}
