import BriefingModel

/// "Estmark accused the crew of a Brightwater freighter of cutting the cable. … Brightwater said
/// the anchor had come loose in heavy seas", "“Our soldiers fight the timber gangs every day,”
/// the defence minister said": after one actor charges or claims something about a second, that
/// second one (or its camp) speaking on the same matter with no word of agreement gives its own
/// account, and so denies the charge — even with no word of denial. Its doubt when it hedges.
///
/// Wider than `resolveAccusedAnswers`: the one answering may be named anywhere in the charge
/// ("the crew of a Brightwater freighter", "its contract with Halvorsen"), the charge may stand
/// in the lead several paragraphs before, and the same matter may be the answerer itself ("our
/// crew", "Dalmora has one of the most open markets") rather than a shared word. Grammar and
/// layout, not phrasing: an answer that concedes ("acknowledged", "said it was investigating")
/// or tells what will be done is no rival account.
extension DisputeFinder {
    /// How far (in paragraphs) an answer may stand from a charge in the story's lead; the lead's
    /// charge is what the accused is asked about, wherever its answer comes.
    static let leadAnswerReach = 6

    static func resolveCounterAccounts(_ positions: inout [StancePosition], camps: Camps, actors: [String: DraftActor],
                                       open: Set<Int>? = nil, answeredAlready: (StancePosition, String) -> Bool = { _, _ in false }) {
        // A camp that concedes something after a charge gives no rival account of it.
        var conceding: [(actor: String, order: Int)] = []
        for position in positions where concedes(position) { conceding.append((position.actor, position.order)) }
        // Each statement's words of wrong, read once: the charges before an answer, and the
        // positions before each charge, are looked at again for every answer.
        let wrongs = Dictionary(positions.map { ($0.order, wrongWords($0.statement)) }, uniquingKeysWith: { first, _ in first })
        func wrong(_ position: StancePosition) -> Set<String> { wrongs[position.order] ?? wrongWords(position.statement) }
        func charging(_ claim: StancePosition) -> Bool { charges(claim, wrong: wrong(claim)) }
        // The actors' head words, read once: every charge before every answer asks for them.
        let heads = ActorHeads(actors)
        // Charges of inaction ("did nothing with it"), read once (`InactionCharges`).
        let inactionCharges = Set(positions.filter { $0.stance == .asserts && chargesInaction($0.statement) }.map(\.order))
        for i in positions.indices where positions[i].stance == .asserts && (!positions[i].isClaim || blamesMatterElsewhere(positions[i]))
            && positions[i].contrastTarget == nil && positions[i].hasStatement && !positions[i].accusesToo
            && open?.contains(i) != false {
            let answer = positions[i]
            if isBackground(answer.statement) { continue }
            // An outlet reports; it is not the one charged.
            // "their removal had nothing to do with the investigation" after a charge of keeping
            // witnesses from investigators: a word of inquiry that is the charge's own matter
            // concedes nothing (`echoedConcession`); a verb of conceding always does.
            let echoed = conceding.contains(where: { $0.order == answer.order }) ? echoedConcession(answer) : []
            guard actors[answer.actor]?.kind != .media, echoed != nil,
                  !tellsFuture(answer.statement), !offers(answer.statement) else { continue }
            func near(_ claim: StancePosition) -> Bool {
                i - claim.order <= 16 && (answer.paragraph - claim.paragraph <= answerReach
                    || (claim.paragraph <= 1 && answer.paragraph - claim.paragraph <= leadAnswerReach))
            }
            let datesAccount = datesItsAccount(answer.statement)
            func answered(_ claim: StancePosition) -> Bool {
                // "did nothing with it" answered by "had been sent within a month".
                let inaction = datesAccount && inactionCharges.contains(claim.order)
                // "… Kyrgyz guards had crossed into Tajik land": an account of what the accuser did
                // is a counter-charge, which asserts on its own.
                guard claim.stance == .asserts, claim.hasStatement, claim.actor != answer.actor,
                      echoed?.isSubset(of: claim.stems) != false,
                      !(answer.about.map { camps.allied($0, claim.actor) } ?? false),
                      !camps.related(camps.id(claim.actor), camps.id(answer.actor)),
                      inaction || charging(claim) || continuesCharge(claim, positions: positions, camps: camps, charges: charging),
                      !answeredAlready(claim, answer.actor),
                      // "the old pond was unsafe too": the charge's own word of wrong agrees with it.
                      wrong(answer).isDisjoint(with: wrong(claim)),
                      let target = chargedCamp(of: claim, answeredBy: answer.actor, actors: actors, camps: camps)
                        ?? describedAnswerer(in: claim, answeredBy: answer.actor, actors: actors, camps: camps, heads: heads),
                      !conceding.contains(where: { $0.order > claim.order && $0.order != answer.order && camps.allied($0.actor, target) }),
                      // Answered by a word of denial already ("dismissed the charge"): the camp's
                      // further accounts join that answer (`campAnswer`), not this rule.
                      !positions[(claim.order + 1)..<i].contains(where: { $0.answersByVerb && (camps.allied($0.actor, answer.actor) || camps.allied($0.actor, target)) })
                else { return false }
                return inaction || !claim.stems.isDisjoint(with: answer.stems)
                    || answer.mentioned.contains { camps.allied($0, target) }
                    || speaksOfItself(answer.statement) || speaksOfTheCharge(answer.statement)
                    || blamesMatterElsewhere(answer)
            }
            // Read by index, not through a slice: a slice alive when the stance is set below
            // would copy the whole array.
            var found: Int?
            var j = i - 1
            while j >= 0, near(positions[j]) {
                if answered(positions[j]) { found = positions[j].order; break }
                j -= 1
            }
            guard let chargeOrder = found else { continue }
            positions[i].stance = answer.hedged ? .questions : .denies
            positions[i].contrastTarget = chargeOrder
        }
    }

    /// The actor a claim is about that the answerer speaks for: the one it accuses, the subject
    /// of its clause, or any actor it names — never the claimant's own camp.
    static func chargedCamp(of claim: StancePosition, answeredBy answerer: String, actors: [String: DraftActor], camps: Camps) -> String? {
        // A country merely named ("illegal under Peruvian law") is not charged; one accused is.
        let named = [claim.accused, claim.about].compactMap { $0 } + claim.mentioned.sorted().filter { actors[$0]?.kind != .country }
        return named.first { actor in
            speaksFor(answerer, actor, actors: actors) && !camps.related(camps.id(claim.actor), camps.id(actor))
        }
    }

    /// One speaks for the other when one is the other's body, or its body's body (a spokesman
    /// and his ministry, a ministry and its country) — not a sibling body under the same country
    /// (an election observer group does not answer for the police).
    static func speaksFor(_ a: String, _ b: String, actors: [String: DraftActor]) -> Bool {
        func chain(_ name: String) -> [String] {
            var names = [name]
            while let next = actors[names[names.count - 1]]?.affiliation, names.count < 4, !names.contains(next) { names.append(next) }
            return names
        }
        return chain(a).contains(b) || chain(b).contains(a)
    }

    /// "The authority said executives from the three companies had met in a hotel": a claim
    /// that carries no word of wrong itself goes on with the charge its camp made just before.
    static func continuesCharge(_ claim: StancePosition, positions: [StancePosition], camps: Camps,
                                charges: (StancePosition) -> Bool) -> Bool {
        positions[..<claim.order].reversed().prefix { claim.paragraph - $0.paragraph <= 2 }.contains { earlier in
            earlier.stance == .asserts && camps.allied(earlier.actor, claim.actor) && charges(earlier)
        }
    }

    /// "three cement makers" → Savanna Cement, "the army had shelled" → Malian Army (and its
    /// spokesman), "charged the mayor" → the mayor: the charge names the answerer by the head
    /// word of its name or of its title, or the answerer's own body by its name's head word.
    /// Returns the actor so described. A company described only as "a company" is any company
    /// with no affiliation.
    static func describedAnswerer(in claim: StancePosition, answeredBy answerer: String, actors: [String: DraftActor], camps: Camps,
                                  heads: ActorHeads) -> String? {
        var chain: [String] = []
        var current: String? = answerer
        while let name = current, chain.count < 3, !chain.contains(name) {
            chain.append(name)
            current = actors[name]?.affiliation
        }
        // The one charged is the doer of the wrong, named before it ("the army had shelled"); a
        // description after it is the victim or the thing harmed ("cutting a telecommunications cable").
        let words = LowercaseWords.split(claim.statement, keeping: "-'")
        let wrongAt = words.firstIndex(where: wrongdoingStems.begins) ?? words.count
        var subject = Set(words.prefix(min(wrongAt, 10)).compactMap { DisputeLexicon.stem($0) })
        // "the minister knew … and did nothing": his ministry answers for him.
        if words.prefix(min(wrongAt, 10)).contains("minister") { subject.insert(ministryStem) }
        return chain.first { name in
            guard let actor = actors[name], actor.kind != .country, !camps.related(camps.id(claim.actor), camps.id(name)) else { return false }
            // "the ministry" with two ministries named describes neither.
            let described = heads.of[name, default: []].filter(subject.contains)
            if described.contains(where: { head in !heads.bearers[head, default: []].contains { other in
                other != name && !chain.contains(other)
            } }) { return true }
            guard actor.kind == .organization, actor.affiliation == nil, !subject.isDisjoint(with: companyNouns) else { return false }
            let companies = actors.values.filter { $0.kind == .organization && $0.affiliation == nil }
            return companies.count - companies.filter { camps.related(camps.id(claim.actor), camps.id($0.name)) }.count == 1
        }
    }

    /// Each actor's head words (the last word of its name and of its role, stemmed), and the
    /// actors other than countries that bear each head word.
    struct ActorHeads {
        var of: [String: [String]] = [:]
        var bearers: [String: [String]] = [:]

        init(_ actors: [String: DraftActor]) {
            for (key, actor) in actors {
                let words = [actor.name, actor.role ?? ""].compactMap { $0.lowercased().split(separator: " ").last.flatMap { DisputeLexicon.stem(String($0)) } }
                of[key] = words
                if actor.kind != .country {
                    for head in words { bearers[head, default: []].append(actor.name) }
                }
            }
        }
    }

    static let ministryStem = DisputeLexicon.stem("ministry") ?? "ministry"

    /// How wire copy describes a company it has not named: "a hydroelectric company", "the firm".
    static let companyNouns: Set<String> = Set(["company", "firm", "operator", "companies", "firms"].compactMap { DisputeLexicon.stem($0) })

    /// A claim that charges its target with a wrong ("accused", "blamed", or in its own words:
    /// "had fished illegally", "failed to report", "taking bribes"): a count or a result reported
    /// about an actor is no charge, and the actor's own account of it agrees as often as not.
    static func charges(_ claim: StancePosition, wrong: Set<String>) -> Bool {
        claim.isClaim || claim.accused != nil || !wrong.isEmpty
    }

    /// The words of a statement that name a wrong done.
    static func wrongWords(_ statement: String) -> Set<String> {
        Set(DisputeLexicon.hyphenatedWords(statement).filter(wrongdoingStems.begins))
    }

    /// Beginnings of words that name a wrong done ("illegally", "bribes", "failed", "protectionism").
    static let wrongdoingStems = WordBeginnings("""
        illegal illicit unlawful wrongful bribe briber corrupt fraud embezzl launder smuggl fail hid hiding cover-up
        abus beat beaten tortur kill attack violat breach protectionis discriminat dumping subsidi deliberat rigg
        manipul stole steal theft loot damag pollut contamin poison intimid threat harass neglig ignor lied lying
        mislead misled overcharg sabotag espionage spied cheat unsafe dangerous reckless collu exploit unfair
        """.split { $0 == " " || $0 == "\n" }.map(String.init))

    /// "the bloc was ready to send observers": an offer is no account of what happened.
    static func offers(_ statement: String) -> Bool {
        let lower = statement.lowercased()
        return ["ready to", "willing to", "prepared to"].contains { lower.contains($0) }
    }

    static let concedingCues: Set<String> = DisputeLexicon.words("""
        acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting
        confirm confirms confirmed confirming concede concedes conceded conceding agree agrees agreed agreeing
        apologise apologises apologised apologize apologizes apologized accept accepts accepted regret regrets regretted
        """)

    /// Words of an answer that goes along with the charge: looking into it, sorry for it.
    static let concedingWords: Set<String> = DisputeLexicon.words("""
        investigating investigate investigation investigations inquiry probe probing reviewing cooperating cooperate co-operating
        apologise apologised apologize apologized apology apologies sorry regret regrets regretted seriously
        """)

    /// The stems of the words by which an answer concedes, or nil when its verb concedes: it
    /// concedes nothing to a charge whose own stems hold them all.
    static func echoedConcession(_ answer: StancePosition) -> Set<String>? {
        if concedingCues.contains(answer.cueWord.lowercased()) { return nil }
        let words = DisputeLexicon.hyphenatedWords(answer.statement).filter { concedingWords.contains($0) }
        let stems = words.compactMap { DisputeLexicon.stem($0) }
        return stems.count == words.count ? Set(stems) : nil
    }

    static func concedes(_ position: StancePosition) -> Bool {
        if concedingCues.contains(position.cueWord.lowercased()) { return true }
        return DisputeLexicon.hyphenatedWords(position.statement).contains { concedingWords.contains($0) }
    }

    /// "the case was “a political settling of scores”", "the allegations were false": the
    /// answer's clause opens on the charge itself, so it is on the same matter whatever its words.
    static func speaksOfTheCharge(_ statement: String) -> Bool {
        let words = LowercaseWords.split(statement, keeping: "'").prefix(4)
        let opening = Array(words.first == "that" ? words.dropFirst() : words[...])
        guard opening.count >= 2, ["the", "these", "those", "this"].contains(opening[0]) else { return false }
        return nounsNamingTheCharge.contains(opening[1])
    }

    /// The nouns that name a charge as a whole (unlike `DisputeLexicon.chargeNouns`, the words
    /// of wrong a denial rejects).
    static let nounsNamingTheCharge: Set<String> = ["case", "charge", "charges", "allegation", "allegations", "accusation", "accusations",
                                                   "prosecution", "indictment", "lawsuit", "complaint"]

    /// "that its pickets had been peaceful", "“Our crew reported the fault …”", "we stopped the
    /// pumps": the answer's clause opens on the speaker itself.
    static func speaksOfItself(_ statement: String) -> Bool {
        let words = LowercaseWords.split(statement, keeping: "'").prefix(4)
        let opening = words.first == "that" ? words.dropFirst() : words[...]
        guard let first = opening.first else { return false }
        return ["we", "our", "its", "their", "us"].contains(String(first))
    }
}


extension DisputeFinder {
    /// Counter-accounts only add to what the other rules found: the disputes are assembled
    /// without them first; then an account left out of every dispute may become the answer to
    /// a charge, and the disputes are assembled again. The second reading is kept only when
    /// every dispute of the first stands in it whole, each in a dispute of its own — a
    /// counter-account that takes a side from its dispute, or joins two, is not one.
    static func assembleAnswering(_ positions: [StancePosition], actors: [String: DraftActor]) -> (disputes: [DraftDispute], positions: [StancePosition]) {
        let first = assemble(positions, actors: actors)
        var answered = first.positions
        func key(_ position: StancePosition) -> SideKey { SideKey(actor: position.actor, ref: position.ref) }
        let placedSides = first.disputes.flatMap(\.sides)
        let placed = Set(placedSides.map { SideKey(actor: $0.actor, ref: $0.source) })
        // Left out of every dispute, or grouped with a charge as if it asserted it (the charged
        // one "asserting" the charge against itself).
        let asserting = Set(placedSides.filter { $0.stance == .asserts }.map { SideKey(actor: $0.actor, ref: $0.source) })
        let opposing = Set(placedSides.filter { $0.stance != .asserts }.map { SideKey(actor: $0.actor, ref: $0.source) })
        let open = Set(answered.indices.filter { index in
            let side = key(answered[index])
            return !placed.contains(side) || (asserting.contains(side) && !opposing.contains(side))
        })
        let camps = Camps(actors: actors, names: answered.flatMap { [$0.actor] + $0.mentioned.sorted() })
        // A charge the answerer already answered keeps that answer; another of its camp (the
        // minister after his country) may still add its own account.
        // Looked up for every charge before every account: made once.
        struct Answered: Hashable {
            var charge: SideKey
            var answerer: String
        }
        var answers = Set<Answered>()
        for dispute in first.disputes {
            let answerers = dispute.sides.filter { $0.stance != .asserts }.map(\.actor)
            for side in dispute.sides where side.stance == .asserts {
                for answerer in answerers { answers.insert(Answered(charge: SideKey(actor: side.actor, ref: side.source), answerer: answerer)) }
            }
        }
        func answeredAlready(_ charge: StancePosition, _ answerer: String) -> Bool {
            answers.contains(Answered(charge: key(charge), answerer: answerer))
        }
        resolveCounterAccounts(&answered, camps: camps, actors: actors, open: open, answeredAlready: answeredAlready)
        // Still open after that, an account marked as a rival one ("instead") answers the claim just before it.
        resolveMarkedRivalAccounts(&answered, camps: camps, actors: actors, open: Set(open.filter { answered[$0].stance == first.positions[$0].stance }))
        // Still open, a statement negating a word of another camp's claim just before denies it.
        resolveNegatedContent(&answered, camps: camps, actors: actors, open: Set(open.filter { answered[$0].stance == first.positions[$0].stance }))
        // An account placed in a dispute turns only against a charge of that same dispute.
        let disputeSides = first.disputes.map { Set($0.sides.map { SideKey(actor: $0.actor, ref: $0.source) }) }
        var turned = Set<SideKey>()
        for index in answered.indices where answered[index].stance != first.positions[index].stance {
            let side = key(answered[index])
            if placed.contains(side) {
                let charge = answered[index].contrastTarget.map { key(answered[$0]) }
                guard disputeSides.contains(where: { $0.contains(side) && charge.map($0.contains) == true }) else {
                    answered[index] = first.positions[index]
                    continue
                }
            }
            turned.insert(side)
        }
        guard !turned.isEmpty else { return first }
        let second = assemble(answered, actors: actors)
        let kept = first.disputes.map { dispute in
            DraftDispute(question: dispute.question, sides: dispute.sides.filter { !turned.contains(SideKey(actor: $0.actor, ref: $0.source)) })
        }
        return keepsEach(kept, in: second.disputes) ? second : first
    }

    struct SideKey: Hashable {
        var actor: String
        var ref: SourceRef
    }

    /// Does every earlier dispute stand whole in a later one, no two in the same?
    static func keepsEach(_ earlier: [DraftDispute], in later: [DraftDispute]) -> Bool {
        var used = Set<Int>()
        for dispute in earlier {
            let sides = Set(dispute.sides.map { "\($0.actor)|\($0.stance.rawValue)|\($0.source)" })
            guard let index = later.indices.first(where: { index in
                !used.contains(index) && sides.isSubset(of: Set(later[index].sides.map { "\($0.actor)|\($0.stance.rawValue)|\($0.source)" }))
            }) else { return false }
            used.insert(index)
        }
        return true
    }

    /// "its profit had risen 8 percent in the first half", "the port had handled 14 million
    /// tonnes of cargo last year": a figure of the answerer's own business, told with a verb of
    /// growth or measure, is background to the story, not an account of the matter charged.
    static func isBackground(_ statement: String) -> Bool {
        let words = LowercaseWords.split(statement, digits: true, keeping: "%")
        // A year dates the account; it measures nothing ("rose sharply in 2023").
        let isYear = { (word: String) in word.count == 4 && (word.hasPrefix("19") || word.hasPrefix("20")) && word.allSatisfy(\.isNumber) }
        let hasFigure = words.contains { word in word.first?.isNumber == true && !isYear(word) } || words.contains { ["percent", "per", "million", "billion", "doubled", "tripled", "halved"].contains($0) }
        let measures = words.contains { backgroundVerbs.contains($0) }
        return hasFigure && measures
    }

    static let backgroundVerbs: Set<String> = DisputeLexicon.words("""
        rose risen grew grown increased fell fallen dropped declined doubled tripled halved handled employed employs employ
        carried served produced exported imported earned reported totalled totaled reached
        """)
}
