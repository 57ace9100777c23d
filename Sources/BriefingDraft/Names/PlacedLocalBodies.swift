/// "according to the Atlantic maritime prefecture", "accused the Prizren municipality of …", "the
/// Isabel provincial government said": a local authority named in lower case after the place it
/// governs is a body of that place, and later "The prefecture said" is that body. Without this
/// the place stood alone and the authority's sides were lost. Not a place used as a setting
/// ("in the Belas municipality"): a locative preposition before it leaves the words alone.
extension Chunker {
    /// Lower-case heads of a local authority's name, by their last word.
    static let localBodyHeads: [String: [[String]]] = [
        "prefecture": [["prefecture"]],
        "municipality": [["municipality"]],
        "hall": [["town", "hall"], ["city", "hall"]],
        "government": [["provincial", "government"], ["regional", "government"], ["municipal", "government"], ["district", "government"]],
        "council": [["town", "council"], ["city", "council"], ["municipal", "council"], ["district", "council"], ["provincial", "council"]],
    ]
    /// Words that may stand between the place and the head: "Atlantic maritime prefecture".
    static let localBodyModifiers: Set<String> = ["maritime", "regional", "provincial", "municipal", "district", "local", "police"]
    static let settingPrepositions: Set<String> = ["in", "at", "near", "across", "around", "outside", "inside", "within", "throughout", "into", "through"]

    func placedLocalBodies(_ chunks: inout [NameChunk], _ covered: inout [Bool], in sentence: AnalyzedSentence) {
        let tokens = sentence.tokens
        var placesTaken: [Int] = []
        var bodies: [NameChunk] = []
        for (index, chunk) in chunks.enumerated() {
            guard let country = Self.namingPlace(chunk, unknownNames: true).map(\.country) else { continue }
            // The words after the place, up to the head.
            var words: [Int] = []
            var k = chunk.tokens.upperBound
            while k < tokens.count, words.count < 3, !covered[k], tokens[k].kind == .word, !tokens[k].isCapitalized {
                words.append(k)
                k += 1
            }
            guard let end = words.indices.first(where: { w in
                guard let heads = Self.localBodyHeads[tokens[words[w]].lower] else { return false }
                return heads.contains { head in
                    head.count <= w + 1 && zip(head, words[(w + 1 - head.count)...w]).allSatisfy { $0 == tokens[$1].lower }
                        && words[..<(w + 1 - head.count)].allSatisfy { Self.localBodyModifiers.contains(tokens[$0].lower) }
                }
            }).map({ words[$0] + 1 }) else { continue }
            // "in the Belas municipality": a setting, not a body.
            var before = chunk.tokens.lowerBound - 1
            if before >= 0, tokens[before].lower == "the" { before -= 1 }
            if before >= 0, Self.settingPrepositions.contains(tokens[before].lower) { continue }
            bodies.append(NameChunk(kind: .organization(affiliation: country), tokens: chunk.tokens.lowerBound..<end, surface: "",
                                    canonical: NameFinding.cleanName(sentence.surface(chunk.tokens.lowerBound..<end))))
            placesTaken.append(index)
            for t in chunk.tokens.lowerBound..<end { covered[t] = true }
        }
        Self.replace(places: placesTaken, with: bodies, in: &chunks)
    }

    /// A place a body is named after, and the country it lies in (nil when unknown).
    struct NamingPlace { var country: String? }

    /// The place a chunk names (a country, a city, a region), or with `unknownNames` a short
    /// name the gazetteer does not know; nil for any other chunk.
    static func namingPlace(_ chunk: NameChunk, unknownNames: Bool = false) -> NamingPlace? {
        switch chunk.kind {
        case .country(let found): NamingPlace(country: found.code)
        case .city(let city): NamingPlace(country: city.country)
        case .place(.region, let code), .place(.city, let code): NamingPlace(country: code)
        case .name where unknownNames && chunk.tokens.count <= 3: NamingPlace(country: nil)
        default: nil
        }
    }

    /// The place is part of the body's name, not a mention of its own: the chunks at `places`
    /// give way to `bodies`.
    static func replace(places: [Int], with bodies: [NameChunk], in chunks: inout [NameChunk]) {
        for index in Set(places).sorted().reversed() { chunks.remove(at: index) }
        chunks += bodies
    }
}
