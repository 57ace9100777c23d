import BriefingModel
import Testing
@testable import BriefingDraft

/// Invented wire copy for who speaks a quote set inside a longer clause.
/// - "accused the government of encouraging a “shoot first” culture": an act gerund after "of"
///   is what the accused is blamed for; the accuser speaks. A verb of saying proper after "of"
///   ("of calling the students “paid troublemakers”") keeps the accused's words theirs.
/// - "The opposition, which called the amnesty a “gift for friends,” said it would appeal":
///   "…,” said it would" is no inverted "said he"; "the opposition" is the group voice named
///   for it ("Opposition lawmakers"), never the country or the body named last.
/// - "She said …, which the company could not afford while it was preparing a listing, and
///   accused …": a verb after ", and" shares the sentence's subject, not a while-clause's.
/// - "it said heavy rain in southern Laos had raised the river. It called …": a place after a
///   preposition and a compass word is no subject, so "it" stays the company.
/// - "He said Kalsakau had left. “…,” he said": a sentence that opens with the same pronoun
///   refers to the same one; the names it reports are passed over.
/// - "Opposition lawmakers from the National Renewal Party said …": legislators named with their
///   party speak as the party, in that sentence and wherever the text credits the voice
///   ("opposition lawmakers accused …" in the lead). A chamber ("from the Senate"), a place ("in
///   the Storting") or a party the voice is never tied to is no party of it.
@Suite struct ClauseQuoteSpeakerTests {
    static func quoteSpeaker(_ body: String, _ fragment: String) -> String? {
        Drafter.draft("Headline\n\n" + body + "\n", published: nil).quotes.first { $0.text.contains(fragment) }?.speaker
    }

    @Test(arguments: [
        ("KINGSTON, Jamaica (AP) — Police shot dead four men on Sunday. Opposition lawmakers accused the government of encouraging a “shoot first” culture in the police.", "shoot first", "Opposition lawmakers"),
        ("NAIROBI, Kenya (AP) — The election board delayed the count. Critics accused the government of welcoming the “chaos” at polling stations.", "chaos", "Critics"),
        ("LIMA, Peru (Reuters) - Congress passed the mining bill on Monday. Environmental groups accused Congress of rejecting “every single safeguard” proposed by scientists.", "every single safeguard", "Environmental groups"),
        ("TBILISI, Georgia (AP) — Georgia's ruling party pushed the media law through parliament. Opposition legislators accused Prime Minister Davit Beridze of praising a “Russian-style” crackdown.", "Russian-style", "Opposition legislators"),
        ("ACCRA, Ghana (Reuters) - Students marched on parliament on Friday. Opposition lawmakers accused Interior Minister Kwame Asante of calling the students “paid troublemakers”.", "paid troublemakers", "Kwame Asante"),
        ("HANOI (AFP) - Fishermen protested outside the ministry. Activists accused Deputy Minister Tran Van Long of saying the boats were “not worth saving”.", "not worth saving", "Tran Van Long"),
        ("BRATISLAVA, March 3 (Reuters) - Slovakia's parliament passed a tax amnesty on Tuesday. Opposition lawmakers said the bill was unfair. The finance ministry rejected that. The opposition, which called the amnesty a “gift for friends,” said it would appeal.", "gift for friends", "Opposition lawmakers"),
        ("SOFIA, May 9 (Reuters) - Bulgaria's parliament approved the gas deal on Friday. Opposition parties said the contract was secret. The energy ministry denied that. The opposition, which called the deal a “betrayal,” said it would seek a referendum.", "betrayal", "Opposition parties"),
        // A true inversion keeps the speaker after the verb.
        ("QUITO, Ecuador (AP) — The port strike entered its third day. “We will not go back without a contract,” said union leader Rosa Mendez.", "without a contract", "Rosa Mendez"),
        // No group voice named for the opposition: "the opposition" names no one.
        ("VILNIUS, June 2 (Reuters) - Lithuania's government raised fuel taxes on Monday. The opposition called the rise a “tax on the poor.”", "tax on the poor", nil),
        ("Riga (AFP) - Pilots at the carrier walked out on Tuesday. “Every roster complies with the rules,” spokeswoman Liene Ozola said. She said the union's real demand was a pay rise, which the company could not afford while it was preparing for a listing, and accused union leaders of using safety “as a bargaining chip”.", "bargaining chip", "Liene Ozola"),
        ("MANILA (Reuters) - Dock workers blocked the port gates on Monday. “The company has broken every promise,” union leader Ramon Cruz said. He said the workers would stay out until wages rose, because prices had doubled since the contract was signed, and warned the port operator of a “long, hard fight”.", "long, hard fight", "Ramon Cruz"),
        ("PHNOM PENH (Reuters) - Villagers in Cambodia blamed a dam upstream for sudden floods. The Mekong Hydro Power Company denied that its operations had caused the swings. In an emailed reply, it said heavy rain in southern Laos had raised the river. It called the accusations “without scientific basis”.", "without scientific basis", "Mekong Hydro Power Company"),
        ("AMMAN (Reuters) - Aid agencies warned of a water shortage in the camps. The Jordan Valley Water Company rejected the warning. In a statement, it said pumping in northern Syria had cut the flow. It called the agencies' figures “alarmist”.", "alarmist", "Jordan Valley Water Company"),
        ("PORT VILA (Reuters) - Immigration chief Joel Tari denied the claims. Former officer Ruth Kalsakau said files were rushed. Tari rejected her account. He said Kalsakau had left after a disciplinary process. “The system is strict,” he said.", "system is strict", "Joel Tari"),
        ("SUVA, Fiji (AP) — Health minister Mere Naivalu defended the budget on Tuesday. She said opposition MP Sitiveni Lal had voted for the same cuts last year. “He has a short memory,” she said.", "short memory", "Mere Naivalu"),
        // A sentence that opens with another word keeps its subject as the referent.
        ("ACCRA, Ghana (Reuters) - Finance minister Kofi Mensah spoke first. Central bank governor Ama Owusu then said rates would stay high. “Inflation is not beaten,” she said.", "not beaten", "Ama Owusu"),
        // Legislators named with their party: the party speaks, here and where the voice is credited.
        ("Parliament approved the port concession on Tuesday after a long debate.\n\nOpposition lawmakers from the National Renewal Party said the fee was “far too low for a national asset”.", "far too low", "National Renewal Party"),
        ("Parliament approved the port concession on Tuesday, after a debate in which opposition lawmakers accused the government of a “fire sale of the harbour”.\n\nOpposition lawmakers from the National Renewal Party said the fee was too low.", "fire sale", "National Renewal Party"),
        ("TOKYO (Reuters) - The cabinet approved the defence budget on Friday.\n\nMPs from the Constitutional Democratic Party said the budget was “a blank cheque for the ministry”.", "blank cheque", "Constitutional Democratic Party"),
        ("The assembly passed the mining code on Friday.\n\nOpposition legislators of the Movement for Democratic Change said the code was “written by the mining companies”.", "written by the mining", "Movement for Democratic Change"),
        // A restrictive modifier after the opening phrase holds no subject (RestrictiveModifierTests).
        ("DHAKA (Reuters) - Garment exports rose in March. Residents interviewed by Reuters said wages were “never paid on time”.", "never paid on time", "Residents"),
        ("ANKARA (Reuters) - The lira fell on Tuesday. Economists who have advised the International Monetary Fund said the cut was “a grave mistake”.", "a grave mistake", "Economists"),
        ("NAIROBI (AP) — The drought deepened in the north. Residents living near Lake Turkana said the wells were “all dry now”.", "all dry now", "Residents"),
        ("YANGON, Myanmar (AP) — Troops entered the town on Monday. A resident who gave his name as Aung Min said soldiers were “burning every house”.", "burning every house", "Aung Min"),
        ("LIMA (Reuters) - Police cleared the road on Friday. A farmer who gave her name only as Rosa Quispe said the police “fired without warning”.", "fired without warning", "Rosa Quispe"),
        // A group voice before its places, campaign branches, slogan parties (PlacedGroupSubjectTests).
        ("LIMASSOL, Cyprus (Reuters) - A wildfire burned through pine forest on Wednesday. Residents of Souni and Pachna said the aircraft came “far too late to save anything”.", "far too late", "Residents"),
        ("LIMA (AP) — The copper mine resumed work on Friday. Residents near Chumbivilcas said the trucks raised “dust all day and all night”.", "dust all day", "Residents"),
        ("BUDAPEST (Reuters) - Parliament passed the media law on Tuesday. Critics of the European Union said the law was “a line crossed”.", "a line crossed", "Critics"),
        ("BRATISLAVA (Reuters) - Slovakia's parliament passed a tax amnesty on Tuesday. Transparency International Slovakia said the bill was “an invitation to launder money”.", "launder money", "Transparency International Slovakia"),
        ("NAIROBI (Reuters) - Kenya's cabinet approved the fuel levy. Oxfam Kenya said the levy would hit “the poorest households first”.", "poorest households", "Oxfam Kenya"),
        ("SOFIA (Reuters) - Customs officers seized cocaine in Burgas. Opposition lawmakers from We Continue the Change said the audit had been “buried for a year”.", "buried for a year", "We Continue the Change"),
        ("SOFIA (Reuters) - Parliament passed the budget on Friday. We Continue the Change said the plan was “a gift to the monopolies”.", "gift to the monopolies", "We Continue the Change"),
        ("LAGOS (Reuters) - Nigeria's senate approved the loan. The Nigeria Labour Congress said the deal was “a noose around our necks”.", "noose around", "Nigeria Labour Congress"),
        ("DAKAR (Reuters) - Senegal granted new trawler licences in February. The National Collective of Artisanal Fishermen of Senegal (CNPS) said the licences were “a death sentence for our villages”.", "death sentence", "National Collective of Artisanal Fishermen of Senegal"),
        // PlacedGroupSubjectTests: a person, or a name with no group voice before the preposition, keeps its own reading.
        // "We" opening a sentence is no party: the capitals after it make no name.
        ("SOFIA (Reuters) - Parliament passed the budget on Friday. We expect the plan to fail, said opposition leader Kiril Petkov, who called it “a gift to the monopolies”.", "gift to the monopolies", "Kiril Petkov"),
        ("MANILA (Reuters) - Typhoon Rai left the island flooded. Mayor Ramon Cruz of Surigao said the town was “under water”.", "under water", "Ramon Cruz"),
        ("ACCRA (Reuters) - Cocoa prices rose on Monday. The Ghana Cocoa Board said the harvest was “on track”.", "on track", "Ghana Cocoa Board"),
        ("BRUSSELS (Reuters) - The bloc's ministers met on Monday. Germany and France said the plan was “not enough”.", "not enough", "Germany"),
        ("BUDAPEST (Reuters) - Parliament passed the media law on Tuesday. Critics of Prime Minister Viktor Orban said the law was “a line crossed”, but Orban said it was “overdue”.", "overdue", "Viktor Orban"),
    ] as [(String, String, String?)])
    func speaker(_ body: String, _ fragment: String, _ expected: String?) {
        #expect(Self.quoteSpeaker(body, fragment) == expected)
    }

    @Test(arguments: [
        ("WASHINGTON (Reuters) - The agency released its report on Monday. Lawmakers accused the agency of “hiding the data”.\n\nLawmakers from the Senate said the report came too late.", "hiding the data", "Senate"),
        ("MADRID (Reuters) - Parliament approved the water plan on Thursday.\n\nOpposition lawmakers accused the government of “robbing the south”.\n\nThe Socialist Workers' Party backed the plan.", "robbing the south", "Socialist Workers' Party"),
        ("OSLO (Reuters) - The bill passed on Monday. Opposition lawmakers called it “a gift to the oil lobby”.\n\nOpposition lawmakers in the Storting said the vote was rushed.", "gift to the oil lobby", "Storting"),
    ] as [(String, String, String)])
    func notTheirParty(_ body: String, _ fragment: String, _ wrong: String) {
        #expect(Self.quoteSpeaker(body, fragment) != wrong)
    }
}
