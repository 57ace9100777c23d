/// A calendar date known to a year, a month or a day — never more precise than the text.
public struct BriefingDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Precision: String, Sendable, Hashable, Comparable {
        case year, month, day

        private var rank: Int { self == .year ? 0 : self == .month ? 1 : 2 }
        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rank < rhs.rank }
    }

    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    public var precision: Precision { day != nil ? .day : month != nil ? .month : .year }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else or an impossible date.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }), (1...3).contains(parts.count),
              parts[0].count == 4, let year = Int(parts[0]), year >= 1
        else { return nil }
        var month: Int?, day: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let value = Int(parts[1]), (1...12).contains(value) else { return nil }
            month = value
        }
        if parts.count == 3, let month {
            guard parts[2].count == 2, let value = Int(parts[2]),
                  (1...Self.daysIn(month: month, year: year)).contains(value) else { return nil }
            day = value
        }
        self.init(year: year, month: month, day: day)
    }

    /// ISO 8601 at its own precision: `2023`, `2023-10`, `2023-10-18`.
    public var iso: String {
        var text = padded(year, to: 4)
        if let month { text += "-" + padded(month, to: 2) }
        if let day { text += "-" + padded(day, to: 2) }
        return text
    }

    public var description: String { iso }

    /// Human form at its own precision: "18 October 2023", "October 2023", "2023".
    public var display: String {
        switch (month, day) {
        case let (month?, day?): return "\(day) \(Self.monthNames[month - 1]) \(year)"
        case let (month?, nil): return "\(Self.monthNames[month - 1]) \(year)"
        default: return String(year)
        }
    }

    /// "October 2023": the group a timeline shows this date under.
    public var monthHeading: String {
        month.map { "\(Self.monthNames[$0 - 1]) \(year)" } ?? String(year)
    }

    /// Earlier first; a less precise date sorts before the more precise dates it contains.
    public static func < (lhs: BriefingDate, rhs: BriefingDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    public static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// When an event happened: one date, or a span from `start` to `end`.
public struct DateSpan: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var start: BriefingDate
    public var end: BriefingDate?

    public init(start: BriefingDate, end: BriefingDate? = nil) {
        self.start = start
        self.end = end
    }

    /// `2023-10-18`, or a range `2023-09-01/2023-10-01`.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let start = BriefingDate(parsing: String(parts[0])) else { return nil }
        var end: BriefingDate?
        if parts.count == 2 {
            guard let parsed = BriefingDate(parsing: String(parts[1])) else { return nil }
            end = parsed
        }
        self.init(start: start, end: end)
    }

    public var description: String { end.map { "\(start.iso)/\($0.iso)" } ?? start.iso }

    /// "18–19 October 2023", "1 September – 1 October 2023", "October 2023".
    public var display: String {
        guard let end, end != start else { return start.display }
        if start.precision == .day, end.precision == .day, start.year == end.year {
            if start.month == end.month, let d1 = start.day, let d2 = end.day, let month = start.month {
                return "\(d1)–\(d2) \(BriefingDate.monthNames[month - 1]) \(start.year)"
            }
            if let d1 = start.day, let m1 = start.month {
                return "\(d1) \(BriefingDate.monthNames[m1 - 1]) – \(end.display)"
            }
        }
        return "\(start.display) – \(end.display)"
    }

    public static func < (lhs: DateSpan, rhs: DateSpan) -> Bool {
        (lhs.start, lhs.end ?? lhs.start) < (rhs.start, rhs.end ?? rhs.start)
    }
}

/// Zero-padded decimal digits.
func padded(_ value: Int, to width: Int) -> String {
    let digits = "\(value)"
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
