import BriefingModel
import Testing
@testable import BriefingDraft

/// "Uganda's ambassador in Nairobi, Ruth Nakato, said": a title completed by where its holder is
/// posted ("in Nairobi", "to Kenya") still names the holder set beside it, and the place says
/// nothing of whom they serve (Definitions.swift, `titleBeforeComma`). Invented text.
@Suite struct PostedTitleTests: NameProbing {
    static let claim = "Kenya's fisheries ministry said on Tuesday that Ugandan patrol boats had seized 14 Kenyan fishing boats on Lake Victoria this year.\n\n"

    @Test func anAmbassadorInACapital() {
        let raw = Self.claim + "Uganda's ambassador in Nairobi, Ruth Nakato, said the allegations were baseless."
        let nakato = draftedActor(raw, "Ruth Nakato")
        #expect(nakato?.role == "ambassador" && nakato?.affiliation == "Uganda", "\(String(describing: nakato))")
    }

    @Test func anEnvoyToACountry() {
        let raw = Self.claim + "Uganda's ambassador to Kenya, Ruth Nakato, said the allegations were baseless."
        let nakato = draftedActor(raw, "Ruth Nakato")
        #expect(nakato?.role == "ambassador" && nakato?.affiliation == "Uganda", "\(String(describing: nakato))")
    }

    @Test func thePostIsNotTheEmployer() {
        // Must-not: "the ambassador to Kenya" serves some other country, never Kenya.
        let raw = Self.claim + "The ambassador to Kenya, Ruth Nakato, said the allegations were baseless."
        let nakato = draftedActor(raw, "Ruth Nakato")
        #expect(nakato?.role == "ambassador" && nakato?.affiliation != "Kenya", "\(String(describing: nakato))")
    }
}
