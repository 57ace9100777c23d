import BriefingModel
@testable import BriefingDraft
import Testing

/// A hand-made name stage for stage tests: every given name or alias found in the text at
/// word boundaries (longest first) becomes a mention of its actor.
struct MentionFixture {
    var text: DraftText
    var actors: [DraftActor]
    var mentions: MentionIndex

    init(_ raw: String, _ actors: [DraftActor]) {
        text = TextSplitter.split(raw)
        self.actors = actors
        var forms: [(form: [UInt8], actor: String)] = []
        for actor in actors {
            for form in [actor.name] + actor.aliases { forms.append((Array(form.utf8), actor.name)) }
        }
        forms.sort { $0.form.count > $1.form.count }
        var index = MentionIndex()
        for sentence in text.sentences {
            let bytes = Array(sentence.text.utf8)
            var taken = Array(repeating: false, count: bytes.count)
            var found: [MentionIndex.Mention] = []
            for (form, actor) in forms where !form.isEmpty && form.count <= bytes.count {
                var start = 0
                while start + form.count <= bytes.count {
                    if Array(bytes[start..<(start + form.count)]) == form,
                       !taken[start..<(start + form.count)].contains(true),
                       start == 0 || !MentionFixture.isWordByte(bytes[start - 1]),
                       start + form.count == bytes.count || !MentionFixture.isWordByte(bytes[start + form.count]) {
                        for offset in start..<(start + form.count) { taken[offset] = true }
                        found.append(.init(target: .actor(actor), sentence: sentence.ref, range: start..<(start + form.count),
                                           surface: String(decoding: form, as: UTF8.self)))
                        start += form.count
                    } else {
                        start += 1
                    }
                }
            }
            for mention in found.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) { index.add(mention) }
        }
        mentions = index
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80 && byte != 0xE2
    }

    var quotes: [DraftQuote] { QuoteFinder.find(in: text, actors: actors, mentions: mentions) }
}

func person(_ name: String, _ aliases: String..., role: String? = nil) -> DraftActor {
    DraftActor(name: name, kind: .person, role: role, aliases: aliases)
}

func organization(_ name: String, _ aliases: String..., kind: ActorKind = .organization) -> DraftActor {
    DraftActor(name: name, kind: kind, aliases: aliases)
}

func pairs(_ quotes: [DraftQuote]) -> [String] {
    quotes.map { "\($0.speaker ?? "-"): \($0.text)" + ($0.via.map { " via \($0)" } ?? "") }
}

@Suite struct QuoteFinderTests {
    let actors = [
        person("Anna Berg", "Berg", role: "Foreign Minister"),
        person("Tomas Lind", "Lind", role: "spokesman"),
        organization("Ministry of Trade", "the ministry"),
        organization("Northland", kind: .country),
        organization("Southland", "Southport", kind: .country),
        organization("Harbor Watch"),
        organization("NTA", kind: .media),
    ]

    func quotes(_ raw: String) -> [String] { pairs(MentionFixture(raw, actors).quotes) }

    @Test func subjectSaidAfterQuote() {
        #expect(quotes("“We will not back down,” Berg said.") == ["Anna Berg: We will not back down"])
    }

    @Test func saidSubjectAfterQuote() {
        #expect(quotes("“Talks are over,” said Foreign Minister Anna Berg.") == ["Anna Berg: Talks are over"])
    }

    @Test func toldReportersWithTitleChain() {
        #expect(quotes("“They report this every week,” Southland ministry spokesman Tomas Lind told reporters.")
            == ["Tomas Lind: They report this every week"])
    }

    @Test func accordingTo() {
        #expect(quotes("The port is “fully closed”, according to Harbor Watch.") == ["Harbor Watch: fully closed"])
    }

    @Test func quotedAsSayingByMedium() {
        #expect(quotes("“We value your support,” Berg was quoted as saying by Northland’s NTA news agency.")
            == ["Anna Berg: We value your support via NTA"])
    }

    @Test func mediumQuotedSpeaker() {
        #expect(quotes("NTA quoted Berg as saying the deal was “dead”.") == ["Anna Berg: dead via NTA"])
    }

    @Test func saidInAStatement() {
        #expect(quotes("“The measures are unlawful,” the Ministry of Trade said in a statement.")
            == ["Ministry of Trade: The measures are unlawful"])
    }

    @Test func quoteSplitByItsAttribution() {
        #expect(quotes("“Their goal is clear,” Lind said, “to create a conflict in the region.”")
            == ["Tomas Lind: Their goal is clear", "Tomas Lind: to create a conflict in the region"])
    }

    @Test func quoteSplitAcrossSentences() {
        #expect(quotes("“Their goal is clear,” Lind said. “They want a conflict.”")
            == ["Tomas Lind: Their goal is clear", "Tomas Lind: They want a conflict"])
    }

    @Test func multiSentenceQuoteIsOneEntry() {
        let fixture = MentionFixture("“We came here. We talked. We left,” Berg said.", actors)
        #expect(pairs(fixture.quotes) == ["Anna Berg: We came here. We talked. We left"])
        #expect(fixture.quotes.first?.source == SourceRef(paragraph: 1, sentence: 1))
    }

    @Test func pronounResolvesToThePersonBefore() {
        #expect(quotes("Foreign Minister Anna Berg arrived in Southport on Monday.\n“We ask for calm,” he said.")
            == ["Anna Berg: We ask for calm"])
    }

    @Test func unattributedQuoteParagraphContinuesThePreviousQuote() {
        #expect(quotes("“We ask for calm,” Berg said.\n“We again offer dialogue.”")
            == ["Anna Berg: We ask for calm", "Anna Berg: We again offer dialogue"])
    }

    @Test func speakerNamedInTheSentenceBefore() {
        #expect(quotes("Berg told reporters in Southport:\n“The border stays open.”")
            == ["Anna Berg: The border stays open"])
    }

    @Test func fragmentAfterReportingVerb() {
        #expect(quotes("Lind said the process was “not perfect” and could take years.") == ["Tomas Lind: not perfect"])
    }

    @Test func fragmentInReportedSpeechWithTailAttribution() {
        #expect(quotes("Northland “highly values” the support, Foreign Minister Anna Berg said on Wednesday.")
            == ["Anna Berg: highly values"])
    }

    @Test func fragmentAfterCharacterisingVerb() {
        #expect(quotes("Berg, guest of honour at a forum on Lind’s plans, hailed Lind as an “old friend”.")
            == ["Anna Berg: old friend"])
    }

    @Test func participleTakesTheMainSubject() {
        #expect(quotes("Northland banned the exporter in May, claiming to have found “excessive weed seeds”.")
            == ["Northland: excessive weed seeds"])
    }

    @Test func relativeClauseSubject() {
        #expect(quotes("The claims were denied by Southland, which has urged Northland to “come to the table”.")
            == ["Southland: come to the table"])
    }

    @Test func definiteDescriptionResolvesToTheLatestFittingActor() {
        #expect(quotes("Harbor Watch released images of the port.\nThe traffic “likely indicates a build-up,” the group said in its report.")
            == ["Harbor Watch: likely indicates a build-up"])
    }

    @Test func pronounInsideTheSentence() {
        #expect(quotes("Harbor Watch released images showing what they termed an “unprecedented” build-up.")
            == ["Harbor Watch: unprecedented"])
    }

    @Test func unnamedSpokespersonFoldsIntoTheOrganisation() {
        #expect(quotes("Trade was “disrupted”, a spokesperson for the Ministry of Trade said.") == ["Ministry of Trade: disrupted"])
    }

    @Test func scareQuoteHasNoSpeaker() {
        #expect(quotes("Both countries will be “forced to engage” in talks over the coming months.") == ["-: forced to engage"])
    }

    @Test func nestedQuoteStaysInside() {
        #expect(quotes("“They call it a ‘special operation’, but it is a war,” Berg said.")
            == ["Anna Berg: They call it a ‘special operation’, but it is a war"])
    }

    @Test func straightAndSingleQuotes() {
        #expect(quotes("Berg said the offer was \"not serious\".") == ["Anna Berg: not serious"])
        #expect(quotes("Northland’s leaders said the move was 'strongly regrettable'.") == ["Northland: strongly regrettable"])
    }

    @Test func apostrophesAreNotQuotes() {
        #expect(quotes("Northland’s ministers met the countries’ envoys and didn't comment.").isEmpty)
    }

    @Test func quoteRunningIntoTheNextParagraph() {
        let found = quotes("Berg said: “We will hold talks.\n“We will not give up.”")
        #expect(found == ["Anna Berg: We will hold talks", "Anna Berg: We will not give up"])
    }

    @Test func askedQuestionAttribution() {
        #expect(quotes("“Why now?” Lind asked.") == ["Tomas Lind: Why now?"])
    }

    @Test func mediumReportedAtTheEnd() {
        #expect(quotes("“We are ready,” Berg said, NTA reported.") == ["Anna Berg: We are ready via NTA"])
    }

    @Test func sourceIsTheSentenceOfTheOpeningMark() {
        let fixture = MentionFixture("Talks resumed. Berg said it was “a good day”.", actors)
        #expect(fixture.quotes.map(\.source) == [SourceRef(paragraph: 1, sentence: 2)])
    }

    @Test func emptyAndOddInput() {
        #expect(quotes("").isEmpty)
        #expect(quotes("“").isEmpty)
        #expect(quotes("”Berg said“ \" ' ‘ ’").count <= 2)
    }
}
