import BriefingModel

/// "Local officials said the plantation covered less than 1,000 hectares", "District officials
/// disputed the toll": officials of no named body, set apart by the level they serve at, speak
/// as a group of their own (kind `other`, "Local officials"). A bare "officials" is left alone:
/// it is folded into the government or body the text speaks of.
extension NameFinding {
    /// Modifiers that make "officials" a group of their own.
    static let localOfficialModifiers: Set<String> = ["local", "district", "provincial", "village", "municipal", "county"]

    /// Is the word at `k` "officials" after such a modifier, inside the phrase opened at `t`?
    static func isLocalOfficials(at k: Int, from t: Int, in sentence: AnalyzedSentence) -> Bool {
        guard k > t, let word = sentence.token(k), word.isWord, word.lower == "officials",
              let modifier = sentence.token(k - 1), modifier.isWord else { return false }
        return localOfficialModifiers.contains(modifier.lower)
    }
}
