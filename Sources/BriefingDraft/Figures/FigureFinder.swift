import BriefingModel

/// Finds numbers with their unit and what they measure.
public enum FigureFinder {
    public static func find(in text: DraftText) -> [DraftFigure] {
        []
    }
}
