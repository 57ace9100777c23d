import BriefingModel

/// Verbs that report direct speech only in the slot right after a quote ("“…,” she
/// scoffed", "“…!” shouted X", "“…,” he fired back"): manner-of-speaking verbs that are too
/// often acts or common nouns elsewhere to count as verbs of saying everywhere.
extension AttributionText {
    static let mannerOfSpeakingVerbs: Set<String> = {
        let forms = """
        scoffed scoffs shouted shouts joked jokes pleaded pleads continued continues testified testifies
        wondered wonders exclaimed exclaims cried yelled yells screamed screams whispered whispers
        sighed sighs laughed laughs chanted muttered mutters mused muses snapped snaps fumed fumes
        agreed agrees answered answers interjected interrupted objected protested assured assures
        reassured swore hinted hints recounted recounts remembered remembers reflected reflects
        elaborated opined reasoned speculated underlined underscored highlighted bragged grumbled
        groaned teased advised confided confessed ventured volunteered begged implored wrote
        """
        return Set(forms.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }()

    /// Two-word verbs of the same slot: "fired back", "pointed out", "went on".
    static let mannerOfSpeakingParticles: [String: String] = [
        "fired": "back", "hit": "back", "shot": "back", "pointed": "out", "went": "on", "chimed": "in", "summed": "up",
    ]

    /// Whether the word at `t`, found just after a quote's closing mark, reports that quote:
    /// a manner-of-speaking verb right after the mark ("“…,” shouted X") or right after its
    /// subject (a name, a pronoun or a description: "“…,” she scoffed", "“…,” the man cried").
    func isMannerOfSpeaking(_ p: Int, _ t: Int, afterClose close: Int) -> Bool {
        let tokens = paragraphs[p].tokens
        let token = tokens[t]
        guard token.kind == .word, token.depth == 0, !token.isCapitalized else { return false }
        if let particle = Self.mannerOfSpeakingParticles[token.lower] {
            guard t + 1 < tokens.count, tokens[t + 1].lower == particle else { return false }
        } else if !Self.mannerOfSpeakingVerbs.contains(token.lower) {
            return false
        }
        // Inverted: "“…!” shouted X", "“…,” continued X".
        if t == close + 1 || (t == close + 2 && tokens[close + 1].lower == ",") { return true }
        // After its subject: the word before is the end of a name, a pronoun or a noun.
        let before = tokens[t - 1]
        guard before.kind == .word, before.depth == 0 else { return false }
        if paragraphs[p].mention(endingAt: t - 1) != nil { return true }
        if L.personalPronouns.contains(before.lower) || L.pluralPronouns.contains(before.lower) { return true }
        let singular = before.lower.hasSuffix("s") ? String(before.lower.dropLast()) : before.lower
        return L.personNouns.contains(before.lower) || L.personNouns.contains(singular) || L.organizationNouns.contains(before.lower)
    }
}
