/// An actor the text only addresses or credits with carrying a remark ("told AFP", "In an
/// email to the Balkan Investigative Reporting Network, the company said", the dateline's
/// "(AFP)"), or names as a parent in an aside (", a subsidiary of Atlantic Bauxite,"), is not
/// the topic: a later description ("the company", "the agency") names the latest actor of its
/// kind that the text makes the topic, so such a mention does not make its actor the latest
/// one met.
extension NameFinding {
    static let addressedLetterNouns: Set<String> = [
        "email", "e-mail", "letter", "statement", "message", "note", "reply", "response", "submission",
        "interview", "comments", "remarks", "text", "post",
    ]

    static func isAddressedMention(_ range: Range<Int>, in sentence: AnalyzedSentence) -> Bool {
        let tokens = sentence.tokens
        var before = range.lowerBound - 1
        if before >= 0, tokens[before].lower == "the" { before -= 1 }
        guard before >= 0 else { return false }
        let word = tokens[before].lower
        // "… told AFP", "telling Reuters".
        if word == "told" || word == "telling" { return true }
        // The dateline's agency: "Male (AFP) - …".
        if sentence.order == 0, tokens[before].text == "(", range.lowerBound <= 6,
           sentence.token(range.upperBound)?.text == ")" { return true }
        // "In an email to X, …": a fronted phrase addressed to X, ending at X.
        if word == "to", tokens.first?.lower == "in", before <= 6,
           (1..<before).contains(where: { addressedLetterNouns.contains(tokens[$0].lower) }),
           sentence.token(range.upperBound)?.text == "," { return true }
        // "Sangaredi Minerals, a subsidiary of London-listed Atlantic Bauxite, accusing the
        // company of …": the parent named in an aside is not who "the company" then means.
        if let of = (max(0, before - 2)...before).last(where: { tokens[$0].lower == "of" }), of >= 3,
           parentNouns.contains(tokens[of - 1].lower), ["a", "an", "the"].contains(tokens[of - 2].lower), tokens[of - 3].text == "," {
            return true
        }
        return false
    }

    static let parentNouns: Set<String> = ["subsidiary", "unit", "affiliate", "division", "arm", "branch"]
}
