import BriefingModel
import Testing

/// Sentence numbering decides what `pN.sM` points at; the paragraphs below are from the
/// example article (Site/articles/lavrov-pyongyang.md), each one sentence long.
@Suite struct SentencesTests {
    @Test(arguments: [
        // Abbreviated months followed by numbers.
        "According to a graphic provided by the White House, a load of containers was shipped by sea from North Korea to Russia between Sept. 1 and Oct. 1.",
        // A dotted abbreviation followed by a capitalised word.
        "A U.S. B-52 bomber capable of carrying nuclear weapons landed Tuesday at Cheongju Airport, about 100 kilometers south of Seoul, Yonhap news agency reported.",
        // A decimal.
        "While Russia has ramped up production of shells this year to a forecast of 2.5 million, analysts have suggested that could fall short of its needs on the battlefield.",
        // A quotation ending in a comma, then its attribution.
        "“We highly value your principled, unambiguous support for Russia’s actions in connection with the special military operation in Ukraine,” Lavrov was quoted as saying by Russia’s RIA news agency.",
        "“They report this all the time, without providing any proof,” Kremlin spokesman Dmitry Peskov told Russian news agencies when asked about the reported arms shipments.",
        // The closing quotation mark after the final period belongs to the sentence.
        "Kim had traveled to Russia aboard a specially built bulletproof train for his face-to-face meeting with Putin, declaring bilateral ties with Moscow were his country’s “number one priority.”",
        "North Korea is a mass producer of conventional weaponry and known to be sitting on large stocks of Soviet-era war material — albeit in unknown condition.",
        "While B-52s have previously taken part in joint exercises over the peninsula, it marked the first time one has landed in the country since at least 2000, when such record-keeping began.",
    ])
    func oneSentenceParagraphsOfTheExampleArticle(_ paragraph: String) {
        #expect(Sentences.split(paragraph) == [paragraph])
    }

    @Test func splitsAtSentenceEnds() {
        #expect(Sentences.split("Lavrov arrived. Kim met him! Was it planned? Nobody said.")
            == ["Lavrov arrived.", "Kim met him!", "Was it planned?", "Nobody said."])
    }

    @Test func aQuotationSpanningSentences() {
        // A sentence inside a quotation counts; closing marks stay with their sentence.
        #expect(Sentences.split("“We came. We saw.” Then he left.") == ["“We came.", "We saw.”", "Then he left."])
        #expect(Sentences.split("“We came. We saw,” he said. Then he left.") == ["“We came.", "We saw,” he said.", "Then he left."])
        #expect(Sentences.split("He said: “It is over.” Nobody replied.") == ["He said: “It is over.”", "Nobody replied."])
        #expect(Sentences.split("(It rained.) Then it stopped.") == ["(It rained.)", "Then it stopped."])
    }

    @Test func abbreviationsAndInitials() {
        #expect(Sentences.split("Mr. Kim met J. Smith at 3 p.m. local time. They talked.")
            == ["Mr. Kim met J. Smith at 3 p.m. local time.", "They talked."])
        #expect(Sentences.split("Gen. Lee and Dr. Park arrived on Jan. 5. Talks began.")
            == ["Gen. Lee and Dr. Park arrived on Jan. 5.", "Talks began."])
        #expect(Sentences.split("It was sent to the U.S. Navy.") == ["It was sent to the U.S. Navy."])
    }

    @Test func aLowercaseWordDoesNotStartASentence() {
        #expect(Sentences.split("The figure is approx. two thousand.") == ["The figure is approx. two thousand."])
        #expect(Sentences.split("It rose. and fell.") == ["It rose. and fell."])
    }

    @Test func numbersAndEllipses() {
        #expect(Sentences.split("It happened in 2023. 2024 was calmer.") == ["It happened in 2023.", "2024 was calmer."])
        #expect(Sentences.split("It ended... Then it began.") == ["It ended...", "Then it began."])
        #expect(Sentences.split("Version 2.5.1 shipped.") == ["Version 2.5.1 shipped."])
    }

    @Test func whitespaceAndEmpty() {
        #expect(Sentences.split("") == [])
        #expect(Sentences.split("   \n ") == [])
        #expect(Sentences.split("  One.\n  Two.  ") == ["One.", "Two."])
        #expect(Sentences.split("No final stop") == ["No final stop"])
    }

    @Test func commonWordsThatLookLikeAbbreviations() {
            #expect(Sentences.split("He said no. Russia denied it.") == ["He said no.", "Russia denied it."])
            #expect(Sentences.split("They sat. Nobody spoke.") == ["They sat.", "Nobody spoke."])
    }
}
