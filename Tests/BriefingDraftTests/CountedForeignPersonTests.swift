import BriefingModel
@testable import BriefingDraft
import Testing

/// "Ghana has expelled a Nigerian diplomat …, the foreign ministry said": a person counted out
/// with "a" or a number ("two Russian diplomats") is the object of the act, not the setting of
/// the sentence, so a bare ministry there is the acting country's, not the diplomat's. "The
/// Russian envoy met …" still sets the scene. Invented passages.
@Suite struct CountedForeignPersonTests {
    static func actors(_ raw: String) -> [String: String] {
        var out: [String: String] = [:]
        for actor in Drafter.draft(raw, published: nil).actors { out[actor.name] = actor.aliases.joined(separator: "|") }
        return out
    }

    static func ministryOf(_ raw: String) -> String? {
        actors(raw).first { $0.value.split(separator: "|").contains("the foreign ministry") }?.key
    }

    @Test(arguments: [
        ("Accra (Reuters) - Ghana has expelled a Nigerian diplomat, accusing him of meddling in a local election, the foreign ministry said on Monday.", "Ghanaian"),
        ("Vilnius (AFP) - Lithuania has ordered two Belarusian diplomats to leave the country within 48 hours over what it called espionage, the foreign ministry said on Friday.", "Lithuanian"),
        ("Santiago (Reuters) - Chile summoned an Argentine envoy on Thursday to protest against a border fence, the foreign ministry said.", "Chilean"),
        ("Hanoi (AFP) - Vietnam has detained three Chinese fishermen who it said had entered its waters illegally, the foreign ministry said on Sunday.", "Vietnamese"),
    ])
    func aCountedForeignPersonIsNotTheMinistrysCountry(text: String, demonym: String) {
        let ministry = Self.ministryOf(text)
        #expect(ministry?.hasPrefix(demonym) == true, "\(Self.actors(text))")
    }

    @Test(arguments: [
        ("Moscow (Reuters) - The Russian ambassador to Britain was recalled for consultations on Monday, the foreign ministry said.", "Russian"),
        ("Beijing (AFP) - The Chinese ambassador was summoned on Tuesday over the detention of a journalist, the foreign ministry said.", "Chinese"),
    ])
    func aDefiniteForeignPersonStillSetsTheScene(text: String, demonym: String) {
        let ministry = Self.ministryOf(text)
        #expect(ministry?.hasPrefix(demonym) == true, "\(Self.actors(text))")
    }
}
