import BriefingModel
import Testing
@testable import BriefingDraft

/// "The justice ministry questioned how the report had been written": "justice" is also a
/// judge's title ("Justice Anna Roy"), and read as a title it hid the ministry, so its side of
/// the dispute had no holder (helper de's probe, invented passages in wire-copy forms). A title
/// word right before a portfolio body's head now names the portfolio (the lower-case forms are
/// among the arguments of `aBodyNamedByWhatItIsIsAnActor`). Checked where it must not fire: a
/// judge's title before a name, and a justice of a court. Then "the health ministry of Croatia
/// said", which had made the country the holder: the country after "of" owns the ministry.
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

    // MARK: "the health ministry of Croatia said": the country after "of" owns the ministry

    @Test(arguments: [
        ("The health ministry of Croatia said on Monday that a chemical plant had contaminated wells near the town of Ardel.", "Croatian Health Ministry"),
        ("Slovenia's ombudsman criticised the plan. The interior ministry of Croatia rejected the criticism on Tuesday.", "Croatian Interior Ministry"),
        ("Residents fled two villages overnight. The defence ministry of Armenia said Azerbaijani troops had shelled them.", "Armenian Defence Ministry"),
    ])
    func aMinistryOfANamedCountryIsThatCountrysBody(_ text: String, _ name: String) {
        let result = draft(text)
        #expect(result.actors.first { $0.name == name }?.affiliation != nil, "\(result.actors.map(\.name))")
    }

    /// Read since a sentence right after its dateline's dash drops its article (DatelineArticleTests).
    @Test func aMinistryOfACountryAfterADatelineThatAccuses() {
        let result = draft("ZAGREB (AFP) - The defence ministry of Armenia accused Azerbaijan of shelling two villages.")
        #expect(result.actors.first { $0.name == "Armenian Defence Ministry" }?.affiliation != nil, "\(result.actors.map(\.name))")
    }

    /// The probe story: the ministry, not its country, holds the charge the company dismissed.
    @Test func theMinistryOfACountryHoldsTheCharge() {
        let text = """
            The health ministry of Croatia said on Monday that Sollen Chemical Works had contaminated drinking wells in three villages near the town of Ardel with industrial solvents.

            The ministry's report, published on its website, said samples taken from 22 wells showed solvent levels ten times the legal limit.

            Sollen Chemical Works, which employs about 1,200 people at its plant on the Ardel river, dismissed the ministry's report as politically motivated.
            """
        #expect(holds(text, ["Croatian Health Ministry", "Sollen Chemical Works"]), "\(sides(text))")
    }

    @Test(arguments: [
        // A ministry visited, not one that speaks; "of" a place that is no country.
        "Croatia's president said on Monday that she had visited the health ministry of Slovenia on Friday.",
        "The health ministry of the Ardel region said the wells were safe.",
    ])
    func noMinistryOfACountryWhereItDoesNotSpeakOrIsNoCountrys(_ text: String) {
        let names = actorNames(text)
        #expect(!names.contains("Slovenian Health Ministry") && !names.contains { $0.hasSuffix("Health Ministry") && $0.contains("Ardel") }, "\(names)")
    }
}
