/// Bodies named in lower case after the country that owns them, where no fixed institution
/// name fits: "Armenia's border guard service said", "Mongolia's top electoral court ruled",
/// "Chile's mining regulator said", "A Tunisian dockworkers' union said", "a Ghanaian cocoa
/// exporters' association said". Wire copy names a country's smaller bodies this way, and the
/// body, not its country, holds the side it states.
extension Chunker {
    /// Nouns a country's own body ends in, after its possessive ("Mongolia's … court"). Not
    /// "service": "the country's weather service said" names a source of news more often than a side.
    static let ownedBodyNouns: Set<String> = [
        "agency", "authority", "regulator", "commission", "court", "tribunal", "bank", "bureau",
        "office", "directorate", "inspectorate", "utility", "watchdog", "council", "union", "association",
        "federation", "confederation", "chamber", "ombudsman", "command", "corps", "department",
    ]

    /// "Tanzania's livestock ministry said": after a country's possessive, a ministry whose
    /// portfolio is no known modifier is the country's body too (kept apart from
    /// `ownedBodyNouns`, which also decides which descriptions merge into named bodies).
    static let ownedBodyNounsAfterPossessive: Set<String> = ownedBodyNouns.union(["ministry"])

    /// Nouns of a body of members, which a demonym may open ("a Peruvian hotel workers' union"):
    /// unlike a court or an agency, such a body is the demonym's people, not its state.
    static let memberBodyNouns: Set<String> = ["union", "association", "federation", "confederation", "chamber", "cooperative", "syndicate"]

    /// Words that name no part of a body even in lower case ("said", "on", "which").
    static func cannotNameBody(_ token: NameToken) -> Bool {
        NameLexicon.functionWords.contains(token.lower) || NameLexicon.speechVerbs.contains(token.lower)
            || NameLexicon.finiteVerbs.contains(token.lower) || NameLexicon.timeWords.contains(token.lower)
    }

    /// The end of a body named by up to four lower-case words from `start`, the last one of
    /// `nouns` ("top electoral court", "hotel workers' union"): a plural possessive may join the
    /// words. Nil when the words run into a verb, a name or a function word first.
    static func ownedBodyEnd(from start: Int, nouns: Set<String>, in sentence: AnalyzedSentence, covered: [Bool]) -> Int? {
        ownedBodyEnd(from: start, nouns: nouns, in: sentence) { !covered[$0] }
    }

    static func ownedBodyEnd(from start: Int, nouns: Set<String>, in sentence: AnalyzedSentence, isFree: (Int) -> Bool) -> Int? {
        let tokens = sentence.tokens
        var k = start
        var words = 0
        var ranked = false
        while k < tokens.count, words < 4, isFree(k) {
            let token = tokens[k]
            // "dockworkers' union": the apostrophe of a plural possessive, written against its word.
            if token.kind == .punct, ["'", "\u{2019}"].contains(token.text), !token.spaceBefore, k > start,
               tokens[k - 1].isWord, tokens[k - 1].lower.hasSuffix("s") { k += 1; continue }
            guard token.isWord, !token.isCapitalized, token.text.first?.isUppercase == false, !cannotNameBody(token) else { return nil }
            // "Germany's biggest bank", "Kenya's largest union": a body picked out by its rank is
            // one the text names elsewhere, not a body of the state.
            ranked = ranked || isRankSuperlative(token.lower)
            words += 1
            if nouns.contains(token.lower) {
                // "the country's largest miners' federation" is a body of members; "Germany's
                // biggest bank" a company named elsewhere.
                if ranked, !memberBodyNouns.contains(token.lower) { return nil }
                // "the union's members": a body followed by its possessive is the owner of something else.
                if sentence.token(k + 1).map({ nouns.contains($0.lower) }) == true { k += 1; continue }
                return k + 1
            }
            k += 1
        }
        return nil
    }

    /// "biggest", "second-largest", "leading", but not "highest" ("the highest court").
    static func isRankSuperlative(_ word: String) -> Bool {
        guard word != "highest" else { return false }
        return word.hasSuffix("est") && word.count > 5 || ["leading", "top-ranked"].contains(word)
    }

    /// "border guard service": an institution head followed by one more body noun is one name.
    static func extendedInstitutionEnd(_ end: Int, in sentence: AnalyzedSentence, covered: [Bool]) -> Int {
        guard let next = sentence.token(end), end < covered.count, !covered[end], next.isWord, !next.isCapitalized,
              ["service", "agency", "authority", "command", "corps", "directorate"].contains(next.lower)
                || (next.lower == "force" && sentence.tokens[end - 1].lower == "police") else { return end }
        return end + 1
    }
}

extension Chunker {
    /// Lower-case words as they stand in a body's name, a plural possessive's apostrophe kept
    /// against its word: "hotel workers ' union" → "Hotel Workers' Union".
    static func titleCasedWords(_ tokens: ArraySlice<NameToken>) -> String {
        var name = ""
        for token in tokens {
            if token.kind == .punct, !token.spaceBefore {
                name += token.text
                continue
            }
            // "the country's largest miners' federation" is named "… Miners' Federation".
            if isRankSuperlative(token.lower) { continue }
            if !name.isEmpty { name += " " }
            name += titleCased(token)
        }
        return name
    }
}

/// "Nigeria's disease control agency said …" then "The Nigeria Centre for Disease Control and
/// Prevention said …": a body first described by its field and later named is one body.
extension NameFinding {
    /// Words that say nothing of a body's field ("central bank" is no more a field than "bank").
    static let rankAdjectives: Set<String> = ["central", "national", "state", "federal", "top", "highest", "supreme", "main", "chief", "public"]

    /// Heads that say what a body does, not what it is called.
    static let functionalHeads: Set<String> = ["regulator", "watchdog"]

    /// "statistics" and "statistical": equal, or sharing their first seven letters.
    static func sameStem(_ a: String, _ b: String) -> Bool {
        a == b || (a.count >= 7 && b.count >= 7 && a.prefix(7) == b.prefix(7))
    }

    static func withoutApostrophe(_ word: String) -> String {
        word.filter { $0 != "'" && $0 != "\u{2019}" }
    }

    /// Joins each body made from a country's lower-case description ("Nigerian Disease Control
    /// Agency") into the one named organisation of that country whose name holds every word of
    /// its field ("disease", "control"); a description with fewer than two field words ("central
    /// bank", "electoral tribunal") needs its head noun there too ("Central Bank of X").
    mutating func mergeDescribedBodiesIntoNamedOnes() {
        for index in records.indices where absorbed[index] == nil && records[index].kind == .organization {
            guard case .country(let code)? = records[index].qualifier, let country = gazetteer.country(code: code) else { continue }
            let words = records[index].name.lowercased().split(separator: " ").map(String.init)
            guard words.count >= 3, let first = records[index].name.split(separator: " ").first,
                  country.demonyms.contains(String(first)), let head = words.last, Chunker.ownedBodyNouns.contains(head) else { continue }
            // "teachers'" is the field word "teachers" of "National Union of Teachers".
            let field = Set(words.dropFirst().dropLast().map(Self.withoutApostrophe))
            // One field word is too little: "electoral tribunal" is no "Andean Electoral Network".
            let needsHead = field.subtracting(Self.rankAdjectives).count < 2
            let candidates = records.indices.compactMap { other -> (Int, Set<String>)? in
                guard other != index, absorbed[other] == nil, records[other].kind == .organization else { return nil }
                if let qualifier = records[other].qualifier, qualifier != .country(code) { return nil }
                let name = records[other].name
                // Another description of the same kind is no name.
                if let opening = name.split(separator: " ").first, country.demonyms.contains(String(opening)) { return nil }
                // A name that ends in another body's noun is another kind of body: the "Georgian Trade
                // Union Confederation" is no "Tbilisi Metro Employees' Trade Union". (A regulator may be an agency.)
                if !Self.functionalHeads.contains(head), let last = name.lowercased().split(separator: " ").last.map(String.init), last != head,
                   Chunker.ownedBodyNouns.contains(last) { return nil }
                return (other, Set(name.lowercased().split(separator: " ").map { Self.withoutApostrophe(String($0)) }))
            }
            var targets = candidates.filter { field.isSubset(of: $0.1) && (!needsHead || $0.1.contains(head)) }.map(\.0)
            // "Kosovo's food safety agency" … "the Kosovo Food and Veterinary Agency": failing a
            // name with every field word, the one name of the country with the same head noun and
            // a field word of it (a body of no known country, as "European Union Aviation Safety
            // Agency" beside "Latvia's civil aviation agency", is another).
            // "Fiji's maritime regulator" is what the "Maritime Safety Authority of Fiji" does, and
            // "Montenegro's statistics office" the "Statistical Office of Montenegro": a regulator
            // or a watchdog needs no head of its name, and a field word matches its stem.
            if targets.isEmpty {
                let fieldWords = field.subtracting(Self.rankAdjectives)
                let functional = Self.functionalHeads.contains(head)
                targets = candidates.filter { candidate in
                    records[candidate.0].qualifier == .country(code) && (functional || candidate.1.contains(head))
                        && fieldWords.contains { word in candidate.1.contains { Self.sameStem(word, $0) } }
                }.map(\.0)
            }
            guard targets.count == 1, let target = targets.first else { continue }
            if records[target].qualifier == nil { records[target].qualifier = records[index].qualifier }
            absorb(index, into: target)
        }
    }
}

/// "The country's environment ministry said", "the nation's central bank said": a body owned
/// through "the country's" is the body of the country in context, named with its demonym
/// ("Bolivian Environment Ministry"), not the country itself.
extension NameFinding {
    static let countryNouns: Set<String> = ["country", "nation"]

    /// `t` is "the"; returns the token after the body when it speaks or acts.
    mutating func countryOwnedBody(at t: Int, in sentence: AnalyzedSentence) -> Int? {
        let tokens = sentence.tokens
        guard tokens[t].lower == "the", let owner = sentence.token(t + 1), Self.countryNouns.contains(owner.lower),
              sentence.token(t + 2)?.kind == .possessive else { return nil }
        // Only ministries and departments: "the country's largest bank" or "the nation's top
        // court" name bodies the text may name otherwise, and drafted apart they split one actor.
        let nouns = Self.portfolioHeads
        guard let end = Chunker.ownedBodyEnd(from: t + 3, nouns: nouns, in: sentence, isFree: { sentence.chunkAt[$0] == nil }),
              let (verb, _, adverb) = sentence.wordAfter(end), AnalyzedSentence.isVerbLike(verb, skippedAdverb: adverb) else { return nil }
        guard let code = contextCountry(at: position(sentence, t)) ?? lastGovernment ?? homeCountry,
              let country = gazetteer.country(code: code) else { return nil }
        return mentionStateBody(of: country, words: tokens[(t + 3)..<end], tokens: t..<end, in: sentence)
    }

    /// The country's body named by `words` ("Tajik Foreign Ministry"), mentioned at `range`: the token after it.
    mutating func mentionStateBody(of country: Gazetteer.Country, words: ArraySlice<NameToken>, tokens range: Range<Int>,
                                   in sentence: AnalyzedSentence) -> Int? {
        let at = position(sentence, range.lowerBound)
        guard let record = countryRecord(country.code, at: at) else { return nil }
        let kept = words.filter { !NameLexicon.governmentAdjectives.contains($0.lower) }
        let index = stateBody(named: preferredDemonym(of: country) + " " + Chunker.titleCasedWords(kept[...]), at: at, affiliation: records[record].name)
        addMention(index, tokens: range, in: sentence, alias: Self.lowercasingArticle(sentence.surface(range)))
        return range.upperBound
    }
}

extension NameFinding {
    /// "the foreign ministry in Dushanbe said": a ministry placed in a capital is that country's
    /// ("Tajik Foreign Ministry"). The body had no actor, and its statement no speaker.
    mutating func capitalPlacedBody(at t: Int, in sentence: AnalyzedSentence) -> Int? {
        let tokens = sentence.tokens
        guard tokens[t].lower == "the",
              let end = Chunker.ownedBodyEnd(from: t + 1, nouns: Self.portfolioHeads, in: sentence, isFree: { sentence.chunkAt[$0] == nil }),
              sentence.token(end)?.lower == "in", let city = sentence.chunk(startingAt: end + 1), case .city(let capital) = city.kind,
              capital.capital == true, let country = gazetteer.country(code: capital.country),
              let (verb, _, adverb) = sentence.wordAfter(city.tokens.upperBound), AnalyzedSentence.isVerbLike(verb, skippedAdverb: adverb) else { return nil }
        return mentionStateBody(of: country, words: tokens[(t + 1)..<end], tokens: t..<end, in: sentence)
    }
}
