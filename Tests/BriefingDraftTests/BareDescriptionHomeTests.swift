import BriefingModel
@testable import BriefingDraft
import Testing

/// "…, the foreign ministry said" in the lead of a Lisbon story, then "The Chinese foreign
/// ministry called …", then "The foreign ministry rejected …": wire copy qualifies a foreign
/// country's body every time, so the bare description is the home country's ministry. The lead's
/// "a Chinese diplomat" no longer makes the lead's ministry Chinese (`CountedForeignPerson.swift`),
/// and a later bare ministry is the one the text left bare before (`describedActor`). Invented passages.
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
        #expect(all.contains { $0.hasPrefix("denies Portug") }, "\(all)")
    }

    @Test func aQualifiedForeignMinistryKeepsItsOwnDenial() {
        let all = Self.sides(Self.expulsionStory)
        #expect(all.contains("denies Chinese Foreign Ministry"), "\(all)")
        #expect(all.contains("asserts Opposition lawmakers"), "\(all)")
    }

    /// With no bare ministry before it, "the foreign ministry" is still the qualified one just named.
    @Test(arguments: [
        """
        Tokyo (Reuters) - Japan lodged a protest with China on Monday after a Chinese coast guard ship entered its waters near the Senkaku islands.

        The Chinese foreign ministry said the ship had been on a routine patrol in Chinese waters.

        The foreign ministry added that Tokyo had no right to interfere.
        """,
        """
        Nairobi (AFP) - Kenya and Somalia traded accusations on Thursday over a border raid.

        The Somali foreign ministry accused Kenyan troops of crossing into Gedo region and killing two herders.

        The foreign ministry said it would raise the matter at the African Union.
        """,
    ])
    func aBareMinistryAfterOnlyAQualifiedOneIsThatOne(text: String) {
        let actors = Drafter.draft(text, published: nil).actors
        let bare = actors.filter { $0.aliases.contains("the foreign ministry") }.map(\.name)
        #expect(bare.count == 1 && (bare.first?.hasPrefix("Chinese") == true || bare.first?.hasPrefix("Somali") == true), "\(actors.map { ($0.name, $0.aliases) })")
    }

    /// Other countries, other bodies' order: the bare ministry of the lead answers again at the end.
    @Test func aBareMinistryReturnsAfterAForeignOne() {
        let text = """
            Seoul (Reuters) - South Korea has summoned Japan's ambassador over a textbook that calls disputed islets Japanese territory, the foreign ministry said on Friday.

            The Japanese foreign ministry said the textbook reflected Tokyo's long-held position.

            The foreign ministry said the islets were South Korean territory "historically, geographically and under international law."
            """
        let actors = Drafter.draft(text, published: nil).actors
        let bare = actors.filter { $0.aliases.contains("the foreign ministry") }.map(\.name)
        #expect(bare.count == 1 && bare.first?.hasPrefix("Japanese") == false, "\(actors.map { ($0.name, $0.aliases) })")
    }
}
