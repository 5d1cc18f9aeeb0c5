import Dispatch
import FlyingFox
import FlyingSocks
import Foundation
import NotebookRunner

/// `nbrun preview`: serves the handouts of the notebooks under the paths on `host:port`, re-runs a
/// notebook when it or a data file it read changes, and tells the open pages, which swap in the new page.
///
/// Changes are found by polling: every ``pollInterval`` each notebook's and each data file's size,
/// modification time and inode are compared with the last ones seen; every ``searchInterval`` (and at
/// once when a notebook changed) the folders are searched again, so notebooks added to them are served
/// and deleted ones get a page saying so.
public final class Preview: @unchecked Sendable {
    /// How often files are looked at.
    public static let pollInterval = 0.02

    let builder: PreviewBuilder
    let site: PreviewSite
    let host: String
    let report: @Sendable (String) -> Void
    let reportError: @Sendable (String) -> Void
    private var server: HTTPServer?
    /// What was seen of each watched file, and the pages built, by notebook.
    private var seen: [String: [String: FileState]] = [:]
    private var pages: [String: PreviewBuilder.Page] = [:]
    private var found: PreviewBuilder.Found?
    private var lastProblem: String?
    private var lastSearch: UInt64 = 0
    /// How often the folders are searched for notebooks added (nanoseconds).
    static let searchInterval: UInt64 = 1_000_000_000

    /// A preview of the notebooks under `paths`; `options` as for a run.
    public init(paths: [String], options: RunOptions, host: String,
                report: @escaping @Sendable (String) -> Void, reportError: @escaping @Sendable (String) -> Void) {
        builder = PreviewBuilder(paths: paths, options: options)
        site = PreviewSite(assets: Dictionary(uniqueKeysWithValues: builder.mathAssets().map { ("/" + $0.key, $0.value) }))
        self.host = host
        self.report = report
        self.reportError = reportError
    }

    /// Why the server cannot listen where it was asked to.
    public struct ListenError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Builds every notebook, starts listening on `port` (0: any free port) and returns the port.
    public func start(port: UInt16) async throws -> UInt16 {
        let address: sockaddr_in
        do { address = try .inet(ip4: host, port: port) } catch {
            throw ListenError(description: "--host must be an IPv4 address such as 127.0.0.1; found '\(host)'")
        }
        // Before any run: a port in use must not cost a build of the whole course first.
        if port != 0, !PortProbe.isFree(host: host, port: port) { throw portInUse(port) }
        builder.writeMathAssets(reportError: reportError)
        refresh()
        let server = HTTPServer(address: address, logger: .disabled)
        await server.appendRoute(HTTPRoute("GET \(ReloadScript.socketPath)"), to: .webSocket(ReloadHandler(site: site)))
        let site = self.site
        await server.appendRoute("GET *") { request in Self.respond(to: request.path, from: site) }
        self.server = server
        let running = Task { try await server.run() }
        do {
            try await server.waitUntilListening(timeout: 5)
        } catch {
            running.cancel()
            if port != 0, !PortProbe.isFree(host: host, port: port) { throw portInUse(port) }
            throw ListenError(description: "cannot listen on \(host):\(port): \(error)")
        }
        guard case .ip4(_, let bound)? = await server.listeningAddress else { return port }
        return bound
    }

    private func portInUse(_ port: UInt16) -> ListenError {
        let free = PortProbe.firstFree(host: host, after: port).map { "; port \($0) is free: --port \($0)" } ?? ""
        return ListenError(description: "port \(port) on \(host) is in use\(free)")
    }

    /// Watches the files until the process ends.
    public func watch() -> Never {
        while true {
            Thread.sleep(forTimeInterval: Self.pollInterval)
            refresh()
        }
    }

    /// Finds the notebooks, and rebuilds each that is new or whose files changed since the last look.
    func refresh() {
        // Searching the folders (and reading every notebook's front matter for the course order) is
        // the costly part of a look: it happens once a second, or at once when a notebook changed.
        let now = DispatchTime.now().uptimeNanoseconds
        let notebookChanged = self.found?.notebooks.contains { FileState(path: $0) != seen[$0]?[$0] } ?? true
        let found: PreviewBuilder.Found
        if let known = self.found, !notebookChanged, now - lastSearch < Self.searchInterval {
            found = known
        } else {
            lastSearch = now
            do { found = try builder.find() } catch {
                if lastProblem != error.description { reportError("error: \(error.description)") }
                lastProblem = error.description
                self.found = nil
                for (path, page) in pages { remove(path, page) }
                return
            }
        }
        lastProblem = nil
        let present = Set(found.notebooks)
        for (path, page) in pages where !present.contains(path) { remove(path, page) }
        var changed = false
        for path in found.notebooks {
            let watched = [path] + (pages[path]?.result.filesRead ?? [])
            let now = Dictionary(uniqueKeysWithValues: watched.map { ($0, FileState(path: $0)) })
            guard now != seen[path] || pages[path] == nil else { continue }
            let page = builder.build(path, in: found)
            // What the run read is watched from now on, as it was when the run began.
            seen[path] = now.merging(page.result.filesRead.map { ($0, now[$0] ?? FileState(path: $0)) }) { first, _ in first }
            publish(page)
            changed = true
        }
        self.found = found
        if changed || found.notebooks.count != pages.count, found.writesIndex {
            site.set("/index.html", to: ReloadScript.inject(into: builder.index(of: found, pages: pages), banner: nil))
        } else if !found.writesIndex, site.page("/index.html") == nil, let first = found.notebooks.first.flatMap({ pages[$0] }) {
            // One notebook named: `/` is its page.
            site.set("/index.html", to: "<!DOCTYPE html>\n<meta http-equiv=\"refresh\" content=\"0; url=/\(first.name).html\">\n")
        }
    }

    private func publish(_ page: PreviewBuilder.Page) {
        let result = page.result
        let banner = page.succeeded ? nil : ReloadScript.draftBanner(errors: result.errors + [page.writeError].compactMap { $0 })
        let html = ReloadScript.inject(into: page.html, banner: banner)
        let unchanged = site.page("/" + page.name + ".html") == html
        pages[page.path] = page
        site.set("/" + page.name + ".html", to: html)
        let time = String(Int((result.seconds * 1000).rounded())) + " ms"
        let cells = "\(result.cellsRun) cell\(result.cellsRun == 1 ? "" : "s")"
        if page.succeeded {
            report("\(page.path): \(cells), \(time)\(unchanged ? ", unchanged" : "") -> /\(page.name).html")
        } else {
            report("\(page.path): FAILED after \(cells), \(time); draft served at /\(page.name).html")
            for error in result.errors + [page.writeError].compactMap({ $0 }) { reportError(error) }
        }
    }

    private func remove(_ path: String, _ page: PreviewBuilder.Page) {
        pages[path] = nil
        seen[path] = nil
        report("\(path): deleted; /\(page.name).html says so")
        site.set("/" + page.name + ".html", to: ReloadScript.inject(into: Self.deletedPage(path), banner: nil))
    }

    static func deletedPage(_ path: String) -> String {
        let escaped = path.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>\(escaped): deleted</title></head>\n<body>\n<h1>\(escaped) was deleted</h1>\n<p>The notebook is gone; this page comes back when it does.</p>\n</body></html>\n"
    }

    /// The response for a GET of `path`: a page, an asset, or 404.
    static func respond(to path: String, from site: PreviewSite) -> HTTPResponse {
        let page = path == "/" || path.isEmpty ? "/index.html" : path
        if let html = site.page(page) {
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                                body: Data(html.utf8))
        }
        if let bytes = site.assets[page] {
            let type = page.hasSuffix(".css") ? "text/css" : page.hasSuffix(".js") ? "text/javascript" : "font/woff2"
            return HTTPResponse(statusCode: .ok, headers: [.contentType: type], body: Data(bytes))
        }
        return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: Data("no page at \(path)\n".utf8))
    }
}

/// What a file looked like: size, modification time and inode (an editor that saves by rename gets a new one).
struct FileState: Equatable {
    var size = -1, seconds = 0, nanoseconds = 0, inode: UInt64 = 0

    init(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return }
        size = Int(status.st_size)
        seconds = status.st_mtim.tv_sec
        nanoseconds = status.st_mtim.tv_nsec
        inode = UInt64(status.st_ino)
    }
}
