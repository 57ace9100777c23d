import Testing
@testable import BriefingDraft

/// "The Superintendency of the Environment said …": a superintendency is a body (a regulator's
/// name across Latin America), so its name runs over "of the" and "the company" after it is not
/// the regulator (invented probes). A superintendent is still a person's title.
@Suite struct SuperintendencyNameTests: NameProbing {
    @Test func aSuperintendencyIsOneBody() {
        let result = find("""
            Chile's regulator on Monday accused Andes Cobre Ltd of hiding a leak.
            The Superintendency of the Environment said in a statement that Andes Cobre had known of the leak for six weeks.
            The company's chief executive, Rodrigo Fuentes, said the leak had been reported within hours.
            """)
        #expect(actor(result, "Superintendency of the Environment")?.kind == .organization, "\(names(result))")
        #expect(actor(result, "Environment") == nil, "\(names(result))")
        #expect(actor(result, "Rodrigo Fuentes")?.affiliation == "Andes Cobre Ltd", "\(affiliations(result))")
    }

    /// Must not: "Police Superintendent Ana Ruiz" stays a person with her title.
    @Test func aSuperintendentIsStillAPerson() {
        let result = find("""
            Police in Peru said two men were arrested in Cusco on Friday.
            Police Superintendent Ana Ruiz said the men had confessed.
            """)
        #expect(actor(result, "Ana Ruiz")?.kind == .person, "\(names(result))")
    }
}
