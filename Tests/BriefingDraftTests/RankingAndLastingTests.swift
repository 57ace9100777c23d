import BriefingModel
@testable import BriefingDraft
import Testing

/// Dates on unseen text (helper da): "this year" after a superlative ranks, it does not date;
/// a length of months or years from the month a suspension, ban or closure starts spans them.
extension EventFinderTests {
    @Test func thisYearAfterASuperlativeDatesNothing() {
        #expect(!DateFinder.find(in: "Union leaders rejected what the company called the best offer in the sector this year.", published: BriefingDate(parsing: "2026-03-12"))
            .contains { $0.text == "this year" })
        #expect(!DateFinder.find(in: "The regulator imposed the largest fine handed to a bank this year.", published: BriefingDate(parsing: "2026-03-12"))
            .contains { $0.text == "this year" })
        #expect(!DateFinder.find(in: "It was the deadliest attack on the army this year, officials said.", published: BriefingDate(parsing: "2026-03-12"))
            .contains { $0.text == "this year" })
    }

    @Test func thisYearWithoutASuperlativeStillDates() {
        let published = BriefingDate(parsing: "2026-03-12")
        for sentence in [
            "Exports of coffee fell 12% this year, the trade ministry said.",
            "The biggest union said it would strike this year.",
            "The highest court in Kenya and the electoral board will meet this year.",
            "The government plans to hold the largest census in its history in 2027 and a local election this year.",
        ] {
            #expect(DateFinder.find(in: sentence, published: published).contains { $0.text == "this year" && $0.span?.description == "2026" }, "\(sentence)")
        }
    }

    @Test func aLengthFromTheMonthASuspensionStartsSpansIt() {
        #expect(events("The regulator suspended the airline's operating licence for six months in January 2024.", "2026-03-12")
            .map { $0.date?.description } == ["2024-01/2024-07"])
        #expect(events("Rebels occupied the town for a year from August 2020 until government troops retook it.", "2026-03-12")
            .first?.date?.description == "2020-08/2021-08")
        #expect(events("Authorities banned fishing in the lagoon for three months in May 2023.", "2026-03-12")
            .map { $0.date?.description } == ["2023-05/2023-08"])
    }

    @Test func aLengthOfWhatTheActMadeIsNoSpanOfTheAct() {
        // A renewal happens in its month; the deal lasts, not the renewal.
        #expect(!events("The pact was renewed for three years in February 2025.", "2026-03-12")
            .contains { $0.date?.description == "2025-02/2028-02" })
        // A treaty's own length is the treaty's.
        #expect(!events("Algeria suspended a 20-year friendship treaty with Spain in June 2022.", "2026-03-12")
            .contains { $0.date?.end != nil })
        // The retaking came in its own month, whatever the occupation before it lasted.
        #expect(!events("Insurgents held the port for a year from August 2020 until troops retook it in August 2021.", "2026-03-12")
            .contains { $0.date?.description == "2021-08/2022-08" })
    }
}
