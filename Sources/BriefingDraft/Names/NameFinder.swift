import BriefingModel

/// Finds the actors and places of a text and every sentence that mentions them.
///
/// Three passes over the body (the headline and subheadings are left out):
/// 1. **Definitions** (`Definitions.swift`): chunks of each sentence (`Chunker`) are read in
///    context — a title before a name makes a person with a role and an affiliation; an
///    organisation word, an outlet cue, a descriptor ("analysts X") or an apposition makes
///    the others; how each country, capital and demonym is used is noted.
/// 2. **Actors** (`Actors.swift`): definitions merge into one record per actor (surnames,
///    acronyms, initials); countries become actors when they act, are acted upon, or are
///    needed as an affiliation.
/// 3. **Mentions** (`Mentions.swift`): every chunk and definite description ("the
///    foreign minister", "the group", "the North") is resolved to its actor or place, in
///    reading order, which also collects the aliases.
///
/// What the mention index holds, sentence by sentence (UTF-8 ranges into the sentence text):
/// - names, surnames ("Lavrov", "Senator Birmingham" — the title is in the range when only
///   a surname follows it), acronyms, capitals standing for governments ("Moscow said");
/// - definite descriptions: "the foreign minister", "the Kremlin leader", "the group",
///   "the ministry", "the North", "the Federal Government", "the 62-year-old";
/// - demonyms of country actors ("Chinese" in "Chinese companies"), as actor mentions whose
///   surface is the adjective (never an alias; `Gazetteer.country(demonym:)` tells them apart);
/// - a country used as a location ("traveled to Russia") once as a place and, when the
///   country is also an actor, once as that actor — same range, two targets;
/// - a country inside an organisation's name ("U.S." in "U.S. Treasury Department"), nested
///   inside the organisation's mention.
public enum NameFinder {
    public struct Result: Sendable {
        public var actors: [DraftActor]
        public var places: [DraftPlace]
        public var mentions: MentionIndex
    }

    public static func find(in text: DraftText, gazetteer: Gazetteer = .standard) -> Result {
        let whole = ([text.headline ?? ""] + text.paragraphs.map(\.text)).joined(separator: "\n")
        var finding = NameFinding(text: text, gazetteer: gazetteer.preferring(countriesNamedIn: whole))
        finding.findPlaceNames()
        finding.findDefinitions()
        finding.buildActors()
        finding.collectMentions()
        // Bodies first met in the mentions ("the health ministry said") are there to own a title now.
        finding.affiliateBodyNounTitles()
        // "Police spokeswoman X" opening a sentence after "Maldivian police said" (OpeningForceTitles.swift).
        finding.affiliateOpeningForceTitles()
        return finding.result()
    }
}

/// The state of one run of the name finder.
struct NameFinding {
    let gazetteer: Gazetteer
    var sentences: [AnalyzedSentence] = []

    // Pass one.
    var definitions: [ActorDefinition] = []
    /// "(FSB)" after "Federal Security Service".
    var aliasPairs: [(alias: String, target: String)] = []
    /// "global umpire, the World Trade Organisation": the phrase, its head noun, the name.
    var descriptionAliases: [(alias: String, head: String, target: String, sentence: Int, tokens: Range<Int>)] = []
    /// Per sentence: chunk index → how the country, capital or demonym is used.
    var usages: [[Int: CountryUsage]] = []
    /// Per sentence: name chunks that the context shows are places (ships).
    var namePlaces: [[Int: PlaceKind]] = []
    /// Names a vessel word introduced ("the tanker Aster Gale"): later bare mentions are the ship too.
    var vesselNames: Set<String> = []
    /// Unknown names that some mention shows to be places ("Gedo region"): places everywhere.
    var placeNames: [String: PlaceKind] = [:]
    /// Unnamed group voices by their first word, as written in lowercase ("aid groups"), with
    /// the actor each names: later mentions of the phrase, in any case, are that voice.
    var voicePhrases: [String: [(words: [String], name: String)]] = [:]

    // Pass two.
    var records: [ActorRecord] = []
    var absorbed: [Int?] = []
    var lookup: [String: Int] = [:]
    var countryRecords: [String: Int] = [:]
    var personWords: [String: [Int]] = [:]
    var initials: [String: Int] = [:]
    var descriptionHeads: [String: Int] = [:]
    var homeCountry: String?
    /// The country the headline opens with ("Colombia blames …"), if any.
    let headlineCountry: String?
    /// Per sentence: the countries that are subjects there, with their token.
    var subjectCountries: [Int: [(String, Int)]] = [:]
    /// Per sentence: every country acting there, and every state institution, with its token.
    var contextCountries: [Int: [(String, Int)]] = [:]

    // Pass three.
    var places: [PlaceRecord] = []
    var placeLookup: [String: Int] = [:]
    var mentions = MentionIndex()
    /// Actors in the order of their last mention, the latest last (a short window).
    var recent: [Int] = []
    /// The country whose government was last named ("the Czech government"): "the government" refers to it.
    var lastGovernment: String?
    /// Parties and groups the text marks as the opposition or as ruling, latest last (PartyCamps.swift).
    var campActors: [PartyCamp: [Int]] = [:]

    init(text: DraftText, gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        headlineCountry = Self.headlineCountry(text.headline, gazetteer: gazetteer)
        let body = text.paragraphs.filter { !$0.isSubheading }.flatMap(\.sentences).filter { !Self.isCreditLine($0.text) }
        // Each sentence is tokenised and chunked on its own: the first half of the text on this
        // thread, the second on another, then joined in reading order.
        let tokenized = Drafter.inHalves(Array(body.enumerated())) { AnalyzedSentence(ref: $0.element.ref, order: $0.offset, text: $0.element.text) }
        var lowercase = Set<String>()
        for sentence in tokenized {
            for token in sentence.tokens where token.isWord && !token.isCapitalized { lowercase.insert(token.lower) }
        }
        let chunker = Chunker(gazetteer: gazetteer, lowercaseWords: lowercase, firstWords: Chunker.firstWords(of: gazetteer))
        sentences = Drafter.inHalves(tokenized) { sentence in
            var sentence = sentence
            chunker.analyze(&sentence)
            return sentence
        }
    }

    func result() -> NameFinder.Result {
        var actors: [(TextPosition, DraftActor)] = []
        let names = Set(records.indices.filter { absorbed[$0] == nil }.map { records[$0].name })
        for (index, record) in records.enumerated() where absorbed[index] == nil {
            let affiliation = record.affiliation.flatMap { names.contains($0) ? $0 : nil }
            actors.append((record.firstMention ?? record.defined, DraftActor(
                name: record.name, kind: record.kind, role: record.role, affiliation: affiliation,
                aliases: record.aliases, mentions: record.mentions)))
        }
        let draftPlaces = places.sorted { $0.first < $1.first }.map { place in
            DraftPlace(name: place.name, kind: place.kind,
                       country: place.countryCode.flatMap { gazetteer.country(code: $0)?.name },
                       mentions: place.mentions)
        }
        return NameFinder.Result(actors: actors.sorted { $0.0 < $1.0 }.map(\.1), places: draftPlaces, mentions: mentions)
    }
}

extension NameFinding {
    /// A name as an actor's name: without a leading "The" and without spaces around it.
    static func cleanName(_ surface: String) -> String {
        var name = surface.namesTrimmed
        for article in ["The ", "the "] where name.hasPrefix(article) && name.count > article.count + 2 {
            name = String(name.dropFirst(article.count))
        }
        return name
    }

    /// Words that describe a role's holder, never a body ("Opposition leader", "Veteran MP");
    /// body words ("Commission spokesperson") name the body they stand for.
    static let describingRoleWords: Set<String> = [
        "opposition", "ruling", "former", "veteran", "independent", "senior", "junior", "acting", "interim", "outgoing",
        "incoming", "longtime", "retired", "exiled", "ousted", "jailed", "detained", "rebel", "militant", "insurgent",
        "separatist", "nationalist", "populist", "centrist", "top", "deputy", "local", "regional", "provincial",
    ]

    /// "Opposition" in "Opposition leader X": capitals that only describe a role name nobody.
    static func isRoleWordsOnly(_ chunk: NameChunk, in sentence: AnalyzedSentence) -> Bool {
        chunk.tokens.allSatisfy { describingRoleWords.contains(sentence.tokens[$0].lower) }
    }

    /// The qualifier standing right before `index`: a possessive ("Russia's", "Putin's") or an
    /// adjacent country, demonym, institution or organisation ("Chinese", "Kremlin").
    func qualifier(before index: Int, in sentence: AnalyzedSentence, allowName: Bool = true) -> Qualifier? {
        guard index > 0 else { return nil }
        // "International Olympic Committee (IOC) President Thomas Bach"
        if index >= 4, sentence.tokens[index - 1].text == ")", sentence.tokens[index - 2].isAcronym, sentence.tokens[index - 3].text == "(" {
            return qualifier(before: index - 3, in: sentence, allowName: allowName)
        }
        if sentence.tokens[index - 1].kind == .possessive || Self.isPluralPossessive(at: index - 1, in: sentence) {
            return sentence.chunk(endingBefore: index - 1).flatMap { qualifier(of: $0, allowName: true) }
        }
        return sentence.chunk(endingBefore: index).flatMap { qualifier(of: $0, allowName: allowName) }
    }

    /// The country whose capital the city is ("Moscow" → RU), by its name as written or its main name.
    func capitalCountry(_ city: Gazetteer.City, surface: String) -> String? {
        for name in [surface, city.name] {
            if let country = gazetteer.country(capital: name), country.code == city.country { return country.code }
        }
        return city.capital == true ? city.country : nil
    }

    func qualifier(of chunk: NameChunk, allowName: Bool) -> Qualifier? {
        switch chunk.kind {
        case .country(let country), .demonym(let country): return .country(country.code)
        case .city(let city):
            return capitalCountry(city, surface: chunk.surface).map(Qualifier.country)
        case .government(let code): return code.map(Qualifier.country)
        case .institution, .organization, .international, .media: return .surface(chunk.name)
        case .name:
            guard allowName, !NameLexicon.nonNameCapitals.contains(chunk.surface), !chunk.surface.split(separator: " ").allSatisfy({ Self.describingRoleWords.contains($0.lowercased()) }) else { return nil }
            return .surface(chunk.name)
        default: return nil
        }
    }

    /// The qualifier of an outlet or organisation found before its descriptor words:
    /// "Russian state news agency RIA", "South Korea's Yonhap news agency".
    func qualifier(scanningBack index: Int, in sentence: AnalyzedSentence) -> Qualifier? {
        var t = index
        var words = 0
        while t > 0, words < 4 {
            if let q = qualifier(before: t, in: sentence, allowName: false) { return q }
            let token = sentence.tokens[t - 1]
            guard token.isWord, !token.isCapitalized, !NameLexicon.functionWords.contains(token.lower) || token.lower == "the" else { return nil }
            t -= 1
            words += 1
        }
        return nil
    }
}
