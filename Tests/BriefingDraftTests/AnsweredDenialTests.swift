import BriefingModel
import Testing
@testable import BriefingDraft

/// Sides read with the wrong stance on the development sets (`--sides`, "wrong stance"): a
/// subject the speaker owns ("Our waters are not for sale"), a denial owned by another ("the
/// group's denial was an insult"), a correction that sets aside an excuse ("a system, not an
/// accident") and an accusation of invention ("accused the opposition of inventing a scandal").
/// Second round: a cause not ruled out is doubted, cases said to be missing from a count
/// question the count, and a quote's second clause after a semicolon may deny for the speaker's
/// own subject. Fourth round: conduct said to comply with the rules for the speaker's own side
/// justifies it ("every roster we publish complies"); a reported clause saying a thing had
/// "nothing to do with" another denies the link; an inquiry said to have covered only part of
/// the matter is doubted. Every sentence invented.
@Suite struct AnsweredDenialTests: StanceProbing {
    /// Each invented sentence, the actor who speaks, and the stance its words take.
    @Test(arguments: [
        // An "our …" subject with a negated verb denies, as "we" does.
        ("\u{201C}Our waters are not for sale,\u{201D} fisheries spokeswoman Amara Perera said.", "Amara Perera", "denies"),
        ("\u{201C}Our ships have never entered Philippine waters,\u{201D} foreign ministry spokesman Li Wen told reporters.", "Li Wen", "denies"),
        ("\u{201C}Our inspectors did not find any breach,\u{201D} agency director Petra Holm said.", "Petra Holm", "denies"),
        // Not "our" with a verb in the open: the subject is not the speaker's.
        ("\u{201C}Their ships have entered our waters,\u{201D} navy spokesman Rui Santos said.", "Rui Santos", "asserts"),
        ("\u{201C}Our fishermen saw the ships,\u{201D} navy spokesman Rui Santos said.", "Rui Santos", "asserts"),
        // Another's denial answered: the speaker does not deny.
        ("Defence Secretary Marco Reyes said the rebels' denial was \u{201C}an insult to every family\u{201D} in the town.", "Marco Reyes", "asserts"),
        ("Interior Minister Olga Berg said Moscow's denial was not credible.", "Olga Berg", "asserts"),
        // The speaker's own denial still denies.
        ("The ministry spokesman, Omar Haddad, said the report was a fabrication.", "Omar Haddad", "denies"),
        // A correction that sets aside an excuse keeps the charge.
        ("\u{201C}The evidence shows a scheme, not an accident,\u{201D} prosecutor Elena Marin told the court.", "Elena Marin", "asserts"),
        ("\u{201C}This was a policy, not a mistake,\u{201D} opposition leader Tomas Varga said.", "Tomas Varga", "asserts"),
        // A correction of what happened still denies.
        ("Police spokesman Ivan Petrov said the fight started over a private quarrel, not the strike.", "Ivan Petrov", "denies"),
        // Accused of inventing the claim: the claim is denied.
        ("Ruling party lawmaker Jan Novak accused the opposition of \u{201C}inventing a scandal\u{201D} to distract voters.", "Jan Novak", "denies"),
        ("Government spokeswoman Lina Haddad accused the newspaper of making up the figures.", "Lina Haddad", "denies"),
        // An accusation of an act asserts it.
        ("Opposition leader Petra Kral accused the minister of taking bribes from a Czech contractor.", "Petra Kral", "asserts"),
        ("Opposition leader Petra Kral accused the ministry of making payments to a Czech contractor.", "Petra Kral", "asserts"),
        // A measure said to have no force is rejected; a count of spoilt ballots is not.
        ("Croatian Foreign Minister Ivo Maric said the arbitration ruling was invalid.", "Ivo Maric", "denies"),
        ("Foreign Minister Ivo Maric said the ruling was therefore void.", "Ivo Maric", "denies"),
        ("Election official Ana Kos said 3,000 ballots were declared invalid in the capital.", "Ana Kos", "asserts"),
        // An inquiry announced without "whether" does not doubt.
        ("The regulator, Ofwat, said it would review the company's leak figures next month.", "Ofwat", "asserts"),
        // Weighing one's own next step is no doubt about a claim.
        ("Prosecutor Ana Lima said she was studying whether to appeal the acquittal.", "Ana Lima", "denies"),
        ("Prosecutor Ana Lima said they were examining whether they could challenge the acquittal.", "Ana Lima", "asserts"),
        // Second round (branch ws2).
        // A cause not ruled out is doubted.
        ("Senator Ana Ruiz said she did not rule out sabotage but that investigators had shown her nothing conclusive.", "Ana Ruiz", "questions"),
        ("Fire chief Tomasz Nowak said he could not rule out arson.", "Tomasz Nowak", "questions"),
        ("Police spokesman Kofi Mensah said officers were not ruling out foul play in the death of the activist.", "Kofi Mensah", "questions"),
        // Cases missing from a count question the count.
        ("Doctor Amina Yusuf said at least nine patients had died at a mission hospital and that their deaths had not been included in the ministry's tally.", "Amina Yusuf", "questions"),
        ("Union leader Marta Silva said contract workers were left out of the official count.", "Marta Silva", "questions"),
        ("Rights activist Omar Farouk said deaths in police custody were excluded from the government's figures.", "Omar Farouk", "questions"),
        // Not a count: the report, the talks.
        ("Lawmaker Peter Odhiambo said the clinics were not included in the reform.", "Peter Odhiambo", "denies"),
        ("Opposition leader Marta Silva said the unions had been left out of the talks.", "Marta Silva", "asserts"),
        // A quote's second clause denies for the speaker's own subject.
        ("\u{201C}Our armed forces fight the smuggling gangs; they do not protect them,\u{201D} the defence ministry spokesman, Luis Ortega, said.", "Luis Ortega", "denies"),
        ("\u{201C}We buy cocoa at the official price; we have never paid below it,\u{201D} company spokeswoman Abena Owusu said.", "Abena Owusu", "denies"),
        // Another's clause after the semicolon, or no own subject before it: an assertion.
        ("\u{201C}We will keep talking; they do not want a deal,\u{201D} negotiator Abena Owusu said.", "Abena Owusu", "asserts"),
        ("\u{201C}The rebels burn villages; they do not spare children,\u{201D} army spokesman Luis Ortega said.", "Luis Ortega", "asserts"),
        // Fourth round (branch ws4).
        // Compliance claimed for the speaker's own conduct denies the charge.
        ("\u{201C}Every shift we schedule complies with national working-time rules,\u{201D} company spokeswoman Ines Moreau said.", "Ines Moreau", "denies"),
        ("Port operator spokesman Karl Lind said its cranes fully complied with European safety standards.", "Karl Lind", "denies"),
        ("\u{201C}Our trawlers are compliant with every quota set in Brussels,\u{201D} fisheries association head Joao Pinto said.", "Joao Pinto", "denies"),
        // Compliance asked of another, or for another's conduct: no justification.
        ("Union leader Ana Sousa said the airline must comply with the court order by Friday.", "Ana Sousa", "asserts"),
        ("Regional governor Pavel Ilic said the mine's owners had refused to comply with the closure order.", "Pavel Ilic", "asserts"),
        // A reported clause with "nothing to do with": the link is denied, whoever the subject is.
        ("Interior ministry spokesman Farid Hassan said the two men had been on a list drawn up weeks earlier and that their removal had nothing to do with the inquiry.", "Farid Hassan", "denies"),
        ("Police spokesman Samuel Otieno said the arrests had nothing to do with the protest.", "Samuel Otieno", "denies"),
        // Not a denial: a counterfactual in a quote, "everything to do with", a relative with no object.
        ("Rights researcher Clara Vidal said officials kept blaming the heart \u{201C}as if heat had nothing to do with it.\u{201D}", "Clara Vidal", "asserts"),
        ("Farm union head Pieter Smit said the rules had nothing to do with plant health and everything to do with protecting European growers.", "Pieter Smit", "asserts"),
        ("Aid worker Marie Dubois said villagers were punished for attacks they had nothing to do with.", "Marie Dubois", "asserts"),
        // An inquiry said to have covered only part of the matter is doubted.
        ("The watchdog's director, Mara Lentz, told public radio that the inspection had covered only three months.", "Mara Lentz", "questions"),
        ("Opposition lawmaker Tomas Reese said the review had only examined contracts signed after 2021.", "Tomas Reese", "questions"),
        ("Researcher Ana Popescu said the ministry's survey had sampled only 40 of the 300 villages.", "Ana Popescu", "questions"),
        // A count with "only", an inquiry with no limit, "only" elsewhere: no doubt.
        ("Police spokesman Raul Ortiz said only 12 people had been hurt in the blast.", "Raul Ortiz", "asserts"),
        ("Chief inspector Hana Novak said the inspection covered all 40 sites.", "Hana Novak", "asserts"),
        ("Company spokesman Leo Brandt said the review board only meets in March.", "Leo Brandt", "asserts"),
    ])
    func readsTheStance(_ raw: String, _ actor: String, _ stance: String) {
        #expect(stances(raw, of: actor) == [stance], "\(raw)")
    }

    /// "would examine whether the law was compatible", "was investigating whether the company had
    /// under-reported leaks": an inquiry still open doubts the claim. Read so (branch ws), it
    /// gained a side on development set W but cost an unseen set a dispute, so it is not read yet.
    @Test(arguments: [
        ("A European Commission spokesperson said the Commission would examine whether the law was compatible with EU rules.", "European Commission"),
        ("The regulator, Ofwat, said it was investigating whether the company had under-reported leaks.", "Ofwat"),
    ])
    func anInquiryStillOpenQuestions(_ raw: String, _ actor: String) {
        withKnownIssue {
            #expect(stances(raw, of: actor) == ["questions"], "\(raw)")
        }
    }

    /// "We will not go back … until the company signs": a refusal held until a condition is met
    /// is a demand, not a denial. Reading it so on development set G (branch ws) moved the
    /// union's claim into a dispute of its own and lost a side there, so it is not read yet.
    @Test func refusalUntilAConditionIsMet() {
        withKnownIssue {
            #expect(stances("\u{201C}We will not go back to work until the company pays what it promised us in March,\u{201D} union leader Jorge Quispe told reporters.", of: "Jorge Quispe") == ["asserts"])
        }
        // A plain refusal of what was said denies.
        #expect(stances("\u{201C}We will not accept these false figures,\u{201D} union leader Jorge Quispe told reporters.", of: "Jorge Quispe") == ["denies"])
    }

    /// A plan left open ("did not rule out running again", "would not rule out further strikes")
    /// is no doubt about a claim: whatever the negated clause makes of it, not a question.
    @Test(arguments: [
        ("Prime Minister Elif Kaya said she did not rule out running for a third term.", "Elif Kaya"),
        ("Army spokesman Kofi Mensah said the military would not rule out further strikes on the camps.", "Kofi Mensah"),
    ])
    func aPlanLeftOpenIsNoDoubt(_ raw: String, _ actor: String) {
        #expect(!stances(raw, of: actor).contains("questions"), "\(raw)")
    }

    /// "said the boats had been working near the islet, and had never crossed the boundary": a
    /// second, negated predicate of the reported clause's own subject (the speaker's people or
    /// things) denies. Not when that subject is a measure or a thing done ("said a ban had let
    /// stocks recover and had not hurt fishermen" defends the ban, and those it hurt hold the
    /// rival account: ToldGroupVoiceTests), another actor named or a body described, or a subject
    /// nobody owns ("a study"). Every sentence invented.
    @Test(arguments: [
        ("Association spokesman Raju Pillai said the boats had been working near the islet, and had never crossed the maritime boundary.", "Raju Pillai"),
        ("Company spokeswoman Lena Berg said the plant had operated within its permit and had not released any untreated water.", "Lena Berg"),
        ("Airline spokesman Tomas Novak said its pilots had followed every instruction from the tower and had not entered the closed runway.", "Tomas Novak"),
        ("Party secretary Grace Mwangi said its candidates had campaigned peacefully and had never paid voters.", "Grace Mwangi"),
    ])
    func aNegatedSecondPredicateDenies(_ raw: String, _ actor: String) {
        #expect(stances(raw, of: actor) == ["denies"], "\(raw)")
    }

    @Test(arguments: [
        // A measure or a thing done, defended.
        ("Fisheries minister Awa Ndiaye said a ban on trawling had let stocks recover and had not hurt small fishermen.", "Awa Ndiaye"),
        ("Finance minister Carlos Ruiz said the spending cuts had steadied the budget and had not slowed growth.", "Carlos Ruiz"),
        ("Interior minister Olena Shevchuk said the new law had reduced crime and had not limited free speech.", "Olena Shevchuk"),
        ("Health minister Priya Nair said the curfew had slowed the outbreak and had not closed any clinics.", "Priya Nair"),
        // A subject nobody owns: a finding reported, not a denial.
        ("Trade minister Li Wei said a study had found higher exports and had not found any job losses.", "Li Wei"),
        // Another actor named or a body described: a charge.
        ("Army spokesman Luis Ortega said the Ambazonia Defence Forces had attacked the market and had not spared children.", "Luis Ortega"),
        ("Villager Ana Lopes said the company had fenced off the river and had not paid any compensation.", "Ana Lopes"),
    ])
    func aNegatedSecondPredicateOfAMeasureOrAnotherIsNoDenial(_ raw: String, _ actor: String) {
        #expect(!stances(raw, of: actor).contains("denies"), "\(raw)")
    }
}
