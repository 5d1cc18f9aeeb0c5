#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import CellLanguage
import Rendering

/// The KaTeX files a handout loads with `--math local`, copied byte for byte from the system's KaTeX
/// into the output folder's `assets/katex/`: the script, the style sheet, and the WOFF2 fonts the style
/// sheet names (every browser that runs KaTeX reads WOFF2, so the older formats are never fetched).
enum MathAssets {
    /// Where KaTeX is looked for: `NBRUN_KATEX_DIR`, then Debian's `libjs-katex`, then a local install.
    static var searchFolders: [String] {
        var folders = ["/usr/share/javascript/katex", "/usr/local/share/javascript/katex", "/opt/homebrew/share/javascript/katex"]
        if let chosen = getenv("NBRUN_KATEX_DIR") { folders.insert(String(cString: chosen), at: 0) }
        return folders
    }

    /// Why the assets cannot be had.
    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    /// Each file a page needs: its path relative to the output folder and its bytes.
    static func files() throws(Problem) -> [(path: String, bytes: [UInt8])] {
        try sources().map { file throws(Problem) in
            guard let bytes = FileBytes.read(file.source) else {
                throw Problem(description: "cannot read \(file.source), which \(file.reason)")
            }
            return (file.path, bytes)
        }
    }

    /// The path, relative to the output folder, of each file a page needs; only the style sheet is read.
    static func paths() throws(Problem) -> [String] { try sources().map(\.path) }

    /// Each file a page needs: its path relative to the output folder, the installed file it is copied
    /// from, and why it is needed (for an error that it cannot be read).
    private static func sources() throws(Problem) -> [(path: String, source: String, reason: String)] {
        guard let folder = searchFolders.first(where: { FileBytes.isRegularFile($0 + "/katex.min.js") }) else {
            throw Problem(description: "KaTeX, which typesets the handouts' math offline, is not installed (looked in \(searchFolders.joined(separator: ", "))); install Debian's libjs-katex (scripts/install-deps.sh does), set NBRUN_KATEX_DIR to a KaTeX \(MathSetting.katexVersion) dist folder, or pass --math cdn or --math none")
        }
        let styleSheetPath = FilePathText.joining(folder, "katex.min.css")
        guard let styleSheet = FileBytes.read(styleSheetPath) else {
            throw Problem(description: "cannot read KaTeX's katex.min.css in \(folder)")
        }
        let katex = "the handouts' math needs"
        return [(MathSetting.localScript, FilePathText.joining(folder, "katex.min.js"), katex),
                (MathSetting.localStyleSheet, styleSheetPath, katex)]
            + fonts(named: styleSheet).map { ("assets/katex/" + $0, FilePathText.joining(folder, $0), "\(styleSheetPath) names") }
    }

    /// Copies the assets into `folder`, only the files that are missing or differ, or with `check` reports
    /// each that is missing or differs from the installed KaTeX (`rerun` is the command that copies them).
    /// `changes` is ``changes(in:)`` of `folder` when it was worked out already (while the notebooks ran).
    static func sync(into folder: String, check: Bool, rerun: String, reportError: (String) -> Void,
                     changes: Result<[(path: String, bytes: [UInt8])], Problem>? = nil) -> Runner.Status {
        let changed: [(path: String, bytes: [UInt8])]
        switch changes ?? Result(catching: { () throws(Problem) in try Self.changes(in: folder) }) {
        case .success(let files): changed = files
        case .failure(let error):
            reportError("error: \(error.description)")
            return .badInput
        }
        if check {
            for file in changed {
                let path = FilePathText.joining(folder, file.path)
                let state = FileBytes.isRegularFile(path) ? "differs from the installed KaTeX" : "is missing"
                reportError("\(path): error: math asset \(state); run \(rerun) to copy it")
            }
            return changed.isEmpty ? .success : .failure
        }
        do {
            try AtomicFile.write(bytes: changed.map { ($0.bytes, FilePathText.joining(folder, $0.path)) })
            return .success
        } catch {
            reportError("error: \(error)")
            return .badInput
        }
    }

    /// The files of ``files()`` that `folder` lacks or holds with other bytes.
    static func changes(in folder: String) throws(Problem) -> [(path: String, bytes: [UInt8])] {
        try files().filter { FileBytes.read(FilePathText.joining(folder, $0.path)) != $0.bytes }
    }

    /// Whether a handout page loads the local KaTeX. The page's bytes are searched: a page is hundreds of
    /// kilobytes, which `String.contains` walks character by character (a millisecond and more).
    static func areLoaded(by page: String) -> Bool {
        var page = page
        let script = Array(MathSetting.localScript.utf8)
        return page.withUTF8 { text in
            guard text.count >= script.count else { return false }
            for start in 0...(text.count - script.count) where text[start] == script[0] {
                if (1..<script.count).allSatisfy({ text[start + $0] == script[$0] }) { return true }
            }
            return false
        }
    }

    /// The WOFF2 files a style sheet names (`url(fonts/KaTeX_Main-Regular.woff2)`), in order, once each.
    /// Read as bytes: searching KaTeX's 23 kB sheet as a `String` took about 3 ms, a seventh of a
    /// one-cell run.
    static func fonts(named styleSheet: [UInt8]) -> [String] {
        let opener = Array("url(".utf8), close = UInt8(ascii: ")")
        let padding: [UInt8] = [UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: " ")]
        var fonts: [String] = []
        var index = 0
        while index + opener.count <= styleSheet.count {
            guard styleSheet[index..<index + opener.count].elementsEqual(opener) else { index += 1; continue }
            var lower = index + opener.count
            guard var upper = styleSheet[lower...].firstIndex(of: close) else { break }
            index = upper
            while lower < upper, padding.contains(styleSheet[lower]) { lower += 1 }
            while upper > lower, padding.contains(styleSheet[upper - 1]) { upper -= 1 }
            let url = String(decoding: styleSheet[lower..<upper], as: UTF8.self)
            if url.hasSuffix(".woff2"), !url.contains(":"), !url.hasPrefix("/"), !url.contains(".."), !fonts.contains(url) {
                fonts.append(url)
            }
        }
        return fonts
    }
}
