import BriefingModel
import Testing
@testable import BriefingDraft

/// "Three workers from Bangladesh interviewed by The Associated Press, who spoke on condition of
/// anonymity …, said …": the workers speak, not the outlet that interviewed them
/// (InterviewedGroupVoice.swift). Invented text.
@Suite struct InterviewedGroupVoiceTests {
    func positions(_ raw: String) -> [String] {
        Drafter.draft(raw, published: nil).disputes.flatMap { $0.sides.map { "\($0.actor) \($0.stance.rawValue)" } }
    }

    func subjectOfClaim(_ raw: String) -> String? {
        Drafter.draft(raw, published: nil).quotes.first { $0.text.hasPrefix("We sold") }?.speaker
    }

    @Test func theInterviewedWorkersSpeak() {
        let raw = """
            Tenmark Industries said on Monday it had repaid all its workers.

            Three workers from Bangladesh interviewed by The Associated Press, who spoke on condition of anonymity for fear of losing their jobs, said they had not been repaid. "We sold our land to come here," they said.
            """
        let draft = Drafter.draft(raw, published: nil)
        #expect(draft.actors.contains { $0.name == "Workers" && $0.kind == .other })
        #expect(subjectOfClaim(raw) == "Workers")
        #expect(!positions(raw).contains { $0.hasPrefix("Associated Press") }, "\(positions(raw))")
    }

    @Test func theOutletThatReportsSpeaks() {
        // Must-not: an outlet that is the subject of its own verb still speaks.
        let raw = """
            Tenmark Industries said on Monday it had repaid all its workers.

            The Associated Press, which interviewed dozens of workers, said most of them had not been repaid.
            """
        #expect(positions(raw).contains { $0.hasPrefix("Associated Press") }, "\(positions(raw))")
        #expect(!Drafter.draft(raw, published: nil).actors.contains { $0.kind == .other })
    }
}
