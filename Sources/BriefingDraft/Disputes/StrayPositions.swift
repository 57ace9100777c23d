import BriefingModel

/// A position that no rule put in a dispute is lost to the person who reviews the draft, though
/// many such positions back or answer a quarrel drafted beside them. Each joins the dispute near
/// it (a core or an opposing side within two paragraphs) whose claim shares a content word with
/// it and that it links best to: an assertion on the claim's side, unless its actor stands with
/// that dispute's opponents; a denial or a doubt against the claim, unless its actor stands with
/// a claimant. A remark on another subject between a charge and its denial ("the halt would
/// strain the budget") shares no word with the charge and stays out.
extension DisputeFinder {
    enum StrayPositions {
        static let reach = 2

        static func place(into clusters: inout [Cluster], positions: [StancePosition], compact: [Compact], camps: Camps) {
            let placed = Set(clusters.flatMap { $0.asserting + $0.opposing })
            for p in positions.indices where !placed.contains(p) && positions[p].hasStatement {
                let actor = compact[p].actor
                var best: (cluster: Int, score: Double)?
                for (c, cluster) in clusters.enumerated() {
                    let anchors = [cluster.core] + cluster.opposing
                    guard anchors.contains(where: { abs(positions[$0].paragraph - positions[p].paragraph) <= reach }),
                          shared(compact[p].stems, compact[cluster.core].stems) >= 1 else { continue }
                    // The link a denial's claim is chosen by; an assertion is scored against the
                    // claim as if it answered it, which weighs shared words, names and distance alike.
                    let score: Double
                    if positions[p].stance == .asserts {
                        guard !cluster.opposing.contains(where: { camps.allied(compact[$0].actor, actor) }) else { continue }
                        score = link(positions[p], compact[p], positions[cluster.core], compact[cluster.core], camps: camps)
                    } else {
                        guard !camps.allied(compact[cluster.core].actor, actor),
                              !cluster.asserting.contains(where: { camps.allied(compact[$0].actor, actor) }) else { continue }
                        score = link(positions[cluster.core], compact[cluster.core], positions[p], compact[p], camps: camps)
                    }
                    if score >= 0, score > best?.score ?? -.infinity { best = (c, score) }
                }
                guard let best else { continue }
                if positions[p].stance == .asserts {
                    clusters[best.cluster].asserting.append(p)
                } else {
                    clusters[best.cluster].opposing.append(p)
                }
            }
        }
    }
}
