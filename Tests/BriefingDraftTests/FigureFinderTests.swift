import BriefingModel
@testable import BriefingDraft
import Testing

@Suite struct FigureFinderTests {
    private func figures(_ sentence: String) -> [String] {
        FigureFinder.find(in: sentence).map { "\($0.value) | \($0.unit ?? "-") | \($0.about)" }
    }

    @Test func countedThingsOfSomethingWithTheirVerb() {
        #expect(figures("North Korea has delivered more than 1,000 containers of military equipment and munitions to Russia.")
            == ["1,000 | containers | military equipment and munitions delivered"])
        #expect(figures("Authorities arrested 41 election monitors from local organizations.") == ["41 | monitors | election monitors arrested"])
        #expect(figures("Russia said it was expelling five Portuguese diplomats.") == ["five | diplomats | Portuguese diplomats expelled"])
    }

    @Test func aTimeAdverbAfterTheCountedNounIsNotItsUnit() {
        #expect(figures("Police arrested 40 people late on Tuesday.") == ["40 | people | people arrested"])
        #expect(figures("Rebels freed 12 hostages early this morning.") == ["12 | hostages | hostages freed"])
        #expect(figures("The firm paid 30 late fees.") == ["30 | fees | late fees paid"])
    }

    @Test func countsThatAreTheObjectOfAMeasure() {
        #expect(figures("The United States imposed sanctions on nearly 400 individuals and companies suspected of aiding Russia.")
            == ["400 | individuals and companies | sanctions on individuals and companies"])
    }

    @Test func distancesAndTheirConversion() {
        #expect(figures("They were delivered to a depot about 290 kilometers (180 miles) from the Ukrainian border.")
            == ["290 | kilometers | distance from the Ukrainian border"])
        #expect(figures("The bomber landed at an air base about 100 kilometers south of Seoul.") == ["100 | kilometers | distance south of Seoul"])
        #expect(figures("The missiles flew about 370 km before falling into the sea.") == ["370 | km | distance flown"])
        #expect(figures("It has a 290-kilometre range.") == ["290 | kilometre | range"])
    }

    @Test func percentages() {
        #expect(figures("Beijing slapped an 80.5 per cent tariff on Australian barley in May.") == ["80.5 | per cent | tariff on Australian barley"])
        #expect(figures("He was re-elected with 52.6% of the vote.") == ["52.6 | % | share of the vote"])
        #expect(figures("Turnout was 61 percent, officials said.") == ["61 | percent | Turnout"])
    }

    @Test func money() {
        #expect(figures("Washington pledged $2 billion in military aid.") == ["2 billion | dollars | military aid"])
        #expect(figures("Canberra announced an A$500 million package.") == ["500 million | Australian dollars | package"])
        #expect(figures("Europe bought €3 billion worth of gas.") == ["3 billion | euros | gas"])
        #expect(figures("The deal is worth 20 billion yuan.") == ["20 billion | yuan | deal"])
    }

    @Test func aUnitNamedEarlierInTheSentence() {
        #expect(figures("Russia has ramped up production of shells this year to a forecast of 2.5 million.")
            == ["2.5 million | shells | production of shells forecast"])
    }

    @Test func numbersThatAreNotFigures() {
        #expect(figures("It was the first landing since at least 2000, when records began.").isEmpty)
        #expect(figures("Containers were shipped between Sept. 1 and Oct. 1.").isEmpty)
        #expect(figures("A U.S. B-52 bomber landed at Cheongju Airport.").isEmpty)
        #expect(figures("The 62-year-old began a two-day visit on the 1st of May.").isEmpty)
        #expect(figures("The missiles were fired at around 7:40 a.m. local time.").isEmpty)
        #expect(figures("The drills, dubbed Freedom Shield 23, began on Monday.").isEmpty)
        #expect(figures("The two sides met for three days.").isEmpty)
        #expect(figures("Diallo has eight days to file his complaints.").isEmpty)
        #expect(figures("").isEmpty)
    }

    @Test func figuresPointToTheirSentence() {
        let text = TextSplitter.split("Trains at the border\n\nA first paragraph.\n\nWeapons transfers\n\nNorth Korea delivered 1,000 containers. Officials counted 12 trains.\n\nNothing here.")
        let found = FigureFinder.find(in: text)
        #expect(found.map(\.value) == ["1,000", "12"])
        #expect(found.map(\.source) == [SourceRef(paragraph: 3, sentence: 1), SourceRef(paragraph: 3, sentence: 2)])
    }

    @Test func runOnTextIsReadInWindows() {
        let text = String(repeating: "officials counted 12 trains and 40 trucks near the border ", count: 2000)
        #expect(FigureFinder.find(in: text).count == 4000)
    }
}
