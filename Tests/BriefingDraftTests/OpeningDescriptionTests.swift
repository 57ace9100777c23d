import BriefingModel
import Testing
@testable import BriefingDraft

/// "The operator, Meghna Star Launch Co., denied wrongdoing": the opening description is the
/// named body's alias (OpeningDescription.swift). Invented text.
@Suite struct OpeningDescriptionTests: NameProbing {
    @Test func theOpeningDescriptionNamesTheBodyBetweenCommas() {
        let raw = """
            Investigators blamed a ferry operator on Monday for a capsizing on the river.
            The operator, Meghna Star Launch Co., denied wrongdoing.
            """
        let result = find(raw)
        #expect(actor(result, "Meghna Star Launch Co.")?.aliases.contains("the operator") == true, "\(result.actors.map { "\($0.name) \($0.aliases)" })")
        #expect(result.actors.allSatisfy { $0.name == "Meghna Star Launch Co." || !$0.aliases.contains("the operator") })
    }

    @Test func anOpeningPhraseOfPlaceIsNoDescription() {
        // Must-not: "At the meeting, Meghna Star Launch Co. said" gives the company no alias "the meeting".
        let result = find("At the meeting, Meghna Star Launch Co. said it had done nothing wrong.")
        #expect(actor(result, "Meghna Star Launch Co.")?.aliases.contains { $0.lowercased().contains("meeting") } != true)
    }
}
