import BriefingModel

/// The whole text as paragraph views, and the grammar that finds who says something:
/// the subject of a verb of saying, "said X", "according to X", pronouns and definite
/// descriptions ("the group") resolved to the actor mentioned before them.
struct AttributionText: Sendable {
    struct Position: Comparable {
        var paragraph: Int  // index into `paragraphs`
        var token: Int
        static func < (a: Position, b: Position) -> Bool {
            (a.paragraph, a.token) < (b.paragraph, b.token)
        }
    }

    /// Who a cue credits, and the medium that carried it.
    struct Speaker: Equatable {
        var actor: String
        var via: String?
    }

    let paragraphs: [ParagraphView]
    let actors: [String: DraftActor]
    /// How far back (in paragraphs) a pronoun or description may look for its actor.
    let window = 4

    init(text: DraftText, actors: [DraftActor], mentions: MentionIndex) {
        var byName: [String: DraftActor] = [:]
        for actor in actors where byName[actor.name] == nil { byName[actor.name] = actor }
        self.actors = byName
        paragraphs = text.paragraphs.map { ParagraphView(paragraph: $0, actors: byName, mentions: mentions) }
        genders = PersonGender.read(paragraphs, actors: byName)
        organisationsByHead = Self.organisationsByHead(byName)
        voiceParties = Self.voiceParties(paragraphs, actors: byName)
    }

    /// Group voices of legislators the text names with their party: the party speaks.
    let voiceParties: [String: String]

    /// Each organisation under the last word of its name and each of its aliases (with and
    /// without "the"), lower case: `PositionFinder.actorNamed(byHead:)` asks at many words,
    /// and lower-casing every actor's name each time cost more than the rest of its search.
    let organisationsByHead: [String: Set<String>]

    static func organisationsByHead(_ actors: [String: DraftActor]) -> [String: Set<String>] {
        var index: [String: Set<String>] = [:]
        for actor in actors.values where actor.kind != .person {
            if let last = actor.name.lowercased().split(separator: " ").last { index[String(last), default: []].insert(actor.name) }
            for alias in actor.aliases {
                let lower = alias.lowercased()
                index[lower, default: []].insert(actor.name)
                if lower.hasPrefix("the ") { index[String(lower.dropFirst(4)), default: []].insert(actor.name) }
            }
        }
        return index
    }

    /// The persons whose gender the text shows: "she said" does not stand for a man.
    let genders: [String: PersonGender]

    /// Whether an actor may be what a pronoun stands for, by the gender the text shows for it.
    func fits(_ name: String, pronoun: String) -> Bool {
        guard let wanted = PersonGender.of(pronoun: pronoun), let known = genders[name] else { return true }
        return wanted == known
    }

    typealias L = AttributionLexicon

    // MARK: Cues

    /// A verb of saying outside quotes, or "according to".
    func isCue(_ p: Int, _ t: Int) -> Bool {
        let view = paragraphs[p]
        let token = view.tokens[t]
        guard token.kind == .word, token.depth == 0 else { return false }
        if token.lower == "according" {
            return t + 1 < view.tokens.count && view.tokens[t + 1].lower == "to"
        }
        guard L.speechVerbs.contains(token.lower) || isDocumentReading(t, in: p) else { return false }
        if isStateNoun(t, in: p) { return false }
        // "quoted X as saying": the verb is "quoted".
        if token.lower == "saying", t > 0, view.tokens[t - 1].lower == "as" { return false }
        // "the reported shipments", "a quoted figure": an adjective, not a verb.
        if t > 0, view.tokens[t - 1].kind == .word, L.determiners.contains(view.tokens[t - 1].lower) { return false }
        if isPossessedNoun(t, in: p) { return false }
        if isReportedAct(t, in: p) { return false }
        // "called for", "warned of" still say something; "asked about" too. Keep all.
        return true
    }

    /// "The court ruled on Wednesday that …", "a report … found that …": a finding of a court,
    /// a judge or an inquiry states what it holds true, as a verb of saying does. Only with a
    /// "that" clause soon after the verb (not "found a body", "ruled out talks").
    func isFinding(_ p: Int, _ t: Int) -> Bool {
        let tokens = paragraphs[p].tokens
        // ", ruling that …" after what the court did: the participle after a comma, "that" next
        // (not the noun: "the ruling that the law was void").
        if L.findingParticiples.contains(tokens[t].lower), tokens[t].depth == 0, t > 0, tokens[t - 1].lower == ",",
           t + 1 < tokens.count, tokens[t + 1].lower == "that" { return true }
        guard L.findingVerbs.contains(tokens[t].lower), tokens[t].kind == .word, tokens[t].depth == 0 else { return false }
        var k = t + 1
        while k < tokens.count, k <= t + 7, tokens[k].kind == .word, tokens[k].depth == 0 {
            if tokens[k].lower == "that" { return true }
            k += 1
        }
        return false
    }

    /// A cue that attributes a quote: "the state had added more than 5,000 beds and that “…”"
    /// adds things, not words. (A stance keeps such a verb: an act can still take a side.)
    func isQuoteCue(_ p: Int, _ t: Int) -> Bool {
        // "Justice Aoife Delaney found that the policy was “incompatible” with the directive."
        if isFinding(p, t) { return true }
        guard isCue(p, t), !isReportedIntention(t, in: p), !isActGerundAfterOf(t, in: p) else { return false }
        let tokens = paragraphs[p].tokens
        guard ["add", "adds", "added", "adding"].contains(tokens[t].lower), t + 1 < tokens.count else { return true }
        let next = tokens[t + 1].lower
        return !(next.first?.isNumber == true || L.addedObjectOpeners.contains(next))
    }

    /// "insisted that the company had known about it before reporting it and that …": a
    /// participle after "before", "after" or "without" inside what another verb of saying
    /// reports is an act of that clause's subject, not a new attribution.
    func isReportedAct(_ t: Int, in p: Int) -> Bool {
        let tokens = paragraphs[p].tokens
        guard L.isParticiple(tokens[t].lower), t > 0, ["before", "after", "without"].contains(tokens[t - 1].lower) else { return false }
        let sentence = tokens[t].sentence
        var k = t - 2
        var sawThat = false
        // The reporting verb stands close by; looking further is wasted work on run-on text.
        while k >= max(0, t - 60), tokens[k].sentence == sentence {
            if tokens[k].kind == .word, tokens[k].depth == 0 {
                if tokens[k].lower == "that" { sawThat = true }
                if sawThat, L.speechVerbs.contains(tokens[k].lower) { return true }
            }
            k -= 1
        }
        return false
    }

    /// The actor a cue credits, with the medium named in its clause.
    func speaker(ofCue t: Int, in p: Int) -> Speaker? {
        let view = paragraphs[p]
        let word = view.tokens[t].lower
        var actor: String?
        var viaFromSubject: String?
        if word == "according" {
            // "according to two employees who spoke to AFP": the outlet they spoke to, inside
            // the relative clause, is not the source.
            actor = firstActor(after: t + 1, in: p, stoppingAtRelative: true)
        } else if word == "quoted" || word == "cited" {
            if isPassive(before: t, in: p) {
                actor = subject(before: t, in: p)
            } else if let object = firstActor(after: t, in: p, limit: 6) {
                // "RIA quoted Lavrov as saying": the speaker is the object, the subject the medium.
                actor = object
                if let medium = subject(before: t, in: p), actors[medium]?.kind == .media { viaFromSubject = medium }
            } else {
                actor = subject(before: t, in: p)
            }
        } else if isPassive(before: t, in: p), let agent = agent(after: t, in: p) {
            actor = agent
        } else if L.addresseeVerbs.contains(word), isPassive(before: t, in: p), let reporter = earlierCueSpeaker(before: t, in: p) {
            // "An official said Serra had been told that he “no longer had the confidence” …":
            // the subject of a passive verb of telling heard the words; the verb of saying
            // before it in the sentence names who reports them.
            return reporter
        } else if isInverted(t, in: p) {
            actor = subjectAfter(t, in: p)
        } else {
            actor = subject(before: t, in: p)
        }
        guard var actor else { return nil }
        if let party = voiceParties[actor] { actor = party }
        if let quoted = quotedPerson(afterCue: t, in: p) { actor = quoted }
        let via = viaFromSubject ?? medium(after: t, in: p, excluding: actor)
        return Speaker(actor: actor, via: via)
    }

    /// The speaker of the nearest cue before `t` in its sentence.
    func earlierCueSpeaker(before t: Int, in p: Int) -> Speaker? {
        let view = paragraphs[p]
        let sentence = view.tokens[t].sentence
        guard view.sentenceTokens.indices.contains(sentence) else { return nil }
        var k = t - 1
        while k >= view.sentenceTokens[sentence].lowerBound {
            if isQuoteCue(p, k), let speaker = speaker(ofCue: k, in: p) { return speaker }
            k -= 1
        }
        return nil
    }

    /// "was quoted", "have been denied".
    func isPassive(before t: Int, in p: Int) -> Bool {
        let tokens = paragraphs[p].tokens
        var index = t - 1
        while index >= 0, tokens[index].kind == .word, tokens[index].depth == 0,
              ["also", "repeatedly", "widely", "reportedly", "since", "previously", "not", "never"].contains(tokens[index].lower) { index -= 1 }
        guard index >= 0, tokens[index].kind == .word else { return false }
        return ["was", "were", "been", "being", "is", "are", "be"].contains(tokens[index].lower)
    }

    /// "denied by the Federal Government": the actor after "by" in the clause.
    func agent(after t: Int, in p: Int) -> String? {
        let tokens = paragraphs[p].tokens
        var index = t + 1
        while index < tokens.count, index <= t + 12 {
            let token = tokens[index]
            if token.kind == .punct, [".", ";", ":"].contains(token.lower) { return nil }
            if token.kind == .open { return nil }
            if token.kind == .word, token.depth == 0, token.lower == "by" {
                return firstActor(after: index, in: p, limit: 8)
            }
            index += 1
        }
        return nil
    }

    /// "…,” said X" and "…, said the ministry": the verb comes right after a quote or a comma that follows one.
    func isInverted(_ t: Int, in p: Int) -> Bool {
        let tokens = paragraphs[p].tokens
        guard t > 0 else { return false }
        // "…”, quoting a study by X": a participle takes its main clause's subject, never one after it.
        if L.isParticiple(tokens[t].lower) { return false }
        if isVerbBeforeItsClause(t, in: p) { return false }
        let previous = tokens[t - 1]
        if previous.kind == .close { return true }
        if previous.kind == .punct, previous.lower == "," {
            if t >= 2, tokens[t - 2].kind == .close { return true }
        }
        // A verb that opens its sentence after a quote in an earlier sentence.
        if previous.sentence != tokens[t].sentence { return true }
        return false
    }

    // MARK: Subjects

    /// The subject of the verb at `t`: the phrase that ends just before it, over adverbs and
    /// time words, over an appositive between commas; a pronoun or relative pronoun resolved.
    func subject(before t: Int, in p: Int) -> String? {
        let view = paragraphs[p]
        let tokens = view.tokens
        let floor = view.sentenceTokens.indices.contains(tokens[t].sentence) ? view.sentenceTokens[tokens[t].sentence].lowerBound : 0
        if L.isParticiple(tokens[t].lower), t > 0, tokens[t - 1].kind == .punct || ["while", "after", "before", "when", "by"].contains(tokens[t - 1].lower) {
            return mainSubject(of: tokens[t].sentence, in: p, before: t)
        }
        var j = t - 1
        while j >= floor {
            if isSkippable(j, in: p) { j -= 1; continue }
            // A parenthesis between subject and verb: "the North Atlantic Treaty Organization (NATO) said".
            if tokens[j].kind == .punct, tokens[j].lower == ")" {
                var k = j - 1
                while k >= floor, !(tokens[k].kind == .punct && tokens[k].lower == "(") { k -= 1 }
                guard k >= floor else { return nil }
                // The abbreviation itself may be the mention.
                if let inside = view.mention(endingAt: j - 1), inside.first > k, k - 1 >= floor, view.mention(endingAt: k - 1) == nil {
                    return inside.actor
                }
                j = k - 1
                continue
            }
            break
        }
        guard j >= floor else { return nil }
        if let head = speakerBeforeModifier(floor: floor, through: j, in: p) { return head }
        return subject(endingAt: j, floor: floor, in: p, appositives: 2)
    }

    /// "’s military government", "’s government": what follows a possessive names its government.
    func ownsGovernment(after last: Int, in p: Int) -> Bool {
        let tokens = paragraphs[p].tokens
        var k = last + 1
        if k < tokens.count, tokens[k].kind != .word { k += 1 }  // the possessive mark
        var words = 0
        while k < tokens.count, words < 3, tokens[k].kind == .word, !tokens[k].isCapitalized {
            if NameLexicon.governmentWords.contains(tokens[k].lower) {
                // "Chad's government spokesman, Moussa Abdelkerim, said": the government is a
                // modifier of the person who speaks.
                let next = k + 1 < tokens.count && tokens[k + 1].kind == .word ? tokens[k + 1].lower : ""
                return !L.personNouns.contains(next)
            }
            k += 1
            words += 1
        }
        return false
    }

    func isSkippable(_ j: Int, in p: Int) -> Bool {
        let tokens = paragraphs[p].tokens
        let token = tokens[j]
        if token.kind == .word {
            if token.depth > 0 { return false }
            if paragraphs[p].mention(endingAt: j) != nil { return false }
            if L.betweenSubjectAndVerb.contains(token.lower) { return true }
            if !token.isCapitalized, token.lower.count > 4, token.lower.hasSuffix("ly") { return true }
            if token.lower.allSatisfy(\.isNumber) { return true }
            return false
        }
        // "on Sept. 5": the dot of an abbreviated month.
        if token.kind == .punct, token.lower == ".", j > 0, tokens[j - 1].kind == .word,
           L.betweenSubjectAndVerb.contains(tokens[j - 1].lower) { return true }
        return false
    }

    func subject(endingAt j: Int, floor: Int, in p: Int, appositives: Int) -> String? {
        let view = paragraphs[p]
        let tokens = view.tokens
        let token = tokens[j]
        if let person = demonymPerson(endingAt: j, floor: floor, in: p) { return person }
        if let mention = view.mention(endingAt: j) {
            if let person = person(before: mention, in: p) { return person }
            if let group = groupVoice(before: mention, floor: floor, in: p) { return group }
            if let first = firstOfCoordinatedSubject(endingWith: mention, floor: floor, in: p) { return first }
            if let author = documentBeforePhrase(endingWith: mention, floor: floor, in: p) { return author }
            return mention.actor
        }
        if token.kind == .word, let group = waitingGroup(endingAt: j, floor: floor, in: p) { return group }
        switch token.kind {
        case .close, .open:
            return nil
        case .punct:
            // "The National Anti-Corruption Council (CNA), a watchdog, said": the name before its
            // abbreviation in parentheses.
            if token.lower == ")" {
                var k = j - 1
                while k >= floor, !(tokens[k].kind == .punct && tokens[k].lower == "(") { k -= 1 }
                guard k - 1 >= floor else { return nil }
                return view.mention(endingAt: k - 1)?.actor
            }
            guard token.lower == ",", appositives > 0 else { return nil }
            // An appositive: "Putin, guest of honour at …, told".
            var k = j - 1
            while k >= floor {
                let candidate = tokens[k]
                if candidate.kind == .close || candidate.kind == .open { return nil }
                if candidate.kind == .punct, [";", ":"].contains(candidate.lower) { return nil }
                if candidate.kind == .punct, candidate.lower == ",", candidate.depth == 0, !view.isDigitGroupSeparator(k) {
                    // "Sameh Hamdy, speaking alongside his Sudanese counterpart, Ali Youssef, warned":
                    // a name set beside the object of a participle or preposition aside belongs to
                    // the aside; the subject stands before the aside.
                    if let before = subjectBeforeAside(endingAt: k, floor: floor, in: p, appositives: appositives) { return before }
                    // "The foreign ministers of A and B, Ilse Marquardt and Juhan Tamm, said".
                    if let first = firstOfCoordinatedAppositive(from: k, to: j, in: p) { return first }
                    // "its spokeswoman, Yelena Sorokina, said": the name set beside a description is the speaker.
                    if let named = view.mention(endingAt: j - 1), named.first == k + 1, named.kind == .person, !named.possessive {
                        return named.actor
                    }
                    // "The current High Representative, Austrian diplomat Konrad Aigner, said": a
                    // name after its own title words in the appositive.
                    if let named = view.mention(endingAt: j - 1), named.kind == .person, !named.possessive,
                       named.first > k + 1, named.first - (k + 1) <= 3,
                       (k + 1..<named.first).allSatisfy({ (tokens[$0].kind == .word && !NameLexicon.functionWords.contains(tokens[$0].lower))
                           || (tokens[$0].lower == "." && $0 > k + 1 && tokens[$0 - 1].kind == .word) }) {
                        return named.actor
                    }
                    // "Her management company, Global Elite Sports, said": an organisation set beside its kind.
                    if let named = view.mention(endingAt: j - 1), named.first == k + 1, [.organization, .media].contains(named.kind),
                       !named.possessive, k > floor, tokens[k - 1].kind == .word, !tokens[k - 1].isCapitalized,
                       L.organizationNouns.contains(tokens[k - 1].lower) {
                        return named.actor
                    }
                    // "Colonel X, reading a statement from the council, said": the council's words.
                    if let author = authorOfStatementRead(in: (k + 1)..<j, paragraph: p) { return author }
                    if let named = subjectBeforeAppositiveAndAside(asideFrom: k, floor: floor, in: p) { return named }
                    if k - 1 >= floor { return subject(endingAt: k - 1, floor: floor, in: p, appositives: appositives - 1) }
                    return nil
                }
                k -= 1
            }
            // No opening comma: the appositive follows the sentence's first phrase.
            return mainSubject(of: token.sentence, in: p, before: j)
        case .word:
            // "Voss himself said", "Voss himself, in a statement, said": a reflexive set after the
            // subject only stresses it.
            if L.intensifyingReflexives.contains(token.lower), j - 1 >= floor, view.mention(endingAt: j - 1) != nil {
                return subject(endingAt: j - 1, floor: floor, in: p, appositives: appositives)
            }
            // "Selin Arda, 47, a former judge who …, said": an age set off by commas stands
            // between the name and its appositive; it is no phrase of its own.
            if token.lower.allSatisfy(\.isNumber), j - 2 >= floor, tokens[j - 1].lower == ",", tokens[j - 1].depth == 0 {
                return subject(endingAt: j - 2, floor: floor, in: p, appositives: appositives)
            }
            if L.personalPronouns.contains(token.lower) || L.pluralPronouns.contains(token.lower) || L.neuterPronouns.contains(token.lower) {
                return resolvePronoun(token.lower, at: Position(paragraph: p, token: j))
            }
            // "“…,” one of them said": the group voice (MemberOfGroup.swift).
            if let group = groupOfMember(endingAt: j, floor: floor, in: p) ?? groupOfBareCount(at: j, in: p) { return group }
            if L.relativePronouns.contains(token.lower) {
                return antecedent(of: j, in: p)
            }
            // "China presents itself as neutral and says …": a second verb of the same subject.
            if ["and", "but", "or"].contains(token.lower) {
                return mainSubject(of: token.sentence, in: p, before: j)
            }
            if !token.isCapitalized || L.personNouns.contains(token.lower) || L.organizationNouns.contains(token.lower) || L.governmentNouns.contains(token.lower) {
                // "Observers from the regional bloc said": the head comes before its prepositional phrase.
                if let head = headBeforePrepositionalPhrase(endingAt: j, floor: floor, in: p) { return head }
                if let author = documentAuthor(endingAt: j, in: p) { return author }
                return describedActor(endingAt: j, in: p) ?? firstConjunct(endingAt: j, floor: floor, in: p)
            }
            // "the Russian embassy in Prague dismissed": a place after the head is no speaker.
            return headBeforePrepositionalPhrase(endingAt: j, floor: floor, in: p)
        }
    }

    /// "Mira Daskalova of the Green Party said", "Representative Luis Ortega of Texas called":
    /// the person named before "of" or "from" is the subject, not the body or place after it.
    func person(before mention: ParagraphView.Mention, in p: Int) -> String? {
        let tokens = paragraphs[p].tokens
        var k = mention.first - 1
        // "of the ruling Movement for Socialism", "of the Chisinau think tank Expert-Grup": up
        // to four words describe the body between its article and its name.
        var described = 0
        while k >= 1, described < 4, tokens[k].kind == .word, tokens[k].depth == 0, !["of", "from", "the", "a", "an"].contains(tokens[k].lower),
              paragraphs[p].mention(endingAt: k) == nil {
            k -= 1
            described += 1
        }
        if k >= 0, ["the", "a", "an"].contains(tokens[k].lower) { k -= 1 } else if described > 0 { return nil }
        guard k >= 1, tokens[k].kind == .word, tokens[k].depth == 0, ["of", "from"].contains(tokens[k].lower),
              let person = paragraphs[p].mention(endingAt: k - 1), person.kind == .person, !person.possessive else { return nil }
        return person.actor
    }

    /// "Aid groups and several academic studies have rejected": of a coordinated subject whose
    /// second part names no actor, the first part speaks.
    func firstConjunct(endingAt j: Int, floor: Int, in p: Int) -> String? {
        let view = paragraphs[p]
        var k = j
        while k > floor, j - k < 5 {
            let token = view.tokens[k]
            guard token.kind == .word, token.depth == 0, view.mention(endingAt: k) == nil else { return nil }
            if token.lower == "and" {
                guard let first = view.mention(endingAt: k - 1), !first.possessive, first.first == floor
                        || view.tokens[first.first - 1].kind == .punct || L.determiners.contains(view.tokens[first.first - 1].lower) else { return nil }
                return first.actor
            }
            k -= 1
        }
        return nil
    }

    /// "Observers from the regional bloc", "members of the alliance": a named head, then a
    /// prepositional phrase that ends just before the verb.
    /// "Farmers in Bolivia's Oruro highlands say", "Fishermen on the island's north coast say":
    /// a group voice's place may be longer, open with "on", and hold a possessive name.
    func headBeforePrepositionalPhrase(endingAt j: Int, floor: Int, in p: Int) -> String? {
        let view = paragraphs[p]
        var k = j
        var steps = 0
        while k > floor, steps < 9 {
            let token = view.tokens[k]
            guard token.kind == .word, token.depth == 0 else { return nil }
            if ["from", "of", "at", "in", "with", "on", "near", "along"].contains(token.lower) {
                guard let head = view.mention(endingAt: k - 1), !head.possessive else { return nil }
                let isGroup = head.kind == .other && NameFinding.placedVoiceHeads.contains(view.tokens[head.last].lower)
                guard steps < 6 && ["from", "of", "at", "in", "with"].contains(token.lower) || isGroup else { return nil }
                return chainHead(from: head, in: p).actor == head.actor ? head.actor : nil
            }
            if let inner = view.mention(endingAt: k), k != j, !inner.possessive { return nil }
            k -= 1
            steps += 1
        }
        return nil
    }

    /// The first actor that can be the subject of a sentence's main clause: not inside a quote,
    /// not after a preposition, not a modifier; a title chain runs on to its head
    /// ("Kremlin spokesman Dmitry Peskov" → Dmitry Peskov).
    func mainSubject(of sentence: Int, in p: Int, before limit: Int) -> String? {
        let view = paragraphs[p]
        guard view.sentenceTokens.indices.contains(sentence) else { return nil }
        var start = view.sentenceTokens[sentence].lowerBound
        let coordinated = isCoordinatedMainVerb(before: limit, in: p)
        // After a clause opener ("…, where Putin hailed"), the clause has its own subject.
        var index = limit - 1
        while index > start {
            let token = view.tokens[index]
            if !coordinated, token.kind == .word, token.depth == 0, L.clauseOpeners.contains(token.lower), token.lower != "which", token.lower != "who" {
                start = index + 1
                break
            }
            if token.kind == .punct, token.lower == ";" { start = index + 1; break }
            index -= 1
        }
        start = afterDatelineCredit(from: start, before: limit, in: p)
        if let author = documentOpeningClause(from: start, before: limit, in: p) { return author }
        if let body = bodyOfOpeningVoice(from: start, before: limit, in: p) { return body }
        var t = start
        while t < limit {
            let token = view.tokens[t]
            // "He then flew to Geneva, saying …": a pronoun subject.
            if t == start, token.kind == .word, token.depth == 0,
               L.personalPronouns.contains(token.lower) || L.pluralPronouns.contains(token.lower) || L.neuterPronouns.contains(token.lower) {
                return resolvePronoun(token.lower, at: Position(paragraph: p, token: t))
            }
            if let mention = view.mention(startingAt: t), isEligibleSubject(mention, in: p) || mention.possessive || mention.compound {
                // "The Ghanaian revenue agency disputed the figure, saying …": the body, not the country.
                if let body = nationalBody(describedFrom: mention, before: limit, in: p) { return body }
                let head = chainHead(from: mention, in: p)
                if !head.possessive && !head.compound { return head.actor }
                // "Burkina Faso's military government has rejected …": a country's government is the country.
                if head.possessive, head.kind == .country, ownsGovernment(after: head.last, in: p) { return head.actor }
                t = head.last + 1
                continue
            }
            t += 1
        }
        return nil
    }

    /// Not quoted, not the object of a preposition.
    func isEligibleSubject(_ mention: ParagraphView.Mention, in p: Int) -> Bool {
        if mention.inQuote { return false }
        let tokens = paragraphs[p].tokens
        var index = mention.first - 1
        while index >= 0, tokens[index].kind == .word, ["the", "a", "an"].contains(tokens[index].lower) { index -= 1 }
        // "in southern Laos", "across northern Syria": a compass word between preposition and place.
        if index >= 1, tokens[index].kind == .word, AnalyzedSentence.positionAdjectives.contains(tokens[index].lower),
           tokens[index - 1].kind == .word, L.prepositions.contains(tokens[index - 1].lower) { return false }
        guard index >= 0 else { return true }
        // "published by economist Jan Kowal": the agent of a passive, behind its title words.
        var agent = index
        while agent > 0, mention.first - agent <= 3, tokens[agent].kind == .word, !tokens[agent].isCapitalized,
              L.personNouns.contains(tokens[agent].lower) || NameLexicon.titleHeads.contains(tokens[agent].lower) { agent -= 1 }
        if agent < index, tokens[agent].kind == .word, tokens[agent].lower == "by" { return false }
        let previous = tokens[index]
        // "what Barta called a wave of money": the subject of a free relative is not the sentence's.
        if previous.kind == .word, previous.lower == "what" { return false }
        return !(previous.kind == .word && L.prepositions.contains(previous.lower))
    }

    /// From a name or modifier to the last name of its noun phrase: "China's Ministry of
    /// Commerce", "White House national security spokesman John Kirby".
    func chainHead(from mention: ParagraphView.Mention, in p: Int) -> ParagraphView.Mention {
        let view = paragraphs[p]
        var current = mention
        var steps = 0
        while steps < 4 {
            steps += 1
            var t = current.last + 1
            var gap = 0
            var next: ParagraphView.Mention?
            while t < view.tokens.count, gap <= 5 {
                if let found = view.mention(startingAt: t) { next = found; break }
                let token = view.tokens[t]
                if token.kind != .word || token.depth > 0 || L.phraseBreakers.contains(token.lower) { break }
                // "Judge Helen Marsh sentenced former bank manager Peter Grant": after a person, a
                // verb in the past tense ends the phrase; its object is no title chain of the subject.
                // So does an irregular one: "Ana Lima met Juan Perez", "Moreau beat Jan Novak".
                if current.kind == .person, !current.possessive, !token.isCapitalized,
                   token.lower.count > 4 && token.lower.hasSuffix("ed") || TenseDetector.irregularPast.contains(token.lower) { break }
                gap += 1
                t += 1
            }
            guard let next else { break }
            // A name right after another name without a title between them is a new phrase
            // ("Russia Ukraine"), unless the first one is a modifier.
            if gap == 0 && !current.possessive && !current.compound && next.first != current.last + 1 { break }
            current = next
        }
        return current
    }

    /// The first actor in the clause after a token ("according to a State Department fact sheet",
    /// "said Foreign Minister Sergei Lavrov").
    func firstActor(after t: Int, in p: Int, limit: Int = 14, stoppingAtRelative: Bool = false) -> String? {
        let view = paragraphs[p]
        var index = t + 1
        while index < view.tokens.count, index <= t + limit {
            let token = view.tokens[index]
            if token.kind == .open || token.kind == .close { return nil }
            if token.kind == .punct, [".", ";", ":", ",", "—", "–"].contains(token.lower) { return nil }
            if stoppingAtRelative, token.kind == .word, ["who", "whom", "which"].contains(token.lower) { return nil }
            if let mention = view.mention(startingAt: index) {
                return chainHead(from: mention, in: p).actor
            }
            index += 1
        }
        return nil
    }

    /// "said Kirby", "said the ministry", "said he".
    func subjectAfter(_ t: Int, in p: Int) -> String? {
        let view = paragraphs[p]
        var index = t + 1
        while index < view.tokens.count, isSkippable(index, in: p), view.mention(startingAt: index) == nil { index += 1 }
        guard index < view.tokens.count else { return nil }
        let token = view.tokens[index]
        // "said its secretary general, Dewi Hartono": the owner's officer, named after the comma.
        if token.kind == .word, ["its", "his", "her", "their"].contains(token.lower), let named = personNamed(afterRoleFrom: index + 1, in: p) {
            return named
        }
        if token.kind == .word {
            if L.personalPronouns.contains(token.lower) || L.pluralPronouns.contains(token.lower) || L.neuterPronouns.contains(token.lower) {
                return resolvePronoun(token.lower, at: Position(paragraph: p, token: index))
            }
        }
        // The noun phrase after the verb, up to the clause's end.
        var end = index
        var found: ParagraphView.Mention?
        while end < view.tokens.count, end < index + 10 {
            let current = view.tokens[end]
            // "said Dr. Lee Soo-jin": the period of an abbreviated title.
            if current.kind == .punct, current.lower == ".", end > index, NameLexicon.honorifics[view.tokens[end - 1].lower] != nil {
                end += 1
                continue
            }
            if current.kind != .word || current.depth > 0 { break }
            if let mention = view.mention(startingAt: end) { found = mention; break }
            if end > index, L.speechVerbs.contains(current.lower) { break }
            end += 1
        }
        if let found {
            // "said the council's chief executive, Niamh Cullen": the owner's officer, named after the comma.
            if found.possessive, let named = personNamed(afterRoleFrom: found.last + 1, in: p) { return named }
            return chainHead(from: found, in: p).actor
        }
        // "said one resident, Musa Ibrahim, 52,": a description, then the person it names.
        if end > index, end + 1 < view.tokens.count, view.tokens[end].lower == ",", let named = view.mention(startingAt: end + 1),
           actors[named.actor]?.kind == .person, !named.possessive {
            return named.actor
        }
        if end > index { return describedActor(endingAt: end - 1, in: p) }
        return nil
    }

    /// A role of a few lower-case words from `start`, a comma, then the person who holds it:
    /// "chief executive, Niamh Cullen".
    func personNamed(afterRoleFrom start: Int, in p: Int) -> String? {
        let view = paragraphs[p]
        var k = start
        if k < view.tokens.count, view.tokens[k].kind != .word { k += 1 }  // the possessive mark
        let first = k
        while k < view.tokens.count, k < first + 6, view.tokens[k].kind == .word, view.tokens[k].depth == 0, view.mention(startingAt: k) == nil { k += 1 }
        guard k > first, k + 1 < view.tokens.count, view.tokens[k].lower == ",", let named = view.mention(startingAt: k + 1),
              actors[named.actor]?.kind == .person else { return nil }
        return chainHead(from: named, in: p).actor
    }

    /// The medium named in the clause of a cue: "by Russia's RIA news agency", "told Yonhap",
    /// "according to AFP", "…, Yonhap reported".
    func medium(after t: Int, in p: Int, excluding speaker: String) -> String? {
        let view = paragraphs[p]
        let sentence = view.tokens[t].sentence
        guard view.sentenceTokens.indices.contains(sentence) else { return nil }
        let end = view.sentenceTokens[sentence].upperBound
        // Before the verb: "Speaking to AFP, Berg said", "In an interview with the BBC, he said".
        var back = t - 1
        let start = max(view.sentenceTokens[sentence].lowerBound, t - 14)
        while back >= start {
            let token = view.tokens[back]
            if token.kind == .open || token.kind == .close { break }
            if let mention = view.mention(endingAt: back), mention.actor != speaker, actors[mention.actor]?.kind == .media {
                var k = mention.first - 1
                var steps = 0
                while k >= start, steps < 4, view.tokens[k].kind == .word {
                    if ["to", "with", "told"].contains(view.tokens[k].lower) { return mention.actor }
                    k -= 1
                    steps += 1
                }
            }
            back -= 1
        }
        var index = t + 1
        while index < end {
            let token = view.tokens[index]
            if token.kind == .open { break }
            if let mention = view.mention(startingAt: index), mention.actor != speaker, actors[mention.actor]?.kind == .media {
                var back = mention.first - 1
                var steps = 0
                while back > t, steps < 5 {
                    let previous = view.tokens[back]
                    if previous.kind == .word, ["by", "to", "told", "with", "tells"].contains(previous.lower) { return mention.actor }
                    if previous.kind != .word && previous.lower != "'" { break }
                    back -= 1
                    steps += 1
                }
                if back == t, ["told", "tells", "quoted"].contains(view.tokens[t].lower) { return mention.actor }
                let after = mention.last + 1
                if after < end, view.tokens[after].kind == .word, ["reported", "reports", "said", "quoted", "cited"].contains(view.tokens[after].lower) {
                    return mention.actor
                }
            }
            index += 1
        }
        return nil
    }

    // MARK: Pronouns and descriptions

    /// "he" → the latest person; "it", "they" → the latest organisation, country or group.
    /// Inside one sentence the subject of its main clause comes first.
    func resolvePronoun(_ word: String, at position: Position) -> String? {
        if let asked = questionedPerson(word, at: position) { return asked }
        // "“Pay us back!” they chanted": the crowd (ChantingVoice.swift).
        if let crowd = chantingCrowd(word, at: position) { return crowd }
        // "A spokeswoman for the union called it cruel. “…,” she said": the union.
        if case .body(let body)? = unnamedReferent(of: word, at: position) { return body }
        let kinds: Set<ActorKind> = L.personalPronouns.contains(word) ? [.person] : [.organization, .group, .media, .country, .other]
        // "she" skips a person the text shows to be a man; when no actor fits, the pronoun keeps
        // the referent it has without that test, so a quote is never left without its speaker.
        return referent(of: kinds, at: position, pronoun: word, accept: { self.fits($0, pronoun: word) })
            ?? referent(of: kinds, at: position, pronoun: word, accept: { _ in true })
    }

    func referent(of kinds: Set<ActorKind>, at position: Position, pronoun: String? = nil, accept: @escaping (String) -> Bool) -> String? {
        let view = paragraphs[position.paragraph]
        let sentence = view.tokens[position.token].sentence
        // ", it said" after an opening phrase ("In a statement to X, where Y is listed, it said"):
        // what stands before the comma is not the subject, so look to the sentences before.
        let afterComma = position.token > 0 && view.tokens[position.token - 1].lower == ","
        if view.sentenceTokens.indices.contains(sentence), !afterComma {
            let start = view.sentenceTokens[sentence].lowerBound
            if start < position.token, let subject = firstEligible(in: position.paragraph, range: start..<position.token, kinds: kinds, accept: accept) {
                return subject
            }
        }
        // The sentences before, latest first: the first fitting subject-like actor of each
        // ("Macron told CNN that … ¶ “…,” he said" is Macron, not a Trump named later in it).
        // A person named in a subordinate clause is passed over first ("…, when then-prime
        // minister X sent in the army. ¶ “…,” he said" is the subject named before).
        if kinds.contains(.person), let subject = earlierSubject(before: position, kinds: kinds, accept: accept, foregroundOnly: true, pronoun: pronoun) {
            return subject
        }
        if let subject = earlierSubject(before: position, kinds: kinds, accept: accept, pronoun: pronoun) {
            return subject
        }
        return latestActor(before: position, kinds: kinds, matching: accept)
    }

    /// The first accepted subject-like actor of the six sentences before a position, latest first.
    func earlierSubject(before position: Position, kinds: Set<ActorKind>, accept: (String) -> Bool, foregroundOnly: Bool = false,
                        pronoun: String? = nil) -> String? {
        var p = position.paragraph
        var s = paragraphs[p].tokens[position.token].sentence - 1
        var looked = 0
        while p >= 0, p >= position.paragraph - window, looked < 6 {
            let view = paragraphs[p]
            if s < 0 {
                p -= 1
                if p >= 0 { s = paragraphs[p].sentenceTokens.count - 1 }
                continue
            }
            // "He said Kalsakau had left. “…,” he said": a sentence whose subject is the same
            // pronoun speaks of the same one; the names in it are what it reports.
            if let pronoun, opensWithPronoun(pronoun, sentence: s, in: p) {
                looked += 1
                s -= 1
                continue
            }
            if kinds.contains(.person), view.sentenceTokens.indices.contains(s),
               let described = describedSubject(of: view.sentenceTokens[s], in: p), accept(described) {
                return described
            }
            if !kinds.contains(.person), view.sentenceTokens.indices.contains(s),
               let owned = ownedBodySubject(of: view.sentenceTokens[s], in: p), accept(owned) {
                return owned
            }
            if view.sentenceTokens.indices.contains(s), let subject = firstEligible(in: p, range: view.sentenceTokens[s], kinds: kinds, accept: accept,
                                                                                    foregroundOnly: foregroundOnly) {
                return subject
            }
            looked += 1
            s -= 1
        }
        return nil
    }

    func firstEligible(in p: Int, range: Range<Int>, kinds: Set<ActorKind>, accept: (String) -> Bool = { _ in true },
                       foregroundOnly: Bool = false) -> String? {
        // "MOMBASA, Kenya (Reuters) - The Kenya Ports Authority said …": the dateline's
        // country is no subject of the sentence.
        let range = afterDatelineCredit(from: range.lowerBound, before: range.upperBound, in: p)..<range.upperBound
        for mention in paragraphs[p].mentions(in: range) where !mention.inQuote && !mention.compound {
            if foregroundOnly, isBackgroundPerson(mention, in: p) { continue }
            let head = chainHead(from: mention, in: p)
            if !accept(head.actor) { continue }
            if kinds.contains(actors[head.actor]?.kind ?? .other), isEligibleSubject(mention, in: p), !head.possessive {
                return head.actor
            }
        }
        return nil
    }

    /// The latest actor of the given kinds mentioned outside quotes before a position,
    /// subjects first: an actor that is the subject of its sentence beats one that is not.
    func latestActor(before position: Position, kinds: Set<ActorKind>, matching: ((String) -> Bool)? = nil) -> String? {
        var fallback: String?
        var p = position.paragraph
        var budget = 80  // mentions looked at: recency, and a bound on the work in one long paragraph
        while p >= 0, p >= position.paragraph - window, budget > 0 {
            let view = paragraphs[p]
            let end = p == position.paragraph ? view.firstMentionIndex(atOrAfter: position.token) : view.mentions.count
            for index in stride(from: end - 1, through: 0, by: -1) {
                budget -= 1
                if budget < 0 { break }
                let mention = view.mentions[index]
                if mention.inQuote || mention.compound { continue }
                let kind = actors[mention.actor]?.kind ?? .other
                guard kinds.contains(kind) else { continue }
                if let matching, !matching(mention.actor) { continue }
                if isEligibleSubject(mention, in: p) || mention.possessive { return mention.actor }
                if fallback == nil { fallback = mention.actor }
            }
            if fallback != nil { return fallback }
            p -= 1
        }
        return fallback
    }

    /// The first person mentioned outside quotes in the three sentences after a position that
    /// passes a test.
    func personNamedSoon(after position: Position, where test: (ParagraphView, ParagraphView.Mention) -> Bool) -> String? {
        // How many sentences after the description's sentence the paragraph's first sentence is.
        var base = -paragraphs[position.paragraph].tokens[position.token].sentence
        var p = position.paragraph
        while p < paragraphs.count, p <= position.paragraph + 2 {
            let view = paragraphs[p]
            for mention in view.mentions where !mention.inQuote && (p > position.paragraph || mention.first > position.token) {
                if base + mention.sentence > 3 { return nil }
                if mention.kind == .person, test(view, mention) { return mention.actor }
            }
            base += view.sentenceTokens.count
            p += 1
        }
        return nil
    }

    /// "A Commission spokesperson said … ¶ The spokesperson, Lucia Ferrante, told …": an
    /// unnamed spokesperson who is named in the next few sentences is that person. Only a
    /// person whose role has the same head noun, mentioned right after a definite "the <role>".
    func namedLater(role head: String, after position: Position) -> String? {
        personNamedSoon(after: position) { view, mention in
            guard let role = actors[mention.actor]?.role?.lowercased(), role.split(separator: " ").last.map(String.init) == head else { return false }
            // "the spokesperson, Lucia Ferrante," or "the spokesperson Lucia Ferrante".
            var k = mention.first - 1
            if k >= 0, view.tokens[k].lower == "," { k -= 1 }
            return k >= 1 && view.tokens[k].lower == head && view.tokens[k - 1].lower == "the"
        }
    }

    /// "Zambia's main opposition leader on Monday rejected …" ¶ "…," Mwila Chanda, leader of
    /// the PAC, told …: a lead that gives only an owner's title names its holder in the next
    /// sentences. The first person after it whose role has that head word and who belongs to
    /// no other country.
    func holderNamedLater(role head: String, owner: String, after position: Position) -> String? {
        personNamedSoon(after: position) { _, mention in
            guard let actor = actors[mention.actor], let role = actor.role?.lowercased(),
                  role.split(separator: " ").contains(Substring(head)) else { return false }
            if let affiliation = actor.affiliation, affiliation != owner, actors[affiliation]?.kind == .country { return false }
            return true
        }
    }

    /// An earlier phrase with the same head noun that names its owner: "a U.S. State
    /// Department spokesperson", "a spokesperson for the State Department".
    func earlierDescription(_ head: String, before position: Position) -> String? {
        var found: String?
        scanBack(from: position) { p, k in
            let view = paragraphs[p]
            guard view.tokens[k].lower == head, view.tokens[k].depth == 0 else { return false }
            if k > 0, let owner = view.mention(endingAt: k - 1) { found = chainHead(from: owner, in: p).actor }
            else if k + 1 < view.tokens.count, ["for", "of", "at", "from"].contains(view.tokens[k + 1].lower),
                    let organization = firstActor(after: k + 1, in: p, limit: 5) { found = organization }
            else if k > 1, view.mention(endingAt: k - 2) != nil, view.tokens[k - 1].kind == .word,
                    let owner = view.mention(endingAt: k - 2) { found = chainHead(from: owner, in: p).actor }
            return found != nil
        }
        return found
    }

    /// Visits the tokens before a position, latest first, over the window of paragraphs and
    /// at most 600 tokens, until `visit` returns true.
    func scanBack(from position: Position, _ visit: (_ paragraph: Int, _ token: Int) -> Bool) {
        var p = position.paragraph
        var budget = 600
        while p >= 0, p >= position.paragraph - window, budget > 0 {
            var k = (p == position.paragraph ? position.token : paragraphs[p].tokens.count) - 1
            while k >= 0, budget > 0 {
                budget -= 1
                if visit(p, k) { return }
                k -= 1
            }
            p -= 1
        }
    }

    struct UnnamedSpeaker { var body: String? }

    /// The latest "a(n)/one <modifiers> <head>" before `position`, with the body it speaks for:
    /// the country when a modifier is a government word ("a government official"), else none.
    func indefiniteIntroduction(of head: String, before position: Position) -> UnnamedSpeaker? {
        var p = position.paragraph
        while p >= 0, p >= position.paragraph - window {
            let view = paragraphs[p]
            var k = (p == position.paragraph ? position.token : view.tokens.count) - 1
            while k > 0 {
                if view.tokens[k].lower == head, view.tokens[k].depth == 0 {
                    var start = k - 1
                    while start > 0, k - start < 4, view.tokens[start].kind == .word, !["a", "an", "one"].contains(view.tokens[start].lower) { start -= 1 }
                    if ["a", "an", "one"].contains(view.tokens[start].lower) {
                        let modifiers = (start + 1..<k).map { view.tokens[$0].lower }
                        let governmental = modifiers.contains { L.governmentNouns.contains($0) }
                        // Far back, the text's only country (SoleCountry.swift).
                        return UnnamedSpeaker(body: governmental ? latestActor(before: Position(paragraph: p, token: start), kinds: [.country]) ?? soleCountry : nil)
                    }
                }
                k -= 1
            }
            p -= 1
        }
        return nil
    }

    /// "which" and "who" stand for the phrase before them.
    func antecedent(of j: Int, in p: Int) -> String? {
        let view = paragraphs[p]
        var k = j - 1
        if k >= 0, view.tokens[k].kind == .punct, view.tokens[k].lower == "," { k -= 1 }
        guard k >= 0 else { return nil }
        if let mention = view.mention(endingAt: k) { return mention.actor }
        if view.tokens[k].kind == .word { return describedActor(endingAt: k, in: p) }
        return nil
    }

    /// A definite description ending at `j` ("the group", "a spokesperson for the ministry",
    /// "the foreign minister") resolved to the latest fitting actor.
    func describedActor(endingAt j: Int, in p: Int) -> String? {
        let view = paragraphs[p]
        let head = view.tokens[j].lower
        // The phrase back to its determiner.
        var start = j
        var hasDeterminer = false
        while start > 0, j - start < 6 {
            let previous = view.tokens[start - 1]
            if previous.kind != .word || previous.depth > 0 { break }
            if L.determiners.contains(previous.lower) { hasDeterminer = true; start -= 1; break }
            if L.speechVerbs.contains(previous.lower) { break }
            start -= 1
        }
        if hasDeterminer, let named = nameBeside(descriptionEndingAt: j, in: p) { return named }
        if hasDeterminer, let owner = pronounOwner(ofDescriptionFrom: start, to: j, in: p) { return owner }
        let indefinite = ["a", "an"].contains(view.tokens[start].lower)
        if Self.namesAPair((start...j).map { view.tokens[$0].lower }),
           let first = firstOfLatestPair(before: Position(paragraph: p, token: start)) { return first }
        // "the company said", "the brewer said": a business, past a public body named in between.
        if hasDeterminer, view.tokens[start].lower == "the", start + 1 == j,
           let business = businessReferent(of: head, before: Position(paragraph: p, token: start)) { return business }
        let knownHead = head.hasSuffix("-year-old") || [head, head.hasSuffix("s") ? String(head.dropLast()) : head].contains {
            L.personNouns.contains($0) || L.organizationNouns.contains($0) || L.governmentNouns.contains($0)
        }
        // "The opposition, which called the amnesty a “gift for friends,” said": the group voice
        // or party named for the opposition earlier.
        if hasDeterminer, let opposition = oppositionVoice(head: head, before: Position(paragraph: p, token: start)) { return opposition }
        guard knownHead else {
            // "The rail manager disputed that": a head no list knows may still be the noun a body was introduced with.
            guard hasDeterminer, view.tokens[start].lower == "the", !view.tokens[j].isCapitalized, start < j else { return nil }
            let position = Position(paragraph: p, token: start)
            // "the insurgents" after "fighters of the Macina Liberation Front".
            return introducedBody(head: head, before: position) ?? armedGroup(described: [head], before: position)
        }
        // "Northland's leaders", "the Kremlin's spokesman", "the Russian foreign ministry": the
        // phrase belongs to a named owner (a demonym the name stage linked to its country counts).
        if let owner = (start..<j).lazy.compactMap({ view.mention(endingAt: $0) }).first(where: { _ in true }) {
            start = owner.last + 1
            hasDeterminer = true
        }
        let words = (start...j).map { view.tokens[$0].lower }
        let position = Position(paragraph: p, token: start)
        let singular = head.hasSuffix("s") && !head.hasSuffix("ss") ? String(head.dropLast()) : head
        // "Andes Cobre Holdings' staff": a possessive written with the apostrophe alone.
        let owner = start > 0 ? view.mention(endingAt: start - 1)
            ?? (start >= 2 && view.tokens[start - 1].kind == .punct && view.tokens[start - 1].lower == "'" ? view.mention(endingAt: start - 2) : nil) : nil
        if indefinite, ["spokesman", "spokeswoman", "spokesperson"].contains(head),
           let named = namedLater(role: head, after: Position(paragraph: p, token: j)) {
            return named
        }
        if let owner {
            let ownerName = chainHead(from: owner, in: p).actor
            // "The Dominican migration agency" after "the General Directorate of Migration".
            if L.organizationNouns.contains(head) || L.organizationNouns.contains(singular),
               let body = nationalBody(owner: ownerName, modifiers: Array(words.dropLast()), before: position) { return body }
            if L.personNouns.contains(head) || L.personNouns.contains(singular), actors[ownerName]?.kind != .person,
               !["spokesman", "spokeswoman", "spokesperson", "official", "leader"].contains(singular) {
                // "Russia's foreign minister": a person with that role from that owner, when known.
                let titled = latestActor(before: position, kinds: [.person]) { name in
                    let actor = self.actors[name]
                    return (actor?.role?.lowercased().contains(singular) ?? false) && actor?.affiliation == ownerName
                }
                return titled ?? holderNamedLater(role: singular, owner: ownerName, after: Position(paragraph: p, token: j)) ?? ownerName
            }
            if singular == "leader", let holder = holderNamedLater(role: singular, owner: ownerName, after: Position(paragraph: p, token: j)) {
                return holder
            }
            return ownerName
        }
        if L.personNouns.contains(head) || L.personNouns.contains(singular),
           case .speaker(let speaker) = titleOfUnnamedBody(words: words, head: head, at: j, in: p) { return speaker }
        if head.hasSuffix("-year-old") || L.personNouns.contains(head) || L.personNouns.contains(singular) {
            guard hasDeterminer || words.count == 1 else { return nil }
            // "a spokesperson for …": the organisation speaks.
            if ["spokesman", "spokeswoman", "spokesperson", "official", "officials", "spokespeople"].contains(head) {
                // "a spokesperson for the ministry", "officials at the agency".
                if j + 1 < view.tokens.count, ["for", "of", "at", "from", "with"].contains(view.tokens[j + 1].lower),
                   let organization = firstActor(after: j, in: p, limit: 6) { return organization }
                // "a ministry spokeswoman" after "Norway's foreign ministry": the body of that kind.
                if let body = bodyNamedByModifier(of: j, from: start, in: p) { return body }
                // "A Commission spokesperson" after "the European Commission": a capitalised
                // modifier is a body's short name.
                let shortNames = (start..<j).filter { view.tokens[$0].isCapitalized && view.tokens[$0].depth == 0 && $0 > start }.map { view.tokens[$0].lower }
                if !shortNames.isEmpty, let body = latestActor(before: position, kinds: [.organization, .group, .media, .other], matching: { name in
                    name.lowercased().split(separator: " ").contains { shortNames.contains(String($0)) }
                }) { return body }
                if (words.first == "a" || words.first == "an"), head.hasPrefix("spokes") {
                    return latestActor(before: position, kinds: [.organization, .country, .group])
                }
                // "A senior government official, speaking on condition of anonymity, said": the
                // unnamed official speaks for the country, as "the official" after it does.
                if ["a", "an", "one"].contains(words.first ?? ""), words.dropFirst().dropLast().contains(where: { L.governmentNouns.contains($0) }) {
                    return latestActor(before: position, kinds: [.country]) ?? soleCountry
                }
            }
            // "a Western diplomat", "an official": someone new and unnamed.
            if ["a", "an", "one", "another", "some", "several", "two", "three"].contains(words.first ?? "") { return nil }
            let titled = latestActor(before: position, kinds: [.person]) { name in
                let role = self.actors[name]?.role?.lowercased() ?? ""
                return role.contains(singular)
            }
            if let titled { return titled }
            // "the spokesperson" after "a State Department spokesperson": the same one again.
            if let earlier = earlierDescription(head, before: position) { return earlier }
            // "the official" after "A government official, who asked not to be named": the
            // unnamed one introduced, never the latest named person.
            if let introduced = indefiniteIntroduction(of: head, before: position) { return introduced.body }
            return latestActor(before: position, kinds: [.person])
        }
        if L.governmentNouns.contains(head) {
            guard hasDeterminer else { return nil }
            let named = latestActor(before: position, kinds: [.organization, .country]) { name in
                name.lowercased().contains(singular)
            }
            return named ?? latestActor(before: position, kinds: [.country])
        }
        if L.organizationNouns.contains(head) || L.organizationNouns.contains(singular) {
            guard hasDeterminer else { return nil }
            let named = latestActor(before: position, kinds: [.organization, .group, .media, .other]) { name in
                name.lowercased().contains(singular)
            }
            if let named { return named }
            // "the migration agency" after "the General Directorate of Migration": a modifier of
            // the description names the body it stands for.
            let modifiers = words.dropFirst().dropLast().filter { $0.count > 3 && !NameLexicon.functionWords.contains($0) }
            if !modifiers.isEmpty, let described = latestActor(before: position, kinds: [.organization, .group, .media, .other], matching: { name in
                let nameWords = name.lowercased().split(separator: " ")
                return modifiers.contains { modifier in nameWords.contains { $0 == modifier } }
            }) { return described }
            // "The unions disputed that figure" after "the socialist union CGSP Cheminots".
            if let introduced = introducedBody(head: head, before: position) { return introduced }
            if let introduced = bodyIntroducedByModifier(Array(words.dropLast()), before: position) { return introduced }
            // "the group", "the company" may stand for any organisation; "the ministry" only for one so named.
            guard L.genericOrganizationNouns.contains(singular) else { return nil }
            let kinds: Set<ActorKind> = ["newspaper", "broadcaster", "outlet", "paper", "daily", "magazine", "website", "channel"].contains(singular)
                ? [.media] : [.organization, .group, .media]
            return latestActor(before: position, kinds: kinds)
        }
        return nil
    }
}
