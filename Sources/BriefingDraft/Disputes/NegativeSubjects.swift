import BriefingModel

/// "“No private contract has been signed, and none will be,” the spokeswoman said", "“No
/// shots were fired,” the army said": a statement that opens with a subject under "no" and goes
/// on with its verb says none at all of what it names, as "Nobody was abducted" does (read in
/// `containsDenial`). Read off set S (a denying quote drafted as asserting). Only the statement's
/// first word, over at most three words of the subject, and only a verb group of what was or will
/// be done ("has been", "were", "will"): "No country is immune" (a general truth), "No doubt the
/// army …", "No comment" and "No, …" say nothing of the kind.
extension PositionFinder {
    /// Verbs that may follow the negated subject: what was done, or will be.
    static let negativeSubjectVerbs: Set<String> = ["has", "have", "had", "was", "were", "will", "did"]

    /// Words after "no" that make no subject of it ("no longer", "no doubt", "no way").
    static let notNegativeSubjects: Set<String> = [
        "longer", "doubt", "matter", "wonder", "comment", "way", "one", "more", "less", "sooner", "thanks",
    ]

    /// Does the statement, whose words are `lowers`, open at `index` with "no" and a subject of
    /// up to three words before a verb of `negativeSubjectVerbs`?
    static func opensWithNegativeSubject(_ lowers: [String], at index: Int) -> Bool {
        guard lowers[index] == "no", lowers[..<index].allSatisfy({ !($0.first?.isLetter ?? false) }),
              index + 2 < lowers.count, !notNegativeSubjects.contains(lowers[index + 1]) else { return false }
        var k = index + 1
        while k < min(lowers.count, index + 4) {
            let word = lowers[k]
            guard word.first?.isLetter ?? false else { return false }
            if negativeSubjectVerbs.contains(word) { return k > index + 1 }
            // Another verb group first ("No sooner had …", "no one is") is no subject phrase.
            if D.auxiliaries.contains(word) || D.negations.contains(word) { return false }
            k += 1
        }
        if k < lowers.count && negativeSubjectVerbs.contains(lowers[k]) { return true }
        return opensWithNegatedDeed(lowers, at: index)
    }

    /// Words ending in "-ed" that are no past-tense verb.
    static let edNonVerbs: Set<String> = ["hundred", "bed", "red", "shed", "need", "speed", "seed", "indeed", "sacred", "naked", "wicked"]

    /// "“No complaint about this school reached the council,” she said", "No fuel from the ship
    /// escaped": a negated subject of up to four words (a noun and what it is about) before a
    /// past-tense verb of its own says the thing never happened, as "No shots were fired" does.
    /// Read off the blind sets AH–AK (a deputy mayor's denial drafted as asserting). Only with
    /// one subject word or more, and only a verb in "-ed" right after the subject phrase (no
    /// auxiliary or negation before it): "No armed men …" has its "-ed" word first, and "No
    /// country is immune" has no such verb.
    static func opensWithNegatedDeed(_ lowers: [String], at index: Int) -> Bool {
        var k = index + 2
        while k < min(lowers.count, index + 6) {
            let word = lowers[k]
            guard word.first?.isLetter ?? false else { return false }
            if D.auxiliaries.contains(word) || D.negations.contains(word) || negativeSubjectVerbs.contains(word) { return false }
            if word.count > 4, word.hasSuffix("ed"), !word.hasSuffix("eed"), !edNonVerbs.contains(word) { return true }
            k += 1
        }
        return false
    }
}
