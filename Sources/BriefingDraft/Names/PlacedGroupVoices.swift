import BriefingModel

/// "Farmers in the Oruro highlands say", "Fishermen on the island's north coast say", "Traders
/// at the market rejected that", "…, but relatives of the men said": people named by what they
/// do or who they are, with the place they are in (or set against the account before them),
/// speak as a group. Such words name bystanders far more often than sides, so a group made
/// from them is kept only where it holds a side of a drafted dispute or speaks a quote
/// (`Drafter.withoutUnheldGroups`).
extension NameFinding {
    /// Plural heads that are a voice only with their place or a contrast.
    static let placedVoiceHeads: Set<String> = [
        "farmers", "fishermen", "traders", "relatives", "families", "shopkeepers", "vendors", "herders", "growers",
        "miners", "parents", "locals", "survivors", "witnesses", "protesters", "workers", "employees", "drivers",
        "nurses", "doctors", "teachers", "shepherds", "merchants", "landowners", "tenants", "passengers", "pilots",
        "executives", "shoppers", "consumers", "customers", "investors", "bankers", "staff", "savers", "depositors",
    ]

    /// Prepositions that place a group ("in", "on the coast") or say whose they are ("of the men").
    static let placePrepositions: Set<String> = ["of", "in", "on", "at", "from", "near", "along", "across", "around", "outside"]

    /// The head at `k` is followed by its place, or its clause is set against the one before.
    static func isPlacedOrSetAgainst(at k: Int, in sentence: AnalyzedSentence, afterContrast: Bool) -> Bool {
        if afterContrast { return true }
        guard let next = sentence.token(k + 1), next.isWord else { return false }
        // "Parents whose children attend the school … say": a relative clause sets the group apart as a place does.
        return placePrepositions.contains(next.lower) || ["who", "whose"].contains(next.lower)
    }
}

/// "Herders in Uvs province told a different story", "Three workers from Bangladesh … said": a
/// group voice is named by its head ("Herders"), but a reader (and a reviewer matching the draft
/// to the story) may name it with the named place it is from, and with its count. Both forms,
/// as written, become aliases of the group.
extension NameFinding {
    /// Prepositions that tie a group to a named place.
    static let namedPlacePrepositions: Set<String> = ["in", "from", "of"]
    /// Common nouns that finish a place's name: "Uvs province", "Chihuahua state".
    static let placeNounsAfterName: Set<String> = ["province", "state", "region", "district", "county", "department", "governorate", "municipality"]

    static func placedPhraseAliases(of range: Range<Int>, in sentence: AnalyzedSentence) -> [String] {
        let tokens = sentence.tokens
        let p = range.upperBound
        // "Staff at the hospital disputed that": a place named by "the" and one common noun, with
        // the verb or a comma right after it (not "in the far northwest", "at the bank's office").
        if p + 3 < tokens.count, ["at", "in", "of"].contains(tokens[p].lower), tokens[p + 1].lower == "the", sentence.chunkAt[p + 2] == nil,
           tokens[p + 2].isWord, !tokens[p + 2].isCapitalized, !NameLexicon.functionWords.contains(tokens[p + 2].lower),
           tokens[p + 3].kind == .punct || stanceWords.contains(tokens[p + 3].lower)
            || sentence.wordAfter(p + 3).map({ AnalyzedSentence.isVerbLike($0.0, skippedAdverb: $0.2) }) == true {
            return [sentence.surface(range.lowerBound..<(p + 3))]
        }
        guard p + 1 < tokens.count, namedPlacePrepositions.contains(tokens[p].lower), let place = sentence.chunk(startingAt: p + 1) else { return [] }
        switch place.kind {
        case .country, .city, .place, .name: break
        default: return []
        }
        var end = place.tokens.upperBound
        if end < tokens.count, tokens[end].isWord, placeNounsAfterName.contains(tokens[end].lower) { end += 1 }
        var aliases = [sentence.surface(range.lowerBound..<end)]
        // "Three workers", "40 herders": the count belongs to the phrase as written.
        let before = range.lowerBound - 1
        if before >= 0, (tokens[before].isWord && FigureLexicon.numberWords[tokens[before].lower] != nil) || tokens[before].kind == .number {
            aliases.append(sentence.surface(before..<end))
        }
        return aliases
    }
}

extension Drafter {
    /// The draft without the groups named by a placed voice head that hold no dispute side and
    /// speak no quote: a group is an actor only where it takes part in a dispute.
    static func withoutUnheldGroups(_ draft: Draft) -> Draft {
        let held = Set(draft.disputes.flatMap { $0.sides.map(\.actor) } + draft.quotes.compactMap(\.speaker) + draft.quotes.compactMap(\.via))
        let unheld = Set(draft.actors.filter { actor in
            // Only a group named by its head alone, as a placed voice names it: a name that holds
            // the head among other words ("Coffee Growers") was read as a name, not as a voice.
            guard actor.kind == .other, !held.contains(actor.name), !actor.name.contains(" ") else { return false }
            return NameFinding.placedVoiceHeads.contains(actor.name.lowercased()) || NameFinding.describedGroupHeads.contains(actor.name.lowercased())
                || NameFinding.chantOnlyHeads.contains(actor.name.lowercased())
        }.map(\.name))
        return removingActors(unheld, from: draft)
    }

    /// The draft without the named actors, in its actors and its events' participants.
    static func removingActors(_ names: Set<String>, from draft: Draft) -> Draft {
        guard !names.isEmpty else { return draft }
        var pruned = draft
        pruned.actors.removeAll { names.contains($0.name) }
        for e in pruned.events.indices { pruned.events[e].participants.removeAll { names.contains($0) } }
        return pruned
    }
}
