import BriefingModel
@testable import BriefingDraft
import Testing

/// "…, the foreign ministry said" in the lead of a Lisbon story, then "The Chinese foreign
/// ministry called …", then "The foreign ministry rejected …": wire copy qualifies a foreign
/// country's body every time, so the bare description is the home country's ministry. Today the
/// names stage folds the lead's bare "foreign ministry" into the later Chinese one, and the side
/// goes to the wrong actor ("other actor" in `briefing-eval --sides`). Invented passages.
@Suite struct BareDescriptionHomeTests {
    static let expulsionStory = """
        Lisbon (Reuters) - Portugal has ordered a Chinese diplomat to leave the country within 48 hours, accusing him of recruiting a port official to pass on shipping data, the foreign ministry said on Tuesday.

        The official, who worked at the port of Sines, was arrested last month, prosecutors said.

        The Chinese foreign ministry called the accusation "groundless" and said Beijing would respond.

        The Chinese embassy in Lisbon said the diplomat had done nothing beyond his normal duties.

        Opposition lawmakers said the expulsion had been ordered under pressure from Washington.

        Port workers said the terminal had run normally throughout the investigation.

        The foreign ministry rejected any suggestion that the expulsion had been ordered under pressure from Washington.
        """

    static func sides(_ raw: String) -> [String] {
        Drafter.draft(raw, published: nil).disputes.flatMap { $0.sides.map { "\($0.stance.rawValue) \($0.actor)" } }
    }

    @Test func aBareMinistryFarFromTheForeignOneIsTheHomeMinistry() {
        let all = Self.sides(Self.expulsionStory)
        withKnownIssue("the lead's bare 'the foreign ministry' is merged into the later Chinese Foreign Ministry") {
            #expect(all.contains { $0.hasPrefix("denies Portug") }, "\(all)")
        }
    }

    @Test func aQualifiedForeignMinistryKeepsItsOwnDenial() {
        let all = Self.sides(Self.expulsionStory)
        #expect(all.contains("denies Chinese Foreign Ministry"), "\(all)")
        #expect(all.contains("asserts Opposition lawmakers"), "\(all)")
    }
}
