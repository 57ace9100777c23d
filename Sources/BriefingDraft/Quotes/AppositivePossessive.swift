/// "Torres, his fiercest critic in parliament, disagreed": a "his" that opens the appositive set
/// right after a name is the possessor of that name's description — another person, named
/// before — never the person the appositive describes. Without it that "his" counts as evidence
/// that Torres is a man, and a "she said" after it skips her for the man named before.
extension PersonGender {
    /// Whether the pronoun at `k` opens an appositive right after the name ending at `nameEnd`
    /// ("Name, his …").
    static func opensAppositive(at k: Int, afterNameEndingAt nameEnd: Int, in tokens: [ParagraphView.Token]) -> Bool {
        k == nameEnd + 2 && tokens.indices.contains(k - 1) && tokens[k - 1].lower == ","
            && ["his", "her", "their"].contains(tokens[k].lower)
    }
}
