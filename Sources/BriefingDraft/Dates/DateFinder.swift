import BriefingModel

/// Finds time expressions in a sentence and resolves them against the publication date:
/// weekdays by tense, "today", "last week" (Monday–Sunday), "last month", "this year",
/// "Sept. 1", "12 October 2023", bare years, ranges, "two days ago". Durations
/// ("two-day visit") and distances ("less than a week after") are reported for the event
/// stage to anchor; open times ("recently") are reported without a date. A date that
/// cannot be resolved stays nil — never a guess.
public enum DateFinder {
    public static func find(in sentence: String, published: BriefingDate?) -> [DateMention] {
        let tokens = SentenceTokenizer.tokenize(sentence)
        return find(tokens: tokens, in: sentence, published: published).map(\.mention)
    }

    /// The tense of a sentence (or clause) as dating reads it.
    public static func tense(of text: String) -> Tense {
        let tokens = SentenceTokenizer.tokenize(text)
        return TenseDetector.tense(of: tokens[...])
    }

    /// A mention with the tokens it covers, for the stages that work on tokens.
    struct Found: Hashable, Sendable {
        var mention: DateMention
        var tokens: Range<Int>
        var core: DateCore
    }

    static func find(tokens: [SentenceToken], in sentence: String, published: BriefingDate?) -> [Found] {
        let windows = SentenceTokenizer.windows(tokens)
        guard windows.count > 1 else { return findInWindow(tokens: tokens, in: sentence, published: published) }
        return windows.flatMap { window in
            findInWindow(tokens: Array(tokens[window]), in: sentence, published: published).map { found in
                var shifted = found
                shifted.tokens = (found.tokens.lowerBound + window.lowerBound)..<(found.tokens.upperBound + window.lowerBound)
                return shifted
            }
        }
    }

    private static func findInWindow(tokens: [SentenceToken], in sentence: String, published: BriefingDate?) -> [Found] {
        let raws = DateScanner.scan(tokens)
        guard !raws.isEmpty else { return [] }
        let clauses = ClauseSplitter.split(tokens, protected: raws.map { $0.start..<$0.end })
        return resolve(raws, tokens: tokens, clauses: clauses, marks: TenseDetector.marks(tokens), in: sentence, published: published)
    }

    /// Dates for scanned expressions, each read in the tense of its clause.
    static func resolve(_ raws: [RawDate], tokens: [SentenceToken], clauses: [Clause], marks: [TenseDetector.Mark], in sentence: String, published: BriefingDate?) -> [Found] {
        let resolver = DateResolver(published: published)
        let sentenceTense = TenseDetector.tense(marks[...])
        let report = reportDay(raws, tokens: tokens, resolver: resolver)
        return raws.compactMap { raw -> Found? in
            let clause = ClauseSplitter.clause(containing: raw.start, in: clauses).map { clauses[$0].range } ?? 0..<tokens.count
            // The verbs before the date in its clause speak first: "the prime minister, who
            // faces elections on Nov. 11, has made …" is in the present, whatever follows.
            let before = clause.lowerBound..<max(clause.lowerBound, raw.start)
            let tense = TenseDetector.tense(marks[before]) ?? TenseDetector.tense(marks[clause]) ?? sentenceTense ?? .past
            let range = tokens[raw.start].range.lowerBound..<tokens[raw.end - 1].range.upperBound
            let text = utf8Text(of: sentence, range)
            let kind: DateMention.Kind = switch raw.core {
            case let .duration(duration): .duration(duration)
            case let .offset(offset): .offset(offset)
            case .vague, .ago(nil, _): .vague
            default: .date
            }
            let span = tense == .present && isPresentSchedule(raw, clause: clause, tokens: tokens) ? resolver.comingWeekday(raw.core)
                : weekdayAfterReport(raw, tense: tense, report: report, published: published) ?? resolver.resolve(raw.core, tense: tense)
            // "delivered the doses within 19 days": a past "within" dates nothing, and is left
            // out as if unread.
            if case .within = raw.core, span == nil { return nil }
            let mention = DateMention(kind: kind, text: text, range: range, span: span, preposition: raw.preposition, tense: tense)
            return Found(mention: mention, tokens: raw.start..<raw.end, core: raw.core)
        }
    }
}
