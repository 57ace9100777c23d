import BriefingModel

/// The events found so far, and the rules for folding a new mention into one of them.
struct EventLedger {
    struct Record {
        var draft: DraftEvent
        var classes: Set<EventClass>
        var agent: String?
        var isPlanned: Bool
        var dateIsOwn: Bool
        /// Act nouns whose verbs the event's sentence uses (see `namedEventDistance`).
        var sentenceActNouns: Set<String> = []
        var date: DateSpan? { draft.date }
        var dateText: String? { draft.dateText }
    }

    private(set) var events: [Record] = []

    /// Adds a sentence's candidates; returns the indices of the events they created or joined.
    @discardableResult
    mutating func add(_ candidates: [EventCandidate], analysis: SentenceAnalysis) -> [Int] {
        var candidates = Self.foldElaborations(candidates, analysis: analysis)
        // A referential mention dates the clause it sits in ("Its arrival came …").
        var effective: [DateSpan?] = candidates.map { candidate in
            candidate.date ?? (candidate.isReferential ? match(candidate, loosely: true).flatMap { events[$0].date } : nil)
        }
        applyClausalOffsets(&candidates, effective: &effective, analysis: analysis)
        for index in candidates.indices {
            guard let (span, text) = eveDate(of: candidates[index], in: analysis) else { continue }
            candidates[index].date = span
            candidates[index].dateText = text
            candidates[index].hasOwnTime = true
            effective[index] = span
        }
        var touched: [Int] = []
        let sentenceActNouns = Self.actNouns(told: analysis)
        for candidate in candidates {
            let datedBack = dateBack(by: candidate)
            // "walked out in January, when the cabinet presented its plans": an act told in a
            // "when" clause coincides with the act of its sentence; it is another act, not a
            // second mention of it.
            let inWhenClause = candidate.isVerbal && analysis.clauses[candidate.clause].opener == "when"
            if !datedBack, let index = match(candidate), !(inWhenClause && events[index].draft.source == candidate.sentence) {
                merge(candidate, into: index)
                touched.append(index)
            } else if candidate.isVerbal || candidate.isLicensed {
                touched.append(events.count)
                events.append(Record(
                    draft: DraftEvent(title: candidate.title, date: candidate.date, dateText: candidate.dateText, place: candidate.place,
                                      participants: candidate.participants, source: candidate.sentence),
                    classes: candidate.classes, agent: candidate.agent, isPlanned: candidate.isPlanned,
                    dateIsOwn: candidate.date != nil, sentenceActNouns: sentenceActNouns))
            }
        }
        return touched
    }

    /// "…said arms shipments were underway, with North Korea delivering …": a "with"/"including"
    /// clause that spells out the event before it is that event, not another.
    static func foldElaborations(_ candidates: [EventCandidate], analysis: SentenceAnalysis) -> [EventCandidate] {
        var result: [EventCandidate] = []
        for candidate in candidates {
            let opener = analysis.clauses[candidate.clause].opener ?? ""
            if ["with", "including"].contains(opener), var previous = result.last, !previous.classes.isDisjoint(with: candidate.classes) {
                for name in candidate.participants where !previous.participants.contains(name) { previous.participants.append(name) }
                if previous.place == nil { previous.place = candidate.place }
                result[result.count - 1] = previous
                continue
            }
            // "a cyberattack that knocked out signalling last month": a relative clause whose
            // act the lexicon does not know tells what the event noun before it did.
            if ["that", "which"].contains(opener), candidate.classes == [.act], var previous = result.last, !previous.isVerbal,
               previous.clause == candidate.clause - 1 {
                for name in candidate.participants where !previous.participants.contains(name) { previous.participants.append(name) }
                if previous.place == nil { previous.place = candidate.place }
                if previous.date == nil, candidate.date != nil {
                    previous.date = candidate.date
                    previous.dateText = candidate.dateText
                    previous.hasOwnTime = true
                }
                previous.isLicensed = true
                result[result.count - 1] = previous
                continue
            }
            result.append(candidate)
        }
        return result
    }

    /// "A came less than a week after B docked": B's date from A's, or A's from B's.
    private func applyClausalOffsets(_ candidates: inout [EventCandidate], effective: inout [DateSpan?], analysis: SentenceAnalysis) {
        for found in analysis.dates {
            guard case let .offset(offset) = found.mention.kind, offset.isClausal else { continue }
            let mainClause = analysis.clauseIndex(of: found.tokens.lowerBound)
            let subordinateClause = analysis.clauseIndex(of: found.tokens.upperBound)
            // The event the distance is measured from: in the offset's own clause before it,
            // else (for "…, and less than a week after …") the sentence's first event.
            let own = candidates.lastIndex { $0.clause == mainClause && $0.head.token < found.tokens.lowerBound }
            let back: DateOffset.Direction = offset.direction == .later ? .earlier : .later
            // "arrived two days after the attack on the base": from the named event's day.
            // The splitter may open a clause at "after"; a noun phrase without a verb of its own
            // ("two days after the attack on the base") still names an event, not a clause.
            let namesEvent = subordinateClause == mainClause || !candidates.contains { $0.clause == subordinateClause && $0.isVerbal }
            if let own, namesEvent, let span = namedEventDistance(found, offset: offset, in: analysis) {
                if !candidates[own].hasOwnTime || candidates[own].date == nil {
                    candidates[own].date = span
                    candidates[own].dateText = found.mention.text
                    candidates[own].hasOwnTime = true
                    effective[own] = span
                }
                continue
            }
            guard let subordinate = candidates.firstIndex(where: { $0.clause >= subordinateClause && $0.clause > mainClause }) else { continue }
            guard let main = own ?? candidates.firstIndex(where: { $0.clause < mainClause }) else {
                // "China on Thursday rejected …, a day after Brussels imposed duties": the main
                // clause names no event, but its date still anchors the distance.
                let anchor = analysis.dates.last { $0.tokens.upperBound <= found.tokens.lowerBound && $0.mention.isEventDate }
                if let anchor = anchor?.mention.span, !candidates[subordinate].hasOwnTime || candidates[subordinate].date == nil,
                   let span = offset.span(from: anchor.start, toward: back) {
                    candidates[subordinate].date = span
                    candidates[subordinate].dateText = found.mention.text
                    effective[subordinate] = span
                }
                continue
            }
            guard main != subordinate else { continue }
            if offset.bound == .approximate {
                // "hours before INEC declared …": near another event, at a time the text leaves open.
                if !candidates[subordinate].hasOwnTime {
                    candidates[subordinate].date = nil
                    candidates[subordinate].dateText = found.mention.text
                    candidates[subordinate].hasOwnTime = true
                    effective[subordinate] = nil
                }
                continue
            }
            if let anchor = effective[main], !candidates[subordinate].hasOwnTime || candidates[subordinate].date == nil,
               let span = offset.span(from: back == .earlier ? anchor.start : anchor.last, toward: back) {
                candidates[subordinate].date = span
                candidates[subordinate].dateText = found.mention.text
                effective[subordinate] = span
            } else if effective[main] == nil, let anchor = effective[subordinate],
                      let span = offset.span(from: offset.direction == .later ? anchor.last : anchor.start, toward: offset.direction) {
                candidates[main].date = span
                candidates[main].dateText = found.mention.text
                effective[main] = span
            }
        }
    }

    /// How far back a later mention looks for its event: a text's recent events. An article
    /// has a few dozen; a long paste of many articles should not compare every pair.
    static let memory = 60

    /// The earlier event a candidate mentions again, if any. `loosely`, a vote and its
    /// outcome count as one ("declared victory a day after the vote"): enough to date by,
    /// not to fold.
    func match(_ candidate: EventCandidate, loosely: Bool = false) -> Int? {
        var classes = candidate.classes
        if loosely, !classes.isDisjoint(with: [.election, .outcome]) { classes.formUnion([.election, .outcome]) }
        for index in events.indices.reversed().prefix(Self.memory) {
            let event = events[index]
            guard !event.classes.isDisjoint(with: classes) else { continue }
            let participants = event.draft.participants
            let agentFits = candidate.agent == nil || event.agent == nil || participants.contains(candidate.agent!)
            let placeFits = candidate.place == nil || event.draft.place == nil || candidate.place == event.draft.place
            let dateFits = candidate.date == nil || event.date == nil || overlaps(candidate.date!, event.date!)
            guard agentFits, placeFits, dateFits else { continue }
            // "the December 2023 vote": a mention with a date of its own names the event of
            // that date, not one whose date is unknown.
            if candidate.isReferential, candidate.date != nil, event.date == nil, candidate.hasOwnTime { continue }
            if candidate.isReferential { return index }
            if candidate.isNovel { continue }
            guard candidate.isPlanned == event.isPlanned else { continue }
            if candidate.date == nil, !candidate.hasOwnTime {
                let sameAgent = candidate.agent != nil && candidate.agent == event.agent
                let samePlace = candidate.place != nil && candidate.place == event.draft.place
                if sameAgent || samePlace { return index }
            } else if let date = candidate.date, date == event.date, candidate.agent == event.agent || candidate.agent == nil || event.agent == nil {
                return index
            }
        }
        return nil
    }

    /// Gives an event the date a later sentence tells for it.
    mutating func setDate(_ date: DateSpan, text: String?, at index: Int) {
        events[index].draft.date = date
        events[index].draft.dateText = text
        events[index].dateIsOwn = true
    }

    private mutating func merge(_ candidate: EventCandidate, into index: Int) {
        var event = events[index]
        // "The summit fanned fears Pyongyang might arm Moscow": a mention by name adds its
        // owner at most, not the actors of the clause around it.
        let joining = candidate.isReferential ? candidate.agent.map { [$0] } ?? [] : candidate.participants
        for name in joining where !event.draft.participants.contains(name) { event.draft.participants.append(name) }
        if event.draft.date == nil, let date = candidate.date {
            event.draft.date = date
            event.draft.dateText = candidate.dateText
        } else if let (span, text) = CandidateBuilder.spanning(event.draft.date, text: event.draft.dateText, until: candidate.runsUntil) {
            event.draft.date = span
            event.draft.dateText = text
        }
        if event.draft.place == nil { event.draft.place = candidate.place }
        if event.agent == nil { event.agent = candidate.agent }
        event.classes.formUnion(candidate.classes)
        events[index] = event
    }

    /// Whether two spans share a day; a month or a year covers all its days.
    private func overlaps(_ a: DateSpan, _ b: DateSpan) -> Bool {
        func key(_ date: BriefingDate, end: Bool) -> Int {
            date.year * 10_000 + (date.month ?? (end ? 12 : 1)) * 100 + (date.day ?? (end ? 31 : 1))
        }
        return key(a.start, end: false) <= key(b.last, end: true) && key(b.start, end: false) <= key(a.last, end: true)
    }
}
