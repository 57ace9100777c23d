import BriefingModel
import Testing
@testable import BriefingDraft

/// "“…,” the statement said, quoting Defence Minister X": the person a body's statement quotes
/// speaks (helper sp's invented probes); a document or an unnamed source after "quoting" does not.
@Suite struct QuotingPersonTests {
    @Test(arguments: [
        ("""
            Israel's military said on Sunday it had struck Hezbollah targets in southern Lebanon.
            "We will not allow threats to our citizens," the statement said, quoting Defence Minister Israel Katz.
            """, "Israel Katz: We will not allow threats to our citizens"),
        ("""
            Vietnam's government said on Monday it would cut fuel taxes to curb inflation.
            "Prices must come down before the harvest," the government said in a statement, quoting Prime Minister Pham Minh Chinh.
            """, "Pham Minh Chinh: Prices must come down before the harvest"),
        ("""
            Ghana's central bank kept its main rate at 27 percent on Friday.
            "Inflation is easing faster than we expected," the bank said, quoting Governor Johnson Asiama.
            """, "Johnson Asiama: Inflation is easing faster than we expected"),
    ]) func thePersonQuotedByAStatementSpeaks(_ probe: (String, String)) {
        expectQuote(probe.1, in: probe.0)
    }

    @Test(arguments: [
        ("""
            Poland's Ministry of Finance said on Tuesday the deficit would narrow next year.
            "Growth will stay above 3 percent," the Ministry of Finance said, quoting a study by economist Jan Kowal.
            """, "Jan Kowal"),
        ("""
            Chile's health ministry reported 40 new cases of hantavirus on Thursday.
            "The outbreak is under control," the ministry said, quoting regional health officials.
            """, "-"),
    ]) func aDocumentOrUnnamedSourceAfterQuotingDoesNotSpeak(_ probe: (String, String)) {
        let drafted = roundFourSpeakers(probe.0)
        #expect(!drafted.contains { $0.hasPrefix(probe.1 + ":") }, "\(drafted)")
        #expect(drafted.contains { !$0.hasPrefix("-:") }, "\(drafted)")
    }
}
