/// The words of English time expressions, as news copy writes them.
enum DateLexicon {
    /// Full names and the AP/Reuters abbreviations; matched only when capitalised.
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]
    /// Month names that are also everyday words; they need a date context.
    static let ambiguousMonths: Set<String> = ["may", "march", "mar", "jun", "jan", "dec", "aug"]

    /// 1 = Monday … 7 = Sunday.
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]
    static let partsOfDay: Set<String> = ["morning", "afternoon", "evening", "night"]

    static let numberWords: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
        "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        "hundred": 100, "single": 1,
    ]
    /// Counts that are not numbers: "several days ago", "a few weeks later".
    static let vagueCounts: Set<String> = ["several", "few", "some", "many", "couple", "number"]

    static let units: [String: DateDuration.Unit] = [
        "day": .day, "days": .day, "week": .week, "weeks": .week, "month": .month, "months": .month,
        "year": .year, "years": .year,
    ]

    /// Words that may open a time expression and are kept in its text.
    static let prepositions: Set<String> = [
        "on", "in", "at", "since", "from", "until", "till", "by", "during", "between", "through",
        "throughout", "before", "after", "of", "as", "for", "over", "into",
    ]
    /// Modifiers between a preposition and the date ("in early May", "late last year").
    static let modifiers: Set<String> = ["early", "late", "mid", "earlier", "later", "the"]
    static let positionNouns: Set<String> = ["end", "start", "beginning", "middle", "turn", "close", "first", "second", "last", "latter", "half", "hours", "morning", "evening", "night", "afternoon", "eve", "weekend"]

    /// "last week", "next month", "this year".
    static let shifts: [String: Int] = ["last": -1, "this": 0, "next": 1, "coming": 1]

    /// Words that make a distance approximate or bounded.
    static let lessThan: Set<String> = ["less", "under", "within", "fewer"]
    static let approximate: Set<String> = ["about", "around", "roughly", "nearly", "almost", "some", "more", "over", "approximately", "barely", "nearly"]
    static let exact: Set<String> = ["just", "only", "exactly", "precisely"]

    /// Every word that can begin a time expression; any other word (and no number) is
    /// skipped at once, which keeps the scan cheap.
    static let starters: Set<String> = {
        var words = prepositions.union(modifiers).union(vagueWords).union(lessThan).union(approximate).union(exact).union(vagueCounts)
        words.formUnion(months.keys)
        words.formUnion(weekdays.keys)
        words.formUnion(numberWords.keys)
        words.formUnion(shifts.keys)
        words.formUnion(["today", "tonight", "yesterday", "tomorrow", "overnight", "that", "these", "recent", "shortly", "soon",
                         "immediately", "hours", "moments", "minutes", "days", "weeks", "months", "years", "weeklong", "daylong",
                         "monthlong", "yearlong", "at", "mid"])
        return words
    }()

    /// Words that can begin the date itself, after any preposition and modifier.
    static let coreStarters: Set<String> = starters.subtracting(prepositions).union(["the", "that", "a", "an", "at", "these"])

    /// Single words for an open time.
    static let vagueWords: Set<String> = ["recently", "lately", "soon", "shortly", "then", "previously", "earlier", "later", "formerly", "subsequently", "afterwards", "afterward"]
}
