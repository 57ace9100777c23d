import BriefingModel
import Testing
@testable import BriefingDraft

/// "the union said" before any union is named does not fall back on the company named in the
/// same sentence (Names/MemberBodiesNoCompanies.swift). Invented wire copy.
@Suite struct MemberBodyNoCompanyTests {
    static func aliases(of name: String, in text: String) -> [String] {
        let actors = Drafter.draft(text, published: nil).actors
        return actors.first { $0.name == name }?.aliases.map { $0.lowercased() } ?? []
    }

    @Test func unionIsNotTheLogisticsCompany() {
        let text = """
        OSLO, March 3 (Reuters) - Dockworkers walked off the job on Tuesday after talks between their union and the terminal operator Fjordline Logistics collapsed overnight, the union said.

        Fjordline Logistics said the strike was illegal.
        """
        #expect(!Self.aliases(of: "Fjordline Logistics", in: text).contains("the union"))
    }

    @Test func associationIsNotTheDescribedFirm() {
        let text = """
        LIMA, May 4 (Reuters) - Fishermen blocked the harbour at Paita on Monday in protest at a permit granted to the firm Pacifico Azul, the association said.

        Pacifico Azul said the permit was lawful.
        """
        #expect(!Self.aliases(of: "Pacifico Azul", in: text).contains("the association"))
    }

    /// Must not: "the company" still reads the company, and "the union" still reads the union named before.
    @Test func companyAndNamedUnionStillResolve() {
        let text = """
        OSLO, March 3 (Reuters) - Talks between the Norwegian Transport Workers' Union and Fjordline Logistics collapsed on Tuesday.

        "We gave them every chance," the union said. The company said the strike was illegal.
        """
        #expect(Self.aliases(of: "Fjordline Logistics", in: text).contains("the company"))
        #expect(!Self.aliases(of: "Fjordline Logistics", in: text).contains("the union"))
    }

    @Test func excludesOnlyBusinessesForMemberHeads() {
        var company = ActorRecord(name: "Fjordline Logistics", kind: .organization, defined: TextPosition(sentence: 0, token: 0))
        #expect(NameFinding.memberBodyExcludes(company, head: "union"))
        #expect(!NameFinding.memberBodyExcludes(company, head: "company"))
        company.descriptor = "firm"
        #expect(NameFinding.memberBodyExcludes(company, head: "association"))
        let party = ActorRecord(name: "Green Renewal Party", kind: .organization, defined: TextPosition(sentence: 0, token: 0))
        #expect(!NameFinding.memberBodyExcludes(party, head: "union"))
        let council = ActorRecord(name: "Nordic Fisheries Council", kind: .organization, defined: TextPosition(sentence: 0, token: 0))
        #expect(!NameFinding.memberBodyExcludes(council, head: "association"))
    }
}
