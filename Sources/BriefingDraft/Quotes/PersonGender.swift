import BriefingModel

/// What the text itself says about a person's grammatical gender, so that "she said" skips a
/// man named after the woman it stands for. Only the text's own evidence counts: an honorific
/// ("Ms", "Mr"), a gendered title ("spokeswoman", "chairman"), and a pronoun in a sentence
/// that names that person and no other ("Okafor said he had asked …"). No guess from a name.
enum PersonGender: Equatable {
    case male, female

    static let femaleWords: Set<String> = [
        "ms", "mrs", "miss", "madam", "madame", "dame", "lady", "queen", "princess", "empress", "duchess", "baroness", "sister",
        "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman", "assemblywoman", "policewoman",
        "sportswoman", "woman", "mother", "wife", "widow", "daughter", "grandmother",
    ]
    static let maleWords: Set<String> = [
        "mr", "sir", "lord", "king", "prince", "emperor", "duke", "baron", "brother",
        "spokesman", "chairman", "congressman", "businessman", "councilman", "assemblyman", "policeman",
        "sportsman", "man", "father", "husband", "widower", "son", "grandfather",
    ]
    /// Gendered words that are only titles, read further back before a name than an honorific.
    static let titleGenderWords: Set<String> = [
        "spokeswoman", "chairwoman", "congresswoman", "councilwoman", "assemblywoman", "policewoman",
        "spokesman", "chairman", "congressman", "councilman", "assemblyman", "policeman",
    ]
    /// Pronouns that stand for the person the sentence names: subject, reflexive, and "his"
    /// ("Kertesz said his members …"); not "her" or "him", which are as often someone else.
    static let subjectPronouns: Set<String> = ["he", "she", "himself", "herself", "his"]
    static let femalePronouns: Set<String> = ["she", "her", "hers", "herself"]
    static let malePronouns: Set<String> = ["he", "him", "his", "himself"]

    /// The gender a pronoun asks for, if any.
    static func of(pronoun: String) -> PersonGender? {
        femalePronouns.contains(pronoun) ? .female : malePronouns.contains(pronoun) ? .male : nil
    }

    static func of(word: String) -> PersonGender? {
        femaleWords.contains(word) ? .female : maleWords.contains(word) ? .male : nil
    }

    /// The persons whose gender the text shows, and shows one way only.
    static func read(_ paragraphs: [ParagraphView], actors: [String: DraftActor]) -> [String: PersonGender] {
        var votes: [String: (male: Int, female: Int)] = [:]
        func vote(_ name: String, _ gender: PersonGender?) {
            guard let gender else { return }
            var current = votes[name] ?? (0, 0)
            if gender == .male { current.male += 1 } else { current.female += 1 }
            votes[name] = current
        }
        for actor in actors.values where actor.kind == .person {
            for word in (actor.role ?? "").lowercased().split(separator: " ") { vote(actor.name, of(word: String(word))) }
        }
        for view in paragraphs {
            let tokens = view.tokens
            var persons: [Int: Set<String>] = [:]  // sentence → persons named outside quotes
            var firstEnd: [Int: Int] = [:]  // sentence → last token of its first person mention
            for mention in view.mentions where mention.kind == .person && !mention.inQuote {
                persons[mention.sentence, default: []].insert(mention.actor)
                if firstEnd[mention.sentence] == nil { firstEnd[mention.sentence] = mention.last }
                // "Ms Wanjiru", "Mr. Okafor": an honorific just before the name or opening it.
                var before = mention.first - 1
                if before >= 0, tokens[before].lower == "." { before -= 1 }
                if before >= 0, tokens[before].kind == .word { vote(mention.actor, of(word: tokens[before].lower)) }
                // "police spokesman Assistant Commissioner Fortune Ndlovu": a gendered title word
                // further back in the unbroken run of title words before the name.
                var k = mention.first - 1
                while k >= 0, mention.first - k <= 4, tokens[k].kind == .word, tokens[k].depth == 0, !NameLexicon.functionWords.contains(tokens[k].lower) {
                    if k < before, titleGenderWords.contains(tokens[k].lower) { vote(mention.actor, of(word: tokens[k].lower)); break }
                    k -= 1
                }
                if let first = mention.surface.split(separator: " ").first {
                    vote(mention.actor, of(word: first.lowercased().trimmingCharacters(in: ["."])))
                }
                vote(mention.actor, appositiveGender(of: mention, in: view))
            }
            // A pronoun after the only person its sentence names stands for that person ("Okafor
            // said he …"); one before it belongs to someone else ("Her lawyer, X, said").
            for (sentence, names) in persons where names.count == 1 {
                guard let name = names.first, let after = firstEnd[sentence], view.sentenceTokens.indices.contains(sentence) else { continue }
                let range = view.sentenceTokens[sentence]
                // "Her lawyer, Marco Rinaldi, said she …": a pronoun of a gender already used
                // before the name stands for that other person, not for the one named.
                let before = Set(range.filter { $0 < after && tokens[$0].kind == .word && tokens[$0].depth == 0 }.compactMap { of(pronoun: tokens[$0].lower) })
                var seen: Set<PersonGender> = []
                for k in range where k > after && tokens[k].kind == .word && tokens[k].depth == 0 {
                    // "Wilk rejected her claims": "her" and "him" often stand for someone the sentence does not name.
                    if !subjectPronouns.contains(tokens[k].lower) { continue }
                    // "Holt rejected his account": the claim answered is someone else's.
                    if tokens[k].lower == "his", k > range.lowerBound, answeringVerbs.contains(tokens[k - 1].lower) { continue }
                    // "Torres, his fiercest critic, disagreed": the appositive's "his" is another's (AppositivePossessive.swift).
                    if opensAppositive(at: k, afterNameEndingAt: after, in: tokens) { continue }
                    // "Grant had shown no remorse, she said": the subject of a verb of saying set
                    // after what it reports is never a person named inside that report.
                    if k > range.lowerBound, [",", "\""].contains(tokens[k - 1].lower), k + 1 < range.upperBound,
                       AttributionLexicon.speechVerbs.contains(tokens[k + 1].lower) { continue }
                    if let gender = of(pronoun: tokens[k].lower), !before.contains(gender) { seen.insert(gender) }
                }
                if seen.count == 1 { vote(name, seen.first) }
            }
        }
        var result: [String: PersonGender] = [:]
        for (name, count) in votes where count.male != count.female {
            result[name] = count.male > count.female ? .male : .female
        }
        return result
    }

    /// Verbs that answer what another said or did: the "his" or "her" of their object is
    /// that other person's ("rejected his account", "questioned his figures").
    static let answeringVerbs: Set<String> = [
        "rejected", "dismissed", "denied", "disputed", "contradicted", "questioned", "challenged", "criticised",
        "criticized", "condemned", "mocked", "ridiculed", "welcomed", "praised", "echoed",
    ]

    /// The gender of a word of kin or a gendered title set beside the name: "The fisherman's
    /// widow, Ragna Holt," (the noun just before the comma that opens the appositive name) or
    /// "Ragna Holt, the fisherman's widow," (the noun that closes the appositive after it).
    static func appositiveGender(of mention: ParagraphView.Mention, in view: ParagraphView) -> PersonGender? {
        let tokens = view.tokens
        if mention.first >= 2, tokens[mention.first - 1].lower == ",", tokens[mention.first - 2].kind == .word,
           let gender = of(word: tokens[mention.first - 2].lower) { return gender }
        var k = mention.last + 1
        guard k < tokens.count, tokens[k].lower == ",", k + 1 < tokens.count, ["the", "a", "an", "his", "her"].contains(tokens[k + 1].lower) else { return nil }
        k += 2
        // The head noun: the word before a preposition ("the wife of the fisherman's brother"
        // is a wife), else the word before the closing comma.
        while k < tokens.count, k <= mention.last + 8, tokens[k].kind == .word || ["'", "’"].contains(tokens[k].lower) {
            if ["of", "for", "at", "from", "in", "with", "to", "who", "whose"].contains(tokens[k].lower) { return of(word: tokens[k - 1].lower) }
            k += 1
        }
        guard k < tokens.count, tokens[k].lower == ",", tokens[k - 1].kind == .word else { return nil }
        return of(word: tokens[k - 1].lower)
    }
}
