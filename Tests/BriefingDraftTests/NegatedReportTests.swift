@testable import BriefingDraft
import Testing

/// A counter-account in reported speech: "said no fishing boats had been seized", "said
/// the fighters had not been in the town". The clause's own verb is negated, whoever its
/// subject, so the speaker denies what it names. Sentences are invented.
extension DisputeFinderTests {
    @Test func aNegatedReportedClauseDenies() {
        #expect(stances("Harbor Watch said no fishing boats had been seized in the bay.") == ["denies Harbor Watch"])
        #expect(stances("Tomas Lind said the trucks had never entered the reserve.") == ["denies Tomas Lind"])
        #expect(stances("Harbor Watch told reporters that the cargo was not \"anywhere near\" the port.") == ["denies Harbor Watch"])
        // Paired with the claim it answers, the two make a dispute.
        let found = disputes("""
            Northland said on Monday that Southland's patrol boats had seized fishing boats in the bay.
            Harbor Watch said no fishing boats had been seized in the bay.
            """)
        #expect(found.first.map(sides) == ["asserts Northland", "denies Harbor Watch"])
    }

    @Test func whatANegatedReportLeavesAlone() {
        // A quote before the verb, or a narrated clause the speaker reports, accuses.
        #expect(stances("\"This was not a protest, it was a riot,\" Harbor Watch said.") == ["asserts Harbor Watch"])
        #expect(stances("The trawler did not stop and sailed on towards the harbour, Harbor Watch said.") == ["asserts Harbor Watch"])
        // What cannot be done is a constraint, and "not only" adds rather than denies.
        #expect(stances("Harbor Watch said the ministry could not repair the pier before July.") == ["asserts Harbor Watch"])
        #expect(stances("Harbor Watch said the storm had not only flooded the pier but the market too.") == ["asserts Harbor Watch"])
        // A negation past a comma or in a relative clause belongs to another clause.
        #expect(stances("Harbor Watch said the pier, which was not insured, had collapsed.") == ["asserts Harbor Watch"])
        #expect(stances("Harbor Watch said the divers who had not been paid were leaving the island.") == ["asserts Harbor Watch"])
    }
}
