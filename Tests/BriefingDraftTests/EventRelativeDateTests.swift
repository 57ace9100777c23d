import BriefingModel
@testable import BriefingDraft
import Testing

/// Acts timed from the act before them, or by the report that makes them known (helper d2,
/// invented wire copy, published on Thursday 2026-03-12).
extension EventFinderTests {
    static let relativeTimeCases: [(String, [String?])] = [
        // Read: a distance at the head of the sentence, set off by a comma, counts from the day before.
        ("The storm made landfall on Tuesday evening. The following morning, the government declared a state of emergency.", ["2026-03-11"]),
        ("Police arrested the opposition leader on Monday. The next day, protesters blocked roads across the capital.", ["2026-03-09", "2026-03-10"]),
        // Read: "hours later" stays on the day of the act before, and is another act, not it again.
        ("Rebels attacked an army base on Sunday. Hours later, the army launched air strikes on the town.", ["2026-03-08", "2026-03-08"]),
        ("Gunmen attacked a police post in the north on Monday. The army launched air strikes on the area hours later.", ["2026-03-09", "2026-03-09"]),
        // Read: a present perfect act takes the day of the report that tells it.
        ("Austria has ordered two Russian diplomats to leave the country, the foreign ministry said on Wednesday.", ["2026-03-11"]),
        ("Ghana has suspended cocoa exports to Togo, the trade ministry said on Tuesday.", ["2026-03-10"]),
        // Not read: no earlier day to count from; a year is too coarse; a past perfect or a
        // plain past act of someone else keeps its own, untold, time; no dated report, no date.
        ("The following morning, the government declared a state of emergency.", [nil]),
        ("The storm struck in 2019. The following morning, the government declared a state of emergency.", ["2019", nil]),
        ("Poland said on Thursday that two Belarusian helicopters had entered its airspace and had fired shots.", [nil, nil]),
        ("Ships fired water cannon at a supply boat, Manila said on Wednesday.", [nil]),
        ("Mali's junta has ordered the French ambassador to leave the country, state television reported.", [nil]),
    ]

    /// Every table of this file, read as one: each passage with the dates of its events.
    @Test(arguments: relativeTimeCases + overnightAndOngoingCases + eveCases)
    func anActTimedFromTheDayBeforeOrByItsReport(_ text: String, _ dates: [String?]) {
        #expect(events(text, "2026-03-12").map { $0.date?.description } == dates)
    }
}

/// A night after the day told before, and a length told of an event already under way (helper d2).
extension EventFinderTests {
    static let overnightAndOngoingCases: [(String, [String?])] = [
        // Read: a past act done overnight spans the night after the latest day told.
        ("Rebels attacked a border post on Monday. The army said it had sent two more battalions to the area overnight.", ["2026-03-09", "2026-03-09/2026-03-10"]),
        ("Police arrested 30 protesters in Lagos on Saturday. Security forces raided two more districts overnight.", ["2026-03-07", "2026-03-07/2026-03-08"]),
        // Not read: no day before; a time of its own beside it; a plan.
        ("The army said it had sent two more battalions to the area overnight.", [nil]),
        ("Rebels attacked a border post on Monday. Troops raided two villages overnight on Wednesday.", ["2026-03-09", "2026-03-11"]),
        ("Rebels attacked a border post on Monday. The army will send two more battalions overnight.", ["2026-03-09", nil]),
        // Read: an event under way keeps the day of the clause, not a span from it.
        ("Rail workers pressed on with a five-day strike on Wednesday, stranding commuters.", ["2026-03-11"]),
        ("Dock workers continued a three-day strike on Tuesday at the port of Durban.", ["2026-03-10"]),
        // Not read: a length that starts on the day stays a span.
        ("Rail workers began a five-day strike on Wednesday, stranding commuters.", ["2026-03-11/2026-03-15"]),
        ("Dock workers staged a three-day strike on Tuesday at the port of Durban.", ["2026-03-10/2026-03-12"]),
    ]
}

/// An act set on the eve of an event told before with its day (helper d2).
extension EventFinderTests {
    static let eveCases: [(String, [String?])] = [
        ("Leaders of the bloc will hold a summit in Brussels on March 19. Farmers plan to block roads on the eve of the summit.", ["2026-03-19", "2026-03-18"]),
        ("Kenya held a presidential election on Sunday. Police arrested two opposition leaders on the eve of the election.", ["2026-03-08", "2026-03-07"]),
        // Not read: the event has no day told; no event told before.
        ("Kenya will hold a presidential election in May. Police arrested two opposition leaders on the eve of the election.", ["2026-05", nil]),
        ("Police arrested two opposition leaders on the eve of the election.", [nil]),
    ]
}
