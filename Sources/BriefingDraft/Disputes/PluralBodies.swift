import BriefingModel

/// "The unions disputed that figure" after "the socialist union CGSP Cheminots … the Christian
/// union CSC-Transcom": a plural definite description stands for every body the text introduced
/// with its noun, so each of them takes the position, not only the latest one.
extension PositionFinder {
    static func pluralDescriptionPartners(before cue: Int, actor: String, in p: Int, floor: Int, text: AttributionText) -> [String] {
        let tokens = text.paragraphs[p].tokens
        var k = cue - 1
        while k > floor, tokens[k].kind == .word, tokens[k].depth == 0, D.auxiliaries.contains(tokens[k].lower) || ["also", "both", "all", "jointly"].contains(tokens[k].lower) { k -= 1 }
        guard k > floor, tokens[k].kind == .word, tokens[k].depth == 0, !tokens[k].isCapitalized else { return [] }
        let noun = tokens[k].lower
        let singular = noun.hasSuffix("ies") ? String(noun.dropLast(3)) + "y" : String(noun.dropLast())
        guard noun.hasSuffix("s"), !noun.hasSuffix("ss"), L.organizationNouns.contains(noun) || L.organizationNouns.contains(singular) else { return [] }
        // "the unions", "both unions", "the two unions".
        let before = tokens[k - 1].lower
        var determiner = k - 1
        if ["two", "three", "both"].contains(before), determiner > floor { determiner -= 1 }
        guard ["both", "two", "three"].contains(before) || tokens[determiner].lower == "the" else { return [] }
        let bodies = text.introducedBodies(head: noun, before: AttributionText.Position(paragraph: p, token: k))
        guard bodies.count >= 2, bodies.contains(actor) else { return [] }
        return bodies.filter { $0 != actor }
    }
}

extension DisputeFinder {
    /// A position made from the same verb in the same sentence as a member's ("The unions
    /// disputed that figure", read once for each union) stands where that member stands.
    static func sharesCue(_ index: Int, with members: [Int], positions: [StancePosition]) -> Bool {
        let position = positions[index]
        return members.contains { member in
            let other = positions[member]
            return other.actor != position.actor && other.paragraph == position.paragraph && other.sentence == position.sentence && other.cue == position.cue
        }
    }
}
