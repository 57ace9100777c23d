import BriefingModel
@testable import BriefingDraft
import Foundation
import Testing

@Suite struct EventFinderTests {
    /// Drafts events from text, with actors and places found by exact forms (as the name
    /// stage would report them).
    private func events(_ raw: String, _ published: String?, actors: [(String, ActorKind, [String])] = [], places: [String] = []) -> [DraftEvent] {
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

    @Test func runOnTextStaysLinearAndSafe() {
        let words = Array(repeating: "troops attacked the town on Monday and officials met in Geneva", count: 3000).joined(separator: " ")
        let found = events(words, "2024-03-15")
        #expect(!found.isEmpty)
        #expect(events("", nil).isEmpty)
        #expect(events("\u{0}\u{1} ??? 1234", nil).isEmpty)
    }

    /// Every occurrence of each form, longest first, as the name stage would report it.
    static func mentions(of forms: [(String, MentionIndex.Target)], in text: DraftText) -> MentionIndex {
        var index = MentionIndex()
        let sorted = forms.sorted { $0.0.utf8.count > $1.0.utf8.count }
        for sentence in text.sentences {
            let bytes = Array(sentence.text.utf8)
            var takenActor = [Bool](repeating: false, count: bytes.count)
            var takenPlace = takenActor
            for (form, target) in sorted {
                var taken: [Bool] { get { if case .actor = target { takenActor } else { takenPlace } } }
                let needle = Array(form.utf8)
                guard needle.count <= bytes.count else { continue }
                var start = 0
                while start + needle.count <= bytes.count {
                    let end = start + needle.count
                    if Array(bytes[start..<end]) == needle, !taken[start..<end].contains(true),
                       start == 0 || !isWordByte(bytes[start - 1]), end == bytes.count || !isWordByte(bytes[end]) {
                        for k in start..<end { if case .actor = target { takenActor[k] = true } else { takenPlace[k] = true } }
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

extension EventFinderTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["EVENT_DEBUG"] != nil))
    func debugClauses() {
        let sentence = ProcessInfo.processInfo.environment["EVENT_DEBUG"]!
        let tokens = SentenceTokenizer.tokenize(sentence)
        let dates = DateFinder.find(tokens: tokens, in: sentence, published: BriefingDate(year: 2023, month: 10, day: 18))
        let clauses = ClauseSplitter.split(tokens, protected: dates.map(\.tokens), isVerb: { token in
            EventLexicon.entries[token.lower]?.contains { $0.partOfSpeech == .verb } ?? false
        })
        for clause in clauses { print("CLAUSE[\(clause.opener ?? "-")]: " + tokens[clause.range].map(\.text).joined(separator: " ")) }
        for date in dates { print("DATE: \(date.mention.text) \(date.mention.span?.description ?? "-") \(date.mention.tense)") }
        let analysis = SentenceAnalysis(sentence: DraftSentence(paragraph: 1, index: 1, text: sentence), mentions: MentionIndex(), startsInQuote: false, published: BriefingDate(year: 2023, month: 10, day: 18))
        for trigger in TriggerDetector.triggers(in: analysis) { print("TRIGGER: \(tokens[trigger.token].text) \(trigger.entry.eventClass) verbal=\(trigger.isVerbal)") }
    }
}

extension EventFinderTests {
    /// Dev texts without gold: print what the drafter finds (throwaway; EVENT_DEV=dir).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["EVENT_DEV"] != nil))
    func devTexts() throws {
        let directory = ProcessInfo.processInfo.environment["EVENT_DEV"]!
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".txt") }.sorted()
        for name in names {
            let raw = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
            let pub = (try? String(contentsOfFile: directory + "/" + name.replacingOccurrences(of: ".txt", with: ".pub"), encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
            let draft = Drafter.draft(raw, published: pub.flatMap(BriefingDate.init(parsing:)))
            print("===== \(name) (\(pub ?? "-")) actors: \(draft.actors.map(\.name))")
            for event in draft.events {
                print("  [\(event.source)] \(event.title) | \(event.date?.description ?? "-") (\(event.dateText ?? "")) @\(event.place ?? "-") \(event.participants)")
            }
            if ProcessInfo.processInfo.environment["EVENT_FIGURES"] != nil {
                for figure in draft.figures { print("  # [\(figure.source)] \(figure.value) \(figure.unit ?? "-") — \(figure.about)") }
            }
        }
    }
}

extension EventFinderTests {
    // Throwaway gold harness (EVENT_HARNESS=1; EVENT_DRAFTER=1 to use the whole drafter).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["EVENT_HARNESS"] != nil))
    func goldHarness() throws {
        let goldDir = ProcessInfo.processInfo.environment["EVENT_GOLD"] ?? "/work/shared/gold"
        let articleDir = ProcessInfo.processInfo.environment["EVENT_ARTICLES"] ?? "/work/shared/articles"
        let names = try FileManager.default.contentsOfDirectory(atPath: goldDir).filter { $0.hasSuffix(".json") }.sorted()
        var totalGold = 0, totalFound = 0, totalDated = 0, totalDrafted = 0, totalMatchedDrafted = 0
        for file in names {
            let name = String(file.dropLast(5))
            let data = try Data(contentsOf: URL(fileURLWithPath: goldDir + "/" + file))
            let json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
            let raw = try String(contentsOfFile: "\(articleDir)/\(name).txt", encoding: .utf8)
            let published = (json["published"] as? String).flatMap(BriefingDate.init(parsing:))
            let text = TextSplitter.split(raw)
            var actors: [DraftActor] = []
            var forms: [(String, MentionIndex.Target)] = []
            for actor in json["actors"] as? [[String: Any]] ?? [] {
                let actorName = actor["name"] as! String
                let kind = ActorKind(rawValue: actor["kind"] as? String ?? "other") ?? .other
                let aliases = actor["aliases"] as? [String] ?? []
                actors.append(DraftActor(name: actorName, kind: kind, aliases: aliases))
                for form in [actorName] + aliases { forms.append((form, .actor(actorName))) }
            }
            var places: [DraftPlace] = []
            for place in json["places"] as? [[String: Any]] ?? [] {
                let placeName = place["name"] as! String
                places.append(DraftPlace(name: placeName, kind: PlaceKind(rawValue: place["kind"] as? String ?? "other") ?? .other))
                forms.append((placeName, .place(placeName)))
            }
            let useDrafter = ProcessInfo.processInfo.environment["EVENT_DRAFTER"] != nil
            let events = useDrafter ? Drafter.draft(raw, published: published).events
                : EventFinder.find(in: text, actors: actors, places: places, mentions: Self.mentions(of: forms, in: text), published: published)
            let quiet = ProcessInfo.processInfo.environment["EVENT_QUIET"] != nil
            if !quiet {
                print("===== \(name): \(events.count) drafted")
                for event in events {
                    print("  [\(event.source)] \(event.title) | \(event.date?.description ?? "-") (\(event.dateText ?? "")) @\(event.place ?? "-") \(event.participants)")
                }
            }
            var found = 0, dated = 0
            let goldEvents = json["events"] as? [[String: Any]] ?? []
            let goldSentences = Set(goldEvents.map { $0["sentence"] as! String })
            totalMatchedDrafted += events.filter { goldSentences.contains(text.sentence($0.source)?.text ?? "") }.count
            for event in goldEvents {
                let sentence = event["sentence"] as! String
                let date = event["date"] as? String
                let matches = events.filter { text.sentence($0.source)?.text == sentence }
                let good = matches.contains { $0.date?.description == date }
                if !matches.isEmpty { found += 1 }
                if good { dated += 1 }
                if !quiet {
                    print("  \(matches.isEmpty ? "MISS" : good ? "ok  " : "DATE") \(date ?? "-") \(event["summary"] as! String)\(matches.isEmpty || good ? "" : " — got \(matches.map { $0.date?.description ?? "-" })")")
                }
            }
            print("  \(name): recall \(found)/\(goldEvents.count), right date \(dated)/\(found), drafted \(events.count)")
            totalGold += goldEvents.count; totalFound += found; totalDated += dated; totalDrafted += events.count
        }
        print("TOTAL recall \(totalFound)/\(totalGold), right date \(totalDated)/\(totalFound), drafted \(totalDrafted) (in gold sentences: \(totalMatchedDrafted))")
    }
}
