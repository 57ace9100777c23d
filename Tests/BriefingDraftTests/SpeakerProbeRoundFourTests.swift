import BriefingModel
import Testing
@testable import BriefingDraft

/// Speakers of wire copy found wrong by the fourth round of invented probes (helper sk): a
/// person named beside a word of kin ("The fisherman's widow, Ragna Holt,"), the participle of
/// a clause whose subject is "a spokesperson for X", and a lone quote whose author the next
/// sentence names after "Those words, posted by".
/// Every drafted quote as "speaker: text", for the suites of this file.
func roundFourSpeakers(_ raw: String) -> [String] {
    Drafter.draft(raw, published: nil).quotes.map { "\($0.speaker ?? "-"): \($0.text)" }
}

/// Expects the draft of `raw` to hold the quote line `expected` ("speaker: text").
func expectQuote(_ expected: String, in raw: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let drafted = roundFourSpeakers(raw)
    #expect(drafted.contains(expected), "\(drafted)", sourceLocation: sourceLocation)
}

@Suite struct SpeakerProbeRoundFourTests {
    func speakers(_ raw: String) -> [String] { roundFourSpeakers(raw) }

    func actors(_ raw: String) -> [DraftActor] { Drafter.draft(raw, published: nil).actors }

    // MARK: A person named beside a word of kin

    @Test(arguments: [
        ("""
            An Estmark coast guard officer who fired on a fishing boat acted within the rules, Admiral Henrik Sol said on Tuesday.
            The fisherman's widow, Ragna Holt, rejected his account. “They shot at a boat full of nets,” she said.
            """, "Ragna Holt: They shot at a boat full of nets"),
        ("""
            Police in Ostrin arrested a man on Monday over the death of a student, Chief Inspector Jonas Kell said.
            Her brother, Tomas Ekk, wept outside the court. “We want the truth,” he said.
            """, "Tomas Ekk: We want the truth"),
    ]) func aPersonNamedBesideAWordOfKinSpeaks(_ probe: (String, String)) {
        expectQuote(probe.1, in: probe.0)
    }

    /// A body set beside a word of kin stays a body: "Its sister, Kestrel Air,".
    @Test func aBodyBesideAWordOfKinIsNoPerson() {
        let drafted = actors("""
            Nordvik Airlines cut 40 flights on Monday because of a strike by pilots.
            Its sister, Kestrel Air, said fares would rise.
            """)
        #expect(!drafted.contains { $0.name == "Kestrel Air" && $0.kind == .person }, "\(drafted.map { "\($0.name) \($0.kind)" })")
    }

    // MARK: The participle of "a spokesperson for X"

    @Test(arguments: [
        ("""
            Merovian carmaker Delta Vance Motors said on Wednesday it would cut 2,400 jobs at two plants.
            A spokesperson for Delta Vance Motors declined to comment on further cuts, saying only that the company “remains committed to the region”.
            """, "Delta Vance Motors: remains committed to the region"),
        ("""
            Ostrava's government refused on Friday to let monitors into the eastern provinces.
            An official at the Interior Ministry declined to give figures, adding that the monitors would be “a cover for spies”.
            """, "Interior Ministry: a cover for spies"),
        ("""
            The Kesland Rail Company cancelled all trains on Monday.
            A company spokeswoman would not say when service would resume, saying only that crews were “working around the clock”.
            """, "Kesland Rail Company: working around the clock"),
    ]) func aParticipleOfASpokespersonForABodyIsTheBodys(_ probe: (String, String)) {
        expectQuote(probe.1, in: probe.0)
    }

    /// The spokesperson's name set beside the description speaks, not the body.
    @Test func theNameSetBesideTheSpokespersonSpeaks() {
        expectQuote("Jan Berg: ongoing", in: """
            Merovian carmaker Delta Vance Motors said on Wednesday it would cut 2,400 jobs at two plants.
            The spokesman for the company, Jan Berg, declined to comment, saying only that talks were “ongoing”.
            """)
    }

    /// A named subject keeps its participle: the rule reads only a clause that opens with a description.
    @Test func aNamedSubjectKeepsItsParticiple() {
        expectQuote("Lena Skard: ongoing", in: """
            Merovian carmaker Delta Vance Motors said on Wednesday it would cut 2,400 jobs at two plants.
            Lena Skard, a spokesperson for Delta Vance Motors, declined to comment, saying only that talks were “ongoing”.
            """)
    }

    // MARK: "Those words, posted by X"

    @Test(arguments: [
        ("""
            An Estmark coast guard officer who fired on a fishing boat acted within the rules, Admiral Henrik Sol said on Tuesday. “We stand by him,” Sol said.
            “Somebody in Korsa decided that a fisherman's life was worth less than a patrol boat's paintwork.”
            Those words, posted online by opposition lawmaker Lisa Dorn on Monday, have been shared thousands of times.
            """, "Lisa Dorn: Somebody in Korsa decided that a fisherman's life was worth less than a patrol boat's paintwork"),
        ("""
            Prime Minister Hugo Varn promised on Monday to cut fuel taxes. “Help is coming,” Varn said.
            “The government has run out of ideas and out of money.”
            The remarks by opposition leader Karin Alm drew loud applause from her party's deputies.
            """, "Karin Alm: The government has run out of ideas and out of money"),
    ]) func aPointerToTheWordsNamesTheirAuthorAfterBy(_ probe: (String, String)) {
        expectQuote(probe.1, in: probe.0)
    }

    /// "by" after a verb of the clause, or no "by" at all, names no author.
    @Test(arguments: [
        """
            Prime Minister Hugo Varn promised on Monday to cut fuel taxes. “Help is coming,” Varn said.
            “We will not wait for the budget.”
            Those words were greeted by opposition leader Karin Alm with laughter.
            """,
        """
            Prime Minister Hugo Varn promised on Monday to cut fuel taxes. “Help is coming,” Varn said.
            “We will not wait for the budget.”
            The remarks came a day after opposition leader Karin Alm called for a vote.
            """,
    ]) func aPointerWithoutAnAuthorLeavesTheQuoteToItsSpeaker(_ raw: String) {
        let drafted = speakers(raw)
        #expect(drafted.contains("Hugo Varn: We will not wait for the budget"), "\(drafted)")
    }
}

/// "According to the Brava Journalists Association, Teller is …": the comma closes the
/// attribution, so the surname after it is no body listed with the association, and a later
/// "he said" finds the editor.
@Suite struct AccordingToClosesTheListTests {
    func speakers(_ raw: String) -> [String] { roundFourSpeakers(raw) }

    @Test func aSurnameAfterAccordingToIsTheEarlierPerson() {
        let raw = """
            Interior Minister Paul Drake said on Sunday that police had detained the editor of the Brava Courier, Simon Teller, overnight.
            Teller, who was released on bail after 14 hours, told the newspaper's website that officers had seized his laptop. “They wanted my sources,” he said.
            According to the Brava Journalists Association, Teller is the fourth editor detained this year.
            """
        let drafted = Drafter.draft(raw, published: nil)
        #expect(!drafted.actors.contains { $0.name == "Teller" }, "\(drafted.actors.map(\.name))")
        #expect(speakers(raw).contains("Simon Teller: They wanted my sources"), "\(speakers(raw))")
    }
}

/// The gender a word of kin or a gendered title beside a name shows ("The fisherman's widow,
/// Ragna Holt,"), and a "his" after a verb that answers someone ("rejected his account"),
/// which is that other person's and tells nothing of the subject.
@Suite struct AppositiveGenderTests {
    @Test(arguments: [
        "The fisherman's widow, Ragna Holt, rejected his account.",
        "Ragna Holt, the widow of the dead fisherman, disputed his version of events.",
    ]) func sheIsTheWomanTheAppositiveNames(_ middle: String) {
        expectQuote("Ragna Holt: They shot at a boat full of nets", in: """
            An Estmark coast guard officer who fired on a fishing boat acted within the rules, Admiral Henrik Sol said on Tuesday.
            \(middle) “They shot at a boat full of nets,” she said.
            """)
    }

    /// A name that opens its sentence before an appositive with a possessive ("Ragna Holt, the
    /// fisherman's widow, rejected …") is a person though she is named only there, so "she" finds
    /// her (a known gap until 2026-12-06).
    @Test func aNameBeforeAPossessiveAppositiveIsAPerson() {
        expectQuote("Ragna Holt: They shot at a boat full of nets", in: """
            An Estmark coast guard officer who fired on a fishing boat acted within the rules, Admiral Henrik Sol said on Tuesday.
            Ragna Holt, the fisherman's widow, rejected his account. “They shot at a boat full of nets,” she said.
            """)
    }

    /// The head of the appositive counts, not a noun inside its "of" phrase: "the wife of the
    /// fisherman's brother" is a woman, so "he" stays with the man named before her.
    @Test func theHeadOfTheAppositiveCountsNotItsObject() {
        expectQuote("Henrik Sol: We followed the rules", in: """
            Admiral Henrik Sol said on Tuesday that the officer acted within the rules.
            Ana Berg, the wife of the fisherman's brother, wept outside the court. “We followed the rules,” he said.
            """)
    }

    /// "his" after a verb that does not answer anyone still shows the subject's gender.
    @Test func hisAfterAnOrdinaryVerbStillCounts() {
        expectQuote("Paul Gerrit: We are ready", in: """
            Ilse Darrow met Paul Gerrit on Monday.
            Gerrit said his members would strike on Friday. “We are ready,” he said.
            """)
    }
}

/// "Serra had been told on Sunday that he “no longer had the confidence” of the prime
/// minister": the subject of a passive verb of telling heard the words, so the quote goes to
/// the verb of saying before it in the sentence; an agent after "by" still speaks, and with no
/// verb of saying before it the quote keeps the speaker it had (no quote is lost).
@Suite struct PassiveTellingTests {
    @Test(arguments: [
        ("""
            Portugal's agriculture minister, Paulo Serra, resigned on Monday over a subsidy scandal.
            A senior government official, speaking on condition of anonymity, said Serra had been told on Sunday that he “no longer had the confidence” of the prime minister.
            """, "Portugal: no longer had the confidence"),
        ("""
            Kesland's dockworkers walked out on Wednesday. Union leader Maja Orr said members were warned last week that the port would be “run by robots within five years”.
            """, "Maja Orr: run by robots within five years"),
    ]) func theHearerOfAPassiveTellingIsNoSpeaker(_ probe: (String, String)) {
        expectQuote(probe.1, in: probe.0)
    }

    /// With no verb of saying before it, the quote is kept with the subject as before.
    @Test func withNoEarlierVerbOfSayingTheQuoteIsKept() {
        expectQuote("Maja Orr: final", in: """
            Kesland's dockworkers walked out on Wednesday. Union leader Maja Orr was told that the offer was “final”.
            """)
    }

    /// With "by", the agent of the passive is the speaker.
    @Test func theAgentOfAPassiveTellingSpeaks() {
        expectQuote("Ostrin Port Authority: final and generous", in: """
            Kesland's dockworkers walked out on Wednesday after talks with the Ostrin Port Authority broke down.
            Union members were told by the Ostrin Port Authority that the offer was “final and generous”.
            """)
    }
}

/// "his counterpart from neighbouring Ardenia, Pavel Ruzic,": a title completed by "from" and
/// a place names the person set beside it, who then speaks by surname alone.
@Suite struct TitleFromPlaceTests {
    @Test(arguments: [
        "Ruzic, speaking an hour later in his own capital, called the charge “absurd”.",
        "Ruzic, speaking in his own capital, said the charge was “absurd”.",
    ]) func theCounterpartFromAPlaceSpeaks(_ sentence: String) {
        expectQuote("Pavel Ruzic: absurd", in: """
            Austria's foreign minister, Klaus Ober, and his counterpart from neighbouring Slovenia, Pavel Ruzic, traded accusations on Tuesday after talks on a river dam failed.
            Ober said Slovenia had “stolen water”. \(sentence)
            """)
    }

    /// "from" after a word that is no title leaves the name alone: "a letter from Slovenia, Pavel Ruzic".
    @Test func fromAfterANonTitleNamesNoHolder() {
        let drafted = Drafter.draft("""
            Austria's foreign minister, Klaus Ober, read out a letter from Slovenia on Tuesday.
            """, published: nil)
        #expect(drafted.actors.allSatisfy { $0.role != "letter" }, "\(drafted.actors.map { "\($0.name) \($0.role ?? "-")" })")
    }
}

/// "A senior government official, speaking on condition of anonymity, said …": the unnamed
/// official speaks for the country, as "the official" after such an introduction already did.
@Suite struct UnnamedGovernmentOfficialTests {
    func speakers(_ raw: String) -> [String] { roundFourSpeakers(raw) }

    @Test(arguments: [
        """
            Portugal's agriculture minister, Paulo Serra, resigned on Monday over a subsidy scandal.
            A senior government official, speaking on condition of anonymity, said the minister had lost “the confidence of the cabinet”.
            """,
        """
            Portugal's agriculture minister, Paulo Serra, resigned on Monday over a subsidy scandal.
            “He had lost the confidence of the cabinet,” a government official said on condition of anonymity.
            """,
    ]) func anUnnamedGovernmentOfficialSpeaksForTheCountry(_ raw: String) {
        let drafted = speakers(raw)
        #expect(drafted.contains { $0.hasPrefix("Portugal: ") }, "\(drafted)")
    }

    /// An official with no word of government is someone new and unnamed: no country speaks.
    @Test func anOfficialWithoutAWordOfGovernmentIsNoCountry() {
        let drafted = speakers("""
            Portugal's agriculture minister, Paulo Serra, resigned on Monday over a subsidy scandal.
            “He had lost the confidence of the cabinet,” a senior official said on condition of anonymity.
            """)
        #expect(!drafted.contains { $0.hasPrefix("Portugal: ") }, "\(drafted)")
    }
}

/// "Voss himself, in a brief statement to the court, said …": a reflexive after the subject
/// only stresses it; and a name set off after a spokeswoman's description before "confirmed"
/// is a person who speaks.
@Suite struct StressedAndConfirmingSubjectTests {
    func speakers(_ raw: String) -> [String] { roundFourSpeakers(raw) }

    @Test(arguments: [
        "Voss himself, in a brief statement to the court before the verdict, said he had acted “to save the republic from chaos”.",
        "Voss himself said he had acted “to save the republic from chaos”.",
    ]) func aReflexiveAfterTheSubjectOnlyStressesIt(_ sentence: String) {
        expectQuote("Ilias Voss: to save the republic from chaos", in: """
            A military court sentenced former army chief General Ilias Voss to 20 years in prison on Thursday.
            \(sentence)
            """)
    }

    /// "the president himself": a reflexive after no drafted name leaves the phrase as it was.
    @Test func aReflexiveAfterADescriptionIsNoName() {
        let drafted = speakers("""
            A military court sentenced former army chief General Ilias Voss to 20 years in prison on Thursday.
            The judges themselves said the case was “closed”.
            """)
        #expect(!drafted.contains("Ilias Voss: closed"), "\(drafted)")
    }

    @Test func aNameSetOffBeforeConfirmedSpeaks() {
        expectQuote("Siri Dahl: too early to speak of charges", in: """
            Environment Minister Lars Holm said on Monday he had asked prosecutors to investigate a chemical spill.
            A spokeswoman for the prosecutors' office, Siri Dahl, confirmed that a case had been opened but said it was “too early to speak of charges”.
            """)
    }
}

/// Whole probe passages of this round, kept so the suite holds every speaker of each: a company
/// and its executive with two statements, an editor named once in full and by surname after
/// "According to", two officials of one ministry answered by "he added" and "he said".
@Suite struct RoundFourProbePassageTests {
    @Test(arguments: [
        ("""
            HARLAN, Merovia (AP) — Merovian carmaker Delta Vance Motors said on Wednesday it would cut 2,400 jobs at two plants, blaming falling demand in Europe.
            “This is a painful but necessary decision,” the company said in a statement.
            Chief executive Lena Skard told analysts on a call that the cuts would save about 300 million euros a year. “We will come out of this leaner,” Skard said.
            A statement from the metalworkers' union IG Brenn said the plan was “a betrayal of the workforce”.
            “We were told nothing until this morning,” the statement said.
            Economy Minister Tomas Hale said in a statement that the government would “examine every option” to keep the plants open.
            A spokesperson for Delta Vance declined to comment on whether more cuts would follow, saying only that the company “remains committed to Merovia”.
            """, [
            "Delta Vance Motors: This is a painful but necessary decision",
            "Lena Skard: We will come out of this leaner",
            "IG Brenn: a betrayal of the workforce",
            "IG Brenn: We were told nothing until this morning",
            "Tomas Hale: examine every option",
            "Delta Vance Motors: remains committed to Merovia",
        ]),
        ("""
            Interior Minister Paul Drake said on Sunday that police had acted lawfully when they detained the editor of the Brava Courier, Simon Teller, at his home overnight.
            “No one is above the law, including journalists,” Drake said.
            Teller, who was released on bail after 14 hours, told the newspaper's website that officers had seized his laptop. “They wanted my sources,” he said.
            Drake said the editor was suspected of publishing “classified material” from a defence contract. He did not say what the material was.
            “We will publish again tomorrow,” the Courier's deputy editor, Mark Fell, said in a post on X.
            According to the Brava Journalists Association, Teller is the fourth editor detained this year. “This is a pattern, not an accident,” the association said.
            The association's chairman, John Reed, said he had written to Drake. “I asked him one question: who ordered this?” Reed said.
            """, [
            "Paul Drake: No one is above the law, including journalists",
            "Simon Teller: They wanted my sources",
            "Paul Drake: classified material",
            "Mark Fell: We will publish again tomorrow",
            "Brava Journalists Association: This is a pattern, not an accident",
            "John Reed: I asked him one question: who ordered this?",
        ]),
        ("""
            VELDA, Valdoria, March 10 (Reuters) - Valdoria's finance ministry said on Tuesday it would delay a planned bond sale, as two of its senior officials gave conflicting signals on when the country would return to international markets.
            “We are in no hurry,” Deputy Finance Minister Oskar Brandt told reporters in the capital. “The market will still be there in the autumn.”
            Hours later, the ministry's head of debt management, Piet Marrow, said the sale could come as early as May. “Nothing has been decided about the timing,” he added.
            Brandt, who has led talks with the International Monetary Fund since January, said the fund's mission would return next month. “They have asked for more data on pensions, and we will give it to them,” he said.
            Marrow said investors had shown strong interest. “Our order book last year was four times covered,” he said, adding that the ministry would hold calls with investors in London.
            Opposition lawmaker Radu Fenn called the delay “a sign of panic”.
            """, [
            "Oskar Brandt: We are in no hurry",
            "Oskar Brandt: The market will still be there in the autumn",
            "Piet Marrow: Nothing has been decided about the timing",
            "Oskar Brandt: They have asked for more data on pensions, and we will give it to them",
            "Piet Marrow: Our order book last year was four times covered",
            "Radu Fenn: a sign of panic",
        ]),
    ]) func everyQuoteOfThePassageHasItsSpeaker(_ probe: (String, [String])) {
        let drafted = roundFourSpeakers(probe.0)
        for expected in probe.1 { #expect(drafted.contains(expected), "\(expected) in \(drafted)") }
    }
}
