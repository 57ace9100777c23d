import BriefingModel

/// One trigger clause read as an event, before it is merged with earlier mentions.
struct EventCandidate {
    var sentence: SourceRef
    var clause: Int
    var head: Trigger
    var classes: Set<EventClass>
    var isVerbal: Bool
    /// "the summit", "Lavrov’s visit", "the first time one has landed": an earlier event again.
    var isReferential: Bool
    /// A noun that names a new event on its own ("a rare trip", "new sanctions", "held talks").
    var isLicensed: Bool
    /// "then", "again": a further event even if it looks like an earlier one.
    var isNovel: Bool
    var isPlanned: Bool
    var agent: String?
    var participants: [String]
    var place: String?
    var date: DateSpan?
    var dateText: String?
    /// The clause names its own time, even an open one ("recently"): no borrowing.
    var hasOwnTime: Bool
    var duration: (DateDuration, text: String, backwards: Bool)?
    var title: String
}

/// What the candidate stage needs from outside the sentence.
struct EventContext {
    var actorKinds: [String: ActorKind]
    var placeNames: Set<String>
    /// The latest day-precision date of the text so far, for "two days later".
    var lastDate: (date: BriefingDate, text: String)?
    /// The first day-precision date of the previous sentence, for "… came as he began …".
    var previousSentenceDate: (date: DateSpan, text: String)?
}

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
    static let framingOpeners: Set<String> = ["", "and", "but", "according"]
    static let complementPrepositions: Set<String> = ["of", "by", "to", "with", "on", "against", "between", "from", "in", "at", "for", "into"]

    static func candidates(in analysis: SentenceAnalysis, context: EventContext) -> [EventCandidate] {
        let triggers = TriggerDetector.triggers(in: analysis)
        guard !triggers.isEmpty else { return [] }
        var byClause: [Int: [Trigger]] = [:]
        for trigger in triggers { byClause[analysis.clauseIndex(of: trigger.token), default: []].append(trigger) }
        let triggerClauses = Set(byClause.keys)
        return byClause.keys.sorted().compactMap { clauseIndex in
            build(clauseIndex, triggers: byClause[clauseIndex]!, analysis: analysis, triggerClauses: triggerClauses, context: context)
        }
    }

    private static func build(_ clauseIndex: Int, triggers: [Trigger], analysis: SentenceAnalysis, triggerClauses: Set<Int>, context: EventContext) -> EventCandidate? {
        let clause = analysis.clauses[clauseIndex].range
        let head = triggers.first(where: \.isVerbal) ?? triggers[0]
        let isVerbal = triggers.contains(where: \.isVerbal)
        let ownDates = analysis.dates.filter { clause.contains($0.tokens.lowerBound) && $0.mention.preposition != "since" }
        let hasEventDate = ownDates.contains { $0.mention.isEventDate }

        // Nouns: licensed as new events, or references to earlier ones.
        var isLicensed = isVerbal
        var isReferential = false
        var nounAgent: String?
        var isIndefinite = false
        for trigger in triggers where !trigger.isVerbal {
            let phrase = nounPhrase(at: trigger.token, in: analysis, clause: clause)
            let determiner = analysis.word(phrase.lowerBound) ?? ""
            let modifiers = phrase.lowerBound..<trigger.token
            let isNew = modifiers.contains { EventLexicon.newEventAdjectives.contains(analysis.tokens[$0].lower) }
            let possessive = modifiers.contains { analysis.tokens[$0].isPossessive }
            let before = analysis.word(phrase.lowerBound - 1) ?? ""
            if determiner == "a" || determiner == "an" { isIndefinite = true }
            let occasion = (determiner == "a" || determiner == "an") && (["at", "during", "amid"].contains(before) || (before == "of" && analysis.word(phrase.lowerBound - 2) == "ahead"))
            let agentBy = byAgent(after: trigger.token, in: analysis, limit: min(clause.upperBound, trigger.token + 5))
            let durationBefore = analysis.dates.contains { if case .duration = $0.mention.kind { return $0.tokens.lowerBound >= phrase.lowerBound && $0.tokens.upperBound <= trigger.token } else { return false } }
            let definite = !isNew && (referentialDeterminers.contains(determiner) || possessive)
            // A definite noun is dated only by a date of its own ("Friday's talks", "the talks
            // on Friday"), not by the time of the clause that reports it ("on Friday claimed the drills").
            let ownDate = analysis.dates.contains { found in
                found.mention.isEventDate && (phrase.contains(found.tokens.lowerBound) || found.tokens.lowerBound == phrase.upperBound)
            }
            // "The election was held on Saturday": a light verb after the noun.
            let after = phrase.upperBound
            let passiveLight = ["was", "were", "is", "are", "had", "has", "have", "been"].contains(analysis.word(after) ?? "")
                && ((after + 1)..<min(clause.upperBound, after + 3)).contains { EventLexicon.lightVerbs.contains(analysis.tokens[$0].lower) }
            if isNew || occasion || agentBy != nil || durationBefore || (definite ? ownDate || passiveLight : hasEventDate) || TriggerDetector.hasLightVerb(before: trigger.token, in: analysis) {
                isLicensed = true
            }
            if definite { isReferential = isReferential || !isVerbal }
            if nounAgent == nil {
                nounAgent = agentBy ?? modifiers.lazy.compactMap { analysis.actor(at: $0) }.first.map(\.name)
            }
        }
        if isVerbal, analysis.containsPhrase(["first", "time"], in: 0..<analysis.tokens.count) || analysis.containsPhrase(["second", "time"], in: 0..<analysis.tokens.count) {
            isReferential = true
        }
        let isNovel = isIndefinite || (!isVerbal && !isReferential) || analysis.contains(novelWords, in: clause)
        let tense = TenseDetector.tense(of: analysis.tokens[clause])
        let isPlanned = tense == .future || analysis.contains(plannedWords, in: clause)

        // Who.
        var agent: String? = isVerbal ? nil : nounAgent
        if agent == nil { agent = verbAgent(head: head, clause: clause, in: analysis) }
        var participants: [String] = agent.map { [$0] } ?? []
        let headClass = head.entry.eventClass
        for span in analysis.actors where span.tokens.lowerBound > head.token && span.tokens.lowerBound < clause.upperBound {
            if context.actorKinds[span.name] == .media, headClass != .release { continue }
            if analysis.word(span.tokens.lowerBound - 1) == "according" || analysis.word(span.tokens.lowerBound - 2) == "according" { continue }
            if !participants.contains(span.name) { participants.append(span.name) }
            if participants.count >= 4 { break }
        }
        if let agent, context.actorKinds[agent] == .media, headClass != .release { participants.removeAll { $0 == agent } }

        // Where.
        let place = findPlace(head: head.token, clause: clauseIndex, in: analysis, context: context)

        // When.
        var date: DateSpan?
        var dateText: String?
        var hasOwnTime = false
        let nearest = ownDates.sorted { abs($0.tokens.lowerBound - head.token) < abs($1.tokens.lowerBound - head.token) }
        if let dated = nearest.first(where: { $0.mention.isEventDate }) {
            date = dated.mention.span
            dateText = dated.mention.text
            hasOwnTime = true
        } else if let offset = nearest.first(where: { if case let .offset(o) = $0.mention.kind { return !o.isClausal } else { return false } }) {
            hasOwnTime = true
            dateText = offset.mention.text
            if case let .offset(o) = offset.mention.kind, let anchor = context.lastDate {
                date = o.span(from: anchor.date, toward: o.direction)
            }
        } else if let open = nearest.first(where: { if case .duration = $0.mention.kind { return false }; if case let .offset(o) = $0.mention.kind { return !o.isClausal }; return true }) {
            hasOwnTime = true
            dateText = open.mention.text
        }
        if !hasOwnTime, !isPlanned {
            // A time stated elsewhere in the sentence, in a clause with no event of its own:
            // "…, the Ministry of Commerce said on Sunday", "On Friday, …".
            let elsewhere = analysis.dates.filter { found in
                let index = analysis.clauseIndex(of: found.tokens.lowerBound)
                return found.mention.isEventDate && !triggerClauses.contains(index) && framingOpeners.contains(analysis.clauses[index].opener ?? "")
            }.sorted { abs($0.tokens.lowerBound - head.token) < abs($1.tokens.lowerBound - head.token) }
            if let borrowed = elsewhere.first {
                date = borrowed.mention.span
                dateText = borrowed.mention.text
            } else if let previous = context.previousSentenceDate, sharesTime(analysis) {
                date = previous.date
                dateText = previous.text
            }
        }
        var duration: (DateDuration, text: String, backwards: Bool)?
        for found in analysis.dates where clause.contains(found.tokens.lowerBound) {
            guard case let .duration(length) = found.mention.kind else { continue }
            let attached = triggers.first { !$0.isVerbal && $0.token >= found.tokens.upperBound && $0.token - found.tokens.upperBound <= 2 }
            if let attached {
                duration = (length, analysis.text(found.tokens.lowerBound..<(attached.token + 1)), analysis.contains(endVerbs, in: clause))
            } else if found.mention.preposition == "for" {
                duration = (length, found.mention.text, analysis.contains(endVerbs, in: clause))
            }
        }
        if let (length, text, backwards) = duration, let start = date, start.end == nil, let span = length.span(anchoredAt: start.start, backwards: backwards) {
            date = span
            dateText = [dateText, text].compactMap { $0 }.joined(separator: " / ")
        }

        let title = makeTitle(head: head, triggers: triggers, clause: clause, agent: agent, in: analysis)
        return EventCandidate(
            sentence: analysis.sentence.ref, clause: clauseIndex, head: head, classes: Set(triggers.map(\.entry.eventClass)),
            isVerbal: isVerbal, isReferential: isReferential, isLicensed: isLicensed, isNovel: isNovel, isPlanned: isPlanned,
            agent: agent, participants: participants, place: place, date: date, dateText: dateText, hasOwnTime: hasOwnTime,
            duration: duration, title: title)
    }

    /// "Lavrov’s comments came as he began …", "The tightening … comes as …": the clause
    /// happens at the time of what the previous sentence reported.
    static func sharesTime(_ analysis: SentenceAnalysis) -> Bool {
        let all = 0..<analysis.tokens.count
        return ["came", "comes", "come", "coming"].contains { analysis.containsPhrase([$0, "as"], in: all) }
            || analysis.containsPhrase(["coincided"], in: all) || analysis.containsPhrase(["at", "the", "same", "time"], in: all)
    }

    // MARK: - Noun phrases

    /// Determiner, modifiers and the noun, plus "of/by/to …" complements, within the clause.
    static func nounPhrase(at noun: Int, in analysis: SentenceAnalysis, clause: Range<Int>) -> Range<Int> {
        let tokens = analysis.tokens
        var start = noun
        while start - 1 >= clause.lowerBound, noun - (start - 1) <= 6 {
            let token = tokens[start - 1]
            if token.kind == .punct { break }
            if TriggerDetector.prepositions.contains(token.lower) || ClauseSplitter.openers(token.lower) { break }
            if EventLexicon.lightVerbs.contains(token.lower) || (ClauseSplitter.looksLikeVerb(token) && !token.isPossessive && analysis.actor(at: start - 1) == nil && analysis.date(at: start - 1) == nil && !EventLexicon.newEventAdjectives.contains(token.lower)) { break }
            start -= 1
            if TriggerDetector.determiners.contains(token.lower) { break }
        }
        var end = noun + 1
        if analysis.word(end) == "abroad" { end += 1 }
        var complements = 0
        while end < clause.upperBound, complements < 2, let preposition = analysis.word(end), complementPrepositions.contains(preposition) {
            var k = end + 1
            var words = 0
            while k < clause.upperBound, words < 5, analysis.tokens[k].kind != .punct {
                let token = analysis.tokens[k]
                if TriggerDetector.prepositions.contains(token.lower) || ClauseSplitter.openers(token.lower) { break }
                if ClauseSplitter.looksLikeVerb(token), analysis.actor(at: k) == nil, analysis.date(at: k) == nil { break }
                k += 1
                words += 1
            }
            guard words > 0 else { break }
            end = k
            complements += 1
        }
        return start..<end
    }

    static func byAgent(after index: Int, in analysis: SentenceAnalysis, limit: Int) -> String? {
        var k = index + 1
        while k < limit {
            if analysis.word(k) == "by" {
                var object = k + 1
                while object < analysis.tokens.count, analysis.actor(at: object) == nil, object - k <= 3, analysis.tokens[object].kind != .punct { object += 1 }
                return analysis.actor(at: object)?.name
            }
            k += 1
        }
        return nil
    }

    /// An actor after a preposition is an object ("to Russia", "from the border"), except the
    /// subject of an absolute clause ("with the North conducting …").
    static func isObject(_ span: SentenceAnalysis.Span, clause: Range<Int>, in analysis: SentenceAnalysis) -> Bool {
        var k = span.tokens.lowerBound - 1
        if let word = analysis.word(k), TriggerDetector.determiners.contains(word) { k -= 1 }
        guard let preposition = analysis.word(k), TriggerDetector.prepositions.contains(preposition) else { return false }
        if preposition == "with", k == clause.lowerBound { return false }
        return true
    }

    /// The subject: "by X" after a passive verb, else the first actor of the clause before the
    /// trigger that is not a prepositional object, else (for "he", participles) the subject of
    /// the sentence before the clause.
    static func verbAgent(head: Trigger, clause: Range<Int>, in analysis: SentenceAnalysis) -> String? {
        if head.isVerbal, let passive = byAgent(after: head.token, in: analysis, limit: min(clause.upperBound, head.token + 7)) { return passive }
        let before = analysis.actors.filter { $0.tokens.lowerBound >= clause.lowerBound && $0.tokens.upperBound <= head.token }
        if var index = before.firstIndex(where: { !isObject($0, clause: clause, in: analysis) }) {
            // "Zimbabwe opposition leader Nelson Chamisa": the last name of one noun phrase.
            // Mentions may nest ("U.S." inside "U.S. Treasury Department"): only a later one joins.
            while index + 1 < before.count, before[index + 1].tokens.lowerBound >= before[index].tokens.upperBound,
                  before[index + 1].tokens.lowerBound - before[index].tokens.upperBound <= 4,
                  (before[index].tokens.upperBound..<before[index + 1].tokens.lowerBound).allSatisfy({ k in
                      let token = analysis.tokens[k]
                      return token.isWord && !TriggerDetector.prepositions.contains(token.lower) && !ClauseSplitter.looksLikeVerb(token) && !["and", "or", "said", "says", "told"].contains(token.lower)
                  }) {
                index += 1
            }
            return before[index].name
        }
        return analysis.actors.last(where: { span in
            let own = analysis.clauses[analysis.clauseIndex(of: span.tokens.lowerBound)].range
            return span.tokens.upperBound <= clause.lowerBound && !isObject(span, clause: own, in: analysis)
        })?.name
    }

    static func findPlace(head: Int, clause clauseIndex: Int, in analysis: SentenceAnalysis, context: EventContext) -> String? {
        let clause = analysis.clauses[clauseIndex].range
        var spans = analysis.places
        spans += analysis.actors.filter { context.placeNames.contains($0.name) && !spans.contains($0) }
        // "Russia's war" names an owner, not a place.
        let inClause = spans.filter { clause.contains($0.tokens.lowerBound) && !analysis.tokens[$0.tokens.upperBound - 1].isPossessive }
            .sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        /// The preposition governing a place: "in the southern port city of Busan" → "of".
        func preposition(_ span: SentenceAnalysis.Span) -> String? {
            var k = span.tokens.lowerBound - 1
            while k > span.tokens.lowerBound - 5, let word = analysis.word(k), analysis.tokens[k].isWord, !TriggerDetector.prepositions.contains(word) { k -= 1 }
            return analysis.word(k)
        }
        if let after = inClause.first(where: { $0.tokens.lowerBound > head && $0.tokens.lowerBound - head <= 10 && preposition($0).map { TriggerDetector.prepositions.contains($0) && $0 != "from" && $0 != "than" } == true }) {
            return after.name
        }
        if let before = inClause.last(where: { $0.tokens.lowerBound < head && ["in", "at"].contains(preposition($0) ?? "") }) { return before.name }
        if analysis.clauses[clauseIndex].opener == "where",
           let antecedent = spans.filter({ $0.tokens.upperBound <= clause.lowerBound }).max(by: { $0.tokens.upperBound < $1.tokens.upperBound }) {
            return antecedent.name
        }
        return nil
    }

    // MARK: - Titles

    static let verbGroup: Set<String> = ["had", "has", "have", "was", "were", "been", "be", "is", "are", "will", "would", "also", "then", "already", "later", "alone", "just", "not", "previously", "once", "again", "first", "still", "now", "to", "being"]

    /// Where the subject of a verb starts: back over the verb group (auxiliaries, adverbs,
    /// dates), then over its noun phrase.
    static func subjectStart(before verb: Int, clause: Range<Int>, in analysis: SentenceAnalysis) -> Int {
        let tokens = analysis.tokens
        var k = verb - 1
        while k >= clause.lowerBound, verbGroup.contains(tokens[k].lower) || (tokens[k].isWord && tokens[k].lower.hasSuffix("ly") && !tokens[k].isCapitalized) || analysis.date(at: k) != nil || tokens[k].text == "," {
            k -= 1
        }
        var start = k + 1
        while k >= clause.lowerBound {
            let token = tokens[k]
            if token.kind == .punct { break }
            if k == clause.lowerBound, openers.contains(token.lower) { break }
            let coordinatedNames = token.lower == "and" && k - 1 >= clause.lowerBound && tokens[k - 1].isCapitalized && k + 1 < tokens.count && tokens[k + 1].isCapitalized
            if !coordinatedNames, ClauseSplitter.openers(token.lower) || (TriggerDetector.prepositions.contains(token.lower) && token.lower != "of") { break }
            if analysis.actor(at: k) == nil, !token.isCapitalized, ClauseSplitter.looksLikeVerb(token) || EventLexicon.lightVerbs.contains(token.lower) || ["said", "says", "told"].contains(token.lower) { break }
            start = k
            if TriggerDetector.determiners.contains(token.lower) || token.isPossessive && analysis.actor(at: k) == nil { break }
            k -= 1
        }
        return start
    }

    /// The clause from its subject through the trigger's object, as written, without the
    /// dates around it; a pronoun subject replaced by the actor it stands for.
    static func makeTitle(head: Trigger, triggers: [Trigger], clause: Range<Int>, agent: String?, in analysis: SentenceAnalysis) -> String {
        let tokens = analysis.tokens
        var start: Int
        var end: Int
        if head.isVerbal {
            start = subjectStart(before: head.token, clause: clause, in: analysis)
            // A subject with a long modifier: "A U.S. B-52 bomber capable of carrying … landed".
            if let agent, let span = analysis.actors.first(where: { $0.name == agent && $0.tokens.lowerBound >= clause.lowerBound && $0.tokens.upperBound <= head.token }),
               span.tokens.lowerBound < start, head.token - span.tokens.lowerBound <= 12 {
                var k = span.tokens.lowerBound
                while k - 1 >= clause.lowerBound, let word = analysis.word(k - 1), TriggerDetector.determiners.contains(word) { k -= 1 }
                start = k
            }
            end = head.token + 1
            while end < clause.upperBound, end - head.token <= 12 {
                let token = tokens[end]
                if [",", "(", ";", "\u{2014}"].contains(token.text) { break }
                if ["that", "which", "who", "what", "where", "when", "while", "as", "after", "before", "because"].contains(token.lower) { break }
                if TriggerDetector.complementHeads.contains(token.lower) { break }
                if end > head.token + 2, token.isWord, token.lower.hasSuffix("ing"), !ClauseSplitter.ingNouns.contains(token.lower) { break }
                if let date = analysis.date(at: end), date.tokens.lowerBound == end, end > head.token + 1 { break }
                end += 1
            }
        } else {
            let phrase = nounPhrase(at: head.token, in: analysis, clause: clause)
            let window = max(clause.lowerBound, head.token - 7)..<head.token
            if let light = window.last(where: { EventLexicon.lightVerbs.contains(tokens[$0].lower) }) {
                start = subjectStart(before: light, clause: clause, in: analysis)
            } else {
                start = phrase.lowerBound
            }
            end = phrase.upperBound
            if end < clause.upperBound, ["was", "were", "is", "are"].contains(tokens[end].lower) {
                var k = end + 1
                while k < clause.upperBound, k - end <= 4, tokens[k].isWord, !ClauseSplitter.openers(tokens[k].lower) { k += 1 }
                end = k
            }
        }
        func trimmable(_ index: Int) -> Bool {
            let token = tokens[index]
            return token.kind == .punct || openers.contains(token.lower) || analysis.date(at: index) != nil
        }
        while start < end, trimmable(start) { start += 1 }
        while end > start, trimmable(end - 1) || TriggerDetector.prepositions.contains(tokens[end - 1].lower) || ["and", "the", "a", "an", "its", "their", "his", "her"].contains(tokens[end - 1].lower) { end -= 1 }
        guard start < end else { return capitalizedFirst(analysis.text(clause)) }
        var title = analysis.text(start..<end)
        let first = tokens[start]
        if let agent, pronouns.contains(first.lower), first.text.count == first.lower.count {
            title = shortName(of: agent, in: analysis) + title.dropFirst(first.text.count)
        } else if let agent, head.isVerbal, start == head.token {
            title = shortName(of: agent, in: analysis) + " " + title
        } else if !head.isVerbal, start == nounPhrase(at: head.token, in: analysis, clause: clause).lowerBound, ["a", "an", "the"].contains(first.lower) {
            title = String(title.dropFirst(first.text.count + 1))
        }
        title = String(title.unicodeScalars.filter { !["\u{201C}", "\u{201D}", "\""].contains($0) }.map(Character.init))
        return capitalizedFirst(title)
    }

    /// The actor as this sentence names it, without a possessive: "Lavrov".
    static func shortName(of actor: String, in analysis: SentenceAnalysis) -> String {
        guard let span = analysis.actors.first(where: { $0.name == actor }) else { return actor }
        var surface = span.surface
        for suffix in ["\u{2019}s", "'s"] where surface.hasSuffix(suffix) { surface.removeLast(2) }
        return surface
    }

    static func capitalizedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}

extension ClauseSplitter {
    /// Words that open a clause, for trimming.
    static func openers(_ word: String) -> Bool {
        alwaysOpen.contains(word) || ["that", "as", "and", "but", "or", "with", "including", "if"].contains(word)
    }
}
