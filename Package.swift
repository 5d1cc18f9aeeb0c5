// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "nbrun",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "nbrun", targets: ["nbrun"]),
        // `nbrun preview`'s server, a program of its own so that nbrun itself never loads Foundation.
        .executable(name: "nbrun-preview", targets: ["nbrun-preview"]),
        // The cells' vocabulary as Swift libraries: what `nbrun export`'s programs (and a student's own) link.
        .library(name: "NumericCore", targets: ["NumericCore"]),
        .library(name: "NotebookKit", targets: ["NotebookKit"]),
        // The pipeline as a library, for the fuzzer (Fuzz/) and the benchmarks (bench/).
        .library(name: "NotebookRunner", targets: ["NotebookRunner"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swiftlang/swift-syntax.git", from: "603.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        // YAML front matter (title, author, description, order) at the top of a notebook.
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        // `nbrun preview`'s HTTP and WebSocket server: small, no SwiftNIO (README, "Dependencies and why").
        .package(url: "https://github.com/swhitty/FlyingFox.git", from: "0.27.1"),
    ],
    targets: [
        // The system's cmark-gfm and its GFM extensions, found through pkg-config; `make run` and `make test`
        // install them.
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]),

        // What a value looks like: number formatting, tables, plots, as a model and as text.
        .target(name: "Display"),
        // Threads with a stack of a chosen size, for cells, forked workers and a page's parts side by side.
        .target(name: "StackThreads"),
        // NumericCore's C loops: the small matrix product (AVX-512, AVX2 or portable), the mini-batch gather, a
        // transpose; and OpenBLAS, loaded on the first large product (Linux; macOS links Accelerate).
        .target(name: "CKernels"),
        // Matrices, nets, training, autodiff: knows nothing of Markdown or cells.
        .target(name: "NumericCore", dependencies: ["CKernels", "Display"]),
        // How each NumericCore value displays (tables named as in Lecture 13, heat maps), for cells and programs.
        .target(name: "NotebookDisplay", dependencies: ["NumericCore", "Display"]),
        // What a program needs beyond numerics to be a notebook: show (the display rule), expect, and print
        // and string interpolation in the handout's number format. Only programs import it, not nbrun.
        .target(name: "NotebookKit", dependencies: ["NumericCore", "Display", "NotebookDisplay"]),
        // cmark → notebook model (prose, cells with source lines); splicing outputs back.
        .target(name: "NotebookDocument", dependencies: ["CCmark", .product(name: "Yams", package: "Yams")]),
        // swift-syntax → evaluable tree; evaluator; bindings of the numeric core's verbs.
        .target(name: "CellLanguage", dependencies: [
            "NumericCore", "Display", "NotebookDisplay", "StackThreads",
            .product(name: "SwiftSyntax", package: "swift-syntax"),
            .product(name: "SwiftParser", package: "swift-syntax"),
            .product(name: "SwiftParserDiagnostics", package: "swift-syntax"),
            .product(name: "SwiftOperators", package: "swift-syntax"),
        ]),
        // `nbrun export`: notebooks as a SwiftPM package of programs linking NotebookKit; parses, never evaluates.
        .target(name: "NotebookExport", dependencies: [
            "NotebookDocument", "NumericCore",
            .product(name: "SwiftSyntax", package: "swift-syntax"),
            .product(name: "SwiftParser", package: "swift-syntax"),
        ]),
        // Swift source → highlighted HTML, from swift-syntax's token classification; parses, never evaluates.
        .target(name: "SwiftHighlighting", dependencies: [
            .product(name: "SwiftSyntax", package: "swift-syntax"),
            .product(name: "SwiftParser", package: "swift-syntax"),
            .product(name: "SwiftIDEUtils", package: "swift-syntax"),
        ]),
        // Assignments: solution regions, tests with points, the student version, grading plans, gradebooks
        // and feedback; reads notebooks, never runs them.
        .target(name: "NotebookAssignment", dependencies: ["NotebookDocument"]),
        // Markdown and HTML handout writers; never evaluates.
        .target(name: "Rendering", dependencies: ["CCmark", "NotebookDocument", "Display", "SwiftHighlighting", "StackThreads"]),
        // prctl for worker processes (die with the runner, no new privileges).
        .target(name: "CProcessControl"),
        // The pipeline: parse → execute → attach outputs → render → write; supervised worker processes.
        .target(name: "NotebookRunner", dependencies: ["NotebookDocument", "CellLanguage", "Rendering", "CProcessControl", "StackThreads",
                                                      "NotebookExport", "NotebookAssignment"]),
        // Options every verb that runs cells shares.
        .target(name: "CommandLineOptions", dependencies: [
            "NotebookRunner",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // The command line only.
        .executableTarget(name: "nbrun", dependencies: [
            "NotebookRunner", "CommandLineOptions",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // `nbrun preview`: the pages, the reload socket and the file watching, over FlyingFox.
        .target(name: "NotebookPreview", dependencies: [
            "NotebookRunner", "Rendering",
            .product(name: "FlyingFox", package: "FlyingFox"),
        ]),
        .executableTarget(name: "nbrun-preview", dependencies: [
            "NotebookPreview", "NotebookRunner", "CommandLineOptions",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // `make bench`: times nbrun's workloads against reference programs in the same run.
        .executableTarget(name: "nbrun-bench", dependencies: ["NumericCore", "NotebookRunner"],
                          path: "bench/Sources/nbrun-bench"),

        // Sample plots for the text and SVG renderers' golden tests.
        .target(name: "PlotSamples", dependencies: ["Display"], path: "Tests/PlotSamples"),
        .testTarget(name: "DisplayTests", dependencies: ["Display", "PlotSamples"], exclude: ["Golden"]),
        .testTarget(name: "NumericCoreTests", dependencies: ["NumericCore"]),
        .testTarget(name: "NotebookDocumentTests", dependencies: ["NotebookDocument"]),
        .testTarget(name: "NotebookAssignmentTests", dependencies: ["NotebookAssignment"]),
        .testTarget(name: "CellLanguageTests", dependencies: ["CellLanguage", "NotebookDisplay", "NumericCore", "Rendering", "StackThreads"]),
        .testTarget(name: "SwiftHighlightingTests", dependencies: ["SwiftHighlighting"]),
        .testTarget(name: "RenderingTests", dependencies: ["Rendering", "PlotSamples"], exclude: ["Golden"]),
        .testTarget(name: "NotebookRunnerTests", dependencies: ["NotebookRunner", "NotebookExport"],
                    exclude: ["Golden"]),
        // Bad input through the real runner and the built `nbrun` binary (docs/hostile-input.md).
        // The built `nbrun-preview`, driven over HTTP and WebSocket as a browser would.
        .testTarget(name: "NotebookPreviewTests", dependencies: ["nbrun-preview"]),
        .testTarget(name: "HostileInputTests", dependencies: ["NotebookRunner", "nbrun"],
                    exclude: ["Corpus", "Submissions"]),
    ]
)

// `make fuzz` only: a libFuzzer entry point must not be linked into a normal build.
if Context.environment["NBRUN_FUZZ"] != nil {
    package.targets.append(.target(name: "CFuzzDriver", path: "Fuzz/Driver"))
    package.targets.append(.executableTarget(
        name: "nbrun-fuzz", dependencies: ["NotebookRunner", "NotebookDocument", "Rendering", "CFuzzDriver"],
        path: "Fuzz", exclude: ["notebook.dict", "Driver"]))
}

// `make run`'s first build (Makefile, `quick`): the command line compiles everything at -Onone
// (`-Xswiftc -Onone`), which takes swift-syntax from about 10 minutes to 2 here; these flags put nbrun's
// own targets back at -O with default cross-module optimization, as `-c release` builds them (the
// frontend takes the last optimization flag it is given). Only under the variable, so a package that
// depends on nbrun's libraries never sees unsafe flags (SwiftPM refuses them in a dependency).
if Context.environment["NBRUN_QUICK_BUILD"] != nil {
    let optimized: SwiftSetting = .unsafeFlags(["-Xfrontend", "-O", "-Xfrontend", "-enable-default-cmo"])
    for target in package.targets where target.type == .regular || target.type == .executable {
        target.swiftSettings = (target.swiftSettings ?? []) + [optimized]
    }
}
