import BriefingModel
import Testing
@testable import BriefingDraft

/// A probe of the attribution forms of wire copy: each case is an invented paragraph or two
/// and the speaker every quote in it should get ("-" for a quote no drafted actor said).
@Suite struct AttributionProbeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var form: String
        var raw: String
        /// "speaker: quoted words" for each quote that should be drafted.
        var expected: [String]
        var testDescription: String { form }
    }

    static func drafted(_ raw: String) -> [String] {
        Drafter.draft(raw, published: nil).quotes.map { "\($0.speaker ?? "-"): \($0.text)" }
    }

    static let cases: [Case] = [
        Case(form: "X said", raw: """
            The port workers walked out on Monday. "We will not load another ship," Halvard Nyberg said.
            """, expected: ["Halvard Nyberg: We will not load another ship"]),
        Case(form: "said X", raw: """
            "The wage offer is an insult," said Halvard Nyberg.
            """, expected: ["Halvard Nyberg: The wage offer is an insult"]),
        Case(form: "said X, the title of body", raw: """
            "The wage offer is an insult," said Halvard Nyberg, the chairman of the Dockworkers Union.
            """, expected: ["Halvard Nyberg: The wage offer is an insult"]),
        Case(form: "X, who clause, said", raw: """
            Halvard Nyberg, who has led the Dockworkers Union since 2019, said the offer was "an insult to every family".
            """, expected: ["Halvard Nyberg: an insult to every family"]),
        Case(form: "X added", raw: """
            Halvard Nyberg said the strike would go on. "We have waited long enough," Nyberg added.
            """, expected: ["Halvard Nyberg: We have waited long enough"]),
        Case(form: "X told outlet", raw: """
            "The talks have stalled," Halvard Nyberg told Reuters.
            """, expected: ["Halvard Nyberg: The talks have stalled"]),
        Case(form: "X told reporters in city on day", raw: """
            "The talks have stalled," Halvard Nyberg told reporters in Oslo on Tuesday.
            """, expected: ["Halvard Nyberg: The talks have stalled"]),
        Case(form: "X was quoted as saying by outlet", raw: """
            Foreign Minister Ilse Marquardt was quoted as saying by the Tagesblatt newspaper that the border would "stay open for now".
            """, expected: ["Ilse Marquardt: stay open for now"]),
        Case(form: "according to X", raw: """
            The ceasefire is "holding in most areas", according to Ilse Marquardt, the foreign minister.
            """, expected: ["Ilse Marquardt: holding in most areas"]),
        Case(form: "In a statement, X said", raw: """
            In a statement, the Northern Grid Company said the outage was "caused by a fault at one substation".
            """, expected: ["Northern Grid Company: caused by a fault at one substation"]),
        Case(form: "X said in a statement", raw: """
            The Northern Grid Company said in a statement that the outage was "caused by a fault at one substation".
            """, expected: ["Northern Grid Company: caused by a fault at one substation"]),
        Case(form: "body said in a statement, then the statement said", raw: """
            The Northern Grid Company said in a statement on Friday that power was back in most towns.
            "Crews worked through the night to restore supply," the statement said.
            """, expected: ["Northern Grid Company: Crews worked through the night to restore supply"]),
        Case(form: "X wrote on platform", raw: """
            Senator Dalia Okonkwo wrote on X that the vote was "a disgrace to this chamber".
            """, expected: ["Dalia Okonkwo: a disgrace to this chamber"]),
        Case(form: "X said in an interview with outlet", raw: """
            Dalia Okonkwo said in an interview with the Daily Ledger that the bill was "dead on arrival".
            """, expected: ["Dalia Okonkwo: dead on arrival"]),
        Case(form: "X said: quote", raw: """
            Dalia Okonkwo said: "This bill will not pass while I sit here."
            """, expected: ["Dalia Okonkwo: This bill will not pass while I sit here"]),
        Case(form: "colon lead-in without a verb of saying", raw: """
            Dalia Okonkwo spoke after the vote. Her message was blunt: "This bill will not pass while I sit here."
            """, expected: ["Dalia Okonkwo: This bill will not pass while I sit here"]),
        Case(form: "possessive noun with a colon", raw: """
            The opposition demanded answers from Finance Minister Tomasz Wilk. The minister's reply: "The money was spent as the law requires."
            """, expected: ["Tomasz Wilk: The money was spent as the law requires"]),
        Case(form: "quote, X's spokesman, Y, said", raw: """
            "The minister has no plans to resign," Tomasz Wilk's spokesman, Pavel Zielinski, said.
            """, expected: ["Pavel Zielinski: The minister has no plans to resign"]),
        Case(form: "a spokesperson for X said", raw: """
            The Northern Grid Company was fined on Monday. A spokesperson for the Northern Grid Company said it would "appeal the decision".
            """, expected: ["Northern Grid Company: appeal the decision"]),
        Case(form: "title X, then the title", raw: """
            Finance Minister Tomasz Wilk presented the budget on Tuesday. The minister said the cuts were "painful but necessary".
            """, expected: ["Tomasz Wilk: painful but necessary"]),
        Case(form: "title X, then he", raw: """
            Finance Minister Tomasz Wilk presented the budget on Tuesday. "These cuts are painful but necessary," he said.
            """, expected: ["Tomasz Wilk: These cuts are painful but necessary"]),
        Case(form: "quote split by its attribution", raw: """
            "These cuts are painful," Tomasz Wilk said, "but they are necessary."
            """, expected: ["Tomasz Wilk: These cuts are painful", "Tomasz Wilk: but they are necessary"]),
        Case(form: "a quote alone in the next paragraph", raw: """
            "These cuts are painful," Tomasz Wilk said.
            "We have no other choice this year."
            """, expected: ["Tomasz Wilk: These cuts are painful", "Tomasz Wilk: We have no other choice this year"]),
        Case(form: "he said of Y", raw: """
            Tomasz Wilk defended the plan on Tuesday. "She has never read the budget," he said of opposition leader Marta Nowicka.
            """, expected: ["Tomasz Wilk: She has never read the budget"]),
        Case(form: "two named, then he said", raw: """
            Marta Nowicka met Tomasz Wilk on Tuesday. Ms Nowicka called the budget cruel. "We will fight it in every committee," she said.
            """, expected: ["Marta Nowicka: We will fight it in every committee"]),
        Case(form: "two named, then he said (man first)", raw: """
            Tomasz Wilk met opposition leader Marta Nowicka, who called his budget cruel. "I have heard worse," Mr Wilk said. "The numbers add up," he said.
            """, expected: ["Tomasz Wilk: I have heard worse", "Tomasz Wilk: The numbers add up"]),
        Case(form: "the two ministers in a joint statement", raw: """
            Tomasz Wilk and Ilse Marquardt met in Berlin on Monday. "Our countries stand together," the two ministers said in a joint statement.
            """, expected: []),
        Case(form: "one resident, X, said", raw: """
            Floods cut off the valley on Sunday. One resident, Agnes Mwale, said the water came "faster than anyone expected".
            """, expected: ["Agnes Mwale: faster than anyone expected"]),
        Case(form: "an anonymous official, then the official said", raw: """
            Talks between Norland and the union resumed on Monday.
            A senior official, who asked not to be named, said the deal was "very close". "We need one more day," the official said.
            """, expected: []),
        Case(form: "X insisted", raw: """
            "We did nothing wrong," Ilse Marquardt insisted.
            """, expected: ["Ilse Marquardt: We did nothing wrong"]),
        Case(form: "X warned", raw: """
            "The worst is yet to come," Ilse Marquardt warned on Friday.
            """, expected: ["Ilse Marquardt: The worst is yet to come"]),
        Case(form: "X countered", raw: """
            "That is simply false," Ilse Marquardt countered.
            """, expected: ["Ilse Marquardt: That is simply false"]),
        Case(form: "X argued", raw: """
            "Nobody voted for this," Ilse Marquardt argued.
            """, expected: ["Ilse Marquardt: Nobody voted for this"]),
        Case(form: "X conceded", raw: """
            "We made mistakes in the first week," Ilse Marquardt conceded.
            """, expected: ["Ilse Marquardt: We made mistakes in the first week"]),
        Case(form: "X acknowledged", raw: """
            "The response was too slow," Ilse Marquardt acknowledged.
            """, expected: ["Ilse Marquardt: The response was too slow"]),
        Case(form: "X noted", raw: """
            "Prices have fallen for three months," Ilse Marquardt noted.
            """, expected: ["Ilse Marquardt: Prices have fallen for three months"]),
        Case(form: "X stressed", raw: """
            "There will be no new taxes," Ilse Marquardt stressed.
            """, expected: ["Ilse Marquardt: There will be no new taxes"]),
        Case(form: "X recalled", raw: """
            "The shelling began before dawn," Agnes Mwale recalled.
            """, expected: ["Agnes Mwale: The shelling began before dawn"]),
        Case(form: "X asked", raw: """
            "Who will pay for the repairs?" Agnes Mwale asked.
            """, expected: ["Agnes Mwale: Who will pay for the repairs?"]),
        Case(form: "X wrote", raw: """
            "The court has spoken and we will obey," Dalia Okonkwo wrote.
            """, expected: ["Dalia Okonkwo: The court has spoken and we will obey"]),
        Case(form: "X posted", raw: """
            Dalia Okonkwo posted on social media that the ruling was "a victory for voters".
            """, expected: ["Dalia Okonkwo: a victory for voters"]),
        Case(form: "officials said", raw: """
            The Northern Grid Company restored power on Friday. "Most homes are back on," officials said.
            """, expected: []),
        Case(form: "X said, then a dash aside", raw: """
            "We are ready to talk" — Dalia Okonkwo said on Monday — "but not under threat."
            """, expected: ["Dalia Okonkwo: We are ready to talk", "Dalia Okonkwo: but not under threat"]),
        Case(form: "X said, adding", raw: """
            Dalia Okonkwo said the bill would fail, adding that it was "written in a hurry".
            """, expected: ["Dalia Okonkwo: written in a hurry"]),
        Case(form: "X told outlet in an interview", raw: """
            "I will run again," Dalia Okonkwo told the Daily Ledger in an interview published on Sunday.
            """, expected: ["Dalia Okonkwo: I will run again"]),
        Case(form: "said X, who clause", raw: """
            "It was chaos," said Agnes Mwale, who runs a shop near the bridge.
            """, expected: ["Agnes Mwale: It was chaos"]),
        Case(form: "quote, he said, naming another person after", raw: """
            Tomasz Wilk spoke after meeting Marta Nowicka. "The door is open," he said, adding that Nowicka had "not yet replied".
            """, expected: ["Tomasz Wilk: The door is open", "Tomasz Wilk: not yet replied"]),
        Case(form: "next paragraph continues after another person mentioned", raw: """
            "The door is open," Tomasz Wilk said after meeting Marta Nowicka.
            "I hope she walks through it before the summer."
            """, expected: ["Tomasz Wilk: The door is open", "Tomasz Wilk: I hope she walks through it before the summer"]),
        Case(form: "the <title> said, two people of different titles", raw: """
            Finance Minister Tomasz Wilk and central bank governor Ilse Marquardt spoke on Tuesday. "Rates will stay where they are," the governor said.
            """, expected: ["Ilse Marquardt: Rates will stay where they are"]),
        Case(form: "said the <title>", raw: """
            Finance Minister Tomasz Wilk presented the budget on Tuesday. "These cuts are painful," said the minister.
            """, expected: ["Tomasz Wilk: These cuts are painful"]),
        Case(form: "a body never says he", raw: """
            Tomasz Wilk spoke to the Northern Grid Company on Monday. "We need new lines," he said.
            """, expected: ["Tomasz Wilk: We need new lines"]),
        Case(form: "she skips a man named later", raw: """
            Ilse Marquardt said she had spoken to Tomasz Wilk. "He understands the risk," she said.
            """, expected: ["Ilse Marquardt: He understands the risk"]),
        Case(form: "X's spokeswoman said", raw: """
            "The minister has no plans to resign," Tomasz Wilk's spokeswoman said.
            """, expected: []),
        Case(form: "X, title of body, said", raw: """
            Halvard Nyberg, chairman of the Dockworkers Union, said the strike was "the only language they understand".
            """, expected: ["Halvard Nyberg: the only language they understand"]),
        Case(form: "title-led appositive, said", raw: """
            "The wage offer is an insult," the union's chairman, Halvard Nyberg, said.
            """, expected: ["Halvard Nyberg: The wage offer is an insult"]),
        Case(form: "X said in a post on platform", raw: """
            "The vote was rigged," Dalia Okonkwo said in a post on Facebook.
            """, expected: ["Dalia Okonkwo: The vote was rigged"]),
        Case(form: "X said in remarks broadcast", raw: """
            "We will not retreat," Ilse Marquardt said in remarks broadcast on state television.
            """, expected: ["Ilse Marquardt: We will not retreat"]),
        Case(form: "X said, as he", raw: """
            "We will rebuild," Halvard Nyberg said as he toured the flooded docks with Agnes Mwale.
            """, expected: ["Halvard Nyberg: We will rebuild"]),
        Case(form: "manner verb after a quote: scoffed", raw: """
            "That plan is a fantasy," Marta Nowicka scoffed.
            """, expected: ["Marta Nowicka: That plan is a fantasy"]),
        Case(form: "manner verb after a quote: joked", raw: """
            "I have been fired before," Halvard Nyberg joked.
            """, expected: ["Halvard Nyberg: I have been fired before"]),
        Case(form: "manner verb after a quote: pleaded", raw: """
            "Please send water," Agnes Mwale pleaded on the radio.
            """, expected: ["Agnes Mwale: Please send water"]),
        Case(form: "manner verb after a quote: testified", raw: """
            "I never saw the money," Tomasz Wilk testified.
            """, expected: ["Tomasz Wilk: I never saw the money"]),
        Case(form: "manner verb after a quote: fired back", raw: """
            "She should read the law first," Tomasz Wilk fired back.
            """, expected: ["Tomasz Wilk: She should read the law first"]),
        Case(form: "manner verb after a quote: pointed out", raw: """
            "Nobody asked the farmers," Marta Nowicka pointed out.
            """, expected: ["Marta Nowicka: Nobody asked the farmers"]),
        Case(form: "manner verb after a quote: he wondered", raw: """
            Tomasz Wilk looked at the figures. "Where did it all go?" he wondered.
            """, expected: ["Tomasz Wilk: Where did it all go?"]),
        Case(form: "a new subject, then a quote alone", raw: """
            "The budget is balanced," Tomasz Wilk said.
            Marta Nowicka was unmoved. "These numbers are invented."
            """, expected: ["Tomasz Wilk: The budget is balanced", "Marta Nowicka: These numbers are invented"]),
        Case(form: "a new subject with a title, then a quote alone", raw: """
            "The budget is balanced," Tomasz Wilk said.
            Opposition leader Marta Nowicka disagreed. "These numbers are invented."
            """, expected: ["Tomasz Wilk: The budget is balanced", "Marta Nowicka: These numbers are invented"]),
        Case(form: "an object named, then a quote alone keeps the speaker", raw: """
            "The budget is balanced," Tomasz Wilk said.
            He then thanked Marta Nowicka for her patience. "We can still agree."
            """, expected: ["Tomasz Wilk: The budget is balanced", "Tomasz Wilk: We can still agree"]),
        Case(form: "a person introduced with no quote before, then a quote alone", raw: """
            The strike entered its third week on Monday.
            Agnes Mwale has worked at the port for twenty years. "I have never seen it this bad."
            """, expected: ["Agnes Mwale: I have never seen it this bad"]),
        Case(form: "colon after the person", raw: """
            Marta Nowicka was blunt: "This budget robs the poor."
            """, expected: ["Marta Nowicka: This budget robs the poor"]),
        Case(form: "lawyer of X, Y, told the court", raw: """
            "My client was never in the city that night," Tomasz Wilk's lawyer, Irena Sadowska, told the court.
            """, expected: ["Irena Sadowska: My client was never in the city that night"]),
        Case(form: "X told Y (person object)", raw: """
            "You have lost the argument," Tomasz Wilk told Marta Nowicka during the debate.
            """, expected: ["Tomasz Wilk: You have lost the argument"]),
        Case(form: "X, age, said", raw: """
            "The water took everything," Agnes Mwale, 61, said outside her house.
            """, expected: ["Agnes Mwale: The water took everything"]),
        Case(form: "said X, referring to Y", raw: """
            "He has no shame," said Marta Nowicka, referring to Tomasz Wilk.
            """, expected: ["Marta Nowicka: He has no shame"]),
        Case(form: "X said, according to outlet", raw: """
            "The border will stay closed," Ilse Marquardt said, according to the Tagesblatt newspaper.
            """, expected: ["Ilse Marquardt: The border will stay closed"]),
        Case(form: "X said in a speech to Y", raw: """
            "Our patience has limits," Ilse Marquardt said in a speech to the Dockworkers Union.
            """, expected: ["Ilse Marquardt: Our patience has limits"]),
        Case(form: "surname alone after full name, other man between", raw: """
            Tomasz Wilk met Halvard Nyberg in Oslo on Monday.
            "We found common ground," Wilk said. Nyberg was more cautious. "It is a start," he said.
            """, expected: ["Tomasz Wilk: We found common ground", "Halvard Nyberg: It is a start"]),
        Case(form: "he after a sentence with a man as object", raw: """
            Halvard Nyberg criticised Tomasz Wilk on Monday. "He has betrayed the workers," he said.
            """, expected: ["Halvard Nyberg: He has betrayed the workers"]),
        Case(form: "she after a body and a man", raw: """
            Ilse Marquardt, the foreign minister, met Tomasz Wilk and the Dockworkers Union on Friday. "We listened to each other," she said.
            """, expected: ["Ilse Marquardt: We listened to each other"]),
        Case(form: "quote before, then X said, mid-paragraph", raw: """
            The union rejected the offer on Friday. "It is not enough," Halvard Nyberg said. "Our members deserve better."
            """, expected: ["Halvard Nyberg: It is not enough", "Halvard Nyberg: Our members deserve better"]),
        Case(form: "X's spokesman Y said (no commas)", raw: """
            "The minister has no plans to resign," Wilk's spokesman Pavel Zielinski said.
            """, expected: ["Pavel Zielinski: The minister has no plans to resign"]),
        Case(form: "title of body Y said", raw: """
            "We will appeal," Dockworkers Union chairman Halvard Nyberg said.
            """, expected: ["Halvard Nyberg: We will appeal"]),
        Case(form: "said Y, a lawyer representing X", raw: """
            "The charges are political," said Irena Sadowska, a lawyer representing Tomasz Wilk.
            """, expected: ["Irena Sadowska: The charges are political"]),
        Case(form: "X said, quoting Y", raw: """
            Marta Nowicka said the plan would "hurt the poorest", quoting a study by the Dockworkers Union.
            """, expected: ["Marta Nowicka: hurt the poorest"]),
        Case(form: "quote in a sentence about another's action", raw: """
            Halvard Nyberg said the offer was "an insult", hours after Tomasz Wilk had called it generous.
            """, expected: ["Halvard Nyberg: an insult"]),
        Case(form: "the body in a later paragraph, then it said", raw: """
            The Dockworkers Union called a strike on Monday.
            Tomasz Wilk said he regretted the decision.
            "The strike will go ahead as planned," the union said.
            """, expected: ["Dockworkers Union: The strike will go ahead as planned"]),
        Case(form: "X of body said", raw: """
            Mira Daskalova of the Green Party said the plan was "a scandal".
            """, expected: ["Mira Daskalova: a scandal"]),
        Case(form: "quote, X of body told reporters", raw: """
            "The plan is a scandal," Mira Daskalova of the Green Party told reporters.
            """, expected: ["Mira Daskalova: The plan is a scandal"]),
        Case(form: "title X of place called", raw: """
            Representative Luis Ortega of Westmark called the bill "a gift to the rich".
            """, expected: ["Luis Ortega: a gift to the rich"]),
        Case(form: "the title of body, X, said", raw: """
            The head of the Norland Power Company, Daniel Okafor, said the grid was "stable".
            """, expected: ["Daniel Okafor: stable"]),
        Case(form: "the title of body, X, acted; then he wrote", raw: """
            The chief executive of Helix Mining, Daniel Okafor, resigned on Monday. "I have let you down," he wrote.
            """, expected: ["Daniel Okafor: I have let you down"]),
        Case(form: "a report commissioned by one body and written by another", raw: """
            The board of Helix Mining ordered an inquiry in March. The report, commissioned by the board and written by the law firm Grant & Hale, said managers had "systematically" failed to record accidents.
            """, expected: ["Grant & Hale: systematically"]),
        Case(form: "a report as subject of a clause is not the sentence subject's", raw: """
            Daniel Okafor resigned on Monday after a report found the company had hidden safety breaches.
            The report said managers had "systematically" failed to record accidents.
            """, expected: []),
        Case(form: "the <title> met Y, then he said", raw: """
            Finance Minister Tomasz Wilk presented the budget on Tuesday.
            The minister later met Halvard Nyberg, the union leader. "We will find the money," he said.
            """, expected: ["Tomasz Wilk: We will find the money"]),
        Case(form: "the <title> met a woman, then he said", raw: """
            Finance Minister Tomasz Wilk presented the budget on Tuesday.
            The minister later met opposition leader Marta Nowicka. "We will find the money," he said.
            """, expected: ["Tomasz Wilk: We will find the money"]),
        Case(form: "the <title> met a man, then she said", raw: """
            Opposition leader Marta Nowicka called the budget cruel.
            The opposition leader later met Tomasz Wilk. "He did not listen," she said.
            """, expected: ["Marta Nowicka: He did not listen"]),
        Case(form: "X rejected her claims, then he said", raw: """
            Marta Nowicka, the opposition leader, said the budget was a fraud. Tomasz Wilk, the finance minister, rejected her claims. "These are lies," he said.
            """, expected: ["Tomasz Wilk: These are lies"]),
        Case(form: "A and B said in a joint statement (first named speaks)", raw: """
            In a joint statement, Germany and France said the package would "protect the grid through the winter".
            """, expected: ["Germany: protect the grid through the winter"]),
        Case(form: "titled A and titled B said", raw: """
            Finance Minister Tomasz Wilk and Foreign Minister Ilse Marquardt said in a joint statement that the deal was "fair to both sides".
            """, expected: ["Tomasz Wilk: fair to both sides"]),
        Case(form: "A, B and C said", raw: """
            Germany, France and Italy said the sanctions would "stay in place for another year".
            """, expected: ["Germany: stay in place for another year"]),
        Case(form: "A and B told reporters", raw: """
            Finance Minister Tomasz Wilk met Foreign Minister Ilse Marquardt in Warsaw on Monday.
            Tomasz Wilk and Ilse Marquardt told reporters the deal was "a good start".
            """, expected: ["Tomasz Wilk: a good start"]),
        Case(form: "the statement on <medium>, far after the statement posted there", raw: """
            OSLO (Reuters) - Norway's foreign ministry rejected the claims in a statement posted on the news site NorPost late on Tuesday.
            "No Norwegian vessel entered Swedish waters," the statement said.
            Sweden said two patrol boats had crossed the line on Monday.
            Swedish Prime Minister Erik Lund said the incursion was serious.
            Lund spoke to reporters in Stockholm after a meeting of his cabinet.
            The coast guard said it had tracked the boats for an hour.
            Fishermen in the area said they saw nothing unusual.
            The statement on NorPost also said that Swedish aircraft had flown over Norwegian islands and accused Stockholm of "reckless provocation".
            """, expected: ["Norwegian Foreign Ministry: No Norwegian vessel entered Swedish waters", "Norwegian Foreign Ministry: reckless provocation"]),
        Case(form: "the document as subject of a clause that accuses a named state", raw: """
            The Helix Mining board published its findings on Monday in a report by the law firm Grant & Hale.
            The report said safety checks had lapsed and accused Norway of "looking the other way".
            """, expected: ["Grant & Hale: looking the other way"]),
        Case(form: "X, reading a statement on behalf of body, said", raw: """
            Colonel Amadou Sanou, reading a statement on behalf of the National Council for the Safeguard of the Homeland, said the decision was "irreversible".
            """, expected: ["National Council for the Safeguard of the Homeland: irreversible"]),
        Case(form: "X read a statement from body: quote", raw: """
            Niger's Interior Ministry closed the border on Monday.
            A presenter read a statement from the Interior Ministry: "All crossings are closed until further notice."
            Colonel Amadou Sanou read out a statement from the Interior Ministry on state television: "We will not reopen the border."
            """, expected: ["Nigerien Interior Ministry: All crossings are closed until further notice", "Nigerien Interior Ministry: We will not reopen the border"]),
        Case(form: "'state' as a modifier is no verb of saying", raw: """
            Niger's Interior Ministry closed the border on Monday.
            A presenter on state radio read a statement from the Interior Ministry: "Nobody may cross."
            """, expected: ["Nigerien Interior Ministry: Nobody may cross"]),
        Case(form: "in a statement read by a presenter, body said", raw: """
            In a statement read by a presenter on state television, the Interior Ministry said the border would "stay shut".
            """, expected: ["Interior Ministry: stay shut"]),
        Case(form: "X pressed him, then he said (the one pressed answers)", raw: """
            Senator Maria Santos questioned Defence Secretary Jose Cruz on Tuesday about the purchase of jets.
            Cruz told the committee that the contract was legal. Santos pressed him on the price.
            "The price is fair and the jets are needed," he said.
            """, expected: ["Jose Cruz: The price is fair and the jets are needed"]),
        Case(form: "X asked her about Y, then she said", raw: """
            Minister Tomasz Wilk met union leader Halvard Nyberg on Monday. Opposition leader Marta Nowicka joined the talks later.
            Nyberg asked her about the budget. "We will vote against it," she said.
            """, expected: ["Marta Nowicka: We will vote against it"]),
        Case(form: "X thanked him, then he said (no question: the subject goes on)", raw: """
            Tomasz Wilk met Halvard Nyberg on Monday. Wilk thanked him for the talks. "We made progress," he said.
            """, expected: ["Tomasz Wilk: We made progress"]),
        Case(form: "a <body word> spokeswoman said, after another country", raw: """
            Norway's foreign ministry summoned Sweden's ambassador on Monday over the border incident.
            "The incursion was unacceptable," a ministry spokeswoman said.
            """, expected: ["Norwegian Foreign Ministry: The incursion was unacceptable"]),
        Case(form: "an <body word> official told outlet, after a person", raw: """
            The Northern Grid Agency cut power to three towns on Sunday. Mayor Marta Nowicka called the cut reckless.
            "The cut was needed to save the grid," an agency official told Reuters.
            """, expected: ["Northern Grid Agency: The cut was needed to save the grid"]),
        Case(form: "it said, after a dateline that names a country", raw: """
            MOMBASA, Kenya (Reuters) - The Kenya Ports Authority suspended the terminal's licence on Thursday. "The cranes were unsafe," it said.
            """, expected: ["Kenya Ports Authority: The cranes were unsafe"]),
        Case(form: "it said, after a dateline with a date that names a country", raw: """
            MOMBASA, Kenya, June 18 (Reuters) - Kenya's ports authority said on Thursday it had suspended the terminal's licence.

            "The cranes were unsafe," it said in a statement.
            """, expected: ["Kenyan Ports Authority: The cranes were unsafe"]),
        Case(form: "a company spokesman said, the company introduced far above with a relative clause", raw: """
            "We will not accept a closure of this length," said Maria Lindqvist, a spokeswoman for Norrbotten Ore Freight, the company that runs the trains.

            "There is no evidence of any danger," Lindqvist said.

            In a statement, the Swedish Transport Workers' Union said: "Our members will not be sent onto that bridge."

            "This is a scandal for the whole region," the mayor of Lulea, Karin Holm, wrote on X.

            Holm's deputy, Erik Sand, disagreed. "The agency acted lawfully," he said.

            "We have done everything by the book," a company spokesman said in an email.
            """, expected: [
                "Maria Lindqvist: We will not accept a closure of this length", "Maria Lindqvist: There is no evidence of any danger",
                "Swedish Transport Workers' Union: Our members will not be sent onto that bridge",
                "Karin Holm: This is a scandal for the whole region", "Erik Sand: The agency acted lawfully",
                "Norrbotten Ore Freight: We have done everything by the book",
            ]),
    ]

    @Test(arguments: cases) func everyQuoteHasItsSpeaker(_ probe: Case) {
        let quotes = Self.drafted(probe.raw)
        for pair in probe.expected {
            #expect(quotes.contains(pair), "\(probe.form): \(quotes)")
        }
        // Nothing drafted with a named speaker where none of the expected ones is.
        let named = quotes.filter { !$0.hasPrefix("-: ") }
        for quote in named where !probe.expected.contains(quote) {
            let text = quote.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            #expect(!probe.expected.contains { $0.hasSuffix(": " + text) }, "\(probe.form): wrong speaker \(quote)")
        }
    }

    @Test func aReportThatIsTheSubjectOfItsClauseIsNotTheSentenceSubjects() {
        let quotes = Self.drafted("""
            Daniel Okafor resigned on Monday after a report found the company had hidden safety breaches.
            The report said managers had "systematically" failed to record accidents.
            """)
        #expect(!quotes.contains("Daniel Okafor: systematically"), "\(quotes)")
    }
}
