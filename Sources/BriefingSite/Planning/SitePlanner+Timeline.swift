import BriefingModel

/// The timeline page: events on a time axis by year and month, each with the precision
/// its sources give. A range is listed once, under its start month, with an explicit end
/// and a bar of the months it covers: repeating it under every month would list (and read
/// out) the same link many times, and a long span would crowd out the months it covers.
extension SitePlanner {
    static let timelinePath = "timeline.html"

    static func timeline(_ briefing: Briefing, citations: CitationTexts = .defaults) -> PlannedPage {
        let make = ViewFactory(briefing: briefing, urls: SiteURLs(from: timelinePath), citationTexts: citations)
        var years: [TimelineYear] = []
        var undated: [TimelineItem] = []
        for event in briefing.events {
            let item = timelineItem(event, make)
            guard let start = event.date?.start else {
                undated.append(item)
                continue
            }
            let year = String(start.iso.prefix(4))
            let yearIndex: Int
            if let found = years.firstIndex(where: { $0.datetime == year }) {
                yearIndex = found
            } else {
                years.append(TimelineYear(heading: String(start.year), id: "y\(year)", datetime: year, items: [], months: []))
                yearIndex = years.count - 1
            }
            guard start.month != nil else {
                years[yearIndex].items.append(item)
                continue
            }
            let month = String(start.iso.prefix(7))
            if let monthIndex = years[yearIndex].months.firstIndex(where: { $0.datetime == month }) {
                years[yearIndex].months[monthIndex].items.append(item)
            } else {
                years[yearIndex].months.append(TimelineMonth(heading: start.monthHeading, id: "m\(month)", datetime: month, items: [item]))
            }
        }
        // Events arrive in date order; sorting the groups keeps the axis right even if not.
        years.sort { $0.datetime < $1.datetime }
        for index in years.indices { years[index].months.sort { $0.datetime < $1.datetime } }

        let title = "Timeline"
        let intro = "Events in time order, by year and month, each with the precision its sources give: "
            + "a month or a year where that is all they say, a start and an end for a span. Undated events are listed last."
        var page = PlannedPage(kind: .list, id: "timeline", path: timelinePath, template: "timeline", title: title,
                               description: intro, breadcrumbs: crumbs(nil, title, from: timelinePath),
                               view: TimelineView(title: title, intro: intro, years: years, undated: undated))
        page.htmlTemplate = "timeline-body"
        return page
    }

    static func timelineItem(_ event: Event, _ make: ViewFactory) -> TimelineItem {
        let sources = make.eventSources(event)
        var item = TimelineItem(title: event.title, url: make.urls.event(event.id), start: nil, end: nil, precision: "undated",
                                duration: nil, bar: [], citations: sources.shown, moreSources: sources.more, unreviewed: !event.reviewed)
        guard let span = event.date else { return item }
        let start = span.start
        item.precision = start.precision.rawValue
        guard let end = span.end, end != start else {
            item.start = TimeView(text: start.display, datetime: start.iso)
            return item
        }
        // "1 September to 1 October 2023": the start drops a year the end repeats.
        var startText = start.display
        if start.year == end.year, let month = start.month {
            let name = BriefingDate.monthNames[month - 1]
            startText = start.day.map { "\($0) \(name)" } ?? name
        }
        item.start = TimeView(text: startText, datetime: start.iso)
        item.end = TimeView(text: end.display, datetime: end.iso)
        item.duration = duration(from: start, to: end)
        item.bar = barLabels(from: start, to: end)
        return item
    }

    /// "2 days", "3 months", "2 years": counted inclusively, at the coarser of the two precisions.
    static func duration(from start: BriefingDate, to end: BriefingDate) -> String {
        func count(_ n: Int, _ unit: String) -> String { "\(n) \(unit)\(n == 1 ? "" : "s")" }
        if let d1 = start.day, let m1 = start.month, let d2 = end.day, let m2 = end.month {
            return count(dayNumber(year: end.year, month: m2, day: d2) - dayNumber(year: start.year, month: m1, day: d1) + 1, "day")
        }
        if let m1 = start.month, let m2 = end.month {
            return count((end.year * 12 + m2) - (start.year * 12 + m1) + 1, "month")
        }
        return count(end.year - start.year + 1, "year")
    }

    /// One label per month a range touches ("Sep 2023", "Oct", …, "Jan 2024"), or per year
    /// when either end has no month or the span is longer than two years. Empty for a range
    /// within one month: there is nothing to draw across.
    static func barLabels(from start: BriefingDate, to end: BriefingDate) -> [String] {
        let limit = 24
        var labels: [String] = []
        if let m1 = start.month, let m2 = end.month, (end.year * 12 + m2) - (start.year * 12 + m1) < limit {
            var (year, month) = (start.year, m1)
            while (year, month) <= (end.year, m2) {
                let name = String(BriefingDate.monthNames[month - 1].prefix(3))
                labels.append(labels.isEmpty || month == 1 ? "\(name) \(year)" : name)
                (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
            }
        } else {
            labels = (start.year...max(start.year, end.year)).map(String.init)
            if labels.count > limit { labels = Array(labels.prefix(limit - 1)) + ["…"] }
        }
        return labels.count > 1 ? labels : []
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's
    /// days_from_civil), so that two dates subtract to the days between them.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
