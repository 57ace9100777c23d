import BriefingModel
import Testing
@testable import BriefingDraft

/// Unnamed groups set apart by the level they serve at ("Local officials said …") or placed by
/// a framing phrase ("In the northern province of Tete, farmers said …") take a side of their
/// own. Passages are invented.
@Suite struct LocalGroupVoiceTests {
    func names(_ raw: String) -> [String] { Drafter.draft(raw, published: nil).actors.map(\.name) }

    func sides(_ raw: String) -> [String] {
        Drafter.draft(raw, published: nil).disputes.flatMap { $0.sides.map { "\($0.stance.rawValue) \($0.actor)" } }
    }

    @Test(arguments: [
        ("Local officials said the dam's spillway had been opened without warning.", "Local officials"),
        ("District officials disputed the company's account of the spill.", "District officials"),
        ("Provincial officials questioned whether the figures were reliable.", "Provincial officials"),
    ])
    func localOfficialsWhoSpeakAreAGroup(line: String, name: String) {
        let found = names("""
            HARARE, March 4 (Reuters) - Zimbabwean miner Great Dyke Platinum said on Tuesday that no toxic water had reached the Mazowe river from its tailings dam.

            \(line)
            """)
        #expect(found.contains(name), "\(found)")
    }

    @Test(arguments: [
        "Aid reached local officials in the flooded district on Monday.",
        "The money was handed to district officials for the clinic.",
        "Officials said the road would reopen on Friday.",
        "Senior officials said the talks would resume next week.",
    ])
    func officialsOnlyMentionedOrUnsetAreNoGroup(line: String) {
        let found = names("""
            DHAKA, Aug 12 (Reuters) - Bangladesh's disaster ministry said on Monday that all villages cut off by the floods in Sylhet had been reached.

            \(line)
            """)
        #expect(!found.contains { $0.hasSuffix("officials") }, "\(found)")
    }

    @Test func localOfficialsHoldTheSideTheCompanyDenies() {
        let found = sides("""
            PORT MORESBY, May 6 (Reuters) - Malaysian logger Sarawak Timber denied on Tuesday that it had cleared forest outside its lease in East New Britain province.

            Local officials said the company had cleared at least 2,000 hectares outside the lease.
            """)
        #expect(found.contains { $0.hasSuffix(" Local officials") }, "\(found)")
    }

    @Test(arguments: [
        ("In the northern province of Tete, farmers said they had been moved off their land without pay.", "Farmers"),
        ("In the mountain town of Huaraz, parents said the school had been closed for weeks.", "Parents"),
        ("Across the delta, fishermen said the catch had halved since the dredging began.", "Fishermen"),
    ])
    func aPlaceFrameMakesAPlacedGroupSpeak(line: String, name: String) {
        let found = sides("""
            MAPUTO, June 3 (Reuters) - Mozambique's land ministry denied on Monday that farmers had been moved off their land without pay to make way for a coal railway.

            \(line)
            """)
        #expect(found.contains { $0.hasSuffix(" \(name)") }, "\(found)")
    }

    @Test(arguments: [
        "After the vote, farmers said they would keep protesting.",
        "In a statement, the ministry said farmers had been paid in full.",
        "In Tete, police said farmers had blocked the railway.",
    ])
    func noPlaceFrameOrNoGroupSubjectMakesNoGroup(line: String) {
        let found = names("""
            MAPUTO, June 3 (Reuters) - Mozambique's land ministry said on Monday that the coal railway would open next year.

            \(line)
            """)
        #expect(!found.contains("Farmers"), "\(found)")
    }
}
