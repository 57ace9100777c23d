import BriefingModel
import Testing
@testable import BriefingDraft

/// "The opposition said …" refers to the party or group the text has marked as the
/// opposition, "the ruling party" to the one marked as ruling, and neither to another party.
/// Passages are invented.
@Suite struct PartyCampTests: NameProbing {
    let lead = "BELMOPAN, May 13 (Reuters) - Belize's parliament on Tuesday approved a 30-year concession for the country's main port."
    let later = "The opposition said it would challenge the concession in the Supreme Court."

    @Test(arguments: [
        ("Opposition lawmakers from the Harbour Democratic Party said the fee was less than half of what the terminal was worth.", "Harbour Democratic Party"),
        ("The Harbour Democratic Party, the main opposition party, said the fee was too low.", "Harbour Democratic Party"),
        ("Opposition lawmakers accused the government of selling the port too cheaply.", "Opposition lawmakers"),
    ])
    func theOppositionIsThePartyOrGroupMarkedAsIt(line: String, name: String) {
        let result = find("\(lead)\n\n\(line)\n\n\(later)")
        #expect(actor(result, name)?.aliases.contains("the opposition") == true, "\(result.actors.map { "\($0.name): \($0.aliases)" })")
    }

    @Test func noPartyIsTheOppositionUnlessMarked() {
        let result = find("\(lead)\n\nThe ruling Harbour Democratic Party said the fee was fair.\n\n\(later)")
        #expect(actor(result, "Harbour Democratic Party")?.aliases.contains("the opposition") == false, "\(result.actors.map { "\($0.name): \($0.aliases)" })")
    }

    @Test func theRulingPartyIsThePartyMarkedAsRuling() {
        let result = find("""
            BANJUL, June 16 (Reuters) - The electoral commission declared Fatou Ceesay of the ruling Unity Party the winner, against Modou Bojang of the Democratic Renewal Party.

            The opposition also accuses the ruling party of buying voter cards.
            """)
        #expect(actor(result, "Unity Party")?.aliases.contains("the ruling party") == true, "\(result.actors.map { "\($0.name): \($0.aliases)" })")
        #expect(actor(result, "Democratic Renewal Party")?.aliases.contains("the ruling party") == false)
    }
}
