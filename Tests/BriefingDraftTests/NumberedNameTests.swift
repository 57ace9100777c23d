import Testing
@testable import BriefingDraft

/// "M23", "Justicia 11J": a group named by a letter and a number, or by a date tag after its
/// name, is a name like any other; "Q3", "5G", "B-52" stay out.
extension NameCauseTests {
    @Test func aLetterAndNumberNameAGroup() throws {
        let result = find("Fighting resumed near Walikale on Monday. \"We will not withdraw,\" K45 spokesman Paul Biryabarema told Reuters. K45 seized the town in March.")
        #expect(actor(result, "K45")?.kind == .organization)
        let tagged = find("The rights group Libertad 27N said police had detained at least 12 people after the protests.")
        #expect(actor(tagged, "Libertad 27N")?.kind == .organization)
        #expect(actor(tagged, "Libertad") == nil)
    }

    @Test func quartersAndNetworksAreNoNames() throws {
        let result = find("Profits at Samsung rose in Q3, the company said. Huawei 5G sales fell, Huawei said on Monday.")
        #expect(names(result).allSatisfy { !$0.contains("Q3") && !$0.contains("5G") })
    }
}
