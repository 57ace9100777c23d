import Testing
@testable import BriefingDraft

/// From an invented probe of wire copy about a farmers' protest: a given name that is also a
/// month word before a surname's particle ("Jan de Vries"), and an apposition after an age or
/// ending in where the holder comes from ("Mark Smit, 54, a dairy farmer from Friesland who …").
@Suite struct NameParticleAndAgeTests: NameProbing {
    @Test(arguments: [
        ("\"We feed this country,\" said Jan de Vries, a dairy farmer.", "Jan de Vries"),
        ("\"We feed this country,\" Jan de Vries said.", "Jan de Vries"),
        ("\"We feed this country,\" said May van der Berg, a dairy farmer.", "May van der Berg"),
    ]) func aMonthWordGivenNameRunsOverTheParticles(_ probe: (String, String)) {
        let result = find(probe.0)
        #expect(actor(result, probe.1)?.kind == .person, "\(result.actors.map(\.name))")
    }

    @Test func aMonthBeforeANumberIsStillADate() {
        let result = find("Talks resumed on Jan 5 de facto, officials said.")
        #expect(!result.actors.contains { $0.name.hasPrefix("Jan") }, "\(result.actors.map(\.name))")
    }

    @Test(arguments: [
        "\"It is bad,\" said Mark Smit, 54, a dairy farmer from Friesland who drove all night.",
        "\"It is bad,\" said Mark Smit, a dairy farmer from Friesland.",
        "Mark Smit, 54, a farmer, said it was bad.",
    ]) func theAppositionAfterAnAgeOrWithAnOriginGivesTheRole(_ text: String) {
        let result = find(text)
        #expect(actor(result, "Mark Smit")?.role == "farmer", "\(result.actors.map { "\($0.name): \($0.role ?? "-")" })")
    }

    @Test func aCountAfterACommaIsNoAge() {
        // Four digits or a word after the number: no age, and nothing read as a title.
        let result = find("Mark Smit, 2024, a farmer, said it was bad.")
        #expect(actor(result, "Mark Smit")?.role == nil)
    }
}
