import BriefingModel
@testable import BriefingDraft
import Testing

/// A count said to be wrong: "the true figure was above 3,000", "the official figures
/// understated the outbreak", and a figure put at a number in a second verb of the same
/// speaker ("said …, and put the number of strikers at fewer than 2,000"). After another
/// actor's count each is a rival count, which denies it. Found by sorting the dispute sides of
/// development set L that were read with the wrong stance. The sentences are invented.
extension DisputeFinderTests {
    @Test func sayingTheTrueFigureDiffersDeniesTheCount() throws {
        let found = disputes("""
            Harbor Watch said 2,100 dock workers had lost their jobs since March. Northland said the true figure was below 900, because most had been moved to other ports.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Harbor Watch", "denies Northland"])
    }

    @Test func sayingTheFiguresUnderstateDeniesTheCount() throws {
        let found = disputes("""
            Northland said 140 people had fallen ill at the port. Harbor Watch said the official figures understated the outbreak.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Northland", "denies Harbor Watch"])
    }

    @Test func aFigurePutInASecondVerbIsARivalCount() throws {
        let found = disputes("""
            Harbor Watch said about 6,000 dock workers had joined the strike. Northland said the strike was illegal and put the number of strikers at fewer than 1,500.
            """)
        let dispute = try #require(found.first)
        #expect(sides(dispute) == ["asserts Harbor Watch", "denies Northland"])
    }

    @Test func aCountCorrectionWithNoCountBeforeItTakesNoSide() {
        // Nothing was counted before: the words answer no one.
        #expect(disputes("""
            Harbor Watch said the strike had closed the port. Northland said the true figure would be known next week.
            """).isEmpty)
        // A figure that is real, not a real figure; and hiding with no count.
        #expect(!PositionFinder.correctsCount(["the", "real", "problem", "is", "the", "port"]))
        #expect(!PositionFinder.correctsCount(["the", "figures", "were", "published", "on", "monday"]))
        #expect(!PositionFinder.correctsCount(["the", "rebels", "were", "hiding", "in", "the", "hills"]))
    }

    @Test func likelyToAppealWithNoObjectDenies() {
        #expect(PositionFinder.containsDenial(["the", "government", "would", "study", "the", "judgment", "but", "was", "likely", "to", "appeal", "."]))
        // An appeal to someone, or for something, is none.
        #expect(!PositionFinder.containsDenial(["she", "would", "appeal", "for", "calm", "."]))
    }
}
