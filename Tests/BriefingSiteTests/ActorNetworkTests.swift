@testable import BriefingSite
import Testing

@Suite struct ActorNetworkTests {
    /// A star of `count` neighbours around "hub"; neighbour i shares i events with it.
    func star(_ count: Int) -> [ActorNetwork.Edge] {
        (1...count).map { ActorNetwork.Edge(a: "hub", b: "n\(String(format: "%03d", $0))", events: $0) }
    }

    @Test func smallEgoNetworksAreDrawnWhole() {
        let edges = star(5) + [ActorNetwork.Edge(a: "n001", b: "n002", events: 1)]
        #expect(ActorNetwork.chosenEdges(edges, around: "hub") == star(5))
    }

    @Test func bigEgoNetworksKeepTheMostCloselyLinkedNeighbours() {
        var edges = star(100)
        edges[0].oppositions = 40  // one dispute outweighs many shared events
        let chosen = ActorNetwork.chosenEdges(edges, around: "hub")
        #expect(chosen.count == ActorNetwork.maxNeighbours)
        #expect(chosen.contains { $0.b == "n001" })
        #expect(chosen.contains { $0.b == "n100" })
        #expect(!chosen.contains { $0.b == "n050" })
        #expect(chosen == chosen.sorted { ($0.a, $0.b) < ($1.a, $1.b) })
    }

    @Test func theWholeNetworkKeepsItsMostConnectedActors() {
        // A clique of 10 strongly linked actors and 100 weak pairs.
        var edges: [ActorNetwork.Edge] = []
        for i in 0..<10 { for j in (i + 1)..<10 { edges.append(.init(a: "c\(i)", b: "c\(j)", events: 5)) } }
        for i in 0..<100 { edges.append(.init(a: "p\(String(format: "%03d", i))a", b: "p\(String(format: "%03d", i))b", events: 1)) }
        let chosen = ActorNetwork.chosenEdges(edges, around: nil)
        let actors = Set(chosen.flatMap { [$0.a, $0.b] })
        #expect(actors.count <= ActorNetwork.maxActors)
        #expect((0..<10).allSatisfy { actors.contains("c\($0)") })
        #expect(chosen.allSatisfy { actors.contains($0.a) && actors.contains($0.b) })
        #expect(ActorNetwork.chosenEdges(Array(edges.prefix(45)), around: nil).count == 45)
    }
}

/// Graphviz runs, when it is installed (the project's setup installs it).
@Suite(.enabled(if: ActorNetwork.graphviz != nil)) struct ActorNetworkLayoutTests {
    /// A star of neighbours around "hub", or (no centre) the same drawn as a whole network.
    func source(_ neighbours: Int, around center: String?) -> String {
        let names = ["hub"] + (1...neighbours).map { "n\($0)" }
        var lines = ["graph network {", #"  graph [\#(center == nil ? "layout=neato, splines=true" : "layout=twopi, root=hub, splines=false"), overlap=false];"#]
        for name in names { lines.append(#"  "\#(name)" [label="\#(name.uppercased()) of the ministry", shape=box];"#) }
        for name in names.dropFirst() { lines.append(#"  "hub" -- "\#(name)";"#) }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A graph's SVG is the same laid out alone or in a batch, wherever it stands in it.
    @Test func aBatchLaysOutEachGraphAsAlone() throws {
        let dot = try #require(ActorNetwork.graphviz)
        let sources = [source(3, around: "hub"), source(12, around: nil), source(7, around: "hub")]
        let alone = sources.map { ActorNetwork.svg(from: $0, using: dot) }
        #expect(alone.allSatisfy { $0?.contains("<svg") == true })
        #expect(ActorNetwork.svgs(from: sources, using: dot) == alone)
        #expect(ActorNetwork.svgs(from: sources.reversed(), using: dot) == alone.reversed())
    }

    /// One graph Graphviz rejects costs only itself.
    @Test func aBadGraphInABatchFailsAlone() throws {
        let dot = try #require(ActorNetwork.graphviz)
        let sources = [source(3, around: "hub"), "graph broken { \"a\" -- ; }\n", source(5, around: "hub")]
        let laidOut = ActorNetwork.svgs(from: sources, using: dot)
        #expect(laidOut.count == 3)
        #expect(laidOut[0] == ActorNetwork.svg(from: sources[0], using: dot))
        #expect(laidOut[1] == nil)
        #expect(laidOut[2] == ActorNetwork.svg(from: sources[2], using: dot))
    }
}
