import BriefingModel

/// "Wambui said the money had been stolen, without providing evidence", "…, but offered no
/// proof": the reporter's note that a claim came unsupported. Its subject is the speaker, so the
/// speaker asserts — unlike "without providing any proof" inside the speaker's own quote, or a
/// reported clause that says so of someone else ("said the charge was made without evidence"),
/// where the speaker denies (`containsDenial`). Only outside quotation marks, set off by a
/// comma, and only where the note closes the statement (over "for the claim", "to support it") or
/// is closed by a comma of its own ("said, without offering evidence, that …").
extension PositionFinder {
    /// Verbs of producing proof in the note: "without providing", "but offered no".
    static let asideProofVerbs: Set<String> = [
        "providing", "offering", "giving", "citing", "presenting", "producing", "showing", "supplying",
        "provided", "offered", "gave", "cited", "presented", "produced", "showed", "supplied",
    ]

    /// Words that may stand between the verb and the word of proof ("any", "further", "supporting").
    private static let asideModifiers: Set<String> = ["any", "further", "more", "supporting", "concrete", "specific", "hard", "direct"]

    /// Words that may follow the word of proof and still close the note ("for the claim", "to support it").
    private static let asideTails: Set<String> = [
        "for", "of", "to", "support", "back", "up", "it", "this", "that", "the", "his", "her", "their", "its",
        "claim", "claims", "allegation", "allegations", "accusation", "accusations", "charge", "charges", "assertion",
    ]

    /// Is the word of lack at `index` ("without", or "no" after "but offered") the opening of a
    /// reporter's note that the claim came unsupported?
    static func opensReporterAside(_ lowers: [String], at index: Int) -> Bool {
        let word = lowers[index]
        var verb: Int
        if word == "without" {
            // ", without providing evidence"
            guard index > 0, lowers[index - 1] == ",", index + 1 < lowers.count, asideProofVerbs.contains(lowers[index + 1]),
                  lowers[index + 1].hasSuffix("ing") else { return false }
            verb = index + 1
        } else if word == "no" {
            // ", but offered no proof", ", but gave no evidence"
            guard index > 2, asideProofVerbs.contains(lowers[index - 1]), !lowers[index - 1].hasSuffix("ing"),
                  lowers[index - 2] == "but", lowers[index - 3] == "," else { return false }
            verb = index
        } else {
            return false
        }
        // Outside quotation marks: an even count of them before the note.
        guard lowers[..<index].filter({ $0 == "\"" }).count % 2 == 0 else { return false }
        var k = verb + 1
        while k < lowers.count, asideModifiers.contains(lowers[k]) { k += 1 }
        guard k < lowers.count, D.evidenceWords.contains(lowers[k]) else { return false }
        k += 1
        // The note closes the statement, or is closed by a comma of its own.
        if k < lowers.count, lowers[k] == "," { return true }
        var tail = 0
        while k < lowers.count, lowers[k].first?.isLetter ?? false {
            guard asideTails.contains(lowers[k]), tail < 4 else { return false }
            tail += 1
            k += 1
        }
        return lowers[k...].allSatisfy { !($0.first?.isLetter ?? false) }
    }
}

extension PositionFinder {
    /// "said, without offering any evidence, that the money …": where the statement begins when
    /// a note set off by commas stands between the verb and its clause (past the note, its comma
    /// and "that"); nil when no such note opens at `start`.
    static func pastLeadingAside(from start: Int, segment: Range<Int>, tokens: [ParagraphView.Token]) -> Int? {
        var k = start
        if k < segment.upperBound, tokens[k].lower == "," { k += 1 }
        guard k < segment.upperBound, tokens[k].lower == "without", tokens[k].depth == 0 else { return nil }
        let end = min(segment.upperBound, k + 8)
        guard let comma = (k..<end).first(where: { tokens[$0].lower == "," }) else { return nil }
        let lowers = [","] + tokens[k...comma].map(\.lower)
        guard opensReporterAside(lowers, at: 1) else { return nil }
        var next = comma + 1
        if next < segment.upperBound, tokens[next].lower == "that" { next += 1 }
        return next < segment.upperBound ? next : nil
    }
}
