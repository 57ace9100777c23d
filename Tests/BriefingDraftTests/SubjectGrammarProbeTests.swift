import BriefingModel
import Testing
@testable import BriefingDraft

/// Speakers the attribution grammar of wire copy names one phrase away from their verb: the
/// first of two coordinated full names, a name before an aside set off by commas, and a "he"
/// or "she" after a sentence that names someone else only in a subordinate clause (invented
/// passages, several surface forms each).
@Suite struct SubjectGrammarProbeTests {
    func quotes(_ raw: String) -> [String] { AttributionProbeTests.drafted(raw) }

    @Test(arguments: [
        // Coordinated full names, with or without a title or an apposition after them.
        ("""
            Greta Holm and Pieter Vos met in Brussels on Monday. "We have a deal," Holm said.
            """, "Greta Holm: We have a deal"),
        ("""
            Finance ministers Greta Holm and Pieter Vos said in a joint statement that the rules were "too rigid for a recession".
            """, "Greta Holm: too rigid for a recession"),
        ("""
            Anika Berger and Lorenzo Conti, the two negotiators, signed the accord on Friday. "It took eleven months," Berger told reporters.
            """, "Anika Berger: It took eleven months"),
    ]) func theFirstOfTwoCoordinatedNamesIsAPerson(_ probe: (String, String)) {
        let drafted = quotes(probe.0)
        #expect(drafted.contains(probe.1), "\(drafted)")
    }

    @Test(arguments: [
        ("""
            The ministry did not comment. Marta Nowicka, however, was blunt. "It is theft," she said.
            """, "Marta Nowicka: It is theft"),
        ("""
            Ilse Marquardt, in a statement issued by her office, said the border would "stay open".
            """, "Ilse Marquardt: stay open"),
        ("""
            Oskar Lindqvist, speaking by telephone from the harbour, said the ferry had "simply tipped over".
            """, "Oskar Lindqvist: simply tipped over"),
    ]) func aNameBeforeAnAsideIsTheSubjectOfTheVerbAfterIt(_ probe: (String, String)) {
        let drafted = quotes(probe.0)
        #expect(drafted.contains(probe.1), "\(drafted)")
    }

    @Test(arguments: [
        ("""
            Halvard Nyberg, the chairman of the Dockworkers Union, called the strike on Monday.
            The union last struck in 2019, when then-prime minister Tomasz Wilk sent in the army to unload ships.
            "We will not be scared this time," he said.
            """, "Halvard Nyberg: We will not be scared this time"),
        ("""
            Defence Minister Rafael Ibarra ordered the inquiry on Tuesday.
            The base was closed for a month after General Tomas Arce resigned over the same faults.
            "Nobody will be protected," Ibarra said. "Nobody," he added.
            """, "Rafael Ibarra: Nobody"),
    ]) func aPersonNamedOnlyInASubordinateClauseIsPassedOver(_ probe: (String, String)) {
        let drafted = quotes(probe.0)
        #expect(drafted.contains(probe.1), "\(drafted)")
    }

    /// The same subordinate clause in the pronoun's own sentence, or a person who is the
    /// only one named, still speaks.
    @Test func aPersonInASubordinateClauseStillSpeaksWhenNobodyElseIsNamed() {
        let drafted = quotes("""
            Talks broke down on Monday when Tomasz Wilk walked out of the room.
            "It was a farce," he said.
            """)
        #expect(drafted.contains("Tomasz Wilk: It was a farce"), "\(drafted)")
    }

    @Test(arguments: [
        ("""
            The foreign ministers of Norland and Estmark, Ilse Marquardt and Juhan Tamm, said the border talks had "reached a turning point".
            """, "Ilse Marquardt: reached a turning point"),
        ("""
            "The blockade ends tonight," the two mediators, Anika Berger and Lorenzo Conti, told reporters.
            """, "Anika Berger: The blockade ends tonight"),
    ]) func twoNamesSetOffAfterAPluralTitleSpeakAsTheFirst(_ probe: (String, String)) {
        let drafted = quotes(probe.0)
        #expect(drafted.contains(probe.1), "\(drafted)")
    }

    @Test(arguments: [
        ("""
            Estmark's prime minister, Juhan Tamm, put it bluntly: "We will not pay."
            """, "Juhan Tamm: We will not pay"),
        ("""
            The union's chairman, Halvard Nyberg, had one message for the shipowners: "Pay or stay in port."
            """, "Halvard Nyberg: Pay or stay in port"),
    ]) func aTitleWithItsHolderSetOffLeadsIntoAColon(_ probe: (String, String)) {
        let drafted = quotes(probe.0)
        #expect(drafted.contains(probe.1), "\(drafted)")
    }

    @Test(arguments: [
        ("""
            Selin Arda, 47, a former judge who was appointed interior minister in March, said the curfew would stay in place "as long as needed".
            """, "Selin Arda: as long as needed"),
        ("""
            "The roof came down in seconds," Leyla Demir, 62, a retired teacher from the old town, told reporters.
            """, "Leyla Demir: The roof came down in seconds"),
    ]) func anAgeBetweenTheNameAndItsAppositiveIsPassedOver(_ probe: (String, String)) {
        let drafted = quotes(probe.0)
        #expect(drafted.contains(probe.1), "\(drafted)")
    }

    @Test(arguments: [
        ("""
            Deniz Kaya met Selin Arda on Monday. Afterwards Kaya said the talks had been "useless".
            """, "Deniz Kaya: useless"),
        ("""
            Hakan Oz filed the appeal in May. Eventually Oz told the court the ruling was "a travesty".
            """, "Hakan Oz: a travesty"),
    ]) func aSentenceAdverbInCapitalsIsNoPartOfTheName(_ probe: (String, String)) {
        let drafted = quotes(probe.0)
        #expect(drafted.contains(probe.1), "\(drafted)")
    }

    @Test(arguments: [
        ("""
            Selin Arda, in a post on Telegram, wrote that the curfew was "working".
            """, "Selin Arda: working"),
        ("""
            Oskar Lindqvist, in an interview with the Harbour Gazette, said the ferry had been "overloaded for years".
            """, "Oskar Lindqvist: overloaded for years"),
    ]) func aPrepositionalAsideNamingAMediumBeforeAVerbOfSaying(_ probe: (String, String)) {
        let drafted = quotes(probe.0)
        #expect(drafted.contains(probe.1), "\(drafted)")
    }

    @Test(arguments: [
        ("""
            The TRX broadcaster quoted Selin Arda as saying the curfew was "working".
            """, "Selin Arda: working"),
        ("""
            State radio cited Oskar Lindqvist as saying the harbour would reopen "within days".
            """, "Oskar Lindqvist: within days"),
    ]) func theOneQuotedAsSayingSpeaks(_ probe: (String, String)) {
        let drafted = quotes(probe.0)
        #expect(drafted.contains(probe.1), "\(drafted)")
    }

    /// Forms found open by the probe and not fixed here.
    @Test func openForms() {
        withKnownIssue("a person first named as the object of a preposition after a title, then a 'she' for someone else") {
            let drafted = quotes("""
                Agnes Mwale, the head of the Norland Red Cross, toured the valley on Sunday.
                The government of Prime Minister Erik Dahl has promised aid, but little has arrived.
                "People are still sleeping in schools," she said.
                """)
            #expect(drafted.contains("Agnes Mwale: People are still sleeping in schools"), "\(drafted)")
        }
    }
}
