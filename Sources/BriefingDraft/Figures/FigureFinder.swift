import BriefingModel

/// Finds numbers with their unit and what they measure: "more than 1,000 containers of
/// military equipment and munitions" → 1,000 containers, about "military equipment and
/// munitions delivered"; "290 kilometers (180 miles) from the border" → 290 kilometers,
/// about "distance from the border"; "80.5 per cent tariff" → 80.5 per cent, "tariff";
/// "$2 billion in aid" → 2 billion dollars, "aid". Years, dates, durations, times of day,
/// ordinals, ages and numbers inside names ("B-52", "Freedom Shield 23") are not figures.
public enum FigureFinder {
    public static func find(in text: DraftText) -> [DraftFigure] {
        var figures: [DraftFigure] = []
        for paragraph in text.paragraphs where !paragraph.isSubheading {
            for sentence in paragraph.sentences {
                figures += find(in: sentence.text).map {
                    DraftFigure(value: $0.value, unit: $0.unit, about: $0.about, source: sentence.ref)
                }
            }
        }
        return figures
    }

    /// The figures of one sentence.
    static func find(in sentence: String) -> [(value: String, unit: String?, about: String)] {
        let tokens = SentenceTokenizer.tokenize(sentence)
        return SentenceTokenizer.windows(tokens).flatMap { window -> [(value: String, unit: String?, about: String)] in
            let slice = Array(tokens[window])
            guard slice.contains(where: { $0.kind == .number || FigureLexicon.numberWords[$0.lower] != nil }) else { return [] }
            return FigureReader(sentence: sentence, tokens: slice).figures()
        }
    }
}
