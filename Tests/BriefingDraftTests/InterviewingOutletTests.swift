import BriefingModel
import Testing
@testable import BriefingDraft

/// "In an interview with El Mercurio published on Tuesday, Fuentes said …", from an invented
/// probe: the one an interview is with, when it is published or someone else speaks in it, is
/// an outlet, not a person.
@Suite struct InterviewingOutletTests: NameProbing {
    @Test(arguments: [
        "Mining Minister Tomas Fuentes spoke on Monday. In an interview with El Mercurio published on Tuesday, Fuentes said the mine would stay open.",
        "In an interview with La Tercera, Mining Minister Tomas Fuentes said the mine would stay open.",
        "Tomas Fuentes gave an interview with Radio Bio Bio broadcast on Sunday.",
    ]) func theInterviewerIsAnOutlet(_ text: String) {
        let result = find(text)
        let outlet = result.actors.first { ["El Mercurio", "La Tercera", "Radio Bio Bio"].contains($0.name) }
        #expect(outlet?.kind == .media, "\(result.actors.map { "\($0.name):\($0.kind)" })")
    }

    /// The one interviewed, with no one else speaking, stays a person.
    @Test func theIntervieweeStaysAPerson() {
        let result = find("The newspaper ran an interview with Ana Berg, who lost her job at the mine in June.")
        #expect(actor(result, "Ana Berg")?.kind == .person, "\(result.actors.map { "\($0.name):\($0.kind)" })")
    }
}
