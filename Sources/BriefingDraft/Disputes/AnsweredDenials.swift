import BriefingModel

/// Words that turn a denial round or leave it open, read from the statement's words alone:
/// - "said China's denial was “an insult”", "the group's denials were lies": a denial owned by
///   another is what the speaker answers, so the word does not make the speaker deny;
/// - "“The evidence shows a system, not an accident”": a correction that sets aside an excuse
///   (accident, mistake, coincidence) keeps the charge, where "a quarrel, not the strike" denies;
/// - "accused the opposition of “inventing a scandal”": an accusation of making the claim up
///   denies the claim, where "accused X of bribery" asserts one;
/// - "said Moscow's denial was not credible": a denial said to fail is no denial by the speaker
///   (`negatesReportedClause` passes over a clause whose subject is a denial).
extension PositionFinder {
    /// "denial" or "rejection" after a possessive that is not the speaker's own pronoun.
    static func answersOthersDenial(_ lowers: [String], at index: Int) -> Bool {
        guard ["denial", "denials", "rejection"].contains(lowers[index]), index > 0 else { return false }
        let before = lowers[index - 1]
        // "the rebels' denial": the apostrophe is a token of its own.
        if before == "'", index > 1, lowers[index - 2].hasSuffix("s") { return true }
        return before.hasSuffix("'s")
    }

    static let excuseNouns: Set<String> = ["accident", "accidents", "mistake", "mistakes", "error", "errors", "coincidence",
                                           "oversight", "misunderstanding", "glitch", "mishap"]

    /// ", not an accident", ", not a mistake", ", not bad luck": the words after "not" name an excuse.
    static func negatesExcuse(_ lowers: [String], after not: Int) -> Bool {
        lowers[(not + 1)..<min(lowers.count, not + 4)].contains(where: excuseNouns.contains)
    }

    static let inventingVerbs: Set<String> = ["inventing", "fabricating", "concocting", "manufacturing", "making", "faking"]

    /// "accused X of inventing …", "accuses them of making up …": within the accusation, "of" then a verb of invention.
    static func accusesOfInventing(_ lowers: [String], after cue: Int) -> Bool {
        guard cue >= 0, cue < lowers.count else { return false }
        let window = lowers[(cue + 1)..<min(lowers.count, cue + 12)]
        guard let of = window.firstIndex(of: "of") else { return false }
        for k in (of + 1)..<min(lowers.count, of + 3) where inventingVerbs.contains(lowers[k]) {
            if lowers[k] != "making" || (k + 1 < lowers.count && lowers[k + 1] == "up") { return true }
        }
        return false
    }
}
