import BriefingModel
@testable import BriefingDraft
import Testing

@Suite struct EventFinderTests {
    /// Drafts events from text, with actors and places found by exact forms (as the name
    /// stage would report them).
    func events(_ raw: String, _ published: String?, actors: [(String, ActorKind, [String])] = [], places: [String] = []) -> [DraftEvent] {
        let text = TextSplitter.split(raw)
        var forms: [(String, MentionIndex.Target)] = []
        for (name, _, aliases) in actors { for form in [name] + aliases { forms.append((form, .actor(name))) } }
        for place in places { forms.append((place, .place(place))) }
        return EventFinder.find(
            in: text, actors: actors.map { DraftActor(name: $0.0, kind: $0.1, aliases: $0.2) },
            places: places.map { DraftPlace(name: $0, kind: .city) }, mentions: Self.mentions(of: forms, in: text),
            published: published.flatMap(BriefingDate.init(parsing:)))
    }

    private let berg = ("Anna Berg", ActorKind.person, ["Berg"])

    @Test func visitDatedByTheSentenceBeforeAndItsLength() throws {
        let found = events("""
            Foreign Minister Anna Berg said in Oslo on Wednesday that ties were strong.
            Berg’s comments came as she began a three-day visit to Oslo.
            """, "2024-03-13", actors: [berg], places: ["Oslo"])
        #expect(found.count == 1)
        let visit = try #require(found.first)
        #expect(visit.date?.description == "2024-03-13/2024-03-15")
        #expect(visit.dateText == "on Wednesday / three-day visit")
        #expect(visit.place == "Oslo")
        #expect(visit.participants.first == "Anna Berg")
        #expect(visit.title == "Berg began a three-day visit to Oslo")
        #expect(visit.source == SourceRef(paragraph: 2, sentence: 1))
    }

    @Test func laterMentionsAreFoldedIntoTheFirst() {
        let found = events("""
            Anna Berg began a two-day visit to Oslo on Monday.
            Berg arrived in Oslo from Rome.
            Berg’s visit was her first since 2019.
            """, "2024-03-13", actors: [berg], places: ["Oslo", "Rome"])
        #expect(found.count == 1)
        #expect(found.first?.date?.description == "2024-03-11/2024-03-12")
    }

    @Test func plannedTripWithoutATime() throws {
        let found = events("The talks are expected to lay the groundwork for a trip by President Carl Ek.", "2024-03-13", actors: [("Carl Ek", .person, ["Ek"])])
        let trip = try #require(found.first)
        #expect(found.count == 1)
        #expect(trip.date == nil)
        #expect(trip.participants == ["Carl Ek"])
    }

    @Test func anActAndTheStatementAboutItAreTwoEvents() {
        let found = events("""
            China is firmly opposed to the new US sanctions on Chinese companies, the Ministry of Commerce said on Sunday.
            The United States on Friday imposed sanctions on nearly 400 individuals and companies.
            The sanctions target companies inside and outside Russia.
            """, "2024-08-25", actors: [("United States", .country, ["US"]), ("China", .country, []), ("Ministry of Commerce", .organization, [])])
        #expect(found.map { $0.date?.description } == ["2024-08-25", "2024-08-23"])
        #expect(found.map(\.source.paragraph) == [1, 2])
    }

    @Test func commentsDenialsAndHypothesesAreNotEvents() {
        let found = events("""
            The Kremlin said Tuesday the United States had no evidence that weapons were being shipped.
            Officials fear Pyongyang might provide Moscow with weapons.
            The minister threatened to impose tariffs on wine.
            He said the talks were useful.
            “We will impose sanctions,” the minister said.
            The country does not send lethal aid to either side.
            Should that fail, a panel will consider the case, which can then be appealed.
            """, "2023-10-18")
        #expect(found.isEmpty, "\(found.map(\.title))")
    }

    @Test func distanceFromTheEventBefore() throws {
        let found = events("""
            A U.S. bomber landed Tuesday at Osan Air Base.
            Its arrival came less than a week after the aircraft carrier docked in Busan.
            """, "2023-10-18", actors: [("United States", .country, ["U.S."])], places: ["Osan Air Base", "Busan"])
        #expect(found.count == 2)
        #expect(found.first?.date?.description == "2023-10-17")
        #expect(found.first?.place == "Osan Air Base")
        let docking = try #require(found.last)
        #expect(docking.date?.description == "2023-10-11/2023-10-16")
        #expect(docking.dateText == "less than a week after")
        #expect(docking.place == "Busan")
    }

    @Test func thenStartsANewEventWithoutADate() throws {
        let found = events("""
            A load of containers was shipped by sea between Sept. 1 and Oct. 1.
            They were then delivered by rail to an ammunition depot.
            """, "2023-10-18")
        #expect(found.count == 2)
        #expect(found.first?.date?.description == "2023-09-01/2023-10-01")
        let delivery = try #require(found.last)
        #expect(delivery.date == nil)
        #expect(delivery.dateText == "then")
    }

    @Test func historyToldAsHavingHappened() {
        #expect(events("The 1997 embargo still weighs on trade.", "2023-10-18").first?.date?.description == "1997")
        #expect(events("He narrowly lost the 2012 contest.", "2023-10-18").first?.date?.description == "2012")
        #expect(events("The election was held on Saturday.", "2026-08-17").first?.date?.description == "2026-08-15")
    }

    @Test func theSameActMentionedTwiceOnTheSameDay() {
        let found = events("""
            Australia will take China to the World Trade Organisation tonight over its tariffs.
            The minister said Australia would be taking China to the WTO tonight.
            """, "2020-12-16", actors: [("Australia", .country, []), ("China", .country, []), ("World Trade Organisation", .organization, ["WTO"])])
        #expect(found.count == 1)
        #expect(found.first?.date?.description == "2020-12-16")
    }

    @Test func openTimesLeaveTheDateEmpty() throws {
        let found = events("The North conducted a series of weapons tests this year and recently enshrined its status in its constitution.", "2023-10-18")
        #expect(found.map { $0.date?.description } == ["2023", nil])
        #expect(found.last?.dateText == "recently")
    }

    @Test func futureWeekdays() throws {
        let meeting = try #require(events("The two leaders will meet on Friday in Geneva.", "2023-10-18", places: ["Geneva"]).first)
        #expect(meeting.date?.description == "2023-10-20")
        #expect(meeting.place == "Geneva")
    }

    @Test func anEventInAnotherEventsClauseKeepsItsOwnDate() {
        let found = events("Russia's foreign ministry said on Thursday that it was expelling five diplomats in response to Lisbon ordering out 10 Russians last month.", "2022-05-19")
        #expect(found.map { $0.date?.description } == ["2022-05-19", "2022-04"])
    }

    @Test func adverbialDistanceFromTheLastDate() {
        let found = events("""
            Rebels attacked a convoy near the border on Monday.
            Two days later, troops raided a village.
            """, "2024-03-15")
        #expect(found.map { $0.date?.description } == ["2024-03-11", "2024-03-13"])
    }

    @Test func statementsThatAreActs() {
        let found = events("Analysts last week released satellite images of the border.", "2023-10-18", actors: [("Analysts", .other, [])])
        #expect(found.first?.date?.description == "2023-10-09/2023-10-15")
        #expect(events("The prime minister accused India in parliament of a role in the killing.", "2023-09-19").count == 1)
    }

    /// Word soup from the pieces the stages react to, in random order: no crash, no hang.
    @Test func randomWordSoupIsSafe() {
        let pieces = ["on", "Wednesday", "Sept.", "1", "between", "and", "Oct.", "last", "week", "month", "two-day", "visit", "visited",
                      "the", "a", "summit", "“", "”", "\"", ",", ".", "(", ")", "—", "less", "than", "after", "before", "then", "2000",
                      "1,000", "$", "2.5", "million", "per", "cent", "%", "kilometers", "Putin", "Lavrov’s", "its", "arrival", "came",
                      "as", "he", "began", "sanctions", "imposed", "not", "no", "which", "where", "with", "that", "said", "will", "May",
                      "12", "October", "the", "first", "time", "landed", "since", "at", "least", "Feb.", "29", "days", "ago", "ü", "😀"]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33)
        }
        for _ in 0..<300 {
            let words = (0..<(5 + next() % 60)).map { _ in pieces[next() % pieces.count] }
            let text = TextSplitter.split(words.joined(separator: next() % 3 == 0 ? "" : " "))
            _ = EventFinder.find(in: text, actors: [], places: [], mentions: MentionIndex(), published: BriefingDate(year: 2024, month: 2, day: 29))
            _ = FigureFinder.find(in: text)
            for sentence in text.sentences { _ = DateFinder.find(in: sentence.text, published: nil) }
        }
    }

    @Test func runOnTextStaysLinearAndSafe() {
        let words = Array(repeating: "troops attacked the town on Monday and officials met in Geneva", count: 3000).joined(separator: " ")
        let found = events(words, "2024-03-15")
        #expect(!found.isEmpty)
        #expect(events("", nil).isEmpty)
        #expect(events("\u{0}\u{1} ??? 1234", nil).isEmpty)
    }

    /// Every whole-word occurrence of each form, longest first, as the name stage reports
    /// mentions: an actor and a place may share words, two actors may not.
    // MARK: Acts of news English and their dates

    @Test func finesOrdersRequestsAndApplicationsAreActs() {
        let found = events("""
            Northwater has been fined 4 million pounds by the regulator.
            Lindia on Friday ordered two diplomats to leave the country within 72 hours.
            Lindia applied to join the European Union in 2022 and opened accession talks in June 2024.
            Lindia first requested consultations with the bloc in 2021.
            The group said it would submit evidence to the court.
            Two jets dropped four bombs on the village.
            """, "2026-01-16")
        #expect(found.map(\.source.paragraph) == [1, 2, 3, 3, 4, 5, 6])
        #expect(found.map { $0.date?.description } == [nil, "2026-01-16", "2022", "2024-06", "2021", nil, nil])
    }

    @Test func ordinaryUsesOfTheNewWordsAreNotActs() {
        let found = events("""
            The weather was fine and the committee asked for patience.
            He dropped the subject and ordered lunch.
            """, "2026-01-16")
        #expect(found.isEmpty)
    }

    @Test func aWhenClauseAfterADateHappensThen() {
        let found = events("""
            Checks have been stepped up since December 2024, when Finnish authorities detained a tanker.
            The strike hit the village on Saturday, when two jets dropped four bombs on it.
            Appeals have been impossible since December 2019, after the United States blocked the appointment of judges.
            """, "2026-03-12")
        #expect(found.map { $0.date?.description } == ["2024-12", "2026-03-07", "2019-12"])
    }

    @Test func shortlyAfterwardsKeepsTheDayOfTheLastEvent() {
        let found = events("""
            The incident happened on Tuesday afternoon, when the patrol boat intercepted the tanker.
            Shortly afterwards a fighter entered Estonian airspace, the navy said.
            """, "2026-03-12")
        #expect(found.map { $0.date?.description } == ["2026-03-10", "2026-03-10"])
    }

    @Test func aCalledProtestLiesAheadOfTheCall() {
        let found = events("Ilic called a protest in front of the assembly on Saturday.", "2026-04-07")
        #expect(found.map { $0.date?.description } == ["2026-04-11"])
    }

    @Test func anActInThePerfectStartsAtItsSinceDate() {
        let found = events("The regulator has opened investigations into all 11 companies since November 2021.", "2025-07-22")
        #expect(found.map { $0.date?.description } == ["2021-11"])
    }

    @Test func aDateInsideANounPhraseBelongsToTheNoun() {
        let found = events("The rial has lost value since 2018, when Washington withdrew from the 2015 nuclear deal.", "2025-04-15")
        #expect(found.first?.date?.description == "2018")
    }

    @Test func aPastPerfectActInADatedReportHasNoDateOfItsOwn() {
        let countries = [("Poland", ActorKind.country, [String]()), ("Belarus", ActorKind.country, [String]())]
        let other = events("Poland said on Thursday that Belarus had expelled two diplomats.", "2025-05-16", actors: countries)
        #expect(other.map { $0.date?.description } == [nil])
        let participle = events("Poland said on Thursday that Belarus had expelled two diplomats, sending them home by train.", "2025-05-16", actors: countries)
        #expect(participle.allSatisfy { $0.date == nil })
        // The reporter's own act is dated by its report.
        let own = events("Poland said on Thursday that it had expelled two diplomats.", "2025-05-16", actors: countries)
        #expect(own.map { $0.date?.description } == ["2025-05-15"])
    }

    @Test func aDistanceFromAMainClauseWithoutAnEventUsesItsDate() {
        let found = events("China on Thursday rejected the accusations, a day after Brussels imposed duties on turbines.", "2025-03-13")
        #expect(found.map { $0.date?.description } == ["2025-03-12"])
    }

    @Test func aParticipleFindsItsObjectBeforeIt() {
        let found = events("A report by U.N. experts published in July said troops were present.", "2025-09-17")
        #expect(found.map { $0.date?.description } == ["2025-07"])
    }

    @Test func aDefiniteMentionWithItsOwnDateIsANewEvent() {
        let found = events("""
            Serbia will hold a snap election.
            The dispute echoes the December 2023 vote in Belgrade.
            """, "2026-04-07", places: ["Belgrade"])
        #expect(found.map { $0.date?.description } == [nil, "2023-12"])
    }

    @Test func theFirstNounOfAClauseSaysWhetherItIsAMentionAgain() {
        let found = events("""
            Supporters held weeks of street protests.
            Students who led months of demonstrations last year said they would join the rally.
            """, "2026-04-07")
        #expect(found.map { $0.date?.description } == [nil, "2025"])
    }

    @Test func anAdverbBetweenSubjectAndVerbIsLookedPast() {
        let found = events("The Dispute Settlement Body next meets on Dec. 15.", "2025-11-20")
        #expect(found.map { $0.date?.description } == ["2025-12-15"])
    }

    static func mentions(of forms: [(String, MentionIndex.Target)], in text: DraftText) -> MentionIndex {
        var index = MentionIndex()
        let sorted = forms.sorted { $0.0.utf8.count > $1.0.utf8.count }
        for sentence in text.sentences {
            let bytes = Array(sentence.text.utf8)
            var taken: [Bool: [Bool]] = [true: .init(repeating: false, count: bytes.count), false: .init(repeating: false, count: bytes.count)]
            for (form, target) in sorted {
                let isActor = if case .actor = target { true } else { false }
                let needle = Array(form.utf8)
                var start = 0
                while start + needle.count <= bytes.count, !needle.isEmpty {
                    let end = start + needle.count
                    let wholeWord = (start == 0 || !isWordByte(bytes[start - 1])) && (end == bytes.count || !isWordByte(bytes[end]))
                    if wholeWord, bytes[start..<end].elementsEqual(needle), !taken[isActor]![start..<end].contains(true) {
                        for k in start..<end { taken[isActor]![k] = true }
                        index.add(.init(target: target, sentence: sentence.ref, range: start..<end, surface: form))
                        start = end
                    } else {
                        start += 1
                    }
                }
            }
        }
        return index
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57)
    }
}
