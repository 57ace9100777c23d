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
    /// "within six weeks": a deadline counted from the report (see `Dates/WithinDeadline.swift`).
    case within(DateDuration)
    case offset(DateOffset)
    case vague
    /// "between Sept. 1 and Oct. 1", "from Monday to Wednesday".
    case range(DateCore, DateCore)
    /// "on the 12th": a day of the month that the text leaves to the publication date.
    case dayOfMonth(Int)

    /// A calendar point that can be the end of a range.
    var isPoint: Bool {
        switch self {
        case .weekday, .calendar, .year, .relativeDay, .dayOfMonth: true
        default: false
        }
    }
}

enum DatePeriod: Hashable, Sendable {
    case week, weekend, month, year
    /// "over the weekend", "at the weekend": the last one in the past tense, the next in the future.
    case nearestWeekend
}

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
        return scanner.combineRanges(found).filter { !RankingPeriod.bounds($0, in: tokens) }
    }

    func word(_ index: Int) -> String? {
        index >= 0 && index < tokens.count ? tokens[index].lower : nil
    }

    func match(at i: Int) -> RawDate? {
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
            if tokens[j].isWord, Self.modifierWords.contains(w) { j += 1; modified = true; continue }
            if w == "at", word(j + 1) == "least" { j += 2; modified = true; continue }
            if w == "the" {
                // "the end of", "the early hours of"
                var k = j + 1
                if let adjective = word(k), ["early", "late", "small", "wee", "very"].contains(adjective) { k += 1 }
                if let position = word(k), DateLexicon.positionNouns.contains(position), word(k + 1) == "of" {
                    j = k + 2; modified = true; continue
                }
            }
            break
        }
        if j < tokens.count, canStartCore(tokens[j]), let (core, end) = core(at: j, preposition: preposition, modified: modified) {
            return RawDate(start: i, end: end, core: core, preposition: preposition)
        }
        if modified, canStartCore(tokens[afterPreposition]), let (core, end) = core(at: afterPreposition, preposition: preposition, modified: false) {
            return RawDate(start: i, end: end, core: core, preposition: preposition)
        }
        return nil
    }

    // MARK: - Cores

    /// A cheap test before trying every pattern: most words begin none.
    func canStartCore(_ token: SentenceToken) -> Bool {
        token.kind == .number || DateLexicon.coreStarters.contains(token.lower) || (token.isWord && token.lower.utf8.contains(45))
    }

    func core(at j: Int, preposition: String?, modified: Bool) -> (DateCore, Int)? {
        let token = tokens[j]
        let w = token.lower
        let context = preposition != nil || modified || closesMonthRange(at: j)

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
        if w == "the", word(j + 1) == "weekend", let preposition, ["over", "at", "during", "on"].contains(preposition) {
            return (.period(.nearestWeekend, shift: 0), j + 2)
        }
        // "the end of the month", "before the end of the year": the current one.
        if w == "the", modified, word(j - 1) == "of", let next = word(j + 1) {
            switch next {
            case "week": return (.period(.week, shift: 0), j + 2)
            case "month": return (.period(.month, shift: 0), j + 2)
            case "year": return (.period(.year, shift: 0), j + 2)
            default: break
            }
        }
        if let found = ordinalDay(at: j, preposition: preposition) { return found }
        if let found = monthFirst(at: j, context: context) { return found }
        if let found = dayFirst(at: j) { return found }
        if let found = year(at: j, context: context) { return found }
        if let found = distance(at: j, preposition: preposition) { return found }
        if let found = fixedOffset(at: j) { return found }
        if let found = duration(at: j) { return found }
        if let found = vague(at: j, preposition: preposition) { return found }
        return nil
    }

    func partOfDay(after index: Int) -> Int {
        if let next = word(index), DateLexicon.partsOfDay.contains(next) { return index + 1 }
        return index
    }

    /// "Sept. 1", "October 12, 2023", "May 2020", "October last year", "Sept. 1-3".
    func monthFirst(at j: Int, context: Bool) -> (DateCore, Int)? {
        guard j < tokens.count, tokens[j].isWord, tokens[j].isCapitalized, let month = DateLexicon.months[tokens[j].lower] else { return nil }
        var k = j + 1
        let isAbbreviated = tokens[j].text.count <= 4 && !["may", "june", "july"].contains(tokens[j].lower)
        if isAbbreviated, word(k) == "." { k += 1 }
        let hasDay = k < tokens.count && dayNumber(tokens[k]) != nil
        let hasYear = k < tokens.count && yearNumber(tokens[k]) != nil
        let isAbbreviation = tokens[j].text.count <= 4 && tokens[j].lower != "may" && tokens[j].lower != "june" && tokens[j].lower != "july"
        // "the March talks", "its May vote": a capitalised month between a determiner and a
        // lower-case noun is the month, not the verb.
        let beforeNoun = j > 0 && ["the", "its", "their", "his", "her", "this", "last"].contains(word(j - 1) ?? "")
            && j + 1 < tokens.count && tokens[j + 1].isWord && !tokens[j + 1].isCapitalized && !DateLexicon.prepositions.contains(tokens[j + 1].lower)
            && !["of", "and", "or", "to"].contains(tokens[j + 1].lower)
        if DateLexicon.ambiguousMonths.contains(tokens[j].lower) || isAbbreviation {
            guard context || hasDay || hasYear || (isAbbreviation && word(j + 1) == ".") || beforeNoun && !isAbbreviation else { return nil }
        }
        if k > j + 1, !hasDay, !hasYear, !context { return nil }
        return calendarTail(month: month, after: k, shift: nil)
    }

    func calendarTail(month: Int, after k: Int, shift: Int?) -> (DateCore, Int) {
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
            // "March 3 last year", "Jan. 5 next year": the year by its distance from publication.
            else if let shiftWord = word(k), let value = DateLexicon.shifts[shiftWord], word(k + 1) == "year" { yearShift = value; k += 2 }
        } else if k < tokens.count, let value = yearNumber(tokens[k]) {
            year = value
            k += 1
        } else if word(k) == ",", k + 1 < tokens.count, let value = yearNumber(tokens[k + 1]) {
            year = value
            k += 2
        } else if let shiftWord = word(k), let value = DateLexicon.shifts[shiftWord], word(k + 1) == "year" {
            yearShift = value
            k += 2
        } else if let (earlier, end) = thatYear(from: k) {
            year = earlier
            k = end
        }
        return (.calendar(month: month, day: day, dayEnd: dayEnd, year: year, yearShift: yearShift, shift: shift), k)
    }

    /// "signed in February 2024 … in June of that year", "in 2021 … in July that year": the
    /// year written last before the month, and the index after "that year".
    func thatYear(from k: Int) -> (Int, Int)? {
        var end = k
        if word(end) == "of" { end += 1 }
        guard word(end) == "that", word(end + 1) == "year",
              let earlier = tokens[..<k].reversed().lazy.compactMap({ yearNumber($0) }).first else { return nil }
        return (earlier, end + 2)
    }

    /// "on the 12th", "since the 3rd": an ordinal day with no month, after a preposition of
    /// time and before no noun ("the 12th century", "the 3rd round" are not days).
    func ordinalDay(at j: Int, preposition: String?) -> (DateCore, Int)? {
        guard let preposition, ["on", "since", "until", "till", "by", "from"].contains(preposition), word(j) == "the",
              j + 1 < tokens.count, tokens[j + 1].kind == .number else { return nil }
        let text = tokens[j + 1].lower
        guard ["st", "nd", "rd", "th"].contains(where: { text.hasSuffix($0) }), let (day, dayEnd) = dayNumber(tokens[j + 1]), dayEnd == nil else { return nil }
        if let next = word(j + 2), tokens[j + 2].isWord {
            if next == "of" || DateLexicon.months[next] != nil { return nil }
            guard Self.wordsAfterADay.contains(next) else { return nil }
        }
        return (.dayOfMonth(day), j + 2)
    }

    /// Words that may follow a bare day without making it a modifier of a noun.
    static let wordsAfterADay: Set<String> = [
        "and", "or", "but", "when", "after", "before", "while", "as", "with", "in", "at", "to", "until", "from", "that",
        "the", "a", "an", "morning", "afternoon", "evening", "night",
    ]

    /// "12 October", "12th of October 2023", "1-3 October".
    func dayFirst(at j: Int) -> (DateCore, Int)? {
        guard j < tokens.count, let days = dayNumber(tokens[j]) else { return nil }
        var k = j + 1
        if word(k) == "of" { k += 1 }
        guard k < tokens.count, tokens[k].isWord, tokens[k].isCapitalized, let month = DateLexicon.months[tokens[k].lower] else { return nil }
        k += 1
        if tokens[k - 1].text.count <= 4, !["may", "june", "july"].contains(tokens[k - 1].lower), word(k) == "." { k += 1 }
        var year: Int?
        var yearShift: Int?
        if k < tokens.count, let value = yearNumber(tokens[k]) { year = value; k += 1 }
        else if word(k) == ",", k + 1 < tokens.count, let value = yearNumber(tokens[k + 1]) { year = value; k += 2 }
        else if let shiftWord = word(k), let value = DateLexicon.shifts[shiftWord], word(k + 1) == "year" { yearShift = value; k += 2 }
        return (.calendar(month: month, day: days.0, dayEnd: days.1, year: year, yearShift: yearShift, shift: nil), k)
    }

    /// A bare year is a date after a preposition or article, or when no counted noun follows
    /// ("in 2000", "the 1997 embargo", "since 1997"; not "2000 troops").
    func year(at j: Int, context: Bool) -> (DateCore, Int)? {
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

    // MARK: - Ranges

    /// "between October and May", "from March to May": a month right after the connector of
    /// a range opened by a month is the range's end, not the verb "may" or a name ("June").
    func closesMonthRange(at j: Int) -> Bool {
        guard j >= 3, let connector = word(j - 1), ["and", "to", "until", "through"].contains(connector),
              tokens[j - 2].isCapitalized, DateLexicon.months[tokens[j - 2].lower] != nil else { return false }
        return (max(0, j - 5)..<(j - 2)).contains { ["between", "from"].contains(tokens[$0].lower) }
    }

    /// "on Tuesday and Wednesday": two days in a row joined by "and" are one span; days
    /// further apart are two dates, not the days between them.
    static func areConsecutiveDays(_ first: DateCore, _ second: DateCore) -> Bool {
        switch (first, second) {
        case let (.weekday(a, nil), .weekday(b, nil)): b == a % 7 + 1
        case let (.calendar(m1, d1?, nil, _, _, _), .calendar(m2, d2?, nil, nil, nil, nil)): m1 == m2 && d2 == d1 + 1
        default: false
        }
    }

    /// "between Sept. 1 and Oct. 1", "from Monday to Wednesday", "Sept. 1 to 3".
    func combineRanges(_ found: [RawDate]) -> [RawDate] {
        var result: [RawDate] = []
        var index = 0
        while index < found.count {
            var current = found[index]
            if index + 1 < found.count {
                let next = found[index + 1]
                if next.start == current.end + 1, current.core.isPoint, next.core.isPoint, next.preposition == nil,
                   let connector = word(current.end),
                   ["to", "until", "till", "through", "thru", "-", "–", "and"].contains(connector),
                   connector != "and" || current.preposition == "between" || Self.areConsecutiveDays(current.core, next.core) {
                    current = RawDate(start: current.start, end: next.end, core: .range(current.core, next.core), preposition: current.preposition)
                    result.append(current)
                    index += 2
                    continue
                }
                // "from April 4 until April 12", "from Sunday until Wednesday": the end's own
                // preposition is the connector, so it opens the second date; only after "from".
                if next.start == current.end, current.preposition == "from", current.core.isPoint, next.core.isPoint,
                   let connector = next.preposition, ["until", "till", "through"].contains(connector) {
                    current = RawDate(start: current.start, end: next.end, core: .range(current.core, next.core), preposition: current.preposition)
                    result.append(current)
                    index += 2
                    continue
                }
            }
            // "Sept. 1 to 3", "between May 1 and 15", "on May 3 and 4": a bare day after the connector.
            if case let .calendar(month, day?, nil, year, yearShift, shift) = current.core,
               let connector = word(current.end), ["to", "until", "through", "-", "–", "and"].contains(connector),
               connector != "and" || current.preposition == "between" || (current.end + 1 < tokens.count && dayNumber(tokens[current.end + 1])?.0 == day + 1),
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
