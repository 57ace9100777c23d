import BriefingModel

/// Turns what a time expression says into dates, against the publication date and the
/// tense of its clause. Every relative expression needs the publication date; without it
/// only dates that carry their year resolve.
struct DateResolver {
    let published: BriefingDate?

    var publishedDay: CalendarDay? { published.flatMap(CalendarDay.init) }

    func resolve(_ core: DateCore, tense: Tense) -> DateSpan? {
        switch core {
        case let .weekday(weekday, shift):
            return weekdaySpan(weekday, shift: shift, tense: tense)
        case let .relativeDay(offset):
            return publishedDay.map { DateSpan(start: $0.adding(days: offset).date) }
        case let .period(period, shift):
            return periodSpan(period, shift: shift, tense: tense)
        case let .calendar(month, day, dayEnd, year, yearShift, shift):
            let explicitYear = year ?? yearShift.flatMap { shift in published.map { $0.year + shift } }
            return calendarSpan(month: month, day: day, dayEnd: dayEnd, year: explicitYear, shift: shift, tense: tense)
        case let .year(year, end):
            return DateSpan(start: BriefingDate(year: year), end: end.map { BriefingDate(year: $0) })
        case let .ago(count, unit):
            return agoSpan(count: count, unit: unit)
        case let .within(length):
            return withinSpan(length, tense: tense)
        case .duration, .offset, .vague:
            return nil
        case let .range(first, second):
            return rangeSpan(first, second, tense: tense)
        case let .dayOfMonth(day):
            return dayOfMonthSpan(day, tense: tense)
        }
    }

    // MARK: - Weekdays and periods

    /// Past: the matching day on or before publication. Future: the first one after it.
    /// Present: the nearer of the two (the earlier on a tie). "last"/"next" skip today.
    func weekdaySpan(_ weekday: Int, shift: Int?, tense: Tense) -> DateSpan? {
        guard let day = publishedDay else { return nil }
        let back = (day.weekday - weekday + 7) % 7
        let forward = (weekday - day.weekday + 7) % 7
        let onOrBefore = day.adding(days: -back)
        let strictlyBefore = day.adding(days: back == 0 ? -7 : -back)
        let strictlyAfter = day.adding(days: forward == 0 ? 7 : forward)
        let chosen: CalendarDay
        switch (shift, tense) {
        case (.some(-1), _): chosen = strictlyBefore
        case (.some(1), _): chosen = strictlyAfter
        case (_, .past): chosen = onOrBefore
        case (_, .future): chosen = strictlyAfter
        case (_, .present): chosen = back <= forward || forward == 0 ? onOrBefore : strictlyAfter
        }
        return DateSpan(start: chosen.date)
    }

    func periodSpan(_ period: DatePeriod, shift: Int, tense: Tense = .past) -> DateSpan? {
        guard let published else { return nil }
        switch period {
        case .nearestWeekend:
            guard let day = publishedDay else { return nil }
            let saturday = tense == .future
                ? day.adding(days: (6 - day.weekday + 7) % 7)
                : day.adding(days: -((day.weekday - 6 + 7) % 7))
            return DateSpan(from: saturday, to: saturday.adding(days: 1))
        case .week, .weekend:
            guard let day = publishedDay else { return nil }
            let monday = day.monday.adding(days: 7 * shift)
            return period == .week ? DateSpan(from: monday, to: monday.adding(days: 6)) : DateSpan(from: monday.adding(days: 5), to: monday.adding(days: 6))
        case .month:
            guard let month = published.month else { return nil }
            let shifted = CalendarDay.shift(year: published.year, month: month, by: shift)
            return DateSpan(start: BriefingDate(year: shifted.year, month: shifted.month))
        case .year:
            return DateSpan(start: BriefingDate(year: published.year + shift))
        }
    }

    func agoSpan(count: Int?, unit: DateDuration.Unit) -> DateSpan? {
        guard let count, let published else { return nil }
        switch unit {
        case .day:
            return publishedDay.map { DateSpan(start: $0.adding(days: -count).date) }
        case .week:
            guard let day = publishedDay else { return nil }
            let monday = day.adding(days: -7 * count).monday
            return DateSpan(from: monday, to: monday.adding(days: 6))
        case .month:
            guard let month = published.month else { return nil }
            let shifted = CalendarDay.shift(year: published.year, month: month, by: -count)
            return DateSpan(start: BriefingDate(year: shifted.year, month: shifted.month))
        case .year:
            return DateSpan(start: BriefingDate(year: published.year - count))
        }
    }

    /// "on the 12th": that day in the publication month, or in the month before (past) or
    /// after (future) when the tense puts it on the other side of publication.
    func dayOfMonthSpan(_ day: Int, tense: Tense) -> DateSpan? {
        guard let published, let month = published.month, let today = published.day else { return nil }
        let shift: Int = switch tense {
        case .past: day <= today ? 0 : -1
        case .future: day >= today ? 0 : 1
        case .present: 0
        }
        let shifted = CalendarDay.shift(year: published.year, month: month, by: shift)
        return span(year: shifted.year, month: shifted.month, day: day, dayEnd: nil)
    }

    // MARK: - Calendar dates

    enum YearChoice { case latestOnOrBefore, earliestOnOrAfter, latestBefore, earliestAfter, nearest }

    func calendarSpan(month: Int, day: Int?, dayEnd: Int?, year: Int?, shift: Int?, tense: Tense) -> DateSpan? {
        let choice: YearChoice
        switch (shift, tense) {
        case (.some(-1), _): choice = .latestBefore
        case (.some(1), _): choice = .earliestAfter
        case (.some(0), _): choice = .nearest
        case (_, .past): choice = .latestOnOrBefore
        case (_, .future): choice = .earliestOnOrAfter
        case (_, .present): choice = .nearest
        }
        if shift == 0, let published {
            return span(year: published.year, month: month, day: day, dayEnd: dayEnd)
        }
        guard var resolvedYear = year ?? chooseYear(month: month, day: day, choice: choice) else { return nil }
        if year == nil, choice == .latestOnOrBefore, isMoreThanHalfAYearBack(year: resolvedYear, month: month, day: day),
           let published, day.map({ CalendarDay.isValid(year: published.year, month: month, day: $0) }) ?? true {
            resolvedYear = published.year
        }
        return span(year: resolvedYear, month: month, day: day, dayEnd: dayEnd)
    }

    /// Wire style gives a date's year only when it is not the current one, so a past-tense
    /// "called for a ceasefire before the election on Oct. 12" in September means the coming
    /// October: a month more than half a year back would have carried its year or "last".
    func isMoreThanHalfAYearBack(year: Int, month: Int, day: Int?) -> Bool {
        guard let published, let publishedMonth = published.month, year < published.year else { return false }
        if let day, let publishedDay {
            return publishedDay.ordinal - CalendarDay(year: year, month: month, day: day).ordinal > 183
        }
        return (published.year * 12 + publishedMonth) - (year * 12 + month) > 6
    }

    func span(year: Int, month: Int, day: Int?, dayEnd: Int?) -> DateSpan? {
        guard let day else { return DateSpan(start: BriefingDate(year: year, month: month)) }
        guard CalendarDay.isValid(year: year, month: month, day: day) else { return nil }
        let start = BriefingDate(year: year, month: month, day: day)
        guard let dayEnd else { return DateSpan(start: start) }
        guard CalendarDay.isValid(year: year, month: month, day: dayEnd) else { return nil }
        return DateSpan(start: start, end: BriefingDate(year: year, month: month, day: dayEnd))
    }

    /// The year that puts a month (and day) where the tense says, near publication.
    /// Candidates reach four years either way so that "Feb. 29" finds a leap year.
    func chooseYear(month: Int, day: Int?, choice: YearChoice, reference: BriefingDate? = nil) -> Int? {
        guard let reference = reference ?? published, let referenceMonth = reference.month else { return nil }
        // Compare at the precision both sides have.
        let useDays = day != nil && reference.day != nil
        func key(_ year: Int) -> Int {
            useDays ? CalendarDay(year: year, month: month, day: day!).ordinal : year * 12 + month - 1
        }
        let referenceKey = useDays ? CalendarDay(reference)!.ordinal : reference.year * 12 + referenceMonth - 1
        let candidates = (reference.year - 4...reference.year + 4).filter { year in
            day.map { CalendarDay.isValid(year: year, month: month, day: $0) } ?? true
        }
        switch choice {
        case .latestOnOrBefore: return candidates.last { key($0) <= referenceKey }
        case .earliestOnOrAfter: return candidates.first { key($0) >= referenceKey }
        case .latestBefore: return candidates.last { key($0) < referenceKey }
        case .earliestAfter: return candidates.first { key($0) > referenceKey }
        case .nearest:
            return candidates.min { a, b in
                let da = abs(key(a) - referenceKey), db = abs(key(b) - referenceKey)
                return da != db ? da < db : a < b
            }
        }
    }

    // MARK: - Ranges

    /// Both ends resolved; an end without a year follows the start ("Dec. 20 to Jan. 5"),
    /// a start without a year precedes an end that has one.
    func rangeSpan(_ first: DateCore, _ second: DateCore, tense: Tense) -> DateSpan? {
        // "between January and November last year": the end's year, stated or counted from
        // publication, holds for a start without one.
        let endYear: Int? = if case let .calendar(_, _, _, y2, ys2, _) = second { y2 ?? ys2.flatMap { shift in published.map { $0.year + shift } } } else { nil }
        if case let .calendar(m1, d1, _, nil, nil, nil) = first, case let .calendar(m2, d2, e2, _, _, _) = second, let y2 = endYear {
            let end = span(year: y2, month: m2, day: d2, dayEnd: e2)
            guard let end, let year = chooseYear(month: m1, day: d1, choice: .latestOnOrBefore, reference: end.start) else { return nil }
            guard let start = span(year: year, month: m1, day: d1, dayEnd: nil) else { return nil }
            return DateSpan(start: start.start, end: end.last)
        }
        guard let start = resolve(first, tense: tense) else { return nil }
        var end: DateSpan?
        switch second {
        case let .calendar(m2, d2, e2, nil, nil, nil):
            guard let year = chooseYear(month: m2, day: d2, choice: .earliestOnOrAfter, reference: start.start.month == nil ? nil : start.start) else { return nil }
            end = span(year: year, month: m2, day: d2, dayEnd: e2)
        case let .weekday(weekday, nil):
            guard let startDay = CalendarDay(start.start) else { return nil }
            let forward = (weekday - startDay.weekday + 7) % 7
            end = DateSpan(start: startDay.adding(days: forward).date)
        default:
            end = resolve(second, tense: tense)
        }
        guard let end, end.last >= start.start else { return nil }
        // "seized 2,300 tonnes between October and May", told in June: a past span whose start
        // would fall after publication ends at the last such end and starts before it.
        if tense == .past, let published, start.start > published, case let .calendar(m1, d1, _, nil, nil, nil) = first,
           case .calendar(_, _, _, nil, nil, nil) = second, let pastEnd = resolve(second, tense: .past), pastEnd.last <= published,
           let year = chooseYear(month: m1, day: d1, choice: .latestOnOrBefore, reference: pastEnd.start),
           let pastStart = span(year: year, month: m1, day: d1, dayEnd: nil), pastStart.start < pastEnd.last {
            return DateSpan(start: pastStart.start, end: pastEnd.last)
        }
        return DateSpan(start: start.start, end: end.last == start.start ? nil : end.last)
    }
}
