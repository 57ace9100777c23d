import BriefingModel

/// "Officials reject the charge that any of them is held for their work", "Authorities deny
/// it": officials named by no body or country, opening the sentence, speak for the one country
/// the text names (`soleCountry`); with two or more countries, whose they are is not said.
extension PositionFinder {
    static let bareOfficialNouns: Set<String> = ["officials", "authorities"]

    static func bareOfficialsSubject(before t: Int, in p: Int, floor: Int, text: AttributionText) -> String? {
        let tokens = text.paragraphs[p].tokens
        var k = t - 1
        while k > floor, text.isSkippable(k, in: p) { k -= 1 }
        guard k >= floor, tokens[k].kind == .word, tokens[k].depth == 0, bareOfficialNouns.contains(tokens[k].lower) else { return nil }
        let opens = k == floor || (k == floor + 1 && ["but", "and", "yet"].contains(tokens[floor].lower))
        guard opens, text.paragraphs[p].mention(endingAt: k) == nil else { return nil }
        return text.soleCountry
    }
}
