import BriefingModel

/// "were paid less than the legal minimum wage", "meet the legal noise standards", "within the
/// legal deadlines": a word of lawfulness before the name of a legal yardstick names the
/// yardstick, it does not call anyone's conduct lawful (`justifiesItself`). Such a clause is
/// usually a charge (pay under the minimum, a level over the limit), so reading it as the
/// speaker's own defence turned a union's charge into a denial. Found by probing invented wire
/// copy (a union saying pickers were paid "less than the legal minimum wage").
/// "Our dismissals were legal", "a legal strike", "acted within its legal rights" still justify.
extension PositionFinder {
    /// Nouns for a legal yardstick: a limit, a floor, a ceiling, a deadline.
    static let standardNouns: Set<String> = [
        "limit", "limits", "standard", "standards", "requirement", "requirements",
        "minimum", "minimums", "maximum", "maximums", "threshold", "thresholds",
        "ceiling", "ceilings", "deadline", "deadlines", "age",
    ]

    /// Does the justification word at `t` stand before a yardstick's noun, right after it or
    /// one word on ("the legal noise standards", "the legal minimum wage")?
    static func namesStandard(_ tokens: [ParagraphView.Token], at t: Int, end: Int) -> Bool {
        guard t + 1 < end else { return false }
        for k in (t + 1)..<min(end, t + 3) {
            guard tokens[k].kind == .word else { return false }
            if standardNouns.contains(tokens[k].lower) { return true }
        }
        return false
    }
}
