import BriefingDraft
import BriefingModel
import Foundation

/// Builds the drafter's one-time tables (the gazetteer's first-word index takes seconds
/// under the sanitizers) before libFuzzer starts timing inputs.
@_cdecl("LLVMFuzzerInitialize")
public func initializeFuzzImport(_ argc: UnsafeMutableRawPointer, _ argv: UnsafeMutableRawPointer) -> CInt {
    _ = fuzzImport(Data("Sergei Lavrov met Kim Jong Un in Pyongyang on Tuesday, the ministry said.".utf8))
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImportInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    fuzzImport(Data(UnsafeRawBufferPointer(start: start, count: count)))
}

/// `briefing import` on any bytes: a clear refusal or a drafted article that the model
/// parser reads back without errors (what a person then reviews must be a valid file).
func fuzzImport(_ bytes: Data) -> CInt {
    guard let published = BriefingDate(parsing: "2024-03-01") else { fatalError("the fixed date does not parse") }
    let request = ArticleImporter.Request(
        input: "fuzz.txt", text: bytes, site: URL(fileURLWithPath: "/nonexistent/briefing-fuzz-site"),
        options: .init(published: published, sourceName: "Fuzz Wire"), force: false)
    guard let result = try? ArticleImporter.draft(request) else { return 0 }
    let parsed = ModelParser.parseArticle(result.contents, path: "articles/fuzz.md")
    if parsed.diagnostics.hasErrors || parsed.declaration == nil {
        fatalError("the drafted article does not parse: \(parsed.diagnostics.map(\.description))\n\(result.contents)")
    }
    return 0
}
