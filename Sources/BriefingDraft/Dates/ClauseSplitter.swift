/// A clause of a sentence: a token range and the word that opened it ("with", "where",
/// "as", "after", "and", "that"; nil for the first clause or one opened by punctuation).
struct Clause: Hashable, Sendable {
    var range: Range<Int>
    var opener: String?
}

/// Splits a sentence into clauses at the places where English starts a new one:
/// strong punctuation, relative and subordinating words, ", and"/", but", coordinated
/// verbs ("and recently enshrining"), and participle clauses after a comma.
/// A plain comma does not split, so a fronted date ("On Friday, the United States said …")
/// stays with its clause.
enum ClauseSplitter {
    static let alwaysOpen: Set<String> = ["which", "who", "whom", "whose", "where", "when", "whereas", "while", "because", "although", "though", "unless", "whether", "whereby"]
    static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you"]
    static let comeVerbs: Set<String> = ["came", "comes", "come", "coming"]
    static let timeNouns: Set<String> = ["day", "week", "month", "year", "time", "morning", "afternoon", "evening", "night", "weekend", "same"]
    static let auxiliaries: Set<String> = ["will", "would", "could", "can", "may", "might", "should", "must", "has", "have", "had", "was", "were", "is", "are", "did", "does", "do", "also"]
    static let linkingAdverbs: Set<String> = ["also", "then", "later", "recently", "subsequently", "separately", "thereby", "even", "still", "again", "finally", "eventually", "now", "last", "this"]
    /// "-ing" words that are nouns, not participles.
    static let ingNouns: Set<String> = [
        "thing", "things", "meeting", "meetings", "building", "buildings", "morning", "evening", "ceiling",
        "king", "ring", "spring", "string", "wing", "briefing", "hearing", "landing", "bombing", "bombings",
        "shooting", "shootings", "killing", "killings", "shelling", "funding", "training", "spending", "ruling",
        "warning", "warnings", "uprising", "beijing", "nothing", "something", "anything", "everything",
        "during", "according", "including", "bring", "sing", "wedding", "offering", "opening", "setting",
        "sitting", "standing", "understanding", "gathering", "crossing", "sibling", "earnings", "savings",
        "wording", "reading", "finding", "findings", "dealing", "dealings", "filing", "testing", "fighting",
        "jing", "ming", "ping", "ling", "ying", "xing", "qing", "hong", "pyeongchang",
    ]

    /// `protected` token ranges (date expressions) are never split; an offset that ends in
    /// "after"/"before" ("less than a week after") closes its clause.
    static func split(_ tokens: [SentenceToken], protected: [Range<Int>] = [], isVerb: (SentenceToken) -> Bool = { _ in false }) -> [Clause] {
        guard !tokens.isEmpty else { return [] }
        var inside = [Bool](repeating: false, count: tokens.count)
        var forcedStart = Set<Int>()
        for range in protected {
            for index in range where index < tokens.count { inside[index] = true }
            if let last = range.last, last < tokens.count, ["after", "before"].contains(tokens[last].lower), range.upperBound < tokens.count {
                forcedStart.insert(range.upperBound)
            }
        }
        // Whether a verb occurs before each token, for "… and Australia would …".
        var verbBefore = [Bool](repeating: false, count: tokens.count + 1)
        for (index, token) in tokens.enumerated() {
            verbBefore[index + 1] = verbBefore[index] || looksLikeVerb(token) || auxiliaries.contains(token.lower) || ["said", "says"].contains(token.lower)
        }
        var starts: [(Int, String?)] = [(0, nil)]
        for k in 1..<tokens.count {
            let token = tokens[k], previous = tokens[k - 1]
            if forcedStart.contains(k) { starts.append((k, nil)); continue }
            if inside[k] && (k > 0 && inside[k - 1]) { continue }
            if previous.kind == .punct, [";", "—", "–", ":"].contains(previous.text), !(k >= 2 && tokens[k - 2].kind == .number && token.kind == .number) {
                starts.append((k, nil)); continue
            }
            guard token.isWord else { continue }
            let word = token.lower
            let next = k + 1 < tokens.count ? tokens[k + 1] : nil
            let afterComma = previous.text == ","
            // ", Manila said in a statement on Thursday": an attribution, opened as "said".
            if afterComma, verbBefore[k], isAttribution(at: k, tokens: tokens) { starts.append((k, "said")); continue }
            if afterComma, let last = starts.last, resumesMainClause(at: k, after: last, tokens: tokens, inside: inside) { starts.append((k, nil)); continue }
            if opens(word: word, previous: previous, next: next, afterComma: afterComma, tokens: tokens, at: k, inside: inside, verbBefore: verbBefore[k], isVerb: isVerb) {
                starts.append((k, word))
            }
        }
        var clauses: [Clause] = []
        for (index, start) in starts.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1].0 : tokens.count
            if end > start.0 { clauses.append(Clause(range: start.0..<end, opener: start.1)) }
        }
        return clauses
    }

    private static func opens(word: String, previous: SentenceToken, next: SentenceToken?, afterComma: Bool, tokens: [SentenceToken], at k: Int, inside: [Bool], verbBefore: Bool, isVerb: (SentenceToken) -> Bool) -> Bool {
        let nextWord = next?.lower ?? ""
        if alwaysOpen.contains(word) { return true }
        if word == "if" { return true }
        switch word {
        case "that":
            return !timeNouns.contains(nextWord) && !["so", "such", "now", "all", "like", "of"].contains(previous.lower) && next?.kind != .punct
        case "as":
            if ["well", "part", "such", "much", "many", "long", "soon", "far", "of", "a", "an", "to", "for", "if", "though"].contains(nextWord) { return false }
            if ["such", "so", "as", "well", "known", "same", "regarded", "seen", "described"].contains(previous.lower) { return false }
            return afterComma || comeVerbs.contains(previous.lower) || pronouns.contains(nextWord)
        case "after", "before", "since", "until", "once":
            // "shortly after 3 a.m. on Sunday", "just before dawn": a time of day, not a clause.
            if next?.kind == .number || DateScanner.timesOfDay.contains(nextWord) { return false }
            return afterComma || comeVerbs.contains(previous.lower) || pronouns.contains(nextWord)
                || ["just", "shortly", "soon", "long", "days", "weeks", "hours", "months", "years", "moments", "minutes"].contains(previous.lower)
                || word == "since" && verbBefore && !perfectBefore(k, tokens: tokens) && subjectAndFiniteVerb(after: k, tokens: tokens)
        case "with", "including", "according", "prompting", "sparking", "triggering":
            return afterComma
        case "following", "amid", "amidst", "despite":
            // "… expelled staff following Moscow's invasion": another event's time.
            return !["the", "a"].contains(previous.lower)
        case "in":
            // "in response to …", "in retaliation for …"
            return ["response", "retaliation", "reaction", "reprisal", "protest"].contains(nextWord) && k + 2 < tokens.count && ["to", "for", "against", "at"].contains(tokens[k + 2].lower)
        case "and", "but", "or", "yet":
            if afterComma { return true }
            // Coordinated verb phrases: "and recently enshrining", "and will respond".
            var j = k + 1
            while j < tokens.count, inside[j] || tokens[j].isWord && (linkingAdverbs.contains(tokens[j].lower) || tokens[j].lower.hasSuffix("ly")) { j += 1 }
            guard j < tokens.count, tokens[j].isWord else { return false }
            let candidate = tokens[j]
            if tokens[j].isCapitalized || ["the", "a", "an", "its", "their", "his", "her"].contains(candidate.lower) {
                // "… had gone unanswered and Australia would be taking …": a new subject and
                // verb, when the left side already has a verb of its own.
                if candidate.isCapitalized, tokens[k - 1].isCapitalized { return false }   // "Belt and Road"
                let leftHasVerb = verbBefore
                var rightEnd = j + 1
                while rightEnd < min(tokens.count, j + 5), tokens[rightEnd].kind != .punct { rightEnd += 1 }
                let right = (j + 1)..<rightEnd
                let rightHasVerb = right.contains { auxiliaries.contains(tokens[$0].lower) || (!tokens[$0].isCapitalized && looksLikeVerb(tokens[$0])) || isVerb(tokens[$0]) && !tokens[$0].isCapitalized }
                return leftHasVerb && rightHasVerb
            }
            return looksLikeVerb(candidate) || auxiliaries.contains(candidate.lower) || pronouns.contains(candidate.lower) || isVerb(candidate)
        default:
            // ", provoking anger", ", declaring …": a participle clause.
            if afterComma, word.hasSuffix("ing"), word.count > 4, !ingNouns.contains(word), !previousIsNumber(tokens, k) { return true }
            return false
        }
    }

    /// "The talks, which began on Monday in Doha, ended on Wednesday", "The minister, who took
    /// office in 2023, resigned on Tuesday": the comma that closes a relative clause set off
    /// in the subject gives the sentence back to its main verb, with its own time.
    /// Only a relative clause with a time of its own is closed: its time is what must not
    /// reach the main verb.
    private static func resumesMainClause(at k: Int, after last: (Int, String?), tokens: [SentenceToken], inside: [Bool]) -> Bool {
        guard let opener = last.1, ["who", "which"].contains(opener), last.0 > 1, tokens[last.0 - 1].text == ",",
              (last.0 + 1..<k - 1).contains(where: { inside[$0] }),
              (last.0 + 1..<k - 1).contains(where: { looksLikeVerb(tokens[$0]) || auxiliaries.contains(tokens[$0].lower) }) else { return false }
        let word = tokens[k].lower
        // "The group, which closed its mine in 2019, said it would sue": a report, not an act.
        guard !tokens[k].isCapitalized, !word.hasSuffix("ing"), !reportingVerbs.contains(word), !["says", "tells"].contains(word) else { return false }
        return mainVerbs.contains(word) || looksLikeVerb(tokens[k])
    }
    /// Only a verb told in the past: "…, has killed more than 6,000 people" counts up a state.
    private static let mainVerbs: Set<String> = ["was", "were"]

    /// "the first talks since the unions filed their notice", "the worst flooding since the dam
    /// burst": after the sentence's own verb, a subject and a finite verb make "since" open a
    /// clause of its own, where a noun alone ("since the closure of the port") keeps it a
    /// preposition. (Not "after"/"before": their clauses carry the distances of the offsets.)
    private static func subjectAndFiniteVerb(after k: Int, tokens: [SentenceToken]) -> Bool {
        var j = k + 1
        while j < min(tokens.count, k + 6), tokens[j].isWord, !looksLikeVerb(tokens[j]), !auxiliaries.contains(tokens[j].lower),
              !baseLikePasts.contains(tokens[j].lower), !openers(tokens[j].lower), !subordinatePrepositions.contains(tokens[j].lower) {
            j += 1
        }
        guard j > k + 1, j < tokens.count, tokens[j].isWord, !tokens[j].isCapitalized else { return false }
        let verb = tokens[j].lower
        if ["was", "were", "had", "has", "have", "is", "are", "would", "will", "could"].contains(verb) { return true }
        // A past participle before "by" reads a reduced relative: "since the attack launched by rebels".
        guard !verb.hasSuffix("ing"), looksLikeVerb(tokens[j]) || baseLikePasts.contains(verb) else { return false }
        return !(j + 1 < tokens.count && tokens[j + 1].lower == "by")
    }

    /// Pasts spelt like their base, read as verbs only in this position ("since the dam burst").
    private static let baseLikePasts: Set<String> = ["burst", "cut", "hit", "quit", "shut", "split", "spread"]

    /// "has been held since he was arrested in March": after a perfect, "since" tells where the
    /// state began, and its clause dates the one before it.
    private static func perfectBefore(_ k: Int, tokens: [SentenceToken]) -> Bool {
        (max(0, k - 12)..<k).contains { ["has", "have", "had"].contains(tokens[$0].lower) }
    }

    private static let subordinatePrepositions: Set<String> = ["of", "in", "on", "at", "to", "from", "for", "by", "with", "over", "into", "about", "against", "between"]

    private static func previousIsNumber(_ tokens: [SentenceToken], _ k: Int) -> Bool {
        k >= 2 && tokens[k - 2].kind == .number
    }

    static let reportingVerbs: Set<String> = ["said", "says", "told", "reported", "added", "stated", "noted", "wrote", "announced", "confirmed", "quoted", "tweeted", "posted", "insisted", "claimed", "declared", "warned"]

    /// ", South Korea's military said …", ", said Chamisa", ", according to …": the rest of
    /// the sentence says who reports it.
    static func isAttribution(at k: Int, tokens: [SentenceToken]) -> Bool {
        if reportingVerbs.contains(tokens[k].lower) {
            // ", said Chamisa", ", said the ministry" — but not an appositive's ", told reporters".
            guard k + 1 < tokens.count else { return false }
            return tokens[k + 1].isCapitalized || ["the", "a", "an"].contains(tokens[k + 1].lower)
        }
        var j = k
        while j < min(tokens.count, k + 9) {
            let token = tokens[j]
            if token.kind == .punct, token.text != "-" { return false }
            if reportingVerbs.contains(token.lower) { return j > k }
            if j > k, token.isWord, !token.isCapitalized, looksLikeVerb(token) || auxiliaries.contains(token.lower) && token.lower != "also" { return false }
            if ["that", "which", "who", "and", "but", "to", "with", "as", "while", "when", "where"].contains(token.lower) { return false }
            j += 1
        }
        return false
    }

    static func looksLikeVerb(_ token: SentenceToken) -> Bool {
        let word = token.lower
        let length = word.utf8.count
        if length > 4, word.endsWith("ing"), !ingNouns.contains(word) { return true }
        if length > 4, word.endsWith("ed") { return true }
        return TenseDetector.irregularPast.contains(word)
    }

    /// The clause containing a token.
    static func clause(containing index: Int, in clauses: [Clause]) -> Int? {
        clauses.firstIndex { $0.range.contains(index) }
    }
}

extension ClauseSplitter {
    /// Words that open a clause, for trimming.
    static func openers(_ word: String) -> Bool {
        alwaysOpen.contains(word) || ["that", "as", "and", "but", "or", "with", "including", "if"].contains(word)
    }
}
