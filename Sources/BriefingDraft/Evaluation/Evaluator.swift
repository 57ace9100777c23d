import BriefingModel
import Foundation

/// Scores a draft against a gold model, category by category. The rules, also in the
/// README's "Measuring the importer":
/// - actors: a drafted actor matches a gold actor when any of its name and aliases equals
///   any of the gold actor's (case and punctuation folded); each gold actor matches once.
/// - quotes (those with a speaker, as written): found when the texts are equal after folding, or one contains the other and
///   the shorter has at least 60% of the longer's characters; the speaker is right when
///   the drafted speaker matches the gold speaker as an actor does.
/// - events: found when the drafted event's source sentence is the gold event's sentence
///   (folded); within a sentence the pairing is optimal, gold events first taking drafted
///   events with their own date (so a gold event that was not drafted never takes another's
///   rightly dated event); the date is right when both are equal or both are empty.
/// - disputes: a gold dispute is found when one drafted dispute holds a matching side of
///   two opposed stances; sides match on actor and stance, the stance read against the gold
///   question the way round the drafted question matches better (`QuestionOrientation`: the
///   drafter's "Is it true that X?" may be the gold's "Is not-X?", every `asserts` and
///   `denies` swapped, one way for the whole dispute). Found disputes are counted one-to-one:
///   a drafted dispute finds at most one gold dispute (`DisputeMatching`, a maximum matching).
public enum Evaluator {
    public struct Score: Sendable {
        public var truePositives = 0
        public var drafted = 0
        public var gold = 0

        public var precision: Double { drafted == 0 ? (gold == 0 ? 1 : 0) : Double(truePositives) / Double(drafted) }
        public var recall: Double { gold == 0 ? 1 : Double(min(truePositives, gold)) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        static func + (a: Score, b: Score) -> Score {
            Score(truePositives: a.truePositives + b.truePositives, drafted: a.drafted + b.drafted, gold: a.gold + b.gold)
        }
    }

    public struct Report: Sendable {
        public var actors = Score()
        public var quotes = Score()
        /// Of the quotes found, how many have the right speaker.
        public var quoteSpeakers = Score()
        public var events = Score()
        /// Of the events found, how many have the right date.
        public var eventDates = Score()
        public var disputes = Score()
        public var disputeSides = Score()
        /// Every item that cost a point, for `briefing-eval --misses`.
        public var misses: [Miss] = []

        public init() {}

        init(actors: Score, quotes: Score, quoteSpeakers: Score, events: Score, eventDates: Score, disputes: Score, disputeSides: Score, misses: [Miss]) {
            self.misses = misses
            self.actors = actors
            self.quotes = quotes
            self.quoteSpeakers = quoteSpeakers
            self.events = events
            self.eventDates = eventDates
            self.disputes = disputes
            self.disputeSides = disputeSides
        }

        public static func + (a: Report, b: Report) -> Report {
            Report(actors: a.actors + b.actors, quotes: a.quotes + b.quotes, quoteSpeakers: a.quoteSpeakers + b.quoteSpeakers,
                   events: a.events + b.events, eventDates: a.eventDates + b.eventDates,
                   disputes: a.disputes + b.disputes, disputeSides: a.disputeSides + b.disputeSides, misses: a.misses + b.misses)
        }
    }

    public static func score(_ draft: Draft, against gold: Gold) -> Report {
        var report = Report()
        let actors = ActorMatch(draft: draft, gold: gold)
        report.actors = Score(truePositives: actors.draftToGold.count, drafted: draft.actors.count, gold: gold.actors.count)
        for (g, actor) in gold.actors.enumerated() where !actors.draftToGold.values.contains(g) {
            report.misses.append(Miss(category: .actors, kind: .missed, gold: actor.name))
        }
        for (d, actor) in draft.actors.enumerated() where actors.draftToGold[d] == nil {
            report.misses.append(Miss(category: .actors, kind: .spurious, drafted: actor.name))
        }
        let same = actors.same

        // Quotes, as the import writes them: those without a speaker are left out.
        let quotes = draft.quotes.filter { $0.speaker != nil }
        var quoteUsed = Set<Int>()
        var quotesFound = 0, speakersRight = 0
        for goldQuote in gold.quotes {
            let wanted = fold(goldQuote.text)
            guard let d = quotes.indices.first(where: { !quoteUsed.contains($0) && similar(fold(quotes[$0].text), wanted) }) else {
                report.misses.append(Miss(category: .quotes, kind: .missed, gold: "\(goldQuote.speaker ?? "-"): \(goldQuote.text)"))
                continue
            }
            quoteUsed.insert(d)
            quotesFound += 1
            if same(quotes[d].speaker, goldQuote.speaker) {
                speakersRight += 1
            } else {
                report.misses.append(Miss(category: .quotes, kind: .wrongSpeaker, gold: goldQuote.speaker ?? "-", drafted: quotes[d].speaker ?? "-", context: goldQuote.text))
            }
        }
        for (d, quote) in quotes.enumerated() where !quoteUsed.contains(d) {
            report.misses.append(Miss(category: .quotes, kind: .spurious, drafted: "\(quote.speaker ?? "-"): \(quote.text)"))
        }
        report.quotes = Score(truePositives: quotesFound, drafted: quotes.count, gold: gold.quotes.count)
        report.quoteSpeakers = Score(truePositives: speakersRight, drafted: quotesFound, gold: quotesFound)

        // Events, by source sentence: an optimal assignment in two passes. First every gold
        // event takes an unused drafted event of its sentence with its date; then the rest
        // take any unused drafted event of their sentence. Within a sentence every pairing
        // is allowed, so the number found is the same for any assignment, and "same sentence
        // and same date" is an equivalence, so the first pass gives the most right dates. (A
        // greedy pass in gold order would hand a gold event that was not drafted the drafted
        // event of another gold event, and score it as wrongly dated.)
        let goldSentences = gold.events.map { fold($0.sentence) }
        let draftSentences = draft.events.map { event in draft.text.sentence(event.source).map { fold($0.text) } }
        var eventUsed = Set<Int>()
        var assigned = [Int?](repeating: nil, count: gold.events.count)
        for sameDate in [true, false] {
            for (g, goldEvent) in gold.events.enumerated() where assigned[g] == nil {
                let d = draft.events.indices.first { d in
                    !eventUsed.contains(d) && draftSentences[d] == goldSentences[g]
                        && (!sameDate || draft.events[d].date?.description == goldEvent.date)
                }
                if let d {
                    eventUsed.insert(d)
                    assigned[g] = d
                }
            }
        }
        var eventsFound = 0, datesRight = 0
        for (g, goldEvent) in gold.events.enumerated() {
            guard let d = assigned[g] else {
                report.misses.append(Miss(category: .events, kind: .missed, gold: "\(goldEvent.date ?? "-") \(goldEvent.summary)", context: goldEvent.sentence))
                continue
            }
            eventsFound += 1
            let event = draft.events[d]
            if event.date?.description == goldEvent.date {
                datesRight += 1
            } else {
                report.misses.append(Miss(category: .events, kind: .wrongDate, gold: goldEvent.date ?? "-",
                                          drafted: "\(event.date?.description ?? "-") (\(event.dateText ?? "no date text"))", context: goldEvent.sentence))
            }
        }
        for (d, event) in draft.events.enumerated() where !eventUsed.contains(d) {
            report.misses.append(Miss(category: .events, kind: .spurious, drafted: "\(event.date?.description ?? "-") \(event.title)",
                                      context: draft.text.sentence(event.source)?.text))
        }
        report.events = Score(truePositives: eventsFound, drafted: draft.events.count, gold: gold.events.count)
        report.eventDates = Score(truePositives: datesRight, drafted: eventsFound, gold: eventsFound)

        // Disputes and their sides, each drafted dispute read against each gold dispute the
        // way round its question matches better (`QuestionOrientation`).
        var sideMatches = 0
        var finders: [[Int]] = []
        let draftSides = draft.disputes.indices.flatMap { d in draft.disputes[d].sides.map { (dispute: d, side: $0) } }
        var sideUsed = Set<Int>()
        for goldDispute in gold.disputes {
            let orientations = draft.disputes.map { QuestionOrientation.best($0, against: goldDispute, same: same) }
            for side in goldDispute.sides {
                if let d = draftSides.indices.first(where: { d in
                    let (dispute, drafted) = draftSides[d]
                    return !sideUsed.contains(d) && orientations[dispute].reading(drafted.stance.rawValue) == side.stance && same(drafted.actor, side.actor)
                }) {
                    sideUsed.insert(d)
                    sideMatches += 1
                } else {
                    report.misses.append(Miss(category: .disputes, kind: .missed, gold: "\(side.actor) \(side.stance)", context: goldDispute.topic))
                }
            }
            finders.append(draft.disputes.indices.filter { finds(draft.disputes[$0], goldDispute, same: same) })
        }
        // One drafted dispute finds at most one gold dispute (`DisputeMatching`).
        let disputesFound = DisputeMatching.pairs(finders).count
        report.disputes = Score(truePositives: disputesFound, drafted: draft.disputes.count, gold: gold.disputes.count)
        report.disputeSides = Score(truePositives: sideMatches, drafted: draftSides.count, gold: gold.disputes.flatMap(\.sides).count)
        for (d, (_, side)) in draftSides.enumerated() where !sideUsed.contains(d) {
            report.misses.append(Miss(category: .disputes, kind: .spurious, drafted: "\(side.actor) \(side.stance.rawValue): \(side.statement)"))
        }
        return report
    }

    /// Drafted actors paired one-to-one with gold actors, greedily in gold order, when any of
    /// their names and aliases are equal (folded).
    struct ActorMatch {
        let draft: Draft
        let gold: Gold
        let goldNames: [Set<String>]
        /// Drafted actor index → gold actor index.
        let draftToGold: [Int: Int]

        init(draft: Draft, gold: Gold) {
            self.draft = draft
            self.gold = gold
            goldNames = gold.actors.map { Set(([$0.name] + ($0.aliases ?? [])).map(fold)) }
            let draftNames = draft.actors.map { Set(([$0.name] + $0.aliases).map(fold)) }
            var used = Set<Int>()
            var draftToGold: [Int: Int] = [:]
            for (g, names) in goldNames.enumerated() {
                if let d = draftNames.indices.first(where: { !used.contains($0) && !draftNames[$0].isDisjoint(with: names) }) {
                    used.insert(d)
                    draftToGold[d] = g
                }
            }
            self.draftToGold = draftToGold
        }

        /// Does a drafted actor name denote the gold actor name?
        func same(_ draftedName: String?, _ goldName: String?) -> Bool {
            guard let draftedName, let goldName else { return draftedName == nil && goldName == nil }
            let drafted = fold(draftedName), wanted = fold(goldName)
            if drafted == wanted { return true }
            if let g = gold.actors.firstIndex(where: { fold($0.name) == wanted }), goldNames[g].contains(drafted) { return true }
            if let d = draft.actors.firstIndex(where: { fold($0.name) == drafted }), let g = draftToGold[d] {
                return fold(gold.actors[g].name) == wanted
            }
            return false
        }
    }

    /// Case, quote marks, punctuation at the ends and runs of spaces folded away.
    static func fold(_ text: String) -> String {
        var result = ""
        var lastWasSpace = true
        for character in text.lowercased() {
            let mapped: Character = switch character {
            case "’", "‘": "'"
            case "“", "”": "\""
            default: character
            }
            if mapped.isWhitespace {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            } else {
                result.append(mapped)
                lastWasSpace = false
            }
        }
        let trimmed = result.trimmingCharacters(in: CharacterSet(charactersIn: " .,;:!?\"'"))
        return trimmed.hasPrefix("the ") && trimmed.count > 4 ? String(trimmed.dropFirst(4)) : trimmed
    }

    static func similar(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return !short.isEmpty && long.contains(short) && Double(short.count) >= 0.6 * Double(long.count)
    }
}
