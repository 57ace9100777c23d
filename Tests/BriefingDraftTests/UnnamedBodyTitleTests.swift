import Testing
@testable import BriefingDraft

/// A title owned by a body named only by its common noun ("the ministry's spokeswoman", "the
/// union's general secretary"), from invented wire-copy probes: the spokeswoman is folded into
/// that body, and where the text drafted no such body the quote is left without a speaker
/// instead of going to the latest person named, who is someone else.
@Suite struct UnnamedBodyTitleTests {
    func quotes(_ raw: String) -> [String] { AttributionProbeTests.drafted(raw) }

    @Test(arguments: [
        ("""
            Latvia's ice hockey federation said on Thursday it would not pay the fine.
            Edgars Kalnins, a player, said he had not been paid. "The fine stands," the ministry's spokeswoman told reporters.
            """, "The fine stands"),
        ("""
            Janis Berzins said the strike would go on. "Nobody has called us," the union's general secretary said.
            """, "Nobody has called us"),
    ]) func aTitleOfAnUndraftedBodyIsNotTheLatestPerson(_ probe: (String, String)) {
        let drafted = quotes(probe.0)
        #expect(!drafted.contains { $0.hasSuffix(": " + probe.1) && !$0.hasPrefix("-") }, "\(drafted)")
    }

    @Test(arguments: [
        ("""
            Kestrel Air said it would cancel 20 flights. Transport minister Ona Vale said the cuts were regrettable.
            "Demand has fallen," the airline's spokeswoman said.
            """, "Kestrel Air: Demand has fallen"),
        ("""
            The Baltic Dockers Union said its members would strike on Monday. Port director Ilze Liepa called the strike illegal.
            "We gave them three weeks' notice," the union's spokesman said.
            """, "Baltic Dockers Union: We gave them three weeks' notice"),
    ]) func aSpokespersonOfADraftedBodySpeaksForIt(_ probe: (String, String)) {
        let drafted = quotes(probe.0)
        #expect(drafted.contains(probe.1), "\(drafted)")
    }

    /// A holder named beside the title is read by the name rules, as before.
    @Test func aNamedHolderKeepsTheQuote() {
        let drafted = quotes("""
            Malawi's sports ministry said it had frozen the grants.
            "The federation chose not to answer," the ministry's spokeswoman, Tamara Phiri, said.
            """)
        #expect(drafted.contains("Tamara Phiri: The federation chose not to answer"), "\(drafted)")
    }

    /// "the factory's owner, Meghna Apparels," is the company named beside the description,
    /// whatever its kind, not the latest person.
    @Test(arguments: [
        ("""
            Workers at the factory said they had not been paid. Rubel Hossain, a machine operator, said the managers had left.
            "We have bank receipts for every worker," the factory's owner, Meghna Apparels, said on Sunday.
            """, "Meghna Apparels: We have bank receipts for every worker"),
        ("""
            Officials said the ferry had been overloaded. Captain Aris Dano was detained on Monday.
            "The manifest lists 150 names," the ferry's operator, Samudra Lintas Shipping, said in a statement.
            """, "Samudra Lintas Shipping: The manifest lists 150 names"),
    ]) func aDescriptionBesideANameIsThatName(_ probe: (String, String)) {
        let drafted = quotes(probe.0)
        #expect(drafted.contains(probe.1), "\(drafted)")
    }
}
