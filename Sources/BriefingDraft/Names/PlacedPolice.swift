/// "Ndola police commander Mwila Chanda said", "East Java police said": the police of a city
/// or a region, named in lower case after its place, is a body of that place. Without this the
/// commander's title read "police commander" of the city's country, and a force that spoke for
/// itself was no actor at all.
extension Chunker {
    /// Words for a kind of police, capitalised only as a sentence's first word.
    static let policeKinds: Set<String> = [
        "riot", "traffic", "border", "military", "secret", "federal", "state", "local", "national", "religious",
        "tourist", "transit", "railway", "armed", "mounted", "city", "municipal", "provincial", "regional",
        "district", "village", "county", "judicial", "special", "auxiliary", "frontier", "civil", "criminal",
        "plainclothes", "anti-riot", "paramilitary", "morality", "immigration", "customs", "security", "counter-terrorism",
    ]

    func placedPolice(_ chunks: inout [NameChunk], _ covered: inout [Bool], in sentence: AnalyzedSentence) {
        let tokens = sentence.tokens
        for chunk in chunks {
            let country: String?
            switch chunk.kind {
            case .city(let city): country = city.country
            case .place(.region, let code), .place(.city, let code): country = code
            // "Gori police", "Sindh police": a place the gazetteer does not know, but not a kind
            // of police that opens a sentence ("Riot police fired").
            case .name where chunk.tokens.count <= 2 && !Self.policeKinds.contains(tokens[chunk.tokens.lowerBound].lower): country = nil
            default: continue
            }
            let police = chunk.tokens.upperBound
            guard police < tokens.count, !covered[police], tokens[police].lower == "police", !tokens[police].isCapitalized else { continue }
            let end = police + 1
            // The force acts or speaks, or an officer's title follows it ("police commander X").
            let officer = sentence.token(end).map { $0.isWord && !$0.isCapitalized && NameLexicon.titleHeads.contains($0.lower) } == true
            guard officer || bodyActs(from: chunk.tokens.lowerBound, to: end, in: sentence) else { continue }
            chunks.append(NameChunk(kind: .organization(affiliation: country), tokens: police..<end, surface: "",
                                    canonical: NameFinding.cleanName(sentence.surface(chunk.tokens)) + " police"))
            covered[police] = true
        }
        policeInPlace(&chunks, &covered, in: sentence)
    }

    /// "Police in Suriname said", "Police in Nampula province said": a force named by the place
    /// it serves, opening the sentence, is that place's police, and speaks for itself rather
    /// than the country after "in".
    private func policeInPlace(_ chunks: inout [NameChunk], _ covered: inout [Bool], in sentence: AnalyzedSentence) {
        let tokens = sentence.tokens
        var placesTaken: [Int] = []
        var forces: [NameChunk] = []
        for (index, chunk) in chunks.enumerated() {
            guard let country = Self.namingPlace(chunk).map(\.country) else { continue }
            let police = chunk.tokens.lowerBound - 2
            guard police >= 0, tokens[police].lower == "police", tokens[police + 1].lower == "in",
                  police == 0 || !tokens[police - 1].isWord else { continue }
            // "Police" opening the sentence is a capitalised word of its own, read as a body alone.
            let alone = chunks.firstIndex { $0.tokens == police..<(police + 1) }
            guard !covered[police] || alone != nil else { continue }
            // "Nampula province": the place's own common noun belongs to its name.
            var end = chunk.tokens.upperBound
            if let next = sentence.token(end), next.isWord, NameFinding.placeNounsAfterName.contains(next.lower) { end += 1 }
            guard bodyActs(from: police, to: end, in: sentence) else { continue }
            let place = sentence.surface(chunk.tokens.lowerBound..<end)
            forces.append(NameChunk(kind: .organization(affiliation: country), tokens: police..<end, surface: "",
                                    canonical: NameFinding.cleanName(place) + " police"))
            placesTaken += [index] + (alone.map { [$0] } ?? [])
            for t in police..<end { covered[t] = true }
        }
        Self.replace(places: placesTaken, with: forces, in: &chunks)
    }
}
