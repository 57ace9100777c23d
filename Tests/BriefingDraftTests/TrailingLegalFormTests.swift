import BriefingModel
import Testing
@testable import BriefingDraft

/// A company's legal form written after its name ("Andes Litio SpA", "Nordhavn Shipping A/S",
/// "Kivu Copper SA"): the name is a company, never a person, and its short form is the same
/// body. Found among the spurious actors of development set T (a lithium producer drafted as a
/// person beside its short name). Invented sentences.
@Suite struct TrailingLegalFormTests: NameProbing {
    func kind(_ raw: String, _ name: String) -> ActorKind? { actor(find(raw), name)?.kind }

    @Test(arguments: [
        ("The regulator said Andes Litio SpA had pumped more brine than its permit allowed.", "Andes Litio SpA"),
        ("Kivu Copper SA said on Monday that the mine would reopen in June.", "Kivu Copper SA"),
        ("Prosecutors said Rhein Kabel GmbH had paid the bribes through a consultant.", "Rhein Kabel GmbH"),
        ("Merapi Sawit Tbk denied clearing the forest, a spokesman said.", "Merapi Sawit Tbk"),
        ("Zeeland Dredging NV told Reuters the contract had been signed in March.", "Zeeland Dredging NV"),
        ("Kestrel Bay Pty said it would appeal against the fine.", "Kestrel Bay Pty"),
    ]) func aTrailingLegalFormMakesACompany(_ probe: (String, String)) {
        #expect(kind(probe.0, probe.1) == .organization, "\(names(find(probe.0)))")
    }

    @Test func theShortFormIsTheSameCompany() {
        let raw = """
            The regulator said Andes Litio SpA had pumped 18% more brine than allowed.
            Andes Litio said in a statement that it would contest the charges.
            """
        let result = find(raw)
        #expect(result.actors.filter { $0.name.hasPrefix("Andes Litio") }.count == 1, "\(names(result))")
    }

    /// Capitals that are not legal forms, and people, stay as they were.
    @Test(arguments: [
        ("Maria Santos said the vote had been fair.", "Maria Santos"),
        ("Jonas Ab said the vote had been fair.", "Jonas Ab"),
        ("Interior Minister Pedro Sa said the border would stay shut.", "Pedro Sa"),
    ]) func peopleStayPeople(_ probe: (String, String)) {
        #expect(kind(probe.0, probe.1) == .person, "\(names(find(probe.0)))")
    }
}
