import BriefingModel
import Testing
@testable import BriefingDraft

/// A later claim with its own answer tacked on ("…, a claim the migration institute
/// questioned") is a dispute of its own: its answer points back at that claim only, so it must
/// not join the dispute of the claim before it as a denial of "the allegations" as a whole would
/// (helper mg, `Disputes/BoundAnswers.swift`). Several assertions of one claim, and a denial of
/// the allegations as a whole, stay one dispute. Every passage is invented, in wire-copy forms.
@Suite struct BoundAnswerTests {
    func sides(_ raw: String) -> [[String]] {
        Drafter.draft(raw, published: nil).disputes.map { $0.sides.map { "\($0.stance.rawValue) \($0.actor)" } }
    }

    @Test func aClaimWithItsOwnTackedOnAnswerIsADisputeOfItsOwn() {
        let found = sides("""
            TEGUCIGALPA, Jan 9 (AP) - Honduras deported more than 12,000 Guatemalans in December, the highest monthly total on record, the National Migration Institute said on Tuesday.

            Rights groups accuse the authorities of detaining children without their parents. The government rejected the accusation.

            The government says the new border fence has cut the smuggling of people, weapons and drugs. Human rights groups say migrants simply pay smugglers more to get across.

            The Honduran Chamber of Construction said in November that some building sites had slowed for lack of workers after the raids, a claim the National Migration Institute questioned.
            """)
        // The builders' claim and its doubter in a dispute without the fence's critics…
        #expect(found.contains { $0.contains("asserts Honduran Chamber of Construction") && $0.contains("questions National Migration Institute")
            && !$0.contains("denies Human rights groups") }, "\(found)")
        // …and the fence's claim against its critics in another.
        #expect(found.contains { $0.contains("asserts Honduras") && $0.contains("denies Human rights groups") }, "\(found)")
    }

    @Test func aRestatedChargeAnsweredByTheSameCampStaysOneDispute() {
        let found = sides("""
            BELGRADE, May 4 (Reuters) - Serbia accused Croatia on Monday of shipping arms to armed groups in northern Kosovo.

            Croatia's foreign ministry rejected the accusation as "baseless".

            Serbian Defence Minister Milan Petrovic said on Tuesday that the arms shipments were continuing by night across the river.

            The Croatian foreign ministry dismissed his remarks as propaganda.
            """)
        #expect(found.count == 1, "\(found)")
        #expect(found.first.map { $0.contains("asserts Serbia") && $0.contains("asserts Milan Petrovic") && $0.contains("denies Croatian Foreign Ministry") } == true, "\(found)")
    }

    @Test func aDenialOfTheAllegationsAsAWholeStaysOneDispute() {
        let found = sides("""
            NAIROBI, June 3 (Reuters) - The Kenya Human Rights Commission said on Monday that police had shot dead four protesters in Kisumu.

            The commission also said officers had beaten detainees at a police station in Nakuru.

            The National Police Service rejected the allegations, saying its officers had acted within the law.
            """)
        #expect(found.count == 1, "\(found)")
        #expect(found.first.map { $0.contains("asserts Kenya Human Rights Commission") && $0.contains("denies National Police Service") } == true, "\(found)")
    }
}
