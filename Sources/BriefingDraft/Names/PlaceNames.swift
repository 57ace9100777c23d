import BriefingModel

/// Names the text itself shows to be places, wherever they stand.
///
/// A name the gazetteer does not know is a place when one of its mentions has the grammar of
/// a place: a geographic noun right after it ("Gedo region", "the Amu Darya river"), a place
/// noun and "of" before it ("the town of Mocimboa da Praia", "the districts of Zemun and Novi
/// Beograd"), or a known city beside it in a route ("between Balboa and Colon"). Its other
/// mentions ("Mocimboa da Praia was occupied", "Clan elders in Gedo said") are then the place
/// too, never an actor.
extension NameFinding {
    /// Region cues that only follow a place's name in lower case; the weak ones ("state",
    /// "border", "zone") also follow organisations and countries, and "channel" an outlet
    /// ("its Telegram channel").
    static let lowercasePlaceCues: Set<String> = NameLexicon.regionCues.subtracting(NameLexicon.weakRegionCues).subtracting(["channel"])

    /// Singular of a place noun ("districts" → "district", "cities" → "city").
    static func singularPlaceNoun(_ word: String) -> String {
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("s"), !word.hasSuffix("ss") { return String(word.dropLast()) }
        return word
    }

    /// One pass over the chunks of every sentence, before any actor is defined.
    mutating func findPlaceNames() {
        // "the districts of Zemun and Novi Beograd", "at Balboa and Cristobal": a name paired
        // with a place is a place of the same kind.
        func pair(_ chunk: NameChunk, in sentence: AnalyzedSentence, kind: PlaceKind) {
            guard sentence.token(chunk.tokens.upperBound)?.lower == "and",
                  let other = sentence.chunk(startingAt: chunk.tokens.upperBound + 1), other.isName,
                  placeNames[other.name] == nil else { return }
            placeNames[other.name] = kind
        }
        // "accounts at Agroinvest" … "Agroinvest's chief executive, Sergiu Lupascu,": a firm with
        // officers is no site (TitleOwnerBodies.swift).
        let titleOwners = Set(sentences.flatMap { sentence in
            sentence.chunks.filter { $0.isName && ownsInstitutionalTitle($0, in: sentence) }.map(\.name)
        })
        for sentence in sentences {
            for (c, chunk) in sentence.chunks.enumerated() where chunk.isName || chunk.kind.isCityOrPlace {
                guard let kind = placeKindShown(by: c, in: sentence), kind != .site || !titleOwners.contains(chunk.name) else { continue }
                if chunk.isName, placeNames[chunk.name] == nil { placeNames[chunk.name] = kind }
                pair(chunk, in: sentence, kind: kind)
            }
        }
        guard !placeNames.isEmpty else { return }
        for sentence in sentences {
            for chunk in sentence.chunks where chunk.isName {
                if let kind = placeNames[chunk.name] { pair(chunk, in: sentence, kind: kind) }
            }
        }
    }

    /// A lowercase content word at `index` goes on the phrase ("at Firestone plantation").
    static func continuesInLowercase(at index: Int, in sentence: AnalyzedSentence) -> Bool {
        guard let token = sentence.token(index) else { return false }
        return token.isWord && !token.isCapitalized && !NameLexicon.functionWords.contains(token.lower)
    }

    func placeKindShown(by c: Int, in sentence: AnalyzedSentence) -> PlaceKind? {
        let chunk = sentence.chunks[c]
        let start = chunk.tokens.lowerBound
        let end = chunk.tokens.upperBound
        guard !chunk.tokens.contains(where: { sentence.tokens[$0].isAcronym }),
              !NameLexicon.nonNameCapitals.contains(chunk.surface) else { return nil }
        // "Gedo region", "the Amu Darya river": a geographic noun in lower case after the name,
        // ending its phrase (not "the Mekong river commission").
        if let next = sentence.token(end), next.isWord, !next.isCapitalized, Self.lowercasePlaceCues.contains(next.lower),
           !Self.continuesInLowercase(at: end + 1, in: sentence) {
            return .region
        }
        // "the town of X", "the provinces of X and Y".
        if start >= 2, sentence.tokens[start - 1].lower == "of" {
            let noun = Self.singularPlaceNoun(sentence.tokens[start - 2].lower)
            if Self.settlementWords.contains(noun) { return .city }
            if Self.areaWords.contains(noun) { return .region }
        }
        // "the waters off Cay Mirren": a bare name after "off" that ends its phrase is a coast or island.
        if chunk.isName, start >= 1, sentence.tokens[start - 1].lower == "off", end - start >= 2,
           sentence.token(end).map({ $0.kind != .possessive }) ?? true,
           !chunk.tokens.contains(where: { NameLexicon.organizationCues.contains(sentence.tokens[$0].lower) }),
           !Self.continuesInLowercase(at: end, in: sentence) {
            return .region
        }
        // "a processing plant at Beaco", "concessions at Balboa and Cristobal": a bare name after
        // "at" that ends its phrase is where something stands, unless someone works there
        // ("analysts at Rystad Energy") or its words name a body ("at Seoul National University").
        if chunk.isName, start >= 1, sentence.tokens[start - 1].lower == "at",
           start < 2 || !Self.staffNouns.contains(sentence.tokens[start - 2].lower),
           !chunk.tokens.contains(where: { NameLexicon.organizationCues.contains(sentence.tokens[$0].lower) }),
           !Self.continuesInLowercase(at: end, in: sentence) {
            return .site
        }
        if let kind = placeKindOfApposition(after: chunk, in: sentence) { return kind }
        // "between Balboa and Colon", "from Termez to Tashkent": a route whose other end is a known city.
        if start >= 1, ["between", "from"].contains(sentence.tokens[start - 1].lower),
           let joiner = sentence.token(end), ["and", "to"].contains(joiner.lower),
           let other = sentence.chunk(startingAt: end + 1), case .city = other.kind {
            return .city
        }
        return nil
    }
}

extension NameChunk.Kind {
    /// A city or a place the gazetteer or a cue word knows.
    var isCityOrPlace: Bool {
        switch self {
        case .city, .place: true
        default: false
        }
    }
}
