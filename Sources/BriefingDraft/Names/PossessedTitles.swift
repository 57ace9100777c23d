/// "Ramesh Adhikari, the federation's general secretary,": a title owned by a body named by its
/// common noun belongs to that body, the latest one drafted before the person whose name holds
/// the noun (a business, for "the company's director"). Without this the title's head made the
/// holder an officer of the country ("president", "secretary").
/// The title before the name ("The federation's president, Chikondi Banda,") is read apart, and
/// more narrowly (TitleBeforeHolder.swift).
extension NameFinding {
    /// The noun before the possessive of a title set after a person's name, in its defining sentence.
    func possessingBodyNoun(ofPersonAt position: TextPosition) -> String? {
        // "Brig. Desmond Farley, the force's chief of staff": the name runs past the honorific.
        guard let (sentence, name) = definingName(ofPersonAt: position) else { return nil }
        // "Name, the X's <title>,": forward over the comma to "the X's".
        let after = name.upperBound
        guard sentence.token(after)?.text == ",", sentence.token(after + 1)?.lower == "the",
              let noun = sentence.token(after + 2), sentence.token(after + 3)?.kind == .possessive,
              let title = sentence.token(after + 4), title.isWord, !title.isCapitalized,
              NameLexicon.titleHeads.contains(title.lower) || NameLexicon.roleModifiers.contains(title.lower) else { return nil }
        return Self.isBodyNoun(noun.lower) ? noun.lower : nil
    }

    static func isBodyNoun(_ word: String) -> Bool {
        NameLexicon.organizationCues.contains(word) || NameLexicon.businessNouns.contains(word)
            || ["club", "league", "firm", "group", "union", "party"].contains(word)
            // "The charity's director, Amina Hassan,": a charity is named by what it is (BodyEvidence.swift's probe).
            || ["charity", "ngo", "nonprofit"].contains(word)
    }

    mutating func affiliateTitlesOfBodyNouns() {
        for index in records.indices where absorbed[index] == nil && records[index].kind == .person && records[index].role != nil {
            guard let noun = possessingBodyNoun(ofPersonAt: records[index].defined) else { continue }
            if let body = bodyNamed(by: noun, before: index) { records[index].affiliation = records[body].name }
        }
    }

    /// The body "the <noun>" stands for, seen from the person at `index`: the latest organisation
    /// drafted before them with the noun in its name or as its descriptor, or for a business noun
    /// ("the company") the latest organisation that is no public body.
    func bodyNamed(by noun: String, before index: Int) -> Int? {
        // "the group's spokesman": a group is whatever body is no part of a state, as "the group said" is read.
        let business = NameLexicon.businessNouns.contains(noun) || noun == "group"
        // "Mkulima Trust, a Nairobi charity that runs …": the head of a description set beside the name.
        let described = Set(descriptionAliases.filter { $0.head == noun }.compactMap { resolve($0.target) })
        let candidates = records.indices.filter { other in
            guard other != index, absorbed[other] == nil, records[other].kind == .organization, records[other].defined < records[index].defined else { return false }
            let words = records[other].name.lowercased().split(separator: " ").map(String.init)
            if words.contains(noun) || records[other].descriptor == noun || described.contains(other) { return true }
            return business && !records[other].governmental && !words.contains { NameLexicon.publicBodyWords.contains($0) }
        }
        // "Company spokeswoman Alice Banda" after "Kafue Copper Mines" and "The group, Green
        // Kafue,": a business noun prefers a body named as a business (BusinessNounOwners.swift).
        let owners = business && noun != "group" ? preferBusinesses(candidates) : candidates
        return latestNamed(among: Set(owners), before: records[index].defined)
            ?? owners.max { records[$0].defined < records[$1].defined }
    }
}
