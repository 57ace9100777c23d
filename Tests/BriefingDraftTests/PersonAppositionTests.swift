import BriefingModel
@testable import BriefingDraft
import Testing

/// "Jozef Kmet, a lawmaker for the ruling Smer party, accused …": a new speaker introduced by
/// an apposition whose body is followed by its kind ("party"), or whose body's name the chunker
/// split in parts ("the Latin American Faculty of Social Sciences"), is still a person; and a
/// party named after one word of where it stands ("the ruling Smer party") is an organisation.
/// Invented passages.
@Suite struct PersonAppositionTests: NameProbing {
    func listed(_ result: NameFinder.Result) -> [String] { result.actors.map { "\($0.name)=\($0.kind)" } }

    @Test(arguments: [
        ("Bratislava (Reuters) - Parliament passed a tax amnesty on Tuesday. Jozef Kmet, a lawmaker for the ruling Smer party, accused the opposition of inventing a scandal.", "Jozef Kmet", true),
        ("Lima (AFP) - Congress voted to extend the mining permits. Rosa Quispe, a legislator for the leftist Juntos party, called the vote a gift to the miners.", "Rosa Quispe", true),
        ("Sofia (Reuters) - The bill passed late on Monday. Petar Dimov, a lawmaker for the opposition Vazrazhdane party, said it would be challenged in court.", "Petar Dimov", true),
        ("Quito (Reuters) - Ecuador suspended its entrance exam on Tuesday. Luis Andrade, an education researcher at the Latin American Faculty of Social Sciences in Quito, questioned whether the questions could stay secret.", "Luis Andrade", true),
        ("Nairobi (AFP) - The drought worsened in the north. Amina Otieno, an economist at the African Institute of Development Studies in Nairobi, warned that prices would rise.", "Amina Otieno", true),
        ("Bratislava (Reuters) - Jozef Kmet, a lawmaker for the ruling Smer party, accused the opposition of inventing a scandal.", "Smer", false),
        ("Sofia (Reuters) - Petar Dimov, a member of the far-right Vazrazhdane party, said the bill would be challenged.", "Vazrazhdane", false),
    ])
    func anAppositionMakesAPersonAndItsPartyABody(text: String, name: String, isPerson: Bool) {
        let result = find(text)
        #expect(actor(result, name)?.kind == (isPerson ? .person : .organization), "\(listed(result))")
    }

    /// A title with its own "of"-phrase before the body ("a member of parliament for …"): a known gap
    /// until 2026-12-06, when a lower-case title came to open a description as an article does.
    @Test func aTitleWithAnOfPhraseBeforeTheParty() {
        let result = find("Sofia (Reuters) - The bill passed late on Monday. Petar Dimov, a member of parliament for the opposition Vazrazhdane party, said it would be challenged in court.")
        #expect(actor(result, "Petar Dimov")?.kind == .person, "\(listed(result))")
    }

    @Test(arguments: [
        ("Bratislava (Reuters) - Jozef Kmet, a lawmaker for the ruling Smer party, accused the opposition of inventing a scandal. Kmet said the amnesty was legal.", "Kmet"),
        ("Oslo (Reuters) - Officials said the new Statoil report was late.", "Statoil"),
        ("Lagos (AFP) - Farmers met the ruling Bola Tinubu on Monday.", "Bola Tinubu"),
    ])
    func noPlaceAndNoBodyWithoutAPartyWord(text: String, name: String) {
        let result = find(text)
        #expect(!result.places.contains { $0.name == name || $0.name == "Jozef Kmet" }, "\(result.places.map(\.name))")
        #expect(actor(result, name)?.kind != .organization, "\(listed(result))")
    }

    @Test(arguments: [
        "Brussels (Reuters) - The Latin American Faculty of Social Sciences, a research body, said the exam was flawed.",
        "Lima (AFP) - Smer party officials, a group of lawmakers, met in the capital on Monday.",
    ])
    func aBodyBesideItsKindIsNoPerson(text: String) {
        let result = find(text)
        #expect(!result.actors.contains { $0.kind == .person }, "\(listed(result))")
    }
}
