import BriefingModel
import Testing
@testable import BriefingDraft

/// Actor alias and bystander probe (helper ac, round two): one actor per entity and no listed
/// bystanders, read through the whole drafter. Every passage is invented wire copy; each case
/// names the actors it must draft (by name or alias) and the names no actor may carry.
@Suite struct ActorAliasProbeTests {
    /// An invented passage, the actors it must draft, and the names no actor may carry.
    struct Case: Sendable {
        let id: String, text: String, present: [String], absent: [String]
        /// A form the drafter does not read yet (checked as a known issue).
        var gap = false
    }

    static func failures(_ c: Case) -> [String] {
        // Names compare without case, as the scorer compares them.
        let actors = Drafter.draft(c.text, published: nil).actors
        let names = actors.map { $0.name.lowercased() }
        let aliases = Set(actors.flatMap { $0.aliases.map { $0.lowercased() } })
        var failures: [String] = []
        for name in c.present where !names.contains(name.lowercased()) && !aliases.contains(name.lowercased()) {
            failures.append("missing \(name)")
        }
        for name in c.absent where names.contains(name.lowercased()) {
            failures.append("spurious \(name)")
        }
        return failures
    }

    static let cases: [Case] = [
        Case(id: "acronym-paren",
             text: "The International Grains Council (IGC) cut its forecast for world wheat output on Thursday, citing drought in Argentina. The IGC said stocks would fall to a ten-year low.",
             present: ["International Grains Council"], absent: ["IGC"]),
        Case(id: "acronym-paren-local",
             text: "The Kenya Revenue Authority (KRA) said on Monday it had seized 40 tonnes of smuggled sugar at the port of Mombasa. KRA commissioner Ruth Wambui said the cargo had been declared as rice.",
             present: ["Kenya Revenue Authority", "Ruth Wambui"], absent: ["KRA"]),
        Case(id: "acronym-party",
             text: "The Movement for Democratic Renewal (MDR) said it would boycott the runoff. MDR leader Paulo Sitoe told reporters the count had been rigged, and the MDR called supporters onto the streets of Maputo.",
             present: ["Movement for Democratic Renewal", "Paulo Sitoe"], absent: ["MDR"]),
        Case(id: "company-short",
             text: "Shares in Norrland Timber Holdings fell 9% in Stockholm on Tuesday after the company cut its dividend. Norrland said sawmill margins had collapsed.",
             present: ["Norrland Timber Holdings"], absent: ["Norrland", "the company"], gap: true),
        Case(id: "company-shared-short",
             text: "Calder Rock Water was fined 12 million pounds by the regulator on Wednesday. Its parent company, Calder Rock Holdings, said it would not appeal. Calder Rock said it had already spent 300 million pounds on new pipes.",
             present: ["Calder Rock Water", "Calder Rock Holdings"], absent: ["Calder Rock"]),
        Case(id: "company-shared-short2",
             text: "Bluefin Marine Shipping said on Friday two of its tankers had been held off the coast of Oman. The owner, Bluefin Marine Group, said the crews were safe, and Bluefin Marine said it was in contact with the authorities.",
             present: ["Bluefin Marine Shipping", "Bluefin Marine Group"], absent: ["Bluefin Marine"]),
        Case(id: "surname",
             text: "Finance Minister Tomasz Wrobel said on Monday the deficit would narrow next year. Wrobel told parliament that tax receipts were rising.",
             present: ["Tomasz Wrobel"], absent: ["Wrobel"]),
        Case(id: "surname-two-part",
             text: "Opposition leader Ana Lucia Ferreira Gomes accused the government of hiding the figures. Ferreira Gomes said she would take the matter to the courts.",
             present: ["Ana Lucia Ferreira Gomes"], absent: ["Ferreira Gomes"], gap: true),
        Case(id: "commission",
             text: "The European Commission proposed new tariffs on Chinese electric bicycles on Wednesday. The Commission said subsidies had let Chinese makers undercut European rivals.",
             present: ["European Commission"], absent: ["Commission"]),
        Case(id: "tribunal",
             text: "The Supreme Electoral Tribunal ordered a recount in three provinces on Sunday. The Tribunal said irregularities had been found in 41 polling stations.",
             present: ["Supreme Electoral Tribunal"], absent: ["Tribunal"]),
        Case(id: "authority",
             text: "The Civil Aviation Authority grounded the airline's fleet on Friday. The Authority said maintenance records had been falsified.",
             present: ["Civil Aviation Authority"], absent: ["Authority"]),
        Case(id: "listed-members",
             text: "Germany's economy ministry said on Tuesday it would cut subsidies for rooftop solar panels. The bloc's largest economies, including France, Italy and Spain, have made similar cuts this year.",
             present: ["Germany"], absent: ["France", "Italy", "Spain"]),
        Case(id: "listed-exports",
             text: "Vietnam's trade ministry said on Monday that rice exports had risen 12% in the first half. The country ships most of its rice to the Philippines, Indonesia and Malaysia.",
             present: ["Vietnam"], absent: ["Philippines", "Indonesia", "Malaysia"]),
        Case(id: "listed-bans",
             text: "Kenya banned single-use plastic bags at its national parks on Thursday. Similar bans are already in force in Rwanda and Tanzania.",
             present: ["Kenya"], absent: ["Rwanda", "Tanzania"]),
        Case(id: "listed-flights",
             text: "Etihad said on Sunday it would suspend flights to Beirut for a week. Flydubai and Qatar Airways have also halted flights to the Lebanese capital.",
             present: ["Etihad"], absent: ["Lebanon"]),
        Case(id: "war-in",
             text: "The European Union added four Turkish firms to its sanctions list on Monday as part of a package over the war in Ukraine. Turkey said it would protest the listing.",
             present: ["European Union", "Turkey"], absent: ["Ukraine"]),
        Case(id: "shot-down-over",
             text: "Serbia's defence ministry said on Friday that components found in drones shot down over Ukraine had not come from Serbian factories.",
             present: ["Serbian defence ministry"], absent: ["Ukraine"]),
        Case(id: "body-with-demonym",
             text: "Haiti asked the Organization of American States on Monday to hold an emergency session on the deportations. The Dominican Republic said it would attend.",
             present: ["Haiti", "Organization of American States", "Dominican Republic"], absent: ["United States"]),
        Case(id: "body-with-demonym2",
             text: "Bolivia's foreign minister said the Andean Community would meet in Lima next week. The Union of South American Nations has not met since 2018.",
             present: ["Bolivia"], absent: ["United States"]),
        Case(id: "based-group",
             text: "A report released on Tuesday by the U.S.-based group Forest Watch Alliance said mining had cleared 4,000 hectares of forest. Indonesia's energy ministry rejected the findings.",
             present: ["Forest Watch Alliance"], absent: ["United States"]),
        Case(id: "based-firm",
             text: "The London-based consultancy Harbourline Research said on Wednesday that Ghana's cocoa output would fall by a fifth. Ghana's cocoa board said the estimate was too low.",
             present: ["Harbourline Research"], absent: ["United Kingdom"]),
        Case(id: "based-group2",
             text: "The Germany-based monitor Ocean Trace said the vessel had switched off its transponder near the Strait of Hormuz. Iran said the tanker had been seized for smuggling fuel.",
             present: ["Ocean Trace", "Iran"], absent: ["Germany"]),
        Case(id: "party-of-other-country",
             text: "The Hungarian Alliance of Slovakia said on Thursday it would back the bill. Slovak Prime Minister Juraj Kollar said the vote would take place next week.",
             present: ["Hungarian Alliance of Slovakia", "Juraj Kollar"], absent: ["Hungary"]),
        Case(id: "party-of-other-country2",
             text: "The Serb Democratic Party of Croatia said on Monday it would stay in the coalition. Croatian Prime Minister Ivo Maric welcomed the decision.",
             present: ["Serb Democratic Party of Croatia", "Ivo Maric"], absent: ["Serbia"]),
        Case(id: "acting-country",
             text: "Brazil and Argentina signed a gas supply deal on Friday. Argentina will ship 2 million cubic metres a day to Brazil from next year, officials said.",
             present: ["Brazil", "Argentina"], absent: []),
        Case(id: "acting-country-sanction",
             text: "Canada imposed sanctions on three Iranian officials on Thursday. Iran said the move was illegal and summoned the Canadian envoy.",
             present: ["Canada", "Iran"], absent: []),
        Case(id: "affiliation-country",
             text: "French President Claire Dumont met Nigerian President Bola Adeyemi in Abuja on Tuesday to discuss security in the Sahel.",
             present: ["Claire Dumont", "Bola Adeyemi", "France", "Nigeria"], absent: []),
        Case(id: "based-but-acting",
             text: "The U.S.-based company Redwell Energy said it would sue. The United States said on Friday it would raise the case with Ecuador.",
             present: ["Redwell Energy", "United States", "Ecuador"], absent: []),
        Case(id: "party-home",
             text: "The Serbian Progressive Party said on Sunday it had won the Belgrade vote. Serbia's election commission said turnout was 52%.",
             present: ["Serbian Progressive Party", "Serbia"], absent: []),
        Case(id: "company-one-short",
             text: "Tavira Mining Corp said on Monday it had halted work at its copper mine in Peru after protests. Tavira said the blockade had cost it 3 million dollars a day.",
             present: ["Tavira Mining Corp"], absent: ["Tavira"]),
        Case(id: "commission-national",
             text: "Kenya's Independent Electoral and Boundaries Commission declared the result on Monday. The commission said turnout was 61%.",
             present: ["Independent Electoral and Boundaries Commission"], absent: ["Commission"]),
        Case(id: "acronym-reverse",
             text: "Officials at the WFP, the World Food Programme, said on Tuesday that rations in Chad would be cut by half. The World Food Programme blamed a funding shortfall.",
             present: ["World Food Programme"], absent: ["WFP"]),
        Case(id: "congress-home",
             text: "Guatemala's electoral tribunal suspended the count on Sunday. Congress voted on Tuesday to strip two judges of their immunity, and Guatemalan President Sandra Ixcoy said she would veto any attempt to halt the vote.",
             present: ["Guatemala", "Congress", "Sandra Ixcoy"], absent: ["United States"]),
        Case(id: "congress-home2",
             text: "Peru's Congress voted on Thursday to remove the interior minister over a surge in extortion. Congress needed 66 votes and got 79, officials said.",
             present: ["Congress"], absent: ["United States"]),
        Case(id: "congress-us",
             text: "The White House said on Friday that Congress had passed the funding bill, averting a shutdown. Congress will return from recess in September.",
             present: ["Congress", "United States"], absent: []),
        Case(id: "flew-over-actor",
             text: "Belarus said on Monday that Polish drones had flown over its territory. Poland denied the claim, and Lithuania said its jets flew over the border area on patrol.",
             present: ["Belarus", "Poland", "Lithuania"], absent: []),
        Case(id: "over-dispute",
             text: "China warned the United States on Tuesday against arms sales to Taiwan, the latest clash over Taiwan between the two powers. Taiwan's defence ministry said it would buy 40 howitzers.",
             present: ["China", "United States", "Taiwan"], absent: []),
        Case(id: "company-leading-place",
             text: "Mombasa Cement Ltd said on Monday its kilns had stopped for lack of power. Kenya Power said the outage would end on Wednesday.",
             present: ["Mombasa Cement Ltd", "Kenya Power"], absent: ["Mombasa"]),
    ]

    @Test(arguments: cases) func readsOneActorPerEntity(_ c: Case) {
        if c.gap {
            withKnownIssue { #expect(Self.failures(c) == []) }
        } else {
            #expect(Self.failures(c) == [])
        }
    }
}

extension ActorAliasProbeTests.Case: CustomTestStringConvertible {
    var testDescription: String { id }
}
