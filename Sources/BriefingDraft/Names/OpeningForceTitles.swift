/// "Maldivian police said … ¶ Police spokeswoman Aishath Nazima said …", "The Kenyan army said
/// … Army spokesman Ibrahim Latheef said …": a force's common noun that opens a sentence before
/// a holder's title is capitalised only by its place, so it was read as no body (or a bare
/// "Police" the country's force absorbed) and the spokesperson spoke for no one. When the text
/// has drafted a body whose name holds that noun, the holder speaks for the latest such body,
/// as "police spokesman X" inside a sentence already does (BodyNounTitles.swift). With no such
/// body the holder is left as read (no body is made up from the title).
extension NameFinding {
    /// Forces of a state whose spokespeople news copy names by the bare noun.
    static let titleForceNouns: Set<String> = ["police", "army", "navy", "military", "gendarmerie", "coast"]

    /// The force noun that opens the sentence right before the title of the person defined at
    /// `position` ("Police spokeswoman X", "Coast guard spokesman X"), if any.
    func openingForceNoun(ofPersonAt position: TextPosition) -> String? {
        // A holder named after a title is defined at the title ("Police spokeswoman" of "… Aishath Nazima").
        guard sentences.indices.contains(position.sentence) else { return nil }
        let sentence = sentences[position.sentence]
        guard let here = sentence.chunkAt.indices.contains(position.token) ? sentence.chunkAt[position.token] : nil else { return nil }
        let chunk = sentence.chunks[here]
        guard let title = chunk.isTitle ? chunk : sentence.chunk(endingBefore: chunk.tokens.lowerBound), title.isTitle else { return nil }
        var start = title.tokens.lowerBound
        // The noun may have been read into the title chunk, or left before it.
        let inTitle = sentence.token(start).map { $0.isWord && Self.titleForceNouns.contains($0.lower) } == true
        if !inTitle {
            guard start > 0 else { return nil }
            start -= 1
            // "Coast guard spokesman": the two words of the force.
            if sentence.tokens[start].lower == "guard", start > 0, sentence.tokens[start - 1].lower == "coast" { start -= 1 }
        }
        guard let noun = sentence.token(start), noun.isWord, noun.isCapitalized, Self.titleForceNouns.contains(noun.lower),
              start == sentence.datelineEnd || sentence.isSentenceStart(start) else { return nil }
        if noun.lower == "coast" { return sentence.token(start + 1)?.lower == "guard" ? "coast" : nil }
        return noun.lower
    }

    mutating func affiliateOpeningForceTitles() {
        for index in records.indices where absorbed[index] == nil && records[index].kind == .person && records[index].affiliation == nil {
            guard records[index].role.map({ NameLexicon.titleHeads.contains($0.lowercased().split(separator: " ").last.map(String.init) ?? "") }) == true,
                  let noun = openingForceNoun(ofPersonAt: records[index].defined) else { continue }
            // Only a body whose name holds the noun: a business is never the police.
            let candidates = records.indices.filter { other in
                other != index && absorbed[other] == nil && records[other].kind == .organization
                    && records[other].name.lowercased().split(separator: " ").contains { String($0) == noun }
            }
            guard let body = latestNamed(among: Set(candidates), before: records[index].defined)
                    ?? candidates.filter({ records[$0].defined < records[index].defined }).max(by: { records[$0].defined < records[$1].defined })
            else { continue }
            records[index].affiliation = records[body].name
        }
    }
}
