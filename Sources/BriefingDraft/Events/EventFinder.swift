import BriefingModel

/// Finds things that happened or are planned, with participants, place and date.
///
/// Each clause with a trigger word ("imposed sanctions", "began a two-day visit", "landed")
/// is one candidate; its date comes from the time expressions of its own clause, else from a
/// clause of the sentence with no event of its own ("…, the ministry said on Sunday"),
/// else from the sentence before when the text says so ("came as"). Later mentions of an
/// event ("Lavrov’s visit", "the summit", "Its arrival") are folded into the first.
public enum EventFinder {
    public static func find(in text: DraftText, actors: [DraftActor], places: [DraftPlace], mentions: MentionIndex, published: BriefingDate?) -> [DraftEvent] {
        var ledger = EventLedger()
        var context = EventContext(
            actorKinds: Dictionary(actors.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first }),
            placeNames: Set(places.map(\.name)))
        // Events are the import's longest stage. Analysing a sentence needs nothing that
        // drafting carries from sentence to sentence, so the next block of paragraphs is
        // analysed on another thread while this one drafts the block before it.
        let paragraphs = text.paragraphs.filter { !$0.isSubheading }
        let blocks = stride(from: 0, to: paragraphs.count, by: paragraphsPerBlock).map {
            Array(paragraphs[$0..<min($0 + paragraphsPerBlock, paragraphs.count)])
        }
        var pending = analyse(blocks.first ?? [], mentions: mentions, published: published)
        for index in blocks.indices {
            let current = pending
            let next = index + 1 < blocks.count ? blocks[index + 1] : []
            (_, pending) = Drafter.together({
                for analysis in current.windows {
                    let touched = ledger.add(CandidateBuilder.candidates(in: analysis, context: context), analysis: analysis)
                    remember(analysis, touched: touched.map { ledger.events[$0] }, in: &context)
                }
            }, { analyse(next, mentions: mentions, published: published) })
        }
        return ledger.events.map(\.draft)
    }

    private static let paragraphsPerBlock = 32

    /// Every sentence window of some paragraphs, in text order. A quotation never runs on
    /// past its paragraph, so each paragraph starts outside one.
    private static func analyse(_ paragraphs: [DraftParagraph], mentions: MentionIndex, published: BriefingDate?) -> AnalysedBlock {
        var block = AnalysedBlock()
        for paragraph in paragraphs {
            var inQuote = false
            for sentence in paragraph.sentences {
                let windows = SentenceAnalysis.windows(of: sentence, mentions: mentions, startsInQuote: inQuote, published: published)
                block.windows += windows
                inQuote = windows.last?.endsInQuote ?? inQuote
            }
        }
        return block
    }

    /// Analyses made on one thread and handed, finished and never changed again, to another.
    private struct AnalysedBlock: @unchecked Sendable {
        var windows: [SentenceAnalysis] = []
    }

    /// Dates later sentences lean on: the latest day or month (for "two days later", "the
    /// following month"; a few days from a month stay in that month) and the first day
    /// of this sentence (for "… came as he began …" in the next).
    private static func remember(_ analysis: SentenceAnalysis, touched: [EventLedger.Record], in context: inout EventContext) {
        var firstDay: (date: DateSpan, text: String)?
        for found in analysis.dates {
            // "since March 2022 … in June of that year": any named year, a state's start too.
            if case .date = found.mention.kind, let span = found.mention.span { context.lastYear = span.start.year }
            if let day = CandidateBuilder.fullDay(found) { context.lastFullDay = day }
            guard found.mention.isEventDate, let span = found.mention.span, span.start.precision != .year else { continue }
            if firstDay == nil, span.start.precision == .day { firstDay = (span, found.mention.text) }
            // A month counts too: "ruled in November 2022. … appealed the following month".
            context.lastDate = (span.last, found.mention.text)
        }
        for event in touched {
            if let span = event.date, span.start.precision != .year, event.dateIsOwn { context.lastDate = (span.last, event.dateText ?? "") }
        }
        context.previousSentenceDate = firstDay
        if !CandidateBuilder.isCourtSentence(analysis) {
            context.courtSitting = nil
        } else if analysis.dates.contains(where: { $0.mention.isEventDate && $0.mention.span != nil }) {
            context.courtSitting = firstDay
        }
    }
}
