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
        return k < lowers.count && negativeSubjectVerbs.contains(lowers[k])
    }
}
