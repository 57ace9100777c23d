import BriefingModel
@testable import BriefingDraft
import Testing

/// A month-day without a year near the day the text last wrote in full (helper dd's invented
/// wire-copy probes): the story is telling the days around that one, so it is in that year.
extension EventFinderTests {
    @Test(arguments: [
        ("Gunmen attacked a hotel in Mogadishu on Aug. 9, 2024, killing 12 people.\nSecurity forces arrested two suspects on Aug. 11.", "2026-01-15", "2024-08-11"),
        ("The earthquake struck the province on March 28, 2025.\nRescuers pulled a woman alive from the rubble on March 30.", "2026-05-01", "2025-03-30"),
        ("The ferry left Cebu City before dawn on Dec. 17, 2023.\nThe coast guard evacuated the nearby island on Dec. 16, hours before the ferry sailed.", "2026-01-20", "2023-12-16"),
        // The same month-day is an anniversary, not the day again.
        ("The earthquake struck southern Turkey on Feb. 6, 2023, killing thousands.\nPolice arrested two building contractors in Antakya on Feb. 6.", "2026-02-09", "2026-02-06"),
        // A day far from the full one is read from the report, as before.
        ("Gunmen attacked a hotel in Mogadishu on Aug. 9, 2024, killing 12 people.\nPolice arrested two suspects on Jan. 12.", "2026-01-15", "2026-01-12"),
        // A day with its own year keeps it.
        ("Gunmen attacked a hotel in Mogadishu on Aug. 9, 2024, killing 12 people.\nPolice arrested two suspects on Aug. 10, 2025.", "2026-01-15", "2025-08-10"),
    ])
    func aYearlessDayNearAFullDayIsInItsYearAndOnlyThen(text: String, published: String, date: String) {
        let dates = events(text, published).compactMap { $0.date?.description }
        #expect(dates.contains(date), "\(dates)")
    }
}
