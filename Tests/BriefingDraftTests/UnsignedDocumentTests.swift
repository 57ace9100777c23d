import BriefingModel
import Testing
@testable import BriefingDraft

/// "A statement posted online said … “…,” the statement said": a document introduced with no
/// author gives its words to no one; "The AP reported … “…,” the report said": the one who
/// reported wrote the report (UnsignedDocument.swift). Invented text.
@Suite struct UnsignedDocumentTests {
    func speaker(_ raw: String, _ prefix: String) -> String? {
        Drafter.draft(raw, published: nil).quotes.first { $0.text.hasPrefix(prefix) }?.speaker
    }

    @Test func aStatementWithNoAuthorHasNoSpeaker() {
        let raw = """
            The Ministry of Human Resources issued a statement on Monday. "The ministry will investigate every complaint," the statement said.

            A statement posted online said the factory had been closed for inspection. "All production has stopped," the statement said.
            """
        #expect(speaker(raw, "The ministry will") == "Ministry of Human Resources")
        #expect(speaker(raw, "All production") == nil)
    }

    @Test func theIssuerNamedBeforeStillSpeaks() {
        // Must-not: a statement whose issuer the sentence before names keeps that issuer.
        let raw = """
            Kenyan police said they had deployed officers to the site.

            Savanna Holdings issued a statement on Monday. "We will appeal this decision," the statement said.
            """
        #expect(speaker(raw, "We will appeal") == "Savanna Holdings")
    }

    @Test func theReportOfWhoReported() {
        let raw = """
            Tenmark Industries denied using forced labour.

            The Associated Press reported last year that several factories had used forced labour. "The pattern is clear," the report said.
            """
        #expect(speaker(raw, "The pattern") == "Associated Press")
    }

    @Test func aReportThatWasReportedOnIsNotTheReporters() {
        // Must-not: "was reported by" is passive; its subject wrote nothing.
        let raw = """
            Tenmark Industries denied using forced labour.

            The fire was reported by residents on Monday. "The damage is extensive," the report said.
            """
        #expect(speaker(raw, "The damage") != "Tenmark Industries")
    }
}
