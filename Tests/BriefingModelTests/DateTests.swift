import BriefingModel
import Testing

@Suite struct BriefingDateTests {
    @Test func parsesEachPrecision() throws {
        let year = try #require(BriefingDate(parsing: "2023"))
        #expect(year == BriefingDate(year: 2023))
        #expect(year.precision == .year)
        #expect(year.month == nil && year.day == nil)

        let month = try #require(BriefingDate(parsing: "2023-10"))
        #expect(month == BriefingDate(year: 2023, month: 10))
        #expect(month.precision == .month)

        let day = try #require(BriefingDate(parsing: "2023-10-18"))
        #expect(day == BriefingDate(year: 2023, month: 10, day: 18))
        #expect(day.precision == .day)
    }

    @Test func aDayWithoutAMonthIsDropped() {
        #expect(BriefingDate(year: 2023, month: nil, day: 5).precision == .year)
        #expect(BriefingDate(year: 2023, month: nil, day: 5).day == nil)
    }

    @Test(arguments: [
        ("2024-02-29", true),   // divisible by 4
        ("2023-02-29", false),
        ("2000-02-29", true),   // divisible by 400
        ("1900-02-29", false),  // divisible by 100 only
        ("2023-02-28", true),
        ("2023-04-30", true),
        ("2023-04-31", false),
        ("2023-06-31", false),
        ("2023-09-31", false),
        ("2023-11-31", false),
        ("2023-12-31", true),
        ("2023-01-31", true),
        ("2023-01-00", false),
        ("2023-01-32", false),
    ])
    func daysOfTheMonth(_ text: String, _ valid: Bool) {
        #expect((BriefingDate(parsing: text) != nil) == valid, "\(text)")
    }

    @Test(arguments: [
        "", "23", "202", "20231", "0000", "2023-", "2023-1", "2023-001", "2023-00", "2023-13",
        "2023-10-1", "2023-10-018", "2023-10-18-01", "2023/10/18", "18-10-2023", "2023-10-18T10:00",
        "October 2023", " 2023", "2023 ", "abcd", "-2023", "２０２３",
    ])
    func rejectsMalformedText(_ text: String) {
        #expect(BriefingDate(parsing: text) == nil, "'\(text)' parsed")
    }

    @Test(arguments: ["+202", "2023-+1", "2023-10-+1", "+202-10-18"])
    func rejectsSignedNumbers(_ text: String) {
            #expect(BriefingDate(parsing: text) == nil, "'\(text)' parsed")
    }

    @Test func isoKeepsThePrecision() {
        #expect(BriefingDate(year: 2023).iso == "2023")
        #expect(BriefingDate(year: 2023, month: 9).iso == "2023-09")
        #expect(BriefingDate(year: 2023, month: 9, day: 1).iso == "2023-09-01")
        #expect(BriefingDate(year: 33, month: 1, day: 2).iso == "0033-01-02")
        #expect(BriefingDate(year: 2023, month: 9, day: 1).description == "2023-09-01")
    }

    @Test func displayKeepsThePrecision() {
        #expect(BriefingDate(year: 2023).display == "2023")
        #expect(BriefingDate(year: 2023, month: 10).display == "October 2023")
        #expect(BriefingDate(year: 2023, month: 10, day: 18).display == "18 October 2023")
        #expect(BriefingDate(year: 2023, month: 1, day: 1).display == "1 January 2023")
        #expect(BriefingDate(year: 2023, month: 12, day: 31).display == "31 December 2023")
    }

    @Test func monthHeading() {
        #expect(BriefingDate(year: 2023, month: 10, day: 18).monthHeading == "October 2023")
        #expect(BriefingDate(year: 2023, month: 10).monthHeading == "October 2023")
        #expect(BriefingDate(year: 2023).monthHeading == "2023")
    }

    @Test func aLessPreciseDateSortsBeforeTheDatesItContains() {
        let dates = ["2023-10-18", "2023", "2023-10", "2022-12-31", "2023-10-01", "2024", "2023-09"]
            .compactMap(BriefingDate.init(parsing:))
        #expect(dates.sorted().map(\.iso) == ["2022-12-31", "2023", "2023-09", "2023-10", "2023-10-01", "2023-10-18", "2024"])
        #expect(BriefingDate.Precision.year < .month && BriefingDate.Precision.month < .day)
    }

    @Test func roundTripsThroughISO() {
        for text in ["2023", "2023-10", "2023-10-18", "0001-01-01", "9999-12-31"] {
            #expect(BriefingDate(parsing: text)?.iso == text)
        }
    }
}

@Suite struct DateSpanTests {
    @Test func parsesASingleDate() throws {
        let span = try #require(DateSpan(parsing: "2023-10-18"))
        #expect(span.start == BriefingDate(year: 2023, month: 10, day: 18))
        #expect(span.end == nil)
        #expect(span.description == "2023-10-18")
    }

    @Test func parsesARange() throws {
        let span = try #require(DateSpan(parsing: "2023-09-01/2023-10-01"))
        #expect(span.start == BriefingDate(year: 2023, month: 9, day: 1))
        #expect(span.end == BriefingDate(year: 2023, month: 10, day: 1))
        #expect(span.description == "2023-09-01/2023-10-01")
        // Ends may have any precision of their own.
        #expect(DateSpan(parsing: "2023-09/2023-10-05")?.description == "2023-09/2023-10-05")
        #expect(DateSpan(parsing: "2022/2023")?.description == "2022/2023")
    }

    @Test(arguments: ["", "/", "2023/", "/2023", "2023//2024", "2023/2024/2025", "2023-13/2024", "2023/2024-02-30", "2023 / 2024"])
    func rejectsMalformedRanges(_ text: String) {
        #expect(DateSpan(parsing: text) == nil, "'\(text)' parsed")
    }

    @Test func display() {
        func display(_ text: String) -> String? { DateSpan(parsing: text)?.display }
        #expect(display("2023-10-18") == "18 October 2023")
        #expect(display("2023-10") == "October 2023")
        #expect(display("2023") == "2023")
        #expect(display("2023-10-18/2023-10-19") == "18–19 October 2023")
        #expect(display("2023-09-01/2023-10-01") == "1 September – 1 October 2023")
        #expect(display("2023-12-30/2024-01-02") == "30 December 2023 – 2 January 2024")
        #expect(display("2023-09/2023-10") == "September 2023 – October 2023")
        #expect(display("2022/2023") == "2022 – 2023")
        #expect(display("2023-09-28/2023-10") == "28 September 2023 – October 2023")
        // A range that ends where it starts is one date.
        #expect(display("2023-10-18/2023-10-18") == "18 October 2023")
    }

    @Test func sortsByStartThenEnd() {
        let spans = ["2023-10-18/2023-10-20", "2023-10-18", "2023-10", "2023-10-18/2023-10-19", "2023-09-01/2023-12-01"]
            .compactMap(DateSpan.init(parsing:))
        #expect(spans.sorted().map(\.description) == [
            "2023-09-01/2023-12-01", "2023-10", "2023-10-18", "2023-10-18/2023-10-19", "2023-10-18/2023-10-20",
        ])
    }
}
