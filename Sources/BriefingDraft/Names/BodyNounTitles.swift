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
    }
}
