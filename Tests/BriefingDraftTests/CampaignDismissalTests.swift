import BriefingModel
import Testing
@testable import BriefingDraft

/// "the allegations were “part of an organised campaign” to discredit …": a claim called a
/// campaign or a bid to discredit is denied. Found by probing invented text (development set J
/// had the form); the passages are invented.
@Suite struct CampaignDismissalTests: StanceProbing {
    static let claim = """
        TALLINN, June 2 (Reuters) - Estonia's environment ministry said on Tuesday that a Latvian paper mill, Daugava Pulp, had dumped untreated waste into the Gauja river for months.
        """

    @Test(arguments: [
        "Latvian Economy Minister Andris Kalnins told reporters in Riga that the allegations were \"part of an organised campaign\" to discredit Latvian industry.",
        "Latvian Economy Minister Andris Kalnins said the accusations were a political vendetta against the mill's owners.",
        "Latvian Economy Minister Andris Kalnins said the claims were an attempt to tarnish Latvian exporters.",
        "Latvian Economy Minister Andris Kalnins said the reports were aimed at discrediting the mill.",
        // A verb of naming instead of the copula; "attack" dismisses only so.
        "Latvian Economy Minister Andris Kalnins called the claim \"a political attack on a company that has employed the town for 40 years.\"",
    ])
    func aClaimCalledACampaignIsDenied(_ answer: String) {
        let found = stances("\(Self.claim)\n\n\(answer)", of: "Andris Kalnins")
        #expect(found == ["denies"], "\(found)")
    }

    @Test(arguments: [
        // The campaign dates the claims or is what they were about; the claim is not called one.
        "Latvian Economy Minister Andris Kalnins said the allegations were published during the election campaign.",
        "Latvian Economy Minister Andris Kalnins said the reports were part of an inquiry into the river's health.",
        "Latvian Economy Minister Andris Kalnins said the allegations were first made at a campaign rally in Tartu.",
        "Latvian Economy Minister Andris Kalnins called the report an account of an attack on the mill's offices in May.",
    ])
    func aCampaignBesideTheClaimIsNoDenial(_ answer: String) {
        let found = stances("\(Self.claim)\n\n\(answer)", of: "Andris Kalnins")
        #expect(!found.contains("denies"), "\(found)")
    }
}
