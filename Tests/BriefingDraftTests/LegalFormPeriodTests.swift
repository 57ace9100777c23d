import BriefingModel
import Testing
@testable import BriefingDraft

/// "Kivu Alloys Ltd. … Kivu Alloys Ltd chief executive": an abbreviated legal form written with
/// and without its period is one company (LegalFormPeriod.swift). Invented text.
@Suite struct LegalFormPeriodTests: NameProbing {
    @Test(arguments: [
        ("Kivu Alloys Ltd. denied the accusation on Monday. Kivu Alloys Ltd chief executive Daniel Okafor said the tests were flawed.", "Kivu Alloys Ltd."),
        ("Harbor Link Co said ships were waiting offshore. Dockers blocked the gates of Harbor Link Co. on Tuesday.", "Harbor Link Co"),
    ]) func bothSpellingsAreOneCompany(_ probe: (String, String)) {
        let result = find(probe.0)
        let companies = result.actors.filter { $0.name.hasPrefix(probe.1.split(separator: " ").prefix(2).joined(separator: " ")) }
        #expect(companies.count == 1, "\(names(result))")
        #expect(actor(result, probe.1) != nil, "\(names(result))")
    }

    @Test func twoCompaniesWithOneFormStayTwo() {
        let result = find("Kivu Alloys Ltd denied the accusation on Monday. Kivu Metals Ltd. said it had not been told.")
        #expect(actor(result, "Kivu Alloys Ltd") != nil && actor(result, "Kivu Metals Ltd.") != nil, "\(names(result))")
    }

    @Test func theVariantKeyOnlyForAFormAfterAName() {
        #expect("Kivu Alloys Ltd.".legalFormVariantKey == "kivu alloys ltd")
        #expect("Harbor Link Co".legalFormVariantKey == "harbor link co.")
        #expect("Ltd".legalFormVariantKey == nil)
        #expect("Ana Costa".legalFormVariantKey == nil)
    }

    /// A form the tokenizer keeps with its period ends a company, never a person, and its short
    /// form is that company: "Andes Litio S.A. … Andes Litio said".
    @Test(arguments: [
        ("The regulator said Andes Litio S.A. had exceeded its permit. Andes Litio said it would appeal.", "Andes Litio S.A."),
        ("The regulator said Nordic Pumps Inc. had exceeded its permit. Nordic Pumps said it would appeal.", "Nordic Pumps Inc."),
    ]) func aDottedFormEndsACompanyAndItsShortFormIsIt(_ probe: (String, String)) {
        let result = find(probe.0)
        #expect(actor(result, probe.1)?.kind == .organization, "\(names(result))")
        #expect(result.actors.filter { $0.kind == .person }.isEmpty, "\(names(result))")
    }

    @Test func aPersonsNameIsNoCompany() {
        // Must-not: a person's name with an initial stays a person.
        let result = find("Maria S. Costa said the permit had been exceeded.")
        #expect(actor(result, "Maria S. Costa")?.kind == .person, "\(names(result))")
    }
}
