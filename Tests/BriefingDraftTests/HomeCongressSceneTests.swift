@testable import BriefingDraft
import Testing

/// "Congress will debate a motion …, lawmaker Ruth Luque said", in a text about Peru: the bare
/// "Congress" is Peru's, and so is the lawmaker it sets the scene for; the United States, never
/// named, is no actor. Sentences are invented.
@Suite struct HomeCongressSceneTests: NameProbing {
    @Test func aLawmakerBesideAHomeCongressBelongsToItsState() {
        let result = find("""
            LIMA, Sept. 14 (Reuters) - Protesters blocked a road in Peru on Sunday.
            Congress will debate a motion to censure the minister next week, lawmaker Ruth Luque said.
            """)
        #expect(actor(result, "Ruth Luque")?.affiliation == "Peru", "\(affiliations(result))")
        #expect(actor(result, "United States") == nil, "\(names(result))")
    }

    @Test func aLawmakerBesideTheUSCongressStaysAmerican() {
        let result = find("""
            WASHINGTON, Sept. 14 (Reuters) - The United States imposed new tariffs on Sunday.
            Congress will debate the tariffs next week, lawmaker Ruth Luque said.
            """)
        #expect(actor(result, "Ruth Luque")?.affiliation == "United States", "\(affiliations(result))")
    }
}
