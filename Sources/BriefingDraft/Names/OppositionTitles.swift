/// "Opposition lawmaker Ana Torres", "Grace Mutua, an opposition senator,": a lawmaker of the
/// opposition speaks against the government, so the country is not given to her as the
/// affiliation a bare state title gets — that would put her in the government's camp.
extension NameFinding {
    /// Whether the state title of the person defined at `position` (a name of `length` words)
    /// is marked as the opposition's: "opposition" in the title just before the name, or in an
    /// appositive just after it.
    func holdsOppositionTitle(at position: TextPosition, nameLength: Int) -> Bool {
        guard sentences.indices.contains(position.sentence) else { return false }
        let tokens = sentences[position.sentence].tokens
        // "Opposition lawmaker Ana Torres", "Kenyan opposition senator Grace Mutua".
        var k = position.token - 1
        while k >= 0, k >= position.token - 4, tokens.indices.contains(k), tokens[k].isWord {
            if tokens[k].lower == "opposition" { return true }
            k -= 1
        }
        // "Ana Torres, an opposition lawmaker, said".
        let comma = position.token + nameLength
        guard tokens.indices.contains(comma), tokens[comma].text == ",", tokens.indices.contains(comma + 1),
              ["a", "an", "the"].contains(tokens[comma + 1].lower) else { return false }
        var j = comma + 2
        while j < tokens.count, j <= comma + 5, tokens[j].isWord {
            if tokens[j].lower == "opposition" { return true }
            j += 1
        }
        return false
    }
}
