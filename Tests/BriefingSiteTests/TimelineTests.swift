import BriefingModel
@testable import BriefingSite
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// An element tree read with a real XML parser from a page's `<main>`, which the timeline
/// template writes as well-formed markup.
final class Element {
    let name: String
    let attributes: [String: String]
    var children: [Element] = []
    var text = ""          // all text inside, children included
    weak var parent: Element?

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    var classes: Set<Substring> { Set((attributes["class"] ?? "").split(separator: " ")) }

    /// Every element below this one, in document order.
    var descendants: [Element] { children.flatMap { [$0] + $0.descendants } }

    func all(_ name: String) -> [Element] { descendants.filter { $0.name == name } }

    func first(_ name: String, id: String? = nil) -> Element? {
        descendants.first { $0.name == name && (id == nil || $0.attributes["id"] == id) }
    }

    /// The text with runs of white space as one space.
    var plain: String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    final class Builder: NSObject, XMLParserDelegate {
        var stack: [Element] = [Element(name: "#document", attributes: [:])]

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            let element = Element(name: name, attributes: attributes)
            element.parent = stack.last
            stack.last?.children.append(element)
            stack.append(element)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            for element in stack { element.text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }
    }

    struct Invalid: Error, CustomStringConvertible { var description: String }

    /// The `<main>` element of an HTML page.
    static func main(of html: String) throws -> Element {
        guard let start = html.range(of: "<main"), let end = html.range(of: "</main>", range: start.upperBound..<html.endIndex) else {
            throw Invalid(description: "no <main> element")
        }
        let builder = Builder()
        let parser = XMLParser(data: Data(html[start.lowerBound..<end.upperBound].utf8))
        parser.delegate = builder
        guard parser.parse(), let main = builder.stack.first?.children.first else {
            throw Invalid(description: "<main> is not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        }
        return main
    }
}

@Suite struct TimelineTests {
    static func buildTimeline() async throws -> (main: Element, markdown: String, output: URL) {
        let output = try await Fixtures.build(Fixtures.site("timeline"))
        let html = try String(contentsOf: output.appendingPathComponent("timeline.html"), encoding: .utf8)
        let markdown = try String(contentsOf: output.appendingPathComponent("timeline.md"), encoding: .utf8)
        return (try Element.main(of: html), markdown, output)
    }

    /// The title of each event listed directly in a list, in order.
    static func titles(in list: Element?) -> [String] {
        // The event's own link is the one without a title; citation links have one.
        (list?.children ?? []).compactMap { item in item.children.first { $0.name == "a" && $0.attributes["title"] == nil }?.plain }
    }

    @Test func eventsAreGroupedByYearThenMonthWithUndatedLast() async throws {
        let (main, _, output) = try await Self.buildTimeline()
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }

        let sections = main.all("section")
        #expect(sections.compactMap { $0.attributes["aria-labelledby"] } == ["y2022", "y2024", "undated"])
        let headings = main.descendants.filter { $0.name == "h2" || $0.name == "h3" }.map { "\($0.name) \($0.plain)" }
        #expect(headings == ["h2 2022", "h2 2024", "h3 February 2024", "h3 March 2024", "h3 September 2024", "h3 November 2024", "h2 Undated"])
        for heading in main.all("h2") + main.all("h3") where heading.attributes["id"] != "undated" {
            let time = try #require(heading.first("time"))
            #expect(heading.attributes["id"] == (heading.name == "h2" ? "y" : "m") + (time.attributes["datetime"] ?? "?"))
        }

        // A year-precise event sits under its year, before (and outside) the months.
        let year2024 = try #require(sections.first { $0.attributes["aria-labelledby"] == "y2024" })
        let yearList = try #require(year2024.children.first { $0.name == "ol" })
        #expect(Self.titles(in: yearList) == ["Channel dredged at some point in the year"])
        let dredging = try #require(yearList.children.first)
        #expect(dredging.classes.contains("precision-year"))
        #expect(dredging.first("time")?.attributes["datetime"] == "2024")
        #expect(dredging.first("time")?.plain == "2024")

        // Each month's list follows its heading.
        let lists = year2024.children.filter { $0.name == "ol" }
        #expect(lists.map { Self.titles(in: $0) } == [
            ["Channel dredged at some point in the year"],
            ["Dockers vote to strike"],
            ["Two days of talks"],
            ["Harbour inspected between 1 September and 1 October"],
            ["Expansion works run from November into the next year"],
        ])
        let strike = try #require(lists[1].children.first)
        #expect(strike.classes.contains("precision-month"))
        #expect(strike.first("time")?.attributes["datetime"] == "2024-02")
        #expect(strike.first("time")?.plain == "February 2024")

        // Undated events: their own list, with no date at all.
        let undated = try #require(sections.last)
        #expect(Self.titles(in: undated.first("ul")) == ["The charter that founded the port"])
        #expect(undated.all("time").isEmpty)
        #expect(undated.first("li")?.classes.contains("precision-undated") == true)

        // The jump list links to every group.
        #expect(main.first("nav")?.all("a").compactMap { $0.attributes["href"] } == ["#y2022", "#y2024", "#undated"])
    }

    @Test func aRangeIsOneItemWithItsStartEndAndTheMonthsItCovers() async throws {
        let (main, markdown, output) = try await Self.buildTimeline()
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }

        let items = main.all("li").filter { $0.classes.contains("timeline-event") }
        func item(_ title: String) throws -> Element {
            let found = items.filter { $0.plain.contains(title) }
            #expect(found.count == 1, "'\(title)' should be listed exactly once")
            return try #require(found.first)
        }
        func times(_ item: Element) -> [String] { item.all("time").map { "\($0.attributes["datetime"] ?? "?")=\($0.plain)" } }
        func bar(_ item: Element) -> [String] { item.all("span").filter { $0.parent?.classes.contains("timeline-bar") == true }.map(\.plain) }

        // "between 1 September and 1 October": under September, with both dates and a bar of two months.
        let inspection = try item("Harbour inspected")
        #expect(inspection.classes.contains("timeline-range"))
        #expect(times(inspection) == ["2024-09-01=1 September", "2024-10-01=1 October 2024"])
        #expect(inspection.plain.hasPrefix("1 September to 1 October 2024 (31 days) — Harbour inspected"))
        #expect(bar(inspection) == ["Sep 2024", "Oct"])
        #expect(inspection.all("span").first { $0.classes.contains("timeline-bar") }?.attributes["aria-hidden"] == "true")
        #expect(inspection.parent?.children.first { $0.name == "li" } === inspection)
        let september = try #require(main.first("h3", id: "m2024-09"))
        let siblings = try #require(september.parent?.children)
        let index = try #require(siblings.firstIndex { $0 === september })
        #expect(siblings[index + 1] === inspection.parent)

        // A two-day visit: one month, so no bar, but both days.
        let talks = try item("Two days of talks")
        #expect(times(talks) == ["2024-03-04=4 March", "2024-03-05=5 March 2024"])
        #expect(talks.plain.contains("(2 days)"))
        #expect(bar(talks).isEmpty)

        // Across a year end, month-precise.
        let expansion = try item("Expansion works")
        #expect(times(expansion) == ["2024-11=November 2024", "2025-02=February 2025"])
        #expect(expansion.plain.contains("(4 months)"))
        #expect(bar(expansion) == ["Nov 2024", "Dec", "Jan 2025", "Feb"])

        // Year-precise span, under its first year.
        let rivalry = try item("A rivalry with Southport")
        #expect(times(rivalry) == ["2022=2022", "2024=2024"])
        #expect(rivalry.classes.contains("precision-year"))
        #expect(bar(rivalry) == ["2022", "2023", "2024"])

        // The Markdown edition says the same in words.
        #expect(markdown.contains("## 2024\n\n- **2024** — [Channel dredged at some point in the year](events/dredging.html)"))
        #expect(markdown.contains("### September 2024\n\n- **1 September** to **1 October 2024** (31 days) — [Harbour inspected between 1 September and 1 October](events/inspection.html)"))
        #expect(markdown.contains("- **February 2024** — [Dockers vote to strike](events/strike-vote.html)"))
        #expect(markdown.contains("## Undated\n\nEvents whose sources give no date.\n\n- [The charter that founded the port](events/old-charter.html)"))
        #expect(!markdown.contains("<time"))
    }

    @Test func durationsAndBarsCountInclusively() {
        func date(_ text: String) -> BriefingDate { BriefingDate(parsing: text) ?? BriefingDate(year: 1) }
        #expect(SitePlanner.duration(from: date("2024-02-28"), to: date("2024-03-01")) == "3 days")   // a leap year
        #expect(SitePlanner.duration(from: date("2023-02-28"), to: date("2023-03-01")) == "2 days")
        #expect(SitePlanner.duration(from: date("2023-12-31"), to: date("2024-01-01")) == "2 days")
        #expect(SitePlanner.duration(from: date("2023-09"), to: date("2023-10-15")) == "2 months")
        #expect(SitePlanner.duration(from: date("2023"), to: date("2023-10")) == "1 year")
        #expect(SitePlanner.dayNumber(year: 1970, month: 1, day: 1) == 0)
        #expect(SitePlanner.dayNumber(year: 2000, month: 3, day: 1) == 11_017)
        #expect(SitePlanner.barLabels(from: date("2023-10-18"), to: date("2023-10-19")).isEmpty)
        #expect(SitePlanner.barLabels(from: date("2023-12"), to: date("2024-01")) == ["Dec 2023", "Jan 2024"])
        #expect(SitePlanner.barLabels(from: date("2023-09"), to: date("2024")) == ["2023", "2024"])
        // Longer than two years: a bar of years, and never more than 24 cells.
        #expect(SitePlanner.barLabels(from: date("2020-01"), to: date("2023-06")) == ["2020", "2021", "2022", "2023"])
        let long = SitePlanner.barLabels(from: date("1900"), to: date("2000"))
        #expect(long.count == 24 && long.first == "1900" && long.last == "…")
    }
}
