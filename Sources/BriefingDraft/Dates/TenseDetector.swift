/// Past, present or future from the auxiliaries and verb forms of a clause.
enum TenseDetector {
    static let irregularPast: Set<String> = [
        "said", "told", "met", "began", "came", "went", "took", "held", "made", "left", "flew", "sent", "gave",
        "struck", "won", "lost", "saw", "brought", "fought", "bought", "sold", "shot", "spoke", "rose", "fell",
        "led", "built", "broke", "drove", "ran", "wrote", "thought", "knew", "found", "got", "paid", "kept",
        "felt", "stood", "sat", "threw", "withdrew", "swore", "sworn", "stole", "froze", "chose", "drew",
        "became", "undertook", "sought", "taught", "caught", "meant", "heard", "spent", "dealt", "slid",
        "overtook", "forbade", "upheld", "arose", "woke", "wore", "tore", "flown", "gone", "done", "seen", "taken",
        "given", "spoken", "written", "begun", "shown", "known", "grown", "drawn", "thrown", "chosen",
        "frozen", "stolen", "broken", "driven", "fallen", "risen", "beaten", "hidden", "bitten", "forgotten",
        "was", "were", "had", "did", "been", "ago", "yesterday",
        // The rest of English's irregular pasts and participles that differ from their base,
        // so that a verb class is not missed for its spelling ("fires that swept the region").
        "fled", "swept", "slept", "wept", "crept", "knelt", "lent", "bent", "burnt", "leapt", "bled", "bred", "fed", "sped",
        "lit", "hid", "bit", "bound", "ground", "dug", "hung", "stuck", "strung", "swung", "flung", "clung", "stung", "spun",
        "shone", "forgot", "trod", "strove", "rode", "wove", "bore", "borne", "shook", "shaken", "mistook", "forsook", "blew",
        "blown", "slew", "slain", "overthrew", "foresaw", "oversaw", "withheld", "beheld", "withstood", "understood", "spat",
        "ate", "eaten", "forgave", "forgiven", "bade", "overcame", "swam", "swum", "drank", "drunk", "rang", "rung", "sang",
        "sung", "sank", "sunk", "shrank", "shrunk", "sprang", "sprung", "stank", "ridden", "woken", "worn", "torn", "forbidden",
        "bitten", "undertaken", "overtaken", "withdrawn", "overthrown", "mistaken", "arisen", "misled", "overran", "overseen",
        // With a prefix of repetition: "troops retook the town in August 2021".
        "retook", "retaken", "rebuilt", "rewrote", "rewritten", "remade", "resold", "reran", "resent", "rethought",
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

    /// Words whose tense is known by heart, in one table.
    private static let knownMarks: [String: Mark] = {
        var table: [String: Mark] = [:]
        for word in presentMarkers { table[word] = .present }
        for word in notPastEd { table[word] = Mark.none }
        for word in irregularPast { table[word] = .past }
        table["last"] = .past
        for word in futureMarkers { table[word] = .future }
        for word in ["would", "won't", "won\u{2019}t"] { table[word] = .future }
        return table
    }()

    /// What each token says about tense, computed once per sentence.
    static func marks(_ tokens: [SentenceToken]) -> [Mark] {
        tokens.indices.map { index in
            let token = tokens[index]
            guard token.kind == .word else { return .none }
            let word = token.lower
            if index + 1 < tokens.count, tokens[index + 1].lower == "to", toFuture.contains(word) { return .future }
            let known = knownMarks[word]
            if known == .future || word.endsWith("'ll") || word.endsWith("\u{2019}ll") { return .future }
            guard !token.isCapitalized || index == 0 else { return .none }
            if let known { return known }
            // "the prime minister, who faces elections on Nov. 11": an "-s" verb right after a
            // relative pronoun is in the present.
            if index > 0, ["who", "which"].contains(tokens[index - 1].lower), word.utf8.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") { return .present }
            if word.utf8.count > 4, word.endsWith("ed") { return .past }
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
