/// "…," party spokesman Jan Richter said" after "The ruling Smer party rejected that", "Ana
/// Berg, a company spokeswoman,": a title whose first word is a body's common noun speaks for
/// that body, resolved as "the party said" is (the latest body of that noun; for a business
/// noun the latest business). Without it the spokesman had no affiliation, so a drafted
/// dispute set him on the side his party had just denied.
extension NameFinding {
    mutating func affiliateBodyNounTitles() {
        for index in records.indices where absorbed[index] == nil && records[index].kind == .person && records[index].affiliation == nil {
            guard let words = records[index].role?.lowercased().split(separator: " ").map(String.init),
                  (2...3).contains(words.count), let noun = words.first, let head = words.last,
                  Self.isBodyNoun(noun), NameLexicon.titleHeads.contains(head),
                  !Self.isMinisterOfPortfolio(words.joined(separator: " ")),
                  let body = bodyNamed(by: noun, before: index) else { continue }
            records[index].affiliation = records[body].name
        }
        // "“…,” authority spokesman Gabriel Lado Wani told Reuters": the body's noun stands
        // before the title, outside it.
        for index in records.indices where absorbed[index] == nil && records[index].kind == .person && records[index].affiliation == nil {
            guard let role = records[index].role?.lowercased(), NameLexicon.titleHeads.contains(role),
                  let noun = bodyNounBeforeTitle(ofPersonAt: records[index].defined),
                  let body = bodyNamed(by: noun, before: index) else { continue }
            records[index].affiliation = records[body].name
        }
        // "The ministry gave a different account. Its spokesman, X, said": the body the sentence
        // before opened with, by its noun (TitleOwners.swift).
        for index in records.indices where absorbed[index] == nil && records[index].kind == .person && records[index].affiliation == nil {
            if let body = describedPronounOwner(ofPersonAt: index) { records[index].affiliation = records[body].name }
        }
    }

    /// The lower-case body noun right before the title chunk that precedes a person's name.
    func bodyNounBeforeTitle(ofPersonAt position: TextPosition) -> String? {
        guard let (sentence, name) = definingName(ofPersonAt: position) else { return nil }
        // The title is a chunk of its own or opens the name's chunk.
        let start = sentence.chunk(endingBefore: name.lowerBound).flatMap { $0.isTitle ? $0.tokens.lowerBound : nil } ?? name.lowerBound
        guard let first = sentence.token(start), NameLexicon.titleHeads.contains(first.lower) else { return nil }
        let k = start - 1
        guard k >= 0, let noun = sentence.token(k), noun.isWord, !noun.isCapitalized, sentence.chunkAt[k] == nil,
              Self.isBodyNoun(noun.lower), k == 0 || sentence.tokens[k - 1].kind != .possessive else { return nil }
        return noun.lower
    }
}
