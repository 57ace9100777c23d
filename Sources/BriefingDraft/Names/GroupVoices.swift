import BriefingModel

/// Unnamed groups that take a position: "Critics say", "Some opposition lawmakers said",
/// "Rights groups dispute that", "Some experts are not convinced". News text gives such
/// voices a side of a dispute without naming anyone, so they are drafted as actors of kind
/// `other`, named by the phrase as written without its quantifier ("Opposition lawmakers").
extension NameFinding {
    /// Plural heads of such phrases: people who hold views as a class, not as an office.
    static let voiceHeads: Set<String> = [
        "critics", "experts", "analysts", "campaigners", "activists", "lawmakers", "politicians", "prosecutors",
        "diplomats", "economists", "observers", "opponents", "environmentalists", "scientists", "academics",
        "residents", "villagers", "researchers", "witnesses", "protesters", "demonstrators", "survivors",
        "organisers", "organizers",
        // "Relatives disputed that", "Families of the dead say": kin as a class, not one person's.
        "relatives", "families",
    ]

    /// Heads that need a modifier to be a voice ("rights groups", "aid groups", "aid workers").
    /// "community leaders", "opposition leaders": not "world leaders" alone.
    static let modifiedVoiceHeads: Set<String> = ["groups", "organisations", "organizations", "parties", "workers", "leaders"]

    /// Quantifiers and openers before the phrase that are not part of its name.
    /// "Two economists who have advised the government": a number counts the voice, it does not name it.
    static let voiceOpeners: Set<String> = [
        "some", "many", "other", "several", "most", "but", "and", "yet", "however",
        "a", "few", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ]

    /// Words within a few tokens after the phrase that show it takes a position.
    static let stanceWords: Set<String> = [
        "said", "say", "says", "argue", "argued", "argues", "dispute", "disputed", "disputes", "doubt", "doubted",
        "doubts", "question", "questioned", "warn", "warned", "insist", "insisted", "accuse", "accused", "accusing",
        "convinced", "criticised", "criticized", "called", "contend", "contended", "complain", "complained",
        "allege", "alleged", "claim", "claimed", "reject", "rejected", "rejects", "deny", "denied", "denies",
        "dismissed", "sceptical", "skeptical", "unconvinced", "doubtful", "told", "tell", "tells",
        // "Organisers put the toll at 14": a count of their own.
        "put", "puts",
        // "Farmers in Chihuahua … did not believe her" (`PositionFinder.isDisbelief`); "believed" reports a view.
        "believe", "believed",
    ]

    /// Participles that say where a group stands before it speaks ("Relatives gathered outside …").
    static let waitingParticiples: Set<String> = ["gathered", "waiting", "standing", "camped", "queuing", "queueing", "sitting", "assembled", "crowded"]
    static let waitingPlaces: Set<String> = placePrepositions.union(["inside", "by", "behind", "beside"])

    /// "Fishermen in the port told a different story", "residents told reporters": speaking to
    /// someone is saying; only in the passive ("were told") is the group the one spoken to.
    static let toldWords: Set<String> = ["told", "tell", "tells"]
    static let passiveAuxiliaries: Set<String> = ["was", "were", "been", "be", "being", "is", "are", "get", "got"]

    /// The group voices of one sentence, as definitions.
    mutating func defineGroupVoices(in sentence: AnalyzedSentence) {
        // "OSLO (Reuters) - Critics say": the phrase opens the sentence after its dateline.
        defineGroupVoice(from: sentence.datelineEnd, in: sentence, afterContrast: false)
        for start in sentence.tokens.indices where Self.opensContrastClause(sentence, at: start) {
            defineGroupVoice(from: start, in: sentence, afterContrast: true)
        }
        defineFramedGroupVoices(in: sentence)
        defineDefiniteGroupVoices(in: sentence)
        defineKinGroupVoices(in: sentence)
        // "The miners' union said" (OwnedMemberBodies.swift).
        defineOwnedMemberBody(in: sentence)
        // "“…!” the strikers chanted" (ChantingGroups.swift).
        defineChantingGroups(in: sentence)
    }

    /// Connectives that set a clause against the one before: "…, but aid groups say …".
    static let contrastConnectives: Set<String> = ["but", "though", "although", "while", "whereas", "yet"]

    /// "…, but aid groups working in the flood-hit districts say the real toll is far higher":
    /// a voice set against the account before it, after a comma and a contrastive connective,
    /// takes the other side. (Voices after a plain ", and critics say" or "said" were tried: as
    /// many of them hold no side in the gold sets as do.)
    static func opensContrastClause(_ sentence: AnalyzedSentence, at t: Int) -> Bool {
        let tokens = sentence.tokens
        guard t >= 2, t < tokens.count, tokens[t - 2].kind == .punct, [",", ";"].contains(tokens[t - 2].text) else { return false }
        return tokens[t - 1].is(contrastConnectives)
    }

    /// The group voice whose phrase opens at `opening`, if one takes a position there.
    mutating func defineGroupVoice(from opening: Int, in sentence: AnalyzedSentence, afterContrast: Bool, framedByPlace: Bool = false) {
        let tokens = sentence.tokens
        var t = opening
        // A phrase that opens its clause, after at most two openers ("But some critics").
        while t < tokens.count, t < opening + 2, tokens[t].isWord, Self.voiceOpeners.contains(tokens[t].lower) { t += 1 }
        guard t < tokens.count, sentence.chunkAt[t] == nil || isModifierChunk(sentence, at: t) || isPartyModifierChunk(sentence, at: t) else { return }
        let partyModified = sentence.chunkAt[t] != nil
        var head: Int?
        var k = t
        while k < tokens.count, k - t < 3, tokens[k].isWord {
            let word = tokens[k].lower
            // "Residents' groups", "Farmers' unions": a group owned by a plural (`PossessiveGroupVoices`).
            if let owned = Self.possessiveGroupHead(after: k, in: tokens) { head = owned; break }
            if Self.voiceHeads.contains(word) || (k > t && Self.modifiedVoiceHeads.contains(word)) { head = k; break }
            if partyModified, k > t, Self.legislatorHeads.contains(word) { head = k; break }
            if Self.placedVoiceHeads.contains(word), Self.isPlacedOrSetAgainst(at: k, in: sentence, afterContrast: afterContrast || framedByPlace) { head = k; break }
            if Self.isLocalOfficials(at: k, from: t, in: sentence) { head = k; break }
            if Self.stanceWords.contains(word) || NameLexicon.functionWords.contains(word) { break }
            k += 1
        }
        guard var head else { return }
        // "Residents and aid workers": two voices joined are one side.
        if head + 2 < tokens.count, tokens[head + 1].lower == "and", sentence.chunkAt[head + 2] == nil {
            if Self.voiceHeads.contains(tokens[head + 2].lower) {
                head += 2
            } else if head + 3 < tokens.count, tokens[head + 2].isWord, !NameLexicon.functionWords.contains(tokens[head + 2].lower),
                      Self.modifiedVoiceHeads.contains(tokens[head + 3].lower) || Self.voiceHeads.contains(tokens[head + 3].lower) {
                head += 3
            }
        }
        // "…, but residents and an opposition group said": inside a sentence, a voice joined to
        // something else is only part of the subject, and the other part holds the side.
        if afterContrast, head + 1 < tokens.count, tokens[head + 1].lower == "and" { return }
        var v = head + 1
        var found = false
        // "Residents of the northern town of Piedra Alta say": the stance may come after an "of" phrase.
        // "Fishermen on the island's north coast say": a placed head's place may be as long.
        // "Opposition lawmakers in the Saeima, Latvia's parliament, accused": any voice may be placed by "in".
        let placed = Self.placedVoiceHeads.contains(tokens[head].lower) ? Self.placePrepositions : ["of", "in"]
        // "Residents who have lived near the mine for decades and who lost their wells say": past a relative clause.
        let relative = head + 1 < tokens.count && ["who", "whose"].contains(tokens[head + 1].lower)
        let placedPhrase = head + 1 < tokens.count && placed.contains(tokens[head + 1].lower)
        // "Relatives gathered outside the mine's administrative building said": where they wait.
        let waiting = head + 2 < tokens.count && Self.waitingParticiples.contains(tokens[head + 1].lower)
            && Self.waitingPlaces.contains(tokens[head + 2].lower)
        var reach = relative ? 30 : placedPhrase || waiting ? 10 : 6
        var describedPlace = false
        while v < tokens.count, v - head <= reach {
            // "Diplomats, speaking on condition of anonymity, said": the aside says how, not what.
            if Self.opensSpeakingAside(sentence, at: v) { reach += 10 }
            // "Residents of Ha Ntsie, a village of about 400 people near the dam wall, said": an
            // apposition describing the place (once) lengthens the phrase.
            if placedPhrase, !describedPlace, v + 1 < tokens.count, tokens[v].kind == .punct, tokens[v].text == ",",
               ["a", "an", "the"].contains(tokens[v + 1].lower) { describedPlace = true; reach += 12 }
            // "Residents were told to leave": a group that is told something holds no view.
            if tokens[v].isWord, Self.stanceWords.contains(tokens[v].lower),
               !(Self.toldWords.contains(tokens[v].lower) && Self.passiveAuxiliaries.contains(tokens[v - 1].lower)) { found = true; break }
            // "Independent economists have made a similar case": they take up the account before.
            if Self.makesSimilarCase(tokens, at: v) { found = true; break }
            if tokens[v].kind == .punct, [".", ";", ":"].contains(tokens[v].text) { break }
            v += 1
        }
        guard found else { return }
        if Self.possessiveGroupHead(after: head - 2, in: tokens) == head, !Self.possessiveGroupTakesSide(tokens, verb: v) { return }
        let nameStart = partyModified ? Self.partyNameStart(sentence, from: t, head: head) : t
        let phrase = sentence.surface(nameStart..<(head + 1))
        let words = (nameStart...head).filter { tokens[$0].isWord || Self.isPluralPossessiveMark(tokens[$0]) }.map { tokens[$0].lower }
        guard let first = words.first, voicePhrases[first]?.contains(where: { $0.words == words }) != true else { return }
        // "Aid groups say …" then "Aid workers questioned …": one voice under two heads, as long
        // as the modifier that makes them a voice is the same.
        let earlier = words.count >= 2 ? voicePhrases[first]?.first(where: { $0.words.count >= 2 }) : nil
        let name = earlier?.name ?? phrase.prefix(1).uppercased() + phrase.dropFirst()
        voicePhrases[first, default: []].append((words, name))
        voicePhrases[first]?.sort { $0.words.count > $1.words.count }
        // "Opposition Socialist lawmakers" is a mention of "Socialist lawmakers" as written.
        if nameStart > t { voicePhrases[tokens[t].lower, default: []].insert(((t...head).map { tokens[$0].lower }, name), at: 0) }
        guard earlier == nil else { return }
        definitions.append(ActorDefinition(kind: .other, name: name, position: TextPosition(sentence: sentence.order, token: t)))
    }

    /// A group voice's phrase at token `t`, as a mention of it ("aid groups" inside a later
    /// sentence, where no chunk names it). Returns the token after it.
    mutating func voiceMention(at t: Int, in sentence: AnalyzedSentence) -> Int? {
        let tokens = sentence.tokens
        guard tokens[t].isWord, let candidates = voicePhrases[tokens[t].lower] else { return nil }
        for candidate in candidates where t + candidate.words.count <= tokens.count {
            let range = t..<(t + candidate.words.count)
            guard zip(range, candidate.words).allSatisfy({ (tokens[$0.0].isWord || Self.isPluralPossessiveMark(tokens[$0.0])) && tokens[$0.0].lower == $0.1 }),
                  let index = resolve(candidate.name) else { continue }
            addMention(index, tokens: range, in: sentence, alias: sentence.surface(range))
            for alias in Self.placedPhraseAliases(of: range, in: sentence) { records[index].addAlias(alias) }
            return range.upperBound
        }
        return nil
    }

    /// "Western diplomats", "Opposition lawmakers": a capitalised word before the head that is
    /// a modifier, not a name of its own (a demonym keeps its country: "Japanese officials" is Japan).
    func isModifierChunk(_ sentence: AnalyzedSentence, at t: Int) -> Bool {
        guard let chunk = sentence.chunk(startingAt: t), chunk.tokens.count == 1 else { return false }
        if case .name = chunk.kind { return NameLexicon.nonNameCapitals.contains(chunk.surface) || sentence.isSentenceStart(t) || t == sentence.datelineEnd }
        return false
    }
}
