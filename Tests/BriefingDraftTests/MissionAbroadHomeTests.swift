import BriefingModel
import Testing
@testable import BriefingDraft

/// A story set in one country about people of another: the other country's embassy or high
/// commission sits abroad and is no evidence of where the story is set, so the bare "the
/// government" stays the dateline country's (set V's Maldives story gave it to Bangladesh).
/// Invented passages.
extension NameCauseTests {
    @Test(arguments: [
        ("""
        DOHA, March 3 (Reuters) - Nepalese workers held at a deportation centre in Qatar were denied medical care for weeks, a rights group said on Tuesday.
        Qatar has denied mistreating migrant workers. The Nepalese Embassy in Doha said it had asked for access to the centre.
        The Nepalese Embassy in Doha said on Wednesday that it was still waiting for a reply.
        The government said the centre met every legal standard.
        """, "Qatar", "Nepal"),
        ("""
        COLOMBO, Aug 14 (Reuters) - Indian fishermen arrested off the northern coast were held without charge for a month, their families said on Friday.
        Sri Lanka has rejected that account. The Indian High Commission in Colombo said it had raised the arrests with the navy.
        The Indian High Commission said consular officers had visited the men twice.
        The government said the trawlers had been fishing illegally.
        """, "Sri Lanka", "India"),
        ("""
        KUALA LUMPUR, Jan 20 (Reuters) - Indonesian maids recruited by two agencies were kept in locked hostels and paid nothing for months, police said on Monday.
        Malaysia has promised an inquiry. The Indonesian Embassy in Kuala Lumpur said it was sheltering 14 women.
        The Indonesian Embassy said it would help the women return home.
        The government said it would review the licences of both agencies.
        """, "Malaysia", "Indonesia"),
    ])
    func aForeignMissionDoesNotMoveTheStorysHome(text: String, home: String, sender: String) {
        let result = find(text)
        #expect(actor(result, home)?.aliases.contains { $0.lowercased() == "the government" } == true, "\(result.actors.map { ($0.name, $0.aliases) })")
        #expect(actor(result, sender)?.aliases.contains { $0.lowercased() == "the government" } != true)
    }

    /// A story about the sending country's own government keeps that government as home.
    @Test(arguments: [
        ("""
        NAIROBI, June 2 (Reuters) - Ethiopia's government said on Monday it had closed its border with Sudan.
        Ethiopia accused armed groups of smuggling weapons across the frontier. The Ethiopian foreign ministry said the closure was temporary.
        The government said trade would resume within weeks.
        """, "Ethiopia", "Kenya"),
        ("""
        BANGKOK, Oct 6 (Reuters) - Myanmar said on Monday that an air strike had killed fighters.
        Myanmar accused rebels of using villagers as shields. The Thai Embassy in Yangon said no Thai citizens had been hurt.
        The government said the camp was a base.
        """, "Myanmar", "Thailand"),
    ])
    func aStoryAboutAnotherGovernmentKeepsItsHome(text: String, home: String, other: String) {
        let result = find(text)
        #expect(actor(result, home)?.aliases.contains { $0.lowercased() == "the government" } == true, "\(result.actors.map { ($0.name, $0.aliases) })")
        #expect(actor(result, other)?.aliases.contains { $0.lowercased() == "the government" } != true)
    }

    @Test func missionNamesAreKnownWithOrWithoutTheirCity() {
        #expect(NameFinding.isDiplomaticMission("Bangladesh High Commission"))
        #expect(NameFinding.isDiplomaticMission("Nepalese Embassy in Doha"))
        #expect(NameFinding.isDiplomaticMission("Indian Consulate"))
        #expect(!NameFinding.isDiplomaticMission("Human Rights Commission"))
        #expect(!NameFinding.isDiplomaticMission("European Commission"))
        #expect(!NameFinding.isDiplomaticMission("Embassy"))
    }
}
