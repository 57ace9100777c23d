import Testing
@testable import BriefingDraft

/// "Company spokeswoman Ana Berg said …": a body's common noun opening a sentence before a
/// lowercase title is the title's first word, from an invented probe; the holder speaks for the
/// latest body of that noun, as "company spokeswoman" inside a sentence does.
@Suite struct OpeningBodyNounTitleTests: NameProbing {
    @Test(arguments: [
        """
        Minera Azul Ltd denied on Tuesday that its dam was leaking.
        Company spokeswoman Ana Berg said the samples had been taken from the wrong river.
        """,
        """
        Minera Azul Ltd denied on Tuesday that its dam was leaking.
        "The dam is sound," company spokeswoman Ana Berg said.
        """,
    ]) func theOpeningNounOwnsTheTitle(_ text: String) {
        let result = find(text)
        #expect(actor(result, "Ana Berg")?.affiliation == "Minera Azul Ltd", "\(affiliations(result))")
        #expect(actor(result, "Company") == nil, "\(names(result))")
    }

    @Test func aPartyNounOpeningTheSentence() {
        let result = find("""
            The ruling Smer party rejected that.
            Party spokesman Jan Richter said the opposition sees conspiracies everywhere.
            """)
        #expect(actor(result, "Jan Richter")?.affiliation == "Smer", "\(affiliations(result))")
    }

    /// A body's own name before the title, and a noun before no title, are left alone.
    @Test func aNamedBodyKeepsItsTitle() {
        let result = find("""
            Minera Azul Ltd denied on Tuesday that its dam was leaking.
            Kestrel Air spokeswoman Ana Berg said the flights would resume.
            """)
        #expect(actor(result, "Ana Berg")?.affiliation == "Kestrel Air", "\(affiliations(result))")
    }
}
