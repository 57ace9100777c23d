import BriefingModel
@testable import BriefingDraft
import Testing

/// Doubt and denial carried by an idiom of wire copy, not a verb: each reading with sentences it
/// must read and sentences, close in form, it must leave as assertions. Every sentence invented.
@Suite struct IdiomStanceTests {
    /// The statement's words as the position finder sees them: lower case, commas and quotation
    /// marks as tokens of their own.
    static func lowers(_ statement: String) -> [String] {
        var spaced = statement.lowercased()
        for mark in [",", "\u{201C}", "\u{201D}", "\"", ";", ":"] {
            spaced = spaced.replacingOccurrences(of: mark, with: " \(mark == "\u{201C}" || mark == "\u{201D}" ? "\"" : mark) ")
        }
        if spaced.hasSuffix(".") { spaced.removeLast() }
        return spaced.split(separator: " ").map(String.init)
    }

    @Test(arguments: [
        "If they have 41,000 names, we would like to see them",
        "if the opposition has such a list, we would be glad to see it",
        "Let them show the videos to the courts",
        "let him prove it",
        "If the federation has measurements, let it publish them",
        "without new measures, reaching 4.1 percent would take a small miracle",
        "hitting the target would require a miracle",
        "it would take \u{201C}something close to a miracle\u{201D} for the dam to halve the river",
        "the claim was hard to believe",
        "it is difficult to believe that anyone was struck off",
        "whether anyone was removed at all remains to be seen",
        "whether the tanker really crossed the line remains to be seen",
        "The slowdown in wages is real, but the timing is convenient",
        "the shortage may be genuine, but the motive is political",
        "The fires are real, but the link to our heaters is pure speculation",
        "A man who is trying to save himself will say whatever the prosecution needs",
        "its observers had seen no ballot stuffing at the 120 stations they visited",
        "monitors observed no irregularities",
        "the ministry's figures should be treated with caution",
        "the official count has to be taken with a grain of salt",
    ]) func doubtInIdiom(_ statement: String) {
        #expect(PositionFinder.doubtsInIdiom(Self.lowers(statement)))
    }

    @Test(arguments: [
        // A hope, a grant, a hedge about the future: no doubt of anything claimed.
        "if the talks succeed, we would like to see a deal by June",
        "we would like to see more investment in the north",
        "let them decide for themselves",
        "how the markets will react remains to be seen",
        "whether the talks will succeed remains to be seen",
        "the threat is real, but we are prepared",
        "it was a miracle nobody died",
        "the rescue of the miners was nothing short of a miracle",
        "the drivers were told to treat the mountain road with caution",
        "the explosives were handled with caution",
        "he said whatever happened, the plant would stay open",
        "the company will say more next week",
    ]) func noDoubtInIdiom(_ statement: String) {
        #expect(!PositionFinder.doubtsInIdiom(Self.lowers(statement)))
    }

    @Test(arguments: [
        "aerial surveys had shown the slick drifting south and \u{201C}nowhere near\u{201D} Merrow's waters",
        "the real figure was nowhere near 41,000",
        "her crews had seen no sign of oil east of the pipeline",
        "the navy's divers observed no damage to the cable",
        "there was no sign of oil off the coast",
        "the samples showed no trace of the toxin",
    ]) func denialInIdiom(_ statement: String) {
        #expect(PositionFinder.deniesInIdiom(Self.lowers(statement)))
    }

    @Test(arguments: [
        "the two sides were nowhere near a deal",
        "the aid was nowhere near enough",
        "talks are nowhere near finished",
        "no decision had been taken on new spending cuts",
        "crews had seen the slick from the air",
        "the ministry recorded no new cases",
        "its observers had seen no ballot stuffing",
        "the fighting shows no sign of easing",
        "rescuers found the boat but there is no sign",
    ]) func noDenialInIdiom(_ statement: String) {
        #expect(!PositionFinder.deniesInIdiom(Self.lowers(statement)))
    }

    static let actors = [
        organization("Valdoria", kind: .country),
        organization("Civic Union"),
        organization("Electoral Commission", "commission"),
        DraftActor(name: "Mira Dobrev", kind: .person, role: "spokeswoman", affiliation: "Electoral Commission", aliases: ["Dobrev"]),
        organization("Castria", kind: .country),
        organization("Merrow", kind: .country),
        DraftActor(name: "Lena Orsk", kind: .person, role: "commander", affiliation: "Castria", aliases: ["Orsk"]),
        DraftActor(name: "Ivana Kest", kind: .person, role: "analyst", affiliation: nil, aliases: ["Kest"]),
        organization("Korsa Central Bank", "central bank"),
    ]

    static func disputes(_ raw: String) -> [[String]] {
        let fixture = MentionFixture(raw, actors)
        return DisputeFinder.find(in: fixture.text, actors: fixture.actors, mentions: fixture.mentions)
            .map { $0.sides.map { "\($0.stance.rawValue) \($0.actor)" } }
    }

    typealias Case = DisputeProbeTests.Case

    /// Probe passages in wire form: a claim, then the answer in an idiom.
    static let passages: [Case] = [
        Case(name: "conditional challenge in a quote", text: """
            The Civic Union said on Tuesday that about 41,000 of its supporters had been struck from the electoral rolls.

            "If they have 41,000 names, we would like to see them," commission spokeswoman Mira Dobrev said on Wednesday.
            """, sides: ["asserts Civic Union", "questions Mira Dobrev"]),
        Case(name: "concession turned, said by an analyst", text: """
            The central bank said on Wednesday that wage growth was already slowing and inflation would fall back to target.

            "The slowdown in wages is real, but the timing is convenient," said Ivana Kest, an analyst at Harbour Securities.
            """, sides: ["asserts Korsa Central Bank", "questions Ivana Kest"]),
        Case(name: "witness saw nothing", text: """
            Merrow said on Monday that a fuel slick from a damaged Castria pipeline had reached its territorial waters.

            Castrian coast guard commander Lena Orsk said her crews had seen no sign of oil east of the pipeline.
            """, sides: ["asserts Merrow", "denies Lena Orsk"]),
        Case(name: "place out of reach in scare quotes", text: """
            Merrow said on Monday that a fuel slick from a damaged Castria pipeline had reached its territorial waters.

            Castria said aerial surveys had shown the slick drifting south and "nowhere near" Merrow's waters.
            """, sides: ["asserts Merrow", "denies Castria"]),
        Case(name: "dare to show, opened by 'let them'", text: """
            Merrow said on Monday that about 200 soldiers from Castria had crossed into the Ashet valley and set up a camp.

            "Let them show the camp to the journalists," Castrian commander Lena Orsk said.
            """, sides: ["asserts Merrow", "questions Lena Orsk"]),
        Case(name: "the thing claimed found absent", text: """
            Merrow said on Monday that a fuel slick from a damaged Castria pipeline had reached its territorial waters.

            Castrian commander Lena Orsk said there was no sign of oil east of the pipeline.
            """, sides: ["asserts Merrow", "denies Lena Orsk"]),
        Case(name: "a plain hope is no side", text: """
            Merrow said on Monday that talks with Castria on the Ashet valley would resume in June.

            "If the talks go well, we would like to see a deal by the autumn," Castrian commander Lena Orsk said.
            """, sides: []),
    ]

    @Test(arguments: passages) func passage(_ probe: Case) {
        DisputeProbeTests.check(probe, drafted: Self.disputes(probe.text))
    }
}
