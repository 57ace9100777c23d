/// "Natasha Zulu, a spokeswoman for the mine workers' union, said": the lower-case body a title
/// is "for" may be owned by a plural ("mine workers' union", "dockworkers' federation"). The
/// apostrophe, a mark of its own, stopped the body's words, the apposition did not close, and
/// the person vanished with her quote.
extension NameFinding {
    /// An apostrophe written against a plural word before it ("workers'").
    static func isPluralApostrophe(at t: Int, in sentence: AnalyzedSentence) -> Bool {
        guard t > 0, let token = sentence.token(t), token.kind == .punct, ["'", "\u{2019}"].contains(token.text), !token.spaceBefore else { return false }
        let before = sentence.tokens[t - 1]
        return before.isWord && !before.isCapitalized && before.lower.hasSuffix("s") && sentence.token(t + 1)?.isWord == true
    }
}
