import BriefingModel
@testable import BriefingDraft
import Foundation
import Testing

/// The scorer's event pairing: within a sentence, gold events take drafted events with their
/// own date first, whatever the gold order.
struct EvaluatorTests {
    private func gold(events: [(date: String?, sentence: String)]) throws -> Gold {
        let list = events.map { event in
            ["summary": "event", "date": event.date as Any? ?? NSNull(), "sentence": event.sentence] as [String: Any]
        }
        let object: [String: Any] = ["published": "2024-08-28", "actors": [], "events": list, "quotes": [], "disputes": []]
        return try JSONDecoder().decode(Gold.self, from: JSONSerialization.data(withJSONObject: object))
    }

    private func draft(_ raw: String, events: [(date: String?, sentence: Int)]) -> Draft {
        var draft = Draft(text: TextSplitter.split(raw))
        draft.events = events.map { event in
            DraftEvent(title: "event", date: event.date.flatMap(DateSpan.init(parsing:)), source: SourceRef(paragraph: 1, sentence: event.sentence))
        }
        return draft
    }

    @Test func anUndraftedGoldEventDoesNotTakeAnotherEventsRightDate() throws {
        let sentence = "Russia imposed sanctions in August and expelled two diplomats on Monday."
        // The first gold event (August) was not drafted; the drafted one is the second's.
        let report = Evaluator.score(draft(sentence, events: [("2024-08-26", 1)]),
                                     against: try gold(events: [("2024-08", sentence), ("2024-08-26", sentence)]))
        #expect(report.events.truePositives == 1)
        #expect(report.eventDates.truePositives == 1)
        #expect(report.misses.map(\.kind) == [.missed])
    }

    @Test func pairsByDateWhateverTheDraftOrder() throws {
        let sentence = "Russia imposed sanctions in August and expelled two diplomats on Monday."
        let report = Evaluator.score(draft(sentence, events: [("2024-08-26", 1), ("2024-08", 1)]),
                                     against: try gold(events: [("2024-08", sentence), ("2024-08-26", sentence)]))
        #expect(report.events.truePositives == 2)
        #expect(report.eventDates.truePositives == 2)
    }

    @Test func aWronglyDatedEventStillCountsAsFound() throws {
        let sentence = "Russia imposed sanctions in August."
        let report = Evaluator.score(draft(sentence, events: [(nil, 1)]), against: try gold(events: [("2024-08", sentence)]))
        #expect(report.events.truePositives == 1)
        #expect(report.eventDates.truePositives == 0)
        #expect(report.misses.map(\.kind) == [.wrongDate])
    }
}
