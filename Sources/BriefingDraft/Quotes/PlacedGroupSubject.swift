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
        if k - 1 >= floor, tokens[k].kind == .word, tokens[k].depth == 0, Self.groupPlacePrepositions.contains(tokens[k].lower),
           let head = voiceHead(endingAt: k - 1, in: p) {
            return head
        }
        return voiceHeadOverDescription(before: mention.first, floor: floor, in: p)
    }

    /// The group voice mention ending at `k`, if any.
    private func voiceHead(endingAt k: Int, in p: Int) -> String? {
        guard let head = paragraphs[p].mention(endingAt: k), head.kind == .other, !head.possessive else { return nil }
        let word = paragraphs[p].tokens[head.last].lower
        return NameFinding.voiceHeads.contains(word) || NameFinding.placedVoiceHeads.contains(word) ? head.actor : nil
    }

    /// "Residents of a forested district in northern Eswatini said", "Villagers in eastern India
    /// accused": the place is set in a short description of words, and the group voice stands
    /// before the preposition that opens it.
    private func voiceHeadOverDescription(before start: Int, floor: Int, in p: Int) -> String? {
        let tokens = paragraphs[p].tokens
        var k = start - 1
        while k - 1 >= floor, start - k <= 8, tokens[k].kind == .word, tokens[k].depth == 0 {
            if Self.groupPlacePrepositions.contains(tokens[k].lower), let head = voiceHead(endingAt: k - 1, in: p) { return head }
            k -= 1
        }
        return nil
    }
}
