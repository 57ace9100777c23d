import BriefingModel
import Testing
@testable import BriefingDraft

/// "“Pay us back!” they chanted", "the crowd chanted", "the strikers chanted": a crowd that
/// chants speaks as a group (ChantingGroups.swift, ChantingVoice.swift). Invented text.
@Suite struct ChantingGroupTests {
    func speaker(_ raw: String, _ prefix: String) -> String? {
        Drafter.draft(raw, published: nil).quotes.first { $0.text.hasPrefix(prefix) }?.speaker
    }

    @Test func theyChantedIsTheCrowdNamedBefore() {
        let raw = """
            Malaysian police said they had opened an investigation. Home Minister Rafiq Osman said the government would act.

            Outside the factory on Tuesday, dozens of protesters gathered. "Pay us back!" they chanted.

            Residents who gathered outside the court sang and danced. "Our land, our future," they chanted.
            """
        #expect(speaker(raw, "Pay us back") == "Protesters")
        #expect(speaker(raw, "Our land") == "Residents")
    }

    @Test func theCrowdAndTheStrikersChant() {
        let raw = """
            Home Minister Rafiq Osman visited the port on Monday.

            "No more slavery," the crowd chanted as Osman arrived.

            Hundreds of strikers marched through the city centre. "Fair pay now!" the strikers chanted.
            """
        #expect(speaker(raw, "No more slavery") == "Crowd")
        #expect(speaker(raw, "Fair pay now") == "Strikers")
    }

    @Test func aBodyThatSaysIsNoCrowd() {
        // Must-not: "they" that says, not chants, after a body keeps the pronoun rules; no crowd is made.
        let raw = """
            Malaysian police said they had opened an investigation.

            Tenmark Industries rejected the claims. "We pay every worker on time," they said.
            """
        let draft = Drafter.draft(raw, published: nil)
        #expect(draft.quotes.first { $0.text.hasPrefix("We pay") }?.speaker == "Tenmark Industries")
        #expect(!draft.actors.contains { $0.kind == .other })
    }

    @Test func aCrowdThatOnlyGathersIsNoActor() {
        // Must-not: a crowd that neither chants nor holds a side is not drafted.
        let raw = "Malaysian police said they had opened an investigation. The fans left the stadium early. The crowd sang the anthem."
        #expect(!Drafter.draft(raw, published: nil).actors.contains { $0.kind == .other })
    }
}
