import BriefingModel
import Testing
@testable import BriefingDraft

/// A group voice placed by a named place ("Herders in Uvs province told a different story")
/// keeps its head as its name and carries the placed phrase, with its count, as aliases.
/// Passages are invented.
@Suite struct PlacedGroupAliasTests: NameProbing {
    let lead = "ULAANBAATAR, Feb 3 (Reuters) - Mongolia's emergency agency said on Tuesday that fodder from state reserves had reached every district hit by the winter."

    @Test(arguments: [
        ("Herders in Uvs province, in the far northwest, told a different story.", "Herders", "Herders in Uvs province"),
        ("Farmers in Khovd said the hay had never arrived.", "Farmers", "Farmers in Khovd"),
        ("Three workers from Bangladesh said they had not been paid.", "Workers", "Three workers from Bangladesh"),
    ])
    func aNamedPlaceJoinsTheGroupsAliases(line: String, name: String, alias: String) {
        let group = draftedActor("\(lead)\n\n\(line)", name)
        #expect(group?.aliases.contains(alias) == true, "\(group.map { "\($0.name): \($0.aliases)" } ?? "no \(name)")")
    }

    @Test(arguments: [
        ("Herders in the far northwest told a different story.", "Herders"),
        ("Farmers near the river said the hay had never arrived.", "Farmers"),
    ])
    func aPlaceWithoutANameAddsNoAlias(line: String, name: String) {
        let group = draftedActor("\(lead)\n\n\(line)", name)
        #expect(group != nil)
        #expect(group?.aliases.allSatisfy { $0.split(separator: " ").count == 1 } == true, "\(group?.aliases ?? [])")
    }
}
