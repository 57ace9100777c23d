/// "Ghana has expelled a Nigerian diplomat …, the foreign ministry said": a person counted out
/// with "a" or a number ("two Russian diplomats") is what the act is done to, not the setting of
/// the sentence, so the person's country does not own the bare bodies around it ("The Russian
/// leader met …" still does).
extension NameFinding {
    static let countingWords: Set<String> = ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some"]

    /// Whether the word before `start` counts the phrase that opens there.
    static func isCounted(before start: Int, in sentence: AnalyzedSentence) -> Bool {
        guard start > 0 else { return false }
        let previous = sentence.tokens[start - 1]
        return previous.kind == .number || countingWords.contains(previous.lower)
    }
}
