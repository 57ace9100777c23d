@testable import BriefingDraft
import BriefingModel
import Testing

/// "A spokeswoman for the company, Dewi Lestari, said": the name after a body's kind that is the
/// object of a preposition is the role's holder, a person, and takes no alias of the body
/// (`Names/PrepositionalApposition.swift`); "Her management company, Global Elite Sports, said"
/// still names the company. Every sentence invented.
@Suite struct PrepositionalAppositionTests: NameProbing {
    static let lead = """
        Smelter accused of dumping waste

        JAKARTA (Reuters) - The environmental group Laut Bersih said on Monday that PT Morowali Sinar Nickel had dumped waste into the sea.

        """

    @Test(arguments: ["A spokeswoman for the company", "A lawyer for the company", "An engineer at the company"])
    func theHolderOfTheRoleIsAPerson(_ role: String) throws {
        let result = find(Self.lead + "\(role), Dewi Lestari, said the colour came from river sediment.\n\nThe company said inspectors were welcome.")
        let person = try #require(actor(result, "Dewi Lestari"), "\(names(result))")
        #expect(person.kind == .person)
        #expect(!person.aliases.contains("the company"))
        #expect(actor(result, "PT Morowali Sinar Nickel")?.aliases.contains("the company") == true)
    }

    /// "The spokesman for the company, Jan Berg, declined to comment": a person, who still speaks.
    @Test func theSpokesmanNamedAfterTheCompanyIsAPerson() throws {
        let result = find(Self.lead + "The spokesman for the company, Jan Berg, declined to comment, saying only that talks were \u{201C}ongoing\u{201D}.")
        #expect(actor(result, "Jan Berg")?.kind == .person, "\(names(result))")
    }

    @Test func aNameBesideItsKindIsStillTheBody() throws {
        let result = find(Self.lead + "Its parent company, Sinar Global Metals, said the smelter met every rule.")
        let company = try #require(actor(result, "Sinar Global Metals"), "\(names(result))")
        #expect(company.kind == .organization)
    }
}
