import BriefingModel
import Testing
@testable import BriefingDraft

/// Speakers of wire copy found wrong by the second round of invented probes: a surname
/// speaking after a full name no rule had typed, a coordinated subject whose first conjunct
/// carries an appositive, and a title with modifiers after two holders of the same head.
@Suite struct SpeakerProbeRoundTwoTests {
    func quotes(_ raw: String) -> [String] { AttributionProbeTests.drafted(raw) }

    @Test(arguments: [
        ("""
            Prime Minister Viktor Halasz and his predecessor, Gabor Kertesz, traded insults in parliament on Tuesday.
            "I was running this country when he was still handing out leaflets," Kertesz said.
            """, "Gabor Kertesz: I was running this country when he was still handing out leaflets"),
        ("""
            The contract was signed by Min-jun Seo at a ceremony in Busan.
            Seo told reporters the yard would hire "at least 800 welders".
            """, "Min-jun Seo: at least 800 welders"),
        ("""
            Among those rescued was Tomasz Brzezinski, a fisherman from the port of Ustka.
            "The wave came from nowhere," Brzezinski said.
            """, "Tomasz Brzezinski: The wave came from nowhere"),
    ]) func aSpeakingSurnameNamesTheEarlierFullName(_ probe: (String, String)) {
        let drafted = quotes(probe.0)
        #expect(drafted.contains(probe.1), "\(drafted)")
    }

    @Test(arguments: [
        ("""
            Former prime minister Alistair Brodie, a fierce critic of the government, and union leader Fiona McKay said on Monday that the plan would "push a generation into poverty".
            """, "Alistair Brodie: push a generation into poverty"),
        ("""
            Piotr Zalewski, a former prime minister, and Agata Nowak, the head of the farmers' union, said in a joint letter that the agreement would "destroy family farming".
            """, "Piotr Zalewski: destroy family farming"),
        ("""
            Opposition leader Anna Kis, who lost the 2022 election, and former president Laszlo Toth said on Monday that the vote had been "rigged".
            """, "Anna Kis: rigged"),
    ]) func theFirstConjunctSpeaksOverItsAppositive(_ probe: (String, String)) {
        let drafted = quotes(probe.0)
        #expect(drafted.contains(probe.1), "\(drafted)")
    }

    /// A list with a serial comma is no appositive: the first of the list still speaks.
    @Test func aListOfNamesIsNoAppositive() {
        let drafted = quotes("""
            Germany, France, and Italy said in a joint statement that the tariffs were "a mistake".
            """)
        #expect(drafted.contains("Germany: a mistake"), "\(drafted)")
    }

    @Test(arguments: [
        ("""
            Hiroshi Tanabe and Mina Kovac met in Seoul on Tuesday.
            Tanabe and Kovac said the agreement was "the most important in twenty years".
            """, "Hiroshi Tanabe: the most important in twenty years"),
        ("""
            Trade ministers Hiroshi Tanabe and Min-jun Seo met in Seoul on Tuesday.
            "It is the most important step in twenty years," Tanabe and Seo said in a joint statement.
            """, "Hiroshi Tanabe: It is the most important step in twenty years"),
        ("""
            Greta Holm and Pieter Vos, the two finance ministers, met in Brussels on Monday.
            Holm and Vos said the new rules were "a fair compromise for both sides".
            """, "Greta Holm: a fair compromise for both sides"),
    ]) func twoSurnamesAsOneSubjectSpeakAsTheFirst(_ probe: (String, String)) {
        let drafted = quotes(probe.0)
        #expect(drafted.contains(probe.1), "\(drafted)")
    }

    @Test(arguments: [
        ("""
            Kristin Holm, a spokeswoman for the prime minister, said he would "not resign over a typo".
            """, "Kristin Holm: not resign over a typo"),
        ("""
            "The president has no plans to travel," said Oskar Brandt, an aide to President Eva Lind, on Friday.
            """, "Oskar Brandt: The president has no plans to travel"),
    ]) func aPersonWhoServesATitleHolderIsAPerson(_ probe: (String, String)) {
        let drafted = quotes(probe.0)
        #expect(drafted.contains(probe.1), "\(drafted)")
    }

    /// "Her lawyer, X, said she …" gives X no gender, and "…, she said" after a clause that
    /// names someone never stands for that someone.
    @Test(arguments: [
        ("""
            Former mayor Lucia Ferri was charged with corruption on Tuesday. Her lawyer, Marco Rinaldi, said she would plead not guilty. "The charges are built on sand," he said.
            """, "Marco Rinaldi: The charges are built on sand"),
        ("""
            Judge Helen Marsh sentenced former bank manager Peter Grant to six years in prison on Tuesday.
            Grant had shown "not a shred of remorse", she said.
            """, "Helen Marsh: not a shred of remorse"),
    ]) func aPronounIsNotThePersonItsClauseSetsApart(_ probe: (String, String)) {
        let drafted = quotes(probe.0)
        #expect(drafted.contains(probe.1), "\(drafted)")
    }

    @Test func theStatementThatASpeakerIssued() {
        let drafted = quotes("""
            The World Health Organization said on Tuesday that a cholera outbreak in eastern Chad had killed 112 people.
            "The outbreak is spreading faster than the response," the statement said.
            """)
        #expect(drafted.contains("World Health Organization: The outbreak is spreading faster than the response"), "\(drafted)")
    }

    @Test(arguments: [
        ("""
            Germany's economy minister, Lukas Brandt, and its finance minister, Helga Sommer, disagreed on Tuesday over chip subsidies.
            Sommer said the budget had "no room for new promises". The economy minister said the subsidy was "worth every cent".
            """, "Lukas Brandt: worth every cent"),
        ("""
            Health Minister Irena Kovac met Education Minister Marko Horvat on Monday to discuss school meals.
            Horvat said the plan was "affordable". "Children cannot learn when they are hungry," the health minister said.
            """, "Irena Kovac: Children cannot learn when they are hungry"),
    ]) func aTitleWithModifiersIsTheHolderOfThatTitle(_ probe: (String, String)) {
        let drafted = quotes(probe.0)
        #expect(drafted.contains(probe.1), "\(drafted)")
    }

    @Test(arguments: [
        ("""
            Czech Foreign Minister Jan Lipavsky said the talks had been "useful but short".
            """, "Jan Lipavsky: useful but short"),
        ("""
            Foreign ministry spokeswoman Pham Thu Hang said Vietnam would "resolutely defend its sovereignty".
            """, "Pham Thu Hang: resolutely defend its sovereignty"),
        ("""
            Mayor June Carter said the park would "stay open". In May Carter said the city was "nearly broke".
            """, "June Carter: nearly broke"),
    ]) func aMonthOrDayWordBesideANameIsPartOfIt(_ probe: (String, String)) {
        let drafted = quotes(probe.0)
        #expect(drafted.contains(probe.1), "\(drafted)")
    }

    /// The same words as dates stay dates.
    @Test func aMonthBeforeANumberOrAfterAPrepositionIsADate() {
        let draft = Drafter.draft("""
            Prime Minister Theresa May said on Jan. 5 that the deal was "fine". In June the talks resumed, and on June 12 they ended.
            """, published: nil)
        #expect(draft.actors.map(\.name) == ["Theresa May"], "\(draft.actors.map(\.name))")
    }

    @Test(arguments: [
        ("""
            Foreign Minister Sameh Hamdy, speaking in Cairo alongside his Sudanese counterpart, Ali Youssef, warned that Egypt would "take all measures".
            """, "Sameh Hamdy: take all measures"),
        ("""
            Coach Elena Ruiz, flanked by her captain, Marta Gil, told reporters the team was "not finished".
            """, "Elena Ruiz: not finished"),
    ]) func aNameInsideAParticipleAsideIsNotTheSubject(_ probe: (String, String)) {
        let drafted = quotes(probe.0)
        #expect(drafted.contains(probe.1), "\(drafted)")
    }

    @Test func titleWordsOfEitherConjunctMayNameAState() {
        let drafted = quotes("""
            Former Ghana striker Kwabena Owusu and ex-England defender Marcus Bell said football's rulers had "failed a generation of players".
            "Nothing happened. Not once," Owusu told Reuters.
            """)
        #expect(drafted.contains("Kwabena Owusu: failed a generation of players"), "\(drafted)")
    }

    @Test(arguments: [
        ("""
            Firefighter Diego Salinas spent eleven hours on the ridge on Monday night. "I have never seen wind like that," the 38-year-old said.
            """, "Diego Salinas: I have never seen wind like that"),
        ("""
            Conservationist Paula Kahumbu said the killing of the elephant was "avoidable".
            """, "Paula Kahumbu: avoidable"),
    ]) func anOccupationOpeningTheSentenceIsNoPartOfTheName(_ probe: (String, String)) {
        let drafted = quotes(probe.0)
        #expect(drafted.contains(probe.1), "\(drafted)")
    }

    @Test(arguments: [
        ("""
            Former defence minister Andrius Kubilis criticised the cut in military spending on Tuesday.
            "This is the worst possible moment to save money on defence," the former minister said.
            Prime Minister Ingrida Simonyte said the cut was temporary.
            """, "Andrius Kubilis: This is the worst possible moment to save money on defence"),
        ("""
            "It is the worst budget in our history," the opposition leader said on Tuesday.
            Opposition leader Marta Nowicka said her party would vote against it.
            """, "Marta Nowicka: It is the worst budget in our history"),
    ]) func aTitleRecallsSomeoneNamedBeforeItThenSomeoneNamedAfter(_ probe: (String, String)) {
        let drafted = quotes(probe.0)
        #expect(drafted.contains(probe.1), "\(drafted)")
    }

    @Test func theAgentOfAPassiveBehindItsTitleIsNoSubject() {
        let drafted = quotes("""
            Finance Minister Tomasz Wilk said the deficit would fall to 3 percent next year.
            The figure was first published by economist Jan Kowal of Warsaw University in a report last month.
            "We will meet that target without raising taxes," he said.
            """)
        #expect(drafted.contains("Tomasz Wilk: We will meet that target without raising taxes"), "\(drafted)")
    }

    @Test(arguments: [
        ("""
            Andes Cobre Holdings declined to comment on the fine. "We are reviewing the decision," a member of Andes Cobre Holdings' staff said.
            """, "Andes Cobre Holdings: We are reviewing the decision"),
        ("""
            The Northern Grid Company declined to comment. "We are studying the ruling," a member of the company's staff said.
            """, "Northern Grid Company: We are studying the ruling"),
    ]) func aMemberOfABodysStaffSpeaksForIt(_ probe: (String, String)) {
        let drafted = quotes(probe.0)
        #expect(drafted.contains(probe.1), "\(drafted)")
    }

    @Test func theNationalityThatIntroducedAPersonStandsForThem() {
        let drafted = quotes("""
            Brazilian driver Felipe Castro won the race on Sunday after a late crash took out the leader, Max Keller.
            "I was lucky, I know that," the Brazilian said. Keller called the crash "a racing incident".
            """)
        #expect(drafted.contains("Felipe Castro: I was lucky, I know that"), "\(drafted)")
    }

    /// A body's name is no nationality: "the Kremlin said" stays the Kremlin's.
    @Test func aBodyNameBeforeAPersonIsNoNationality() {
        let drafted = quotes("""
            Kremlin spokesman Dmitry Peskov spoke to reporters on Monday. The Kremlin said the talks were "useful".
            """)
        #expect(!drafted.contains("Dmitry Peskov: useful"), "\(drafted)")
    }

    /// Forms the second round of probes found open and did not fix. (The university named with
    /// its city and "Those were the words of X" are closed by the third round:
    /// `SpeakerProbeRoundThreeTests.roundTwoOpenFormsNowClosed`.)
    @Test func openForms() {
        let open: [(String, String, String)] = [
            ("'the pair' for two persons named together", """
                Climbers Tenzing Sherpa and Lukas Gruber reached the summit on Tuesday. The pair said by satellite phone that the ridge had been "the hardest hour of our lives".
                """, "Tenzing Sherpa: the hardest hour of our lives"),
            ("'he' after a quote whose speaker stood in a relative clause", """
                Interior Minister Farid Belkacem met police union chief Yannick Morel on Tuesday.
                Belkacem offered a bonus of 500 euros, which Morel rejected as "an insult to every officer". "We are not beggars," he said after the meeting.
                """, "Yannick Morel: We are not beggars"),
            ("a reply after 'X asked him', X a woman the text gives no gender", """
                Appearing before a senate committee on Tuesday, Defence Chief General Hamid Qureshi said the army had "no role in politics".
                Senator Rabia Naz asked him whether he had met opposition leaders before the vote. "I meet many people. That is my job," he replied.
                """, "Hamid Qureshi: I meet many people. That is my job"),
            ("'could be heard shouting' before the quote", """
                Protesters surrounded the car of Deputy Prime Minister Radu Ionescu on Tuesday. Ionescu could be heard shouting "Let us through!" as police pushed the crowd back.
                """, "Radu Ionescu: Let us through!"),
        ]
        for (form, raw, expected) in open {
            withKnownIssue(Comment(rawValue: form)) {
                let drafted = quotes(raw)
                #expect(drafted.contains(expected), "\(form): \(drafted)")
            }
        }
    }
}
