// View models of the timeline page, shared by `timeline.md.mustache` (the Markdown
// edition) and `timeline-body.html.mustache` (the HTML body, which needs `<time>`).

/// A date as people read it and as `<time datetime>` states it, at its own precision.
struct TimeView: Sendable, Encodable {
    var text: String
    var datetime: String
}

struct TimelineItem: Sendable, Encodable {
    var title: String
    var url: String
    /// Nil for an undated event.
    var start: TimeView?
    /// Set for a range: the item shows "start to end".
    var end: TimeView?
    /// "day", "month", "year" or "undated": how precisely the sources date it (a CSS class).
    var precision: String
    /// How long a range lasts: "2 days", "3 months".
    var duration: String?
    /// One short label per month (or year) a range covers; drawn as a bar when there are two or more.
    var bar: [String]
    var citations: [CitationView]
    var moreSources: MoreSources? = nil
    var unreviewed = false
}

struct TimelineMonth: Sendable, Encodable {
    var heading: String
    var id: String
    var datetime: String
    var items: [TimelineItem]
}

struct TimelineYear: Sendable, Encodable {
    var heading: String
    var id: String
    var datetime: String
    /// Events known only to the year, listed under the year before its months.
    var items: [TimelineItem]
    var months: [TimelineMonth]
}

struct TimelineView: Sendable, Encodable {
    var title: String
    var intro: String?
    var years: [TimelineYear]
    var undated: [TimelineItem]
}
