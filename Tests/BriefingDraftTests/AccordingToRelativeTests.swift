import BriefingModel
@testable import BriefingDraft
import Testing

/// "…, according to two employees who spoke to AFP on condition of anonymity": the outlet the
/// sources spoke to, inside the relative clause, is not the source (set R's Guinea story had AFP
/// denying a royalty claim). Sentences invented.
@Suite struct AccordingToRelativeTests: StanceProbing {
    func positions(_ body: String) -> [String] { positionLines("Mine seized\n\n" + body) }

    @Test func theOutletSpokenToIsNoSource() {
        let found = positions("Soldiers took up positions at the mine's gates on Monday, according to two employees who spoke to Reuters on condition of anonymity.")
        #expect(!found.contains { $0.hasSuffix("Reuters") })
    }

    @Test func aNamedSourceBeforeTheRelativeStillSpeaks() {
        let found = positions("The company had failed to pay royalties for two years, according to the Mining Ministry, which published an audit on Monday.")
        #expect(found.contains { $0.hasSuffix("Mining Ministry") })
    }
}
