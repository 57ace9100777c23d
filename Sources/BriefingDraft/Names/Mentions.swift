import BriefingModel

/// Pass three: every mention in reading order, with the aliases it shows.
extension NameFinding {
    /// Mentions in reading order, so that "the group" or "the 62-year-old" refers back
    /// to what came before it and to nothing after.
    mutating func collectMentions() {
        var appositionsBySentence: [Int: [Int]] = [:]
        for (index, description) in descriptionAliases.enumerated() { appositionsBySentence[description.sentence, default: []].append(index) }
        for s in sentences.indices {
            let sentence = sentences[s]
            var appositions: [Int: [Int]] = [:]
            for index in appositionsBySentence[s] ?? [] {
                appositions[descriptionAliases[index].tokens.lowerBound, default: []].append(index)
            }
            var t = 0
            while t < sentence.tokens.count {
                for index in appositions[t] ?? [] {
                    let description = descriptionAliases[index]
                    if let actor = resolve(description.target) {
                        addMention(actor, tokens: description.tokens, in: sentence, alias: Self.lowercasingArticle(description.alias))
                    }
                }
                if let end = voiceMention(at: t, in: sentence) {
                    t = end
                } else if let end = barePolice(at: t, in: sentence) {
                    t = end
                } else if let end = bareParliament(at: t, in: sentence) {
                    t = end
                } else if let end = regionalGovernment(at: t, in: sentence) {
                    t = end
                } else if let end = titledOffice(at: t, in: sentence) {
                    t = end
                } else if let c = sentence.chunkAt[t] {
                    mentionChunk(c, in: sentence)
                    t = sentence.chunks[c].tokens.upperBound
                } else if let end = definiteDescription(at: t, in: sentence) {
                    t = end
                } else {
                    t += 1
                }
            }
        }
    }

    mutating func mentionChunk(_ c: Int, in sentence: AnalyzedSentence) {
        let s = sentence.order
        let chunk = sentence.chunks[c]
        switch chunk.kind {
        case .name:
            if let kind = namePlaces[s][c] {
                var range = chunk.tokens
                if let title = sentence.chunk(endingBefore: range.lowerBound), title.isTitle { range = title.tokens.lowerBound..<range.upperBound }
                addPlace(sentence.surface(range), kind: kind, country: nil, tokens: range, in: sentence)
            } else {
                mentionName(chunk, in: sentence)
            }
        case .organization, .institution, .international, .media:
            if case .international = chunk.kind, mentionDescribedInternationalBody(chunk, in: sentence) { break }
            if mentionShortenedSubBody(chunk, in: sentence) { break }
            if let index = resolve(chunk.name) {
                addMention(index, tokens: chunk.tokens, in: sentence, alias: chunk.name)
                // "The prefecture said" after "the Atlantic maritime prefecture" (PlacedLocalBodies.swift).
                // Only a head written in lower case: "Security Council" keeps "the council" as it was.
                if let head = chunk.name.split(separator: " ").last.map(String.init), head.first?.isLowercase == true,
                   Chunker.localBodyHeads[head] != nil, descriptionHeads[head] == nil {
                    descriptionHeads[head] = resolveIndex(index)
                }
                // "Police in Nampula province": a force named for its place, as written, names it too.
                if sentence.tokens[chunk.tokens.lowerBound].lower == "police", chunk.tokens.count > 2 {
                    records[resolveIndex(index)].addAlias(sentence.surface(chunk.tokens))
                }
                // "Myanmar's military": the owner and the body as written also name it.
                let start = chunk.tokens.lowerBound
                if start >= 2, sentence.tokens[start - 1].kind == .possessive, let owner = sentence.chunk(endingBefore: start - 1) {
                    switch owner.kind {
                    case .country, .city: records[resolveIndex(index)].addAlias(sentence.surface(owner.tokens.lowerBound..<chunk.tokens.upperBound))
                    default: break
                    }
                }
            }
            mentionCountryPrefix(of: chunk, in: sentence)
            if let prefix = internationalPrefix(of: chunk, in: sentence), let index = resolve(sentence.surface(prefix)) {
                addMention(index, tokens: prefix, in: sentence, alias: sentence.surface(prefix))
            }
        case .government(let code):
            guard let code = code ?? lastGovernment ?? homeCountry, let index = countryRecords[code] else { break }
            lastGovernment = code
            var range = chunk.tokens
            if range.lowerBound > 0, sentence.tokens[range.lowerBound - 1].lower == "the" { range = (range.lowerBound - 1)..<range.upperBound }
            addMention(index, tokens: range, in: sentence, alias: Self.lowercasingArticle(sentence.surface(range)))
        case .country(let country):
            let usage = usages[s][c] ?? .neutral
            if let index = countryRecords[country.code] {
                addMention(index, tokens: chunk.tokens, in: sentence, alias: chunk.surface)
            }
            if usage == .locative {
                addPlace(country.name, kind: .country, country: country.code, tokens: chunk.tokens, in: sentence)
            }
            // "Hungary's government"
            if sentence.token(chunk.tokens.upperBound)?.kind == .possessive,
               let next = sentence.token(chunk.tokens.upperBound + 1), NameLexicon.governmentWords.contains(next.lower) {
                lastGovernment = country.code
            }
        case .demonym(let country):
            if let index = countryRecords[country.code] {
                addMention(index, tokens: chunk.tokens, in: sentence, alias: nil)
            }
            if let next = sentence.token(chunk.tokens.upperBound), NameLexicon.governmentWords.contains(next.lower) {
                lastGovernment = country.code
            }
        case .city(let city):
            // "Bello, who …, said" after "Amina Bello": a person's surname, not the town of that name.
            if chunk.tokens.count == 1, let people = personWords[chunk.surface.lowercased()], !people.isEmpty,
               !(chunk.tokens.lowerBound > 0 && NameLexicon.locativePrepositions.contains(sentence.tokens[chunk.tokens.lowerBound - 1].lower)) {
                mentionName(chunk, in: sentence)
                break
            }
            let usage = usages[s][c] ?? .neutral
            let capitalOf = capitalCountry(city, surface: chunk.surface)
            let attributive = sentence.token(chunk.tokens.upperBound).map { next in
                next.kind == .number || (next.isWord && !next.isCapitalized && !NameLexicon.functionWords.contains(next.lower))
            } ?? false
            if let body = seatBody(of: chunk.surface), usage.isActor || (usage == .neutral && !attributive) {
                // "Brussels imposed duties": the body seated there.
                addMention(body, tokens: chunk.tokens, in: sentence, alias: chunk.surface)
            } else if let code = capitalOf, let index = countryRecords[code], usage.isActor || (usage == .neutral && !attributive) {
                // "Moscow said": the capital stands for the government.
                addMention(index, tokens: chunk.tokens, in: sentence, alias: chunk.surface)
            } else {
                // A dateline in capitals ("MOSCOW") is named as the text names the city elsewhere.
                let name = chunk.tokens.allSatisfy({ sentence.tokens[$0].isAcronym }) && chunk.surface.count > 3
                    ? chunk.surface.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
                    : chunk.surface
                addPlace(name, kind: .city, country: city.country, tokens: chunk.tokens, in: sentence)
            }
        case .place(let kind, let code):
            addPlace(chunk.name, kind: kind, country: code, tokens: chunk.tokens, in: sentence)
        case .vessel(let code):
            addPlace(chunk.surface, kind: .vessel, country: code, tokens: chunk.tokens, in: sentence)
        case .title:
            if let next = sentence.chunk(startingAt: chunk.tokens.upperBound), next.isName { break }
            describedPerson(chunk, in: sentence)
        case .honorific:
            break
        }
    }

    /// "U.S." in "U.S. Treasury Department" also mentions the United States.
    mutating func mentionCountryPrefix(of chunk: NameChunk, in sentence: AnalyzedSentence) {
        var k = min(chunk.tokens.upperBound - 1, chunk.tokens.lowerBound + 4)
        while k > chunk.tokens.lowerBound {
            let range = chunk.tokens.lowerBound..<k
            if let country = gazetteer.country(named: sentence.surface(range)), let index = countryRecords[country.code] {
                addMention(index, tokens: range, in: sentence, alias: sentence.surface(range))
                return
            }
            k -= 1
        }
    }

    static func lowercasingArticle(_ text: String) -> String {
        text.hasPrefix("The ") ? "the " + text.dropFirst(4) : text
    }

    func position(_ sentence: AnalyzedSentence, _ token: Int) -> TextPosition {
        TextPosition(sentence: sentence.order, token: token)
    }

    mutating func addMention(_ index: Int, tokens range: Range<Int>, in sentence: AnalyzedSentence, alias: String?) {
        var index = index
        while let next = absorbed[index] { index = next }
        let surface = sentence.surface(range)
        mentions.add(MentionIndex.Mention(target: .actor(records[index].name), sentence: sentence.ref,
                                          range: sentence.byteRange(range), surface: surface))
        records[index].noteMention(position(sentence, range.lowerBound), ref: sentence.ref)
        if let alias { records[index].addAlias(alias) }
        noteCamp(index, tokens: range, in: sentence)
        // An actor only addressed ("told AFP") does not become the latest one met.
        if Self.isAddressedMention(range, in: sentence) { return }
        recent.removeAll { $0 == index }
        recent.append(index)
        if recent.count > 48 { recent.removeFirst() }
    }

    mutating func addPlace(_ name: String, kind: PlaceKind, country: String?, tokens range: Range<Int>, in sentence: AnalyzedSentence) {
        let key = name.lowercased()
        let index: Int
        if let existing = placeLookup[key] {
            index = existing
        } else {
            places.append(PlaceRecord(name: name, kind: kind, countryCode: country, first: position(sentence, range.lowerBound)))
            index = places.count - 1
            placeLookup[key] = index
        }
        if places[index].countryCode == nil { places[index].countryCode = country }
        if places[index].mentions.last != sentence.ref { places[index].mentions.append(sentence.ref) }
        mentions.add(MentionIndex.Mention(target: .place(places[index].name), sentence: sentence.ref,
                                          range: sentence.byteRange(range), surface: sentence.surface(range)))
    }

    /// Capitalised words that are not a known name: a full name, a surname ("Lavrov",
    /// "Senator Birmingham"), an acronym ("WTO"), or "the North".
    mutating func mentionName(_ chunk: NameChunk, in sentence: AnalyzedSentence) {
        let name = chunk.name
        if let index = resolve(name) {
            addMention(index, tokens: chunk.tokens, in: sentence, alias: name)
            return
        }
        let words = name.lowercased().split(separator: " ").map(String.init)
        if words.count == 1, let people = personWords[words[0]] {
            let live = people.map { resolveIndex($0) }
            let index = live.max { (records[$0].lastMention ?? records[$0].defined) < (records[$1].lastMention ?? records[$1].defined) }!
            var range = chunk.tokens
            if let title = sentence.chunk(endingBefore: chunk.tokens.lowerBound), title.isTitle {
                range = title.tokens.lowerBound..<chunk.tokens.upperBound
            }
            addMention(index, tokens: range, in: sentence, alias: sentence.surface(range))
            return
        }
        if let index = initials[name.acronymKey] {
            addMention(index, tokens: chunk.tokens, in: sentence, alias: name)
            return
        }
        // "the North", "the South": the country whose name starts with the word.
        if words.count == 1, ["north", "south", "east", "west"].contains(words[0]), chunk.tokens.lowerBound > 0,
           sentence.tokens[chunk.tokens.lowerBound - 1].lower == "the" {
            let matches = countryRecords.values.filter { records[$0].name.lowercased().hasPrefix(words[0] + " ") }
            if matches.count == 1 {
                let range = (chunk.tokens.lowerBound - 1)..<chunk.tokens.upperBound
                addMention(matches[0], tokens: range, in: sentence, alias: Self.lowercasingArticle(sentence.surface(range)))
            }
            return
        }
        if let kind = unknownPlaceKind(chunk, in: sentence) {
            addPlace(name, kind: kind, country: nil, tokens: chunk.tokens, in: sentence)
        }
    }

    static let settlementWords: Set<String> = ["village", "town", "city", "port", "settlement", "hamlet", "capital", "municipality", "suburb", "district", "neighbourhood", "neighborhood"]
    static let areaWords: Set<String> = ["region", "province", "state", "county", "island", "oblast", "governorate", "prefecture", "area", "territory", "department", "parish", "canton"]

    /// A name the gazetteer does not know, in a place's position: "the village of
    /// Novomykhailivka", "near Avdiivka", "fighting in Bakhmut,".
    func unknownPlaceKind(_ chunk: NameChunk, in sentence: AnalyzedSentence) -> PlaceKind? {
        let start = chunk.tokens.lowerBound
        guard start >= 1, !chunk.tokens.contains(where: { sentence.tokens[$0].isAcronym }),
              !NameLexicon.nonNameCapitals.contains(chunk.surface) else { return nil }
        let previous = sentence.tokens[start - 1].lower
        if previous == "of", start >= 2 {
            let noun = sentence.tokens[start - 2].lower
            if Self.settlementWords.contains(noun) { return .city }
            if Self.areaWords.contains(noun) { return .region }
            return nil
        }
        guard ["near", "outside", "around", "toward", "towards", "in", "into", "across", "throughout"].contains(previous) else { return nil }
        if let next = sentence.token(chunk.tokens.upperBound) {
            if next.kind == .possessive { return nil }
            if next.isWord, !next.isCapitalized, !NameLexicon.functionWords.contains(next.lower), !NameLexicon.timeWords.contains(next.lower) { return nil }
        }
        return chunk.tokens.count == 1 ? .city : .region
    }

    func resolveIndex(_ index: Int) -> Int {
        var index = index
        while let next = absorbed[index] { index = next }
        return index
    }

    func affiliationMatches(_ record: ActorRecord, _ qualifier: Qualifier) -> Bool {
        guard let affiliation = record.affiliation else { return false }
        switch qualifier {
        case .country(let code):
            guard let country = countryRecords[code].map({ records[$0].name }) else { return false }
            if affiliation == country { return true }
            // An institution of that country: "the Russian spokesman" for the Kremlin's.
            return resolve(affiliation).map { records[$0].affiliation == country } ?? false
        case .surface(let surface):
            guard let target = resolve(surface) else { return false }
            let name = records[target].name
            return affiliation == name || records[target].affiliation == affiliation
                || resolve(affiliation).map { records[$0].affiliation == name } ?? false
        }
    }

    /// "the foreign minister", "the Kremlin leader", "Russia's top diplomat": a person known
    /// by that role.
    mutating func describedPerson(_ title: NameChunk, in sentence: AnalyzedSentence) {
        switch personDescribed(by: title, in: sentence) {
        case .person(let index, let range):
            addMention(index, tokens: range, in: sentence, alias: Self.lowercasingArticle(sentence.surface(range)))
        case .nobodyFits(let roleText):
            unnamedPresident(title, roleText: roleText, in: sentence)
        case nil:
            break
        }
    }

    enum DescribedPerson {
        /// The person and the tokens of the description, its article or owner included.
        case person(Int, Range<Int>)
        /// An unqualified title nobody named holds.
        case nobodyFits(roleText: String)
    }

    /// Who "the foreign minister" (or "Russia's top diplomat") at `title` is, without
    /// recording the mention; nil when the title is no description of someone already met.
    func personDescribed(by title: NameChunk, in sentence: AnalyzedSentence) -> DescribedPerson? {
        guard case .title(let head) = title.kind else { return nil }
        let start = title.tokens.lowerBound
        var qualifierStart = start
        var possessive = false
        let q = qualifier(before: start, in: sentence)
        if q != nil {
            if start > 0, sentence.tokens[start - 1].kind == .possessive {
                possessive = true
                qualifierStart = sentence.chunk(endingBefore: start - 1)?.tokens.lowerBound ?? start
            } else {
                qualifierStart = sentence.chunk(endingBefore: start)?.tokens.lowerBound ?? start
            }
        }
        let hasArticle = qualifierStart > 0 && sentence.tokens[qualifierStart - 1].lower == "the"
        guard hasArticle || possessive else { return nil }
        // "Spain's minister for the ecological transition, Marta Olabarria,": a portfolio after
        // the title, or the name set beside it, introduces someone rather than recalls them.
        let after = title.tokens.upperBound
        if sentence.token(after)?.lower == "for" { return nil }
        if sentence.token(after)?.text == ",", let beside = sentence.chunk(startingAt: after + 1) {
            if beside.isName { return nil }
            // "South Sudan's army spokesman, Major Peter Kuol Garang,": a rank before the name.
            if beside.isTitle, sentence.chunk(startingAt: beside.tokens.upperBound)?.isName == true { return nil }
        }
        let roleText = sentence.surface(title.tokens).lowercased()
        var best: Int?
        var bestHasWords = false
        var bestNamed = false
        let titleWords = roleText.split(separator: " ")
        for index in records.indices where absorbed[index] == nil && records[index].kind == .person {
            guard let role = records[index].role?.lowercased() else { continue }
            let roleHead = Self.roleHead(role)
            let sameRole = role == roleText || roleHead == head
            // "the economy minister" after an economy minister and a finance minister: a role
            // with every word of the title goes before one that only shares its head.
            let roleWords = role.split(separator: " ")
            let hasWords = titleWords.count > 1 && titleWords.allSatisfy { roleWords.contains($0) }
            let leader = NameLexicon.leaderHeads.contains(head) && NameLexicon.leaderHeads.contains(roleHead) && q != nil
            // "the top diplomat" is the foreign minister (or secretary of state).
            let diplomat = head == "diplomat" && (roleText.contains("top") || roleText.contains("chief"))
                && (role.contains("foreign") || role.contains("secretary of state"))
            guard sameRole || leader || diplomat else { continue }
            if let q, !affiliationMatches(records[index], q) { continue }
            // "“…,” the former minister said" recalls someone already named before one first named
            // further on (a lead's title named in the next paragraph is taken only when nobody fits before).
            let named = records[index].lastMention != nil || records[index].defined.sentence <= sentence.order
            if bestNamed && !named { continue }
            if bestHasWords && !hasWords && bestNamed == named { continue }
            if let b = best, bestHasWords == hasWords, bestNamed == named,
               (records[b].lastMention ?? records[b].defined) >= (records[index].lastMention ?? records[index].defined) { continue }
            best = index
            bestHasWords = hasWords
            bestNamed = named
        }
        guard let best else { return q == nil ? .nobodyFits(roleText: roleText) : nil }
        return .person(best, (hasArticle ? qualifierStart - 1 : qualifierStart)..<title.tokens.upperBound)
    }

    static let companyWords: Set<String> = ["co", "co.", "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "company", "plc", "llc", "group", "holdings", "ag", "sa", "gmbh", "industries", "motors", "electronics", "entertainment", "technologies", "systems"]

    /// Words of a body's name that, alone after "the", name a thing or a place ("the water", "the capital").
    static let thingCues: Set<String> = ["water", "energy", "oil", "gas", "petroleum", "steel", "capital", "electric", "house", "media"]

    static let stateBodyNouns: Set<String> = ["agency", "authority", "bureau", "administration", "service", "directorate", "inspectorate"]

    /// Heads of bodies named after their portfolio ("the trade ministry", "the justice department").
    static let portfolioHeads: Set<String> = ["ministry", "department", "ministries", "secretariat"]

    static let mediaNouns: Set<String> = ["agency", "newspaper", "broadcaster", "outlet", "daily", "paper", "network", "channel", "tabloid", "magazine", "website", "wire"]

    /// "the ministry", "the group", "the independent umpire", "the government",
    /// "the 62-year-old" at token `t`: a definite description of an actor already met.
    /// Returns the token after it when it refers to someone.
    mutating func definiteDescription(at t: Int, in sentence: AnalyzedSentence) -> Int? {
        let tokens = sentence.tokens
        let possessive = ["its", "their"].contains(tokens[t].lower)
        guard tokens[t].lower == "the" || possessive else { return nil }
        if let end = countryOwnedBody(at: t, in: sentence) ?? capitalPlacedBody(at: t, in: sentence) { return end }
        var words: [Int] = []
        var k = t + 1
        while k < tokens.count, words.count < 3, sentence.chunkAt[k] == nil, tokens[k].kind == .word || tokens[k].kind == .number,
              !tokens[k].isCapitalized, !NameLexicon.functionWords.contains(tokens[k].lower) {
            words.append(k)
            k += 1
        }
        // "Its foreign ministry said" after a country: that country's ministry.
        if possessive { return words.isEmpty ? nil : unnamedStateBody(at: t, words: words, in: sentence) }
        // "The militia, which calls itself the Ndeke Defence Front,": that front (SelfGivenNames.swift).
        if let last = words.last, let named = selfGivenName(after: last + 1, in: sentence) {
            let range = t..<(last + 1)
            if records[named].descriptor == nil { records[named].descriptor = tokens[last].lower }
            addMention(named, tokens: range, in: sentence, alias: Self.lowercasingArticle(sentence.surface(range)))
            return last + 1
        }
        // "the think tank Expert-Grup": a kind that runs into a name is read whole, never as a
        // shorter description ("the think").
        let runsIntoName = words.last.map {
            NameLexicon.organizationDescriptors.contains(tokens[$0].lower) && sentence.chunk(startingAt: $0 + 1)?.isName == true
        } ?? false
        let shortest = runsIntoName ? words.count : 1
        // "told the newspaper Le Jour" after "the broadcaster Equinoxe TV": an outlet's kind set
        // before its name introduces that outlet, not the one named before.
        if let last = words.last, Self.mediaNouns.contains(tokens[last].lower), tokens[last].lower != "agency",
           sentence.chunk(startingAt: last + 1)?.isName == true { return nil }
        for length in stride(from: words.count, through: shortest, by: -1) {
            let phraseEnd = words[length - 1] + 1
            let phrase = sentence.surface((t + 1)..<phraseEnd).lowercased()
            let head = tokens[phraseEnd - 1].lower
            let modifiers = words.prefix(length - 1).map { tokens[$0].lower }
            guard let index = describedActor(phrase: phrase, head: head, modifiers: modifiers, sentence: sentence.order) else { continue }
            let range = t..<phraseEnd
            addMention(index, tokens: range, in: sentence, alias: Self.lowercasingArticle(sentence.surface(range)))
            return phraseEnd
        }
        return unnamedStateBody(at: t, words: words, in: sentence) ?? unnamedSourceBody(at: t, words: words, in: sentence)
            ?? rulingBody(at: t, words: words, in: sentence)
    }

    /// "The defence ministry rejected the accusation" where no such ministry was named: the
    /// ministry of the country in context, named as the text would name it with its country
    /// ("Mozambican Defence Ministry").
    mutating func unnamedStateBody(at t: Int, words: [Int], in sentence: AnalyzedSentence) -> Int? {
        let tokens = sentence.tokens
        if let end = unnamedForce(at: t, words: words, in: sentence) { return end }
        guard let head = words.firstIndex(where: { tokens[$0].lower == "ministry" }),
              Self.isUnnamedPortfolio(words[..<head].map { tokens[$0].lower }) else { return nil }
        // "The ministry of mines and energy rejected that": the portfolio after the head.
        let portfolioEnd = head == words.count - 1 ? Chunker.lowercasePortfolio(after: words[head] + 1, in: sentence) : nil
        if head == 0, portfolioEnd == nil { return soleMinistersMinistry(at: t, end: words[0] + 1, in: sentence) }
        guard head >= 1 || portfolioEnd != nil else { return nil }
        let bodyEnd = portfolioEnd ?? words[head] + 1
        // "the health ministry of Croatia said": the country after "of" owns it.
        let namedOwner = portfolioEnd == nil ? ownerAfterOf(bodyEnd, in: sentence) : nil
        let end = namedOwner?.end ?? bodyEnd
        let at = position(sentence, t)
        // It speaks or acts: a verb follows ("the defence ministry rejected"), not a noun
        // ("the defence ministry warehouse").
        let portfolio = words[..<head].map { tokens[$0].lower }.filter { !NameLexicon.governmentAdjectives.contains($0) }
        // … or it employs someone ("a spokesman for the mobility ministry").
        let employs = t >= 2 && ["for", "at"].contains(tokens[t - 1].lower) && NameLexicon.titleHeads.contains(tokens[t - 2].lower)
        guard employs || sentence.wordAfter(end).map({ AnalyzedSentence.isVerbLike($0.0, skippedAdverb: $0.2) }) == true,
              let code = namedOwner?.code ?? ministerCountry(portfolio: portfolio) ?? contextCountry(at: at) ?? lastGovernment ?? homeCountry,
              let country = gazetteer.country(code: code), let owner = countryRecord(code, at: at) else { return nil }
        // "The federal defence ministry" and "the defence ministry" are one body, named without
        // the level of government.
        let body = (words[...head] + (words[head] + 1..<bodyEnd)).filter { !NameLexicon.governmentAdjectives.contains(tokens[$0].lower) }
            .map { Chunker.titleCased(tokens[$0]) }
        let name = ([preferredDemonym(of: country)] + body).joined(separator: " ")
        let index = stateBody(named: name, at: at, affiliation: records[owner].name)
        let range = t..<end
        // "its foreign ministry" is a mention, not a name for it.
        let alias = tokens[t].lower == "the" ? Self.lowercasingArticle(sentence.surface(range)) : nil
        addMention(index, tokens: range, in: sentence, alias: alias)
        // "Thomas Declercq, a spokesman for the mobility ministry": the person works there.
        if employs, t >= 5, ["a", "an"].contains(tokens[t - 3].lower), tokens[t - 4].text == ",",
           let chunk = sentence.chunkAt[t - 5], let person = resolve(sentence.chunks[chunk].name),
           records[person].kind == .person, records[person].affiliation == nil || records[person].affiliation == records[owner].name {
            records[person].affiliation = records[index].name
        }
        return end
    }

    /// The country named by "of" right after a body's head ("… ministry of Croatia"), and the
    /// token after its name.
    func ownerAfterOf(_ index: Int, in sentence: AnalyzedSentence) -> (code: String, end: Int)? {
        guard sentence.token(index)?.lower == "of", let chunk = sentence.chunk(startingAt: index + 1),
              case .country(let country) = chunk.kind else { return nil }
        return (country.code, chunk.tokens.upperBound)
    }

    /// "Serbian Interior Minister Dragan Jovic … The interior ministry said": the ministry of
    /// a portfolio whose minister the text has named belongs to that minister's country,
    /// when only one country's minister holds it.
    func ministerCountry(portfolio: [String]) -> String? {
        guard !portfolio.isEmpty else { return nil }
        var codes: Set<String> = []
        for record in records where record.kind == .person {
            guard let role = record.role?.lowercased(), case .country(let code)? = record.qualifier else { continue }
            let words = role.split(separator: " ").map(String.init)
            if words.contains("minister"), portfolio.allSatisfy({ words.contains($0) }) { codes.insert(code) }
        }
        return codes.count == 1 ? codes.first : nil
    }

    /// A state's armed or police force named by its kind alone: "the army said", "The
    /// military rejected that claim", "Police said they arrested 14 people".
    static let forceNouns: Set<String> = ["army", "military", "police"]

    /// "the army said" where the text names no army: the force of the country in context
    /// (the subject near it, else a country that owns something in its sentence, else the
    /// government last named, else the country the text is about), one body for "the army"
    /// and "the military", named as news names it with its country ("Cameroonian Army").
    /// `t` is the article, or the noun itself when it stands bare ("Police said").
    mutating func unnamedForce(at t: Int, words: [Int], in sentence: AnalyzedSentence) -> Int? {
        let tokens = sentence.tokens
        // The words may run on into the verb ("the army said"): the force noun ends the phrase.
        guard let head = words.firstIndex(where: { Self.forceNouns.contains(tokens[$0].lower) }),
              words[..<head].allSatisfy({ NameLexicon.governmentAdjectives.contains(tokens[$0].lower) }) else { return nil }
        let last = words[head]
        let end = last + 1
        guard let (verb, _, adverb) = sentence.wordAfter(end), AnalyzedSentence.isVerbLike(verb, skippedAdverb: adverb) else { return nil }
        let at = position(sentence, t)
        // "an attack in Cameroon's North-West region on Tuesday, the army said": a country its
        // own sentence names, however it uses it.
        let named = sentence.chunks.compactMap { chunk -> (String, Int)? in
            switch chunk.kind {
            case .country(let country), .demonym(let country): (country.code, chunk.tokens.lowerBound)
            case .place(_, let code?): (code, chunk.tokens.lowerBound)
            case .city(let city): (city.country, chunk.tokens.lowerBound)
            default: nil
            }
        }.min { abs($0.1 - t) < abs($1.1 - t) }?.0
        guard let code = contextCountry(at: at) ?? named ?? lastGovernment ?? homeCountry,
              let country = gazetteer.country(code: code), let owning = countryRecord(code, at: at) else { return nil }
        let isPolice = tokens[last].lower == "police"
        // A force the text has named ("the Guyana Defence Force", "the Armed Forces of the
        // Democratic Republic of Congo") is the one meant: the only one, else that country's.
        let forces = records.indices.filter { index in
            guard absorbed[index] == nil, records[index].kind == .organization else { return false }
            let name = " " + records[index].name.lowercased() + " "
            // A military government is no army; a rebel force names no state.
            guard !["government", "junta", "regime"].contains(where: { name.contains(" \($0) ") }), stateOf(records[index].name) != nil else { return false }
            return isPolice ? name.contains(" police ") : Self.armedForceNames.contains { name.contains(" " + $0 + " ") }
        }
        let namedForce = forces.count == 1 ? forces.first : forces.first { stateOf(records[$0].name) == code }
        let index: Int
        if let namedForce {
            index = namedForce
        } else {
            index = stateBody(named: preferredDemonym(of: country) + (isPolice ? " Police" : " Army"), at: at, affiliation: records[owning].name)
        }
        // Later "the army" and "the military" mean the same force.
        for noun in isPolice ? ["police"] : ["army", "military"] where descriptionHeads[noun] == nil { descriptionHeads[noun] = index }
        let range = t..<end
        addMention(index, tokens: range, in: sentence, alias: Self.lowercasingArticle(sentence.surface(range)))
        return end
    }

    /// "Police said they arrested 14 people": police without an article or an owner, opening
    /// a sentence or a clause, are the force of the country in context.
    mutating func barePolice(at t: Int, in sentence: AnalyzedSentence) -> Int? {
        let tokens = sentence.tokens
        guard tokens[t].isWord, tokens[t].lower == "police" else { return nil }
        if t > 0 {
            let before = tokens[t - 1]
            guard before.kind == .punct || before.is(["and", "but", "while", "as", "after", "because", "though", "although"]) else { return nil }
        }
        return unnamedForce(at: t, words: [t], in: sentence)
    }

    /// Levels of government below the state's own.
    static let regionalLevels: Set<String> = ["state", "provincial", "regional", "municipal", "city", "county", "district"]

    /// "Chihuahua's state government said", "In Yobe, the state government said": the
    /// government of a region or city is a body of its own, named after the place
    /// ("Chihuahua state government"), not the country's government. Only when the place is
    /// its owner or the sentence opens with it; otherwise "the state government" is left to
    /// the other rules.
    mutating func regionalGovernment(at t: Int, in sentence: AnalyzedSentence) -> Int? {
        let tokens = sentence.tokens
        let hasArticle = tokens[t].lower == "the"
        let level = hasArticle ? t + 1 : t
        guard let levelWord = sentence.token(level), levelWord.isWord, Self.regionalLevels.contains(levelWord.lower),
              sentence.token(level + 1)?.lower == "government" else { return nil }
        let end = level + 2
        guard let (verb, _, adverb) = sentence.wordAfter(end), AnalyzedSentence.isVerbLike(verb, skippedAdverb: adverb) else { return nil }
        func isPlace(_ chunk: NameChunk) -> Bool {
            switch chunk.kind {
            case .city, .place, .name: true
            default: false
            }
        }
        var place: NameChunk?
        var start = t
        if !hasArticle, t >= 2, tokens[t - 1].kind == .possessive, let owner = sentence.chunk(endingBefore: t - 1), isPlace(owner) {
            place = owner
            start = owner.tokens.lowerBound
        } else if hasArticle, let opener = sentence.chunk(startingAt: 1), tokens[0].lower == "in", isPlace(opener),
                  sentence.token(opener.tokens.upperBound)?.text == ",", opener.tokens.upperBound + 1 == t {
            place = opener
        }
        guard let place else { return nil }
        let name = place.name + " " + levelWord.lower + " government"
        let code: String? = switch place.kind {
        case .city(let city): city.country
        case .place(_, let code): code
        default: nil
        }
        let at = position(sentence, t)
        let owner = (code ?? homeCountry).flatMap { countryRecord($0, at: at) }
        let index = stateBody(named: name, at: at, affiliation: owner.map { records[$0].name })
        let range = start..<end
        addMention(index, tokens: range, in: sentence, alias: Self.lowercasingArticle(sentence.surface(range)))
        return end
    }

    /// The body of a state under `name`: the one already made, else a new one.
    mutating func stateBody(named name: String, at position: TextPosition, affiliation: String?) -> Int {
        if let known = lookup[name.lowercased()] { return resolveIndex(known) }
        var record = ActorRecord(name: name, kind: .organization, defined: position)
        record.governmental = true
        record.affiliation = affiliation
        return newRecord(record)
    }

    /// The state a body's name names: "Mozambican Armed Forces", "Rwanda Defence Force",
    /// "Armed Forces of the Democratic Republic of Congo".
    func stateOf(_ name: String) -> String? {
        let words = name.split(separator: " ").map(String.init)
        if let first = words.first, let country = gazetteer.country(demonym: first) ?? gazetteer.country(named: first) { return country.code }
        if let of = name.range(of: " of ") {
            var tail = String(name[of.upperBound...])
            if tail.hasPrefix("the ") { tail.removeFirst(4) }
            return gazetteer.country(named: tail)?.code
        }
        return nil
    }

    /// A body qualified by a country other than the one the text is about ("Turkish coast guard").
    static func isForeign(_ record: ActorRecord, home: String) -> Bool {
        if case .country(let code)? = record.qualifier { return code != home }
        return false
    }

    func describedActor(phrase: String, head: String, modifiers: [String], sentence: Int) -> Int? {
        if let index = lookup["the " + phrase] { return resolveIndex(index) }
        func recent(_ index: Int, within distance: Int = 8) -> Bool {
            guard let last = records[index].lastMention else { return false }
            return sentence - last.sentence <= distance
        }
        func mostRecent(_ filter: (ActorRecord) -> Bool, within distance: Int = 8) -> Int? {
            self.recent.last { absorbed[$0] == nil && filter(records[$0]) && recent($0, within: distance) }
        }
        // "the energy ministry" is not the trade ministry named before: a portfolio word
        // before a ministry's head must be in the name of the one it refers to.
        if let portfolio = modifiers.last, Self.portfolioHeads.contains(head) {
            func named(_ record: ActorRecord) -> Bool {
                let words = record.name.lowercased().split(separator: " ")
                return words.contains(Substring(portfolio)) && words.contains(Substring(head))
            }
            if let index = descriptionHeads[head].map(resolveIndex), named(records[index]) { return index }
            // "The foreign ministry rejected …" after "the Russian foreign ministry said" in a story
            // whose lead had "the foreign ministry said": wire copy names a foreign country's
            // ministry with its country each time, so the bare one is the ministry the text left
            // bare before, when that is at hand.
            let latest = mostRecent(named, within: 12)
            if let latest, case .country? = records[latest].qualifier,
               let bare = mostRecent({ named($0) && $0.qualifier == nil }, within: 40) { return bare }
            return latest
        }
        // "The opposition questioned whether …", "the ruling party": the party or group so marked.
        if let index = markedCamp(phrase: head, modifiers: modifiers) { return resolveIndex(index) }
        if let index = descriptionHeads[head] { return resolveIndex(index) }
        // "the government" is the one last named ("the Czech government"), else the home country's.
        if head == "government", modifiers.allSatisfy({ NameLexicon.governmentAdjectives.contains($0) }), let home = lastGovernment ?? homeCountry {
            return countryRecords[home]
        }
        if head.hasSuffix("-year-old"), modifiers.isEmpty {
            return mostRecent({ $0.kind == .person }, within: 3)
        }
        if head == "incumbent", modifiers.isEmpty {
            return mostRecent({ record in
                guard record.kind == .person, let role = record.role?.lowercased() else { return false }
                let roleHead = Self.roleHead(role)
                return NameLexicon.leaderHeads.contains(roleHead) || ["governor", "mayor"].contains(roleHead)
            }, within: 6)
        }
        guard modifiers.count <= 1 else { return nil }
        // "the regulator" after "the regulator Ofwat": the organisation so described.
        if modifiers.isEmpty, NameLexicon.organizationDescriptors.contains(head),
           let index = mostRecent({ $0.descriptor == head }, within: 12) {
            return index
        }
        // "the alliance", "the bloc", "the body": an international organisation.
        if ["alliance", "bloc", "body", "union", "organisation", "organization", "community"].contains(head),
           let index = mostRecent({ $0.international }, within: 12) {
            return index
        }
        // "after the water had reached the district": a cue that is also a thing names no body.
        if NameLexicon.organizationCues.contains(head), !Self.thingCues.contains(head) {
            let ofKind: (ActorRecord) -> Bool = { $0.kind != .person && $0.kind != .country && $0.name.lowercased().split(separator: " ").contains(Substring(head)) }
            // "The coast guard questioned the data" in a text about Greece, after "the Turkish
            // coast guard said": a body named by its kind alone is not the one a foreign
            // country's name set apart, when another of that kind is at hand.
            if let home = homeCountry, let index = mostRecent({ ofKind($0) && !Self.isForeign($0, home: home) }) { return index }
            if let index = mostRecent(ofKind) { return index }
            // "The front called his remarks …" long after "the Chumbivilcas Defence Front": the only
            // body of that kind the text has named is the one meant, however far back.
            // Only a head, bare or with one modifier ("The coast guard says" long after "the
            // Seychelles Coast Guard"), that ends a national body's name reaches so far, and not a
            // state body's ("the ministry of mines" may be a ministry not named yet).
            if modifiers.count <= 1, !Self.portfolioHeads.contains(head), !Self.stateBodyNouns.contains(head) {
                // The candidate first, by its name's last words; the others of its kind are
                // counted only then (each count reads every record's name).
                let lastWords = " " + (modifiers + [head]).joined(separator: " ")
                let endsName: (ActorRecord) -> Bool = { record in
                    !record.international && record.kind == .organization && record.name.lowercased().hasSuffix(lastWords)
                }
                if let index = self.recent.last(where: { recent($0, within: 30) && absorbed[$0] == nil && endsName(records[$0]) }),
                   !records.indices.contains(where: { $0 != index && absorbed[$0] == nil && ofKind(records[$0]) }) {
                    return index
                }
            }
        }
        // "the migration agency" after "the National Migration Service": a modifier that is a
        // word of a body's name says which body the description stands for, before any outlet
        // the head could also name ("agency"); a state body's word never names an international
        // one ("the International Organization for Migration").
        if let modifier = modifiers.first, modifier.count > 3, !Self.mediaNouns.contains(modifier), !["news", "state", "wire"].contains(modifier),
           Self.stateBodyNouns.contains(head),
           let index = mostRecent({ record in
               record.kind == .organization && !record.international && record.name.lowercased().split(separator: " ").contains(Substring(modifier))
           }, within: 20) {
            return index
        }
        // "the agency" after "the Coast Guard Administration said": a word for a state body refers
        // to a state body (or an outlet), not to the company mentioned in between.
        // A body named after its country ("Nigeria Centre for Disease Control", affiliated to
        // Nigeria) is a state body too.
        func national(_ record: ActorRecord) -> Bool {
            guard let owner = record.affiliation, let index = lookup[owner.lowercased()] else { return false }
            return records[resolveIndex(index)].kind == .country && record.name.hasPrefix(owner + " ")
        }
        // "the agency" after "the State Assets Management Agency" and then "the news website
        // Gazeta.uz": the body whose name holds the word, before an outlet named since.
        if modifiers.isEmpty, Self.stateBodyNouns.contains(head),
           let index = mostRecent({ $0.kind == .organization && !$0.international && $0.name.lowercased().split(separator: " ").contains(Substring(head)) }, within: 20) {
            return index
        }
        if modifiers.isEmpty, Self.stateBodyNouns.contains(head),
           let index = mostRecent({ ($0.kind == .organization && ($0.governmental || national($0)) && !$0.international) || (head == "agency" && $0.kind == .media) }) {
            return index
        }
        if Self.mediaNouns.contains(head), let index = mostRecent({ $0.kind == .media }) { return index }
        // "the unit" after "the Athletics Integrity Unit": the last word of a body's name.
        if modifiers.isEmpty, NameLexicon.organizationDescriptors.contains(head),
           let index = mostRecent({ $0.kind == .organization && $0.name.lowercased().split(separator: " ").last.map(String.init) == head }) {
            return index
        }
        if NameLexicon.groupDescriptions.contains(head) {
            if let index = mostRecent({ $0.descriptor == head }) { return index }
            // "The militia … said it would block the road. “…,” the group said": a body of people
            // described as such in the sentence before, not a company named earlier (SelfGivenNames.swift).
            if head == "group", modifiers.isEmpty, let index = mostRecent({ Self.peopleGroupNouns.contains($0.descriptor ?? "") }, within: 1) {
                return index
            }
            // "the union" after "the Thai Pilots Association": another body of members (`MemberBodiesNoSchoolsOrBrokers`).
            if modifiers.isEmpty, let index = mostRecent({ Self.isOtherMemberBody($0, head: head) }, within: 20) { return index }
            if ["company", "firm", "group", "conglomerate", "manufacturer", "maker"].contains(head),
               let index = mostRecent({ record in
                   record.kind == .organization && record.name.lowercased().split(separator: " ").contains { Self.companyWords.contains(String($0)) }
               }) {
                return index
            }
            // "the company" after a regulator named past the company: a business, not the public body.
            // "the company" after "The operator, Minera Sur,": a business described by another
            // word of trade is still the company.
            let generalBusiness = ["company", "firm"].contains(head)
            if modifiers.isEmpty, NameLexicon.businessNouns.contains(head), let index = mostRecent({ record in
                record.kind == .organization && !record.governmental && !Self.memberBodyExcludes(record, head: head)
                    && (record.descriptor == nil || record.descriptor == head || (generalBusiness && NameLexicon.businessNouns.contains(record.descriptor ?? "")))
                    && !record.name.lowercased().split(separator: " ").contains { NameLexicon.publicBodyWords.contains(String($0)) }
            }, within: 4) { return index }
            // Not one the text described otherwise: "the company" is not "the regulator Ofwat".
            // Nor is "the company" or "the group" an inspectorate or a ministry: no one calls a
            // public body by a word for a business or an umbrella word.
            let umbrella = ["group", "organisation", "organization", "body"].contains(head)
            let publicBodyExcluded = NameLexicon.businessNouns.contains(head) || head == "group"
            if modifiers.isEmpty, let index = mostRecent({ record in
                record.kind == .organization && !record.governmental && (umbrella || record.descriptor == nil || record.descriptor == head)
                    && !Self.memberBodyExcludes(record, head: head) && Self.mayBeMemberBody(record, head: head)
                    && !(publicBodyExcluded && record.name.lowercased().split(separator: " ").contains { NameLexicon.publicBodyWords.contains(String($0)) })
            }, within: 4) { return index }
        }
        return nil
    }
}
