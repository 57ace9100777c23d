import BriefingModel
import Foundation

/// Finds claims asserted by one actor and denied or questioned by another.
///
/// 1. Positions: every verb of saying, accusing, denying or questioning with an identifiable
///    subject gives that actor a position in its sentence; its stance comes from the verb
///    ("denied", "questioned") or from its words ("no evidence", "without providing any
///    proof", "baseless", "says it does not …"). See `PositionFinder`.
/// 2. Each denial or doubt is linked to the assertion it answers: one that it names the
///    speaker of ("the United States had no evidence"), one about the denier, claims it
///    points back to ("both claims" → the two latest accusations, one dispute each), and
///    shared subject matter (stemmed content words, with news synonyms folded); failing
///    all of these, the claim from outside its camp that links best within six paragraphs,
///    and another accuser's earlier claim that links nearly as well.
/// 3. Each dispute then gathers the other positions on the same subject near it: more
///    assertions by actors outside the denier's camp, more denials by the denier's camp
///    (an organisation and its spokesperson are both sides), and the account of a party the
///    claim names, which answers it. Disputes over claims that restate each other are one.
/// 4. A position still in no dispute joins the one beside it whose claim shares a word with it
///    (`StrayPositions`).
/// The question is the core assertion turned into a yes/no question, mechanically.
///
/// Quoted words count as part of their sentence (a quote saying "without providing any
/// proof" makes its speaker deny), so the quotes found are not needed beyond the text itself.
/// Work is bounded: links reach a few paragraphs and at most `reach` positions.
public enum DisputeFinder {
    public static func find(in text: DraftText, actors: [DraftActor], mentions: MentionIndex) -> [DraftDispute] {
        find(in: AttributionCache.shared.text(for: text, actors: actors, mentions: mentions))
    }

    static func find(in attribution: AttributionText) -> [DraftDispute] {
        assembleWithStrays(PositionFinder.find(in: attribution), actors: TitleCamps.affiliated(attribution)).disputes
    }

    /// Every position read, in a dispute or not, with the stance it ended with (after
    /// contrasts and answers to answers): for `briefing-eval --sides`, which tells a side that
    /// was never paired from one that was read wrongly.
    public static func positions(in text: DraftText, actors: [DraftActor], mentions: MentionIndex) -> [DraftSide] {
        let attribution = AttributionCache.shared.text(for: text, actors: actors, mentions: mentions)
        return assembleWithStrays(PositionFinder.find(in: attribution), actors: TitleCamps.affiliated(attribution)).positions.map { position in
            DraftSide(actor: position.actor, stance: position.stance, statement: position.statement, source: position.ref)
        }
    }

    /// Who speaks for whom: an actor, its affiliation, that one's affiliation (Dmitry Peskov →
    /// Kremlin → Russia). Actors on one such chain are one side. Two organisations under one
    /// parent are one side too; two people under one country are not (a president and the
    /// opposition leader), nor a person and an organisation of the same country, nor a body of
    /// citizens (a union, a party) and a state body.
    /// Actors are numbered, so the many comparisons compare integers.
    struct Camps {
        private(set) var ids: [String: Int] = [:]
        private var chains: [[Int]] = []
        private var isPerson: [Bool] = []
        /// Unions, parties, associations: bodies of citizens, not of the state.
        private var isCivil: [Bool] = []
        /// Watchdogs, regulators, auditors: bodies that judge the state's other bodies (`OversightBodies`).
        private var isOversight: [Bool] = []

        init(actors: [String: DraftActor], names: [String]) {
            for name in actors.keys.sorted() + names where ids[name] == nil {
                ids[name] = ids.count
            }
            chains = Array(repeating: [], count: ids.count)
            isPerson = Array(repeating: false, count: ids.count)
            isCivil = Array(repeating: false, count: ids.count)
            isOversight = Array(repeating: false, count: ids.count)
            for (name, id) in ids {
                isPerson[id] = actors[name]?.kind == .person
                isCivil[id] = actors[name]?.kind != .person && name.lowercased().split(separator: " ").contains { DisputeLexicon.civilBodies.contains(String($0)) }
                isOversight[id] = actors[name]?.kind != .person && DisputeLexicon.oversees(name)
                var chain = [id]
                var current = name
                for _ in 0..<4 {
                    guard let next = actors[current]?.affiliation, let nextID = ids[next], !chain.contains(nextID) else { break }
                    chain.append(nextID)
                    current = next
                }
                chains[id] = chain
            }
        }

        func id(_ name: String) -> Int { ids[name] ?? -1 }

        func allied(_ a: Int, _ b: Int) -> Bool {
            if a == b { return true }
            guard a >= 0, b >= 0 else { return false }
            let chainA = chains[a]
            let chainB = chains[b]
            if chainA.contains(b) || chainB.contains(a) { return true }
            // A farmers' union and the agriculture ministry of one country are not one side.
            // Nor are a watchdog and the ministry it accuses.
            guard !isPerson[a], !isPerson[b], !isCivil[a], !isCivil[b], isOversight[a] == isOversight[b], chainA.count > 1, chainB.count > 1 else { return false }
            return chainA[1] == chainB[1]
        }

        func allied(_ a: String, _ b: String) -> Bool { a == b || allied(id(a), id(b)) }

        /// Looser than `allied`: anywhere under one affiliation (a Kremlin spokesman and the
        /// security service of the same country). Enough to join a side on a shared subject,
        /// never enough to keep two actors off opposite sides.
        func related(_ a: Int, _ b: Int) -> Bool {
            if allied(a, b) { return true }
            guard a >= 0, b >= 0 else { return false }
            return chains[a].contains { chains[b].contains($0) }
        }
    }

    /// A position's actor, subject-matter words and named actors as numbers, sorted.
    struct Compact {
        var actor: Int
        var stems: [Int]
        var mentioned: [Int]
    }

    /// How many numbers two sorted lists share.
    static func shared(_ a: [Int], _ b: [Int]) -> Int {
        var i = 0
        var j = 0
        var count = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { count += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return count
    }

    /// How far (in positions) a link may reach, whatever the paragraphs: bounds the work on
    /// text without paragraph breaks.
    static let reach = 80

    /// Indices of the positions within `paragraphs` paragraphs (and `reach` positions) of a range of them.
    static func window(_ positions: [StancePosition], around indices: ClosedRange<Int>, paragraphs: Int) -> Range<Int> {
        var low = indices.lowerBound
        while low > 0, indices.lowerBound - (low - 1) <= reach,
              positions[indices.lowerBound].paragraph - positions[low - 1].paragraph <= paragraphs { low -= 1 }
        var high = indices.upperBound
        while high + 1 < positions.count, (high + 1) - indices.upperBound <= reach,
              positions[high + 1].paragraph - positions[indices.upperBound].paragraph <= paragraphs { high += 1 }
        return low..<(high + 1)
    }

    static func assemble(_ positions: [StancePosition], actors: [String: DraftActor], reread: Bool = true) -> (disputes: [DraftDispute], positions: [StancePosition]) {
        var positions = positions
        addNamedClaims(&positions)
        let camps = Camps(actors: actors, names: positions.flatMap { [$0.actor] + $0.mentioned.sorted() })
        resolveContrasts(&positions, camps: camps)
        resolveContrastedDenials(&positions, camps: camps)
        resolveAdjacentRejections(&positions, camps: camps)
        resolveRivalCounts(&positions, camps: camps)
        resolveRivalCauses(&positions, camps: camps)
        resolveAccusedAnswers(&positions, camps: camps)
        resolvePolarAnswers(&positions, camps: camps)
        var stemIDs: [String: Int] = [:]
        let compact = positions.map { position in
            Compact(actor: camps.id(position.actor),
                    stems: position.stems.map { stem in
                        if let id = stemIDs[stem] { return id }
                        stemIDs[stem] = stemIDs.count
                        return stemIDs.count - 1
                    }.sorted(),
                    mentioned: position.mentioned.map { camps.id($0) }.sorted())
        }

        // 2. Seeds: each opposing position and the assertion(s) it answers.
        var seeds: [(core: Int, opposing: Int, split: Bool)] = []
        // Denials of a count: a dispute of their own, apart from one over the same claim's other points.
        var countSeeds: Set<Int> = []
        for (d, opposing) in positions.enumerated() where opposing.stance != .asserts {
            let candidates = window(positions, around: d...d, paragraphs: 6).filter { a in
                positions[a].stance == .asserts && !camps.allied(compact[a].actor, compact[d].actor)
            }
            if opposing.anaphora == 2 {
                let claims = candidates.filter { positions[$0].order < opposing.order && positions[$0].isClaim
                    && opposing.paragraph - positions[$0].paragraph <= 3 }
                if claims.count >= 2 {
                    for core in claims.suffix(2) { seeds.append((core, d, true)) }
                    continue
                }
            }
            if let argument = argumentAnswered(d, positions: positions, camps: camps) {
                seeds.append((argument, d, false))
                continue
            }
            if let count = countHidden(d, positions: positions, camps: camps) {
                seeds.append((count, d, true))
                countSeeds.insert(d)
                continue
            }
            if let count = countQuestioned(d, positions: positions, camps: camps) {
                seeds.append((count, d, true))
                continue
            }
            let followed = bareAnswerTarget(d, positions: positions, camps: camps)
            let scored = candidates.map { (index: $0, score: link(positions[$0], compact[$0], opposing, compact[d], camps: camps) + ($0 == followed ? bareAnswerWeight : 0)) }
            let best = scored.max(by: { $0.score < $1.score || ($0.score == $1.score && distance(positions[$0.index], opposing) > distance(positions[$1.index], opposing)) })
            if let best, best.score >= 2.5 {
                seeds.append((best.index, d, false))
                // A denial often answers two accusers at once: another actor's earlier claim that
                // links nearly as well (one shared word less at most) is answered too, in a dispute
                // of its own. A doubt of a count ("questioned the figure") answers one count.
                if opposing.pointedCount == nil, let second = scored.filter({ $0.index != best.index && $0.score >= max(2.5, best.score - 1)
                    && compact[$0.index].actor != compact[best.index].actor && positions[$0.index].order < opposing.order }).max(by: { $0.score < $1.score }) {
                    seeds.append((second.index, d, false))
                }
            } else if opposing.stance == .questions || opposing.anaphora > 0,
                      let lead = leadAssertion(answeredBy: d, positions: positions, compact: compact, camps: camps) {
                seeds.append((lead, d, false))
            } else if let claim = answeredByTurn(d, positions: positions, compact: compact, camps: camps) {
                seeds.append((claim, d, false))
            } else if let claim = causeAnswered(by: d, positions: positions, camps: camps) {
                seeds.append((claim, d, false))
            } else if let best {
                // A denial or doubt answers something: when no rule names what, the claim from
                // outside its camp that links best within its window, however weakly. A person
                // reviews the draft; a side left out of every dispute is lost to them.
                seeds.append((best.index, d, false))
            }
        }

        // "Russia called the accusations unfounded", far below the lead that made them: the
        // denial answers the story's charge too, whatever else it answers nearer (added after
        // the nearer answers, so that a denial stays counted where it was linked first).
        for d in positions.indices where positions[d].stance != .asserts {
            for lead in leadCharges(answeredBy: d, positions: positions, camps: camps) where !seeds.contains(where: { $0.core == lead && $0.opposing == d }) {
                seeds.append((lead, d, false))
            }
        }

        // "Greece has rejected accusations of pushbacks … The court ruled that Greece had carried
        // out pushbacks": the denial answers the finding about its camp too (`AnsweredFindings`).
        for d in positions.indices where positions[d].stance != .asserts {
            for finding in findingsAnswered(by: d, positions: positions, compact: compact, camps: camps)
            where !seeds.contains(where: { $0.core == finding && $0.opposing == d }) {
                seeds.append((finding, d, false))
            }
        }

        // Seeds with the same core are one dispute.
        var clusters: [Cluster] = []
        // A core's count denials cluster apart from its other answers.
        struct ClusterKey: Hashable { var core: Int; var count: Bool }
        var clusterOfCore: [ClusterKey: Int] = [:]
        for seed in seeds {
            let key = ClusterKey(core: seed.core, count: countSeeds.contains(seed.opposing))
            if let index = clusterOfCore[key] {
                clusters[index].opposing.append(seed.opposing)
                clusters[index].split = clusters[index].split || seed.split
            } else {
                clusterOfCore[key] = clusters.count
                clusters.append(Cluster(core: seed.core, asserting: [seed.core], opposing: [seed.opposing], split: seed.split))
            }
        }
        clusters.sort { positions[$0.core].order < positions[$1.core].order }

        // 3. Each dispute gathers the positions near it on the same subject.
        let seeded = Dictionary(seeds.map { ($0.opposing, $0.core) }, uniquingKeysWith: { first, _ in first })
        // A claim a dispute was made around is that dispute's core, not an answer in another.
        let cores = Set(seeded.values)
        // A count's concealment answers the count alone: the actors near it on the claim's other points stay out.
        for index in clusters.indices where !(clusters[index].opposing.allSatisfy(countSeeds.contains)) {
            grow(&clusters[index], positions: positions, compact: compact, camps: camps, seeded: seeded, cores: cores)
        }

        // Two disputes are one when one's core assertion joined the other on the same subject
        // and their opponents are one camp ("arms shipments" and "supply of arms"), or when
        // one side's neighbouring claims are answered as a whole ("the allegations").
        var merged: [Cluster] = []
        for cluster in clusters {
            // Only recent disputes can be the same one.
            let recent = max(0, merged.count - 12)..<merged.count
            if !cluster.split, !answersJustBefore(cluster, positions: positions, camps: camps), let index = recent.reversed().first(where: { candidate in
                let other = merged[candidate]
                if answersJustBefore(other, positions: positions, camps: camps) { return false }
                let shared = DisputeFinder.shared(compact[other.core].stems, compact[cluster.core].stems)
                let joined = other.asserting.contains(cluster.core) || cluster.asserting.contains(other.core)
                let sameSide = camps.allied(compact[other.core].actor, compact[cluster.core].actor)
                // Denials of "the allegations" answer the whole accusation, not one sentence of it.
                let close = abs(positions[other.core].paragraph - positions[cluster.core].paragraph) <= 2
                // "No such visit had been arranged" answers the one account before it, not the accusation as a whole.
                // "…, a claim the institute questioned" answers its own sentence's claim only (`BoundAnswers`).
                let pointsBack = (other.opposing + cluster.opposing).contains { positions[$0].anaphora > 0 && !deniesIndefinitely(positions[$0].statement)
                    && !answersOwnSentence($0, positions: positions, seeded: seeded) }
                // Two claims of one camp between the same camps are often two questions ("did the
                // company overpump?", "did pumping shrink the lagoon?"): one only when the cores
                // restate each other, sharing a good part of the shorter one's words.
                let shorter = min(compact[other.core].stems.count, compact[cluster.core].stems.count)
                let restated = shared >= 2 && Double(shared) >= 0.3 * Double(shorter)
                let sameSubject = restated && (joined || sameSide)
                let opposersAllied = cluster.opposing.allSatisfy { d in other.opposing.contains { camps.allied(compact[$0].actor, compact[d].actor) } }
                return !other.split
                    && ((sameSubject && opposersAllied) || (sameSide && close && (shared >= 1 || pointsBack)))
            }) {
                merged[index].asserting += cluster.asserting.filter { !merged[index].asserting.contains($0) }
                merged[index].opposing += cluster.opposing.filter { !merged[index].opposing.contains($0) }
                merged[index].answers.merge(cluster.answers) { first, _ in first }
            } else {
                merged.append(cluster)
            }
        }

        // "The state's reservoirs were too low, it said … Conagua disputed that figure": a
        // denial that points back at an answer which answers nothing drafted takes that answer
        // for the claim. Both must be in no dispute yet; then the disputes are made again.
        if reread {
            let placed = Set(merged.flatMap { $0.asserting + $0.opposing })
            var claims: [Int] = []
            for d in positions.indices where positions[d].stance != .asserts && !placed.contains(d) {
                if let answered = answeredAnswer(d, positions: positions, camps: camps), !placed.contains(answered) { claims.append(answered) }
            }
            if !claims.isEmpty {
                for index in claims { positions[index].stance = .asserts }
                return assemble(positions, actors: actors, reread: false)
            }
        }

        merged += SecondPoints.split(merged, positions: positions, camps: camps)
        StrayPositions.place(into: &merged, positions: positions, compact: compact, camps: camps)

        var disputes: [DraftDispute] = []
        var seenSides: Set<[String]> = []
        for cluster in merged {
            let opposers = Set(cluster.opposing.map { positions[$0].actor })
            var sides: [DraftSide] = []
            var actorsWithSides: Set<String> = []
            let core = cluster.core
            for a in cluster.asserting.sorted(by: { ($0 == core ? -1 : positions[$0].order) < ($1 == core ? -1 : positions[$1].order) }) {
                let position = positions[a]
                guard !opposers.contains(position.actor), position.hasStatement, actorsWithSides.insert(position.actor).inserted else { continue }
                sides.append(DraftSide(actor: position.actor, stance: .asserts, statement: position.statement, source: position.ref))
            }
            for d in cluster.opposing.sorted(by: { positions[$0].order < positions[$1].order }) {
                let position = positions[d]
                guard position.hasStatement, actorsWithSides.insert(position.actor).inserted else { continue }
                let stance = cluster.answers[d] ?? (restatesClaim(d, core: core, positions: positions, camps: camps) ? .asserts : position.stance)
                sides.append(DraftSide(actor: position.actor, stance: stance, statement: position.statement, source: position.ref))
            }
            guard sides.contains(where: { $0.stance == .asserts }), sides.contains(where: { $0.stance != .asserts }) else { continue }
            let key = sides.map { "\($0.actor)|\($0.stance.rawValue)|\($0.source)" }
            guard seenSides.insert(key).inserted else { continue }
            disputes.append(DraftDispute(question: question(for: positions[core]), sides: sides))
        }
        return (disputes, positions)
    }

    struct Cluster {
        var core: Int
        var asserting: [Int]
        var opposing: [Int]
        /// Made from a denial of two claims at once ("both claims"): kept apart from its twin.
        var split: Bool
        /// Assertions of the opposing camp that answer the core, with the stance they take.
        var answers: [Int: Stance] = [:]
    }

    static func grow(_ cluster: inout Cluster, positions: [StancePosition], compact: [Compact], camps: Camps, seeded: [Int: Int], cores: Set<Int>) {
        let core = compact[cluster.core]
        let coreActor = core.actor
        let topic = Array(Set(core.stems + cluster.opposing.flatMap { compact[$0].stems })).sorted()
        let anchors = [cluster.core] + cluster.opposing
        func near(_ index: Int) -> Int {
            anchors.map { abs(positions[$0].paragraph - positions[index].paragraph) }.min() ?? 99
        }
        let span = window(positions, around: anchors.min()!...anchors.max()!, paragraphs: 5)
        // More denials from the same camp or on the same subject.
        for d in span where positions[d].stance != .asserts && !cluster.opposing.contains(d) {
            guard !camps.allied(compact[d].actor, coreActor), near(d) <= 5 else { continue }
            // A denial that answers another assertion of its own belongs to that dispute.
            if let own = seeded[d], own != cluster.core { continue }
            // A self-justification that also accuses sides with the accusers unless it was linked here.
            if positions[d].accusesToo, seeded[d] != cluster.core { continue }
            let common = shared(compact[d].stems, topic)
            let ally = cluster.opposing.contains { camps.related(compact[$0].actor, compact[d].actor) }
            let nearOpposer = cluster.opposing.map { abs(positions[$0].paragraph - positions[d].paragraph) }.min() ?? 99
            if (ally && (common >= 1 || nearOpposer <= 2)) || common >= 3 || (compact[d].mentioned.contains(coreActor) && common >= 1)
                || sharesCue(d, with: cluster.opposing, positions: positions) {
                cluster.opposing.append(d)
            }
        }
        let opposers = cluster.opposing.map { compact[$0].actor }
        let opposing = cluster.opposing
        // More assertions on the same subject from outside the opposing camp; from inside it,
        // the camp's own account answers the claim (`campAnswer`).
        for a in span where !cluster.asserting.contains(a) && positions[a].stance == .asserts {
            let actor = compact[a].actor
            if let ally = opposing.first(where: { camps.allied(compact[$0].actor, actor) }) {
                // An actor that already answers here keeps the side it has ("Aid groups say …" then "questioned that reading").
                if !cores.contains(a), !opposers.contains(actor),
                   let stance = campAnswer(a, ally: ally, positions: positions, compact: compact, topic: topic) {
                    cluster.opposing.append(a)
                    cluster.answers[a] = stance
                }
                continue
            }
            guard near(a) <= 5 else { continue }
            // The party the claim names answers it (`namedPartyAnswer`).
            if !cores.contains(a), let stance = namedPartyAnswer(a, core: cluster.core, positions: positions, compact: compact, camps: camps) {
                cluster.opposing.append(a)
                cluster.answers[a] = stance
                continue
            }
            let stems = shared(compact[a].stems, core.stems)
            let mentions = shared(compact[a].mentioned, core.mentioned)
            let aboutOpposer = compact[a].mentioned.contains { m in opposers.contains { camps.allied($0, m) } }
            let nearOpposer = cluster.opposing.map { abs(positions[$0].paragraph - positions[a].paragraph) }.min() ?? 99
            let ally = actor != coreActor && camps.related(actor, coreActor)
            // The claimant's spokesperson speaking close to the claim holds it, whatever the words.
            let nearCore = abs(positions[a].paragraph - positions[cluster.core].paragraph)
            if (stems >= 1 && stems + mentions >= 2) || stems >= 3 || (ally && (stems >= 1 || nearCore <= 2))
                || (aboutOpposer && nearOpposer <= 2 && (positions[a].isClaim || stems >= 1))
                || sharesCue(a, with: [cluster.core] + cluster.asserting, positions: positions)
                || namesClaimantCamp(a, core: cluster.core, positions: positions, compact: compact, camps: camps) {
                cluster.asserting.append(a)
            }
        }
        // A contrast set against one of this dispute's denials stands with the claim (`ContrastedDenials`).
        for a in span where !cluster.asserting.contains(a) && positions[a].stance == .asserts {
            if let denial = positions[a].contradictsDenial, cluster.opposing.contains(denial),
               !cluster.opposing.contains(where: { camps.allied(compact[$0].actor, compact[a].actor) }) {
                cluster.asserting.append(a)
            }
        }
    }

    /// "disputed that figure", "rejected the criticism": a denial made with its own verb that
    /// points back, when the last position before it from outside its camp (same or previous
    /// two paragraphs) is itself a denial or a doubt — an answer to an answer.
    static func answeredAnswer(_ d: Int, positions: [StancePosition], camps: Camps) -> Int? {
        let denial = positions[d]
        guard denial.anaphora == 1, denial.namedClaimant == nil, denial.contrastTarget == nil,
              denial.answersByVerb else { return nil }
        // Only the last two paragraphs: the look-back stops there, whatever the text's length.
        for before in positions[..<d].indices.reversed() {
            let other = positions[before]
            guard denial.paragraph - other.paragraph <= 2, d - before <= 12 else { return nil }
            if other.ref == denial.ref || camps.allied(other.actor, denial.actor) { continue }
            return other.stance == .asserts || other.answersByVerb ? nil : before
        }
        return nil
    }

    /// A doubt far from any claim it could answer ("Not everyone is convinced the
    /// intervention will work") is about the story's main claim: the lead paragraph's
    /// assertion that shares its subject matter.
    static func leadAssertion(answeredBy d: Int, positions: [StancePosition], compact: [Compact], camps: Camps) -> Int? {
        positions.prefix { $0.ref.paragraph <= 1 }.indices.first { a in
            positions[a].stance == .asserts && a < d && !camps.allied(compact[a].actor, compact[d].actor)
                && shared(compact[a].stems, compact[d].stems) >= 1
        }
    }

    static func distance(_ a: StancePosition, _ b: StancePosition) -> Int {
        abs(a.paragraph - b.paragraph) * 100 + abs(a.sentence - b.sentence)
    }

    /// How strongly an opposing position answers an assertion.
    static func link(_ assertion: StancePosition, _ assertionIDs: Compact, _ opposing: StancePosition, _ opposingIDs: Compact, camps: Camps) -> Double {
        var score = Double(shared(assertionIDs.stems, opposingIDs.stems))
        if opposingIDs.mentioned.contains(assertionIDs.actor) {
            score += 3
        } else if opposingIDs.mentioned.contains(where: { camps.allied($0, assertionIDs.actor) }) {
            score += 2
        }
        if assertionIDs.mentioned.contains(where: { camps.allied($0, opposingIDs.actor) }) { score += 2 }
        if opposing.namedClaimant == assertion.actor { score += 5 }
        if opposing.contrastTarget == assertion.order { score += 6 }
        // "how well those controls work": a demonstrative points back to the claim about them.
        if assertion.order < opposing.order, opposing.paragraph - assertion.paragraph <= 2, !opposing.pointed.isDisjoint(with: assertion.stems) { score += 3 }
        // "would appeal" answers a ruling or a finding made before it.
        if opposing.appeals, assertion.order < opposing.order, AttributionLexicon.findingVerbs.contains(assertion.cueWord) { score += 5 }
        // "the allegations", "the complaints": what was said just before.
        if opposing.anaphora > 0, assertion.order < opposing.order, opposing.paragraph - assertion.paragraph <= (assertion.isClaim ? 4 : 3) {
            // A fact reported "according to" results or records is seldom the claim rejected.
            score += assertion.isClaim ? 5 : assertion.cueWord == "according" ? 2 : 4
        }
        // What "the protest" points back to was said before it, not after.
        if opposing.anaphora > 0, assertion.order > opposing.order, assertion.ref != opposing.ref { score -= 2 }
        let apart = abs(assertion.paragraph - opposing.paragraph)
        score -= Double(apart) / 4
        // A denial right after the claim usually answers it.
        if apart <= 1 { score += 1 }
        return score
    }

    /// "X said …, but Y said …", "X said …, while Y said …", "But Y said …": a connective that
    /// sets one actor's account against another's makes the second an answer to the first when
    /// the two are not one camp — a doubt when it hedges ("may be hiding"), else a denial. An
    /// accusation keeps its own stance ("But the rebels accused the army of …").
    static func resolveContrasts(_ positions: inout [StancePosition], camps: Camps) {
        for i in positions.indices where positions[i].contrasts && positions[i].stance == .asserts
            && (!positions[i].isClaim || PositionFinder.rejoinderVerbs.contains(positions[i].cueWord)) {
            let target: Int?
            if let other = positions[i].contrastsWith {
                // Only the positions of its own sentence, which stand just before it.
                target = positions[..<i].reversed().prefix { $0.ref == positions[i].ref }.first { $0.actor == other }?.order
            } else if i > 0, positions[i - 1].ref != positions[i].ref, positions[i].paragraph - positions[i - 1].paragraph <= 1 {
                target = i - 1
            } else {
                target = nil
            }
            guard let target, positions[target].stance == .asserts, positions[target].hasStatement,
                  !camps.allied(positions[target].actor, positions[i].actor) else { continue }
            positions[i].stance = positions[i].hedged ? .questions : .denies
            positions[i].contrastTarget = target
        }
        // "But the airline said no fuel had leaked": a contrast that denies by its own words answers
        // the account it is set against, as one that denies by contrast alone does.
        for i in positions.indices where positions[i].contrasts && positions[i].stance != .asserts
            && positions[i].contrastTarget == nil && positions[i].contrastsWith == nil
            && (!positions[i].isClaim || PositionFinder.rejoinderVerbs.contains(positions[i].cueWord)) {
            guard i > 0, positions[i - 1].ref != positions[i].ref, positions[i].paragraph - positions[i - 1].paragraph <= 1,
                  positions[i - 1].stance == .asserts, positions[i - 1].hasStatement,
                  !camps.allied(positions[i - 1].actor, positions[i].actor) else { continue }
            positions[i].contrastTarget = i - 1
        }
        // "FNAM said 85% had joined … The ministry put adherence at 42%": a rival count of what
        // another actor just counted denies it.
        for i in positions.indices where positions[i].estimates && positions[i].stance == .asserts {
            // Only the last two paragraphs: the look-back stops there, whatever the text's length.
            guard let target = positions[..<i].reversed().prefix(while: { positions[i].paragraph - $0.paragraph <= 2 }).first(where: { other in
                other.stance == .asserts && other.ref != positions[i].ref && other.counts && !camps.allied(other.actor, positions[i].actor)
            })?.order else { continue }
            positions[i].stance = .denies
            positions[i].contrastTarget = target
        }
    }

    /// "India rejected Canada's allegations": the claimant asserts in the same sentence,
    /// unless a position of theirs is already there.
    static func addNamedClaims(_ positions: inout [StancePosition]) {
        var added: [StancePosition] = []
        for position in positions where position.stance != .asserts {
            guard let claimant = position.namedClaimant else { continue }
            // A claim of theirs already on record (or in the same sentence) is the one denied.
            let nearby = window(positions, around: position.order...position.order, paragraphs: 4)
            if nearby.contains(where: { positions[$0].actor == claimant && (positions[$0].ref == position.ref
                || (positions[$0].stance == .asserts && positions[$0].order < position.order)) }) { continue }
            // "The union said pickers had not received a pay rise … dismissed the union's statement":
            // the claimant's own words, a denial only by their "not", are the claim (`StatementPointers`).
            if let own = nearby.last(where: { negatedOnly(positions[$0], before: position, by: claimant) }) {
                positions[own].stance = .asserts
                continue
            }
            var claim = position
            claim.actor = claimant
            claim.stance = .asserts
            claim.isClaim = true
            claim.anaphora = 0
            claim.statement = position.namedClaim ?? position.statement
            claim.cueWord = position.namedClaim == nil ? position.cueWord : "claimed"
            claim.namedClaimant = nil
            claim.mentioned.remove(claimant)
            claim.mentioned.insert(position.actor)
            added.append(claim)
        }
        positions += added
        positions.sort { ($0.paragraph, $0.sentence, $0.cue) < ($1.paragraph, $1.sentence, $1.cue) }
        for index in positions.indices { positions[index].order = index }
    }

    /// Where the accused ends in "accused X of …", "warned X against …": the first "of", "for"
    /// or "against" before a gerund, else the first not inside a name ("the United Party for
    /// National Development of buying votes" links at "of").
    static func accusationLink(in words: [String]) -> Int? {
        let links = words.indices.filter { $0 >= 1 && $0 + 1 < words.count && ["against", "of", "for"].contains(words[$0].lowercased()) }
        return links.first { $0 <= 8 && words[$0 + 1].lowercased().hasSuffix("ing") }
            ?? links.first { $0 <= 6 && !(words[$0 + 1].first?.isUppercase ?? false) } ?? links.first { $0 <= 6 }
    }

    static func question(for position: StancePosition) -> String {
        question(from: position.statement, speaker: position.actor, accusation: position.cueWord)
    }

    /// The assertion as a yes/no question, mechanically: its first clause with the auxiliary
    /// moved to the front ("arms shipments were already underway" → "Were arms shipments
    /// already underway?"); a charge "companies suspected of supporting the war" → "Are
    /// companies supporting the war?"; "to have found seeds" → "Has China found seeds?";
    /// otherwise "Is it true that …?".
    static func question(from statement: String, speaker: String, accusation: String = "") -> String {
        var clause = Substring(statement.replacingOccurrences(of: "''", with: "\""))
        while let first = clause.first, "“”‘\"'".contains(first) { clause = clause.dropFirst() }
        if let comma = clause.range(of: ", ") { clause = clause[..<comma.lowerBound] }
        if clause.hasPrefix("that ") { clause = clause.dropFirst(5) }
        while let last = clause.last, ".,;:…".contains(last) || last == " " { clause = clause.dropLast() }
        var text = String(clause).replacingOccurrences(of: ",”", with: "”").replacingOccurrences(of: ",\"", with: "\"")
        while let last = text.last, ".,;:".contains(last) { text.removeLast() }
        // Quote marks that lost their partner to the cut.
        let opens = text.filter { $0 == "“" }.count
        let closes = text.filter { $0 == "”" }.count
        if closes > opens, text.hasSuffix("”") { text.removeLast() }
        if text.filter({ $0 == "\"" }).count % 2 == 1, text.hasSuffix("\"") { text.removeLast() }
        if text.hasSuffix("''"), text.components(separatedBy: "''").count % 2 == 0 { text.removeLast(2) }
        // "… call unsafe.”": the stop before the dropped quote mark.
        while let last = text.last, ".,;:".contains(last) { text.removeLast() }
        var words = text.split(separator: " ").map(String.init)
        if words.count > 30 { words = Array(words.prefix(30)) + ["…"] }
        guard !words.isEmpty else { return "Is what \(speaker) says true?" }
        func lowerFirst(_ word: String) -> String {
            // "Our members will …", "Every lost day …": a capital that only opens the sentence.
            word != "I" && NameLexicon.functionWords.contains(word.lowercased()) ? word.lowercased() : word
        }
        // A charge: "individuals and companies suspected of supporting the war".
        if let charge = words.firstIndex(where: { ["suspected", "accused", "alleged"].contains($0.lowercased()) }), charge >= 1,
           charge + 2 < words.count, words[charge + 1] == "of", words[charge + 2].hasSuffix("ing") {
            var subject = Array(words[0..<charge])
            subject[0] = lowerFirst(subject[0])
            let plural = subject.contains("and") || (subject.last?.hasSuffix("s") ?? false)
            return ([plural ? "Are" : "Is"] + subject + words[(charge + 2)...]).joined(separator: " ") + "?"
        }
        // "called these results “a gigantic fraud”": is the thing what it was called?
        if ["called", "calling", "described", "describing", "termed", "branded", "branding", "labelled", "labeled", "dubbed"].contains(accusation.lowercased()),
           !(statement.first.map { "“\"'‘".contains($0) } ?? true),
           let open = words.firstIndex(where: { $0.hasPrefix("“") || $0.hasPrefix("\"") || $0.hasPrefix("''") }), open >= 1 {
            var subject = Array(words[0..<open])
            if subject.last?.lowercased() == "as" { subject.removeLast() }
            if !subject.isEmpty {
                subject[0] = lowerFirst(subject[0])
                var end = open
                while end < words.count, !(words[end].hasSuffix("”") || words[end].hasSuffix("\"") || words[end].hasSuffix("''")) || (end == open && words[end].count == 1) { end += 1 }
                let predicate = words[open...min(end, words.count - 1)]
                let plural = subject.contains("and") || (subject.last?.hasSuffix("s") ?? false)
                if ["them", "it", "this"].contains(subject.last ?? "") {
                    return ([plural || subject.last == "them" ? "Are they" : "Is it"] + predicate).joined(separator: " ") + "?"
                }
                return ([plural ? "Are" : "Is"] + subject + predicate).joined(separator: " ") + "?"
            }
        }
        // "warned China against supporting the industry", "accused India of interfering".
        if ["warned", "warning", "warns", "accused", "accusing", "accuses", "blamed", "blaming", "suspected", "charged"].contains(accusation.lowercased()),
           let link = accusationLink(in: words) {
            var subject = Array(words[0..<link])
            // "accused Kenya on Wednesday of …": the time of the accusation is no part of the accused.
            if let time = subject.indices.dropFirst().first(where: { index in
                let word = subject[index].lowercased()
                let next = index + 1 < subject.count ? subject[index + 1].lowercased().trimmingCharacters(in: .punctuationCharacters) : ""
                return ["on", "last", "this", "late", "early", "earlier"].contains(word)
                    && (DateLexicon.weekdays[next] != nil || ["week", "month", "year", "weekend"].contains(next))
            }) {
                subject = Array(subject[..<time])
            }
            subject[0] = lowerFirst(subject[0])
            let plural = subject.contains("and") || (subject.last?.hasSuffix("s") ?? false) && subject.count > 1
            if words[link + 1].hasSuffix("ing") {
                return ([plural ? "Are" : "Is"] + subject + words[(link + 1)...]).joined(separator: " ") + "?"
            }
            return ([plural ? "Are" : "Is"] + subject + ["responsible for"] + words[(link + 1)...]).joined(separator: " ") + "?"
        }
        if words[0].lowercased() == "to", words.count >= 3 {
            let verb = words[1].lowercased()
            if verb == "have" { return (["Has", speaker] + words[2...]).joined(separator: " ") + "?" }
            if verb == "be" { return (["Is", speaker] + words[2...]).joined(separator: " ") + "?" }
            return (["Does", speaker] + words[1...]).joined(separator: " ") + "?"
        }
        let auxiliaries: Set<String> = ["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "must", "may", "might"]
        if let index = words.indices.first(where: { auxiliaries.contains(words[$0].lowercased()) }), index >= 1, index <= 8,
           words[0].lowercased() != "to",
           !words[0..<index].contains(where: { ["that", "which", "who", "when", "if", "as", "because", "while"].contains($0.lowercased()) }) {
            let auxiliary = words[index].prefix(1).uppercased() + words[index].dropFirst().lowercased()
            var subject = Array(words[0..<index])
            subject[0] = lowerFirst(subject[0])
            if subject.count == 1, ["it", "they", "he", "she", "we"].contains(subject[0]) { subject = [speaker] }
            return ([auxiliary] + subject + words[(index + 1)...]).joined(separator: " ") + "?"
        }
        words[0] = lowerFirst(words[0])
        // Quote marks cut loose from their partners say nothing in a question.
        let plain = words.joined(separator: " ").filter { !"“”\"".contains($0) }.replacingOccurrences(of: "''", with: "")
        return "Is it true that " + plain + "?"
    }
}
