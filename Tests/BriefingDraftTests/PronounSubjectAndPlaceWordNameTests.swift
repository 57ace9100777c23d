import BriefingModel
import Testing
@testable import BriefingDraft

/// Invented wire copy for two speaker forms: a pronoun that speaks after a sentence whose
/// subject acted on another person ("X met Y. “…,” she said" is X), and a name made of words
/// the gazetteer knows as towns, set beside a title between commas ("His lawyer, Carmen
/// Ibarra, said" is the lawyer).
@Suite struct PronounSubjectAndPlaceWordNameTests {
    static func speaker(of words: String, in raw: String) -> String? {
        SpeakerProbeRoundFiveTests.speaker(of: words, in: raw)
    }

    // A pronoun after "X <irregular past verb> Y"; then names of town words beside a title.
    @Test(arguments: [
        ("It was productive", "Ana Lima", "Ana Lima met Juan Perez on Monday. \"It was productive,\" she said."),
        ("I played my best tennis", "Lucas Moreau", "Lucas Moreau beat Jan Novak 6-3 6-4 in the final on Sunday. \"I played my best tennis today,\" he said."),
        ("We agreed on a road map", "Grace Okafor", "Senator Grace Okafor met Pedro Alves in Abuja on Tuesday.\n\"We agreed on a road map,\" she told reporters."),
        ("cannot wait any longer", "Ivan Petrov", "Mayor Ivan Petrov sent Oleg Sorokin a letter on Friday demanding the repairs. \"The city cannot wait any longer,\" he said."),
        ("a decent man", "Hana Novak", "Hana Novak led Tomas Blaha through the flooded village on Thursday. \"He is a decent man,\" she said."),
        ("no regrets", "Sipho Dlamini", "Sipho Dlamini took Themba Nkosi to court in 2019 over the land deal. \"I have no regrets,\" he said on Wednesday."),
        // Must not read: the person met speaks by name.
        ("It was productive", "Juan Perez", "Ana Lima met Juan Perez on Monday. \"It was productive,\" Perez said."),
        ("It was productive", "Juan Perez", "Ana Lima met Juan Perez on Monday. \"It was productive,\" said Perez."),
        // The pronoun's gender names the object: the subject is shown to be a woman.
        ("We shook hands", "Juan Perez", "Ms. Ana Lima met Mr. Juan Perez on Monday. \"We shook hands and that is a start,\" he said."),
        // A title chain after a person still runs to its head.
        ("We will not sign", "Farai Dube", "Opposition spokesman Farai Dube rejected the offer. \"We will not sign this,\" he said."),
        ("useful and frank", "Mira Sandoval", "Deputy Foreign Minister Mira Sandoval met her Chilean counterpart in Lima. She said the talks were \"useful and frank\"."),
        // A name of town words set beside a title.
        ("political persecution", "Carmen Ibarra", "Former President Eduardo Vargas was arrested on Wednesday.\nHis lawyer, Carmen Ibarra, said the arrest was \"political persecution\"."),
        ("fully cooperate", "Victoria Alicante", "The mining firm Andes Cobre said profits fell. The company's chief executive, Victoria Alicante, said it would \"fully cooperate\" with regulators."),
        ("a tragic accident", "Florence Orange", "A bus overturned near Nantes on Sunday. Its driver, Florence Orange, said it was \"a tragic accident\"."),
        ("ignored for years", "Carmen Ibarra", "The court postponed the hearing again. \"The family has been ignored for years,\" said Carmen Ibarra, a lawyer for the family."),
        ("return to profit", "Victoria Alicante", "Andes Cobre cut 400 jobs on Monday. Victoria Alicante, the company's chief executive, said it would \"return to profit next year\"."),
        ("he never hurt anyone", "Clara Soledad", "Carlos Mena, 41, was jailed for fraud last year. His wife, Clara Soledad, said \"he never hurt anyone\"."),
    ])
    func readsTheSpeaker(words: String, expected: String, raw: String) {
        #expect(Self.speaker(of: words, in: raw) == expected)
    }

    @Test func townWordsBesideATitleAreAPersonActor() {
        let actors = Drafter.draft("Former President Eduardo Vargas was arrested on Wednesday.\nHis lawyer, Carmen Ibarra, said the arrest was \"political persecution\".", published: nil).actors
        #expect(actors.contains { $0.name == "Carmen Ibarra" && $0.kind == .person })
        #expect(!actors.contains { $0.name == "Carmen" || $0.name == "Ibarra" })
    }

    @Test(arguments: [
        // A place beside a word that is no person noun stays a place.
        "The company moved its headquarters to the capital, San Jose, last year.",
        "Her hometown, Santa Clara, was flooded.",
        "In San Jose, the city's mayor said the roads would stay closed.",
        "Santa Clara, the home town of the mayor, was flooded on Monday.",
        "The storm hit Santa Clara, the province's largest city, on Monday.",
        // A person named beside a title, then towns beside a word for a place.
        "The group's founder, Carlos Mena, was born in the region, Buenos Aires, in 1960.",
        // Two towns in a list after a person noun and a comma are no name: three words around "and".
        "The envoy visited two towns, Carmen and Ibarra, on Monday.",
    ])
    func townsThatNameNoPersonStayPlaces(raw: String) {
        let draft = Drafter.draft(raw, published: nil)
        #expect(!draft.actors.contains { ["San Jose", "Santa Clara", "Buenos Aires", "Carmen Ibarra"].contains($0.name) && $0.kind == .person })
    }
}
