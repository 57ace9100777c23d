import BriefingModel
import Testing
@testable import BriefingDraft

/// Who holds a side in the lead (helper lh): a country's body named in lower case by what it
/// is ("Mongolia's top electoral court ruled", "A Tunisian dockworkers' union said"), "the
/// country's environment ministry", and people named by what they do with their place
/// ("Farmers in the Oruro highlands say", "…, but relatives of the men said"). Every passage
/// is invented, in the forms wire copy uses; each rule is also checked where it must not fire.
@Suite struct SideHolderInLeadTests {
    func draft(_ raw: String) -> Draft { Drafter.draft(raw, published: nil) }

    func actorNames(_ raw: String) -> [String] { draft(raw).actors.map(\.name) }

    func sides(_ raw: String) -> [[String]] {
        draft(raw).disputes.map { $0.sides.map { "\($0.stance.rawValue) \($0.actor)" } }
    }

    /// Some drafted dispute holds a side of each actor named.
    func holds(_ raw: String, _ actors: [String]) -> Bool {
        sides(raw).contains { dispute in actors.allSatisfy { actor in dispute.contains { $0.hasSuffix(" " + actor) } } }
    }

    // MARK: A country's body named by what it is

    @Test(arguments: [
        ("Mongolia's top electoral court ruled on Wednesday that the party had broken campaign finance limits.", "Mongolian Top Electoral Court"),
        ("Chile's mining regulator said on Monday that the permit had been issued lawfully.", "Chilean Mining Regulator"),
        ("Armenia's border guard service said it had detained four men near the village of Noravan.", "Armenian Border Guard Service"),
        ("A Tunisian dockworkers' union said a three-day strike had shut the port of Rades.", "Tunisian Dockworkers' Union"),
        ("A Sri Lankan tea exporters' association said its members had waited weeks to buy dollars.", "Sri Lankan Tea Exporters' Association"),
        ("Kenya's anti-doping agency said the sprinter had missed three tests.", "Kenyan Anti-doping Agency"),
        // "justice" is also a judge's title; before a portfolio head it names the portfolio (`PortfolioTitleWordTests`).
        ("Mongolia's ombudsman said on Monday that guards had beaten inmates. The justice ministry questioned the report.", "Mongolian Justice Ministry"),
        ("ULAANBAATAR, Feb 11 (Reuters) - Mongolia's ombudsman said guards had beaten inmates. The justice ministry said on Tuesday the report was false.", "Mongolian Justice Ministry"),
        ("Croatia's ombudsman said police had beaten migrants at the border. The justice ministry rejected the findings.", "Croatian Justice Ministry"),
        ("Croatia's ombudsman said police had beaten migrants at the border. The national justice ministry rejected the findings.", "Croatian Justice Ministry"),
    ])
    func aBodyNamedByWhatItIsIsAnActor(_ sentence: String, _ name: String) {
        let names = actorNames(sentence)
        #expect(names.contains { $0.lowercased() == name.lowercased() }, "\(names)")
    }

    @Test(arguments: [
        // A ranked company is named elsewhere; a body that does not act is only a setting.
        "Germany's biggest bank said profits had doubled.",
        "Officials met at Chile's mining regulator headquarters on Monday.",
        "A Tunisian dockworker said the cranes had stopped.",
        "Mongolia's court system is slow, the report said.",
        "Kenya's weather service said heavy rain would fall on Friday.",
    ])
    func noBodyWhereTheWordsDoNotNameOne(_ sentence: String) {
        let names = actorNames(sentence)
        #expect(!names.contains { ["bank", "regulator", "dockworker", "system", "service"].contains($0.split(separator: " ").last?.lowercased() ?? "") }, "\(names)")
    }

    @Test func aDescribedBodyJoinsTheBodyTheTextNames() {
        let raw = """
            Zambia's disease control agency said on Wednesday that cholera had killed 212 people since May.

            The Zambia Centre for Disease Control and Prevention said 9,400 suspected cases had been recorded.
            """
        let actors = draft(raw).actors.filter { $0.kind == .organization }
        #expect(actors.count == 1, "\(actors.map(\.name))")
    }

    @Test func laterReferencesHoldTheSameBody() {
        let raw = """
            TUNIS (AFP) - A Tunisian dockworkers' union said on Wednesday that a three-day strike had shut the port of Rades.

            The union said its members had not had a pay rise since 2021.
            """
        let union = draft(raw).actors.first { $0.name == "Tunisian Dockworkers' Union" }
        #expect(union?.mentions.count ?? 0 >= 2, "\(String(describing: union))")
    }

    // MARK: "the country's" ministry

    /// Each sentence after a Bolivian lead, and whether it names a Bolivian ministry: "the
    /// country's" ministry that speaks does; a bank, or a ministry's buildings, do not.
    @Test(arguments: [
        ("The country's environment ministry said it would send inspectors to the salt flat.", true),
        ("The country's finance ministry backed the central bank's account on Thursday.", true),
        ("The nation's health ministry rejected the figures.", true),
        ("The country's largest bank said profits had doubled.", false),
        ("The country's ministry buildings were closed on Monday.", false),
    ])
    func theCountrysMinistryIsTheContextCountrysMinistry(_ sentence: String, _ named: Bool) {
        let raw = "LA PAZ (Reuters) - Bolivia's state lithium company said on Monday it would double output.\n\n" + sentence
        let names = actorNames(raw)
        #expect(names.contains { $0.hasPrefix("Bolivian") && ($0.hasSuffix("Ministry") || $0.hasSuffix("Bank")) } == named, "\(names)")
    }

    // MARK: People named by what they do, with their place

    @Test func farmersWithTheirRegionHoldTheClaim() {
        let raw = """
            LA PAZ, March 9 (Reuters) - Farmers in Bolivia's Oruro highlands say a lithium pilot plant has drained the wells they depend on, a charge the state lithium company rejected on Monday.

            "The wells went dry in eight weeks," said Teodoro Quispe, who grows quinoa near the salt flat.

            Yacimientos Andinos, the state company, said its plant drew only brine from deep under the salt crust and could not affect fresh water.
            """
        #expect(holds(raw, ["Farmers"]), "\(sides(raw))")
    }

    @Test func fishermenOnTheCoastHoldTheClaim() {
        let raw = """
            PORT LOUIS (AFP) - Fishermen on the island's north coast say dredging for a new marina has turned their lagoon brown and killed its coral, a claim the developer denies.

            Coral Bay Developments said in a statement that its dredging met every condition of its permit and that the discolouration was caused by heavy rain.
            """
        // The developer is not resolved yet ("Coral Bay Developments" is read as "Developments"),
        // so no dispute forms; the fishermen's claim is read all the same.
        let positions = Drafter.positions(in: draft(raw).text).map { "\($0.stance.rawValue) \($0.actor)" }
        #expect(positions.contains("asserts Fishermen"), "\(positions)")
    }

    /// Once a known issue of `GroupAnswerTests`: a head outside the voice lexicon, after a phrase of place.
    @Test func fishermenInATownRejectTheFindings() {
        let raw = """
            Tanzania's fisheries ministry said a six-month ban had restored stocks of Nile perch in the southern bays.
            Fishermen in the lakeside town of Musoma reject those findings.
            """
        #expect(sides(raw).contains { $0.contains("denies Fishermen") }, "\(sides(raw))")
    }

    @Test func relativesAfterButHoldTheOtherSide() {
        let raw = """
            YEREVAN (Reuters) - Armenia's border guard service said on Tuesday it had detained four men carrying unmarked ammunition near the village of Noravan, but relatives of the men said they were shepherds searching for lost sheep.

            "My brother has never held a gun in his life," said Hovik Sargsyan, a cousin of one of the four.
            """
        #expect(holds(raw, ["Armenian Border Guard Service", "Relatives"]), "\(sides(raw))")
    }

    @Test(arguments: [
        // A group that holds no side is no actor, however it is placed.
        "Farmers in the valley said the harvest had started early this year.",
        "Traders at the market said prices had risen, the statistics office reported.",
        "Fishermen on the coast say the season opens in May.",
    ])
    func aPlacedGroupWithNoSideIsNoActor(_ sentence: String) {
        let names = actorNames(sentence)
        #expect(!names.contains { ["Farmers", "Traders", "Fishermen"].contains($0) }, "\(names)")
    }

    @Test func aGroupWithoutItsPlaceIsNoVoice() {
        let raw = """
            The agriculture ministry said the new dam had not reduced the river's flow.

            Farmers said the ministry was wrong.
            """
        #expect(!actorNames(raw).contains("Farmers"), "\(actorNames(raw))")
    }

    // MARK: Forms not read yet

    @Test func formsNotReadYet() {
        let open: [(String, String, String)] = [
            ("a spokesman for a body named only later in the text",
             """
             AMMAN (Reuters) - Residents of eastern Amman say their taps have been dry for nine days, but a spokesman for the capital's water utility said supplies had been cut for only 48 hours.

             Amman Water Company, the capital's water utility, said pressure had been restored by Sunday evening.
             """,
             "Amman Water Company"),
            ("a port authority's chief before his name",
             "Port authority chief Hedi Ben Salem said two of the five berths were working.",
             "port authority"),
        ]
        for (form, raw, expected) in open {
            withKnownIssue(Comment(rawValue: form)) {
                let found = draft(raw)
                let affiliated = found.actors.contains { $0.affiliation?.lowercased() == expected.lowercased() }
                let holding = found.disputes.contains { $0.sides.contains { $0.actor == expected } }
                #expect(affiliated || holding, "\(form): \(found.actors.map { "\($0.name) of \($0.affiliation ?? "-")" })")
            }
        }
    }
}
