/// What a time expression says, before it is resolved against the publication date.
indirect enum DateCore: Hashable, Sendable {
    /// "Wednesday", "last Friday" (shift -1), "next Monday" (+1), "this Sunday" (0).
    case weekday(Int, shift: Int?)
    /// "today" (0), "yesterday" (-1), "tomorrow" (+1), "last night" (-1).
    case relativeDay(Int)
    /// "last week" (-1), "this month" (0), "next year" (+1).
    case period(DatePeriod, shift: Int)
    /// "Sept. 1", "1-3 October 2023", "May", "October last year" (yearShift -1), "last May" (shift -1).
    case calendar(month: Int, day: Int?, dayEnd: Int?, year: Int?, yearShift: Int?, shift: Int?)
    /// "2000", "the 1990s" (1990–1999), "2022-23".
    case year(Int, end: Int?)
    /// "two days ago"; count nil for "a few days ago".
    case ago(count: Int?, unit: DateDuration.Unit)
    case duration(DateDuration)
    case offset(DateOffset)
    case vague
    /// "between Sept. 1 and Oct. 1", "from Monday to Wednesday".
    case range(DateCore, DateCore)

    /// A calendar point that can be the end of a range.
    var isPoint: Bool {
        switch self {
        case .weekday, .calendar, .year, .relativeDay: true
        default: false
        }
    }
}

enum DatePeriod: Hashable, Sendable { case week, weekend, month, year }

/// A time expression found in a token array: tokens `start..<end`.
struct RawDate: Hashable, Sendable {
    var start: Int
    var end: Int
    var core: DateCore
    var preposition: String?
}

/// Finds time expressions in tokens, longest match first, left to right.
struct DateScanner {
    let tokens: [SentenceToken]

    static func scan(_ tokens: [SentenceToken]) -> [RawDate] {
        let scanner = DateScanner(tokens: tokens)
        var found: [RawDate] = []
        var i = 0
        while i < tokens.count {
            if let raw = scanner.match(at: i) {
                found.append(raw)
                i = raw.end
            } else {
                i += 1
            }
        }
        return scanner.combineRanges(found)
    }

    private func word(_ index: Int) -> String? {
        index >= 0 && index < tokens.count ? tokens[index].lower : nil
    }

    private func match(at i: Int) -> RawDate? {
        let first = tokens[i]
        guard first.kind == .number || DateLexicon.starters.contains(first.lower) || (first.isWord && first.lower.utf8.contains(45)) else { return nil }
        var j = i
        var preposition: String?
        if tokens[j].isWord, DateLexicon.prepositions.contains(tokens[j].lower), j + 1 < tokens.count {
            preposition = tokens[j].lower
            j += 1
        }
        let afterPreposition = j
        var modified = false
        while j < tokens.count {
            let w = tokens[j].lower
            if tokens[j].isWord, ["early", "late", "mid", "earlier", "later"].contains(w) { j += 1; modified = true; continue }
            if w == "at", word(j + 1) == "least" { j += 2; modified = true; continue }
            if w == "the", let position = word(j + 1), DateLexicon.positionNouns.contains(position), word(j + 2) == "of" {
                j += 3; modified = true; continue
            }
            break
        }
        if j < tokens.count, let (core, end) = core(at: j, preposition: preposition, modified: modified) {
            return RawDate(start: i, end: end, core: core, preposition: preposition)
        }
        if modified, let (core, end) = core(at: afterPreposition, preposition: preposition, modified: false) {
            return RawDate(start: i, end: end, core: core, preposition: preposition)
        }
        return nil
    }

    // MARK: - Cores

    private func core(at j: Int, preposition: String?, modified: Bool) -> (DateCore, Int)? {
        let token = tokens[j]
        let w = token.lower
        let context = preposition != nil || modified

        if token.isWord, w.hasPrefix("mid-") {
            let rest = String(w.dropFirst(4))
            if let month = DateLexicon.months[rest] { return calendarTail(month: month, after: j + 1, shift: nil) }
            if let year = Int(rest), (1000...2100).contains(year) { return (.year(year, end: nil), j + 1) }
        }
        switch w {
        case "today", "tonight": return (.relativeDay(0), j + 1)
        case "yesterday": return (.relativeDay(-1), partOfDay(after: j + 1))
        case "tomorrow": return (.relativeDay(1), partOfDay(after: j + 1))
        case "overnight": return (.vague, j + 1)
        default: break
        }
        if let shift = DateLexicon.shifts[w], let next = word(j + 1), token.isWord {
            let nextToken = tokens[j + 1]
            if w == "this", ["morning", "afternoon", "evening"].contains(next) { return (.relativeDay(0), j + 2) }
            if w == "last", next == "night" { return (.relativeDay(-1), j + 2) }
            if let weekday = DateLexicon.weekdays[next], nextToken.isCapitalized {
                return (.weekday(weekday, shift: shift), partOfDay(after: j + 2))
            }
            switch next {
            case "week": return (.period(.week, shift: shift), j + 2)
            case "weekend": return (.period(.weekend, shift: shift), j + 2)
            case "month": return (.period(.month, shift: shift), j + 2)
            case "year": return (.period(.year, shift: shift), j + 2)
            default: break
            }
            if let month = DateLexicon.months[next], nextToken.isCapitalized, w != "coming" {
                return (.calendar(month: month, day: nil, dayEnd: nil, year: nil, yearShift: nil, shift: shift), j + 2)
            }
        }
        if let weekday = DateLexicon.weekdays[w], token.isCapitalized {
            if word(j + 1) == ",", let (calendar, end) = monthFirst(at: j + 2, context: true) { return (calendar, end) }
            if word(j + 1) == ",", let (calendar, end) = dayFirst(at: j + 2) { return (calendar, end) }
            return (.weekday(weekday, shift: nil), partOfDay(after: j + 1))
        }
        if let found = monthFirst(at: j, context: context) { return found }
        if let found = dayFirst(at: j) { return found }
        if let found = year(at: j, context: context) { return found }
        if let found = distance(at: j, preposition: preposition) { return found }
        if let found = fixedOffset(at: j) { return found }
        if let found = duration(at: j) { return found }
        if let found = vague(at: j, preposition: preposition) { return found }
        return nil
    }

    private func partOfDay(after index: Int) -> Int {
        if let next = word(index), DateLexicon.partsOfDay.contains(next) { return index + 1 }
        return index
    }

    /// "Sept. 1", "October 12, 2023", "May 2020", "October last year", "Sept. 1-3".
    private func monthFirst(at j: Int, context: Bool) -> (DateCore, Int)? {
        guard j < tokens.count, tokens[j].isWord, tokens[j].isCapitalized, let month = DateLexicon.months[tokens[j].lower] else { return nil }
        var k = j + 1
        let isAbbreviated = tokens[j].text.count <= 4 && !["may", "june", "july"].contains(tokens[j].lower)
        if isAbbreviated, word(k) == "." { k += 1 }
        let hasDay = k < tokens.count && dayNumber(tokens[k]) != nil
        let hasYear = k < tokens.count && yearNumber(tokens[k]) != nil
        let isAbbreviation = tokens[j].text.count <= 4 && tokens[j].lower != "may" && tokens[j].lower != "june" && tokens[j].lower != "july"
        if DateLexicon.ambiguousMonths.contains(tokens[j].lower) || isAbbreviation {
            guard context || hasDay || hasYear || (isAbbreviation && word(j + 1) == ".") else { return nil }
        }
        if k > j + 1, !hasDay, !hasYear, !context { return nil }
        return calendarTail(month: month, after: k, shift: nil)
    }

    private func calendarTail(month: Int, after k: Int, shift: Int?) -> (DateCore, Int) {
        var k = k
        var day: Int?, dayEnd: Int?, year: Int?, yearShift: Int?
        if k < tokens.count, let days = dayNumber(tokens[k]) {
            day = days.0
            dayEnd = days.1
            k += 1
            if dayEnd == nil, let dash = word(k), ["–", "-"].contains(dash), k + 1 < tokens.count, let end = dayNumber(tokens[k + 1]), end.1 == nil, end.0 > days.0 {
                dayEnd = end.0
                k += 2
            }
            if word(k) == ",", k + 1 < tokens.count, let value = yearNumber(tokens[k + 1]) { year = value; k += 2 }
            else if k < tokens.count, let value = yearNumber(tokens[k]) { year = value; k += 1 }
        } else if k < tokens.count, let value = yearNumber(tokens[k]) {
            year = value
            k += 1
        } else if word(k) == ",", k + 1 < tokens.count, let value = yearNumber(tokens[k + 1]) {
            year = value
            k += 2
        } else if let shiftWord = word(k), let value = DateLexicon.shifts[shiftWord], word(k + 1) == "year" {
            yearShift = value
            k += 2
        }
        return (.calendar(month: month, day: day, dayEnd: dayEnd, year: year, yearShift: yearShift, shift: shift), k)
    }

    /// "12 October", "12th of October 2023", "1-3 October".
    private func dayFirst(at j: Int) -> (DateCore, Int)? {
        guard j < tokens.count, let days = dayNumber(tokens[j]) else { return nil }
        var k = j + 1
        if word(k) == "of" { k += 1 }
        guard k < tokens.count, tokens[k].isWord, tokens[k].isCapitalized, let month = DateLexicon.months[tokens[k].lower] else { return nil }
        k += 1
        if tokens[k - 1].text.count <= 4, !["may", "june", "july"].contains(tokens[k - 1].lower), word(k) == "." { k += 1 }
        var year: Int?
        if k < tokens.count, let value = yearNumber(tokens[k]) { year = value; k += 1 }
        else if word(k) == ",", k + 1 < tokens.count, let value = yearNumber(tokens[k + 1]) { year = value; k += 2 }
        return (.calendar(month: month, day: days.0, dayEnd: days.1, year: year, yearShift: nil, shift: nil), k)
    }

    /// A bare year is a date after a preposition or article, or when no counted noun follows
    /// ("in 2000", "the 1997 embargo", "since 1997"; not "2000 troops").
    private func year(at j: Int, context: Bool) -> (DateCore, Int)? {
        let token = tokens[j]
        guard token.kind == .number else { return nil }
        let text = token.lower
        // "1990s"
        if text.count == 5, text.hasSuffix("s"), let value = Int(text.dropLast()), value % 10 == 0, (1000...2100).contains(value) {
            return (.year(value, end: value + 9), j + 1)
        }
        // "2022-23", "2014-2015"
        let parts = text.split(separator: "-")
        if parts.count == 2, parts[0].count == 4, let first = Int(parts[0]), (1000...2100).contains(first), let second = Int(parts[1]) {
            let end = parts[1].count == 2 ? first / 100 * 100 + second : second
            guard parts[1].count == 2 || parts[1].count == 4, end > first, end - first < 100 else { return nil }
            return (.year(first, end: end), j + 1)
        }
        guard let value = yearNumber(token) else { return nil }
        if token.isPossessive || context { return (.year(value, end: nil), j + 1) }
        if let previous = word(j - 1), ["the", "and", "or", "to", "-", "–", "a"].contains(previous) || (j > 0 && tokens[j - 1].isPossessive) {
            return (.year(value, end: nil), j + 1)
        }
        guard j + 1 < tokens.count, tokens[j + 1].isWord else { return (.year(value, end: nil), j + 1) }
        let next = tokens[j + 1].lower
        if next.hasSuffix("s"), !next.hasSuffix("ss"), next.count > 3 { return nil }
        if ["people", "men", "women", "children", "troops", "staff", "personnel"].contains(next) { return nil }
        return (.year(value, end: nil), j + 1)
    }

    /// "two days ago", "less than a week after", "three years later", "a few days ago",
    /// "for two weeks" (a duration).
    private func distance(at j: Int, preposition: String?) -> (DateCore, Int)? {
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
    private func fixedOffset(at j: Int) -> (DateCore, Int)? {
        guard let w = word(j) else { return nil }
        let clausalAfter = { (index: Int) -> Bool in index < tokens.count && tokens[index].isWord }
        if ["shortly", "soon", "immediately", "just", "hours", "moments", "minutes", "days", "weeks", "months", "years"].contains(w), let next = word(j + 1), ["after", "before", "later", "earlier"].contains(next) {
            let direction: DateOffset.Direction = next == "after" || next == "later" ? .later : .earlier
            let clausal = (next == "after" || next == "before") && clausalAfter(j + 2)
            return (.offset(DateOffset(count: 0, unit: .day, bound: .approximate, direction: direction, isClausal: clausal)), j + 2)
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
            else if let u = DateLexicon.units[unit], u != .day { return (.offset(DateOffset(count: 1, unit: u, bound: .approximate, direction: direction)), k + 2) }
            else { return nil }
            return (.offset(DateOffset(count: count, unit: .day, direction: direction)), k + 2)
        default:
            return nil
        }
    }

    private static let longUnits: [String: DateDuration.Unit] = [
        "weeklong": .week, "week-long": .week, "daylong": .day, "day-long": .day, "monthlong": .month, "month-long": .month,
        "yearlong": .year, "year-long": .year,
    ]

    /// "two-day", "10-day", "week-long", "weeklong".
    private func duration(at j: Int) -> (DateCore, Int)? {
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

    private func vague(at j: Int, preposition: String?) -> (DateCore, Int)? {
        guard let w = word(j), tokens[j].isWord else { return nil }
        if DateLexicon.vagueWords.contains(w) {
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
            if let unit = word(k), ["days", "weeks", "months", "years", "decades", "hours"].contains(unit) { return (.vague, k + 1) }
            if ["past", "coming"].contains(second), let unit = word(k), ["day", "week", "month", "year", "decade"].contains(unit) { return (.vague, k + 1) }
            if second == "past", preposition == "in" { return (.vague, j + 2) }
            return nil
        }
        if preposition == "at", w == "the" || w == "that", word(j + 1) == "time" { return (.vague, j + 2) }
        return nil
    }

    // MARK: - Numbers

    private func numberWord(_ word: String) -> Int? {
        if let value = DateLexicon.numberWords[word] { return value }
        let parts = word.split(separator: "-")
        if parts.count == 2, let tens = DateLexicon.numberWords[String(parts[0])], let ones = DateLexicon.numberWords[String(parts[1])], tens >= 20, ones < 10 {
            return tens + ones
        }
        return nil
    }

    /// 1–31, with an ordinal suffix or as a range "1-3".
    private func dayNumber(_ token: SentenceToken) -> (Int, Int?)? {
        guard token.kind == .number else { return nil }
        var text = token.lower
        for suffix in ["st", "nd", "rd", "th"] where text.hasSuffix(suffix) { text.removeLast(2) }
        let parts = text.split(separator: "-")
        if parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), (1...31).contains(a), (1...31).contains(b), a < b { return (a, b) }
        guard parts.count == 1, text.count <= 2, let value = Int(text), (1...31).contains(value) else { return nil }
        return (value, nil)
    }

    private func yearNumber(_ token: SentenceToken) -> Int? {
        guard token.kind == .number, token.lower.count == 4, let value = Int(token.lower), (1000...2100).contains(value) else { return nil }
        return value
    }

    // MARK: - Ranges

    /// "between Sept. 1 and Oct. 1", "from Monday to Wednesday", "Sept. 1 to 3".
    private func combineRanges(_ found: [RawDate]) -> [RawDate] {
        var result: [RawDate] = []
        var index = 0
        while index < found.count {
            var current = found[index]
            if index + 1 < found.count {
                let next = found[index + 1]
                if next.start == current.end + 1, current.core.isPoint, next.core.isPoint, next.preposition == nil,
                   let connector = word(current.end),
                   ["to", "until", "till", "through", "thru", "-", "–", "and"].contains(connector),
                   connector != "and" || current.preposition == "between" {
                    current = RawDate(start: current.start, end: next.end, core: .range(current.core, next.core), preposition: current.preposition)
                    result.append(current)
                    index += 2
                    continue
                }
            }
            // "Sept. 1 to 3", "between May 1 and 15": a bare day after the connector.
            if case let .calendar(month, day?, nil, year, yearShift, shift) = current.core,
               let connector = word(current.end), ["to", "until", "through", "-", "–", "and"].contains(connector),
               connector != "and" || current.preposition == "between",
               current.end + 1 < tokens.count, let end = dayNumber(tokens[current.end + 1]), end.1 == nil, end.0 > day,
               current.end + 2 >= tokens.count || DateLexicon.months[tokens[current.end + 2].lower] == nil {
                current.core = .calendar(month: month, day: day, dayEnd: end.0, year: year, yearShift: yearShift, shift: shift)
                current.end += 2
            }
            result.append(current)
            index += 1
        }
        return result
    }
}
