/// Reading the words around a chunk: is it a subject, a location, a qualifier?
extension AnalyzedSentence {
    static let quoteMarks: Set<String> = ["“", "”", "\"", "‘", "’", "'", "«", "»"]

    /// The first word after `index` that is not an adverb, a time phrase or a quote mark,
    /// and whether an adverb was skipped ("Russia “highly values”").
    func wordAfter(_ index: Int) -> (word: NameToken, index: Int, skippedAdverb: Bool)? {
        var t = index
        var skippedAdverb = false
        while t < tokens.count, t - index < 12 {
            let token = tokens[t]
            if token.kind == .punct, Self.quoteMarks.contains(token.text) { t += 1; continue }
            guard token.isWord else { return nil }
            if NameLexicon.timeWords.contains(token.lower) { t += 1; continue }
            if token.isCapitalized { return (token, t, skippedAdverb) }
            if token.lower == "on" || token.lower == "in", let next = self.token(t + 1), NameLexicon.timeWords.contains(next.lower) { t += 2; continue }
            if ["last", "this", "next", "earlier", "later"].contains(token.lower), let next = self.token(t + 1),
               ["week", "month", "year", "weekend", "time", "day"].contains(next.lower) || NameLexicon.timeWords.contains(next.lower) {
                t += 2; continue
            }
            if NameLexicon.subjectSkips.contains(token.lower) && !NameLexicon.finiteVerbs.contains(token.lower) { t += 1; continue }
            if token.lower.hasSuffix("ly"), token.lower.count > 4, !["only", "early", "family", "italy", "supply", "rally", "ally", "july"].contains(token.lower) {
                skippedAdverb = true
                t += 1
                continue
            }
            return (token, t, skippedAdverb)
        }
        return nil
    }

    static func isVerbLike(_ word: NameToken, skippedAdverb: Bool) -> Bool {
        guard word.isWord, !word.isCapitalized else { return false }
        let w = word.lower
        if NameLexicon.finiteVerbs.contains(w) || NameLexicon.speechVerbs.contains(w) { return true }
        if w.hasSuffix("ed"), w.count > 4, !["need", "speed", "seed", "breed", "creed", "greed", "united", "armed", "based", "advanced", "alleged", "detailed", "limited", "concerned", "related", "unprecedented", "so-called"].contains(w) { return true }
        if skippedAdverb, w.hasSuffix("s"), w.count > 3 { return true }
        return false
    }

    /// The chunk is followed by a verb of saying ("X said", "X was quoted as saying").
    func isFollowedBySpeechVerb(_ chunk: NameChunk) -> Bool {
        guard let (word, index, _) = wordAfter(chunk.tokens.upperBound) else { return false }
        if NameLexicon.speechVerbs.contains(word.lower) { return true }
        if ["was", "is", "has", "had", "were", "have"].contains(word.lower), let next = wordAfter(index + 1) {
            return ["quoted", "said", "told", "reported", "cited", "saying"].contains(next.word.lower)
        }
        return false
    }

    /// "said X", "according to X", "X told", at either side.
    func isPrecededBySpeechVerb(_ chunk: NameChunk) -> Bool {
        let start = chunk.tokens.lowerBound
        guard start >= 1 else { return false }
        let previous = tokens[start - 1]
        if previous.isWord, ["said", "says", "added", "wrote", "told", "tweeted", "posted", "explained", "noted", "warned", "insisted", "asked", "replied"].contains(previous.lower) {
            // "… ,” said Dmitry Peskov." — not "said Russia was …".
            let after = token(chunk.tokens.upperBound)
            return after == nil || [",", ".", ";", "—", "–", "(", ":"].contains(after!.text)
        }
        if previous.lower == "to", start >= 2, tokens[start - 2].lower == "according" { return true }
        // "The broadcaster quoted Selin Arda as saying": the one quoted is the speaker.
        if previous.isWord, ["quoted", "cited"].contains(previous.lower), token(chunk.tokens.upperBound)?.lower == "as",
           let next = token(chunk.tokens.upperBound + 1), ["saying", "telling", "writing"].contains(next.lower) { return true }
        // "“Give us back our land!” shouted Maria Oyelaran.": a verb of manner of speaking right
        // after a closing quote mark reports it.
        if previous.isWord, AttributionText.mannerOfSpeakingVerbs.contains(previous.lower), start >= 2,
           ["\u{201D}", "\""].contains(tokens[start - 2].text) {
            let after = token(chunk.tokens.upperBound)
            return after == nil || [",", ".", ";", "—", "–", "("].contains(after!.text)
        }
        // "said shop owner Lucia Pereyra.": a description in lower case between the verb and a
        // full name that ends the clause.
        if chunk.tokens.count >= 2, previous.isWord, !previous.isCapitalized, !NameLexicon.functionWords.contains(previous.lower) {
            let verbs: Set<String> = ["said", "says", "added", "told"]
            var k = start - 1
            while k > 0, start - k <= 3, tokens[k].isWord, !tokens[k].isCapitalized, !verbs.contains(tokens[k].lower),
                  !NameLexicon.functionWords.contains(tokens[k].lower) { k -= 1 }
            guard k < start - 1, tokens[k].isWord, verbs.contains(tokens[k].lower), k > 0,
                  tokens[k - 1].kind == .punct else { return false }
            let after = token(chunk.tokens.upperBound)
            return after == nil || [",", ".", ";"].contains(after!.text)
        }
        // "…,” said one resident, Amira Osman.": the description first, then the full name
        // after a comma, ending the clause.
        if chunk.tokens.count >= 2, previous.text == ",", start >= 3 {
            let verbs: Set<String> = ["said", "says", "added", "told"]
            var k = start - 2
            while k > 0, start - k <= 5, tokens[k].isWord, !tokens[k].isCapitalized, !verbs.contains(tokens[k].lower) { k -= 1 }
            guard k < start - 2, tokens[k].isWord, verbs.contains(tokens[k].lower), k > 0, tokens[k - 1].kind == .punct,
                  tokens[start - 2].isWord, !NameLexicon.functionWords.contains(tokens[start - 2].lower) else { return false }
            let after = token(chunk.tokens.upperBound)
            return after == nil || [",", ".", ";"].contains(after!.text)
        }
        return false
    }

    /// The word before `index`, skipping one "the".
    func wordBefore(_ index: Int) -> (word: NameToken, index: Int)? {
        var t = index - 1
        if t >= 0, tokens[t].lower == "the" { t -= 1 }
        guard t >= 0 else { return nil }
        return (tokens[t], t)
    }
}

/// How a country, capital or demonym is used where it is mentioned.
enum CountryUsage: Sendable, Hashable {
    /// It acts, is acted on, owns an action or qualifies someone: an actor.
    case agent
    /// The subject of a verb ("Canada said", "Russia and North Korea are"): an actor.
    case subject
    /// A location: "in Ukraine", "from Beijing", "Russia's border".
    case locative
    /// Only listed ("includes Japan").
    case listed
    /// Nothing either way ("ally of Russia").
    case neutral

    var isActor: Bool { self == .agent || self == .subject }
}

extension AnalyzedSentence {
    /// The chunks coordinated with this one ("Russia and North Korea", "Iran, Syria and Iraq").
    func coordination(of index: Int) -> ClosedRange<Int> {
        // Only names of one sort coordinate: "Russia and North Korea", not "Ukraine, and Pyongyang".
        func sort(_ c: Int) -> Int {
            switch chunks[c].kind {
            case .country: 1
            case .city: 2
            default: 0
            }
        }
        let own = sort(index)
        func isPlaceLike(_ c: Int) -> Bool { own != 0 && sort(c) == own }
        func joined(_ left: Int, _ right: Int) -> Bool {
            var t = chunks[left].tokens.upperBound
            let end = chunks[right].tokens.lowerBound
            guard end - t <= 3 else { return false }
            var sawJoin = false
            while t < end {
                let word = tokens[t].lower
                if word == "and" || word == "or" || word == "," { sawJoin = true } else if word != "the" { return false }
                t += 1
            }
            return sawJoin
        }
        var low = index
        while low > 0, index - low < 8, isPlaceLike(low - 1), joined(low - 1, low) { low -= 1 }
        var high = index
        while high + 1 < chunks.count, high - index < 8, isPlaceLike(high + 1), joined(high, high + 1) { high += 1 }
        return low...high
    }

    static let positionAdjectives: Set<String> = [
        "neighbouring", "neighboring", "nearby", "adjacent", "landlocked", "northern", "southern", "eastern", "western", "central",
    ]
    /// Nouns whose "on" introduces a topic ("position on", "talks on"), not a target ("sanctions on").
    static let topicNouns: Set<String> = [
        "stance", "position", "positions", "policy", "view", "views", "remarks", "comments", "talks", "negotiations",
        "resolution", "report", "further", "shift", "approach", "line", "u-turn", "debate", "consultations",
    ]
    /// Words after which "for" names a destination ("bound for", "headed for", "flights for").
    static let headingWords: Set<String> = [
        "bound", "headed", "heading", "destined", "left", "leaving", "departed", "departing", "sailed", "sailing",
        "set", "flights", "flight", "tickets", "ticket", "boarded",
    ]
    /// Nouns after a city that make it a trading place ("the London futures market").
    static let marketNouns: Set<String> = [
        "futures", "market", "markets", "exchange", "bourse", "stock", "stocks", "benchmark", "trading", "traders",
    ]
    static let lyingWords: Set<String> = [
        "wedged", "sandwiched", "located", "situated", "lies", "lying", "lie", "sits", "squeezed", "nestled", "border", "borders", "frontier",
    ]

    func usage(of index: Int) -> CountryUsage {
        let chunk = chunks[index]
        if case .demonym = chunk.kind {
            // "Russian forces", "Chinese officials" act; "Chinese companies" do not.
            if let next = token(chunk.tokens.upperBound), next.isWord, NameLexicon.agentiveNouns.contains(next.lower) { return .agent }
            return .neutral
        }
        // Before a title: "Jakarta governor" is the city's, "Kremlin spokesman" the state's.
        if let next = self.chunk(startingAt: chunk.tokens.upperBound), case .title(let head) = next.kind {
            if case .city = chunk.kind, ["mayor", "governor", "councillor", "councilor", "chief", "police"].contains(head) { return .locative }
            return .agent
        }
        // A dateline: "Beijing, Dec 3 (Reuters) -", "KYIV —".
        if chunk.tokens.lowerBound == 0, ref.sentence == 1, let next = token(chunk.tokens.upperBound) {
            if ["(", "—", "–", "-"].contains(next.text) { return .locative }
            if next.text == ",", let after = token(chunk.tokens.upperBound + 1),
               NameLexicon.timeWords.contains(after.lower) || after.kind == .number { return .locative }
        }
        // "the U.S.-based group Forest Watch", "a London-based consultancy": where a body is based.
        if let dash = token(chunk.tokens.upperBound), ["-", "‑", "–"].contains(dash.text) || dash.lower == "-based",
           dash.lower == "-based" || token(chunk.tokens.upperBound + 1)?.lower == "based" {
            return .locative
        }
        let group = coordination(of: index)
        let first = chunks[group.lowerBound]
        let last = chunks[group.upperBound]
        // A possessive decides by what is owned: "Russia's border" vs "Russia's war".
        if let next = token(chunk.tokens.upperBound), next.kind == .possessive {
            var t = chunk.tokens.upperBound + 1
            while let word = token(t), word.isWord, !word.isCapitalized, !NameLexicon.placeNouns.contains(word.lower),
                  ["vast", "long", "northern", "southern", "eastern", "western", "own", "entire", "whole", "far", "remote", "main", "new"].contains(word.lower) { t += 1 }
            if let word = token(t), word.isWord, NameLexicon.placeNouns.contains(word.lower) { return .locative }
            return .agent
        }
        // "Prices on the New York and London futures markets": a trading place names a market, not a state.
        if case .city = chunk.kind, let after = token(last.tokens.upperBound), Self.marketNouns.contains(after.lower) { return .locative }
        // Left context.
        var left: CountryUsage?
        var objectOfSpeech = false
        if var (previous, p) = wordBefore(first.tokens.lowerBound), previous.isWord {
            // "refugees in neighbouring Mali": an adjective of position says nothing; the word before it does.
            if Self.positionAdjectives.contains(previous.lower), let (earlier, e) = wordBefore(p), earlier.isWord { (previous, p) = (earlier, e) }
            let word = previous.lower
            let beforePrevious = p > 0 ? tokens[p - 1].lower : ""
            if NameLexicon.listingWords.contains(word) || (word == "as" && beforePrevious == "such") {
                left = .listed
            } else if word == "between", Self.lyingWords.contains(beforePrevious) || Self.routeNouns.contains(beforePrevious) {
                // "wedged between Ukraine and Romania": where it lies, not who acts.
                left = .locative
            } else if word == "over", ["down", "flew", "fly", "flying", "flown", "flies", "airspace"].contains(beforePrevious) {
                // "drones shot down over Ukraine", "jets flew over Poland": where, not who.
                left = .locative
            } else if word == "with", ["relations", "ties"].contains(beforePrevious) {
                // "its relations with Russia": named, not acting.
                left = .neutral
            } else if NameLexicon.speechVerbs.contains(word) || ["that", "because", "while", "although", "as", "and", "but", "since", "when", "if"].contains(word) {
                // "said Canada had …": the subject of a reported clause.
                left = nil
                // "Kenya has accused Uganda of seizing …", "blamed Chad for …": unless a verb
                // follows, the country is the one accused, a party to the claim.
                objectOfSpeech = Self.objectTakingSpeechVerbs.contains(word)
            } else if word == "from", NameLexicon.responseNouns.contains(beforePrevious) {
                left = .agent
            } else if word == "with" {
                left = ["border", "borders", "frontier", "boundary"].contains(beforePrevious) ? .locative : .agent
            } else if word == "of" {
                left = NameLexicon.locativeOfNouns.contains(beforePrevious) ? .locative : .neutral
            } else if ["in", "from"].contains(word), ["officials", "authorities", "diplomats", "sources"].contains(beforePrevious),
                      case .city = first.kind {
                // "Officials in Belgrade dismissed …": the capital's officials are its government.
                left = .agent
            } else if NameLexicon.locativePrepositions.contains(word) || NameLexicon.travelVerbs.contains(word) {
                left = .locative
            } else if word == "for", Self.headingWords.contains(beforePrevious) {
                // "Passengers bound for Oslo and Tbilisi", "flights for Riga": a destination, not who acts.
                left = .locative
            } else if word == "on", Self.topicNouns.contains(beforePrevious) {
                // "its stance on Western Sahara", "talks on Ukraine": what is discussed, not who acts.
                left = .neutral
            } else if ["by", "against", "on", "for", "between", "over", "urged", "warned", "accused", "told", "asked", "called", "pressed", "sanctioned", "blamed", "criticised", "criticized", "joined", "backed", "supported", "helped"].contains(word) {
                left = .agent
            } else if !previous.isCapitalized, !NameLexicon.functionWords.contains(word), !word.hasSuffix("ly"),
                      !NameLexicon.roleModifiers.contains(word), previous.kind == .word,
                      !["al", "ic", "ous", "ive", "ern", "ese", "ian", "ish"].contains(where: { word.hasSuffix($0) }) {
                // The object of a verb ("take China to …", "provide Moscow with …").
                left = .agent
            }
        }
        if left == .locative || left == .listed { return left! }
        // Right context: a verb after the (coordinated) name makes it a subject.
        if let (word, _, adverb) = wordAfter(last.tokens.upperBound) {
            if Self.isVerbLike(word, skippedAdverb: adverb) { return left == nil ? .subject : .agent }
            // "…, which Kampala disputes." (NounlikeAnswerVerbs.swift).
            if !adverb, isNounlikeAnswerVerb(at: last.tokens.upperBound) { return left == nil ? .subject : .agent }
            if left == nil, NameLexicon.agentiveNouns.contains(word.lower), word.index(of: last, in: self) { return .agent }
        }
        // "Mali and Burkina Faso, also run by juntas, said …": a subject before a parenthesis.
        if left == nil, isSentenceStart(first.tokens.lowerBound), token(last.tokens.upperBound)?.text == "," {
            var t = last.tokens.upperBound + 1
            while t < tokens.count, t - last.tokens.upperBound < 20, tokens[t].text != ",", !["said", "says"].contains(tokens[t].lower) { t += 1 }
            if t < tokens.count, tokens[t].text == ",", let (word, _, adverb) = wordAfter(t + 1), Self.isVerbLike(word, skippedAdverb: adverb) {
                return .subject
            }
        }
        return left ?? (objectOfSpeech ? .agent : .neutral)
    }

    /// Verbs of speech whose object is the one spoken of or to: "accused Uganda of", "urged Chad to".
    static let objectTakingSpeechVerbs: Set<String> = [
        "accused", "accuses", "blamed", "blames", "urged", "urges", "warned", "warns", "criticised", "criticized", "condemned", "condemns",
    ]
}

private extension NameToken {
    /// The word stands right after the chunk (an attributive use: "U.S. sanctions").
    func index(of chunk: NameChunk, in sentence: AnalyzedSentence) -> Bool {
        sentence.token(chunk.tokens.upperBound)?.range == range
    }
}
