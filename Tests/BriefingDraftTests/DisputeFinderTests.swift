import BriefingModel
@testable import BriefingDraft
import Foundation
import Testing

@Suite struct DisputeFinderTests {
    let actors = [
        organization("Northland", "Nordia", kind: .country),
        organization("Southland", "Southport", kind: .country),
        organization("Ministry of Trade", "the ministry"),
        DraftActor(name: "Tomas Lind", kind: .person, role: "spokesman", affiliation: "Ministry of Trade", aliases: ["Lind"]),
        DraftActor(name: "Anna Berg", kind: .person, role: "Foreign Minister", affiliation: "Northland", aliases: ["Berg"]),
        organization("Harbor Watch"),
        organization("Daily Ledger", kind: .media),
    ]

    func disputes(_ raw: String) -> [DraftDispute] {
        let fixture = MentionFixture(raw, actors)
        return DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
    }

    func sides(_ dispute: DraftDispute) -> [String] {
        dispute.sides.map { "\($0.stance.rawValue) \($0.actor)" }
    }

    @Test func anAccusationCutBeforeItsAnsweringNounKeepsNoDanglingArticle() {
        let found = disputes("Northland accused Southland on Wednesday of delaying fuel shipments, a charge Southport rejected.")
        let statements = found.flatMap(\.sides).map(\.statement)
        #expect(!statements.isEmpty)
        #expect(statements.allSatisfy { !$0.hasSuffix(", a") && !$0.hasSuffix(" a") }, "\(statements)")
        #expect(found.first?.question == "Is Southland delaying fuel shipments?", "\(found.map(\.question))")
    }

    @Test func denialNamingTheAsserter() {
        let found = disputes("""
            On Friday, Northland said arms shipments to Southland were already underway.
            Southland said on Tuesday that Northland had no evidence that weapons were being shipped.
            """)
        #expect(found.count == 1)
        #expect(found.first.map(sides) == ["asserts Northland", "denies Southland"])
        #expect(found.first?.question == "Were arms shipments to Southland already underway?")
        #expect(found.first?.sides.map(\.source) == [SourceRef(paragraph: 1, sentence: 1), SourceRef(paragraph: 2, sentence: 1)])
        #expect(found.first?.sides.last?.statement == "Northland had no evidence that weapons were being shipped")
    }

    @Test func bothClaimsAreTwoDisputes() {
        let found = disputes("""
            Northland put a tariff on Southland's wine in May, alleging growers were “dumping” it on its market.
            In June, Northland banned a Southland exporter, claiming to have found pests in its grain.
            Both claims have been denied by Southland.
            """)
        #expect(found.count == 2)
        #expect(found.map(sides) == [["asserts Northland", "denies Southland"], ["asserts Northland", "denies Southland"]])
        #expect(found.map(\.sides.first?.source) == [SourceRef(paragraph: 1, sentence: 1), SourceRef(paragraph: 2, sentence: 1)])
        #expect(found.last?.question == "Has Northland found pests in its grain?")
    }

    @Test func rejectingNamedAllegationsGivesBothSidesInOneSentence() {
        let found = disputes("Southland rejected Northland's allegations that its agents were behind the attack as “absurd”.")
        #expect(found.count == 1)
        #expect(found.first.map { Set(sides($0)) } == ["asserts Northland", "denies Southland"])
    }

    @Test func accusationAndRejectionInOneSentence() {
        let found = disputes("Berg on Monday accused Southland of jamming radios in the strait, a charge Southland rejected as absurd.")
        #expect(found.first.map(sides) == ["asserts Anna Berg", "denies Southland"])
        #expect(found.first?.question == "Is Southland jamming radios in the strait?")
    }

    @Test func theNamedClaimIsTheAssertedStatement() {
        let found = disputes("Southland rejected Northland's allegations that its agents were behind the attack as “absurd”.")
        #expect(found.first?.sides.first { $0.stance == .asserts }?.statement == "its agents were behind the attack")
    }

    @Test func organisationAndItsSpokespersonAreBothSides() {
        let found = disputes("""
            Northland said Southland was supplying weapons to rebels.
            The Ministry of Trade said Northland had no evidence of any weapons supplies.
            “They say this every week, without providing any proof,” ministry spokesman Tomas Lind told reporters.
            """)
        #expect(found.count == 1)
        #expect(found.first.map(sides) == ["asserts Northland", "denies Ministry of Trade", "denies Tomas Lind"])
    }

    @Test func doubtIsAQuestioningSide() {
        let found = disputes("""
            Northland said the port of Southport had been closed to all shipping since March.
            Harbor Watch questioned whether the port had been closed at all, citing satellite images of ships.
            """)
        #expect(found.first.map(sides) == ["asserts Northland", "questions Harbor Watch"])
    }

    @Test func accusedDeniesItself() {
        let found = disputes("""
            Northland has repeatedly accused Southland of sending weapons to the rebels.
            But Southland says it does not send weapons to either side.
            """)
        #expect(found.first.map(sides) == ["asserts Northland", "denies Southland"])
        #expect(found.first?.question == "Is Southland sending weapons to the rebels?")
    }

    @Test func agreementIsNoDispute() {
        #expect(disputes("""
            Northland said the talks were useful.
            Southland said it hoped to meet again next month.
            Berg told reporters the deal would be signed in May.
            """).isEmpty)
    }

    @Test func denialOfAnUnnamedClaimIsNoDispute() {
        #expect(disputes("Southland denied any involvement in the attack.").isEmpty)
    }

    @Test func alliesJoinTheirSide() {
        let found = disputes("""
            Northland accused Southland of jamming ships’ radios in the strait.
            Foreign Minister Anna Berg said the jamming had put crews at risk.
            Southland dismissed the accusation as “baseless”.
            """)
        #expect(found.first.map(sides) == ["asserts Northland", "asserts Anna Berg", "denies Southland"])
    }

    @Test func twoPeopleOfOneCountryCanDisagree() {
        let fixture = MentionFixture("""
            Opposition leader Mira Soto called the results “a gigantic fraud” on Sunday.
            President Adam Rolf dismissed allegations of fraud, saying the vote was fair.
            """, [
                DraftActor(name: "Mira Soto", kind: .person, role: "Opposition leader", affiliation: "Northland", aliases: ["Soto"]),
                DraftActor(name: "Adam Rolf", kind: .person, role: "President", affiliation: "Northland", aliases: ["Rolf"]),
                organization("Northland", kind: .country),
            ])
        let found = DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
        #expect(found.map(sides) == [["asserts Mira Soto", "denies Adam Rolf"]])
        #expect(found.first?.question == "Are the results “a gigantic fraud”?")
    }

    /// The comma of "1,140" is the number's: a statement cut at it asked about "at least 1".
    @Test(arguments: [
        "Northland rejected a report that accuses its army of killing at least 1,140 civilians in the first half of the year.",
        "Northland's government has rejected a report that accuses its army of killing at least 1,140 civilians this year, calling the findings “rumours”.",
        "Both claims of 2,300 arrests have been denied by Northland, which called them invented.",
    ])
    func aGroupedNumberStaysWhole(_ sentence: String) {
        let fixture = MentionFixture("""
            Southland said on Monday that the army had killed at least 1,140 civilians and made 2,300 arrests.

            \(sentence)
            """, [organization("Northland", kind: .country), organization("Southland", kind: .country)])
        let positions = DisputeFinder.positions(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
        let statements = positions.filter { $0.actor == "Northland" }.map(\.statement)
        #expect(statements.contains { $0.contains("1,140 civilians") || $0.contains("2,300 arrests") }, "\(statements)")
    }

    /// The same comma inside the clause after a claim noun ("a report that accuses …").
    @Test func aGroupedNumberStaysWholeAfterAClaimNoun() {
        let fixture = MentionFixture("""
            Northland has rejected a Southland report that accuses its army of killing at least 1,140 civilians in the first half of this year, calling the findings “rumours”.
            """, [organization("Northland", kind: .country), organization("Southland", kind: .country)])
        let questions = DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions).map(\.question)
        #expect(questions == ["Is it true that accuses its army of killing at least 1,140 civilians in the first half of this year?"])
    }

    @Test func questionPhrasing() {
        #expect(DisputeFinder.question(from: "arms shipments were already underway, with more to come", speaker: "X") == "Were arms shipments already underway?")
        #expect(DisputeFinder.question(from: "nearly 400 companies suspected of supporting the war", speaker: "X") == "Are nearly 400 companies supporting the war?")
        #expect(DisputeFinder.question(from: "to have found pests", speaker: "Northland") == "Has Northland found pests?")
        #expect(DisputeFinder.question(from: "it had detained a journalist", speaker: "Northland") == "Had Northland detained a journalist?")
        #expect(DisputeFinder.question(from: "Southland against supplying drones", speaker: "Northland", accusation: "warned") == "Is Southland supplying drones?")
        // The time of the accusation is not part of the accused.
        #expect(DisputeFinder.question(from: "Southland on Wednesday of delaying fuel shipments", speaker: "Northland", accusation: "accused")
            == "Is Southland delaying fuel shipments?")
        #expect(DisputeFinder.question(from: "Southland last week of hoarding grain", speaker: "Northland", accusation: "accused")
            == "Is Southland hoarding grain?")
        // A "for" inside the accused's name is not where the accusation links.
        #expect(DisputeFinder.question(from: "the United Party for National Development of buying votes", speaker: "Northland", accusation: "accusing")
            == "Is the United Party for National Development buying votes?")
        #expect(DisputeFinder.question(from: "the Party for Democracy of fraud", speaker: "Northland", accusation: "accused")
            == "Is the Party for Democracy responsible for fraud?")
        #expect(DisputeFinder.question(from: "", speaker: "Northland") == "Is what Northland says true?")
        // A capital that only opens the quoted sentence, and the stop before its closing mark.
        #expect(DisputeFinder.question(from: "\u{201C}Our members will not be sent onto a bridge that engineers call unsafe.\u{201D}", speaker: "X")
            == "Will our members not be sent onto a bridge that engineers call unsafe?")
        #expect(DisputeFinder.question(from: "Every lost day costs us money", speaker: "X") == "Is it true that every lost day costs us money?")
        #expect(DisputeFinder.question(from: "I was never told", speaker: "X") == "Was I never told?")
    }

    @Test func attributiveClaimantAsserts() {
        let found = disputes("Southland on Monday rejected Northland accusations that it dumps cheap steel on world markets.")
        #expect(found.first.map { Set(sides($0)) } == ["asserts Northland", "denies Southland"])
        #expect(found.first?.sides.first { $0.stance == .asserts }?.statement == "it dumps cheap steel on world markets")
    }

    @Test func rejectingTheProtestPointsBack() {
        let found = disputes("""
            Northland said Southland’s coast guard had rammed a fishing boat near the reef.
            Southland rejected the protest.
            Later, Berg said Northland would send a patrol ship to the reef.
            """)
        // "The protest" is what came before the denial, not what came after.
        #expect(found.count == 1)
        #expect(found.first?.sides.first.map { "\($0.actor) \($0.source)" } == "Northland p1.s1")
        #expect(found.first?.sides.last.map { "\($0.stance.rawValue) \($0.actor)" } == "denies Southland")
    }

    @Test func verdictsDenyMeasuresButAccuseConduct() {
        #expect(PositionFinder.containsDenial(["the", "sanctions", "were", "illegal", "and", "inhuman"]))
        #expect(!PositionFinder.containsDenial(["the", "dangerous", "and", "unlawful", "conduct", "of", "the", "vessel"]))
        #expect(PositionFinder.containsDenial(["we", "will", "not", "accept", "a", "result", "made", "in", "back", "rooms"]))
        #expect(PositionFinder.containsDenial(["the", "so-called", "subsidies", "exist", "only", "in", "their", "imagination"]))
        #expect(PositionFinder.containsDoubt(["we", "cannot", "vouch", "for", "numbers", "we", "did", "not", "see"]))
        #expect(!PositionFinder.containsDoubt(["the", "figures", "confirm", "the", "trend"]))
    }

    @Test func condemningTheMeasuresDenies() {
        let found = disputes("""
            Northland imposed sanctions on Southland’s oil sector, saying its exports funded the rebels.
            Southland denounced them as “economic terrorism”.
            """)
        #expect(found.first.map(sides) == ["asserts Northland", "denies Southland"])
    }

    @Test func theRestOfAQuoteBelongsToItsSpeaker() {
        let found = disputes("""
            Northland said Southland was shipping weapons to the rebels.
            Lind said it was the same old story from Northland. “It is a fabrication.”
            """)
        #expect(found.first.map(sides) == ["asserts Northland", "denies Tomas Lind"])
    }

    @Test func defendingItsOwnConductDenies() {
        let found = disputes("""
            Northland accused Southland of firing on its border guards.
            “Our troops acted in accordance with international law,” Southland said.
            """)
        #expect(found.first.map(sides) == ["asserts Northland", "denies Southland"])
    }

    @Test func pushingBackDenies() {
        let found = disputes("""
            Harbor Watch said the port of Southport had been closed to shipping for a week.
            Southland pushed back on the report on Tuesday.
            """)
        #expect(found.first.map(sides) == ["asserts Harbor Watch", "denies Southland"])
        #expect(disputes("Northland said Southland had pushed back the deadline for the talks.").isEmpty)
    }

    @Test func theAccusedIsNotTheOneSaying() {
        let found = disputes("""
            Harbor Watch accused Southland of jamming radios in the strait, saying ships had lost contact for hours.
            Southland denied the accusation.
            """)
        #expect(found.first.map(sides) == ["asserts Harbor Watch", "denies Southland"])
    }

    @Test func aFramingOfDoubtIntroducesTheSpeaker() {
        let found = disputes("""
            Northland said on Monday it would build a canal to Southport by next year.
            Not everyone is convinced the canal will open on time. “The money is simply not there,” Harbor Watch said.
            """)
        #expect(found.first.map(sides) == ["asserts Northland", "questions Harbor Watch"])
    }

    @Test func emptyInput() {
        #expect(disputes("").isEmpty)
        #expect(disputes("No names here, only denials: denied, rejected, baseless.").isEmpty)
    }
}

/// Prints what the quote and dispute stages draft for `$BRIEFING_SCRATCH/*.txt`, with the
/// actors of `*.actors` (`name|kind|role|affiliation|alias;alias`). For trying rules out.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["BRIEFING_SCRATCH"] != nil))
struct ScratchDrafts {
    @Test func show() throws {
        let directory = ProcessInfo.processInfo.environment["BRIEFING_SCRATCH"]!
        for file in try FileManager.default.contentsOfDirectory(atPath: directory).filter({ $0.hasSuffix(".txt") }).sorted() {
            let raw = try String(contentsOfFile: directory + "/" + file, encoding: .utf8)
            let spec = (try? String(contentsOfFile: directory + "/" + file.replacingOccurrences(of: ".txt", with: ".actors"), encoding: .utf8)) ?? ""
            let actors = spec.split(separator: "\n").map { line -> DraftActor in
                let parts = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init) + ["", "", "", ""]
                return DraftActor(name: parts[0], kind: ActorKind(rawValue: parts[1]) ?? .other, role: parts[2].isEmpty ? nil : parts[2],
                                  affiliation: parts[3].isEmpty ? nil : parts[3], aliases: parts[4].split(separator: ";").map(String.init))
            }
            let usePipeline = ProcessInfo.processInfo.environment["BRIEFING_GOLD_NAMES"] == "pipeline"
            let fixture = MentionFixture(raw, actors)
            let names = usePipeline ? NameFinder.find(in: fixture.text) : nil
            let found = names?.actors ?? fixture.actors
            let mentions = names?.mentions ?? fixture.mentions
            print("== \(file)")
            if usePipeline { for actor in found { print("  A \(actor.name) [\(actor.kind.rawValue)] role=\(actor.role ?? "-") aff=\(actor.affiliation ?? "-") aliases=\(actor.aliases)") } }
            let quotes = QuoteFinder.find(in: fixture.text, actors: found, mentions: mentions)
            for quote in quotes { print("  Q [\(quote.source)] \(quote.speaker ?? "-")\(quote.via.map { " via " + $0 } ?? ""): \(quote.text)") }
            for dispute in DisputeFinder.find(in: fixture.text, actors: found, mentions: mentions) {
                print("  D \(dispute.question)")
                for side in dispute.sides { print("     \(side.stance.rawValue) \(side.actor) [\(side.source)]: \(side.statement)") }
            }
        }
    }
}

/// Rules added for the second held-out set: passives and namings that are not speech, the
/// subject of a denial in apposition, answered nouns, self-denials, doubt about evidence.
extension DisputeFinderTests {
    func positions(_ raw: String) -> [StancePosition] {
        let fixture = MentionFixture(raw, actors)
        return PositionFinder.find(in: AttributionCache.shared.text(for: fixture.text, actors: fixture.actors, mentions: fixture.mentions))
    }

    func stances(_ raw: String) -> [String] {
        positions(raw).map { "\($0.stance.rawValue) \($0.actor)" }
    }

    @Test func theAccusedInAPassiveTakesNoPosition() {
        #expect(stances("Northland expelled a diplomat in May, after Southland was accused of organising protests.") == [])
        // A verb of denying keeps its "by" agent; a passive of another verb is not speech at all.
        #expect(stances("The claims were denied by Southland.") == ["denies Southland"])
        #expect(stances("The register was maintained by the Ministry of Trade, not by the port.") == [])
    }

    @Test func aMediumQuotingIsNotASide() {
        #expect(stances("“We never sent arms,” Berg told reporters, quoted by the Daily Ledger.") == ["denies Anna Berg"])
    }

    @Test func aNamingIsNotSpeech() {
        #expect(stances("The ship’s manager, a Southport-based company called Harbor Watch, denied that the ship had ignored the call.")
            .allSatisfy { !$0.hasPrefix("asserts") })
    }

    @Test func aClaimInAppositionNamesItsDenier() {
        let found = disputes("Northland has accused Southland of trying to derail the talks through bribery, claims the Ministry of Trade has always rejected.")
        #expect(found.first.map(sides) == ["asserts Northland", "denies Ministry of Trade"])
    }

    @Test func aPronounAfterAVerbOfSayingDoesNotPointBack() {
        let said = positions("Harbor Watch said it had no authority over who sailed from Southport.")
        #expect(said.map(\.anaphora) == [0])
        #expect(positions("Southland rejected it.").map(\.anaphora) == [1])
    }

    @Test func aComparisonOrAnAccountIsAnswered() {
        let found = disputes("""
            Harbor Watch said the fine was less than a third of the dividends Southland paid its shareholders.
            Lind pushed back on that comparison, saying the ministry had invested heavily since 2020.
            """)
        #expect(found.first.map(sides) == ["asserts Harbor Watch", "denies Tomas Lind"])
    }

    @Test func selfDenialsInQuotesAndForTheSpeakersCountry() {
        #expect(stances("“At no point did we hide information from the ministry,” Lind told the Daily Ledger.") == ["denies Tomas Lind"])
        #expect(stances("Berg said Northland does not interfere in the affairs of Southland.") == ["denies Anna Berg"])
        #expect(stances("“These are fairy tales written for an audience abroad,” Berg said.") == ["denies Anna Berg"])
    }

    @Test func notHavingSeenEvidenceDoubts() {
        #expect(stances("Berg said the ministry “has not seen any evidence” that the rules had caused losses.") == ["questions Anna Berg"])
        #expect(stances("Berg said there was no evidence that the rules had caused losses.") == ["denies Anna Berg"])
    }

    @Test func aJustificationThatAccusesIsBothSides() {
        #expect(Set(stances("“This was a deliberate attempt to intimidate a crew doing lawful work,” Berg told reporters."))
            == ["denies Anna Berg", "asserts Anna Berg"])
        #expect(stances("Berg said its crew was doing routine and lawful work.") == ["denies Anna Berg"])
    }

    @Test func aRejectedAccusationIsNotAReportedResult() {
        let found = disputes("""
            Northland won 56 of the 110 seats, according to preliminary results published by Harbor Watch.
            Southland said its volunteers had counted 40,000 voters registered at empty addresses.
            “This was not an election, it was a transfer of voters,” Southland said.
            Lind rejected the accusation.
            """)
        #expect(found.first?.sides.first?.actor == "Southland")
        #expect(found.first?.sides.last.map { "\($0.stance.rawValue) \($0.actor)" } == "denies Tomas Lind")
    }

    @Test func aQuoteRunningOverSentencesIsTheStatement() {
        let found = positions("“There was no target there. The people in the monastery were farmers,” said Tomas Lind, a spokesman.")
        #expect(found.first?.statement == "The people in the monastery were farmers,”")
    }
}
