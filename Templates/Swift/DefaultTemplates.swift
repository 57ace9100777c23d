import Foundation

/// The default templates and assets, shipped as resources of this target so the built
/// `briefing` binary finds them without the repository.
public enum DefaultTemplates {
    /// The folder holding `*.mustache` and `assets/`.
    public static var directory: URL? { Bundle.module.resourceURL }
}
