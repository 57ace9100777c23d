import BriefingModel

/// Pass two: one record per actor.
extension NameFinding {
    /// Title words that name an office of a state: without a qualifier they belong to the
    /// country the text is about ("President Vladimir Putin" in a text about Russia).
    static let stateTitleHeads: Set<String> = [
        "president", "minister", "premier", "chancellor", "senator", "secretary", "treasurer", "vice-president",
        "president-elect", "king", "queen", "emperor", "monarch", "congressman", "congresswoman", "lawmaker", "mp",
    ]

    /// The title word of a role, lowercased: "Foreign Minister" → "minister",
    /// "Secretary of State" → "secretary".
    static func roleHead(_ role: String) -> String {
        let words = role.lowercased().split(separator: " ").map(String.init)
        if let of = words.firstIndex(of: "of"), of > 0 { return words[of - 1] }
        return words.last ?? ""
    }

    /// "ministry spokeswoman": a role whose words name an organisation.
    static func roleNamesOrganization(_ role: String) -> Bool {
        role.split(separator: " ").dropLast().contains { NameLexicon.organizationCues.contains($0.lowercased()) }
    }

    mutating func buildActors() {
        // Organisations, institutions and outlets.
        for definition in definitions where definition.kind != .person && !definition.tentative {
            addOrMerge(definition)
        }
        // "Gambia's main opposition party" before the party is named (CountryCampParties.swift).
        linkCountryCampParties()
        // "A Zambian environmental group said … The group, Green Kafue," (DemonymVoiceBodies.swift).
        linkDemonymVoiceBodies()
        for (alias, target) in aliasPairs {
            guard let t = resolve(target) else { continue }
            if let a = lookup[alias.lowercased()], a != t { absorb(a, into: t) }
            records[t].addAlias(alias)
            lookup[alias.lowercased()] = t
        }
        // Acronyms that spell a longer name's initials ("WTO" for "World Trade Organisation").
        for index in records.indices where absorbed[index] == nil && records[index].kind != .person {
            for key in acronymKeys(of: records[index].name) {
                // "U.N." is filed under its dots: look for the acronym written either way.
                let written = lookup[key.lowercased()] ?? records.indices.first { $0 != index && absorbed[$0] == nil && records[$0].name.acronymKey == key }
                if let other = written, other != index, absorbed[other] == nil, records[other].name.acronymKey == key {
                    absorb(other, into: index)
                }
                if initials[key] == nil { initials[key] = index }
            }
        }
        registerShortCompanyNames()
        registerFirstWordsOfCompanies()
        mergeInstitutionsIntoNamedBodies()
        mergeDescribedBodiesIntoNamedOnes()
        mergeBareBodiesIntoCountryNamedOnes()
        mergeDemonymBodiesIntoCountryNamedOnes()
        mergeArmedForces()
        mergeRulingMilitary()
        mergeBareHeadsIntoNamedBodies()
        // People, longest names first, so that a surname joins its full name.
        let people = definitions.enumerated().filter { $0.element.kind == .person && !$0.element.tentative }
            .sorted { ($0.element.name.split(separator: " ").count, -$0.offset) > ($1.element.name.split(separator: " ").count, -$1.offset) }
        for (_, definition) in people { addPerson(definition) }
        defineFullNamesOfSpeakingSurnames()
        // One-word speakers: a surname, a known short name, or an organisation of their own.
        for definition in definitions where definition.tentative {
            let key = definition.name.lowercased()
            if lookup[key] != nil || personWords[key] != nil || initials[definition.name.acronymKey] != nil { continue }
            if definition.kind == .person { addPerson(definition) } else { addOrMerge(definition) }
        }
        // "…, the Commission said" after "the European Commission": a one-word speaker is a
        // body word alone as well, and joins the body named with it before.
        mergeBareHeadsIntoNamedBodies()
        mergeBareInstitutionsIntoPortfolioBodies()
        mergeCampaignGroupsIntoTheirBranch()
        decideCountries()
        foldProsecutorsIntoTheirBody()
        resolveAffiliations()
        affiliateTitlesOfBodyNouns()
        affiliateTitlesBeforeHolders()
        affiliateTitlesByOwner()
        preferPronounOwnersOverDefaultCountry()
        affiliateBodyNounTitles()
        retypeBodiesOfOfficeHolders()
        for (alias, head, target, _, _) in descriptionAliases {
            guard let index = resolve(target) else { continue }
            descriptionHeads[head] = index
            lookup[alias.lowercased()] = index
        }
    }

    /// Words that end a company's name and that later mentions drop: "Chunghwa Telecom" is
    /// "Chunghwa", "Mercia Vale Holdings" is "Mercia Vale".
    static let companySuffixes: Set<String> = Set<String>([
        "telecom", "holdings", "group", "shipping", "corporation", "corp", "corp.", "company", "co", "co.", "inc", "inc.",
        "ltd", "ltd.", "plc", "llc", "ag", "sa", "gmbh", "industries", "motors", "electronics", "technologies",
        "systems", "airlines", "airways", "energy", "petroleum", "steel", "mining", "pharmaceuticals", "logistics",
        // "the UTM Party" is "UTM" too.
        "party",
        // "Visayan Star Shipping Lines" is "Visayan Star", "Himal Pharma Traders" is "Himal".
        "lines", "pharma", "traders",
        // "Adria Petrol Trading" is "Adria Petrol", "Lubombo Energy Services" "Lubombo Energy".
        "trading", "services", "products", "plantations",
        // "Meridian Ridge Nickel" is "Meridian Ridge", "Ak-Tash Energo" "Ak-Tash": a commodity after the name.
        "nickel", "gold", "copper", "coal", "oil", "resources", "minerals", "metals", "cement", "energo",
        // Legal forms after the name ("Andes Litio SpA" is "Andes Litio"; TrailingLegalForms.swift).
        "spa", "nv", "bv", "tbk", "bhd", "pty", "asa", "ab", "oyj", "srl", "sas", "llp", "kk", "jsc", "pjsc",
        "cjsc", "ojsc", "oao", "zao", "ooo",
        // With the period the tokenizer keeps ("Andes Litio S.A." is "Andes Litio"; LegalFormPeriod.swift).
        "s.a.", "s.a", "plc.", "bhd.", "pty.", "ltda", "ltda.",
    ]).union(sectorSuffixes)

    /// The acronyms a body's name may go by: its initials ("WTO"), and for a name that opens with
    /// its country ("U.S. Customs and Border Protection") the initials without it ("CBP").
    func acronymKeys(of name: String) -> [String] {
        guard let key = name.nameInitials, key.count >= 2 else { return [] }
        let words = name.split(separator: " ")
        guard words.count >= 3, gazetteer.country(named: String(words[0])) != nil,
              let rest = words.dropFirst().joined(separator: " ").nameInitials, rest.count >= 3 else { return [key] }
        return [key, rest]
    }

    /// Registers the short forms of each company name, unless one is a known name or taken.
    mutating func registerShortCompanyNames() {
        for index in records.indices where absorbed[index] == nil && records[index].kind == .organization && !records[index].governmental {
            var words = records[index].name.split(separator: " ").map(String.init)
            guard words.count >= 2, Self.companySuffixes.contains(words.last!.lowercased()) else { continue }
            // "Lubombo Energy Services" is "Lubombo Energy" and "Lubombo": each word of trade dropped gives a short form.
            var forms: [String] = []
            while words.count > 1, Self.companySuffixes.contains(words.last!.lowercased()) {
                words.removeLast()
                forms.append(words.joined(separator: " "))
            }
            for short in forms { registerShortCompanyName(short) }
        }
        // "Banca Agroinvest" is "Agroinvest", "PT Samudra Lintas" "Samudra Lintas".
        for index in records.indices where absorbed[index] == nil && records[index].kind == .organization {
            let words = records[index].name.split(separator: " ")
            guard words.count >= 2, NameLexicon.leadingCompanyForms.contains(String(words[0])) else { continue }
            registerShortCompanyName(words.dropFirst().joined(separator: " "), of: index)
        }
        // "the Supreme Court of Justice" … "the Supreme Court", "the Central Bank of Kenya" … "the
        // Central Bank": a body's name of two words or more before its "of" is its short form.
        for index in records.indices where absorbed[index] == nil && records[index].kind == .organization {
            guard let of = records[index].name.range(of: " of ") else { continue }
            let head = String(records[index].name[..<of.lowerBound])
            if head.split(separator: " ").count >= 2 { registerShortCompanyName(head) }
        }
    }

    /// `short` as the name of `given`, or of the body whose name it begins.
    mutating func registerShortCompanyName(_ short: String, of given: Int? = nil) {
        let key = short.lowercased()
        // "Mercia Vale Water" and "Mercia Vale Holdings": the short form could be either; news
        // copy uses it for the one it named first, the company the story is about.
        let sharing = given.map { [$0] }
            ?? records.indices.filter { absorbed[$0] == nil && records[$0].kind != .person && records[$0].name.hasPrefix(short + " ") }
        guard let owner = sharing.min(by: { records[$0].defined < records[$1].defined }) else { return }
        if let other = resolve(short), other != owner, records[other].kind == .organization || records[other].kind == .media {
            absorb(other, into: owner)
            return
        }
        guard short.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true }), lookup[key] == nil,
              !NameLexicon.functionWords.contains(key), !NameLexicon.nonNameCapitals.contains(short),
              gazetteer.country(named: short) == nil, gazetteer.country(demonym: short) == nil, gazetteer.city(named: short) == nil,
              NameLexicon.institutions[short] == nil, !NameLexicon.internationalOrganizations.contains(short) else { return }
        lookup[key] = owner
    }

    /// "Taiwan's coast guard" and "the Coast Guard Administration": a body named in lower case
    /// after its country is the named body whose name contains its words.
    mutating func mergeInstitutionsIntoNamedBodies() {
        for index in records.indices where absorbed[index] == nil && records[index].kind == .organization {
            guard case .country(let code)? = records[index].qualifier, let country = gazetteer.country(code: code) else { continue }
            let words = records[index].name.split(separator: " ").map(String.init)
            // Only the names made for lower-case bodies ("Taiwanese Coast Guard"), not proper names ("Japan Coast Guard").
            guard words.count >= 2, country.demonyms.contains(words[0]) else { continue }
            let rest = words.dropFirst().joined(separator: " ").lowercased() + " "
            let target = records.indices.first { other in
                guard other != index, absorbed[other] == nil, records[other].kind == .organization else { return false }
                if let qualifier = records[other].qualifier, qualifier != .country(code) { return false }
                let name = records[other].name.lowercased() + " "
                return name.hasPrefix(rest) && name.count > rest.count
            }
            guard let target else { continue }
            if records[target].qualifier == nil { records[target].qualifier = records[index].qualifier }
            absorb(index, into: target)
        }
    }

    /// Words for a country's armed forces, one body whatever the text calls it.
    static let armedForceNames: [String] = [
        "army", "military", "armed forces", "defence force", "defense force", "defence forces", "defense forces",
    ]

    /// "Guyana's army", "Guyana's military" and "the Guyana Defence Force" are one body: a
    /// country's armed forces named in lower case join the one the text names for that
    /// country, else the first of them.
    mutating func mergeArmedForces() {
        func armedForce(_ index: Int) -> (code: String, made: Bool)? {
            let record = records[index]
            guard absorbed[index] == nil, record.kind == .organization else { return nil }
            let name = record.name.lowercased()
            guard let force = Self.armedForceNames.first(where: { name.hasSuffix(" " + $0) }) else { return nil }
            let owner = String(record.name.dropLast(force.count + 1))
            let code: String?
            if case .country(let qualified)? = record.qualifier { code = qualified } else { code = nil }
            guard let country = gazetteer.country(named: owner) ?? gazetteer.country(demonym: owner)
                    ?? code.flatMap({ gazetteer.country(code: $0) }).flatMap({ c in owner.hasPrefix(c.name) ? c : nil }) else { return nil }
            // Names made for lower-case bodies start with the adjective ("Guyanese Army").
            return (country.code, country.demonyms.contains(owner) && record.name.split(separator: " ").count == 2)
        }
        let forces = records.indices.compactMap { index in armedForce(index).map { (index, $0.code, $0.made) } }
        for (index, code, made) in forces where made {
            let same = forces.filter { $0.1 == code && $0.0 != index && absorbed[$0.0] == nil }
            guard let target = same.first(where: { !$0.2 }) ?? same.first(where: { $0.0 < index }) else { continue }
            absorb(index, into: target.0)
        }
    }

    /// "Commission trade spokesperson Marco Pellegrini" after "the European Commission": a
    /// body word alone is the last body named with it.
    mutating func mergeBareHeadsIntoNamedBodies() {
        for index in records.indices where absorbed[index] == nil && records[index].kind == .organization {
            let word = records[index].name
            // "Parliament", "Government" alone name a country's own body, not the European one.
            guard !word.contains(" "), NameLexicon.organizationCues.contains(word.lowercased()),
                  !Chunker.strongSingleCues.contains(word.lowercased()) else { continue }
            let target = records.indices.filter { other in
                other != index && absorbed[other] == nil && records[other].kind == .organization && records[other].defined < records[index].defined
                    && records[other].name.split(separator: " ").count >= 2 && records[other].name.hasSuffix(" " + word)
            }.max { records[$0].defined < records[$1].defined }
            if let target { absorb(index, into: target) }
        }
    }

    /// "the Salvadoran ministry said" after "El Salvador's agriculture ministry": a body made of
    /// a country's adjective and a bare head word is the one body of that country with that head
    /// and more words to its name, when the text names exactly one (two ministries stay apart).
    mutating func mergeBareInstitutionsIntoPortfolioBodies() {
        for index in records.indices where absorbed[index] == nil && records[index].kind == .organization {
            guard case .country(let code)? = records[index].qualifier, let country = gazetteer.country(code: code) else { continue }
            let words = records[index].name.split(separator: " ").map(String.init)
            guard words.count == 2, country.demonyms.contains(words[0]) else { continue }
            let head = " " + words[1].lowercased()
            let targets = records.indices.filter { other in
                other != index && absorbed[other] == nil && records[other].kind == .organization
                    && records[other].qualifier == .country(code) && records[other].name.split(separator: " ").count > 2
                    && records[other].name.lowercased().hasSuffix(head)
            }
            guard targets.count == 1 else { continue }
            absorb(index, into: targets[0])
        }
    }

    /// The record a name refers to, following merges.
    func resolve(_ name: String) -> Int? {
        guard var index = lookup[name.lowercased()] ?? lookup[name.acronymKey.lowercased()]
                ?? name.legalFormVariantKey.flatMap({ lookup[$0] }) else { return nil }
        while let next = absorbed[index] { index = next }
        return index
    }

    mutating func newRecord(_ record: ActorRecord) -> Int {
        records.append(record)
        absorbed.append(nil)
        let index = records.count - 1
        lookup[record.name.lowercased()] = index
        // "Kivu Alloys Ltd." is also "Kivu Alloys Ltd" (LegalFormPeriod.swift).
        if let variant = record.name.legalFormVariantKey, lookup[variant] == nil { lookup[variant] = index }
        return index
    }

    mutating func absorb(_ source: Int, into target: Int) {
        guard source != target else { return }
        let old = records[source]
        records[target].addAlias(old.name)
        for alias in old.aliases { records[target].addAlias(alias) }
        if records[target].role == nil { records[target].role = old.role }
        if records[target].qualifier == nil { records[target].qualifier = old.qualifier }
        if records[target].descriptor == nil { records[target].descriptor = old.descriptor }
        records[target].governmental = records[target].governmental || old.governmental
        records[target].international = records[target].international || old.international
        if old.defined < records[target].defined { records[target].defined = old.defined }
        absorbed[source] = target
        for (key, value) in lookup where value == source { lookup[key] = target }
    }

    mutating func addOrMerge(_ definition: ActorDefinition) {
        if let index = resolve(definition.name) {
            if records[index].qualifier == nil { records[index].qualifier = definition.qualifier }
            if records[index].descriptor == nil { records[index].descriptor = definition.descriptor }
            records[index].international = records[index].international || definition.international
            // A cue word or an outlet cue outranks a guess made from a speech verb.
            if records[index].kind == .organization, definition.kind == .media { records[index].kind = .media }
            return
        }
        var record = ActorRecord(name: definition.name, kind: definition.kind, defined: definition.position)
        record.qualifier = definition.qualifier
        record.descriptor = definition.descriptor
        record.governmental = definition.governmental
        record.international = definition.international
        _ = newRecord(record)
    }

    mutating func addPerson(_ definition: ActorDefinition) {
        let words = definition.name.lowercased().split(separator: " ").map(String.init)
        if let index = resolve(definition.name) {
            guard records[index].kind == .person else { return }
            if records[index].role == nil { records[index].role = definition.role }
            if records[index].qualifier == nil { records[index].qualifier = definition.qualifier }
            return
        }
        if words.count == 1, let candidates = personWords[words[0]], let index = candidates.first {
            if records[index].role == nil { records[index].role = definition.role }
            if records[index].qualifier == nil { records[index].qualifier = definition.qualifier }
            return
        }
        var record = ActorRecord(name: definition.name, kind: .person, defined: definition.position)
        record.role = definition.role
        record.qualifier = definition.qualifier
        record.nameWords = words
        let index = newRecord(record)
        // Surnames stand last ("Lavrov") or, in East Asian names, first ("Kim", "Xi").
        if words.count >= 2 {
            var keys = Set([words[0], words[words.count - 1]])
            // "Ricardo Vasquez Almengor" is "Vasquez": Spanish and Portuguese names put the
            // father's surname before the mother's.
            // (Both surnames as one key, "Ferreira Gomes", was tried: an unseen set lost a dispute side.)
            if words.count >= 3 { keys.insert(words[words.count - 2]) }
            // "al-Assad" is also "Assad".
            let parts = words[words.count - 1].split(separator: "-", maxSplits: 1)
            if parts.count == 2, NameLexicon.nameParticles.contains(String(parts[0])) { keys.insert(String(parts[1])) }
            for word in keys where !NameLexicon.nameParticles.contains(word) {
                personWords[word, default: []].append(index)
            }
            // "Sanne de Groot" is "De Groot" when the particle opens a sentence; "Sidi Ould Bah" is
            // "Ould Bah", "Karim Ben Salem" "Ben Salem": a particle written with a capital too.
            if let particle = words.dropFirst().dropLast().firstIndex(where: NameLexicon.nameParticles.contains) {
                let surname = words[particle...].joined(separator: " ")
                if lookup[surname] == nil { lookup[surname] = index }
            } else if words.count == 3 {
                // "Gabriel Lado Wani" … "Lado Wani", "Mireille Ngo Bassong" … "Ngo Bassong": a surname of two words.
                let surname = words[1...].joined(separator: " ")
                if lookup[surname] == nil { lookup[surname] = index }
            }
        }
    }

    /// Countries become actors when they act or are acted upon, or stand as someone's affiliation.
    /// The country the text is about ("home") is the one with the most evidence: subjects,
    /// and the institutions and people qualified by it.
    mutating func decideCountries() {
        var needed: [String: TextPosition] = [:]
        func need(_ code: String, _ position: TextPosition) {
            if let existing = needed[code], existing <= position { return }
            needed[code] = position
        }
        var evidence: [String: (count: Int, first: TextPosition)] = [:]
        var bareCongressScenes: [(sentence: Int, token: Int)] = []
        func vote(_ code: String, _ position: TextPosition) {
            let old = evidence[code] ?? (0, position)
            evidence[code] = (old.count + 1, min(old.first, position))
        }
        for (s, sentence) in sentences.enumerated() {
            for (c, usage) in usages[s] where usage.isActor {
                let chunk = sentence.chunks[c]
                let position = TextPosition(sentence: s, token: chunk.tokens.lowerBound)
                var code: String?
                var isName = false
                switch chunk.kind {
                case .country(let country): code = country.code; isName = true
                case .demonym(let country):
                    code = country.code
                    // "the Japanese government" names the country as surely as "Japan".
                    if let next = sentence.token(chunk.tokens.upperBound), NameLexicon.governmentWords.contains(next.lower) { isName = true }
                case .city(let city):
                    if seatBody(of: chunk.surface) != nil { continue }
                    if let country = capitalCountry(city, surface: chunk.surface) { code = country; isName = true }
                default: break
                }
                guard let code else { continue }
                need(code, position)
                if isName, usage == .subject || chunk.kind.isDemonym {
                    vote(code, position)
                    if usage == .subject { subjectCountries[s, default: []].append((code, chunk.tokens.lowerBound)) }
                }
                // Owners ("Syria's"), not targets ("sanctions on North Korea"), set the scene.
                if isName, !chunk.kind.isDemonym, sentence.token(chunk.tokens.upperBound)?.kind == .possessive {
                    contextCountries[s, default: []].append((code, chunk.tokens.lowerBound))
                }
            }
            for (c, chunk) in sentence.chunks.enumerated() {
                if case .government(let code?) = chunk.kind {
                    need(code, TextPosition(sentence: s, token: chunk.tokens.lowerBound))
                    // "Georgia's government called …": a government sets the scene as an institution does.
                    contextCountries[s, default: []].append((code, chunk.tokens.lowerBound))
                }
                if case .institution(let code) = chunk.kind {
                    contextCountries[s, default: []].append((code, chunk.tokens.lowerBound))
                    if code == "US", chunk.surface == "Congress" { bareCongressScenes.append((s, chunk.tokens.lowerBound)) }
                }
                // "The Russian leader met Defence Minister Sergei Shoigu": a described person's
                // country is the setting of the sentence.
                if case .title = chunk.kind, sentence.chunk(startingAt: chunk.tokens.upperBound)?.isName != true,
                   c > 0, sentence.chunks[c - 1].tokens.upperBound == chunk.tokens.lowerBound,
                   case .demonym(let country) = sentence.chunks[c - 1].kind,
                   !Self.isCounted(before: sentence.chunks[c - 1].tokens.lowerBound, in: sentence) {
                    subjectCountries[s, default: []].append((country.code, sentence.chunks[c - 1].tokens.lowerBound))
                }
            }
        }
        let named = namedCountries()
        var bareCongress: TextPosition?
        for definition in definitions {
            // A bare "Congress" waits for the home state (HomeCongress.swift).
            if Self.isBareCongress(definition), !named.contains("US") {
                bareCongress = min(bareCongress ?? definition.position, definition.position)
                continue
            }
            if case .country(let code)? = definition.qualifier {
                if !Self.isDiplomaticMission(definition.name) { vote(code, definition.position) }
                // "the German charity Sea-Watch": a private body's adjective is its nationality,
                // which makes no actor of a country the text never names.
                if Self.isPrivateBody(kind: definition.kind, descriptor: definition.descriptor, governmental: definition.governmental),
                   !named.contains(code) { continue }
                if definition.kind == .media, !named.contains(code), !isStateOutlet(definition.position) { continue }
                need(code, definition.position)
            }
        }
        // "MOGADISHU, June 23 (Reuters) -": where no country has more than one piece of
        // evidence, the dateline's city places the story in its country.
        // "Yaounde (AFP) - … a market in Cameroon's restive North-West region": a dateline the
        // lead sentence confirms as the scene is the place said twice, and outweighs a country
        // met later as a mediator or a side ("Switzerland has tried to mediate").
        let lead = TextPosition(sentence: 0, token: 0)
        if let code = datelineCountry(), contextCountries[0]?.contains(where: { $0.0 == code }) == true {
            vote(code, lead)
            vote(code, lead)
        } else if evidence.values.allSatisfy({ $0.count <= 1 }), let code = datelineCountry() { vote(code, lead) }
        // The headline's country, when the body names it too (HeadlineCountry.swift).
        if let code = headlineCountry, needed[code] != nil {
            vote(code, lead)
            vote(code, lead)
        }
        homeCountry = evidence.max { ($0.value.count, $1.value.first) < ($1.value.count, $0.value.first) }?.key
        if let home = homeCountry, let position = evidence[home]?.first,
           sentences.contains(where: { $0.chunks.contains { if case .government(nil) = $0.kind { true } else { false } } }) {
            need(home, position)
        }
        if let position = bareCongress {
            let code = bareCongressState(named: named) ?? "US"
            if code != "US" {
                rehomeBareCongress(to: code)
                // "Congress will debate …, lawmaker Ruth Luque said": the scene it set is its state's.
                for (s, token) in bareCongressScenes {
                    contextCountries[s] = contextCountries[s]?.map { $0.1 == token && $0.0 == "US" ? (code, token) : $0 }
                }
            }
            need(code, position)
        }
        let sharedShortNames = sharedShortNameTargets(needed: needed)
        for (code, target) in sharedShortNames {
            // The short name's first actor-like use makes the state it stands for an actor.
            if let position = needed.removeValue(forKey: code) { need(target, position) }
        }
        for (code, position) in needed.sorted(by: { $0.value < $1.value }) { _ = countryRecord(code, at: position) }
        for (code, target) in sharedShortNames { countryRecords[code] = countryRecords[target] }
    }

    /// A company, charity or group the text introduces by what it is ("the Slovak firm ESET").
    static func isPrivateBody(kind: ActorKind, descriptor: String?, governmental: Bool) -> Bool {
        kind == .organization && descriptor != nil && !governmental
    }

    /// Countries the text names, by name or by a capital standing for the state, not only by adjective.
    func namedCountries() -> Set<String> {
        var codes: Set<String> = []
        for sentence in sentences {
            for chunk in sentence.chunks {
                switch chunk.kind {
                case .country(let country): codes.insert(country.code)
                case .city(let city): if let code = capitalCountry(city, surface: chunk.surface) { codes.insert(code) }
                default: break
                }
            }
        }
        return codes
    }

    /// The country of the city that opens a wire dateline: "MOGADISHU, June 23 (Reuters) -",
    /// "Tashkent (AFP) -".
    func datelineCountry() -> String? {
        guard let lead = sentences.first, lead.ref.sentence == 1, let chunk = lead.chunk(startingAt: 0),
              case .city(let city) = chunk.kind, let next = lead.token(chunk.tokens.upperBound), [",", "("].contains(next.text),
              lead.tokens.prefix(12).contains(where: { ["-", "—", "–"].contains($0.text) }) else { return nil }
        return city.country
    }

    /// The international body that a seat city stands for, when the text names that body.
    func seatBody(of city: String) -> Int? {
        for body in NameLexicon.seatsOfInternationalBodies[city] ?? [] {
            if let index = resolve(body) { return index }
        }
        return nil
    }

    /// The country's adjective as this text writes it ("Tajik", not "Tadzhik"), else the usual one.
    func preferredDemonym(of country: Gazetteer.Country) -> String {
        for sentence in sentences {
            for chunk in sentence.chunks {
                if case .demonym(let c) = chunk.kind, c.code == country.code, chunk.tokens.count == 1 { return chunk.surface }
            }
        }
        return country.demonyms.first ?? country.name
    }

    /// The country a body at `position` belongs to when the text does not say: at the start
    /// of a sentence the subject of the sentence before, else the subject nearest in its own.
    func contextCountry(at position: TextPosition) -> String? {
        let own = subjectCountries[position.sentence]?.min { abs($0.1 - position.token) < abs($1.1 - position.token) }?.0
        let before = subjectCountries[position.sentence - 1]?.min { $0.1 < $1.1 }?.0
        return position.token <= 1 ? before ?? own : own ?? before
    }

    mutating func countryRecord(_ code: String, at position: TextPosition) -> Int? {
        if let index = countryRecords[code] { return index }
        guard let country = gazetteer.country(code: code) else { return nil }
        var record = ActorRecord(name: country.name, kind: .country, defined: position)
        record.countryCode = code
        let index = newRecord(record)
        countryRecords[code] = index
        return index
    }

    mutating func resolveAffiliations() {
        var namedOnce: Set<String>?
        for index in records.indices where absorbed[index] == nil {
            let record = records[index]
            switch record.qualifier {
            case .country(let code)?:
                if countryRecords[code] == nil, Self.isPrivateBody(kind: record.kind, descriptor: record.descriptor, governmental: record.governmental) { break }
                if countryRecords[code] == nil, record.kind == .media, !isStateOutlet(record.defined) {
                    // Scanned once, and only when an outlet needs it.
                    if namedOnce == nil { namedOnce = namedCountries() }
                    if namedOnce?.contains(code) == false { break }
                }
                if let c = countryRecord(code, at: record.defined), c != index { records[index].affiliation = records[c].name }
                // "Panama's Foreign Ministry": named as news names a country's ministry, with its
                // adjective ("Panamanian Foreign Ministry"); the form as written stays an alias.
                let words = record.name.split(separator: " ")
                if record.kind == .organization, words.count == 2, words[1] == "Ministry", let country = gazetteer.country(code: code),
                   !country.demonyms.contains(String(words[0])) {
                    let named = preferredDemonym(of: country) + " " + record.name
                    records[index].addAlias(record.name)
                    records[index].name = named
                    lookup[named.lowercased()] = index
                }
            case .surface(let surface)?:
                if let target = resolve(surface), target != index {
                    records[index].affiliation = records[target].name
                } else if let people = personWords[surface.lowercased()], let person = people.first, person != index {
                    records[index].affiliation = records[person].name
                }
            case nil where record.kind == .organization && !record.international:
                // "the Ministry of Commerce said" in a text about China: China's ministry.
                let words = record.name.split(separator: " ").map { $0.lowercased() }
                let first = words.first ?? ""
                // The country in context first: "The Australian government rejected that. … a
                // spokesperson for the Department of Foreign Affairs and Trade said" in a text about Timor-Leste.
                if ["ministry", "department", "office", "bureau", "directorate", "cabinet"].contains(first),
                   let home = contextCountry(at: record.defined) ?? homeCountry, let c = countryRecord(home, at: record.defined) {
                    records[index].affiliation = records[c].name
                } else if words.count == 2, words[1] == "ministry", let code = contextCountry(at: record.defined) ?? homeCountry,
                          let c = countryRecord(code, at: record.defined), let country = gazetteer.country(code: code) {
                    // "Tajikistan questioned … Foreign Ministry spokeswoman X said": the ministry of the
                    // country in context, named as the text would name it with its country.
                    records[index].affiliation = records[c].name
                    let named = preferredDemonym(of: country) + " " + record.name
                    records[index].addAlias(record.name)
                    records[index].name = named
                    lookup[named.lowercased()] = index
                }
            case nil where record.kind == .person && record.role.map(Self.roleNamesOrganization) == true:
                // "ministry spokeswoman Shu Jueting" after "the Ministry of Commerce said": the
                // ministry's spokeswoman.
                let role = record.role ?? ""
                let words = role.split(separator: " ").map(String.init)
                guard let cue = words.dropLast().lastIndex(where: { NameLexicon.organizationCues.contains($0.lowercased()) }) else { break }
                let word = words[cue].lowercased()
                // A minister's portfolio word ("Mining Minister") names no union or company (MinisterPortfolios.swift).
                let portfolio = Self.isMinisterOfPortfolio(role)
                let organization = records.indices.filter {
                    absorbed[$0] == nil && records[$0].kind == .organization && records[$0].defined < record.defined
                        && records[$0].name.lowercased().split(separator: " ").contains(Substring(word))
                        && (!portfolio || records[$0].governmental)
                }.max { records[$0].defined < records[$1].defined }
                if let organization {
                    records[index].affiliation = records[organization].name
                    records[index].role = words[(cue + 1)...].joined(separator: " ")
                }
            case nil:
                // An office of state without a qualifier: the country that is the subject
                // nearest to the person in the same sentence ("Trudeau said Canada was …"),
                // else the country the text is about.
                guard record.kind == .person, let role = record.role else { break }
                let head = Self.roleHead(role)
                guard Self.stateTitleHeads.contains(head) else { break }
                // "Opposition lawmaker Ana Torres": not the government's (OppositionTitles.swift).
                if holdsOppositionTitle(at: record.defined, nameLength: max(1, record.nameWords.count)) { break }
                let sentence = record.defined.sentence
                func nearest(_ list: [(String, Int)]?, within distance: Int = .max) -> String? {
                    list?.filter { abs($0.1 - record.defined.token) <= distance }
                        .min { abs($0.1 - record.defined.token) < abs($1.1 - record.defined.token) }?.0
                }
                // A subject of the sentence first, then any country or state institution in it,
                // then the subject of the sentence before, then a country whose government or
                // institution the sentence before names.
                // A country named after the person as the one met or spoken with is the other party.
                let counterparts = Set((contextCountries[sentence] ?? []).map(\.1).filter { namesCounterpart($0, after: record.defined.token, in: sentence) })
                func own(_ list: [(String, Int)]?) -> [(String, Int)]? { list?.filter { !counterparts.contains($0.1) } }
                let nearby = nearest(own(subjectCountries[sentence]))
                    ?? nearest(own(contextCountries[sentence]), within: 12)
                    ?? portfolioCountry(of: role, before: record.defined)
                    ?? datelineCountry(among: (subjectCountries[sentence - 1] ?? []) + (contextCountries[sentence - 1] ?? []))
                    ?? subjectCountries[sentence - 1]?.last?.0 ?? contextCountries[sentence - 1]?.last?.0
                if let code = nearby ?? homeCountry, let c = countryRecord(code, at: record.defined) {
                    records[index].affiliation = records[c].name
                }
            }
        }
    }
}
