import BriefingModel
import Testing
@testable import BriefingDraft

/// "The justice ministry questioned how the report had been written": "justice" is also a
/// judge's title ("Justice Anna Roy"), and read as a title it hid the ministry, so its side of
/// the dispute had no holder (helper de's probe, invented passages in wire-copy forms). A title
/// word right before a portfolio body's head now names the portfolio (the lower-case forms are
/// among the arguments of `aBodyNamedByWhatItIsIsAnActor`). Checked where it must not fire: a
/// judge's title before a name, and a justice of a court.
/// The helpers are those of `SideHolderInLeadTests`, whose suite this extends.
extension SideHolderInLeadTests {
    /// The passage the rule was written from: the ministry's doubt and the office's account of
    /// its method both hold sides of the office's charge.
    @Test func theProbeStoryKeepsTheMinistrysDoubt() {
        let text = """
            The Ombudsman's Office of Mongolia said on Wednesday that guards at the Kalvan prison had beaten inmates during a protest over food rations in January.

            The office's report said at least 14 prisoners had suffered broken bones and that medical care had been delayed for days.

            The justice ministry questioned how the report had been written, saying the office had never asked prison staff for their version of events.

            The office said its investigators had interviewed 40 witnesses, including guards, and had examined hospital records.

            Mongolia's prison service holds about 9,000 inmates in 12 jails.
            """
        let found = sides(text)
        #expect(found.contains { $0.contains("asserts Ombudsman's Office of Mongolia") && $0.contains("questions Mongolian Justice Ministry") }, "\(found)")
    }

    @Test(arguments: [
        // A judge's title before a name stays a title.
        ("Croatia's supreme court ruled on Monday that the law was valid. Justice Ana Horvat said the ministry had acted lawfully.", "Ana Horvat"),
        ("Croatia's supreme court ruled on Monday that the law was valid. Chief justice Ana Horvat said the ministry had acted lawfully.", "Ana Horvat"),
    ])
    func aJudgesTitleStaysATitle(_ text: String, _ person: String) {
        let result = draft(text)
        let judge = result.actors.first { $0.name == person }
        #expect(judge?.kind == .person)
        #expect(judge?.role?.lowercased().contains("justice") == true, "\(String(describing: judge))")
        #expect(!result.actors.contains { $0.name.hasSuffix("Justice Ministry") })
    }

    /// "a justice of the court said": no ministry follows, so no body is made.
    @Test func aJusticeOfACourtMakesNoMinistry() {
        let names = actorNames("Croatia's constitutional court struck down the law. A justice of the court said the ministry had overstepped its powers.")
        #expect(!names.contains { $0.hasSuffix("Justice Ministry") }, "\(names)")
    }

    /// "The justice ministry said" in a story that names two countries, neither of them its
    /// subject: nothing says whose ministry it is, so no country's is made.
    @Test func aJusticeMinistryInAStoryOfTwoCountriesIsNobodys() {
        let names = actorNames("Talks between Croatia and Slovenia on the border case resumed on Monday. The justice ministry said the talks would last two days.")
        #expect(!names.contains { $0.hasSuffix("Justice Ministry") }, "\(names)")
    }
}
