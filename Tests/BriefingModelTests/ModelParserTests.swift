@testable import BriefingModel
import Testing

/// Decoding the model: every field of docs/article-format.md, in each of its forms.
@Suite struct ModelParserTests {
    static let fullArticle = """
        ---
        title: Russia "highly values" North Korea's support, Lavrov says
        published: 2023-10-18
        source: { name: Example Wire, url: https://example.org/story }
        byline: Jane Doe
        summary: One or two sentences.
        draft: true
        actors:
          - id: sergei-lavrov
            name: Sergei Lavrov
            kind: person
            role: Foreign Minister
            affiliation: russia
            aliases: [Lavrov, the foreign minister]
            description: Russia's foreign minister since 2004.
          - russia
          - { id: ria-novosti, name: RIA Novosti, kind: media, aliases: RIA }
        places:
          - id: pyongyang
            name: Pyongyang
            kind: city
            country: north-korea
            aliases: []
          - beijing
        events:
          - id: lavrov-visits-pyongyang
            title: Lavrov begins a two-day visit to Pyongyang
            date: 2023-10-18
            end: 2023-10-19
            place: pyongyang
            participants:
              - sergei-lavrov
              - { actor: north-korea, role: host }
            description: optional text
            source: [p1, p2.s1]
          - id: shells
            title: Russia ramps up shell production
            date: 2023
            source: p9
          - id: summit
            title: Kim travels to Russia
            date: 2023-09
            source: p4
          - id: shipments
            title: Containers shipped by sea
            date: 2023-09-01/2023-10-01
            source: p11
          - id: quoted-year
            title: A quoted year
            date: "2023"
            source: p1
          - id: undated
            title: No date known
            source: p1
          - known-elsewhere
        disputes:
          - id: north-korea-arms-shipments
            question: Is North Korea shipping weapons to Russia?
            status: open
            description: The central question.
            positions:
              - actor: united-states
                stance: asserts
                claim: More than 1,000 containers of munitions were delivered.
                evidence: A graphic provided by the White House.
                source: [p9]
              - actor: kremlin
                stance: denies
                claim: The United States has no evidence.
                source: p14.s2
          - other-dispute
        quotes:
          - speaker: sergei-lavrov
            via: ria-novosti
            text: We highly value your principled, unambiguous support ...
            source: [p3]
          - speaker: kim-jong-un
            text: number one priority
            source: p7
        figures:
          - value: "1,000"
            unit: containers
            about: military equipment and munitions delivered to Russia
            source: [p9]
          - { value: "2.5 million", about: shells, source: p17 }
        ---
        Article text, one paragraph per block.
        """

    static func at(_ line: Int, _ column: Int) -> BriefingModel.SourceLocation {
        BriefingModel.SourceLocation(path: "articles/full.md", line: line, column: column)
    }

    @Test func decodesEveryFieldOfAnArticle() throws {
        let parsed = ModelParser.parseArticle(Self.fullArticle, path: "articles/full.md")
        #expect(parsed.diagnostics == [])
        let article = try #require(parsed.declaration)
        #expect(article.title == #"Russia "highly values" North Korea's support, Lavrov says"#)
        #expect(article.published == BriefingDate(year: 2023, month: 10, day: 18))
        #expect(article.source?.name == "Example Wire")
        #expect(article.source?.url == Located("https://example.org/story", at: Self.at(4, 36)))
        #expect(article.byline == "Jane Doe")
        #expect(article.summary == "One or two sentences.")
        #expect(article.draft == true)
        #expect(parsed.frontMatter?.bodyLine == 87)
        #expect(parsed.frontMatter?.body == "Article text, one paragraph per block.")
    }

    @Test func decodesActors() throws {
        let actors = try #require(ModelParser.parseArticle(Self.fullArticle, path: "articles/full.md").declaration).actors
        #expect(actors.count == 3)
        let lavrov = actors[0]
        #expect(lavrov.id == Located("sergei-lavrov", at: Self.at(9, 9)))
        #expect(lavrov.name == "Sergei Lavrov")
        #expect(lavrov.kind == .person)
        #expect(lavrov.role == "Foreign Minister")
        #expect(lavrov.affiliation == Located("russia", at: Self.at(13, 18)))
        #expect(lavrov.aliases == ["Lavrov", "the foreign minister"])
        #expect(lavrov.description == "Russia's foreign minister since 2004.")
        #expect(lavrov.origin == Self.at(9, 5))

        // A bare id references an actor defined elsewhere.
        let russia = actors[1]
        #expect(russia.id == Located("russia", at: Self.at(16, 5)))
        #expect(russia.name == nil && russia.kind == nil && russia.role == nil && russia.affiliation == nil)
        #expect(russia.aliases == [])

        // `aliases` takes one string as well as a list.
        #expect(actors[2].id.value == "ria-novosti")
        #expect(actors[2].kind == .media)
        #expect(actors[2].aliases == ["RIA"])
    }

    @Test func decodesPlaces() throws {
        let places = try #require(ModelParser.parseArticle(Self.fullArticle, path: "articles/full.md").declaration).places
        #expect(places.count == 2)
        #expect(places[0].id == Located("pyongyang", at: Self.at(19, 9)))
        #expect(places[0].name == "Pyongyang")
        #expect(places[0].kind == .city)
        #expect(places[0].country == Located("north-korea", at: Self.at(22, 14)))
        #expect(places[0].aliases == [])
        #expect(places[1].id == Located("beijing", at: Self.at(24, 5)))
        #expect(places[1].name == nil)
    }

    @Test func decodesEventsWithEveryDateForm() throws {
        let events = try #require(ModelParser.parseArticle(Self.fullArticle, path: "articles/full.md").declaration).events
        #expect(events.map(\.id.value) == ["lavrov-visits-pyongyang", "shells", "summit", "shipments", "quoted-year", "undated", "known-elsewhere"])

        let visit = events[0]
        #expect(visit.title == "Lavrov begins a two-day visit to Pyongyang")
        #expect(visit.date == Located(DateSpan(start: BriefingDate(year: 2023, month: 10, day: 18),
                                               end: BriefingDate(year: 2023, month: 10, day: 19)), at: Self.at(28, 11)))
        #expect(visit.place == Located("pyongyang", at: Self.at(30, 12)))
        // Participants: a bare id, or { actor, role }.
        #expect(visit.participants == [
            Participant(actor: Located("sergei-lavrov", at: Self.at(32, 9)), role: nil),
            Participant(actor: Located("north-korea", at: Self.at(33, 18)), role: "host"),
        ])
        #expect(visit.description == "optional text")
        #expect(visit.source == [
            Located(SourceRef(paragraph: 1), at: Self.at(35, 14)),
            Located(SourceRef(paragraph: 2, sentence: 1), at: Self.at(35, 18)),
        ])

        // `date: 2023` is a YAML number; `source: p9` is one reference, not a list.
        #expect(events[1].date?.value == DateSpan(start: BriefingDate(year: 2023)))
        #expect(events[1].source == [Located(SourceRef(paragraph: 9), at: Self.at(39, 13))])
        #expect(events[2].date?.value == DateSpan(start: BriefingDate(year: 2023, month: 9)))
        #expect(events[3].date?.value == DateSpan(start: BriefingDate(year: 2023, month: 9, day: 1),
                                                  end: BriefingDate(year: 2023, month: 10, day: 1)))
        #expect(events[4].date?.value == DateSpan(start: BriefingDate(year: 2023)))
        #expect(events[5].date == nil)
        #expect(events[6].title == nil && events[6].source == [] && events[6].participants == [])
    }

    @Test func decodesDisputesQuotesAndFigures() throws {
        let article = try #require(ModelParser.parseArticle(Self.fullArticle, path: "articles/full.md").declaration)
        #expect(article.disputes.count == 2)
        let dispute = article.disputes[0]
        #expect(dispute.id.value == "north-korea-arms-shipments")
        #expect(dispute.question == "Is North Korea shipping weapons to Russia?")
        #expect(dispute.status == .open)
        #expect(dispute.description == "The central question.")
        #expect(dispute.positions.count == 2)
        #expect(dispute.positions[0].actor == Located("united-states", at: Self.at(62, 16)))
        #expect(dispute.positions[0].stance == .asserts)
        #expect(dispute.positions[0].claim == "More than 1,000 containers of munitions were delivered.")
        #expect(dispute.positions[0].evidence == "A graphic provided by the White House.")
        #expect(dispute.positions[0].source.map(\.value) == [SourceRef(paragraph: 9)])
        #expect(dispute.positions[1].stance == .denies)
        #expect(dispute.positions[1].evidence == nil)
        #expect(dispute.positions[1].source == [Located(SourceRef(paragraph: 14, sentence: 2), at: Self.at(70, 17))])
        #expect(article.disputes[1].id.value == "other-dispute")
        #expect(article.disputes[1].question == nil && article.disputes[1].positions == [])

        #expect(article.quotes.count == 2)
        #expect(article.quotes[0].speaker == Located("sergei-lavrov", at: Self.at(73, 14)))
        #expect(article.quotes[0].via == Located("ria-novosti", at: Self.at(74, 10)))
        #expect(article.quotes[0].text == "We highly value your principled, unambiguous support ...")
        #expect(article.quotes[0].source.map(\.value) == [SourceRef(paragraph: 3)])
        #expect(article.quotes[1].via == nil)
        #expect(article.quotes[1].source.map(\.value) == [SourceRef(paragraph: 7)])

        #expect(article.figures.count == 2)
        #expect(article.figures[0].value == "1,000")
        #expect(article.figures[0].unit == "containers")
        #expect(article.figures[0].about == "military equipment and munitions delivered to Russia")
        #expect(article.figures[0].source.map(\.value) == [SourceRef(paragraph: 9)])
        #expect(article.figures[1].value == "2.5 million")
        #expect(article.figures[1].unit == nil)
        #expect(article.figures[1].source.map(\.value) == [SourceRef(paragraph: 17)])
    }

    @Test func minimalArticleDefaults() throws {
        let parsed = ModelParser.parseArticle("---\ntitle: T\npublished: 2023-10-18\n---\n", path: "a.md")
        #expect(parsed.diagnostics == [])
        let article = try #require(parsed.declaration)
        #expect(article.draft == false)
        #expect(article.source == nil && article.byline == nil && article.summary == nil)
        #expect(article.actors == [] && article.places == [] && article.events == [])
        #expect(article.disputes == [] && article.quotes == [] && article.figures == [])
    }

    @Test func emptySectionsAreAllowed() throws {
        let parsed = ModelParser.parseArticle("---\ntitle: T\npublished: 2023-10-18\nactors:\nevents: []\n---\n", path: "a.md")
        #expect(parsed.diagnostics == [])
        #expect(parsed.declaration?.actors == [])
        #expect(parsed.declaration?.events == [])
    }

    @Test func oneBadItemDoesNotHideTheOthers() {
        let text = """
            ---
            title: T
            published: 2023-10-18
            actors:
              - { id: a, kind: persn }
              - { id: b, kind: robot }
            events:
              - { id: e, title: E, date: 2023-13, source: p1 }
            ---
            Body.
            """
        let parsed = ModelParser.parseArticle(text, path: "a.md")
        #expect(parsed.diagnostics.map(\.description) == [
            "a.md:5:20: error: unknown actor kind 'persn' (did you mean 'person'?); expected one of person, organization, country, media, group, other",
            "a.md:6:20: error: unknown actor kind 'robot'; expected one of person, organization, country, media, group, other",
            "a.md:8:30: error: '2023-13' is not a date; write YYYY, YYYY-MM, YYYY-MM-DD or a range START/END",
        ])
        // The header is fine, so the article is still there, without the bad items.
        #expect(parsed.declaration?.actors == [])
        #expect(parsed.declaration?.events == [])
    }

    @Test func publishedMustBeAFullDate() {
        for (value, shown) in [("2023", "2023"), ("2023-10", "2023-10"), ("\"18 October 2023\"", "18 October 2023")] {
            let parsed = ModelParser.parseArticle("---\ntitle: T\npublished: \(value)\n---\n", path: "a.md")
            // The items are still checked behind a stand-in header; the run fails on this error.
            #expect(parsed.declaration?.title == "")
            #expect(parsed.diagnostics.map(\.description) == ["a.md:3:12: error: 'published' must be a full date YYYY-MM-DD, not '\(shown)'"])
        }
    }

    // MARK: Definition files and briefing.yml

    @Test func definitionTakesItsIDFromTheFileName() throws {
        let parsed = ModelParser.parseDefinition(ActorDeclaration.self, text: "name: Russia\nkind: country\naliases: [Moscow]\n",
                                                 path: "actors/russia.yml", id: "russia")
        #expect(parsed.diagnostics == [])
        let actor = try #require(parsed.value)
        #expect(actor.id.value == "russia")
        #expect(actor.name == "Russia")
        #expect(actor.kind == .country)
        #expect(actor.aliases == ["Moscow"])
        #expect(actor.origin.path == "actors/russia.yml")
    }

    @Test func definitionMayRepeatItsID() {
        let parsed = ModelParser.parseDefinition(PlaceDeclaration.self, text: "id: seoul\nname: Seoul\n", path: "places/seoul.yml", id: "seoul")
        #expect(parsed.diagnostics == [])
        #expect(parsed.value?.id.value == "seoul")
        #expect(parsed.value?.name == "Seoul")
    }

    @Test func siteConfig() throws {
        let parsed = ModelParser.parseConfig("title: Russia and North Korea\ndescription: A briefing.\nlanguage: fr\nbase_url: https://example.org/briefing/\n", path: "briefing.yml")
        #expect(parsed.diagnostics == [])
        #expect(parsed.value == SiteConfig(title: "Russia and North Korea", description: "A briefing.", language: "fr",
                                           baseURL: "https://example.org/briefing/"))
        let minimal = ModelParser.parseConfig("title: T\n", path: "briefing.yml")
        #expect(minimal.value == SiteConfig(title: "T"))
        #expect(minimal.value?.language == "en")
    }

    @Test func aliasesWithinTheBudgetAreFine() throws {
        // Ordinary anchors and aliases are allowed as long as they do not multiply content.
        let text = "---\ntitle: &t Shared\npublished: 2023-10-18\nsummary: *t\n---\n"
        let parsed = ModelParser.parseArticle(text, path: "a.md")
        #expect(parsed.diagnostics == [])
        #expect(parsed.declaration?.summary == "Shared")
    }

    @Test func aliasBombIsRefusedFast() {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        let yaml = lines.joined(separator: "\n")
        let clock = ContinuousClock()
        var refused: Diagnostic?
        let elapsed = clock.measure {
            if case .failure(let diagnostic) = YAMLDocument.compose(yaml, path: "bomb.yml", firstLine: 2) { refused = diagnostic }
        }
        #expect(elapsed < hangLimit(1))
        guard let diagnostic = refused else {
            Issue.record("an alias bomb was accepted")
            return
        }
        #expect(diagnostic.description == "bomb.yml:2:1: error: YAML expands to more than 100000 nodes through aliases; aliases are not allowed to multiply content")
    }

    /// Yams hashes mapping keys while composing, so an alias bomb used as a key (found by
    /// the front-matter fuzzer) would hang before the node budget is counted.
    @Test(arguments: ["[*a8, *a8: x]", "{*a8 : x}", "{[*a8]: x}", "\n  ? *a8\n  : x", "[*a8,*a8:8]", "{*a8:x}", "[[*a8]:x]"])
    func aliasBombAsAKeyIsRefusedFast(_ keyUse: String) {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...8 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        lines.append("a9: " + keyUse)
        let clock = ContinuousClock()
        var refused: Diagnostic?
        let elapsed = clock.measure {
            if case .failure(let diagnostic) = YAMLDocument.compose(lines.joined(separator: "\n"), path: "bomb.yml", firstLine: 2) { refused = diagnostic }
        }
        #expect(elapsed < hangLimit(1))
        #expect(refused?.description == "bomb.yml:2:1: error: YAML uses an alias or a list or mapping as a key, in a file with aliases; keys must be plain text")
    }

    @Test func keysThatOnlyLookLikeAliasesAreFine() {
        // Without aliases, a colon after an asterisk or a bracket is text, and a key is a word.
        let text = "---\ntitle: \"*Note*: [draft]: x\"\npublished: 2023-10-18\n---\n"
        let parsed = ModelParser.parseArticle(text, path: "a.md")
        #expect(parsed.diagnostics == [])
        #expect(parsed.declaration?.title == "*Note*: [draft]: x")
    }

}
