import BriefingModel

/// A time expression found in a sentence, with what it resolves to.
public struct DateMention: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A calendar date or span: "on Wednesday", "last month", "between Sept. 1 and Oct. 1".
        case date
        /// A length of time that dates an event once it is anchored: "two-day visit".
        case duration(DateDuration)
        /// A distance from another dated event: "less than a week after", "the next day".
        case offset(DateOffset)
        /// A time the text leaves open: "recently", "in recent weeks", "then".
        case vague
    }

    public var kind: Kind
    /// The words as written, with their preposition ("on Wednesday", "In September").
    public var text: String
    /// UTF-8 offsets of `text` in the sentence.
    public var range: Range<Int>
    /// The resolved date; nil when the text does not say (vague, unanchored, no publication date).
    public var span: DateSpan?
    /// The leading preposition, lowercased ("on", "since", "between"), if any.
    public var preposition: String?
    /// The tense of the clause the expression sits in, which chose past or future readings.
    public var tense: Tense

    public init(kind: Kind, text: String, range: Range<Int>, span: DateSpan?, preposition: String? = nil, tense: Tense = .past) {
        self.kind = kind
        self.text = text
        self.range = range
        self.span = span
        self.preposition = preposition
        self.tense = tense
    }

    /// A date that places something in time, rather than the start of a state ("since 1997").
    public var isEventDate: Bool {
        guard case .date = kind, span != nil else { return false }
        return preposition != "since"
    }
}

/// A length of time: "two-day", "week-long", "for three weeks".
public struct DateDuration: Sendable, Hashable {
    public enum Unit: String, Sendable, Hashable { case day, week, month, year }

    public var count: Int
    public var unit: Unit

    public init(count: Int, unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// The span of whole days starting (or, `backwards`, ending) on a day-precision date;
    /// nil for a less precise anchor, since the span would be a guess.
    public func span(anchoredAt anchor: BriefingDate, backwards: Bool = false) -> DateSpan? {
        guard count > 0, let day = CalendarDay(anchor) else { return nil }
        let other: CalendarDay
        switch unit {
        case .day: other = day.adding(days: backwards ? 1 - count : count - 1)
        case .week: other = day.adding(days: backwards ? 1 - 7 * count : 7 * count - 1)
        case .month: other = backwards ? day.addingMonths(-count).adding(days: 1) : day.addingMonths(count).adding(days: -1)
        case .year: other = backwards ? day.addingMonths(-12 * count).adding(days: 1) : day.addingMonths(12 * count).adding(days: -1)
        }
        return backwards ? DateSpan(from: other, to: day) : DateSpan(from: day, to: other)
    }
}

/// A distance in time from an anchor: "two days later", "less than a week after", "the same day".
public struct DateOffset: Sendable, Hashable {
    public enum Direction: Sendable, Hashable { case later, earlier }
    public enum Bound: Sendable, Hashable { case exact, lessThan, approximate }

    public var count: Int
    public var unit: DateDuration.Unit
    public var bound: Bound
    /// For an adverb ("two days later"): where the dated event lies from the anchor.
    /// For a clause ("A came two days after B"): where A lies from B.
    public var direction: Direction
    /// "after"/"before" followed by the clause of the other event.
    public var isClausal: Bool

    public init(count: Int, unit: DateDuration.Unit, bound: Bound = .exact, direction: Direction, isClausal: Bool = false) {
        self.count = count
        self.unit = unit
        self.bound = bound
        self.direction = direction
        self.isClausal = isClausal
    }

    /// The date lying `direction` of `anchor` by this distance, at honest precision: days and
    /// weeks to the day (from a month, up to ten days, the month itself), months to the month,
    /// years to the year; "less than N days" as the
    /// span of days strictly between; approximate distances ("about a week") not at all.
    public func span(from anchor: BriefingDate, toward direction: Direction) -> DateSpan? {
        let sign = direction == .later ? 1 : -1
        let days: Int? = switch unit {
        case .day: count
        case .week: count * 7
        case .month, .year: nil
        }
        switch bound {
        case .approximate:
            return nil
        case .lessThan:
            guard let days, days >= 2, let day = CalendarDay(anchor) else { return nil }
            let near = day.adding(days: sign), far = day.adding(days: sign * (days - 1))
            return sign > 0 ? DateSpan(from: near, to: far) : DateSpan(from: far, to: near)
        case .exact:
            if let days {
                // "The row began in March. … two days later": a few days from a month stay,
                // at the anchor's precision, in that month.
                if anchor.precision == .month, days <= 10, days >= 0 { return DateSpan(start: anchor) }
                guard let day = CalendarDay(anchor) else { return count == 0 ? DateSpan(start: anchor) : nil }
                return DateSpan(start: day.adding(days: sign * days).date)
            }
            let months = (unit == .year ? 12 : 1) * count * sign
            guard let month = anchor.month else {
                return unit == .year ? DateSpan(start: BriefingDate(year: anchor.year + count * sign)) : nil
            }
            let shifted = CalendarDay.shift(year: anchor.year, month: month, by: months)
            return unit == .year
                ? DateSpan(start: BriefingDate(year: shifted.year))
                : DateSpan(start: BriefingDate(year: shifted.year, month: shifted.month))
        }
    }
}

/// The tense of a clause, as far as dating needs it.
public enum Tense: Sendable, Hashable {
    case past, present, future
}
