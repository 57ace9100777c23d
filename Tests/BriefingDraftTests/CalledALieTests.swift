@testable import BriefingDraft
import Testing

/// "The union said the minister was lying": the other side's account called a lie denies it.
/// Sentences are invented.
extension DisputeFinderTests {
    @Test func anAccountCalledALieIsDenied() {
        #expect(stances("Harbor Watch said the ministry was lying.") == ["denies Harbor Watch"])
        #expect(stances("Harbor Watch said Southland had lied to the public about the spill.") == ["denies Harbor Watch"])
        let found = disputes("""
            Anna Berg said the port had been inspected every month.
            Harbor Watch said Berg was lying.
            """)
        #expect(found.first.map(sides) == ["asserts Anna Berg", "denies Harbor Watch"])
    }

    @Test func lyingThatPlacesAThingDeniesNothing() {
        #expect(stances("Harbor Watch said the tanker was seen lying off the coast of Southland.") == ["asserts Harbor Watch"])
        #expect(stances("Harbor Watch said the wreck lying in the bay had leaked oil.") == ["asserts Harbor Watch"])
    }
}

/// "The front called his remarks “an insult to the families of the dead”": an insult names
/// what was said as wrong. Sentences are invented.
extension DisputeFinderTests {
    @Test func remarksCalledAnInsultAreDenied() {
        let found = disputes("""
            Anna Berg blamed "radical groups financed from abroad" for the violence.
            Harbor Watch called her remarks "an insult to the families of the dead."
            """)
        #expect(found.first.map(sides) == ["asserts Anna Berg", "denies Harbor Watch"])
    }
}
