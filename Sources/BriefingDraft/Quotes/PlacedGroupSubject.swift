import BriefingModel

/// "Residents of Souni and Pachna said", "Villagers in Kibera said", "Critics of the European
/// Union said": a group voice, then "of", "in" or "from" and the places or bodies it belongs
/// to, is the subject; the names after the preposition only say which residents or critics.
/// Without this the last name before the verb (a village) was taken for the speaker.
extension AttributionText {
    /// Prepositions that tie a group voice to where or whose it is.
    static let groupPlacePrepositions: Set<String> = ["of", "in", "from", "near", "around", "across"]

    /// The group voice that `mention` (the last name before the verb) follows over a
    /// preposition and a list of names that are not persons; nil when no such head stands there.
    func groupVoice(before mention: ParagraphView.Mention, floor: Int, in p: Int) -> String? {
        guard mention.kind != .person, !mention.possessive else { return nil }
        let view = paragraphs[p]
        let tokens = view.tokens
        // Back over a list of places: "Souni and Pachna", "Chikwawa, Nsanje and Mulanje" (a place
        // the text gives no actor is still a capitalised word), never over a person.
        var k = mention.first - 1
        while k >= floor, mention.first - k <= 12, tokens[k].depth == 0 {
            let token = tokens[k]
            if let inner = view.mention(endingAt: k) {
                guard inner.kind != .person, !inner.possessive else { return nil }
                k = inner.first - 1
                continue
            }
            guard [",", "and", "or"].contains(token.lower) || (token.kind == .word && token.isCapitalized) else { break }
            k -= 1
        }
        if k >= floor, tokens[k].lower == "the" { k -= 1 }
        guard k - 1 >= floor, tokens[k].kind == .word, tokens[k].depth == 0, Self.groupPlacePrepositions.contains(tokens[k].lower),
              let head = view.mention(endingAt: k - 1), head.kind == .other, !head.possessive,
              NameFinding.voiceHeads.contains(tokens[head.last].lower) || NameFinding.placedVoiceHeads.contains(tokens[head.last].lower)
        else { return nil }
        return head.actor
    }
}
