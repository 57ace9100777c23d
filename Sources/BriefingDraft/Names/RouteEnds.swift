/// "trains between Brussels and London", "flights between Doha and Kabul", "the road between
/// Goma and Sake": the places a route joins are where it runs, not parties to anything.
extension AnalyzedSentence {
    static let routeNouns: Set<String> = [
        "train", "trains", "flight", "flights", "service", "services", "route", "routes", "ferry", "ferries",
        "bus", "buses", "link", "links", "connection", "connections", "road", "roads", "highway", "railway",
        "rail", "line", "corridor", "journey", "journeys", "trip", "trips", "pipeline", "cable", "crossing",
        "traffic", "travel", "shipments", "cargo", "freight", "passengers",
    ]
}
