import BriefingModel

/// "Sawadogo denied the massacre. … He also questioned how the report had been written. … The UN
/// office said its team had interviewed 412 survivors": an opponent who already holds a side in a
/// dispute raises a second point, and the claimant's camp answers it in the next paragraph. A
/// dispute keeps one side per actor, so the point and its answer were both lost; they are a
/// dispute of their own — the point against the answer that defends what it doubted.
/// The answer must be the first position after the point from outside the doubter's camp, an
/// assertion by an actor that asserts in the dispute, within one paragraph (or that actor's
/// account right after its "rejected that").
extension DisputeFinder {
    enum SecondPoints {
        static func split(_ clusters: [Cluster], positions: [StancePosition], camps: Camps) -> [Cluster] {
            let cores = Set(clusters.map(\.core))
            var added: [Cluster] = []
            var taken: Set<Int> = []
            for cluster in clusters {
                let opposing = cluster.opposing.sorted { positions[$0].order < positions[$1].order }
                for (rank, d) in opposing.enumerated() where !taken.contains(d) {
                    let point = positions[d]
                    guard point.hasStatement, point.stance != .asserts, cluster.answers[d] == nil,
                          // The actor's first side in this dispute is the one kept; this one is a second point.
                          opposing[..<rank].contains(where: { positions[$0].actor == point.actor && positions[$0].ref != point.ref })
                    else { continue }
                    guard let first = positions.indices.dropFirst(d + 1).prefix(12).first(where: { i in
                        positions[i].ref != point.ref && !camps.allied(positions[i].actor, point.actor)
                    }) else { continue }
                    var answer = first
                    // "Ferreira rejected that. She said bank records … backed his account": the
                    // claimant's answer to the point, then its account, which is the side.
                    if positions[first].stance != .asserts, positions[first].anaphora > 0,
                       let account = positions.indices.dropFirst(first + 1).prefix(4).first(where: { i in
                           positions[i].actor == positions[first].actor && positions[i].paragraph == positions[first].paragraph
                       }) {
                        answer = account
                    }
                    let reply = positions[answer]
                    guard reply.stance == .asserts, reply.hasStatement, !cores.contains(answer), !taken.contains(answer),
                          reply.paragraph - point.paragraph <= 1,
                          cluster.asserting.contains(where: { camps.allied(positions[$0].actor, reply.actor) })
                    else { continue }
                    taken.insert(d)
                    taken.insert(answer)
                    added.append(Cluster(core: answer, asserting: [answer], opposing: [d], split: false))
                }
            }
            return added
        }
    }
}
