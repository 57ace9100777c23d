import BriefingModel

/// When a trigger clause happened: its own time expression, else the time of the clause that
/// reports it, else the previous sentence's when the text says so; a length ("two-day
/// visit") turns a day into a span.
extension CandidateBuilder {
    struct Time {
        var date: DateSpan?
        var text: String?
        /// The clause names its own time, even an open one ("recently"): no borrowing.
        var isOwn = false
    }

    /// The nearest date of the clause; else a distance from the last date ("two days
    /// later"); else an open time, which leaves the date empty.
    static func ownTime(head: Trigger, clause: Range<Int>, in analysis: SentenceAnalysis, context: EventContext) -> Time {
        // "would march on Thursday and hold an assembly on March 17": the second verb's time
        // starts after the "and" that joins it.
        var start = clause.lowerBound
        if head.isVerbal {
            var k = head.token - 1
            while k > clause.lowerBound, TriggerDetector.preverbalAdverbs.contains(analysis.tokens[k].lower) { k -= 1 }
            if analysis.word(k) == "and", k > clause.lowerBound { start = k + 1 }
        }
        let own = analysis.dates
            .filter { (start..<clause.upperBound).contains($0.tokens.lowerBound) && $0.mention.preposition != "since" && !(head.isVerbal && isPrenominal($0, in: analysis) && !isOccasion($0, in: analysis))
                && !isPurposeYear($0, in: analysis) && !endPrepositions.contains($0.mention.preposition ?? "") }
            .sorted { (isReportDate($0, before: head, in: analysis) ? 1 : 0, abs($0.tokens.lowerBound - head.token))
                < (isReportDate($1, before: head, in: analysis) ? 1 : 0, abs($1.tokens.lowerBound - head.token)) }
        // "Malawi's 2019 presidential election in February 2020": a noun's own date comes first.
        let nounPhrase = head.isVerbal ? nil : self.nounPhrase(at: head.token, in: analysis, clause: clause)
        let inPhrase = own.first { found in
            nounPhrase.map { found.mention.isEventDate && found.tokens.lowerBound > $0.lowerBound && found.tokens.upperBound <= head.token } ?? false
        }
        if let dated = inPhrase ?? own.first(where: { $0.mention.isEventDate }) {
            if let span = yearOfContext(for: dated, in: analysis, context: context) {
                return Time(date: span, text: dated.mention.text + " of that year", isOwn: true)
            }
            if let span = yearOfNearbyFullDay(for: dated, context: context) {
                return Time(date: span, text: dated.mention.text, isOwn: true)
            }
            if let span = yearOfWhenAntecedent(for: dated, in: analysis) {
                return Time(date: span, text: dated.mention.text, isOwn: true)
            }
            return Time(date: weekDeadline(dated, in: analysis) ?? scheduledReading(of: dated, head: head, in: analysis) ?? dated.mention.span, text: dated.mention.text, isOwn: true)
        }
        // "It has opened investigations … since November 2021": an act in the perfect began
        // at its "since" date.
        if let since = analysis.dates.first(where: { clause.contains($0.tokens.lowerBound) && $0.mention.preposition == "since" && $0.mention.span != nil }),
           case .date = since.mention.kind,
           (clause.lowerBound..<head.token).contains(where: { perfectAuxiliaries.contains(analysis.tokens[$0].lower) }) {
            return Time(date: accumulatedSpan(since: since, head: head, in: analysis) ?? sinceWeek(since, in: analysis) ?? since.mention.span, text: since.mention.text, isOwn: true)
        }
        if let since = sinceParticipleSpan(head: head, clause: clause, in: analysis) { return since }
        if let until = untilTime(clause: clause, in: analysis) { return until }
        for found in own + leadingOffset(before: clause, in: analysis) {
            switch found.mention.kind {
            case let .offset(offset) where !offset.isClausal:
                let anchor = sentenceAnchor(before: found, in: analysis) ?? context.lastDate?.date
                let date = anchor.flatMap { offset.span(from: $0, toward: offset.direction) }
                return Time(date: date, text: found.mention.text, isOwn: true)
            case .offset, .duration:
                continue
            case .date where found.mention.preposition.map(endPrepositions.contains) == true:
                // "suspending talks until 2028": when a thing ends is not when it was done.
                return Time(date: nil, text: found.mention.text, isOwn: true)
            case .date, .vague:
                return Time(date: overnightSpan(found, head: head, clause: clause, in: analysis, context: context), text: found.mention.text, isOwn: true)
            }
        }
        // "waived their bonuses for 2024": the thing is dated, the act is not; it is no
        // later mention of an undated act either.
        if analysis.dates.contains(where: { clause.contains($0.tokens.lowerBound) && isPurposeYear($0, in: analysis) }) {
            return Time(isOwn: true)
        }
        return Time()
    }

    static let perfectAuxiliaries: Set<String> = ["has", "have", "had"]

    /// "The following morning, the government declared …": a distance set off by a comma at the
    /// head of the sentence, a clause of its own, times the clause right after it.
    static func leadingOffset(before clause: Range<Int>, in analysis: SentenceAnalysis) -> [DateFinder.Found] {
        guard analysis.clauses.count > 1, analysis.clauses[1].range.lowerBound == clause.lowerBound,
              let found = analysis.dates.first(where: { $0.tokens.lowerBound == 0 }), case .offset = found.mention.kind,
              analysis.clauses[0].range.upperBound == found.tokens.upperBound + 1, analysis.word(found.tokens.upperBound) == "," else { return [] }
        return [found]
    }

    /// "said Thursday it will cut the number of ships starting next week": a date right after a
    /// verb of saying, before the act, is when it was said; the act's own date, if the clause
    /// has one, comes first.
    static func isReportDate(_ found: DateFinder.Found, before head: Trigger, in analysis: SentenceAnalysis) -> Bool {
        found.tokens.upperBound <= head.token && reportVerbs.contains(analysis.word(found.tokens.lowerBound - 1) ?? "")
    }

    static let reportVerbs: Set<String> = ["said", "says", "told", "tells", "announced", "announces", "added", "adds", "stated", "confirmed", "reported", "wrote"]

    /// "the search would continue until Thursday", "hearings are scheduled until the end of
    /// July": what goes on or is planned up to a date runs from the report to that date; a
    /// past act with an end ("suspended talks until 2028") has no date of its own.
    static func untilTime(clause: Range<Int>, in analysis: SentenceAnalysis) -> Time? {
        guard let until = analysis.dates.first(where: { clause.contains($0.tokens.lowerBound) && endPrepositions.contains($0.mention.preposition ?? "") }),
              case .date = until.mention.kind else { return nil }
        let tense = TenseDetector.tense(analysis.marks[clause]) ?? .present
        guard tense != .past, let published = analysis.published, published.precision == .day, var end = until.mention.span?.last else {
            return Time(date: nil, text: until.mention.text, isOwn: true)
        }
        // "until the end of July" runs to the month's last day.
        if end.precision == .month, let month = end.month {
            end = BriefingDate(year: end.year, month: month, day: CalendarDay.daysIn(month: month, year: end.year))
        }
        guard end.precision == .day, published.iso < end.iso else { return Time(date: nil, text: until.mention.text, isOwn: true) }
        return Time(date: DateSpan(start: published, end: end), text: until.mention.text, isOwn: true)
    }

    /// "had killed 412 people since January", "detained three times since January": a count
    /// kept since a date runs from that date to the day of the report; a single act or a
    /// state ("has been closed since 2021") dates from its start.
    static func accumulatedSpan(since found: DateFinder.Found, head: Trigger, in analysis: SentenceAnalysis) -> DateSpan? {
        guard let start = found.mention.span?.start, let published = analysis.published else { return nil }
        let clause = analysis.clauses[analysis.clauseIndex(of: head.token)].range
        var object = head.token + 1
        while let word = analysis.word(object), ["more", "than", "about", "nearly", "almost", "over", "at", "least", "some", "around"].contains(word) { object += 1 }
        let counted = object < clause.upperBound && isCount(analysis.tokens[object]) && analysis.date(at: object) == nil
            || !head.isVerbal && (max(clause.lowerBound, head.token - 3)..<head.token).contains { analysis.tokens[$0].kind == .number && analysis.date(at: $0) == nil }
        // "fined the company twice since 2023", "held weekly protests since November".
        let repeated = clause.contains { repetitionWords.contains(analysis.tokens[$0].lower) }
        // "More than 500 people have been detained since …": a counted subject of a passive.
        let countedSubject = analysis.word(head.token - 1) == "been"
            && (clause.lowerBound..<head.token).contains { analysis.tokens[$0].kind == .number && analysis.date(at: $0) == nil }
        // "11 people had died since December", "at least 40 migrants have drowned off Libya
        // since January": a counted subject of a verb in the perfect with no object of its own.
        let next = analysis.word(head.token + 1) ?? ""
        let countedIntransitive = head.isVerbal && perfectAuxiliaries.contains(analysis.word(head.token - 1) ?? "")
            && (next.isEmpty || TriggerDetector.prepositions.contains(next) || analysis.date(at: head.token + 1) != nil || analysis.tokens[head.token + 1].kind == .punct)
            && (clause.lowerBound..<head.token).contains { (analysis.tokens[$0].kind == .number || isCount(analysis.tokens[$0])) && analysis.date(at: $0) == nil }
        guard counted || repeated || countedSubject || countedIntransitive else { return nil }
        return DateSpan(start: start, end: published)
    }

    /// "detained 40 people", "expelled nine diplomats", "arrested hundreds": a count as
    /// figures or words (not "a" or "one", which count nothing up).
    static func isCount(_ token: SentenceToken) -> Bool {
        if token.kind == .number { return true }
        if let value = DateLexicon.numberWords[token.lower] { return value > 1 }
        return countWords.contains(token.lower)
    }
    static let countWords: Set<String> = ["dozens", "scores", "hundreds", "thousands", "tens", "several", "numerous"]

    /// Words that make an act in a "since" clause a repeated one, counted up to the report.
    static let repetitionWords: Set<String> = ["times", "twice", "repeatedly", "weekly", "daily", "nightly", "regularly", "monthly"]

    /// "in June of that year": a month without a year of its own, in the year the text last named.
    static func yearOfContext(for found: DateFinder.Found, in analysis: SentenceAnalysis, context: EventContext) -> DateSpan? {
        let after = found.tokens.upperBound
        guard case let .calendar(month, day, nil, nil, nil, nil) = found.core, let year = context.lastYear,
              analysis.word(after) == "of", analysis.word(after + 1) == "that", analysis.word(after + 2) == "year" else { return nil }
        return DateSpan(start: BriefingDate(year: year, month: month, day: day))
    }
    /// "since 2023, when two cables were cut in February": a month without a year of its own,
    /// in a "when" clause, is in the year of the date the clause hangs on.
    static func yearOfWhenAntecedent(for found: DateFinder.Found, in analysis: SentenceAnalysis) -> DateSpan? {
        guard case let .calendar(month, day, nil, nil, nil, nil) = found.core else { return nil }
        let clauseIndex = analysis.clauseIndex(of: found.tokens.lowerBound)
        guard clauseIndex > 0, analysis.clauses[clauseIndex].opener == "when",
              let antecedent = antecedentTime(of: clauseIndex, in: analysis)?.date, antecedent.start.precision == .year else { return nil }
        return DateSpan(start: BriefingDate(year: antecedent.start.year, month: month, day: day))
    }

    /// Prepositions that give when something ends or lasts until, not when it happened.
    static let endPrepositions: Set<String> = ["until", "till", "through", "pending"]

    /// "received the request on July 29 and approved the doses two days later", "arrested on
    /// Oct. 15 and released the next day": a distance counts from the latest date stated
    /// before it in the same sentence, before any date of earlier sentences.
    static func sentenceAnchor(before offset: DateFinder.Found, in analysis: SentenceAnalysis) -> BriefingDate? {
        let anchor = analysis.dates.last { found in
            guard found.tokens.upperBound <= offset.tokens.lowerBound, found.mention.isEventDate, case .date = found.mention.kind,
                  let span = found.mention.span else { return false }
            return span.start.precision != .year && !endPrepositions.contains(found.mention.preposition ?? "")
        }
        return anchor?.mention.span?.last
    }

    /// "withdrew from the 2015 nuclear deal", "the December 2023 vote", "Malawi's 2019
    /// election": a date between a determiner or possessive and its noun dates the noun, not
    /// the verb of the clause.
    static func isPrenominal(_ found: DateFinder.Found, in analysis: SentenceAnalysis) -> Bool {
        guard found.mention.preposition == nil, let before = analysis.word(found.tokens.lowerBound - 1),
              TriggerDetector.determiners.contains(before) || analysis.tokens[found.tokens.lowerBound - 1].isPossessive,
              found.tokens.upperBound < analysis.tokens.count else { return false }
        let next = analysis.tokens[found.tokens.upperBound]
        return next.isWord && !TriggerDetector.prepositions.contains(next.lower) && !ClauseSplitter.openers(next.lower)
    }
    /// "defeated Chanda in the 2021 election", "spoke at the 2023 summit": the dated noun is the
    /// occasion of the act, which shares its date.
    static func isOccasion(_ found: DateFinder.Found, in analysis: SentenceAnalysis) -> Bool {
        occasionPrepositions.contains(analysis.word(found.tokens.lowerBound - 2) ?? "")
    }
    static let occasionPrepositions: Set<String> = ["in", "at", "during"]

    /// "a budget for next year", "bonuses for 2024": a year after "for" says what a thing is
    /// for, not when anything happened, unless a word of scheduling governs it ("set for 2027").
    static func isPurposeYear(_ found: DateFinder.Found, in analysis: SentenceAnalysis) -> Bool {
        guard found.mention.preposition == "for", let span = found.mention.span, span.start.month == nil else { return false }
        return !schedulingWords.contains(analysis.word(found.tokens.lowerBound - 1) ?? "")
    }
    static let schedulingWords: Set<String> = ["scheduled", "planned", "set", "slated", "due", "expected", "pencilled", "penciled", "postponed", "delayed", "moved", "brought", "called", "rescheduled"]

    /// Verbs that put a named event ahead of themselves: "called a protest on Saturday".
    static let schedulingVerbs: Set<String> = EventLexicon.inflectedSet(["call", "schedule", "set", "plan+", "organise", "organize", "arrange"])

    /// "called a protest in front of the assembly on Saturday": the protest is ahead of the
    /// call, so its weekday or undated month-day is read forward whatever the verb's tense.
    static func scheduledReading(of found: DateFinder.Found, head: Trigger, in analysis: SentenceAnalysis) -> DateSpan? {
        if head.isVerbal {
            return isPresentSchedule(head, in: analysis) ? forward(found, in: analysis) : nil
        }
        guard found.tokens.lowerBound > head.token else { return nil }
        // "ahead of the election in April": what a text is ahead of has not happened yet.
        let clause = analysis.clauses[analysis.clauseIndex(of: head.token)].range
        let ahead = analysis.containsPhrase(["ahead", "of"], in: max(clause.lowerBound, head.token - 6)..<head.token)
        let scheduled = TriggerDetector.lightVerb(before: head.token, in: analysis).map { schedulingVerbs.contains(analysis.tokens[$0].lower) } ?? false
        guard ahead || scheduled else { return nil }
        return forward(found, in: analysis)
    }

    /// A weekday or a month-day without a year, read as the next one.
    static func forward(_ found: DateFinder.Found, in analysis: SentenceAnalysis) -> DateSpan? {
        switch found.core {
        case .weekday(_, nil), .calendar(_, _, _, nil, nil, nil):
            return DateResolver(published: analysis.published).resolve(found.core, tense: .future)
        default:
            return nil
        }
    }

    /// "The duties take effect on Friday", "before the duties become definitive in July": an
    /// act in the simple present with a date is on the calendar, not in the past.
    static func isPresentSchedule(_ head: Trigger, in analysis: SentenceAnalysis) -> Bool {
        let word = analysis.tokens[head.token].lower
        let before = analysis.word(head.token - 1) ?? ""
        // "said in a report on Thursday": a past verb just before governs the time.
        let recentPast = (max(0, head.token - 4)..<head.token).contains { analysis.marks[$0] == .past }
        return !word.hasSuffix("ed") && !word.hasSuffix("ing") && !TenseDetector.irregularPast.contains(word)
            && !TriggerDetector.modals.contains(before) && !perfectAuxiliaries.contains(before) && !recentPast
    }

    /// "… since December 2024, when Finnish authorities detained …", "… on Saturday, when two
    /// jets dropped …", "… since December 2019, after the United States blocked …": a clause
    /// opened by "when" (or "after" a "since") right after a date happened at that date.
    static func antecedentTime(of clauseIndex: Int, in analysis: SentenceAnalysis) -> Time? {
        let clause = analysis.clauses[clauseIndex]
        guard let opener = clause.opener, opener == "when" || opener == "after" else { return nil }
        var end = clause.range.lowerBound
        if analysis.word(end - 1) == "," { end -= 1 }
        guard let found = analysis.dates.first(where: { $0.tokens.upperBound == end }), case .date = found.mention.kind,
              let span = found.mention.span, opener == "when" || found.mention.preposition == "since" else { return nil }
        return Time(date: span, text: found.mention.text, isOwn: true)
    }

    /// "declared an emergency on Monday, allowing the army to help, and banned fishing": the
    /// clause an "and" joins its verb to, past undated participle clauses set off between them,
    /// which only tell what came of the verb before.
    static func joinedClause(before clauseIndex: Int, in analysis: SentenceAnalysis) -> Int {
        var index = clauseIndex - 1
        while index > 0, analysis.clauses[index].opener?.hasSuffix("ing") == true,
              analysis.word(analysis.clauses[index].range.lowerBound - 1) == ",",
              !analysis.dates.contains(where: { analysis.clauses[index].range.contains($0.tokens.lowerBound) }) {
            index -= 1
        }
        return index
    }

    /// "the attackers had entered the network in September … and had planted software": a verb
    /// joined by "and" without a subject of its own shares the time of the clause before.
    static func coordinatedTime(of clauseIndex: Int, in analysis: SentenceAnalysis) -> Time? {
        guard clauseIndex > 0, analysis.clauses[clauseIndex].opener == "and" else { return nil }
        var first = analysis.clauses[clauseIndex].range.lowerBound
        if analysis.word(first) == "and" { first += 1 }
        guard let word = analysis.word(first), ["had", "has", "have", "was", "were"].contains(word) || word.hasSuffix("ed"),
              !analysis.tokens[first].isCapitalized else { return nil }
        let previous = analysis.clauses[joinedClause(before: clauseIndex, in: analysis)].range
        guard let found = analysis.dates.first(where: { previous.contains($0.tokens.lowerBound) && $0.mention.isEventDate && !isPrenominal($0, in: analysis) }),
              let span = found.mention.span else { return nil }
        return Time(date: span, text: found.mention.text, isOwn: true)
    }

    /// "traced the attack, which began on the night of Jan. 23, to …", "the protests, which
    /// erupted in November": a relative clause right after an event noun that makes it happen
    /// at a date gives the noun its date.
    static func relativeTime(of clauseIndex: Int, head: Trigger, in analysis: SentenceAnalysis) -> Time? {
        let next = clauseIndex + 1
        guard next < analysis.clauses.count, let opener = analysis.clauses[next].opener, opener == "which" || opener == "that" else { return nil }
        let range = analysis.clauses[next].range
        // The noun ends its clause: "the attack, which …", not "the attack on a bank which …".
        var end = analysis.clauses[clauseIndex].range.upperBound
        if analysis.word(end - 1) == "," { end -= 1 }
        guard head.token == end - 1 else { return nil }
        var verb = range.lowerBound
        if analysis.word(verb) == opener { verb += 1 }
        if ["was", "were", "had", "has", "have"].contains(analysis.word(verb) ?? "") { verb += 1 }
        guard verb < range.upperBound, EventLexicon.happeningVerbs.contains(analysis.tokens[verb].lower),
              let found = analysis.dates.first(where: { range.contains($0.tokens.lowerBound) && $0.mention.isEventDate }),
              let span = found.mention.span else { return nil }
        return Time(date: span, text: found.mention.text, isOwn: true)
    }

    /// "expected the report to be debated when the Council discusses the Sahel on Monday": a
    /// "when" clause right after an act, dated and with no event of its own, times the act,
    /// read forward when the act is planned.
    static func followingWhenTime(of clauseIndex: Int, isPlanned: Bool, triggerClauses: Set<Int>, in analysis: SentenceAnalysis) -> Time? {
        let next = clauseIndex + 1
        // "pleaded not guilty when the trial opened Monday": a past act told with a dated past
        // "when" clause happened then, even when that clause has an event of its own.
        guard next < analysis.clauses.count, analysis.clauses[next].opener == "when",
              !triggerClauses.contains(next) || !isPlanned && TenseDetector.tense(analysis.marks[analysis.clauses[next].range]) == .past,
              let found = analysis.dates.first(where: { analysis.clauses[next].range.contains($0.tokens.lowerBound) && $0.mention.isEventDate }),
              let span = isPlanned ? DateResolver(published: analysis.published).resolve(found.core, tense: .future) : found.mention.span else { return nil }
        return Time(date: span, text: found.mention.text, isOwn: true)
    }

    /// A time stated elsewhere in the sentence, in a clause with no event of its own ("…, the
    /// Ministry of Commerce said on Sunday", "On Friday, …"), or the previous sentence's
    /// ("Lavrov’s comments came as he began …").
    static func borrowedTime(head: Trigger, isVerbal: Bool, agent: String?, clause: Range<Int>, triggerClauses: Set<Int>, in analysis: SentenceAnalysis, context: EventContext) -> Time? {
        let elsewhere = analysis.dates.filter { found in
            let index = analysis.clauseIndex(of: found.tokens.lowerBound)
            return found.mention.isEventDate && !triggerClauses.contains(index) && framingOpeners.contains(analysis.clauses[index].opener ?? "")
                && !endPrepositions.contains(found.mention.preposition ?? "")
        }.sorted { abs($0.tokens.lowerBound - head.token) < abs($1.tokens.lowerBound - head.token) }
        if let borrowed = elsewhere.first, borrows(from: borrowed, head: head, isVerbal: isVerbal, agent: agent, clause: clause, in: analysis) {
            return Time(date: borrowed.mention.span, text: borrowed.mention.text)
        }
        if let previous = context.previousSentenceDate, sharesTime(analysis) {
            return Time(date: previous.date, text: previous.text)
        }
        return nil
    }

    /// "a two-day visit" from a day: the span of the visit, its words added to the date text.
    static func lengthened(_ time: Time, triggers: [Trigger], clause: Range<Int>, in analysis: SentenceAnalysis) -> Time {
        guard let start = time.date, start.end == nil else { return time }
        if let lasting = lastingMonths(time, clause: clause, in: analysis) { return lasting }
        for found in analysis.dates where clause.contains(found.tokens.lowerBound) {
            guard case let .duration(length) = found.mention.kind, !continuesUnderWay(before: found, clause: clause, in: analysis),
                  !isLengthOfOrderedState(found, clause: clause, in: analysis) else { continue }
            let attached = triggers.first { !$0.isVerbal && $0.token >= found.tokens.upperBound && $0.token - found.tokens.upperBound <= 2 }
            let words: String
            if let attached {
                words = analysis.text(found.tokens.lowerBound..<(attached.token + 1))
            } else if found.mention.preposition == "for" {
                words = found.mention.text
            } else {
                continue
            }
            guard let span = length.span(anchoredAt: start.start, backwards: analysis.contains(endVerbs, in: clause)) else { continue }
            return Time(date: span, text: [time.text, words].compactMap { $0 }.joined(separator: " / "), isOwn: time.isOwn)
        }
        return time
    }

    /// Whether an act takes the time of the clause that reports it. A named thing ("the new
    /// sanctions", "arms shipments were underway"), something going on ("was expelling"),
    /// or the reporter's own act ("Russia said it expelled …") is dated by the report; an
    /// act of someone else told in the past ("ships fired water cannons, Manila said on
    /// Thursday") happened at a time the text does not give.
    static func borrows(from found: DateFinder.Found, head: Trigger, isVerbal: Bool, agent: String?, clause: Range<Int>, in analysis: SentenceAnalysis) -> Bool {
        guard isVerbal else { return true }
        let framing = analysis.clauses[analysis.clauseIndex(of: found.tokens.lowerBound)]
        let reporter = analysis.actors.first { framing.range.contains($0.tokens.lowerBound) }?.name
        if framing.opener != "said", analysis.clauseIndex(of: found.tokens.lowerBound) < analysis.clauseIndex(of: head.token) {
            // "Poland said on Thursday that two helicopters had crossed …": the past perfect
            // puts the act before the report, at a time the text does not give.
            var pastPerfect = (max(clause.lowerBound, head.token - 3)..<head.token).contains { analysis.tokens[$0].lower == "had" }
            // "…, flying at low altitude", "…, killing fish": a participle clause shares the
            // time of the act it follows.
            let headClause = analysis.clauseIndex(of: head.token)
            if analysis.clauses[headClause].opener?.hasSuffix("ing") == true, head.token == clause.lowerBound,
               headClause - 1 > analysis.clauseIndex(of: found.tokens.lowerBound) {
                pastPerfect = pastPerfect || analysis.contains(["had"], in: analysis.clauses[headClause - 1].range)
            }
            return !pastPerfect || (reporter != nil && reporter == agent)
        }
        guard framing.opener == "said" || analysis.clauseIndex(of: found.tokens.lowerBound) > analysis.clauseIndex(of: head.token) else { return true }
        let word = analysis.tokens[head.token].lower
        if word.endsWith("ing") || analysis.word(head.token - 1) == "to" { return true }
        // "Austria has ordered two diplomats to leave, the ministry said on Wednesday": the
        // present perfect tells a fresh act, made known by the report that dates it.
        if isPresentPerfect(head, clause: clause, in: analysis) { return true }
        // Only a verb in the past ("fired", "was shipped", "had expelled") tells of an earlier act.
        let isPast = word.endsWith("ed") || (TenseDetector.irregularPast.contains(word) && word != head.entry.lemma)
        if !isPast { return true }
        return reporter != nil && reporter == agent
    }

    /// "has ordered", "have already expelled": "has"/"have" right before the verb, past adverbs.
    static func isPresentPerfect(_ head: Trigger, clause: Range<Int>, in analysis: SentenceAnalysis) -> Bool {
        var k = head.token - 1
        while k > clause.lowerBound, TriggerDetector.preverbalAdverbs.contains(analysis.tokens[k].lower) { k -= 1 }
        return k >= clause.lowerBound && ["has", "have"].contains(analysis.tokens[k].lower)
    }

    /// "Lavrov’s comments came as he began …", "The tightening … comes as …": the clause
    /// happens at the time of what the previous sentence reported.
    static func sharesTime(_ analysis: SentenceAnalysis) -> Bool {
        let all = 0..<analysis.tokens.count
        return ["came", "comes", "come", "coming"].contains { analysis.containsPhrase([$0, "as"], in: all) }
            || analysis.containsPhrase(["coincided"], in: all) || analysis.containsPhrase(["at", "the", "same", "time"], in: all)
    }
}
