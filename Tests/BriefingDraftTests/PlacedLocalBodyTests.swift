import BriefingModel
import Testing
@testable import BriefingDraft

/// A local authority named in lower case after its place ("the Atlantic maritime prefecture",
/// "the Prizren municipality") is a body, and "The prefecture said" later is that body
/// (PlacedLocalBodies.swift). A place used as a setting ("in the Belas municipality") is not.
/// Invented wire copy.
@Suite struct PlacedLocalBodyTests: NameProbing, StanceProbing {
    @Test(arguments: [
        ("BREST, France (AFP) - Oil reached the island of Ouessant on Monday, according to the Atlantic maritime prefecture.", "Atlantic maritime prefecture"),
        ("Parents accused the Prizren municipality, which runs school meals in the city, of ignoring their complaints.", "Prizren municipality"),
        ("The Isabel provincial government said the royalties had been paid in full.", "Isabel provincial government"),
    ]) func aLocalAuthorityIsABody(_ probe: (String, String)) {
        #expect(draftedActor(probe.0, probe.1)?.kind == .organization, "\(names(find(probe.0)))")
    }

    @Test func theBodyByItsNounLater() {
        let raw = """
            BREST, France (AFP) - Oil from a stricken tanker reached the island of Ouessant on Monday, according to the Atlantic maritime prefecture.

            Environmental groups said the spill was far larger than officials admitted.

            The prefecture said the patches were oil already at sea before the tank was sealed, not a new leak.
            """
        #expect(positionLines(raw).contains("denies Atlantic maritime prefecture"), "\(positionLines(raw))")
    }

    @Test func aSettingIsNoBody() {
        // Must-not: the municipality is where the houses stand.
        let raw = "LUANDA (Reuters) - Police demolished 300 houses in the Belas municipality on Tuesday, residents said."
        #expect(draftedActor(raw, "Belas municipality") == nil, "\(names(find(raw)))")
    }
}
