import BriefingModel
import Testing
@testable import BriefingDraft

/// Sides given in few words, often by an unnamed group (helper gs, round one): "Rights groups
/// dispute that.", "Residents of the district of X disputed that.", "Some analysts are not
/// convinced that …", "The Chamber of Mines backed the government's position.", and a voice set
/// against the account before it (", but aid groups … say"). Every passage is invented, in
/// the forms wire copy uses; each test also checks what the rule must leave alone.
@Suite struct GroupAnswerTests {
    func sides(_ raw: String) -> [[String]] {
        Drafter.draft(raw, published: nil).disputes.map { $0.sides.map { "\($0.stance.rawValue) \($0.actor)" } }
    }

    func holds(_ raw: String, _ expected: [String]) -> Bool {
        sides(raw).contains { dispute in expected.allSatisfy(dispute.contains) }
    }

    /// A claim, then the sentence under test as the next paragraph line.
    static func after(_ lead: String, _ sentence: String) -> String { lead + "\n" + sentence }

    static let policeLead = "Kyrgyzstan's interior ministry said officers had used only tear gas to clear the square in Kara-Suu on Wednesday."
    static let rescueLead = "Disaster management chief Helena Mabote told reporters in Beira that rescue teams had reached every cut-off village."
    static let fraudLead = "United Progress Alliance leader Chanda Mulenga said fraud at 14 polling stations had cost her party the presidency."
    static let banLead = """
        The European Union said Namibia's ban on exports of raw lithium ore broke international trade rules.
        The Namibian government rejected that claim, saying the ban was fully lawful.
        """

    // MARK: "dispute" as a present-tense verb

    @Test(arguments: [
        "Rights groups dispute that.",
        "Rights groups dispute that account.",
        "Rights groups dispute the ministry's version of events.",
        "Rights groups strongly dispute this.",
    ])
    func aPluralSubjectDisputesWithTheBareVerb(_ answer: String) {
        let raw = Self.after(Self.policeLead, answer)
        #expect(holds(raw, ["denies Rights groups"]) || holds(raw, ["asserts Rights groups"]), "\(sides(raw))")
    }

    @Test(arguments: [
        "The two countries have a border dispute that has lasted a decade.",
        "Officials said the trade dispute would go to arbitration.",
        "The unions and the company remain in dispute over the figures.",
    ])
    func theNounDisputeIsNoAnswer(_ sentence: String) {
        let raw = Self.after(Self.policeLead, sentence)
        #expect(!sides(raw).contains { $0.contains { $0.hasPrefix("denies") } }, "\(sides(raw))")
    }

    // MARK: A group before a long phrase

    @Test(arguments: [
        "Residents of the riverside district of Buzi disputed that.",
        "Villagers living along the river disputed that.",
        // A place described in an apposition between the group and its verb (helper np3).
        "Residents of Nhamatanda, a town of about 30,000 people on the main road to Zimbabwe, disputed that.",
        "Residents of Nhamatanda, a farming district west of Beira, rejected that account.",
        "Residents of Buzi, a fishing town on the Pungwe river, disputed that.",
    ])
    func aGroupBeforeItsPhraseHoldsTheAnswer(_ answer: String) {
        let raw = Self.after(Self.rescueLead, answer)
        let expected = answer.hasPrefix("Villagers") ? "denies Villagers" : "denies Residents"
        #expect(holds(raw, ["asserts Helena Mabote", expected]), "\(sides(raw))")
    }

    @Test func aGroupBeforeAPlaceAppositionSays() {
        let raw = "The Highlands Water Authority said on Monday that every family moved for the Kobong dam had been paid in full.\n"
            + "Residents of Ha Ntsie, a village of about 400 people near the dam wall, said they had not been paid for the fields they lost."
        #expect(sides(raw).contains { $0.contains { $0.hasSuffix(" Residents") } }, "\(sides(raw))")
    }

    /// No verb of the group's own after the apposition, or another speaker's: no side for it.
    @Test func aPlaceAppositionWithoutTheGroupsVerbIsNoAnswer() {
        for sentence in [
            "Residents of Nhamatanda, a town of about 30,000 people, were moved to a school.",
            "Residents of Nhamatanda were moved to a school, a spokesman for the town, Joao Sitoe, said.",
        ] {
            let found = sides(Self.after(Self.rescueLead, sentence))
            #expect(!found.contains { $0.contains { $0.hasSuffix(" Residents") } }, "\(found)")
        }
    }

    // MARK: Not persuaded

    @Test(arguments: [
        "Some analysts are not convinced that the irregularities changed the outcome.",
        "Analysts remain unconvinced that the irregularities changed the outcome.",
        "Many analysts are sceptical that the irregularities changed the outcome.",
    ])
    func aGroupNotPersuadedDoubts(_ doubt: String) {
        let raw = Self.after(Self.fraudLead, doubt)
        #expect(holds(raw, ["asserts Chanda Mulenga", "questions Analysts"]), "\(sides(raw))")
    }

    @Test(arguments: [
        "Analysts are convinced that the irregularities changed the outcome.",
        "Some analysts said they had convinced the party to accept the result.",
    ])
    func beingConvincedIsNoDoubt(_ sentence: String) {
        let raw = Self.after(Self.fraudLead, sentence)
        #expect(!sides(raw).contains { $0.contains("questions Analysts") }, "\(sides(raw))")
    }

    // MARK: Backing another's position

    @Test(arguments: [
        "The Namibian Chamber of Mines backed the government's position.",
        "The Namibian Chamber of Mines supported the government's position on Tuesday.",
        "The Namibian Chamber of Mines echoed the government's view.",
    ])
    func backingAPositionTakesItsSide(_ backing: String) {
        let raw = Self.after(Self.banLead, backing)
        let found = sides(raw)
        #expect(found.contains { $0.contains("denies Namibian Chamber of Mines") && $0.contains("asserts European Union") }, "\(found)")
    }

    @Test(arguments: [
        "The Namibian Chamber of Mines backed the plan with 200 million dollars.",
        "Shares in the Namibian Chamber of Mines' member firms fell 3% on Monday.",
    ])
    func backingAPlanIsNoPosition(_ sentence: String) {
        let raw = Self.after(Self.banLead, sentence)
        #expect(!sides(raw).contains { $0.contains { $0.hasSuffix("Namibian Chamber of Mines") } }, "\(sides(raw))")
    }

    // MARK: A voice set against the account before it

    @Test(arguments: [
        ("Mozambique's government said on Tuesday that 41 people had died in the floods, but aid groups working in the flood-hit districts say the real toll is far higher.", "Aid groups"),
        ("Nine people died when part of a dam wall gave way, officials in Laos said on Monday, but independent researchers said the authorities may be hiding a much higher toll.", "Independent researchers"),
        ("The ministry says the new mine will bring 2,000 jobs, while critics say it will poison the river.", "Critics"),
    ])
    func aVoiceAfterAContrastIsAnActor(_ sentence: String, _ voice: String) {
        let result = NameFinder.find(in: TextSplitter.split(sentence), gazetteer: .standard)
        #expect(result.actors.contains { $0.name == voice && $0.kind == .other }, "\(result.actors.map(\.name))")
    }

    @Test func aVoiceAfterPlainAndIsLeftAlone() {
        let result = NameFinder.find(in: TextSplitter.split("The ministry opened the clinic on Monday, and residents said they were pleased."), gazetteer: .standard)
        #expect(!result.actors.contains { $0.kind == .other })
    }

    // MARK: A plural description stands for every body introduced with its noun

    @Test func thePluralUnionsAnswerForEveryUnion() {
        let raw = """
            The strike, called by the socialist union Sindicato Ferroviario and its Christian counterpart Union Cristiana del Riel, began on Tuesday.
            The rail operator Ferrovias del Norte said about one train in three was running.
            The unions disputed that figure.
            """
        let found = sides(raw)
        #expect(found.contains { $0.contains("denies Sindicato Ferroviario") && $0.contains("denies Union Cristiana del Riel") }, "\(found)")
    }

    @Test func aSingularDescriptionIsOneBody() {
        let raw = """
            The strike, called by the socialist union Sindicato Ferroviario and its Christian counterpart Union Cristiana del Riel, began on Tuesday.
            The rail operator Ferrovias del Norte said about one train in three was running.
            The union disputed that figure.
            """
        let found = sides(raw)
        #expect(!found.contains { $0.contains("denies Sindicato Ferroviario") && $0.contains("denies Union Cristiana del Riel") }, "\(found)")
    }

    // MARK: Probe passages (round one)

    @Test func probeFloodToll() {
        let raw = """
            MAPUTO (AFP) - Mozambique's government said on Tuesday that 41 people had died in floods in the central province of Sofala, but aid groups working in the flood-hit districts say the real toll is far higher.

            Disaster management chief Helena Mabote told reporters in Beira that rescue teams had reached every cut-off village. Residents of the riverside district of Buzi disputed that.
            """
        let found = sides(raw)
        #expect(found.contains { $0.contains("asserts Mozambique") && $0.contains("denies Aid groups") }, "\(found)")
        #expect(found.contains { $0.contains("denies Residents") }, "\(found)")
    }

    @Test func probeMineProtest() {
        let raw = """
            BISHKEK (AP) - Police in northern Kyrgyzstan fired rubber bullets at villagers protesting against a gold mine on Wednesday, injuring at least a dozen people, a local rights group said.

            The interior ministry said officers had used only tear gas after protesters set fire to a truck. Rights groups dispute that.
            """
        let found = sides(raw)
        #expect(found.contains { $0.contains { $0.hasSuffix("Rights groups") } }, "\(found)")
    }

    @Test func aGroupThatIsScepticalIsAVoice() {
        let result = NameFinder.find(in: TextSplitter.split("Economists are sceptical that the company can pay for a full replacement."), gazetteer: .standard)
        #expect(result.actors.contains { $0.name == "Economists" && $0.kind == .other }, "\(result.actors.map(\.name))")
    }

    // MARK: Forms not read yet

    /// Forms the probes showed and these rules do not reach: a group whose head is outside the
    /// voice lexicon ("Engineers", "Local authorities"; "Fishermen in …" is read since, see
    /// `SideHolderInLeadTests`), a group of bodies never named
    /// ("The cutters' unions"), "local officials" as a voice, and a party named only after the
    /// description that opens the story ("Zambia's main opposition party …").
    @Test func formsNotReadYet() {
        let open: [(form: String, raw: String, expected: String)] = [
            ("a relative clause before the bare verb 'dispute'", """
                Baltic Gas Transmission said it had inspected the section in March and found nothing wrong.
                Engineers who worked on the line dispute that.
                """, "Engineers"),
            ("an unnamed group of bodies", """
                Corozal Sugar Holdings said the cut was needed because world prices had fallen to a four-year low.
                The cutters' unions reject that explanation and say the company made record profits last year.
                """, "denies"),
        ]
        for (form, raw, expected) in open {
            withKnownIssue(Comment(rawValue: form)) {
                let found = sides(raw)
                #expect(found.contains { $0.contains { expected == "denies" ? $0.hasPrefix(expected) : $0.hasSuffix(expected) } }, "\(form): \(found)")
            }
        }
    }
}
