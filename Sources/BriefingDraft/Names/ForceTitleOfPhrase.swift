/// "Deputy Inspector General of Police Geoffrey Tumusiime said", "Commissioner of Prisons Ann
/// Mutua": a rank title whose "of" names the service it commands, written before the holder's
/// name. The title stopped at "General", and "Police Geoffrey Tumusiime" was read as one
/// capitalised run holding an organisation cue, so the officer was drafted as an organisation.
/// Only a service word after "of" (not a country: "Attorney General of Kenya" is left alone),
/// and only when a name of two words or more still follows.
extension Chunker {
    /// Heads that take their service after "of" in a rank title.
    static let serviceRankHeads: Set<String> = ["general", "inspector", "commissioner", "commander", "superintendent"]

    /// Services a rank title is "of".
    static let serviceWords: Set<String> = [
        "police", "prisons", "immigration", "customs", "defence", "defense", "army", "navy", "staff", "fire",
    ]

    /// A holder's name of two words or more at `k`, after a "Forces" or "Service" that ends the service's name.
    static func holderNameFollows(_ tokens: [NameToken], after k: Int, isName: (NameToken) -> Bool) -> Bool {
        var k = k
        if k < tokens.count, ["forces", "service"].contains(tokens[k].lower) { k += 1 }
        return k + 1 < tokens.count && isName(tokens[k]) && isName(tokens[k + 1])
            && !serviceWords.contains(tokens[k].lower) && !NameLexicon.organizationCues.contains(tokens[k].lower)
    }

    /// The token after the service words when `of` (the token after the title head) opens them.
    static func forceOfPhraseEnd(head: String, of: Int, in sentence: AnalyzedSentence, before end: Int) -> Int? {
        let tokens = sentence.tokens
        guard Self.serviceRankHeads.contains(head), tokens[of].lower == "of" else { return nil }
        var e = of + 1
        while e < end, e - of <= 2, tokens[e].isCapitalized, !tokens[e].isAcronym,
              Self.serviceWords.contains(tokens[e].lower) || (e > of + 1 && ["forces", "service"].contains(tokens[e].lower)) {
            e += 1
        }
        guard e > of + 1, end - e >= 2, tokens[e].isCapitalized else { return nil }
        return e
    }
}
