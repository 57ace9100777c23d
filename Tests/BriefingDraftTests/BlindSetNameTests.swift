import BriefingModel
import Testing
@testable import BriefingDraft

/// Actors lost in the first scoring of the blind development sets AH–AK, each rewritten here as
/// invented sentences: a city name two countries share, a body's list of portfolios, an
/// apposition before "known as", a role holder named after "from the ruling party", an outlet's
/// channel number, a body after "and", a named body's own committee, and a body first
/// described in lower case, then named.
@Suite struct BlindSetNameTests: NameProbing {
    @Test func aSharedCityNameIsTheCityOfTheCountryTheTextNames() {
        let result = find("Brest (AFP) - French authorities said the leak had stopped. The Brest prosecutor's office opened an inquiry on Tuesday.")
        #expect(actor(result, "Belarus") == nil, "\(names(result))")
        #expect(actor(result, "France") != nil, "\(names(result))")
    }

    @Test func aSharedCityNameWithNoCountryNamedIsTheLargerCity() {
        let gazetteer = Gazetteer.standard
        #expect(gazetteer.preferring(countriesNamedIn: "Brest said nothing.").city(named: "Brest")?.country == "BY")
        #expect(gazetteer.preferring(countriesNamedIn: "The French port of Brest said nothing.").city(named: "Brest")?.country == "FR")
        // A country named only in the possessive, straight or curly.
        #expect(gazetteer.preferring(countriesNamedIn: "Brest, home of France's navy, said nothing.").city(named: "Brest")?.country == "FR")
        #expect(gazetteer.preferring(countriesNamedIn: "Brest, home of France\u{2019}s navy, said nothing.").city(named: "Brest")?.country == "FR")
        #expect(gazetteer.preferring(countriesNamedIn: "Brest, home of Francesca's navy, said nothing.").city(named: "Brest")?.country == "BY")
        // A capital keeps its name.
        #expect(gazetteer.preferring(countriesNamedIn: "A Canadian firm in London said nothing.").city(named: "London")?.country == "GB")
    }

    @Test func aLargeCityIsNamedByTheWordsBeforeItsDe() {
        let gazetteer = Gazetteer.standard
        #expect(gazetteer.city(named: "Santa Cruz")?.name == "Santa Cruz de la Sierra")
        #expect(gazetteer.city(named: "Rio")?.name == "Rio de Janeiro")
        // A smaller city keeps its whole name only ("Mar del Plata" is not "Mar").
        #expect(gazetteer.city(named: "Mar") == nil)
        // A capital of that short name keeps it.
        #expect(gazetteer.city(named: "Santiago")?.country == "CL")
    }

    @Test(arguments: [
        ("The Ministry of Agriculture, Livestock and Fisheries said on Monday that the ban would stay.",
         "Ministry of Agriculture, Livestock and Fisheries"),
        ("The Ministry of Environment, Forest and Climate Change denied the report on Tuesday.",
         "Ministry of Environment, Forest and Climate Change"),
        ("The Centre of Documentation, Research and Experimentation on Accidental Water Pollution said it was analysing samples.",
         "Centre of Documentation, Research and Experimentation on Accidental Water Pollution"),
    ]) func aListOfPortfoliosAfterABodysOfIsOneName(_ probe: (String, String)) {
        let result = find(probe.0)
        #expect(actor(result, probe.1)?.kind == .organization, "\(names(result))")
    }

    @Test func placesListedAfterABodysOfStayApart() {
        let result = find("Officials of the Ministry of Health, Kenya and Uganda met on Monday. Kenya said the talks went well.")
        #expect(!names(result).contains { $0.contains("Kenya and") || $0.contains("Health, ") }, "\(names(result))")
    }

    @Test func anAppositionBeforeKnownAsMakesTheShortNameAnAlias() {
        let result = find("The Centre for Marine Pollution Research, a Brest-based body known as Cedre, said it was analysing samples. Cedre said the oil would persist.")
        #expect(actor(result, "Centre for Marine Pollution Research")?.aliases.contains("Cedre") == true, "\(names(result))")
        #expect(actor(result, "Cedre") == nil)
    }

    @Test(arguments: [
        "A lawmaker from the ruling People's Action Party, Desmond Koh, has suggested otherwise. Koh asked whether the cash was the party's.",
        "A lawmaker from the ruling party, Desmond Koh, has suggested otherwise. Koh asked whether the cash was the party's.",
    ]) func aRoleHolderFromAPartyIsAPerson(_ text: String) {
        let result = find(text)
        #expect(actor(result, "Desmond Koh")?.kind == .person, "\(names(result))")
        #expect(actor(result, "Koh") == nil, "\(names(result))")
    }

    @Test func anOutletsNameKeepsItsChannelNumber() {
        let result = find("\"They want to stop the trains,\" he told the private broadcaster Canal 3.")
        #expect(actor(result, "Canal 3")?.kind == .media, "\(names(result))")
    }

    @Test func aNumberAfterANameWithNoOutletWordIsNoPartOfIt() {
        let result = find("Kenya Airways said 3 planes were grounded.")
        #expect(!names(result).contains { $0.hasSuffix(" 3") }, "\(names(result))")
    }

    @Test func aBodyWithItsOwnOfAfterAndIsABodyOfItsOwn() {
        let result = find("The committee will question Kelmendi, Berisha and Ministry of Health officials next Wednesday, its chairwoman said.")
        #expect(actor(result, "Ministry of Health") != nil, "\(names(result))")
        #expect(!names(result).contains { $0.contains("Berisha and") })
    }

    @Test(arguments: [
        ("Parliament's health committee will question the director next Wednesday, its chairwoman said.", "Parliament's health committee"),
        ("Parliament's committee on agriculture is due to question ministry officials on March 24.", "Parliament's committee on agriculture"),
    ]) func aNamedBodysOwnCommitteeIsABody(_ probe: (String, String)) {
        let result = find(probe.0)
        #expect(actor(result, probe.1)?.kind == .organization, "\(names(result))")
        #expect(actor(result, "Parliament") == nil, "\(names(result))")
    }

    @Test func aBodyFirstDescribedThenNamedIsOneBody() {
        let result = find("Pristina (AFP) - Kosovo's food safety agency said Wednesday that the cabbage was unsafe. The Kosovo Food and Veterinary Agency said laboratory tests had found an insecticide.")
        #expect(actor(result, "Kosovo Food and Veterinary Agency")?.aliases.contains("Kosovo's food safety agency") == true, "\(names(result))")
        #expect(result.actors.filter { $0.kind == .organization }.count == 1, "\(names(result))")
    }

    @Test func aDescribedBodyStaysApartFromAnInternationalOneOfTheSameField() {
        let result = find("Latvia's civil aviation agency said the pilots were rested. The European Union Aviation Safety Agency said it would review the case.")
        #expect(actor(result, "European Union Aviation Safety Agency")?.aliases.contains("Latvia's civil aviation agency") != true, "\(names(result))")
    }

    @Test(arguments: [
        ("Hospital Watch Venezuela, a network of doctors that monitors public hospitals, said 23 people died.", "Hospital Watch Venezuela"),
        ("Justice Network Kenya said the ruling was unlawful.", "Justice Network Kenya"),
    ]) func aGroupsNameEndingInTheCountryItCoversIsOneName(_ probe: (String, String)) {
        let result = find(probe.0)
        #expect(actor(result, probe.1)?.kind == .organization, "\(names(result))")
    }

    @Test func aBodysNameBeforeACountrysPossessiveKeepsItApart() {
        let result = find("Hospital Watch Venezuela's count was disputed. Hospital Watch said it stood by it.")
        #expect(actor(result, "Hospital Watch Venezuela") == nil, "\(names(result))")
    }

    @Test(arguments: [
        ("A losing bidder, Gulf of Guinea Rail Holdings, said its offer was cheaper.", "Gulf of Guinea Rail Holdings"),
        ("Bay of Bengal Shipping Lines said its offer was cheaper.", "Bay of Bengal Shipping Lines"),
    ]) func aPlacesNameRunningOnToAWordOfTradeIsACompany(_ probe: (String, String)) {
        let result = find(probe.0)
        #expect(actor(result, probe.1)?.kind == .organization, "\(names(result))")
    }

    @Test func aPlaceNamedAfterItsKindAloneStaysAPlace() {
        let result = find("Pirates attacked a tanker in the Gulf of Guinea on Monday, the navy said.")
        #expect(!names(result).contains { $0.hasPrefix("Gulf") }, "\(names(result))")
    }

    @Test func aScientistsFieldBeforeANameIsHerTitle() {
        let result = find("Hydrologist Wendy Chin of the Kom University said the slope was unstable.")
        #expect(actor(result, "Wendy Chin")?.kind == .person, "\(names(result))")
        #expect(actor(result, "Hydrologist Wendy Chin") == nil)
    }

    @Test(arguments: [
        ("SUVA (Reuters) - Fiji's maritime regulator said on Thursday it had detained the ship. The Maritime Safety Authority of Fiji said its inspectors boarded it on Tuesday.",
         "Maritime Safety Authority of Fiji", "Fiji's maritime regulator"),
        ("PODGORICA (AP) - Montenegro's statistics office said the population fell. The Statistical Office of Montenegro said the count was checked.",
         "Statistical Office of Montenegro", "Montenegro's statistics office"),
    ]) func aRegulatorOrAStemOfTheFieldMergesADescribedBody(_ probe: (String, String, String)) {
        let result = find(probe.0)
        #expect(actor(result, probe.1)?.aliases.contains(probe.2) == true, "\(names(result))")
    }

    @Test func aRegulatorOfAnotherFieldStaysApart() {
        let result = find("SUVA (Reuters) - Fiji's maritime regulator said on Thursday it had detained the ship. The Fiji Revenue and Customs Service said it was owed duty.")
        #expect(actor(result, "Fiji Revenue and Customs Service")?.aliases.contains("Fiji's maritime regulator") != true, "\(names(result))")
    }

    @Test func namesListedAfterAPluralPlaceKindAndIncludingArePlaces() {
        let result = find("The mayors of four northern municipalities, including Bijelo Polje and Pljevlja, said in a joint letter that the count was wrong.")
        #expect(actor(result, "Bijelo Polje") == nil && actor(result, "Pljevlja") == nil, "\(names(result))")
    }

    @Test func bodiesListedAfterDepartmentsAndIncludingStayBodies() {
        let result = find("Several government departments, including Treasury and Home Affairs, said they would cut spending.")
        #expect(!names(result).isEmpty, "\(names(result))")
    }

    @Test(arguments: [
        ("He said parliament's economy committee would hear from the minister on Nov. 12.", "Parliament's economy committee"),
        ("The parliament's committee on the economy will question the director on Oct. 2.", "Parliament's committee on the economy"),
    ]) func aLegislaturesCommitteeInLowerCaseIsABody(_ probe: (String, String)) {
        let result = find(probe.0)
        #expect(actor(result, probe.1)?.kind == .organization, "\(names(result))")
    }

    @Test func aLegislaturesDecisionIsNoBody() {
        let result = find("The parliament's decision was criticised by the union.")
        #expect(!names(result).contains { $0.lowercased().hasPrefix("parliament") }, "\(names(result))")
    }

    @Test func aNameGivenAsOnesOwnIsAPerson() {
        let result = find("The group's spokesman, who gave his name as Ali Tidjani, told AFP by telephone that the government was lying.")
        #expect(actor(result, "Ali Tidjani")?.kind == .person, "\(names(result))")
    }

    @Test(arguments: [
        ("The ministry said nine people died in the fire. Relatives disputed that, saying at least 20 were missing.", "Relatives"),
        ("The ministry said nine people died in the fire. Families of the dead say the toll is far higher.", "Families"),
    ]) func kinAsAClassIsAGroupVoice(_ probe: (String, String)) {
        let result = find(probe.0)
        #expect(actor(result, probe.1)?.kind == .other, "\(names(result))")
    }

    @Test(arguments: [
        ("The Supreme Court of Justice blocked the extradition on Wednesday. Refusals by the Supreme Court are rare.", "Supreme Court of Justice", "Supreme Court"),
        ("The Central Bank of Kenya raised its rate. The Central Bank said inflation would ease.", "Central Bank of Kenya", "Central Bank"),
    ]) func aBodysNameBeforeItsOfIsItsShortForm(_ probe: (String, String, String)) {
        let result = find(probe.0)
        #expect(actor(result, probe.1) != nil, "\(names(result))")
        #expect(actor(result, probe.2) == nil, "\(names(result))")
    }

    @Test func aOneWordHeadBeforeOfIsNoShortForm() {
        let result = find("The Ministry of Health said on Monday that the clinic was closed. The Ministry of Finance said it had paid.")
        #expect(actor(result, "Ministry of Health") != nil && actor(result, "Ministry of Finance") != nil, "\(names(result))")
    }
}
