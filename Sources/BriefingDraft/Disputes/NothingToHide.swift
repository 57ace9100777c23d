/// "“We have nothing to hide,” the chief executive said", "said the ministry had nothing to
/// hide": a side said to hide nothing denies the charge of hiding. Said as a condition — "“If the
/// company had nothing to hide, it would publish its meter readings”" — the same words insinuate
/// the opposite: a charge, not a dare to show proof (`challengesToShow`) nor a denial.
extension PositionFinder {
    /// The "nothing" of "nothing to hide" / "nothing to conceal", at `index`.
    static func isNothingToHide(_ lowers: [String], at index: Int) -> Bool {
        lowers[index] == "nothing" && index + 2 < lowers.count && lowers[index + 1] == "to"
            && ["hide", "conceal"].contains(lowers[index + 2])
    }

    /// "nothing to hide" inside an "if" clause: the words before it in its clause hold "if".
    static func insinuatesHiding(_ lowers: [String], at index: Int) -> Bool {
        guard isNothingToHide(lowers, at: index) else { return false }
        return lowers[..<index].reversed().prefix { ![",", ";", ".", ":"].contains($0) }.prefix(8).contains("if")
    }

    /// "we have nothing to hide", "the company had nothing to hide": said plainly, a denial.
    static func deniesHiding(_ lowers: [String], at index: Int) -> Bool {
        isNothingToHide(lowers, at: index) && index > 0 && ["have", "has", "had", "having"].contains(lowers[index - 1])
            && !insinuatesHiding(lowers, at: index)
    }
}
