import BriefingModel

/// Builds one candidate per trigger clause of a sentence.
enum CandidateBuilder {
    static let referentialDeterminers: Set<String> = ["the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "such"]
    static let placePrepositions: Set<String> = ["in", "to", "at", "into", "near", "outside", "inside", "over", "off", "across", "on", "toward", "towards"]
    static let endVerbs: Set<String> = ["ended", "ends", "ending", "concluded", "concludes", "concluding", "wrapped", "wraps", "wrapping", "wound", "completed", "completes", "left", "leaves", "leaving"]
    static let novelWords: Set<String> = ["then", "again", "subsequently", "afterwards", "afterward", "another"]
    static let plannedWords: Set<String> = ["planned", "scheduled", "upcoming", "expected", "proposed", "due", "will", "would", "shall"]
    static let openers: Set<String> = ["as", "and", "but", "or", "yet", "with", "where", "which", "who", "whom", "that", "when", "while", "after", "before", "since", "until", "once", "because", "although", "though", "whereas", "including", "so"]
    static let pronouns: Set<String> = ["he", "she", "it", "they", "we"]
    /// Clauses whose time frames the whole sentence: the main clause, "…, and …", "according to …".
    static let framingOpeners: Set<String> = ["", "and", "but", "according", "said"]
    static let complementPrepositions: Set<String> = ["of", "by", "to", "with", "on", "against", "between", "from", "in", "at", "for", "into"]

    static func candidates(in analysis: SentenceAnalysis, context: EventContext) -> [EventCandidate] {
        let triggers = TriggerDetector.triggers(in: analysis)
        guard !triggers.isEmpty else { return [] }
        var byClause: [Int: [Trigger]] = [:]
        for trigger in triggers { byClause[analysis.clauseIndex(of: trigger.token), default: []].append(trigger) }
        let triggerClauses = Set(byClause.keys)
        var datedNouns: [(clause: Int, trigger: Trigger)] = []
        for (clauseIndex, clauseTriggers) in byClause where clauseTriggers.count > 1 {
            let (own, rest) = splitDatedNouns(clauseTriggers, clause: analysis.clauses[clauseIndex].range, in: analysis)
            guard !own.isEmpty, !rest.isEmpty else { continue }
            byClause[clauseIndex] = rest
            datedNouns += own.map { (clauseIndex, $0) }
        }
        let groups = byClause.flatMap { clause, triggers in splitCoordinatedActs(triggers, clause: analysis.clauses[clause].range, in: analysis).map { (clause: clause, triggers: $0) } }
            + datedNouns.map { (clause: $0.clause, triggers: [$0.trigger]) }
        return groups.sorted { ($0.clause, $0.triggers[0].token) < ($1.clause, $1.triggers[0].token) }.compactMap { group in
            build(group.clause, triggers: group.triggers, analysis: analysis, triggerClauses: triggerClauses, context: context)
        }
    }

    /// "would march to parliament on Thursday and hold a general assembly on March 17": two
    /// verbs joined by "and" in one clause, each with a date of its own, are two acts.
    static func splitCoordinatedActs(_ triggers: [Trigger], clause: Range<Int>, in analysis: SentenceAnalysis) -> [[Trigger]] {
        var groups: [[Trigger]] = []
        for trigger in triggers.sorted(by: { $0.token < $1.token }) {
            guard var group = groups.last else { groups.append([trigger]); continue }
            if trigger.isVerbal, let first = group.last(where: \.isVerbal),
               let conjunction = ((first.token + 1)..<trigger.token).last(where: { analysis.tokens[$0].lower == "and" }) {
                func dated(_ range: Range<Int>) -> Bool {
                    analysis.dates.contains { range.contains($0.tokens.lowerBound) && $0.mention.isEventDate }
                }
                if dated((first.token + 1)..<conjunction), dated((trigger.token + 1)..<clause.upperBound) {
                    groups.append([trigger])
                    continue
                }
            }
            group.append(trigger)
            groups[groups.count - 1] = group
        }
        return groups
    }

    /// "annulled Malawi's 2019 presidential election in February 2020", "a petition … from the
    /// Sept. 16 general election": a noun with a date before it, inside its own phrase, names an
    /// event of that date apart from the act of the clause — unless it is the occasion of the
    /// act ("defeated Chanda in the 2021 election").
    static func splitDatedNouns(_ triggers: [Trigger], clause: Range<Int>, in analysis: SentenceAnalysis) -> (own: [Trigger], rest: [Trigger]) {
        var own: [Trigger] = [], rest: [Trigger] = []
        for trigger in triggers {
            let phrase = nounPhrase(at: trigger.token, in: analysis, clause: clause)
            let isOccasion = occasionPrepositions.contains(analysis.word(phrase.lowerBound - 1) ?? "")
            let dated = !trigger.isVerbal && !isOccasion && analysis.dates.contains { found in
                found.mention.isEventDate && found.mention.span != nil && found.tokens.lowerBound > phrase.lowerBound && found.tokens.upperBound <= trigger.token
            }
            if dated { own.append(trigger) } else { rest.append(trigger) }
        }
        return (own, rest)
    }

    private static func build(_ clauseIndex: Int, triggers: [Trigger], analysis: SentenceAnalysis, triggerClauses: Set<Int>, context: EventContext) -> EventCandidate? {
        let clause = analysis.clauses[clauseIndex].range
        let head = triggers.first(where: \.isVerbal) ?? triggers[0]
        let isVerbal = triggers.contains(where: \.isVerbal)
        var nouns = readNouns(triggers, clause: clause, in: analysis)
        let relative = isVerbal ? nil : relativeTime(of: clauseIndex, head: head, in: analysis)
        if relative != nil {
            nouns.isLicensed = true
            nouns.hasOwnDate = true
        }
        var isReferential = !isVerbal && nouns.isReferential
        if isVerbal, analysis.containsPhrase(["first", "time"], in: 0..<analysis.tokens.count) || analysis.containsPhrase(["second", "time"], in: 0..<analysis.tokens.count) {
            // "the first time one has landed in the country": the landing told before.
            isReferential = true
        }
        // "Hours later, the army launched air strikes": an act timed from the one before is another act.
        let isNovel = nouns.isIndefinite || (!isVerbal && !isReferential) || analysis.contains(novelWords, in: clause)
            || (isVerbal && analysis.dates.contains { found in
                if case let .offset(offset) = found.mention.kind { return !offset.isClausal && clause.contains(found.tokens.lowerBound) }
                return false
            })
        let tense = TenseDetector.tense(analysis.marks[clause]) ?? .present
        let isPlanned = tense == .future || analysis.contains(plannedWords, in: clause)

        let agent = (isVerbal ? nil : nouns.agent) ?? verbAgent(head: head, clause: clause, in: analysis)
        let participants = self.participants(agent: agent, head: head, clause: clause, in: analysis, context: context)
        let place = findPlace(head: head.token, clause: clauseIndex, in: analysis, context: context)

        var time = ownTime(head: head, clause: clause, in: analysis, context: context)
        if !time.isOwn, let relative { time = relative }
        if !time.isOwn, let antecedent = antecedentTime(of: clauseIndex, in: analysis) { time = antecedent }
        if !time.isOwn, let coordinated = coordinatedTime(of: clauseIndex, in: analysis) { time = coordinated }
        if !time.isOwn, let consequence = consequenceTime(of: clauseIndex, head: head, in: analysis) { time = consequence }
        if !time.isOwn, let when = followingWhenTime(of: clauseIndex, isPlanned: isPlanned, triggerClauses: triggerClauses, in: analysis) { time = when }
        if !time.isOwn, !isPlanned {
            time = borrowedTime(head: head, isVerbal: isVerbal, agent: agent, clause: clause, triggerClauses: triggerClauses, in: analysis, context: context) ?? time
        }
        // A plea or verdict at a dated sitting is a further act of that day, not the sitting again.
        var atSitting = false
        if !time.isOwn, time.date == nil, !isPlanned, let sitting = courtSittingTime(head: head, clause: clause, in: analysis, context: context) {
            time = sitting
            atSitting = true
        }
        if isReferential, !isVerbal, !nouns.hasOwnDate {
            // "on Friday claimed the recent drills": a definite mention is not dated by the
            // clause that reports it; only a date of its own ("Friday's talks") counts.
            time.date = nil
            time.text = nil
        }
        time = lengthened(time, triggers: triggers, clause: clause, in: analysis)
        let until = runsUntil(after: head, in: analysis)
        time = runningUntil(time, until: until)

        return EventCandidate(
            sentence: analysis.sentence.ref, clause: clauseIndex, head: head, classes: eventClasses(of: triggers),
            isVerbal: isVerbal, isReferential: isReferential, isLicensed: isVerbal || nouns.isLicensed, isNovel: isNovel || atSitting || ordersAState(clause: clause, in: analysis), isPlanned: isPlanned,
            agent: agent, participants: participants, place: place, date: time.date, dateText: time.text, hasOwnTime: time.isOwn,
            title: makeTitle(head: head, triggers: triggers, clause: clause, agent: agent, in: analysis),
            isDatedByItsHappening: !isVerbal && isReferential && nouns.isDatedByItsHappening && time.isOwn,
            runsUntil: isReferential && !isVerbal ? until : nil)
    }

    /// An act is of its verb's kind: "summoned the ambassador to protest the shooting" is no
    /// shooting, and must not be folded into one. A clause of nouns alone is of all their kinds.
    static func eventClasses(of triggers: [Trigger]) -> Set<EventClass> {
        let verbal = triggers.filter(\.isVerbal)
        return Set((verbal.isEmpty ? triggers : verbal).map(\.entry.eventClass))
    }

    /// What the noun triggers of a clause say: whether one names a new event ("a rare trip",
    /// "new sanctions", "held talks", "arms shipments" with a date) or an earlier one ("the
    /// summit", "Lavrov’s visit"), and whose it is ("US sanctions", "a trip by Putin").
    struct NounReading {
        var isLicensed = false
        var isReferential = false
        var isIndefinite = false
        /// A date belongs to the noun itself: "Friday's talks", "the election was held on Saturday".
        var hasOwnDate = false
        var agent: String?
        /// "The seizure took place on Wednesday night": the clause only dates the noun.
        var isDatedByItsHappening = false
    }

    static func readNouns(_ triggers: [Trigger], clause: Range<Int>, in analysis: SentenceAnalysis) -> NounReading {
        var reading = NounReading()
        let clauseHasDate = analysis.dates.contains { clause.contains($0.tokens.lowerBound) && $0.mention.isEventDate }
        let headNoun = triggers.first { !$0.isVerbal }?.token
        for trigger in triggers where !trigger.isVerbal {
            let phrase = nounPhrase(at: trigger.token, in: analysis, clause: clause)
            let determiner = analysis.word(phrase.lowerBound) ?? ""
            let modifiers = phrase.lowerBound..<trigger.token
            let isNew = modifiers.contains { EventLexicon.newEventAdjectives.contains(analysis.tokens[$0].lower) }
            let possessive = modifiers.contains { analysis.tokens[$0].isPossessive }
            let before = analysis.word(phrase.lowerBound - 1) ?? ""
            let indefinite = determiner == "a" || determiner == "an"
            if indefinite { reading.isIndefinite = true }
            // "at a summit", "during a rare trip", "ahead of a vote"
            let occasion = indefinite && (["at", "during", "amid"].contains(before) || (before == "of" && analysis.word(phrase.lowerBound - 2) == "ahead"))
            let agentBy = byAgent(after: trigger.token, in: analysis, limit: min(clause.upperBound, trigger.token + 5))
            let durationBefore = analysis.dates.contains {
                if case .duration = $0.mention.kind { return $0.tokens.lowerBound >= phrase.lowerBound && $0.tokens.upperBound <= trigger.token }
                return false
            }
            let definite = !isNew && (referentialDeterminers.contains(determiner) || possessive)
            // "his election as head of state in 2022": a date after the noun's complement is its own too.
            let ownDate = analysis.dates.contains { found in
                found.mention.isEventDate && (phrase.contains(found.tokens.lowerBound) || found.tokens.lowerBound == phrase.upperBound
                    || TriggerDetector.datesComplement(found, of: trigger.token, in: analysis))
            }
            let ownVerb = hasOwnLightVerb(after: phrase, clause: clause, in: analysis)
            let lightVerb = TriggerDetector.hasLightVerb(before: trigger.token, in: analysis)
            if isNew || occasion || agentBy != nil || durationBefore || lightVerb || (definite ? ownDate || ownVerb : clauseHasDate) {
                reading.isLicensed = true
            }
            // "demonstrations last year … would join the rally": the clause's first noun says
            // whether it is a mention again, not a later one.
            if definite, trigger.token == headNoun {
                reading.isReferential = true
                reading.isDatedByItsHappening = ownVerb && isDatedByItsHappening(trigger, phrase: phrase, clause: clause, in: analysis)
                    || isNamedWithItsDate(trigger, phrase: phrase, in: analysis)
            }
            if ownDate || ownVerb || lightVerb { reading.hasOwnDate = true }
            if reading.agent == nil {
                reading.agent = agentBy ?? modifiers.lazy.compactMap { analysis.actor(at: $0) }.first.map(\.name)
            }
        }
        return reading
    }

    /// "The election was held on Saturday", "… took place on Tuesday", "… erupted on Monday":
    /// the noun's own verb, the first after its phrase, is one that makes it happen.
    static func hasOwnLightVerb(after phrase: Range<Int>, clause: Range<Int>, in analysis: SentenceAnalysis) -> Bool {
        var verbAt = phrase.upperBound
        // "The strike, called by two unions, began on Tuesday", "The summit, hosted by Kenya,
        // opened on Monday": a participle set off by commas is the noun's own verb when it makes
        // the event happen; otherwise the noun's verb is the one after the closing comma.
        if let parenthetical = participleParenthetical(after: phrase, clause: clause, in: analysis) {
            if EventLexicon.lightVerbs.contains(analysis.tokens[parenthetical.lowerBound].lower) { return true }
            verbAt = parenthetical.upperBound + 1
        }
        while verbAt < min(clause.upperBound, phrase.upperBound + 6), analysis.tokens[verbAt].isWord,
              !EventLexicon.lightVerbs.contains(analysis.tokens[verbAt].lower), !ClauseSplitter.auxiliaries.contains(analysis.tokens[verbAt].lower),
              !ClauseSplitter.looksLikeVerb(analysis.tokens[verbAt]) || TriggerDetector.determiners.contains(analysis.word(verbAt - 1) ?? "") {
            verbAt += 1
        }
        if ["was", "were", "is", "are", "had", "has", "have"].contains(analysis.word(verbAt) ?? "") { verbAt += 1 }
        if analysis.word(verbAt) == "been" { verbAt += 1 }
        // "A hearing … is expected to take place in July": a schedule before the verb.
        if TriggerDetector.plannedGovernors.contains(analysis.word(verbAt) ?? ""), analysis.word(verbAt + 1) == "to" { verbAt += 2 }
        return verbAt < clause.upperBound && EventLexicon.lightVerbs.contains(analysis.tokens[verbAt].lower)
    }

    /// The words between a pair of commas right after a noun phrase, when they open with a
    /// past participle: ", called by two unions,", ", staged in the capital last year,".
    static func participleParenthetical(after phrase: Range<Int>, clause: Range<Int>, in analysis: SentenceAnalysis) -> Range<Int>? {
        let open = phrase.upperBound
        guard open + 2 < clause.upperBound, analysis.tokens[open].text == ",", analysis.tokens[open + 1].isWord,
              TriggerDetector.isPastForm(analysis.tokens[open + 1].lower) || TriggerDetector.baseLikeParticiples.contains(analysis.tokens[open + 1].lower),
              let close = ((open + 2)..<min(clause.upperBound, open + 14)).first(where: { analysis.tokens[$0].kind == .punct && analysis.tokens[$0].text != "-" }),
              analysis.tokens[close].text == "," else { return nil }
        return (open + 1)..<close
    }

    /// The agent, then the actors the clause names after the trigger (the counterpart, the
    /// target); media only for releases, never the "according to" source.
    static func participants(agent: String?, head: Trigger, clause: Range<Int>, in analysis: SentenceAnalysis, context: EventContext) -> [String] {
        let headClass = head.entry.eventClass
        var participants: [String] = agent.map { [$0] } ?? []
        participants += coAgents(of: agent, head: head, clause: clause, in: analysis).filter { !participants.contains($0) }
        for span in analysis.actors where span.tokens.lowerBound > head.token && span.tokens.lowerBound < clause.upperBound {
            if context.actorKinds[span.name] == .media, headClass != .release { continue }
            if analysis.word(span.tokens.lowerBound - 1) == "according" || analysis.word(span.tokens.lowerBound - 2) == "according" { continue }
            if !participants.contains(span.name) { participants.append(span.name) }
            if participants.count >= 4 { break }
        }
        if let agent, context.actorKinds[agent] == .media, headClass != .release { participants.removeAll { $0 == agent } }
        return participants
    }

    /// "Peru and Bolivia reopened …", "Schialer and his Bolivian counterpart, Celinda Sosa, met":
    /// the actors joined to the agent by "and" in the subject act with it.
    static func coAgents(of agent: String?, head: Trigger, clause: Range<Int>, in analysis: SentenceAnalysis) -> [String] {
        guard head.isVerbal, let agent,
              let span = analysis.actors.last(where: { $0.name == agent && $0.tokens.lowerBound >= clause.lowerBound && $0.tokens.upperBound <= head.token })
        else { return [] }
        let between = span.tokens.upperBound..<head.token
        guard between.contains(where: { analysis.tokens[$0].lower == "and" }),
              !between.contains(where: { k in
                  let token = analysis.tokens[k]
                  return analysis.actor(at: k) == nil && !verbGroup.contains(token.lower) && token.lower != "and"
                      && (ClauseSplitter.looksLikeVerb(token) || ClauseSplitter.openers(token.lower) || TriggerDetector.prepositions.contains(token.lower))
              })
        else { return [] }
        var names: [String] = []
        for other in analysis.actors where between.contains(other.tokens.lowerBound) && other.name != agent && !names.contains(other.name) {
            names.append(other.name)
        }
        return names
    }
}
