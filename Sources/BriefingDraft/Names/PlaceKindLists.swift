/// "the town of Bouna", and "Farmers interviewed in the sectors of Karangazi and Rwimiyaga said":
/// names listed after a plural word for settlements or areas and its "of" are places too, each
/// of them, not the speakers the verb after the list seemed to give them away as.
extension NameFinding {
    static func isNamedAfterPlaceKind(_ start: Int, in sentence: AnalyzedSentence) -> Bool {
        var t = start - 1
        // Back over the names listed before this one ("Karangazi and", "Souni, Pachna and").
        while t >= 1, sentence.tokens[t].lower == "and" || sentence.tokens[t].text == ",",
              let listed = sentence.chunk(endingBefore: t) { t = listed.tokens.lowerBound - 1 }
        // "four northern municipalities, including Bijelo Polje and Pljevlja": a plural kind and
        // "including" name places as its "of" does.
        var including = false
        if t >= 2, sentence.tokens[t].lower == "including" || (sentence.tokens[t].lower == "as" && sentence.tokens[t - 1].lower == "such") {
            if sentence.tokens[t].lower == "as" { t -= 1 }
            t -= 1
            if t >= 1, sentence.tokens[t].text == "," { t -= 1 }
            including = true
        }
        guard t >= 1, including || sentence.tokens[t].lower == "of" else { return false }
        var kind = sentence.tokens[including ? t : t - 1].lower
        // Not "government departments, including Treasury": a department is a body as often as an area.
        if including, !kind.hasSuffix("s") || kind == "departments" { return false }
        if kind.hasSuffix("ies") { kind = String(kind.dropLast(3)) + "y" } else if kind.hasSuffix("s") { kind.removeLast() }
        return settlementWords.contains(kind) || areaWords.contains(kind) || localUnitWords.contains(kind)
    }

    /// Local units below a district that news names places by ("the sector of", "the commune of").
    static let localUnitWords: Set<String> = ["sector", "commune", "ward", "township", "subcounty", "sub-county", "subdistrict", "sub-district"]
}
