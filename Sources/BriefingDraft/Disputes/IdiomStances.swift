import BriefingModel

/// Doubt and denial that wire copy carries in an idiom rather than a verb of doubting or
/// denying: "if they have the names, we would like to see them", "would take a miracle",
/// "is real, but the timing is convenient", "nowhere near our waters", "had seen no ballot
/// stuffing". Each reading is narrow on purpose: the same words also hedge about the future
/// or state a plain fact, and those must stay assertions.
extension PositionFinder {
    /// Doubt said as a challenge, the improbable, or a concession turned.
    static func doubtsInIdiom(_ lowers: [String]) -> Bool {
        lowers.indices.contains { index in
            challengesToShow(lowers, at: index) || callsImprobable(lowers, at: index)
                || turnsConcession(lowers, at: index) || impugnsWitness(lowers, at: index)
                || (sawNothing(lowers, at: index) && watchersSaw(lowers, at: index)) || urgesCaution(lowers, at: index)
        }
    }

    /// "the ministry's figures should be treated with caution", "taken with a grain of salt": a
    /// claim to be read warily is doubted.
    private static func urgesCaution(_ lowers: [String], at index: Int) -> Bool {
        let word = lowers[index]
        if ["grain", "pinch"].contains(word), index + 2 < lowers.count, lowers[index + 1] == "of", lowers[index + 2] == "salt" { return true }
        guard ["treated", "taken", "viewed", "read", "regarded", "interpreted"].contains(word), index + 2 < lowers.count,
              lowers[index + 1] == "with" else { return false }
        return ["caution", "scepticism", "skepticism", "suspicion"].contains(lowers[index + 2])
    }

    /// Denial said as a place or amount out of reach, or as a sight of nothing.
    static func deniesInIdiom(_ lowers: [String]) -> Bool {
        lowers.indices.contains { index in
            placesOutOfReach(lowers, at: index) || (sawNothing(lowers, at: index) && !watchersSaw(lowers, at: index))
                || showsNoTrace(lowers, at: index) || hidesRealCount(lowers, at: index) || restsOnFlawedAssumptions(lowers, at: index)
                || deniesQuality(lowers, at: index) || deniesHiding(lowers, at: index)
                || dismissesArgument(lowers, at: index) || staysWithinLimits(lowers, at: index) || disclaimsMotive(lowers, at: index)
        }
    }

    /// The next word after `index`, over quotation marks: "“nowhere near” Merrow's waters".
    private static func word(after index: Int, in lowers: [String]) -> String? {
        lowers[(index + 1)...].first { $0.first?.isLetter ?? false || $0.first?.isNumber ?? false }
    }

    private static let showVerbs: Set<String> = ["show", "prove", "produce", "present", "publish", "bring", "provide", "share"]

    /// "If they have 41,000 names, we would like to see them", "let them show the videos": the
    /// other side is dared to produce what it claims. Only a condition on what they have
    /// ("if the talks succeed, we would like to see a deal" hopes, it does not dare), and only
    /// "let" with a verb of showing ("let them decide" grants).
    private static func challengesToShow(_ lowers: [String], at index: Int) -> Bool {
        let word = lowers[index]
        if word == "let", index + 2 < lowers.count, ["them", "him", "her"].contains(lowers[index + 1]),
           showVerbs.contains(lowers[index + 2]) { return true }
        guard word == "if", index + 1 < lowers.count else { return false }
        let condition = lowers[(index + 1)..<min(lowers.count, index + 5)]
        // "If the company had nothing to hide, it would publish …" insinuates; it dares nothing (`NothingToHide`).
        guard condition.contains(where: { ["have", "has", "had", "possess", "possesses"].contains($0) }), !condition.contains("nothing"),
              let comma = lowers[(index + 1)...].firstIndex(of: ",") else { return false }
        let answer = Array(lowers[comma...].prefix(10))
        return answer.indices.contains { k in
            ["see", "show", "shown", "produce", "publish"].contains(answer[k]) && k > 0
                && (answer[k - 1] == "to" || answer[k - 1] == "them" || showVerbs.contains(answer[k]))
        }
    }

    /// "would take a small miracle", "would require a miracle", "hard to believe", "whether
    /// anyone was removed at all remains to be seen". "Remains to be seen" doubts only a
    /// "whether" about what has happened: about the future ("how markets will react remains
    /// to be seen") it is a hedge that doubts nothing.
    private static func callsImprobable(_ lowers: [String], at index: Int) -> Bool {
        let word = lowers[index]
        if word == "miracle" || word == "miracles" {
            // "would take “something close to a miracle”": the verb may stand a few words off.
            return lowers[max(0, index - 6)..<index].contains { ["take", "takes", "require", "requires", "need", "needs"].contains($0) }
        }
        if word == "believe", index >= 2, lowers[index - 1] == "to",
           ["hard", "difficult", "impossible"].contains(lowers[index - 2]) { return true }
        if word == "seen", index >= 3, lowers[index - 1] == "be", lowers[index - 2] == "to",
           ["remains", "remain", "remained"].contains(lowers[index - 3]) {
            let subject = lowers[..<(index - 3)].reversed().prefix { ![".", ";", ":"].contains($0) }
            guard subject.contains("whether") else { return false }
            return subject.contains { ["was", "were", "had", "did", "happened", "really", "actually"].contains($0) }
                || zip(subject.dropFirst(), subject).contains { $0 == "at" && $1 == "all" }
        }
        return false
    }

    private static let suspicionWords: Set<String> = [
        "timing", "motive", "motives", "convenient", "conveniently", "suspicious", "coincidence", "political",
        "politically", "message", "pretext", "exaggerated", "overstated", "questions", "selective",
        "speculation", "speculative", "unproven", "unfounded",
    ]

    /// "The slowdown is real, but the timing is convenient": the fact granted, its motive or
    /// size put in doubt. Only when the turn names a motive or a suspicion: "the threat is real,
    /// but we are prepared" grants and answers nothing.
    private static func turnsConcession(_ lowers: [String], at index: Int) -> Bool {
        guard ["real", "genuine", "true"].contains(lowers[index]), index > 0,
              ["is", "are", "was", "were", "may", "might"].contains(lowers[index - 1]) || lowers[index - 1] == "be",
              index + 2 < lowers.count, lowers[index + 1] == ",", lowers[index + 2] == "but" else { return false }
        return lowers[(index + 3)...].prefix(10).contains { suspicionWords.contains($0) }
    }

    /// "A man trying to save himself will say whatever the prosecution needs": a witness said
    /// to say anything is a witness doubted. Only the future or conditional ("said whatever
    /// happened, they would stay" reports).
    private static func impugnsWitness(_ lowers: [String], at index: Int) -> Bool {
        guard ["say", "tell", "sign"].contains(lowers[index]), index > 0, ["will", "would", "'ll"].contains(lowers[index - 1]),
              index + 1 < lowers.count, ["whatever", "anything"].contains(lowers[index + 1]) else { return false }
        return true
    }

    private static let notPlaces: Set<String> = [
        "enough", "ready", "done", "over", "complete", "completed", "finished", "agreement", "deal", "a", "an", "as", "what",
    ]

    /// "drifting south and “nowhere near” Merrow's waters", "nowhere near 41,000": a place or
    /// amount said to be far off. Not a state still to reach ("nowhere near a deal",
    /// "nowhere near enough").
    private static func placesOutOfReach(_ lowers: [String], at index: Int) -> Bool {
        guard lowers[index] == "nowhere", index + 1 < lowers.count, lowers[index + 1] == "near",
              let next = word(after: index + 1, in: lowers) else { return false }
        return !notPlaces.contains(next) && !next.hasSuffix("ing")
    }

    /// "its observers had seen no ballot stuffing", "crews saw no sign of oil": witnesses who
    /// saw nothing of what is claimed. ("found no" is read as a finding of absence already.)
    private static func sawNothing(_ lowers: [String], at index: Int) -> Bool {
        ["seen", "observed", "witnessed", "noticed", "spotted", "encountered"].contains(lowers[index])
            && index + 1 < lowers.count && ["no", "nothing"].contains(lowers[index + 1])
    }

    /// "there was no sign of oil off the coast", "the samples showed no trace of the toxin": the
    /// thing claimed found absent. Not a trend that goes on ("the fighting shows no sign of
    /// easing").
    private static func showsNoTrace(_ lowers: [String], at index: Int) -> Bool {
        guard lowers[index] == "no", index > 0, index + 2 < lowers.count,
              ["sign", "signs", "trace", "traces"].contains(lowers[index + 1]), lowers[index + 2] == "of",
              ["was", "were", "is", "are", "showed", "shows", "show", "shown", "revealed"].contains(lowers[index - 1]),
              let next = word(after: index + 2, in: lowers) else { return false }
        return !next.hasSuffix("ing")
    }

    private static let watchers: Set<String> = ["observers", "observer", "monitors", "monitor", "inspectors", "auditors", "journalists", "reporters"]

    /// "its observers had seen no ballot stuffing": watchers who stand apart and saw nothing
    /// cast doubt on the claim; a party that saw nothing ("her crews had seen no sign of oil")
    /// denies it.
    private static func watchersSaw(_ lowers: [String], at index: Int) -> Bool {
        lowers[max(0, index - 4)..<index].contains { watchers.contains($0) }
    }
}
