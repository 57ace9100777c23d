import BriefingModel
import Testing
@testable import BriefingDraft

/// Name grammar probe (issue 3, helper ac2): kinds of actor and speaker errors made at the
/// names stage, each in several surface forms of wire copy, with what the rule must leave
/// alone. The sentences are invented.
@Suite struct NameGrammarProbeTests: NameProbing {
    func speakers(_ raw: String) -> [String] {
        Drafter.draft(raw, published: nil).quotes.map { "\($0.speaker ?? "-"): \($0.text)" }
    }

    // MARK: An appositive title whose body is named in lower case after its country or city

    @Test func aTitleForABodyInLowerCaseNamesAPerson() {
        let result = find("""
            Oskar Lindqvist, a spokesman for the Swedish embassy, said the visa had been revoked.
            Marta Gilabert, a spokeswoman for the Madrid regional prosecutor's office, rejected that account.
            Paul Okafor, an adviser at the Nigerian finance ministry, told reporters the figures were wrong.
            """)
        #expect(actor(result, "Oskar Lindqvist")?.kind == .person)
        #expect(actor(result, "Marta Gilabert")?.kind == .person)
        #expect(actor(result, "Paul Okafor")?.kind == .person)
    }

    @Test func aBodyThatSpeaksThroughItsSpokespersonIsAnActor() {
        let result = find("Oskar Lindqvist, a spokesman for the Swedish embassy, said the visa had been revoked.")
        #expect(actor(result, "Swedish Embassy")?.kind == .organization)
        // A body only worked at does not act.
        #expect(actor(find("Anna Berg, a counsellor at the Swedish embassy, left on Monday."), "Swedish Embassy") == nil)
    }

    // MARK: "and" inside a body's name

    @Test func aBodyNameJoinedByAndIsOneName() {
        let result = find("""
            The National Roads and Transport Agency said on Monday that the bridge would reopen.
            The Maritime Safety and Rescue Service said two crew members were missing.
            """)
        #expect(actor(result, "National Roads and Transport Agency") != nil)
        #expect(actor(result, "Maritime Safety and Rescue Service") != nil)
        #expect(actor(result, "Transport Agency") == nil)
    }

    // MARK: A name set off after a noun that describes a person

    @Test func aNameSetOffAfterAPersonNounIsAPerson() {
        let result = find("""
            The farm's owner, Tomas Haller, is due in court on Friday.
            Her husband, Piotr Zalewski, was arrested at the border.
            """)
        #expect(actor(result, "Tomas Haller")?.kind == .person)
        #expect(actor(result, "Piotr Zalewski")?.kind == .person)
    }

    @Test func aNameSetOffAfterABodyNounIsNoPerson() {
        let result = find("Its largest lender, Halvorsen Bank, cut its forecast on Monday.")
        #expect(actor(result, "Halvorsen Bank")?.kind != .person)
    }

    // MARK: A name with "the", set off by commas, is a body

    @Test func aNameWithTheSetOffBeforeAVerbIsABody() {
        let result = find("""
            The country's anti-graft watchdog, the Comision Nacional Anticorrupcion, opened an inquiry on Tuesday.
            """)
        #expect(actor(result, "Comision Nacional Anticorrupcion")?.kind == .organization)
    }

    // MARK: An outlet named after its medium

    @Test func radioOrTelevisionOpeningANameIsAnOutlet() {
        let result = find("""
            "We will not stop," the union leader told Radio Kivu on Monday.
            Television Sahel reported that the convoy had turned back.
            """)
        #expect(actor(result, "Radio Kivu")?.kind == .media)
        #expect(actor(result, "Television Sahel")?.kind == .media)
    }

    // MARK: A body described by its country's possessive

    @Test func aBodyDescribedWithItsCountrysPossessive() throws {
        let result = find("""
            Valdora, Chile's largest salmon cooperative, said it would appeal the fine.
            """)
        let cooperative = try #require(actor(result, "Valdora"))
        #expect(cooperative.kind == .organization)
    }

    // MARK: A person of a body named without "the"

    @Test func aPersonOfABodyNamedWithoutTheIsAPerson() {
        let result = find("""
            Ahmed Karimi of Amnesty International said the trial was unfair.
            Lena Ortiz from Transparency International said the audit was overdue.
            """)
        #expect(actor(result, "Ahmed Karimi")?.kind == .person)
        #expect(actor(result, "Lena Ortiz")?.kind == .person)
        #expect(actor(result, "Amnesty International") != nil)
    }

    @Test func aPersonOfABodyNamedWithoutTheSpeaks() {
        #expect(speakers("Ahmed Karimi of Amnesty International said the verdict was \"a message to every critic\".")
            == ["Ahmed Karimi: a message to every critic"])
    }

    // MARK: A manner-of-speaking verb after a quote introduces its speaker

    @Test func aShoutedQuoteNamesItsSpeaker() {
        let raw = "\u{201C}Give us back our land!\u{201D} shouted Maria Oyelaran, a farmer from the valley."
        #expect(actor(find(raw), "Maria Oyelaran")?.kind == .person)
        #expect(speakers(raw) == ["Maria Oyelaran: Give us back our land!"])
    }

    // MARK: A verb of saying after a modal, inside a reported clause, is no attribution

    @Test func aQuoteInAReportedIntentionIsTheReportersWords() {
        #expect(speakers("""
            The Peruvian foreign ministry said Peru would respond "in a way that Lima will notice".
            """) == ["Peruvian Foreign Ministry: in a way that Lima will notice"])
        #expect(speakers("""
            Carla Mendes said the union would also respond "with a general strike".
            """) == ["Carla Mendes: with a general strike"])
    }

    @Test func aModalVerbOfSayingWithNoReporterStillAttributes() {
        #expect(speakers("""
            Tomasz Wilk would later say that the plan was "dead on arrival".
            """) == ["Tomasz Wilk: dead on arrival"])
    }

    // MARK: "People's" inside a body's name

    @Test func peoplesInsideANameKeepsTheName() {
        let result = find("""
            The National People's Party (NPP) won the seat. Aminata Jallow of the ruling United People's Congress said she would appeal.
            """)
        #expect(actor(result, "National People's Party") != nil)
        #expect(actor(result, "United People's Congress") != nil)
        #expect(actor(result, "Aminata Jallow")?.kind == .person)
    }

    // MARK: A one-word subject described by "which" that speaks is a body

    @Test func aOneWordSubjectDescribedByWhichThatSpeaksIsABody() {
        let result = find("""
            Railnet, which manages the track, said freight traffic had fallen by half.
            Voltaris, which built the plant in 2019, says the repairs will take a month.
            """)
        #expect(actor(result, "Railnet")?.kind == .organization)
        #expect(actor(result, "Voltaris")?.kind == .organization)
    }

    @Test func aOneWordSubjectDescribedByWhichThatActsIsLeftAlone() {
        let result = find("Moulvani, which lies on the border, was shelled on Monday.")
        #expect(actor(result, "Moulvani")?.kind != .organization)
    }

    // MARK: A spokesperson for what a body owns

    @Test func aSpokespersonForABodysStaffDoesNotMakeTheBodyAct() {
        let result = find("A spokesman for the French armed forces' staff said no aircraft had flown near the border.")
        #expect(actor(result, "French Armed Forces") == nil)
    }

    // MARK: Demonyms of news text that the demonym data lacks

    @Test func newsDemonymsNameTheirCountries() {
        let gazetteer = Gazetteer.standard
        #expect(gazetteer.country(demonym: "Djiboutian")?.code == "DJ")
        #expect(gazetteer.country(demonym: "Saudi")?.code == "SA")
        #expect(gazetteer.country(demonym: "Argentine")?.code == "AR")
        #expect(gazetteer.country(demonym: "Slovenian")?.code == "SI")
        #expect(gazetteer.country(demonym: "Kosovar")?.code == "XK")
        let result = find("The Djiboutian army said three soldiers were killed. Saudi officials declined to comment.")
        #expect(actor(result, "Djiboutian") == nil)
        #expect(actor(result, "Saudi") == nil)
    }
}

extension NameGrammarProbeTests {
    // MARK: A quote split after a manner-of-speaking verb

    @Test func aQuoteSplitAfterContinuedKeepsItsSpeaker() {
        #expect(speakers("""
            "We are not afraid," said Peter Mwangi, the union's secretary-general. "We have been here before," he continued, "and we will win again."
            """) == ["Peter Mwangi: We are not afraid", "Peter Mwangi: We have been here before", "Peter Mwangi: and we will win again"])
    }

    // MARK: A body that only modifies what a quantifier counts

    @Test func aBodyModifyingACountedNounIsNoActor() {
        let result = find("""
            Vienna is home to several United Nations agencies.
            The summit drew observers from many NATO members.
            """)
        #expect(actor(result, "United Nations") == nil)
        #expect(actor(result, "NATO") == nil)
    }

    @Test func aBodyThatActsStaysAnActor() {
        let result = find("The EU imposed sanctions on Monday. EU leaders met in Brussels.")
        #expect(actor(result, "EU") != nil)
    }
}

extension NameGrammarProbeTests {
    // MARK: A country's bare body word after its one named body of that kind

    @Test func aBareMinistryJoinsItsCountrysOnlyNamedMinistry() throws {
        let result = find("""
            Chile's agriculture ministry banned the imports on Monday.
            The Chilean ministry said it would review the ban in June.
            """)
        let ministry = try #require(result.actors.first { $0.name.hasSuffix("Agriculture Ministry") })
        #expect(ministry.aliases.contains { $0.lowercased().contains("chilean ministry") })
        #expect(actor(result, "Chilean Ministry") == nil)
    }

    @Test func aBareMinistryBesideTwoNamedMinistriesStaysApart() {
        let result = find("""
            Chile's agriculture ministry banned the imports on Monday, and Chile's health ministry warned shoppers.
            The Chilean ministry said it would review the ban in June.
            """)
        #expect(!result.actors.contains { $0.name.hasSuffix("Agriculture Ministry") && $0.aliases.contains { $0.lowercased().contains("chilean ministry") } })
    }
}
