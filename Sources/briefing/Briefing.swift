import ArgumentParser
import BriefingDraft
import BriefingModel
import BriefingServe
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
          briefing init my-briefing           a new site with one example article
          briefing build                      build ./Site into ./Site/public
          briefing build --site my-briefing   build another site
          briefing check --site my-briefing   validate everything, write nothing
          briefing serve                      build, serve on 127.0.0.1:8000, rebuild and reload on change
          briefing import story.txt --published 2023-10-18 --source "Example Wire"
        """,
        version: "0.1.0",
        subcommands: [Init.self, Build.self, Check.self, Serve.self, Import.self]
    )
}

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new site folder with one example article.",
        discussion: """
        Examples:
          briefing init my-briefing
          briefing init . --force       add the example files to the current folder
        """
    )

    @Argument(help: "The folder to create.", completion: .directory)
    var folder: String

    @Flag(name: .long, help: "Write into a folder that is not empty.")
    var force = false

    func run() throws {
        let url = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL
        do {
            let files = try SiteScaffold.create(at: url, force: force)
            print("Created \(DisplayPath.relative(url.path)) with \(files.count) files. Next:")
            print("  briefing build --site \(folder)")
            print("  python3 -m http.server -d \(folder)/public 8000")
        } catch {
            Terminal.printError(Terminal.error("error") + ": " + error.description)
            throw ExitCode.failure
        }
    }
}

struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site folder.", completion: .directory)
    var site: String = "Site"

    @Flag(name: .long, help: "Include articles marked 'draft: true'.")
    var drafts = false

    @Flag(name: .long, help: "Fail while any item drafted by 'briefing import' is not reviewed (for publishing pipelines).")
    var strict = false

    @Flag(name: [.short, .long], help: "Print only errors.")
    var quiet = false

    @Flag(name: [.short, .long], help: "Print each phase of the build with its time.")
    var verbose = false

    var verbosity: ProgressPrinter.Verbosity { quiet ? .quiet : verbose ? .verbose : .normal }

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

    @Flag(name: .long, help: "Print the wall and CPU time of each phase of the build, and how many cores it kept busy.")
    var timings = false

    func run() async throws {
        let outputURL = output.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL }
        let printer = ProgressPrinter(verbosity: options.verbosity)
        var build = SiteBuilder.Options(site: options.siteURL, output: outputURL, includeDrafts: options.drafts, strict: options.strict,
                                        progress: { printer.update($0) })
        build.timings = timings ? BuildTimings() : nil
        let report = try await runReporting(printer) { () async throws(SiteBuilder.Failure) in try await SiteBuilder.build(build) }
        if let table = build.timings?.table { Terminal.printError(table) }
        if !options.quiet {
            report.warnings.forEach(Terminal.show)
            report.notes.forEach { Terminal.printError("note: " + $0) }
            let verb = report.unchanged ? "Unchanged since the last build:" : "Built"
            print("\(verb) \(report.summary) → \(DisplayPath.relative(report.output.path))")
        }
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
        let printer = ProgressPrinter(verbosity: options.verbosity)
        let build = SiteBuilder.Options(site: options.siteURL, includeDrafts: options.drafts, dryRun: true, strict: options.strict,
                                        progress: { printer.update($0) })
        let report = try await runReporting(printer) { () async throws(SiteBuilder.Failure) in try await SiteBuilder.build(build) }
        if !options.quiet {
            report.warnings.forEach(Terminal.show)
            print("No problems: \(report.summary).")
        }
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build, serve on loopback, rebuild on change and reload open pages.",
        discussion: """
        The reload script is added only to served pages, never to built files. A failed \
        rebuild keeps the last good site served and shows its errors over the page.

        Examples:
          briefing serve
          briefing serve --site my-briefing --port 8080
        """
    )

    @Option(name: .long, help: "The site folder.", completion: .directory)
    var site: String = "Site"

    @Option(name: .long, help: "The output folder (default: <site>/public).", completion: .directory)
    var output: String?

    @Option(name: .long, help: "The port to listen on.")
    var port: Int = 8000

    @Option(name: .long, help: "The address to listen on; loopback unless you say otherwise.")
    var host: String = "127.0.0.1"

    @Flag(name: .long, help: "Include articles marked 'draft: true'.")
    var drafts = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        let options = PreviewServer.Options(
            site: URL(fileURLWithPath: site, isDirectory: true).standardizedFileURL,
            output: output.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL },
            host: host, port: port, includeDrafts: drafts,
            log: { message in FileHandle.standardOutput.write(message + "\n") })
        do {
            try await PreviewServer.run(options)
        } catch let error as PreviewServer.Failure {
            Terminal.printError(Terminal.error("error") + ": " + error.description)
            throw ExitCode.failure
        }
    }
}

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draft an article file from raw news text, for a person to review.",
        discussion: """
        Writes <site>/articles/<slug>.md: the drafted model (actors, places, events, quotes, \
        disputes, figures, each marked 'reviewed: false') as front matter and the text as \
        body. Check each item, correct it, and set 'reviewed: true'. An existing file is \
        replaced only with --force, keeping every item marked 'reviewed: true'.

        Examples:
          briefing import story.txt --published 2023-10-18
          cat story.txt | briefing import - --published 2023-10-18 --source AFP --dry-run
        """
    )

    @Argument(help: "The text file to import, or - for standard input.", completion: .file())
    var file: String

    @Option(name: .long, help: "Publication date, YYYY-MM-DD: relative dates in the text are resolved against it.")
    var published: String

    @Option(name: .long, help: "The name of the source (a wire, a paper).")
    var source: String?

    @Option(name: .long, help: "The URL of the article.")
    var url: String?

    @Option(name: .long, help: "The article title (default: the headline, when the first line is one).")
    var title: String?

    @Option(name: .long, help: "The site folder.", completion: .directory)
    var site: String = "Site"

    @Flag(name: .long, help: "Print the article file instead of writing it.")
    var dryRun = false

    @Flag(name: .long, help: "Replace an existing article file, keeping items marked 'reviewed: true'.")
    var force = false

    func validate() throws {
        guard let date = BriefingDate(parsing: published), date.precision == .day else {
            throw ValidationError("--published must be a date YYYY-MM-DD, not '\(published)'")
        }
        if let url, let problem = URLPolicy.problem(with: url) {
            throw ValidationError("--url '\(url)' \(problem)")
        }
    }

    func run() throws {
        guard let date = BriefingDate(parsing: published) else { throw ExitCode.validationFailure }
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let read = FileManager.default.contents(atPath: file) else {
                throw ValidationError("cannot read '\(file)'")
            }
            data = read
        }
        let request = ArticleImporter.Request(
            input: file, text: data, site: URL(fileURLWithPath: site, isDirectory: true),
            options: .init(title: title, published: date, sourceName: source, sourceURL: url), force: force)
        var standardError = FileHandle.standardError
        do {
            let result = try ArticleImporter.draft(request)
            if dryRun {
                print(result.contents, terminator: "")
                print(result.summary, to: &standardError)
                return
            }
            try ArticleImporter.write(result)
            let kept = result.kept > 0 ? "; kept \(result.kept) reviewed items" : ""
            print("Drafted \(DisplayPath.relative(result.path.path)): \(result.summary)\(kept).")
            print("Review each item, then set 'reviewed: true'; 'briefing check --strict' lists what is left.")
        } catch {
            Terminal.printError(Terminal.error("error") + ": " + error.description)
            throw ExitCode.failure
        }
    }
}

/// Prints every diagnostic of a failed run to standard error and exits non-zero.
func runReporting<T>(_ printer: ProgressPrinter, _ body: () async throws(SiteBuilder.Failure) -> T) async throws -> T {
    do {
        let result = try await body()
        printer.finish()
        return result
    } catch {
        printer.finish()
        error.diagnostics.forEach(Terminal.show)
        let errors = error.diagnostics.filter { $0.severity == .error }.count
        Terminal.printError("\(errors) error\(errors == 1 ? "" : "s"); nothing was written.")
        throw ExitCode.failure
    }
}


extension FileHandle: @retroactive TextOutputStream {
    public func write(_ string: String) {
        write(Data(string.utf8))
    }
}
