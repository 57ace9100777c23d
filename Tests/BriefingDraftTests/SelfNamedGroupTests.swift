import Testing
@testable import BriefingDraft
import BriefingModel

/// "A group calling itself X" names a body by its descriptor, so "the group" after it is that
/// body; and neither "the group" nor "the company" stands for a public body (an inspectorate,
/// a ministry) named in between. Invented wire-copy probes.
@Suite struct SelfNamedGroupTests: NameProbing {
    /// The last two are names the chunker does not yet read whole: a region word first
    /// ("Northern Owl"), and "of the" inside a name ("Sons of the Delta").
    @Test(arguments: [
        ("A group calling itself Grey Lynx claimed the attack on a Telegram channel on Sunday.", "Grey Lynx", true),
        ("A militant group calling itself Ansar Wadi posted a video of the attack.", "Ansar Wadi", true),
        ("A hacker group calling itself Northern Owl said it had taken 40,000 files from the insurer.", "Northern Owl", false),
        ("Responsibility was claimed by a group that calls itself Sons of the Delta, which threatened more attacks.", "Sons of the Delta", false),
    ]) func aGroupCallingItselfXIsABody(_ probe: (String, String, Bool)) {
        let found = actor(find(probe.0), probe.1)
        withKnownIssue("the name chunk is cut short") {
            #expect(found != nil && found?.kind != .person, "\(names(find(probe.0)))")
        } when: { !probe.2 }
    }

    /// "calling itself" after a person, or a word that is no kind of body, names no body.
    @Test(arguments: [
        ("A man calling himself Marko Vasic phoned the newspaper on Monday, police said.", "Marko Vasic"),
        ("Tomas Berzins, who calls himself a patriot, said on Monday he would stand for mayor.", "Tomas Berzins"),
    ]) func aPersonCallingHimselfXStaysAPerson(_ probe: (String, String)) {
        #expect(actor(find(probe.0), probe.1)?.kind == .person, "\(names(find(probe.0)))")
    }

    /// "the group" points to the self-named group, not to the regulator named before it.
    @Test func theGroupIsTheSelfNamedGroup() {
        let drafted = AttributionProbeTests.drafted("""
            VILNIUS, March 3 (Reuters) - Lithuania's State Data Protection Inspectorate opened an investigation on Monday into a breach at Kauno Vandenys, the city's water utility.
            A group calling itself Grey Lynx claimed the attack on a Telegram channel and offered to sell the data. "We still hold every file," the group said in a post.
            """)
        #expect(drafted.contains("Grey Lynx: We still hold every file"), "\(drafted)")
    }

    /// An inspectorate or a ministry never becomes an alias "the company" or "the group".
    @Test(arguments: [
        """
        RIGA, May 4 (AP) - Latvia's Consumer Rights Inspectorate said on Tuesday it had fined Daugava Pharma for late notice of a breach. The inspectorate's director, Ilze Ozola, said the company had reported it eleven days late.
        """,
        """
        TALLINN, Jan 9 (Reuters) - The Labour Inspectorate said on Friday that the group had failed to report two accidents at its plant in Narva. Its head, Mart Kivi, told reporters the company would be fined.
        """,
    ]) func aPublicBodyIsNeverTheCompany(_ raw: String) {
        let result = find(raw)
        for body in result.actors where body.name.contains("Inspectorate") {
            #expect(!body.aliases.contains { ["the company", "the group"].contains($0.lowercased()) }, "\(body.name): \(body.aliases)")
        }
    }
}
