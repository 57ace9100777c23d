@testable import BriefingDraft
import BriefingModel
import Testing

/// The speaker's own side saying it was given or sent nothing ("she had received nothing until
/// Monday") denies it was told; another's lack ("farmers received no seed") is a charge. Every
/// sentence invented.
@Suite struct ReceivedNothingTests: StanceProbing {
    static let lead = "The Interior Ministry said every owner in the village of Dukat had been served an eviction notice in May.\n\n"

    @Test(arguments: [
        ("Mira Lleshi, 64, said she had received nothing until Friday evening, when a police officer knocked on her door.", "Mira Lleshi", "denies"),
        ("Mira Lleshi, 64, said she was given no warning before the bulldozers came.", "Mira Lleshi", "denies"),
        // Another's lack is a charge against whoever should have given it.
        ("Mira Lleshi, 64, said the farmers received no compensation for their olive trees.", "Mira Lleshi", "asserts"),
        // "no longer" is no absence of what was given.
        ("Mira Lleshi, 64, said she got no longer than a day to leave.", "Mira Lleshi", "asserts"),
    ])
    func readsWhatWasNotReceived(_ sentence: String, _ actor: String, _ stance: String) {
        #expect(stances(Self.lead + sentence, of: actor) == [stance], "\(sentence)")
    }
}
