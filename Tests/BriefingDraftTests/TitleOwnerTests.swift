import Testing
@testable import BriefingDraft

/// A title owned through "its" or "their" before the holder's name ("said its secretary
/// general, Dewi Hartono") belongs to the body the pronoun points back to; a title after the
/// name whose owner is named ("…, MSF's medical coordinator") to that owner. Invented passages.
@Suite struct TitleOwnerTests: NameProbing {
    @Test(arguments: [
        ("""
            The Kelsish Timber Growers Association backed the government's position. "Our members replant every hectare they cut," said its secretary general, Mira Olsen.
            """, "Mira Olsen", "Kelsish Timber Growers Association"),
        ("""
            The Marovian Maritime Authority, the state regulator, said it had opened an investigation into the company. Its chairman, Tomas Rehak, told reporters the leak had been reported late.
            """, "Tomas Rehak", "Marovian Maritime Authority"),
        ("""
            The Dunmere Dockworkers Union said on Monday that the strike would go on, and its deputy leader, Ana Varga, called the offer an insult.
            """, "Ana Varga", "Dunmere Dockworkers Union"),
        ("""
            Kelsland said the outbreak was under control. "We are burying people nobody is counting," said Ana Varga, the Kelsish Nurses Association's medical coordinator in the north.
            """, "Ana Varga", "Kelsish Nurses Association"),
        // The sentence before names the body by its common noun only.
        ("""
            The Kelsish Health Ministry denied that a shortage of oxygen caused the deaths. The doctors' union said nine patients had died.

            The ministry gave a different account. Its spokesman, Ibrahim Soilihi, said four patients had died.
            """, "Ibrahim Soilihi", "Kelsish Health Ministry"),
    ]) func theHolderBelongsToTheBodyBefore(_ probe: (String, String, String)) {
        let result = find(probe.0)
        #expect(actor(result, probe.1)?.affiliation == probe.2, "\(affiliations(result))")
    }

    /// No body in the sentence before the pronoun (the paragraph's opening "Its" reaches back to
    /// the last sentence of the paragraph before, BlindSetAPAQTests), or a pronoun that owns no
    /// title: left alone.
    @Test(arguments: [
        ("""
            The Kelsish Timber Growers Association said it would appeal. The ruling came on Monday.

            Its chairman, Mira Olsen, said the ruling was unfair.
            """, "Mira Olsen"),
        ("""
            The Dunmere Dockworkers Union said the strike would go on, citing its members, Ana Varga and others.
            """, "Ana Varga"),
        ("""
            Kelsland said the outbreak was under control. "We are burying people nobody is counting," said Ana Varga, the Kelsish Nurses Association's guest on Monday.
            """, "Ana Varga"),
    ]) func nothingToPointBackToLeavesTheHolderAlone(_ probe: (String, String)) {
        let result = find(probe.0)
        #expect(actor(result, probe.1)?.affiliation == nil, "\(affiliations(result))")
    }
}
