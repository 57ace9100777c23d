/// Distances, durations, open times and the numbers inside them.
extension DateScanner {
    /// "two days ago", "less than a week after", "three years later", "a few days ago",
    /// "for two weeks" (a duration).
    func distance(at j: Int, preposition: String?) -> (DateCore, Int)? {
        var k = j
        var bound = DateOffset.Bound.exact
        if let w = word(k), DateLexicon.lessThan.contains(w) {
            bound = .lessThan
            k += 1
            if word(k) == "than" { k += 1 }
        } else if let w = word(k), DateLexicon.approximate.contains(w) {
            bound = .approximate
            k += 1
            if word(k) == "than" { k += 1 }
        } else if let w = word(k), DateLexicon.exact.contains(w) {
            k += 1
        }
        guard k < tokens.count else { return nil }
        var count: Int?
        if let value = tokens[k].integerValue, tokens[k].text.count < 4 {
            count = value; k += 1
        } else if let value = numberWord(tokens[k].lower) {
            count = value; k += 1
            if value == 1, let w = word(k), ["few", "couple"].contains(w) { count = nil; k += 1; if word(k) == "of" { k += 1 } }
        } else if let w = word(k), DateLexicon.vagueCounts.contains(w) {
            k += 1
            if word(k) == "of" { k += 1 }
        } else {
            return nil
        }
        guard let unitWord = word(k), let unit = DateLexicon.units[unitWord] else { return nil }
        k += 1
        let end = word(k)
        switch end {
        case "ago":
            return (.ago(count: bound == .exact ? count : nil, unit: unit), k + 1)
        case "later", "earlier", "after", "before":
            guard let count else { return (.offset(DateOffset(count: 1, unit: unit, bound: .approximate, direction: end == "later" || end == "after" ? .later : .earlier, isClausal: false)), k + 1) }
            let clausal = (end == "after" || end == "before") && k + 1 < tokens.count && tokens[k + 1].isWord
            let direction: DateOffset.Direction = end == "later" || end == "after" ? .later : .earlier
            return (.offset(DateOffset(count: count, unit: unit, bound: bound, direction: direction, isClausal: clausal)), k + 1)
        default:
            if let within = withinDeadline(at: j, count: count, unit: unit, next: end) { return (within, k) }
            if preposition == "for", let count, bound == .exact {
                return (.duration(DateDuration(count: count, unit: unit)), k)
            }
            // "11 days of joint drills"
            if preposition == nil, end == "of", let count, bound == .exact, unitWord.hasSuffix("s") || count == 1 {
                return (.duration(DateDuration(count: count, unit: unit)), k)
            }
            return nil
        }
    }

    /// "the same day", "that day", "the next day", "the previous day", "the day before",
    /// "shortly after", "soon after".
    func fixedOffset(at j: Int) -> (DateCore, Int)? {
        guard let w = word(j) else { return nil }
        let clausalAfter = { (index: Int) -> Bool in index < tokens.count && tokens[index].isWord }
        if ["shortly", "soon", "immediately", "just", "hours", "moments", "minutes", "days", "weeks", "months", "years"].contains(w), let next = word(j + 1),
           ["after", "before", "later", "earlier", "afterwards", "afterward"].contains(next) {
            // "shortly after 3 a.m. on Sunday", "just before dawn on Friday": a distance from a
            // clock time says when in the day; the day is the date after it, not the last date.
            if isClockDistance(at: j) { return nil }
            let direction: DateOffset.Direction = ["after", "later", "afterwards", "afterward"].contains(next) ? .later : .earlier
            let clausal = (next == "after" || next == "before") && clausalAfter(j + 2)
            // "Shortly afterwards", "minutes later": an adverb that stays on the day of the
            // last event. Longer or clausal distances stay open.
            // "Hours later" too: annotators keep it on the day of the act before.
            let sameDay = !clausal && ["shortly", "soon", "immediately", "moments", "minutes", "hours"].contains(w)
            return (.offset(DateOffset(count: 0, unit: .day, bound: sameDay ? .exact : .approximate, direction: direction, isClausal: clausal)), j + 2)
        }
        guard ["the", "that", "a"].contains(w), let second = word(j + 1) else { return nil }
        var k = j + 1
        var count = 0
        var direction = DateOffset.Direction.later
        switch second {
        case "same":
            k += 1
            guard let unit = word(k), ["day", "morning", "evening", "night", "afternoon"].contains(unit) else { return nil }
            return (.offset(DateOffset(count: 0, unit: .day, direction: .later)), k + 1)
        case "day", "morning", "evening", "night", "afternoon":
            if w == "that" { return (.offset(DateOffset(count: 0, unit: .day, direction: .later)), k + 1) }
            guard w == "the", let relation = word(k + 1), ["before", "after"].contains(relation) else { return nil }
            direction = relation == "after" ? .later : .earlier
            return (.offset(DateOffset(count: 1, unit: .day, direction: direction, isClausal: clausalAfter(k + 2))), k + 2)
        case "next", "following", "previous":
            guard w == "the", let unit = word(k + 1) else { return nil }
            direction = second == "previous" ? .earlier : .later
            if ["day", "morning", "evening", "night", "afternoon"].contains(unit) { count = 1 }
            // "the following month", "the previous year": the calendar neighbour, exact at its
            // own precision; "the following week" from a day is left open.
            else if let u = DateLexicon.units[unit], u != .day {
                return (.offset(DateOffset(count: 1, unit: u, bound: u == .week ? .approximate : .exact, direction: direction)), k + 2)
            }
            else { return nil }
            return (.offset(DateOffset(count: count, unit: .day, direction: direction)), k + 2)
        default:
            return nil
        }
    }

    /// "shortly after 3 a.m.", "just before dawn": a word of nearness, "after" or "before", then
    /// a clock time or a time of day.
    func isClockDistance(at j: Int) -> Bool {
        guard let next = word(j + 1), ["after", "before"].contains(next), j + 2 < tokens.count else { return false }
        return tokens[j + 2].kind == .number || Self.timesOfDay.contains(tokens[j + 2].lower)
    }

    /// Times of day a distance can count from: "shortly after midnight".
    static let timesOfDay: Set<String> = ["midnight", "noon", "midday", "dawn", "daybreak", "sunrise", "sunset", "dusk", "nightfall"]

    static let modifierWords: Set<String> = ["early", "late", "mid", "earlier", "later"]

    static let longUnits: [String: DateDuration.Unit] = [
        "weeklong": .week, "week-long": .week, "daylong": .day, "day-long": .day, "monthlong": .month, "month-long": .month,
        "yearlong": .year, "year-long": .year,
    ]

    /// "two-day", "10-day", "week-long", "weeklong".
    func duration(at j: Int) -> (DateCore, Int)? {
        let token = tokens[j]
        let w = token.lower
        if let unit = Self.longUnits[w] { return (.duration(DateDuration(count: 1, unit: unit)), j + 1) }
        guard w.utf8.contains(45) else { return nil }
        var parts = w.split(separator: "-").map(String.init)
        if parts.last == "long" { parts.removeLast() }
        guard parts.count >= 2, let unit = DateLexicon.units[parts[parts.count - 1]], !parts[parts.count - 1].hasSuffix("s") else { return nil }
        let countParts = parts.dropLast()
        var count = 0
        for part in countParts {
            if let value = Int(part) { count += value } else if let value = numberWord(part) { count += value } else { return nil }
        }
        guard count > 0, count < 1000 else { return nil }
        // "the 62-year-old" is an age, not a span of time.
        if word(j + 1) == "old" || w.hasSuffix("-old") { return nil }
        return (.duration(DateDuration(count: count, unit: unit)), j + 1)
    }

    func vague(at j: Int, preposition: String?) -> (DateCore, Int)? {
        guard let w = word(j), tokens[j].isWord else { return nil }
        if DateLexicon.vagueWords.contains(w), !isClockDistance(at: j) {
            // "earlier" and "later" only as adverbs, not "later stages", "earlier warnings".
            if ["earlier", "later"].contains(w), let next = tokens.indices.contains(j + 1) ? tokens[j + 1] : nil, next.isWord, !["in", "on", "at", "this", "that", "today", "than"].contains(next.lower) {
                return nil
            }
            return (.vague, j + 1)
        }
        if w == "recent", let unit = word(j + 1), ["days", "weeks", "months", "years", "times"].contains(unit) { return (.vague, j + 2) }
        if w == "the" || w == "these", let second = word(j + 1), ["past", "last", "coming", "next", "previous", "recent", "following"].contains(second) {
            var k = j + 2
            if let count = word(k), numberWord(count) != nil || Int(count) != nil || count == "few" || count == "several" { k += 1 }
            if word(k) == "few" { k += 1 }
            // "killed 30 people in the past 24 hours": whole days of hours back to publication.
            if ["past", "last"].contains(second), let preposition, ["in", "over", "during"].contains(preposition), word(k) == "hours",
               let hours = word(k - 1).flatMap({ Int($0) }), hours > 0, hours % 24 == 0, hours <= 72 {
                return (.range(.relativeDay(-hours / 24), .relativeDay(0)), k + 1)
            }
            if let unit = word(k), ["days", "weeks", "months", "years", "decades", "hours"].contains(unit) { return (.vague, k + 1) }
            if ["past", "coming"].contains(second), let unit = word(k), ["day", "week", "month", "year", "decade"].contains(unit) { return (.vague, k + 1) }
            if second == "past", preposition == "in" { return (.vague, j + 2) }
            return nil
        }
        if preposition == "at", w == "the" || w == "that", word(j + 1) == "time" { return (.vague, j + 2) }
        return nil
    }

    // MARK: - Numbers

    func numberWord(_ word: String) -> Int? {
        if let value = DateLexicon.numberWords[word] { return value }
        guard word.utf8.contains(45) else { return nil }
        let parts = word.split(separator: "-")
        if parts.count == 2, let tens = DateLexicon.numberWords[String(parts[0])], let ones = DateLexicon.numberWords[String(parts[1])], tens >= 20, ones < 10 {
            return tens + ones
        }
        return nil
    }

    /// 1–31, with an ordinal suffix or as a range "1-3".
    func dayNumber(_ token: SentenceToken) -> (Int, Int?)? {
        guard token.kind == .number else { return nil }
        var text = token.lower
        for suffix in ["st", "nd", "rd", "th"] where text.hasSuffix(suffix) { text.removeLast(2) }
        let parts = text.split(separator: "-")
        if parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), (1...31).contains(a), (1...31).contains(b), a < b { return (a, b) }
        guard parts.count == 1, text.count <= 2, let value = Int(text), (1...31).contains(value) else { return nil }
        return (value, nil)
    }

    func yearNumber(_ token: SentenceToken) -> Int? {
        guard token.kind == .number, token.lower.count == 4, let value = Int(token.lower), (1000...2100).contains(value) else { return nil }
        return value
    }
}
