import BriefingModel

/// "“Our waters are not for sale,” the spokeswoman said", "“Our ships have never entered those
/// waters”": a subject the speaker owns ("our" and a few words) stands for the speaker as "we"
/// does, so its negated verb denies of the speaker's own side (`deniesItself`).
extension PositionFinder {
    /// The token after an "our …" subject starting at `t`, when a verb group follows within four words.
    static func ownedSubjectEnd(from t: Int, segment: Range<Int>, tokens: [ParagraphView.Token]) -> Int? {
        guard t < segment.upperBound, tokens[t].lower == "our" else { return nil }
        var k = t + 1
        while k < min(segment.upperBound, t + 5) {
            let token = tokens[k]
            guard token.kind == .word else { return nil }
            if D.auxiliaries.contains(token.lower) || D.negations.contains(token.lower) || token.lower.hasSuffix("n't") {
                return k > t + 1 ? k : nil
            }
            k += 1
        }
        return nil
    }
}
