import BriefingModel
@testable import BriefingDraft
import Testing

/// A denial's words hedged make a doubt (Disputes/HedgedDoubts.swift): an absence "so far" or
/// "yet", a check the speaker "could not" make, a count that "might be too high". The plain
/// forms still deny, and "may" about the future without a count judged is no doubt. Found in
/// the wrong stances of `briefing-eval --sides`; sentences invented.
extension DisputeFinderTests {
    @Test func anAbsenceSoFarOrYetDoubts() {
        #expect(stances("Harbor Watch said its inspectors had so far found no evidence that the tanker had dumped oil.") == ["questions Harbor Watch"])
        #expect(stances("Lind said the ministry had no basis yet to say where the cargo came from.") == ["questions Tomas Lind"])
        #expect(stances("Berg said there was no proof at this stage that Southland had moved troops.") == ["questions Anna Berg"])
    }

    @Test func aSpeakerWhoCannotCheckDoubts() {
        #expect(stances("Harbor Watch said it could not verify how many barrels had been spilled.") == ["questions Harbor Watch"])
        #expect(stances("Lind said the ministry was unable to confirm the number of ships detained.") == ["questions Tomas Lind"])
    }

    @Test func aCountThatMightBeOffDoubts() {
        #expect(stances("Harbor Watch said the ministry's total might be too high by a fifth.") == ["questions Harbor Watch"])
        #expect(stances("Berg said the official estimate could prove far too low once the dam is finished.") == ["questions Anna Berg"])
    }

    @Test func plainDenialsAndFutureMaysStayAsTheyWere() {
        // Absence without a hedge denies.
        #expect(stances("Berg said there was no evidence that Northland had sent arms.") == ["denies Anna Berg"])
        #expect(stances("Lind said the claims were baseless and that no evidence had been found so far.") == ["denies Tomas Lind"])
        // A denial about the speaker's own conduct still denies.
        #expect(stances("Southland said it did not send troops across the border.") == ["denies Southland"])
        // "may" about the future, with no count judged, asserts.
        #expect(stances("Berg said prices may be higher next year because of the drought.") == ["asserts Anna Berg"])
        #expect(stances("Harbor Watch said the spill could spread to the northern beaches.") == ["asserts Harbor Watch"])
    }
}

/// A question left open is a doubt: "too early to say", "hard to tell", "the truth was somewhere
/// in between". Sentences invented.
extension DisputeFinderTests {
    @Test func aQuestionLeftOpenDoubts() {
        #expect(stances("Harbor Watch said it was too early to say whether the spill had reached the reef.") == ["questions Harbor Watch"])
        #expect(stances("Lind said it was difficult to determine what had caused the blast at the depot.") == ["questions Tomas Lind"])
        #expect(stances("Harbor Watch said the truth was probably somewhere in between.") == ["questions Harbor Watch"])
    }

    @Test func aHardThingDoneOrADenialIsNoQuestionLeftOpen() {
        #expect(stances("Lind said the talks had been difficult but that a deal was close.") == ["asserts Tomas Lind"])
        #expect(stances("Berg said it was hard to accept the ruling of the court.") != ["questions Anna Berg"])
        #expect(stances("Southland said the report was false and that it was too early to say who had fired.") == ["denies Southland"])
    }
}
