import Testing
@testable import BriefingDraft

/// Company and body names the common-noun rules used to cut or miss: "Tundra Electronics
/// Trade", "the Minsk School of Economics", and names listed after "airlines including".
extension NameCauseTests {
    @Test func capitalsAfterACompanyWordStayInItsName() throws {
        let result = find("One of the companies, Tundra Electronics Trade, said it had sold only to local buyers.")
        #expect(actor(result, "Tundra Electronics Trade")?.kind == .organization)
        #expect(actor(result, "Tundra Electronics") == nil)
        // A title after the company word still starts a person.
        let titled = find("Tundra Electronics Chairman Ivo Sepp said the firm would appeal.")
        #expect(actor(titled, "Ivo Sepp")?.kind == .person)
    }

    @Test func aSchoolOfASubjectIsABody() throws {
        let result = find("A report published by the Minsk School of Economics found that shipments fell by 12%.")
        #expect(actor(result, "Minsk School of Economics")?.kind == .organization)
    }

    @Test func namesListedAfterAPluralBodyWordAreBodies() throws {
        let result = find("The cap was suspended after airlines including Norsk, Condor and Wizz challenged it in court.")
        for name in ["Norsk", "Condor", "Wizz"] { #expect(actor(result, name)?.kind == .organization) }
        let such = find("Rival firms such as Orvale and Tessin Kraft have bought stakes in the field.")
        #expect(actor(such, "Orvale")?.kind == .organization)
        #expect(actor(such, "Tessin Kraft")?.kind == .organization)
        // A name cut at its "the" ("Save the Children") makes no body of its first word.
        let joined = find("Aid agencies including Rescue the Young and Islamic Relief said convoys had been blocked.")
        #expect(actor(joined, "Rescue") == nil)
        // People listed after a word for people are no bodies.
        let people = find("Critics including Anna Berg and Jonas Lind said the plan would fail.")
        #expect(actor(people, "Anna Berg")?.kind != .organization)
    }

    @Test func aNameListedAfterACompanyIsACompany() throws {
        let result = find("Grain traders Norvald, Kessler Agri and Hanna Brandt said shipments had been delayed.")
        #expect(actor(result, "Hanna Brandt")?.kind == .organization)
        // Beside a state or an international body, a person stays a person.
        let beside = find("The European Union and Hanna Brandt said the talks would resume on Monday.")
        #expect(actor(beside, "Hanna Brandt")?.kind != .organization)
    }

    @Test func whatASpokespersonSpeaksForIsABody() throws {
        let result = find("A spokesperson for Norvald declined to comment on the delays.")
        #expect(actor(result, "Norvald")?.kind == .organization)
        let person = find("A spokesman for Hanna Brandt said she would appeal.")
        #expect(actor(person, "Hanna Brandt")?.kind != .organization)
    }
}
