/// "Two economists who have advised the government, speaking …, said", "Three workers from
/// Bangladesh interviewed by The Associated Press said", "A panel of UN experts monitoring the
/// arms embargo on Darfur said": a restrictive relative clause ("who …"), a present participle
/// with its object, or a past participle with its agent ("interviewed by") set right after the
/// sentence's opening noun phrase belongs to that phrase; the names inside it (the government,
/// the agency, Darfur) are no subject. The subject is the phrase before it, read up to its
/// first preposition ("Three workers" of "Three workers from Bangladesh"). The rule holds only
/// when that phrase itself names or makes an actor (a group voice, a body): "A panel of … said"
/// names none, and the older reading stays. "A resident who gave his name as Ko Zaw said": the
/// name given is the speaker.
extension AttributionText {
    /// The speaker of a verb whose subject carries a restrictive modifier, or `nil` for the
    /// older reading.
    func speakerBeforeModifier(floor: Int, through j: Int, in p: Int) -> String? {
        guard let modifier = restrictiveModifier(floor: floor, through: j, in: p) else { return nil }
        if let given = nameGiven(after: modifier, through: j, in: p) { return given }
        return headBefore(modifier: modifier, floor: floor, in: p)
    }

    /// "who gave his name as Ko Zaw", "who gave her name only as Maria": the person so named.
    func nameGiven(after modifier: Int, through j: Int, in p: Int) -> String? {
        let view = paragraphs[p]
        let tokens = view.tokens
        guard tokens[modifier].lower == "who", modifier + 4 <= j,
              ["gave", "gives", "give", "giving"].contains(tokens[modifier + 1].lower),
              ["his", "her", "their"].contains(tokens[modifier + 2].lower) else { return nil }
        var k = modifier + 3
        while k < j, k - modifier <= 6, tokens[k].kind == .word, tokens[k].lower != "as" { k += 1 }
        guard k < j, tokens[k].lower == "as", (modifier + 3..<k).contains(where: { ["name", "names"].contains(tokens[$0].lower) }) else { return nil }
        guard let named = view.mentions.first(where: { $0.first == k + 1 && $0.last <= j }), named.kind == .person, !named.possessive else { return nil }
        return named.actor
    }

    /// "-ing" words that are no participle of a modifier.
    static let nonParticiples: Set<String> = [
        "during", "including", "according", "following", "regarding", "concerning", "pending", "building", "meeting",
        "morning", "evening", "spring", "king", "thing", "something", "nothing", "anything", "everything", "being",
        "ruling", "opening", "managing", "leading", "governing", "acting", "outgoing", "incoming", "remaining",
        "neighbouring", "neighboring", "hearing", "briefing", "funding", "bombing", "shooting", "fighting", "spending",
        "training",
    ]

    /// Words that show the opening phrase is already a clause of its own.
    static let clauseWords: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "be", "been", "will", "would", "can", "could", "may", "might",
        "should", "must", "did", "does", "do", "not", "that", "if", "when", "while", "after", "before", "because",
    ]

    static let headPrepositions: Set<String> = ["from", "of", "in", "at", "on", "near", "with", "for"]

    /// The first token of a restrictive modifier after the sentence's opening phrase, if any.
    func restrictiveModifier(floor: Int, through j: Int, in p: Int) -> Int? {
        let view = paragraphs[p]
        let tokens = view.tokens
        guard j > floor + 1 else { return nil }
        // "what they termed", "he said": a pronoun right before the verb is its subject.
        let last = tokens[j].lower
        if L.personalPronouns.contains(last) || L.pluralPronouns.contains(last) || L.neuterPronouns.contains(last)
            || L.relativePronouns.contains(last) { return nil }
        var covered = Set<Int>()
        for mention in view.mentions where mention.first >= floor && mention.last <= j {
            for k in mention.first...mention.last { covered.insert(k) }
        }
        var m = floor + 1
        var modifier: Int?
        while m <= j, m - floor <= 10 {
            let token = tokens[m]
            guard token.kind == .word, token.depth == 0 else { return nil }
            if isCue(p, m) && !covered.contains(m) && m > floor { break }
            if !covered.contains(m), Self.clauseWords.contains(token.lower) { return nil }
            let before = tokens[m - 1]
            let beforeIsName = covered.contains(m - 1) && view.mention(endingAt: m - 1).map { !$0.possessive } == true
            let beforeIsPlural = !covered.contains(m - 1) && before.lower.count > 3 && before.lower.hasSuffix("s") && !before.lower.hasSuffix("ss")
            if !covered.contains(m), before.kind == .word, before.depth == 0, m + 1 <= j {
                let word = token.lower
                let isRelative = word == "who"
                let isPresent = !token.isCapitalized && word.count > 5 && word.hasSuffix("ing") && !Self.nonParticiples.contains(word)
                    && tokens[m + 1].kind == .word && (beforeIsName || beforeIsPlural)
                let isPassive = !token.isCapitalized && word.count > 4 && word.hasSuffix("ed") && tokens[m + 1].lower == "by"
                if isRelative || isPresent || isPassive { modifier = m; break }
            }
            // "analysts … released satellite images showing": a verb before any modifier ends the phrase.
            if !covered.contains(m), !token.isCapitalized, token.lower.hasSuffix("ed") || token.lower.hasSuffix("ing") { return nil }
            m += 1
        }
        // Only a modifier that holds a name ("interviewed by Reuters", "who have advised the
        // government") can lend the verb a wrong subject; "reached by telephone" keeps the older reading.
        guard let modifier, view.mentions.contains(where: { $0.first > modifier && $0.last <= j }) else { return nil }
        return modifier
    }

    /// The actor the phrase before the modifier names, read up to its first preposition.
    func headBefore(modifier: Int, floor: Int, in p: Int) -> String? {
        let view = paragraphs[p]
        let tokens = view.tokens
        var covered = Set<Int>()
        for mention in view.mentions where mention.first >= floor && mention.last < modifier {
            for k in mention.first...mention.last { covered.insert(k) }
        }
        // The head: up to the first preposition outside a name.
        var end = modifier - 1
        if let q = (floor + 1..<modifier).first(where: { !covered.contains($0) && Self.headPrepositions.contains(tokens[$0].lower) }) {
            end = q - 1
        }
        guard end >= floor else { return nil }
        if let mention = view.mention(endingAt: end), mention.possessive { return nil }
        return subject(endingAt: end, floor: floor, in: p, appositives: 0)
    }
}
