import Testing
@testable import BriefingDraft

/// "Prosecutors say …" in a text that names the one prosecution body: the unnamed prosecutors
/// speak for it, as unnamed spokespeople do. Found on development set Q, where the voice and the
/// body were two actors. The sentences are invented.
@Suite struct ProsecutorsVoiceTests: NameProbing {
    @Test func prosecutorsJoinTheProsecutionBodyTheTextNames() {
        let result = find("""
            Prosecutors say the former mayor took bribes from a building firm.
            The Attorney General's Office denied that the case was political.
            """)
        #expect(actor(result, "Prosecutors") == nil, "\(names(result))")
        #expect(actor(result, "Attorney General's Office")?.aliases.contains("Prosecutors") == true, "\(names(result))")
    }

    @Test func prosecutorsWithNoBodyNamedStayAVoice() {
        let result = find("Prosecutors say the former mayor took bribes from a building firm. The mayor denied the charges.")
        #expect(actor(result, "Prosecutors")?.kind == .other, "\(names(result))")
    }
}
