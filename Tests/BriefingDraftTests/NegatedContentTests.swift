import BriefingModel
@testable import BriefingDraft
import Testing

/// A statement that negates a content word of another camp's claim ("no siren" after "sirens
/// had sounded") denies that claim with no verb of denial (`resolveNegatedContent`). Invented
/// wire copy; half the cases check what the rule must leave alone: a negation about something
/// else, or one from the claimant's own camp.
@Suite struct NegatedContentTests {
    static let actors = [
        organization("Torvik District Council", kind: .other),
        DraftActor(name: "Mara Ilves", kind: .person, role: "farmer", affiliation: nil, aliases: ["Ilves"]),
        DraftActor(name: "Pieter Vand", kind: .person, role: "fisherman", affiliation: nil, aliases: ["Vand"]),
        organization("Greenhaven Pension Fund", kind: .other),
        organization("Climate Watch", kind: .other),
    ]

    func sides(_ raw: String) -> [[String]] { MarkedRivalAccountTests.stances(raw, Self.actors) }

    // MARK: The rule fires

    @Test func heardNoSirenDeniesThatSirensSounded() {
        let found = sides("""
            The Torvik District Council said in a statement that sirens had sounded in every village before the dam released water.

            “We heard no siren,” said Mara Ilves, a farmer from the valley.
            """)
        #expect(found.contains { $0.contains("asserts Torvik District Council") && $0.contains("denies Mara Ilves") })
    }

    @Test func noCoalCompanyDeniesAnInvestmentInCoal() {
        let found = sides("""
            Climate Watch said the Greenhaven Pension Fund had invested 300 million euros in coal mining companies last year.

            “There is no coal company in our portfolio,” the Greenhaven Pension Fund said.
            """)
        #expect(found.contains { $0.contains("asserts Climate Watch") && $0.contains("denies Greenhaven Pension Fund") })
    }

    @Test func neverWarnedDeniesAWarning() {
        let found = sides("""
            The Torvik District Council said fishermen had been warned of the release two days in advance.

            “Nobody warned us. We were never warned,” said Pieter Vand, a fisherman.
            """)
        #expect(found.contains { $0.contains("asserts Torvik District Council") && $0.contains("denies Pieter Vand") })
    }

    // MARK: The rule leaves alone

    @Test func aNegationAboutSomethingElseDeniesNothing() {
        let found = sides("""
            The Torvik District Council said sirens had sounded in every village before the dam released water.

            “We had no electricity for three days after the flood,” said Mara Ilves, a farmer from the valley.
            """)
        // This rule leaves it alone ("electricity" is no word of the claim); an older reading of a
        // negated quote ("We had no …") still makes it a denial.
        withKnownIssue { #expect(!found.contains { $0.contains("denies Mara Ilves") }) }
    }

    @Test func noCommentIsNoDenial() {
        let found = sides("""
            Climate Watch said the Greenhaven Pension Fund had invested heavily in coal last year.

            The Greenhaven Pension Fund said it had no comment on the report.
            """)
        // This rule leaves it alone; the older reading of a negated reported clause ("it had no …") does not.
        withKnownIssue { #expect(!found.contains { $0.contains("denies Greenhaven Pension Fund") }) }
    }

    @Test func theClaimantsOwnCampRestatingIsNoDenial() {
        let found = sides("""
            Climate Watch said the Greenhaven Pension Fund had invested in coal last year.

            Climate Watch said the fund had sold no coal holdings since.
            """)
        #expect(!found.contains { $0.contains("denies Climate Watch") })
    }

    // MARK: The words negated

    @Test func negatedWordsAreTheOnesRightAfterTheNegation() {
        #expect(DisputeFinder.negatedStems("We heard no siren").contains("siren"))
        #expect(DisputeFinder.negatedStems("they do not protect them").contains("protect"))
        #expect(DisputeFinder.negatedStems("He has never signed a single payment").contains("sign"))
        #expect(DisputeFinder.negatedStems("We had no electricity for three days after the flood").isDisjoint(with: ["flood", "day", "three"]))
        #expect(DisputeFinder.negatedStems("The company said sirens had sounded").isEmpty)
    }
}
