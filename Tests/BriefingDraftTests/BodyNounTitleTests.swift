import Testing
@testable import BriefingDraft

/// A title whose first word is a body's common noun ("party spokesman Jan Richter", "Jan
/// Richter, a party spokesman"), from an invented probe: the holder speaks for the latest body
/// of that noun, so a side he takes is his party's, not the claim it denied.
@Suite struct BodyNounTitleTests: NameProbing {
    @Test(arguments: [
        """
        Opposition leader Michal Simecka accused the government of lying.
        The ruling Smer party rejected that. "The opposition sees conspiracies everywhere," party spokesman Jan Richter said.
        """,
        """
        Opposition leader Michal Simecka accused the government of lying.
        The ruling Smer party rejected that. "The opposition sees conspiracies everywhere," said Jan Richter, a party spokesman.
        """,
    ]) func theHolderSpeaksForTheBodyOfThatNoun(_ text: String) {
        let result = find(text)
        #expect(actor(result, "Jan Richter")?.affiliation == "Smer", "\(affiliations(result))")
    }

    @Test func aBodyFirstMetAsADescriptionOwnsTheTitleToo() {
        // "the health ministry said" makes the ministry while mentions are read, after the
        // names' own definitions.
        let result = find("""
            LILONGWE, Feb. 14 (AP) — A cholera outbreak in southern Malawi has killed at least 87 people since early January, the health ministry said on Friday.
            Health Minister Khumbize Chiponda said 2,300 cases had been recorded in six districts.
            The World Health Organization, which shipped 400,000 vaccine doses to Malawi last month, said it was "deeply concerned".
            The ministry denied that patients had been turned away. A ministry spokesman, Adrian Chikumbe, said every patient had been treated.
            """)
        #expect(actor(result, "Adrian Chikumbe")?.affiliation == "Malawian Health Ministry", "\(affiliations(result))")
    }

    /// No body of that noun named before him, or a title that describes no body.
    @Test(arguments: [
        ("""
            Opposition leader Michal Simecka accused the government of lying.
            "The opposition sees conspiracies everywhere," party spokesman Jan Richter said.
            """, "Jan Richter"),
        ("""
            The Smer party rejected the charge on Monday.
            "They parade one old policeman," opposition leader Michal Simecka said.
            """, "Michal Simecka"),
    ]) func noBodyOfThatNounNoAffiliation(_ probe: (String, String)) {
        let result = find(probe.0)
        #expect(actor(result, probe.1)?.affiliation == nil, "\(affiliations(result))")
    }
}

/// "said Ana Berg, a company spokeswoman": the body word before a title owns the title, so the
/// person set beside it is no company (a descriptive apposition, "Hezbollah, the Lebanese
/// militant group," still describes a body).
@Suite struct BodyWordBeforeTitleTests: NameProbing {
    @Test func aBodyWordBeforeATitleMakesNoBody() {
        let result = find("""
            The carmaker Volta Motors rejected that. "We follow every rule," said Ana Berg, a company spokeswoman.
            """)
        #expect(actor(result, "Ana Berg")?.kind == .person, "\(result.actors.map { "\($0.name): \($0.kind)" })")
    }

    @Test func aDescriptionWithoutATitleStillDescribesABody() {
        let result = find("Hezbollah, the Lebanese militant group, said it fired rockets.")
        #expect(actor(result, "Hezbollah")?.kind == .organization)
    }
}
