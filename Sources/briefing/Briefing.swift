import ArgumentParser
import BriefingModel
import BriefingSite
import Foundation

@main
struct Briefing: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Build static briefing sites: who is who, what happened when, who claims what.",
        discussion: """
        A site folder holds briefing.yml, articles/*.md (YAML front matter with the model, \
        the article text as body) and optional actors/, places/, events/, disputes/, \
        static/ and templates/ folders.

        Examples:
          briefing build                      build ./Site into ./Site/public
          briefing build --site my-briefing   build another site
          briefing check --site my-briefing   validate everything, write nothing
        """,
        version: "0.1.0",
        subcommands: [Build.self, Check.self]
    )
}

struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site folder.", completion: .directory)
    var site: String = "Site"

    @Flag(name: .long, help: "Include articles marked 'draft: true'.")
    var drafts = false

    @Flag(name: .long, help: "Fail while any item drafted by 'briefing import' is not reviewed (for publishing pipelines).")
    var strict = false

    var siteURL: URL { URL(fileURLWithPath: site, isDirectory: true).standardizedFileURL }
}

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site into its output folder.",
        discussion: """
        The new site is built beside the output folder and swapped in at the end; a build \
        that fails leaves the previous output untouched.

        Examples:
          briefing build
          briefing build --site Site --output /tmp/briefing-site --drafts
        """
    )

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: "The output folder (default: <site>/public).", completion: .directory)
    var output: String?

    func run() async throws {
        let outputURL = output.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL }
        let build = SiteBuilder.Options(site: options.siteURL, output: outputURL, includeDrafts: options.drafts, strict: options.strict)
        let report = try await runReporting { () async throws(SiteBuilder.Failure) in try await SiteBuilder.build(build) }
        print("Built \(report.summary) → \(DisplayPath.relative(report.output.path))")
    }
}

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate the model, templates and links; write nothing.",
        discussion: """
        Examples:
          briefing check
          briefing check --site my-briefing
        """
    )

    @OptionGroup var options: SiteOptions

    func run() async throws {
        let build = SiteBuilder.Options(site: options.siteURL, includeDrafts: options.drafts, dryRun: true, strict: options.strict)
        let report = try await runReporting { () async throws(SiteBuilder.Failure) in try await SiteBuilder.build(build) }
        print("No problems: \(report.summary).")
    }
}

/// Prints every diagnostic of a failed run to standard error and exits non-zero.
func runReporting<T>(_ body: () async throws(SiteBuilder.Failure) -> T) async throws -> T {
    do {
        return try await body()
    } catch {
        var standardError = FileHandle.standardError
        for diagnostic in error.diagnostics {
            print(diagnostic, to: &standardError)
        }
        let errors = error.diagnostics.filter { $0.severity == .error }.count
        print("\(errors) error\(errors == 1 ? "" : "s"); nothing was written.", to: &standardError)
        throw ExitCode.failure
    }
}


extension FileHandle: @retroactive TextOutputStream {
    public func write(_ string: String) {
        write(Data(string.utf8))
    }
}
