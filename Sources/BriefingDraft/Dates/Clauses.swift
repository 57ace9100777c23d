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
            return afterComma || comeVerbs.contains(previous.lower) || pronouns.contains(nextWord)
                || ["just", "shortly", "soon", "long", "days", "weeks", "hours", "months", "years", "moments", "minutes"].contains(previous.lower)
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

    private static func previousIsNumber(_ tokens: [SentenceToken], _ k: Int) -> Bool {
        k >= 2 && tokens[k - 2].kind == .number
    }

    static func looksLikeVerb(_ token: SentenceToken) -> Bool {
        let word = token.lower
        if word.count > 4, word.hasSuffix("ing"), !ingNouns.contains(word) { return true }
        if word.count > 4, word.hasSuffix("ed") { return true }
        return TenseDetector.irregularPast.contains(word)
    }

    /// The clause containing a token.
    static func clause(containing index: Int, in clauses: [Clause]) -> Int? {
        clauses.firstIndex { $0.range.contains(index) }
    }
}

/// Past, present or future from the auxiliaries and verb forms of a clause.
enum TenseDetector {
    static let irregularPast: Set<String> = [
        "said", "told", "met", "began", "came", "went", "took", "held", "made", "left", "flew", "sent", "gave",
        "struck", "won", "lost", "saw", "brought", "fought", "bought", "sold", "shot", "spoke", "rose", "fell",
        "led", "built", "broke", "drove", "ran", "wrote", "thought", "knew", "found", "got", "paid", "kept",
        "felt", "stood", "sat", "threw", "withdrew", "swore", "sworn", "stole", "froze", "chose", "drew",
        "became", "undertook", "sought", "taught", "caught", "meant", "heard", "spent", "dealt", "slid",
        "overtook", "forbade", "arose", "woke", "wore", "tore", "flown", "gone", "done", "seen", "taken",
        "given", "spoken", "written", "begun", "shown", "known", "grown", "drawn", "thrown", "chosen",
        "frozen", "stolen", "broken", "driven", "fallen", "risen", "beaten", "hidden", "bitten", "forgotten",
        "was", "were", "had", "did", "been", "ago", "yesterday",
    ]
    static let futureMarkers: Set<String> = ["will", "shall", "upcoming", "tomorrow", "scheduled", "planned", "planning", "intends", "intend"]
    static let toFuture: Set<String> = ["due", "set", "expected", "plans", "plan", "going", "poised", "slated", "scheduled", "is", "are", "am", "aims", "intends"]
    static let notPastEd: Set<String> = ["need", "needed", "united", "red", "bed", "seed", "speed", "feed", "shed", "based", "proceed", "exceed", "succeed", "indeed", "hundred", "advanced", "limited", "concerned", "interested", "related", "armed", "detailed", "sized", "talked-about"]

    static let presentMarkers: Set<String> = ["is", "are", "am", "says", "say", "does", "do", "opens", "begins", "starts", "ends", "meets", "visits", "arrives", "holds", "takes", "comes", "goes", "leaves", "remains"]

    /// The tense of a stretch of text on its own; present when nothing tells.
    static func tense(of tokens: ArraySlice<SentenceToken>) -> Tense {
        tense(marks(Array(tokens))[...]) ?? .present
    }

    enum Mark { case none, past, present, future }

    /// What each token says about tense, computed once per sentence.
    static func marks(_ tokens: [SentenceToken]) -> [Mark] {
        tokens.indices.map { index in
            let token = tokens[index]
            guard token.kind == .word else { return .none }
            let word = token.lower
            if futureMarkers.contains(word) || word.hasSuffix("'ll") || word.hasSuffix("\u{2019}ll") || word == "won't" || word == "won\u{2019}t" || word == "would" {
                return .future
            }
            if index + 1 < tokens.count, tokens[index + 1].lower == "to", toFuture.contains(word) { return .future }
            guard !token.isCapitalized || index == 0 else { return .none }
            if irregularPast.contains(word) || word == "last" { return .past }
            if word.count > 4, word.hasSuffix("ed"), !notPastEd.contains(word) { return .past }
            if presentMarkers.contains(word) { return .present }
            return .none
        }
    }

    /// Future if anything says so, else past, else present; nil when nothing tells.
    static func tense(_ marks: ArraySlice<Mark>) -> Tense? {
        var past = false, present = false
        for mark in marks {
            switch mark {
            case .future: return .future
            case .past: past = true
            case .present: present = true
            case .none: break
            }
        }
        return past ? .past : present ? .present : nil
    }

    private static func evidence(_ tokens: ArraySlice<SentenceToken>) -> Tense? {
        var sawPast = false
        var sawPresent = false
        var index = tokens.startIndex
        while index < tokens.endIndex {
            let word = tokens[index].lower
            let next = index + 1 < tokens.endIndex ? tokens[index + 1].lower : ""
            if futureMarkers.contains(word) || word.hasSuffix("'ll") || word.hasSuffix("\u{2019}ll") || word == "won't" || word == "won\u{2019}t" || word == "would" {
                return .future
            }
            if next == "to", toFuture.contains(word) { return .future }
            if tokens[index].isWord, !tokens[index].isCapitalized || index == tokens.startIndex {
                if irregularPast.contains(word) || word == "last" { sawPast = true }
                else if word.count > 4, word.hasSuffix("ed"), !notPastEd.contains(word) { sawPast = true }
                else if presentMarkers.contains(word) { sawPresent = true }
            }
            index += 1
        }
        return sawPast ? .past : sawPresent ? .present : nil
    }
}
