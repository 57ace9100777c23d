import BriefingModel
import Foundation

/// A stretch of a sentence that names something, or a title before a name.
struct NameChunk: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case country(Gazetteer.Country)
        case demonym(Gazetteer.Country)
        case city(Gazetteer.City)
        /// A title; `head` is its last word, lowercased ("minister").
        case title(head: String)
        /// "Mr.", "Sen.": `role` is the title it abbreviates, if any.
        case honorific(role: String?)
        /// A capitalised name with an organisation head word; `affiliation` is the ISO code of a
        /// country word inside it ("U.S. Treasury Department").
        case organization(affiliation: String?)
        /// "the Federal Government", "the Australian Government": a country's government.
        case government(country: String?)
        case institution(country: String)
        case international
        case media(affiliation: String?)
        case place(PlaceKind, country: String?)
        case vessel(country: String?)
        /// Capitalised words that match nothing above: a person, or an organisation that the
        /// context reveals.
        case name
    }

    var kind: Kind
    var tokens: Range<Int>
    var surface: String
    /// The name when it differs from the words as written ("Russian Defence Ministry" for
    /// "defence ministry" after "Russia's").
    var canonical: String?

    init(kind: Kind, tokens: Range<Int>, surface: String, canonical: String? = nil) {
        self.kind = kind
        self.tokens = tokens
        self.surface = surface
        self.canonical = canonical
    }

    /// The actor or place name the chunk stands for.
    var name: String { canonical ?? NameFinding.cleanName(surface) }

    var isTitle: Bool {
        switch kind {
        case .title, .honorific: true
        default: false
        }
    }

    var isName: Bool { if case .name = kind { true } else { false } }
}

extension NameChunk.Kind {
    var isDemonym: Bool { if case .demonym = self { true } else { false } }
}

/// One sentence cut into tokens and chunks.
struct AnalyzedSentence: Sendable {
    var ref: SourceRef
    /// Position of the sentence in reading order.
    var order: Int
    var text: String
    var utf8: [UInt8]
    var tokens: [NameToken]
    var chunks: [NameChunk] = []
    /// For each token, the chunk that covers it.
    var chunkAt: [Int?] = []

    init(ref: SourceRef, order: Int, text: String) {
        self.ref = ref
        self.order = order
        self.text = text
        self.utf8 = Array(text.utf8)
        self.tokens = NameTokenizer.tokenize(text)
    }

    /// The text from the first to the last token of a range, as written.
    func surface(_ range: Range<Int>) -> String {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= tokens.count else { return "" }
        return String(decoding: utf8[tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound], as: UTF8.self)
    }

    func byteRange(_ range: Range<Int>) -> Range<Int> {
        tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
    }

    func token(_ index: Int) -> NameToken? { tokens.indices.contains(index) ? tokens[index] : nil }

    func chunk(startingAt index: Int) -> NameChunk? {
        guard let c = chunkAt.indices.contains(index) ? chunkAt[index] : nil, chunks[c].tokens.lowerBound == index else { return nil }
        return chunks[c]
    }

    func chunk(endingBefore index: Int) -> NameChunk? {
        guard index > 0, let c = chunkAt[index - 1], chunks[c].tokens.upperBound == index else { return nil }
        return chunks[c]
    }

    /// The token after a dateline that opens the sentence ("OSLO, June 11 (Reuters) -",
    /// "Tbilisi (AFP) -"), else 0: only capitalised words, numbers and punctuation before a
    /// spaced dash, the first word in capitals or the dash after an agency's parenthesis.
    var datelineEnd: Int {
        for (i, token) in tokens.prefix(14).enumerated() {
            if token.kind == .punct, ["-", "—", "–"].contains(token.text), token.spaceBefore, i > 0 {
                return tokens[0].isAcronym || tokens[i - 1].text == ")" ? i + 1 : 0
            }
            if token.isWord, !token.isCapitalized { return 0 }
        }
        return 0
    }

    /// The token starts a sentence or a quotation: capitals there say nothing.
    func isSentenceStart(_ index: Int) -> Bool {
        var i = index - 1
        while i >= 0, index - i <= 6 {
            let token = tokens[i]
            if token.kind != .punct { return false }
            if ["“", "\"", "‘", ":", "(", "—", "–", "'", "«", "["].contains(token.text) { return true }
            i -= 1
        }
        return i < 0
    }

    mutating func setChunks(_ chunks: [NameChunk]) {
        self.chunks = chunks.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        chunkAt = Array(repeating: nil, count: tokens.count)
        for (index, chunk) in self.chunks.enumerated() {
            for t in chunk.tokens { chunkAt[t] = index }
        }
    }
}

/// Finds the chunks of a sentence: capitalised runs cut at known names, titles and the head
/// words of organisation and place names.
struct Chunker {
    let gazetteer: Gazetteer
    /// Words the text uses in lower case somewhere: a capitalised sentence opener among them is
    /// an ordinary word.
    let lowercaseWords: Set<String>
    /// First word of every known name → how many tokens such a name may take.
    let firstWords: [String: Int]

    /// Built once per gazetteer and process: the index takes longer to build than a short
    /// article takes to read.
    final class FirstWordsCache: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [String: [String: Int]] = [:]

        func value(for gazetteer: Gazetteer) -> [String: Int] {
            let key = [String(gazetteer.countries.count), String(gazetteer.cities.count), gazetteer.countries.first?.name ?? "",
                       gazetteer.cities.first?.name ?? "", gazetteer.cities.last?.name ?? ""].joined(separator: "\u{1F}")
            lock.lock()
            defer { lock.unlock() }
            if let cached = entries[key] { return cached }
            let value = Chunker.buildFirstWords(of: gazetteer)
            entries[key] = value
            return value
        }
    }

    static let firstWordsCache = FirstWordsCache()

    static func firstWords(of gazetteer: Gazetteer) -> [String: Int] { firstWordsCache.value(for: gazetteer) }

    /// The first words of the gazetteer's and the lexicon's names, for a quick "can a known
    /// name start here?".
    static func buildFirstWords(of gazetteer: Gazetteer) -> [String: Int] {
        var result: [String: Int] = [:]
        func add(_ name: String) {
            // An ASCII name (nearly every one) is split on its bytes: the same words, without
            // reading grapheme clusters.
            if name.utf8.allSatisfy({ $0 < 0x80 }) {
                let words = name.utf8.split(separator: UInt8(ascii: " "))
                guard let firstWord = words.first else { return }
                var head = Substring(firstWord)
                if let apostrophe = head.utf8.firstIndex(of: UInt8(ascii: "'")), apostrophe != head.startIndex {
                    head = head[..<apostrophe]
                }
                let key = String(head)
                result[key] = max(result[key] ?? 0, words.count + 2)
                return
            }
            var words = 0
            var first: Substring?
            for word in name.split(separator: " ") {
                if first == nil { first = word }
                words += 1
            }
            guard var head = first else { return }
            if let apostrophe = head.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }), apostrophe != head.startIndex {
                head = head[..<apostrophe]
            }
            let key = String(head)
            result[key] = max(result[key] ?? 0, words + 2)
        }
        for country in gazetteer.countries {
            add(country.name)
            country.names.forEach(add)
            country.demonyms.forEach(add)
        }
        for city in gazetteer.cities {
            add(city.name)
            city.names.forEach(add)
        }
        NameLexicon.institutions.keys.forEach(add)
        NameLexicon.internationalOrganizations.forEach(add)
        NameLexicon.mediaNames.forEach(add)
        NameLexicon.regions.forEach(add)
        return result
    }

    /// Place words that are rarely surnames: a name ending in one is a place wherever it stands.
    static let strongPlaceCues: Set<String> = [
        "airport", "airbase", "port", "harbor", "harbour", "station", "square", "palace", "stadium", "dam",
        "depot", "prison", "refinery", "shipyard", "airfield", "checkpoint", "sea", "ocean", "strait", "straits",
        "gulf", "peninsula", "island", "islands", "province", "region", "bay", "river", "mountains", "valley",
        "desert", "canal", "oblast", "prefecture", "county", "district", "territory", "territories", "coast",
        "basin", "archipelago", "strip", "krai", "governorate", "plateau", "isthmus", "atoll", "reef", "cathedral",
        "mosque", "monastery", "barracks", "terminal", "raion", "voivodeship", "canton", "municipality",
    ]

    static let directionWords: Set<String> = [
        "North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western", "Upper",
        "Lower", "Greater", "Inner", "Outer", "Northeast", "Northwest", "Southeast", "Southwest",
        "North-East", "North-West", "South-East", "South-West", "Northeastern", "Northwestern",
        "Southeastern", "Southwestern",
    ]

    static let longestName = 14

    static let strongSingleCues: Set<String> = ["parliament", "congress", "senate", "government", "treasury", "cabinet", "politburo", "knesset", "duma", "majlis", "legislature", "junta"]
    static let weakOrganizationCues: Set<String> = [
        "capital", "energy", "oil", "gas", "international", "network", "watch", "project", "monitor", "mission",
        "trust", "society", "delegation", "partners", "systems", "technologies", "motors", "industries",
        "holdings", "initiative", "front", "movement", "league", "board", "exchange", "reserve", "program",
        "programme", "electric", "telecom", "labs", "laboratories", "group", "house", "office", "service",
        "services", "union", "fund", "force", "forces", "center", "centre", "co", "inc", "ltd", "corp", "llc", "plc",
        "command", "guard", "guards", "division", "observatory", "church", "police", "authority", "authorities",
        "administration", "alliance", "coalition", "federation", "pharmaceuticals", "airlines", "airways",
        "community", "nations", "parties", "unions", "entertainment", "electronics", "studios", "semiconductor",
        "semiconductors", "aerospace", "dynamics", "shipbuilding", "logistics", "solutions", "foods", "resources",
        "mining", "steel", "chemicals", "communications", "insurance", "securities", "investments", "ventures",
        "pharma", "biotech", "pictures", "media", "wing",
    ]

    func analyze(_ sentence: inout AnalyzedSentence) {
        markBareApostrophePossessives(&sentence)
        let tokens = sentence.tokens
        var chunks: [NameChunk] = []
        var covered = Array(repeating: false, count: tokens.count)
        for run in runs(tokens) {
            let before = run.lowerBound - 1
            var afterTitle = false
            if before >= 0, tokens[before].isWord, !tokens[before].isCapitalized, NameLexicon.titleHeads.contains(tokens[before].lower) {
                let weak = NameLexicon.weakTitleHeads.contains(tokens[before].lower)
                afterTitle = !weak || run.count >= 2
            }
            for chunk in segment(run, in: sentence, afterTitle: afterTitle) {
                chunks.append(chunk)
                for t in chunk.tokens { covered[t] = true }
            }
        }
        mergeSpelledOutNames(&chunks, &covered, in: sentence)
        lowercaseInstitutions(&chunks, &covered, in: sentence)
        legislatureCommittees(&chunks, &covered, in: sentence)
        placedPolice(&chunks, &covered, in: sentence)
        placedLocalBodies(&chunks, &covered, in: sentence)
        // Lowercase titles ("spokesman", "chief executive").
        var t = 0
        while t < tokens.count {
            // "the justice ministry said": a title word before a portfolio body's head names the
            // portfolio, not a person, and is left to the body's description.
            if !covered[t], tokens[t].isWord, !tokens[t].isCapitalized,
               NameLexicon.titleHeads.contains(tokens[t].lower) || NameLexicon.isOccupationBySuffix(tokens[t].lower),
               !(t + 1 < tokens.count && NameFinding.portfolioHeads.contains(tokens[t + 1].lower)) {
                var end = t + 1
                while end < tokens.count, !covered[end], tokens[end].isWord, !tokens[end].isCapitalized,
                      NameLexicon.titleHeads.contains(tokens[end].lower) { end += 1 }
                chunks.append(NameChunk(kind: .title(head: tokens[end - 1].lower), tokens: t..<end, surface: ""))
                for i in t..<end { covered[i] = true }
                t = end
            } else {
                t += 1
            }
        }
        // Titles take the role words before them ("national security spokesman", "former President").
        for index in chunks.indices where chunks[index].isTitle {
            if case .honorific = chunks[index].kind { continue }
            var start = chunks[index].tokens.lowerBound
            while start > 0, !covered[start - 1], tokens[start - 1].isWord, !tokens[start - 1].isCapitalized,
                  NameLexicon.roleModifiers.contains(tokens[start - 1].lower), chunks[index].tokens.upperBound - start < 6 {
                start -= 1
                covered[start] = true
            }
            chunks[index].tokens = start..<chunks[index].tokens.upperBound
        }
        Self.takeOpeningBodyNouns(&chunks, in: sentence)
        for index in chunks.indices {
            chunks[index].surface = sentence.surface(chunks[index].tokens)
            if chunks[index].canonical == nil { chunks[index].canonical = NameFinding.cleanName(chunks[index].surface) }
        }
        sentence.setChunks(chunks)
    }

    /// "Research and Analysis Wing (RAW)": the words that the acronym spells out are one
    /// organisation name, even where "and" split them.
    func mergeSpelledOutNames(_ chunks: inout [NameChunk], _ covered: inout [Bool], in sentence: AnalyzedSentence) {
        let tokens = sentence.tokens
        var p = 1
        while p + 2 < tokens.count {
            defer { p += 1 }
            guard tokens[p].text == "(", tokens[p + 1].isAcronym, tokens[p + 2].text == ")" else { continue }
            let letters = String(tokens[p + 1].text.filter { $0.isLetter })
            guard letters.count >= 2 else { continue }
            var start: Int?
            var s = p - 1
            while s >= 0, p - s <= 12 {
                let token = tokens[s]
                let connector = token.isWord && !token.isCapitalized && ["and", "of", "for", "the", "on", "&", "de", "du"].contains(token.lower)
                guard token.isWord, token.isCapitalized || token.isAcronym || connector else { break }
                if !connector {
                    let initials = tokens[s..<p].filter { $0.isCapitalized || $0.isAcronym }.map { String($0.text.first!) }.joined()
                    if initials == letters { start = s; break }
                    if initials.count > letters.count { break }
                }
                s -= 1
            }
            guard let start else { continue }
            let span = start..<p
            if chunks.contains(where: { $0.tokens == span }) { continue }
            // Only words that are not known names already (a country in the span keeps it out).
            let overlapping = chunks.filter { $0.tokens.overlaps(span) }
            if overlapping.contains(where: { if case .country = $0.kind { true } else { false } }) { continue }
            chunks.removeAll { $0.tokens.overlaps(span) }
            chunks.append(NameChunk(kind: .organization(affiliation: nil), tokens: span, surface: ""))
            for i in span { covered[i] = true }
        }
    }

    static let institutionHeads: [[String]] = [
        ["air", "force"], ["coast", "guard"], ["armed", "forces"], ["foreign", "office"], ["general", "staff"],
        ["central", "bank"], ["security", "service"], ["intelligence", "service"], ["intelligence", "agency"],
        ["border", "guard"], ["border", "service"], ["national", "guard"], ["space", "agency"], ["news", "agency"],
        ["ministry"], ["army"], ["navy"], ["military"], ["junta"], ["police"], ["embassy"], ["parliament"], ["legislature"],
        ["presidency"], ["consulate"], ["judiciary"], ["cabinet"], ["prosecutors"],
        // "Kenya's top court ruled", "Peru's electoral tribunal rejected": a country's court.
        ["top", "court"], ["highest", "court"], ["supreme", "court"], ["constitutional", "court"],
        ["administrative", "court"], ["electoral", "court"], ["electoral", "tribunal"], ["election", "tribunal"],
    ]
    static let institutionModifiers: Set<String> = [
        "foreign", "defence", "defense", "interior", "health", "finance", "economy", "trade", "commerce", "justice",
        "energy", "agriculture", "education", "emergencies", "emergency", "transport", "industry", "culture",
        "environment", "labour", "labor", "state", "federal", "national", "presidential", "home", "finance",
        "information", "communications", "digital", "science", "economic", "affairs", "external",
        // "the fisheries ministry said", "Chile's mining ministry": portfolios of smaller ministries.
        "fisheries", "mining", "mines", "tourism", "housing", "sports", "welfare", "planning", "infrastructure",
        "forestry", "petroleum", "aviation", "immigration", "telecommunications", "mobility",
    ]

    /// "the Ukrainian air force said", "according to Russia's defence ministry": a state body
    /// named in lower case after its country, when it says or does something. Its name is
    /// written the way the country's own capitalised form would be: "Russian Defence Ministry".
    func lowercaseInstitutions(_ chunks: inout [NameChunk], _ covered: inout [Bool], in sentence: AnalyzedSentence) {
        let tokens = sentence.tokens
        for chunk in chunks {
            var country: Gazetteer.Country?
            var start = chunk.tokens.upperBound
            // "the US embassy", "the UK government": a country's abbreviation used as a modifier
            // names the body as written.
            var writtenModifier: String?
            switch chunk.kind {
            case .international:
                lowercaseBody(of: chunk, &chunks, &covered, in: sentence)
                continue
            // "Parliament's health committee will question": a named body's own committee or office.
            case .organization where sentence.token(start)?.kind == .possessive:
                lowercaseBody(of: chunk, &chunks, &covered, in: sentence)
                continue
            case .demonym(let c):
                country = c
                // "the Philippine coast guard" keeps the adjective as written, not the data's first ("Filipino").
                writtenModifier = sentence.surface(chunk.tokens)
            case .city, .place(.region, _), .name:
                subnationalGovernment(of: chunk, &chunks, &covered, in: sentence)
                continue
            case .country(let c):
                if sentence.token(start)?.kind == .possessive {
                    start += 1
                } else if chunk.tokens.allSatisfy({ tokens[$0].isAcronym || tokens[$0].kind == .punct }) {
                    writtenModifier = sentence.surface(chunk.tokens)
                } else {
                    continue
                }
                country = c
            default: continue
            }
            guard let country else { continue }
            var end: Int?
            var k = start
            while k < tokens.count, k - start < 4, !covered[k], tokens[k].isWord, !tokens[k].isCapitalized {
                for head in Self.institutionHeads where k + head.count <= tokens.count {
                    if head.enumerated().allSatisfy({ tokens[k + $0.offset].lower == $0.element && !covered[k + $0.offset] }) {
                        end = k + head.count
                    }
                }
                if end != nil { break }
                guard Self.institutionModifiers.contains(tokens[k].lower) else { break }
                k += 1
            }
            if let head = end {
                end = Self.extendedInstitutionEnd(head, in: sentence, covered: covered)
            } else {
                // "Armenia's border guard service", "a Tunisian dockworkers' union": a body of
                // that country named by what it is.
                let nouns = sentence.token(start - 1)?.kind == .possessive ? Self.ownedBodyNounsAfterPossessive : Self.memberBodyNouns
                end = Self.ownedBodyEnd(from: start, nouns: nouns, in: sentence, covered: covered)
                // "Gambia's main opposition party said" (CountryCampParties.swift).
                if end == nil, sentence.token(start - 1)?.kind == .possessive { end = Self.campPartyEnd(from: start, in: sentence, covered: covered) }
                // "A Zambian environmental group said" (DemonymVoiceBodies.swift).
                if end == nil, case .demonym = chunk.kind { end = Self.demonymVoiceBodyEnd(from: start, in: sentence, covered: covered) }
            }
            guard var end, end > start else { continue }
            if tokens[start..<end].contains(where: { $0.lower == "news" }) { continue }
            // "Afghanistan's ministry of energy and water said": a portfolio after the head.
            if let portfolioEnd = Self.lowercasePortfolio(after: end, in: sentence, covered: covered) { end = portfolioEnd }
            // "Myanmar's military government", "the Malian military junta": a military that rules
            // is one body, not the country (the phrase as written becomes its alias).
            if ["military", "junta"].contains(tokens[end - 1].lower), end < tokens.count, !covered[end],
               ["government", "regime", "junta", "rulers"].contains(tokens[end].lower) { end += 1 }
            guard bodyActs(from: chunk.tokens.lowerBound, to: end, in: sentence) else { continue }
            // "the Philippines' foreign ministry": a plural name's singular, when it is an adjective of the country.
            let singular = String(sentence.surface(chunk.tokens).dropLast())
            let adjective = writtenModifier ?? (country.demonyms.contains(singular) ? singular : nil) ?? country.demonyms.first ?? country.name
            chunks.append(NameChunk(kind: .organization(affiliation: country.code), tokens: start..<end, surface: "",
                                    canonical: adjective + " " + Self.titleCasedWords(tokens[start..<end])))
            for i in start..<end { covered[i] = true }
        }
    }

    /// "The Luanda provincial government said", "the Sindh provincial government ordered an
    /// inquiry": a province's or a city's own government, named by its place and its level, is a
    /// body of its own (the capital's name had made it the country's government; an unknown
    /// province's, nothing).
    func subnationalGovernment(of chunk: NameChunk, _ chunks: inout [NameChunk], _ covered: inout [Bool], in sentence: AnalyzedSentence) {
        let tokens = sentence.tokens
        let level = chunk.tokens.upperBound
        guard level + 1 < tokens.count, !covered[level], !covered[level + 1],
              Self.subnationalLevels.contains(tokens[level].lower), !tokens[level].isCapitalized,
              Self.subnationalBodies.contains(tokens[level + 1].lower), !tokens[level + 1].isCapitalized else { return }
        let end = level + 2
        guard bodyActs(from: chunk.tokens.lowerBound, to: end, in: sentence) else { return }
        var affiliation: String?
        if case .city(let city) = chunk.kind { affiliation = city.country }
        if case .place(_, let country) = chunk.kind { affiliation = country }
        chunks.append(NameChunk(kind: .organization(affiliation: affiliation), tokens: level..<end, surface: "",
                                canonical: sentence.surface(chunk.tokens.lowerBound..<end)))
        for i in level..<end { covered[i] = true }
    }

    static let subnationalLevels: Set<String> = ["provincial", "regional", "municipal", "state", "city", "district", "county", "prefectural", "departmental", "local"]
    static let subnationalBodies: Set<String> = ["government", "administration", "authorities", "council", "assembly", "legislature"]

    /// "of mines and energy" after a ministry's head: lower-case portfolio words joined by
    /// "and", up to the verb. Returns the token after them.
    static func lowercasePortfolio(after end: Int, in sentence: AnalyzedSentence, covered: [Bool]? = nil) -> Int? {
        let tokens = sentence.tokens
        guard end >= 1, ["ministry", "department"].contains(tokens[end - 1].lower), sentence.token(end)?.lower == "of" else { return nil }
        var k = end + 1
        var last: Int?
        while k < tokens.count, k - end <= 6, tokens[k].isWord, !tokens[k].isCapitalized, covered?[k] != true {
            let word = tokens[k].lower
            if word == "and" {
                guard last != nil else { return nil }
            } else {
                guard !NameLexicon.functionWords.contains(word), !AnalyzedSentence.isVerbLike(tokens[k], skippedAdverb: false) else { break }
                last = k
            }
            k += 1
        }
        guard let last else { return nil }
        return last + 1
    }

    /// A word as it stands in a body's name: "Ministry of Mines and Energy".
    static func titleCased(_ token: NameToken) -> String {
        ["of", "and", "the", "for"].contains(token.lower) ? token.lower : token.text.prefix(1).uppercased() + token.text.dropFirst()
    }

    /// Only a body that acts or speaks: "the Ukrainian air force said", "by Russia's army".
    func bodyActs(from before: Int, to end: Int, in sentence: AnalyzedSentence) -> Bool {
        let tokens = sentence.tokens
        if let (word, _, adverb) = sentence.wordAfter(end), AnalyzedSentence.isVerbLike(word, skippedAdverb: adverb) { return true }
        // "the Russian embassy in Prague dismissed": over the seat to the verb.
        if sentence.token(end)?.lower == "in", let place = sentence.token(end + 1), place.isCapitalized {
            var after = end + 2
            while let token = sentence.token(after), token.isWord, token.isCapitalized, after - end < 4 { after += 1 }
            if let (word, _, adverb) = sentence.wordAfter(after), AnalyzedSentence.isVerbLike(word, skippedAdverb: adverb) { return true }
        }
        var b = before - 1
        if b >= 0, tokens[b].lower == "the" { b -= 1 }
        if b >= 0, ["by", "told", "from"].contains(tokens[b].lower) { return true }
        // "a spokesman for the Russian embassy": a body speaks through its spokesperson.
        // Not "a spokesman for the French armed forces' staff": that one speaks for what the body owns.
        if b >= 1, tokens[b].lower == "for", NameFinding.spokespersonNouns.contains(tokens[b - 1].lower),
           sentence.token(end).map({ $0.kind == .possessive || (["'", "\u{2019}"].contains($0.text) && !$0.spaceBefore) }) != true { return true }
        return b >= 1 && tokens[b].lower == "to" && tokens[b - 1].lower == "according"
    }

    /// "parliament's economy committee will hear", "the parliament's committee on the economy":
    /// a legislature's committee named in lower case, as written, is a body when it acts.
    func legislatureCommittees(_ chunks: inout [NameChunk], _ covered: inout [Bool], in sentence: AnalyzedSentence) {
        let tokens = sentence.tokens
        for t in tokens.indices where !covered[t] && tokens[t].isWord && !tokens[t].isCapitalized
            && Self.legislatureWords.contains(tokens[t].lower) && sentence.token(t + 1)?.kind == .possessive {
            lowercaseBody(of: NameChunk(kind: .organization(affiliation: nil), tokens: t..<(t + 1), surface: ""), &chunks, &covered, in: sentence)
            // Named as written, with a capital to start it ("Parliament's economy committee").
            if let last = chunks.indices.last, chunks[last].tokens.lowerBound == t {
                let written = sentence.surface(chunks[last].tokens)
                chunks[last].canonical = written.prefix(1).uppercased() + written.dropFirst()
            }
        }
    }

    static let legislatureWords: Set<String> = ["parliament", "congress", "senate", "legislature"]

    /// Head nouns of an international body's offices named in lower case.
    static let bodyHeads: Set<String> = ["office", "agency", "mission", "watchdog", "commission", "council", "committee", "tribunal", "programme", "program", "command"]

    /// "the UN human rights office said", "the U.N. refugee agency": an office of an
    /// international organisation named in lower case, as written; also after a body's
    /// possessive ("Parliament's committee on agriculture is due to").
    func lowercaseBody(of chunk: NameChunk, _ chunks: inout [NameChunk], _ covered: inout [Bool], in sentence: AnalyzedSentence) {
        let tokens = sentence.tokens
        let owned = sentence.token(chunk.tokens.upperBound)?.kind == .possessive
        let start = chunk.tokens.upperBound + (owned ? 1 : 0)
        var k = start
        var end: Int?
        while k < tokens.count, k - start < 4, !covered[k], tokens[k].isWord, !tokens[k].isCapitalized,
              !NameLexicon.functionWords.contains(tokens[k].lower) {
            if Self.bodyHeads.contains(tokens[k].lower) { end = k + 1; break }
            k += 1
        }
        // "committee on agriculture": a committee's field after "on" or "for".
        if let head = end, ["committee", "commission"].contains(tokens[head - 1].lower), let on = sentence.token(head), ["on", "for"].contains(on.lower) {
            let f = sentence.token(head + 1)?.lower == "the" ? head + 2 : head + 1
            if let field = sentence.token(f), field.isWord, !field.isCapitalized, !Chunker.cannotNameBody(field) { end = f + 1 }
        }
        // "the UN office" without its field is a description of one named before.
        guard let end, end - start >= 2, bodyActs(from: chunk.tokens.lowerBound, to: end, in: sentence) else { return }
        // "according to the UN refugee agency UNHCR": the body's own name follows, and stands for it.
        if let next = sentence.token(end), next.isWord, next.isAcronym || (next.isCapitalized && !NameLexicon.timeWords.contains(next.lower)) { return }
        let range = chunk.tokens.lowerBound..<end
        chunks.removeAll { $0.tokens == chunk.tokens }
        chunks.append(NameChunk(kind: .organization(affiliation: nil), tokens: range, surface: ""))
        for i in range { covered[i] = true }
    }

    // MARK: Runs

    func isNameToken(_ token: NameToken) -> Bool {
        guard token.isWord, token.isCapitalized || token.isAcronym else { return false }
        if NameLexicon.timeWords.contains(token.lower) { return false }
        if token.text == "I" { return false }
        if token.text.unicodeScalars.contains(where: { $0.properties.numericType != nil }) {
            // "G7", "G20", and a group named by a letter and its number ("M23"); "B-52",
            // "COVID-19", "Q3" are not names.
            let letters = token.text.unicodeScalars.filter { $0.properties.isAlphabetic }
            // "Le360", "Canal9": a word in mixed case with a number after it names an outlet or
            // a brand (not "MH17" or "COVID-19", in capitals).
            if letters.count >= 2, token.text.dropFirst().first?.isLowercase == true,
               let firstDigit = token.text.firstIndex(where: \.isNumber),
               token.text[..<firstDigit].allSatisfy(\.isLetter), token.text[firstDigit...].allSatisfy(\.isNumber) { return true }
            guard letters.count == 1, token.text.count <= 4 else { return false }
            return token.text.first == "G" || (token.text.count >= 3 && token.text.dropFirst().allSatisfy(\.isNumber))
        }
        return true
    }

    /// "Justicia 11J", "Movimiento 27N": a number with a capital letter ending a name, named
    /// after a date. Two digits, so "5G" or "4K" after a brand stay out.
    static func isDateTag(_ token: NameToken) -> Bool {
        guard token.kind == .number, token.spaceBefore, let last = token.text.last, last.isUppercase, last.isLetter else { return false }
        let digits = token.text.dropLast()
        return digits.count == 2 && digits.allSatisfy(\.isNumber)
    }

    /// The first letters of a name's capitalised words: "Organization for Security and Co-operation" → "OSC".
    static func initials(of tokens: ArraySlice<NameToken>) -> String {
        String(tokens.filter { $0.isWord && $0.isCapitalized }.compactMap(\.text.first))
    }

    /// "We Continue the Change": a capitalised first-person pronoun and one capitalised word
    /// after it open a slogan that names a party.
    static func isSloganOpening(_ tokens: [NameToken], from i: Int, to j: Int) -> Bool {
        j - i == 2 && tokens[i].text == "We" && tokens[i + 1].isCapitalized && tokens[i + 1].isWord
    }

    /// Maximal capitalised runs, joined over name particles ("bin", "von der"), "of" after
    /// an organisation word ("Ministry of Commerce"), and "and" or "&" inside such a tail.
    func runs(_ tokens: [NameToken]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            guard isNameToken(tokens[i]) || isTimeWordName(i, in: tokens) else { i += 1; continue }
            var j = i + 1
            var inTail = false
            // No name is longer than this; a run of capitals beyond it is cut.
            while j < tokens.count, j - i < Self.longestName {
                let token = tokens[j]
                if isNameToken(token) || isTimeWordName(j, in: tokens), token.spaceBefore || tokens[j - 1].kind != .punct { j += 1; continue }
                if Self.isDateTag(token), isNameToken(tokens[j - 1]) { j += 1; break }
                let next = j + 1 < tokens.count ? tokens[j + 1] : nil
                let nextIsName = next.map(isNameToken) ?? false
                if token.isWord, !token.isCapitalized, NameLexicon.nameParticles.contains(token.lower),
                   isNameToken(tokens[j - 1]) || isTimeWordName(j - 1, in: tokens), !NameLexicon.organizationCues.contains(tokens[j - 1].lower) {
                    // "bin Salman", "von der Leyen", "de la Cruz".
                    var k = j
                    while k < tokens.count, k - j < 3, tokens[k].isWord, !tokens[k].isCapitalized, NameLexicon.nameParticles.contains(tokens[k].lower) { k += 1 }
                    if k < tokens.count, isNameToken(tokens[k]) { j = k + 1; continue }
                }
                // "Inspector General of Police Geoffrey Tumusiime": a rank title runs on over the
                // service it is "of" (ForceTitleOfPhrase.swift).
                if !inTail, token.lower == "of", Self.serviceRankHeads.contains(tokens[j - 1].lower), let next,
                   next.isCapitalized, Self.serviceWords.contains(next.lower), Self.holderNameFollows(tokens, after: j + 2, isName: isNameToken) { j += 2; continue }
                if token.isWord, !token.isCapitalized, ["of", "for", "on"].contains(token.lower),
                   inTail || (token.lower == "of" ? NameLexicon.ofJoiners.contains(tokens[j - 1].lower) : NameLexicon.organizationCues.contains(tokens[j - 1].lower)),
                   !(token.lower == "on" && isTopicPlace(tokens, at: j + 1)) {
                    if nextIsName { j += 2; inTail = true; continue }
                    if let next, next.lower == "the", j + 2 < tokens.count, isNameToken(tokens[j + 2]) { j += 3; inTail = true; continue }
                }
                if token.isWord, ["of", "for"].contains(token.lower), !inTail, nextIsName {
                    // "the Global New Light of Myanmar newspaper": a name that an outlet word follows
                    // runs on over its "of".
                    var k = j + 1
                    while k < tokens.count, k - j <= 3, isNameToken(tokens[k]) { k += 1 }
                    if k < tokens.count, tokens[k].isWord, Self.outletHeads.contains(tokens[k].lower) { j = k; break }
                    // "Independent Patriots for Change", "Lawyers for Human Rights": a plural noun of
                    // people with a "for" and its cause is one name.
                    // "Jamaicans for Justice", "Americans for Prosperity": a people's plural alone
                    // opens such a name too.
                    if token.lower == "for", j - i >= 2 || isPeoplesPlural(tokens[j - 1].text), tokens[j - 1].lower.count > 4, tokens[j - 1].lower.hasSuffix("s"),
                       !isPlaceName(tokens[j - 1].text), !isPlaceName(tokens[j + 1].text) {
                        j += 2
                        inTail = true
                        continue
                    }
                }
                // "American Institute in Taiwan", "German Chamber of Commerce in China": a body of one
                // country seated in another names its seat.
                if token.lower == "in", !inTail, nextIsName, let next, NameLexicon.organizationCues.contains(tokens[j - 1].lower),
                   gazetteer.country(demonym: tokens[i].text) != nil, gazetteer.country(named: next.text) != nil,
                   j + 2 >= tokens.count || !isNameToken(tokens[j + 2]) {
                    j += 2
                    break
                }
                // "Organization for Security and Co-operation in Europe (OSCE)": the acronym after
                // the name spells it on over its "in".
                if token.lower == "in", nextIsName, j + 4 < tokens.count, tokens[j + 2].text == "(", tokens[j + 3].isAcronym,
                   tokens[j + 4].text == ")", Self.initials(of: tokens[i..<(j + 2)]) == tokens[j + 3].text.filter({ $0 != "." }) {
                    j += 2
                    break
                }
                // "Attorney General of Kenya Justin Muturi" (TitleOfCountry.swift).
                if !inTail, let close = titleCountryEnd(tokens, of: j) { j = close; continue }
                // "Minister for Foreign Affairs Penny Wong", "Special Rapporteur on Torture Alice
                // Edwards", "Ambassador to Russia John Sullivan": a title runs on over its portfolio.
                if token.isWord, !inTail, Self.takesPortfolio(head: tokens[j - 1].lower, connector: token.lower) {
                    if nextIsName { j += 2; inTail = true; continue }
                    if let next, next.lower == "the", j + 2 < tokens.count, isNameToken(tokens[j + 2]) { j += 3; inTail = true; continue }
                }
                // "Committee to Protect Journalists", "Fund to End Hunger": a body named for its aim,
                // a "to" and two capitalised words or more (`cueSpan` reads it whole).
                if token.isWord, token.lower == "to", !inTail, nextIsName, let next, !isPlaceName(next.text),
                   NameLexicon.organizationCues.contains(tokens[j - 1].lower),
                   j + 2 < tokens.count, isNameToken(tokens[j + 2]) { j += 2; inTail = true; continue }
                if (token.lower == "and" && inTail) || token.text == "&", nextIsName { j += 2; continue }
                if inTail, token.text == ",", let close = portfolioListEnd(tokens, from: j, runStart: i) { j = close; continue }
                // "We Continue the Change", "We Build the Future": a party named by a slogan, a
                // first-person pronoun and a verb, runs on over its "the".
                if token.isWord, token.lower == "the", Self.isSloganOpening(tokens, from: i, to: j), nextIsName { j += 2; continue }
                if joinsBodyName(tokens, at: j, runStart: i) { j += 2; continue }
                if token.kind == .possessive, tokens[j - 1].lower == "people", nextIsName { j += 2; continue }
                // "The shipping publication Lloyd's List reported": an outlet's one-word owner and
                // its possessive are part of the name an outlet word introduces.
                if token.kind == .possessive, j == i + 1, i > 0, NameLexicon.mediaBefore.contains(tokens[i - 1].lower), nextIsName { j += 2; continue }
                break
            }
            // "the private broadcaster Canal 3", "the channel Rustavi 2": an outlet's name may end in
            // its channel number.
            if j < tokens.count, tokens[j].kind == .number, tokens[j].text.count <= 2, tokens[j].spaceBefore, i > 0,
               NameLexicon.mediaBefore.contains(tokens[i - 1].lower), j + 1 == tokens.count || tokens[j + 1].kind == .punct { j += 1 }
            result.append(i..<j)
            i = j
        }
        return result
    }

    /// Heads of bodies whose "of" may name a list of portfolios.
    static let portfolioListHeads: Set<String> = [
        "ministry", "department", "centre", "center", "institute", "commission", "committee", "secretariat",
        "agency", "authority", "office", "bureau", "council", "school", "faculty", "college",
    ]

    /// "Ministry of Agriculture, Livestock and Fisheries", "Centre of Documentation, Research
    /// and Experimentation on Accidental Water Pollution": after a body's "of", a list of
    /// portfolios of a word or three each, closed by "and", is one name. Returns where the list
    /// ends, at the comma `j`; places in the list ("of Kenya, Uganda and Tanzania") keep it apart.
    func portfolioListEnd(_ tokens: [NameToken], from j: Int, runStart: Int) -> Int? {
        guard (runStart + 1..<j).contains(where: { tokens[$0].lower == "of" && Self.portfolioListHeads.contains(tokens[$0 - 1].lower) })
        else { return nil }
        func item(from start: Int) -> Int? {
            var k = start
            while k < tokens.count, k - start < 3, isNameToken(tokens[k]), !isPlaceName(tokens[k].text) { k += 1 }
            return k > start && (k == tokens.count || !isNameToken(tokens[k])) ? k : nil
        }
        var k = j
        while k < tokens.count, tokens[k].text == "," {
            k += 1
            if k < tokens.count, tokens[k].lower == "and" { break }
            guard let end = item(from: k) else { return nil }
            k = end
        }
        guard k < tokens.count, tokens[k].lower == "and" else { return nil }
        return item(from: k + 1)
    }

    /// Words of one body's name that "and" or a plural possessive would otherwise split:
    /// "Guyana Gold and Diamond Miners Association", "Georgian Young Lawyers’ Association";
    /// with `portfolio`, also a title's ("Energy and Mineral Resources Minister").
    /// "and" joins only when the words after it end the run in a body word within four
    /// words, and neither word beside it is a place or a body of its own ("Britain and
    /// European Union", "the Council and Parliament" stay apart).
    func joinsBodyName(_ tokens: [NameToken], at j: Int, runStart: Int, portfolio: Bool = true) -> Bool {
        guard j > runStart, j + 1 < tokens.count, isNameToken(tokens[j + 1]), isNameToken(tokens[j - 1]) else { return false }
        let token = tokens[j]
        // "the Ombudsman's Office", "the Prime Minister's Office": an office named after its holder's title.
        if token.kind == .possessive, isTitleHead(tokens[j - 1]), NameLexicon.organizationCues.contains(tokens[j + 1].lower) { return true }
        // "National People's Party", "People's Bank of China": "People's" inside a name.
        if token.kind == .possessive, tokens[j - 1].lower == "people" { return true }
        // "Norwegian Fishermen's Association", "Kenya Women's Rights League": a plural without
        // "s" takes "'s", as "Farmers'" takes "'", when the run goes on to a body's head word.
        if token.kind == .possessive, Self.isPluralWithoutS(tokens[j - 1].lower), endsInBodyHead(tokens, after: j) { return true }
        if token.kind == .punct, token.text == "'" || token.text == "\u{2019}", !token.spaceBefore,
           tokens[j - 1].lower.hasSuffix("s"), !isPlaceName(tokens[j - 1].text),
           !(j >= runStart + 2 && isPlaceName(tokens[j - 2].text + " " + tokens[j - 1].text)) {
            return true
        }
        guard token.isWord, token.lower == "and", !isPlaceName(tokens[j - 1].text), !isPlaceName(tokens[j + 1].text) else { return false }
        // "Directorate State Protection and Intelligence Service": a head that ends only a joint
        // name ("Protection", "Enforcement") is no body of its own before "and".
        let bodyBefore = NameLexicon.organizationCues.contains(tokens[j - 1].lower) && !Self.jointOnlyHeads.contains(tokens[j - 1].lower)
        // "Kelmendi, Berisha and Ministry of Health officials": a head with its own "of" opens a
        // body of its own.
        if j + 2 < tokens.count, tokens[j + 2].lower == "of", NameLexicon.ofJoiners.contains(tokens[j + 1].lower) { return false }
        var k = j + 1
        while k < tokens.count, k - j <= 4, isNameToken(tokens[k]) {
            let followedByName = k + 1 < tokens.count && isNameToken(tokens[k + 1])
            if Self.jointBodyHeads.contains(tokens[k].lower) { return !followedByName && !bodyBefore }
            // "Sahyadri Tunnelling and Infrastructure Ltd": a legal form closes a company's joint name.
            if Self.jointLegalForms.contains(tokens[k].lower) { return !followedByName && !bodyBefore }
            // "Energy and Mineral Resources Minister Arief Wicaksono": one portfolio.
            if NameLexicon.portfolioHeads.contains(tokens[k].lower) { return portfolio && followedByName }
            k += 1
        }
        return false
    }

    /// "the World Bank on Laos's debt": a place (or any possessive) after "on" is the topic of
    /// the body's work, not more of its name ("Committee on Foreign Affairs").
    func isTopicPlace(_ tokens: [NameToken], at k: Int) -> Bool {
        guard k < tokens.count else { return false }
        if isPlaceName(tokens[k].text) { return true }
        return k + 1 < tokens.count && tokens[k + 1].kind == .possessive
    }

    /// "women", "fishermen", "children": plurals of people that take "'s" in a body's name.
    static func isPluralWithoutS(_ lower: String) -> Bool {
        lower == "children" || (lower.count > 3 && lower.hasSuffix("men"))
    }

    /// Whether the capitalised words after `j` reach a body's head word within four words
    /// ("… Rights League"), so the possessive at `j` is inside one name.
    func endsInBodyHead(_ tokens: [NameToken], after j: Int) -> Bool {
        var k = j + 1
        while k < tokens.count, k - j <= 4, isNameToken(tokens[k]) {
            if Self.jointBodyHeads.contains(tokens[k].lower) || NameLexicon.organizationCues.contains(tokens[k].lower) { return true }
            k += 1
        }
        return false
    }

    /// "Jamaicans", "Filipinos": a country's demonym with a plural "s".
    func isPeoplesPlural(_ text: String) -> Bool {
        text.hasSuffix("s") && gazetteer.country(demonym: String(text.dropLast())) != nil
    }

    func isPlaceName(_ text: String) -> Bool {
        gazetteer.country(named: text) != nil || gazetteer.country(demonym: text) != nil || gazetteer.city(named: text) != nil
    }

    /// Lowercase outlet words that close a newspaper's or broadcaster's name.
    static let outletHeads: Set<String> = ["newspaper", "daily", "weekly", "broadcaster", "tabloid", "magazine"]

    /// Legal forms that may end a company's name with "and" inside it.
    static let jointLegalForms: Set<String> = ["ltd", "ltd.", "plc", "llc", "inc", "inc.", "gmbh", "pvt"]

    /// Body words that may end a name with "and" inside it.
    static let jointBodyHeads: Set<String> = [
        "association", "federation", "union", "council", "chamber", "institute", "foundation", "company", "corporation",
        "alliance", "league", "commission", "committee", "party", "front", "movement", "board", "authority", "centre",
        "center", "office", "ministry", "department", "society", "network", "coalition",
        // "National Cyber and Information Security Agency", "… Location and Event Data Project".
        "agency", "service", "bureau", "directorate", "administration", "organisation", "organization", "project",
        "programme", "program",
        // "Epidemiology and Disease Control Division".
        "division",
        // "U.S. Customs and Border Protection", "Immigration and Customs Enforcement".
        "protection", "enforcement",
    ]

    /// Body words that end a name but start no second body after "and".
    static let jointOnlyHeads: Set<String> = ["protection", "enforcement"]

    // MARK: Segmenting a run

    func key(_ sentence: AnalyzedSentence, _ range: Range<Int>) -> String {
        let surface = sentence.surface(range)
        guard surface.utf8.contains(0xE2) else { return surface }  // only then can it hold "’"
        return String(surface.map { $0 == "\u{2019}" ? "'" : $0 })
    }

    /// The longest known name starting at `start`: a country, demonym, institution,
    /// international organisation, outlet, region or city.
    func lexiconMatch(_ sentence: AnalyzedSentence, at start: Int, before end: Int) -> (NameChunk.Kind, Int)? {
        // "MOSCOW (Reuters) -": a dateline in capitals.
        let first = sentence.tokens[start].text
        // A short first word counts when the whole run is in capitals ("LA PAZ", "EL PASO").
        let dateline = start == 0 && sentence.ref.sentence == 1 && sentence.tokens[start].isAcronym
            && (first.count > 3 || (end - start >= 2 && (start..<end).allSatisfy { sentence.tokens[$0].isAcronym }))
            && sentence.token(end).map { ["(", ",", "—", "–", "-"].contains($0.text) } == true
        guard let longest = firstWords[dateline ? first.prefix(1) + first.dropFirst().lowercased() : first] else { return nil }
        var k = min(end, start + longest)
        while k > start {
            var key = key(sentence, start..<k)
            if dateline {
                key = key.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
            }
            if let country = gazetteer.country(named: key) { return (.country(country), k) }
            if let country = gazetteer.country(demonym: key) { return (.demonym(country), k) }
            if let code = NameLexicon.institutions[key] { return (.institution(country: code), k) }
            if NameLexicon.internationalOrganizations.contains(key) { return (.international, k) }
            if NameLexicon.mediaNames.contains(key) { return (.media(affiliation: nil), k) }
            if NameLexicon.regions.contains(key) { return (.place(.region, country: nil), k) }
            if let city = gazetteer.city(named: key), dateline || !(k - start == 1 && sentence.tokens[start].isAcronym),
               !NameLexicon.functionWords.contains(key.lowercased()), !NameLexicon.titleHeads.contains(key.lowercased()) {
                return (.city(city), k)
            }
            k -= 1
        }
        return nil
    }

    func isTitleHead(_ token: NameToken) -> Bool { token.isWord && NameLexicon.titleHeads.contains(token.lower) }

    /// A name ending in an organisation, site, region or outlet word, from `start`:
    /// "World Trade Organisation", "Ministry of Commerce", "Cheongju Airport", "New York Times".
    func cueSpan(_ sentence: AnalyzedSentence, at start: Int, before end: Int) -> (NameChunk.Kind, Int)? {
        let tokens = sentence.tokens
        var last: Int?
        var passedTitle = isTitleHead(tokens[start]) && !NameLexicon.organizationCues.contains(tokens[start].lower)
        func stopsHead(_ k: Int) -> Bool {
            let token = tokens[k]
            if !token.isCapitalized && !token.isAcronym { return !joinsBodyName(tokens, at: k, runStart: start, portfolio: false) }  // "of", "and", "the"
            // "Bank of England Governor …": a title after the organisation starts a person.
            if k > start, isTitleHead(token), !NameLexicon.organizationCues.contains(token.lower) {
                if last != nil { return true }
                passedTitle = true
            }
            return false
        }
        // "Kyiv School of Economics": a school named for its subject is a body, not a building.
        func isOrganizationCue(_ k: Int) -> Bool {
            NameLexicon.organizationCues.contains(tokens[k].lower)
                || (tokens[k].lower == "school" && k + 2 < end && tokens[k + 1].lower == "of" && tokens[k + 2].isCapitalized)
        }
        let followsDescriptor = start > 0 && tokens[start - 1].isWord && !tokens[start - 1].isCapitalized
            && NameLexicon.organizationDescriptors.contains(tokens[start - 1].lower)
        var k = start
        while k < end, k - start < Self.longestName, !stopsHead(k) {
            let word = tokens[k].lower
            // "Kestrel Air said": a word of trade that ends the run ends a company's name (after its
            // kind, "the shipping group Nordvik Lines", the descriptor rules read the name).
            if isOrganizationCue(k) || NameLexicon.siteCues.contains(word) || NameLexicon.regionCues.contains(word)
                || (k > start && NameLexicon.mediaNameCues.contains(word))
                || (k > start && k == end - 1 && NameLexicon.companyEndWords.contains(word) && !followsDescriptor) {
                last = k
            }
            k += 1
        }
        // "Radio Nanduti", "Television Serbia": an outlet named by its medium, then its own words.
        if last == nil || last == start, Self.leadingMediaWords.contains(tokens[start].lower), start + 1 < end {
            var e = start + 1
            while e < end, e - start < 4, tokens[e].isCapitalized, !isTitleHead(tokens[e]) { e += 1 }
            if e > start + 1 { return (.media(affiliation: nil), e) }
        }
        guard let head = last else { return nil }
        var spanEnd = head + 1
        // "Steppe Electronics Trade said": capitals that end the run after a company's word
        // are still its name, when none is a title, a known name or a time word.
        if k == end, (head + 2...head + 3).contains(k), tokens[head].lower != "party", NameFinding.companySuffixes.contains(tokens[head].lower),
           (head + 1..<k).allSatisfy({ tokens[$0].isCapitalized && !tokens[$0].isAcronym && !isTitleHead(tokens[$0])
               && !NameLexicon.timeWords.contains(tokens[$0].lower) && lexiconMatch(sentence, at: $0, before: k) == nil }) {
            spanEnd = k
        }
        // "University College Dublin", "Imperial College London": a college or university
        // that ends its run with its city carries the city in its name.
        if spanEnd == head + 1, k == end, head + 1 < k, Self.academicHeads.contains(tokens[head].lower),
           let (kind, cityEnd) = lexiconMatch(sentence, at: head + 1, before: k), cityEnd == k, case .city = kind {
            spanEnd = k
        }
        var hasTail = false
        // "in" is inside a run only for a body named after its seat ("American Institute in Taiwan"),
        // "to" only for one named for its aim ("Committee to Protect Journalists").
        if spanEnd == k, k + 1 < end, ["of", "for", "on", "in", "to"].contains(tokens[k].lower) {
            var e = k + 1
            // A title word starts a person only with a name after it: "Court of Justice" keeps its last word.
            // "Office of the High Commissioner for Human Rights": a title with its portfolio names the office's holder.
            // "Office of the Director of Public Prosecutions": so does a title with an "of" portfolio inside the tail.
            // "Office of the Attorney General", "… Auditor General": a title of title words alone has no name after it.
            while e < end, !(tokens[e].isCapitalized && isTitleHead(tokens[e]) && !NameLexicon.organizationCues.contains(tokens[e].lower) && e + 1 < end
                             && !Self.takesPortfolio(head: tokens[e].lower, connector: tokens[e + 1].lower)
                             && !(tokens[e + 1].lower == "of" && e + 2 < end && tokens[e + 2].isCapitalized)
                             && !(e..<end).allSatisfy({ isTitleHead(tokens[$0]) })) { e += 1 }
            spanEnd = e
            hasTail = true
        }
        let word = tokens[head].lower
        if head == start, !hasTail, !Self.strongSingleCues.contains(word) { return nil }
        let isPlaceCue = !NameLexicon.organizationCues.contains(word) && (NameLexicon.siteCues.contains(word) || NameLexicon.regionCues.contains(word))
        // "President Park Min-ho", "Foreign Secretary Jeremy Hall": a title and a name, not a place.
        if passedTitle, isPlaceCue || NameLexicon.mediaNameCues.contains(word) && !NameLexicon.organizationCues.contains(word) { return nil }
        // "Hall", "Park", "Field" are surnames too: such a place needs "the" or "at" before it.
        if isPlaceCue, !hasTail, !Self.strongPlaceCues.contains(word) {
            var p = start - 1
            if p >= 0, tokens[p].lower == "the" { p -= 1 }
            guard p >= 0, tokens[p].lower == "the" || tokens[start - 1].lower == "the" || NameLexicon.locativePrepositions.contains(tokens[p].lower) else { return nil }
        }
        // A country, demonym or city that the name starts with ("U.S. Treasury Department").
        var prefixCountry: String?
        var prefixCity: Gazetteer.City?
        var prefixEnd = start
        if head > start, let (kind, e) = lexiconMatch(sentence, at: start, before: head) {
            switch kind {
            case .country(let c), .demonym(let c): prefixCountry = c.code; prefixEnd = e
            case .city(let c): prefixCity = c; prefixEnd = e
            case .institution(let code): prefixCountry = code; prefixEnd = e
            default: break
            }
        }
        var tailCountry: String?
        if hasTail, let (kind, _) = lexiconMatch(sentence, at: head + 2, before: spanEnd), case .country(let c) = kind {
            tailCountry = c.code
        }
        // "Mulungushi International Conference Centre": a centre for meetings or shows is a venue.
        let isVenue = ["centre", "center", "centres", "centers"].contains(word) && head > start
            && Self.venueModifiers.contains(tokens[head - 1].lower)
        let isOrgHead = (isOrganizationCue(head) || (head > start && !followsDescriptor && NameLexicon.companyEndWords.contains(word))) && !isVenue
        let isSiteHead = NameLexicon.siteCues.contains(word) || isVenue
        let isRegionHead = NameLexicon.regionCues.contains(word)
        if isOrgHead {
            if NameLexicon.governmentWords.contains(word) {
                // "Federal Government", "Australian Government", "Government of Japan".
                let words = (prefixEnd..<head).map { tokens[$0].lower }
                if words.allSatisfy({ NameLexicon.governmentAdjectives.contains($0) }) {
                    let country = prefixCountry ?? prefixCity.flatMap { gazetteer.country(capital: $0.name)?.code } ?? tailCountry
                    return (.government(country: country), spanEnd)
                }
            }
            if spanEnd - start == 1, !Self.strongSingleCues.contains(word) { return nil }
            // "Russia Group" or "Energy" alone is no organisation name.
            if Self.weakOrganizationCues.contains(word), head == prefixEnd, !hasTail { return nil }
            return (.organization(affiliation: prefixCountry ?? tailCountry), spanEnd)
        }
        if isSiteHead || isRegionHead {
            if NameLexicon.weakRegionCues.contains(word), !hasTail {
                // "Shan State" needs a place before it; "Islamic State" is not a region.
                guard prefixCity != nil || prefixCountry != nil else { return nil }
            }
            if head == start, !hasTail { return nil }
            let country = prefixCountry ?? prefixCity?.country ?? tailCountry
            // "Chitungwiza Municipality said", "Kiambu County denied": a local government that speaks.
            // Not "Senator Abraham Dolo of Margibi County said": there the county is the senator's.
            if ["municipality", "county"].contains(word), !hasTail, let next = sentence.token(spanEnd), next.isWord,
               NameLexicon.speechVerbs.contains(next.lower),
               !(start > 0 && (["of", "for", "from"].contains(tokens[start - 1].lower) || NameLexicon.locativePrepositions.contains(tokens[start - 1].lower))) {
                return (.organization(affiliation: country), spanEnd)
            }
            // "Gulf of Guinea Rail Holdings", "Bay of Bengal Shipping Lines": a place's name that
            // runs on to a word of trade names a company after it.
            if hasTail, spanEnd - head >= 4, NameLexicon.endsInTradeWord(tokens[spanEnd - 1].lower) {
                return (.organization(affiliation: nil), spanEnd)
            }
            return (.place(isSiteHead ? .site : .region, country: country), spanEnd)
        }
        // An outlet: "New York Times", "Global Times", "Sky News".
        guard spanEnd - start >= 2 else { return nil }
        return (.media(affiliation: prefixCountry), spanEnd)
    }

    /// Heads of academic names that may end with their city.
    static let academicHeads: Set<String> = ["college", "university"]

    /// The medium that may open an outlet's name.
    static let leadingMediaWords: Set<String> = ["radio", "television"]

    /// Words that make a centre a venue rather than a body ("Conference Centre", "Convention Center").
    static let venueModifiers: Set<String> = ["conference", "convention", "conventions", "exhibition", "congress", "expo", "events", "shopping", "sports"]

    /// A title at `start`: an honorific ("Mr.", "Sen."), or capitalised role words ending in a
    /// title word ("Foreign Minister", "Secretary of State", "Vice President").
    func titleMatch(_ sentence: AnalyzedSentence, at start: Int, before end: Int) -> (NameChunk.Kind, Int)? {
        let tokens = sentence.tokens
        let first = tokens[start]
        let bare = first.lower.hasSuffix(".") ? String(first.lower.dropLast()) : first.lower
        if let role = NameLexicon.honorifics[bare], start + 1 < end, isNameToken(tokens[start + 1]) {
            return (.honorific(role: role), start + 1)
        }
        // "Ukraine's General Staff", "the National Guard": a body's two-word name that opens with a title word.
        if start + 1 < end, Self.institutionHeads.contains(where: { $0.count == 2 && $0[0] == first.lower && $0[1] == tokens[start + 1].lower }) {
            return nil
        }
        var h = start
        var joined = false
        while h < min(end, start + 6) {
            if isTitleHead(tokens[h]) { break }
            if tokens[h].lower == "and" || tokens[h].text == "&" { joined = true }
            // A known name inside ends the role, except a town's name in a joined portfolio
            // ("Energy and Mineral Resources Minister").
            if h > start, let (kind, _) = lexiconMatch(sentence, at: h, before: end) {
                if case .city = kind, joined {} else { return nil }
            }
            h += 1
        }
        guard h < min(end, start + 6), isTitleHead(tokens[h]) else { return nil }
        // Role words before the head: known role words, or any capitalised word before a
        // portfolio head ("Agriculture Minister", "Energy and Mineral Resources Minister").
        for i in start..<h {
            let known = NameLexicon.roleModifiers.contains(tokens[i].lower)
                // "Drugs Controller General X" (PluralFieldTitles.swift).
                || (i == start && tokens[i].isCapitalized && Self.pluralFieldWords.contains(tokens[i].lower))
            let portfolioHead = NameLexicon.portfolioHeads.contains(tokens[h].lower)
            let portfolio = portfolioHead && (tokens[i].isCapitalized && !tokens[i].isAcronym
                || i > start && (tokens[i].lower == "and" || tokens[i].text == "&"))
            if !known && !portfolio { return nil }
        }
        if h - start > 3, !joined { return nil }
        while h + 1 < end, isTitleHead(tokens[h + 1]), !NameLexicon.honorifics.keys.contains(tokens[h + 1].lower) { h += 1 }
        var e = h + 1
        if e + 1 < end, tokens[e].lower == "of", ["secretary", "minister", "secretary-general", "director", "chief", "head", "chairman", "president"].contains(tokens[h].lower) {
            // "Chief of the General Staff": over the article.
            e += tokens[e + 1].lower == "the" && e + 2 < end ? 3 : 2
            let joint = jointPortfolioEnd(after: e, in: sentence, before: end)
            e = joint == e ? portfolioEnd(after: e, in: sentence, before: end) : joint
        } else if e + 1 < end, let close = titleCountryEnd(tokens, of: e), close + 2 <= end {
            // "Attorney General of Kenya Justin Muturi" (TitleOfCountry.swift).
            e = close
        } else if e + 1 < end, let close = Self.forceOfPhraseEnd(head: tokens[h].lower, of: e, in: sentence, before: end) {
            // "Deputy Inspector General of Police Geoffrey Tumusiime" (ForceTitleOfPhrase.swift).
            e = close
        }
        // "Secretary of State for Defence John Healey": a portfolio after the office's own "of".
        if e + 1 < end, Self.takesPortfolio(head: tokens[h].lower, connector: tokens[e].lower) {
            var k = e + 1
            if tokens[k].lower == "the", k + 1 < end { k += 1 }
            e = k + 1
            let joint = jointPortfolioEnd(after: e, in: sentence, before: end)
            e = joint == e ? portfolioEnd(after: e, in: sentence, before: end) : joint
        }
        return (.title(head: tokens[h].lower), e)
    }

    /// "Minister of Petroleum and Mineral Resources Francisco da Costa Belo": a portfolio
    /// joined by "and" runs on to a role word or a plural noun ("Affairs", "Resources") within
    /// three words, when a name of two capitalised words or more still follows it.
    func jointPortfolioEnd(after e: Int, in sentence: AnalyzedSentence, before end: Int) -> Int {
        let tokens = sentence.tokens
        guard e + 1 < end, tokens[e].lower == "and" || tokens[e].text == "&" else { return e }
        var best = e
        var k = e + 1
        while k < end, k - e <= 3, tokens[k].isCapitalized, !tokens[k].isAcronym {
            let word = tokens[k].lower
            let roleWord = NameLexicon.roleModifiers.contains(word) || Self.institutionModifiers.contains(word)
                || (word.count > 4 && word.hasSuffix("s") && !word.hasSuffix("ss"))
            // The name starts with a capital: "Tomas da Silva" leaves no name after "Tomas".
            let nameAfter = k + 1 < end && tokens[k + 1].isCapitalized && tokens[(k + 1)..<end].filter { $0.isCapitalized }.count >= 2
            if roleWord, nameAfter { best = k + 1 }
            k += 1
        }
        return best
    }

    /// Title words that take a portfolio after "for" or "on" ("Minister for Trade", "Special
    /// Rapporteur on Torture"), and the envoys that take a country after "to".
    static let portfolioTitles: Set<String> = [
        "minister", "secretary", "commissioner", "envoy", "rapporteur", "representative", "ambassador", "adviser",
        "advisor", "coordinator", "czar", "tsar", "under-secretary", "undersecretary", "secretary-general",
    ]

    static func takesPortfolio(head: String, connector: String) -> Bool {
        guard portfolioTitles.contains(head) else { return false }
        switch connector {
        case "for", "on": return true
        case "to": return ["ambassador", "envoy", "representative"].contains(head)
        default: return false
        }
    }

    /// "for Foreign Affairs Penny Wong": after a portfolio's first word (at `e - 1`), the words
    /// that read as more of it — a role word, a plural like "Affairs" or "Rights", a word the text
    /// also writes in lower case — as long as they leave a name of two words or more, or none.
    func portfolioEnd(after e: Int, in sentence: AnalyzedSentence, before end: Int) -> Int {
        let tokens = sentence.tokens
        var e = e
        while e < end, tokens[e].isWord, tokens[e].isCapitalized, !tokens[e].isAcronym {
            let word = tokens[e].lower
            // "General Staff": the second word of a body's two-word name.
            let bodyName = Self.institutionHeads.contains { $0.count == 2 && $0[0] == tokens[e - 1].lower && $0[1] == word }
            let reads = NameLexicon.roleModifiers.contains(word) || Self.institutionModifiers.contains(word) || bodyName
                || (word.count > 4 && word.hasSuffix("s") && !word.hasSuffix("ss")) || lowercaseWords.contains(word)
            let left = end - (e + 1)
            guard reads, left == 0 || left >= 2 else { break }
            e += 1
        }
        return e
    }

    /// A capitalised word at `e` that is no known name, title, body or place word.
    func unknownWordFollows(_ e: Int, in sentence: AnalyzedSentence, before b: Int) -> Bool {
        guard e < b else { return false }
        let token = sentence.tokens[e]
        return token.isCapitalized && !token.isAcronym && !Self.strongPlaceCues.contains(token.lower)
            && !Self.directionWords.contains(token.text) && !NameLexicon.timeWords.contains(token.lower)
            && lexiconMatch(sentence, at: e, before: b) == nil && titleMatch(sentence, at: e, before: b) == nil
            && cueSpan(sentence, at: e, before: b) == nil
    }

    func segment(_ run: Range<Int>, in sentence: AnalyzedSentence, afterTitle: Bool) -> [NameChunk] {
        let tokens = sentence.tokens
        var a = run.lowerBound
        let b = run.upperBound
        // "GENEVA, May 20 (Reuters) - A World Trade Organization panel": a dateline's dash starts the sentence too.
        if sentence.isSentenceStart(a) || (a > 0 && a == sentence.datelineEnd) {
            // "A World Trade Organization panel ruled": the article "A" is no one-letter acronym.
            while a < b, NameLexicon.functionWords.contains(tokens[a].lower), !tokens[a].isAcronym || (tokens[a].text == "A" && a + 1 < b),
                  !(a == run.lowerBound && b - a >= 4 && Self.isSloganOpening(tokens, from: a, to: a + 2) && tokens[a + 2].lower == "the") {
                if a + 1 < b, lexiconMatch(sentence, at: a, before: b).map({ $0.1 > a + 1 }) == true { break }
                // "The New Patriotic Party said": after the opening article, a capitalised word is
                // no sentence opener but a name's (ArticleThenCapital.swift).
                if Self.opensNameAfterArticle(tokens, at: a, runStart: run.lowerBound, runEnd: b) { break }
                a += 1
            }
            if b - a == 1, lowercaseWords.contains(tokens[a].lower), lexiconMatch(sentence, at: a, before: b) == nil,
               titleMatch(sentence, at: a, before: b) == nil, !Self.strongSingleCues.contains(tokens[a].lower) {
                return []
            }
        }
        // "PT Samudra Lintas", "PJSC Volga Tanker": a company's legal form written before its name.
        if b - a >= 2, NameLexicon.leadingCompanyForms.contains(tokens[a].text) {
            return [NameChunk(kind: .organization(affiliation: nil), tokens: a..<b, surface: "")]
        }
        // "Andes Litio SpA", "Kivu Copper SA": a legal form written after the name (TrailingLegalForms.swift).
        if b - a >= 2, NameLexicon.trailingCompanyForms.contains(tokens[b - 1].text) {
            return [NameChunk(kind: .organization(affiliation: nil), tokens: a..<b, surface: "")]
        }
        // Read in place: a run is looked at here for every name in the text.
        let runWords = tokens[a..<b].lazy.map(\.text)
        // "Gulf Falcon General Contracting": "General" and a line of trade end a company's name (GeneralTradeNames.swift).
        if NameLexicon.endsInGeneralTrade(runWords) {
            return [NameChunk(kind: .organization(affiliation: nil), tokens: a..<b, surface: "")]
        }
        // "in Sabah Al Ahmad City": a name ending in "City" after a word of place is a city (PlaceEndingInCity.swift).
        if NameLexicon.isPlaceEndingInCity(runWords, after: a > 0 ? tokens[a - 1].lower : nil) {
            return [NameChunk(kind: .place(.city, country: nil), tokens: a..<b, surface: "")]
        }
        // "the Global New Light of Myanmar newspaper": a name with "of" inside that an outlet word
        // follows is the outlet's whole name, the country in it included.
        if b < tokens.count, tokens[b].isWord, Self.outletHeads.contains(tokens[b].lower), b - a >= 3,
           tokens[a..<b].contains(where: { $0.isWord && $0.lower == "of" }) {
            return [NameChunk(kind: .media(affiliation: nil), tokens: a..<b, surface: "")]
        }
        // "His lawyer, Carmen Ibarra, said": town names set beside a person noun name a person.
        if isNameBesideRole(a..<b, in: sentence) { return [NameChunk(kind: .name, tokens: a..<b, surface: "")] }
        var chunks: [NameChunk] = []
        var pending: Int?
        func flush(_ upTo: Int) {
            if let start = pending, start < upTo {
                // "Central Java", "Western Australia", "Upper Nile": a direction and a name make a region.
                let isRegion = upTo - start >= 2 && Self.directionWords.contains(tokens[start].text)
                    && !tokens[(start + 1)..<upTo].contains { $0.isAcronym }
                    // "Southern Andes Copper said": a word of trade ends a company's name, not a region's.
                    && !NameLexicon.endsInTradeWord(tokens[upTo - 1].lower)
                chunks.append(NameChunk(kind: isRegion ? .place(.region, country: nil) : .name, tokens: start..<upTo, surface: ""))
            }
            pending = nil
        }
        var i = a
        var nameNext = afterTitle
        while i < b {
            if nameNext {
                nameNext = false
                let lex = lexiconMatch(sentence, at: i, before: b)
                var isEntity = false
                if let (kind, _) = lex {
                    switch kind {
                    case .country, .demonym, .institution, .international, .media: isEntity = true
                    default: break
                    }
                }
                // "spokesman Major General Aung Myo Lwin": a capitalised title comes first; but
                // "Transport Minister Olga Varn and Finance Minister Piet Kros" is two people,
                // not a title "Olga Varn and Finance Minister".
                let title = titleMatch(sentence, at: i, before: b)
                let titleFirst = title.map { match in !tokens[i..<match.1].contains { $0.lower == "and" || $0.text == "&" } } ?? false
                if !isEntity, cueSpan(sentence, at: i, before: b) == nil, !titleFirst {
                    var j = i
                    while j < b, j - i < 5, !(j > i && (isTitleHead(tokens[j]) || (title != nil && tokens[j].lower == "and"))) { j += 1 }
                    chunks.append(NameChunk(kind: .name, tokens: i..<j, surface: ""))
                    i = j < b && tokens[j].lower == "and" ? j + 1 : j
                    continue
                }
            }
            if let country = NameLexicon.vesselPrefixes[tokens[i].text], i + 1 < b {
                flush(i)
                chunks.append(NameChunk(kind: .vessel(country: country), tokens: i..<b, surface: ""))
                i = b
                continue
            }
            // "The MV Santa Teresa Express left Cebu", "the tanker MT Nordic Star": a merchant ship's
            // prefix names a vessel, not an outlet or a company, whatever its last word.
            if NameLexicon.merchantVesselPrefixes.contains(tokens[i].text), i + 1 < b, tokens[i + 1].isCapitalized {
                flush(i)
                chunks.append(NameChunk(kind: .vessel(country: nil), tokens: i..<b, surface: ""))
                i = b
                continue
            }
            // "Transparency International Slovakia", "Oxfam Kenya": a campaign group the lexicon
            // does not hold, and the places it covers, ending the run (CampaignBranches).
            if pending == nil, let e = campaignGroupEnd(sentence, at: i, before: b), e < b, onlyPlaces(in: sentence, from: e, to: b) {
                chunks.append(NameChunk(kind: .organization(affiliation: nil), tokens: i..<b, surface: ""))
                i = b
                continue
            }
            let lex = lexiconMatch(sentence, at: i, before: b)
            if pending == nil, case (let kind, var e)? = cueSpan(sentence, at: i, before: b), lex.map({ $0.1 < e }) ?? true {
                // "Hospital Watch Venezuela", "Justice Network Kenya": a group's name and the one
                // country it covers, ending the run, are its whole name, as "Oxfam Kenya" is.
                if case .organization = kind, e < b, e - i >= 2, !NameLexicon.governmentWords.contains(tokens[e - 1].lower),
                   !tokens[i..<e].contains(where: { $0.lower == "of" }),
                   let (place, placeEnd) = lexiconMatch(sentence, at: e, before: b), placeEnd == b, case .country = place,
                   sentence.token(b)?.kind != .possessive {
                    e = b
                }
                chunks.append(NameChunk(kind: kind, tokens: i..<e, surface: ""))
                i = e
                continue
            }
            if let (kind, e) = lex {
                // "Greenpeace Africa", "Amnesty International Australia": a campaign group and the
                // places it covers, ending the run, name its branch (CampaignBranches).
                if case .international = kind, pending == nil, e < b, NameLexicon.campaignGroups.contains(key(sentence, i..<e)),
                   onlyPlaces(in: sentence, from: e, to: b) {
                    chunks.append(NameChunk(kind: .organization(affiliation: nil), tokens: i..<b, surface: ""))
                    i = b
                    continue
                }
                if case .country = kind, pending == nil, e < b, lexiconMatch(sentence, at: e, before: b) == nil,
                   titleMatch(sentence, at: e, before: b) == nil, cueSpan(sentence, at: e, before: b) == nil,
                   !sentence.tokens[e].isAcronym {
                    // "France Info", "Georgia Tech": a country's name starting another name.
                    pending = i
                    i = e
                    continue
                }
                // "the Italian Marco Ferraresi": a demonym before a full name qualifies a person.
                let personFollows = b - e >= 2 && b - e <= 3 && i > 0 && ["the", "a", "an", ","].contains(tokens[i - 1].lower)
                    && !tokens[e..<b].contains { NameLexicon.nonPersonWords.contains($0.lower) || Self.directionWords.contains($0.text) || $0.isAcronym }
                if case .demonym = kind, !personFollows, pending == nil, e < b, lexiconMatch(sentence, at: e, before: b).map({ if case .city = $0.0 { true } else { false } }) ?? true,
                   titleMatch(sentence, at: e, before: b) == nil, cueSpan(sentence, at: e, before: b) == nil {
                    // "British Columbia", "Indian Wells": a demonym starting another name.
                    pending = i
                    i = e
                    continue
                }
                if case .media = kind, pending == nil, e < b, !tokens[e].isAcronym, !NameLexicon.timeWords.contains(tokens[e].lower),
                   e + 1 == b || !tokens[e + 1].isCapitalized,
                   lexiconMatch(sentence, at: e, before: b) == nil, titleMatch(sentence, at: e, before: b) == nil,
                   cueSpan(sentence, at: e, before: b) == nil {
                    // "BBC Sport", "CNN International": an outlet's own desk or edition.
                    flush(i)
                    chunks.append(NameChunk(kind: kind, tokens: i..<(e + 1), surface: ""))
                    i = e + 1
                    continue
                }
                // "Corporacion Minera de Bolivia" (ParticleCountryBodies.swift).
                if case .country = kind, let start = pending, Self.isParticleCountryBody(tokens, start: start, country: i, countryEnd: e, runEnd: b),
                   lexiconMatch(sentence, at: start, before: b) == nil {
                    pending = nil
                    chunks.append(NameChunk(kind: .organization(affiliation: nil), tokens: start..<b, surface: ""))
                    i = b
                    continue
                }
                // "Firestone Liberia said", "Air Madagascar's flights": an unknown word and a country
                // that end the name and then speak or own something are one body's name.
                if case .country = kind, let start = pending, e == b, start == a,
                   sentence.token(b)?.kind == .possessive || sentence.wordAfter(b).map({ NameLexicon.speechVerbs.contains($0.word.lower) }) == true {
                    pending = nil
                    chunks.append(NameChunk(kind: .organization(affiliation: nil), tokens: start..<b, surface: ""))
                    i = b
                    continue
                }
                if case .place(.region, _) = kind, NameLexicon.regions.contains(key(sentence, i..<e)),
                   pending != nil || unknownWordFollows(e, in: sentence, before: b) {
                    // "Atlantic Bauxite", "state broadcaster Tele Sahel": a world region beside
                    // unknown capitals is a word of a company's or outlet's name, not the place.
                    if pending == nil { pending = i }
                    i = e
                    continue
                }
                if case .city(let city) = kind {
                    // A city followed by unknown capitals is a person's first name ("Victoria Nuland").
                    let continues = e < b && lexiconMatch(sentence, at: e, before: b) == nil && titleMatch(sentence, at: e, before: b) == nil
                        && cueSpan(sentence, at: e, before: b) == nil
                    // A town that speaks is someone else of that name ("Hamas said"); capitals speak for governments.
                    // ("the tribunal in La Paz said": a city after "in" is the speaker's seat.)
                    let speaks = e == b && i == a && city.capital != true
                        && !(a > 0 && NameLexicon.locativePrepositions.contains(tokens[a - 1].lower))
                        && sentence.wordAfter(b).map { NameLexicon.speechVerbs.contains($0.word.lower) } == true
                    if pending != nil || continues || speaks {
                        if pending == nil { pending = i }
                        i = e
                        continue
                    }
                }
                flush(i)
                chunks.append(NameChunk(kind: kind, tokens: i..<e, surface: ""))
                i = e
                continue
            }
            if let (kind, e) = titleMatch(sentence, at: i, before: b) {
                // "The Special State Prosecutor's Office opened an investigation": an office named
                // after its holder's title is a body, not a person "'s Office" with that title.
                if e + 1 < b, tokens[e].kind == .possessive, NameLexicon.organizationCues.contains(tokens[b - 1].lower),
                   (e + 1..<b).allSatisfy({ tokens[$0].isCapitalized }) {
                    let start = pending ?? i
                    pending = nil
                    chunks.append(NameChunk(kind: .organization(affiliation: nil), tokens: start..<b, surface: ""))
                    i = b
                    continue
                }
                // "the Rio Indio Peasant Coordinator": a title word that ends the run after two
                // unknown words introduces nobody; it ends a body's name (no person's name ends so).
                if let start = pending, i - start >= 2, e == i + 1, e == b, case .title = kind {
                    pending = nil
                    chunks.append(NameChunk(kind: .organization(affiliation: nil), tokens: start..<e, surface: ""))
                    i = e
                    continue
                }
                flush(i)
                chunks.append(NameChunk(kind: kind, tokens: i..<e, surface: ""))
                i = e
                nameNext = true
                continue
            }
            if pending == nil { pending = i }
            i += 1
        }
        flush(b)
        return chunks
    }
}

extension Chunker {
    /// "Comoros' health ministry", "Honduras’ fisheries directorate": after a country's name that
    /// ends in "s", a bare apostrophe is its possessive, as "’s" is after other names. Only a
    /// country the gazetteer knows, and only before a lower-case word: "Young Lawyers’
    /// Association" keeps its apostrophe inside the name.
    func markBareApostrophePossessives(_ sentence: inout AnalyzedSentence) {
        let tokens = sentence.tokens
        for index in tokens.indices.dropFirst() where tokens[index].kind == .punct && ["'", "\u{2019}"].contains(tokens[index].text) {
            guard !tokens[index].spaceBefore, index + 1 < tokens.count, tokens[index + 1].kind == .word, !tokens[index + 1].isCapitalized,
                  tokens[index - 1].kind == .word, tokens[index - 1].isCapitalized, tokens[index - 1].lower.hasSuffix("s") else { continue }
            // The name may run over several words: "Solomon Islands'".
            var start = index - 1
            var found = false
            while start >= 0, index - start <= 4, tokens[start].kind == .word, tokens[start].isCapitalized {
                if gazetteer.country(named: sentence.surface(start..<index)) != nil { found = true; break }
                start -= 1
            }
            guard found else { continue }
            sentence.tokens[index].kind = .possessive
            sentence.tokens[index].lower = "'s"
        }
    }
}
