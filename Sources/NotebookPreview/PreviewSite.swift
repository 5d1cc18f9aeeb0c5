import FlyingFox
import Foundation
import Synchronization

/// The pages a preview serves, by URL path (`/xor.html`), and the open pages waiting to hear that one
/// changed: each rebuild replaces a page and tells every open page its path.
final class PreviewSite: Sendable {
    private struct State {
        var pages: [String: String] = [:]
        var listeners: [Int: AsyncStream<WSMessage>.Continuation] = [:]
        var nextListener = 0
    }
    private let state = Mutex(State())
    /// Files served as they are (the KaTeX assets), by URL path.
    let assets: [String: [UInt8]]

    init(assets: [String: [UInt8]]) { self.assets = assets }

    /// The page at `path`, if there is one.
    func page(_ path: String) -> String? { state.withLock { $0.pages[path] } }

    /// Replaces (or with `nil` removes) the page at `path` and tells the open pages.
    func set(_ path: String, to html: String?) {
        let listeners = state.withLock { state in
            state.pages[path] = html
            return Array(state.listeners.values)
        }
        for listener in listeners { listener.yield(.text(path)) }
    }

    /// A stream of the paths of changed pages, for one open page, until it disconnects.
    func subscribe(until client: AsyncStream<WSMessage>) -> AsyncStream<WSMessage> {
        let (stream, continuation) = AsyncStream<WSMessage>.makeStream()
        let id = state.withLock { state in
            state.nextListener += 1
            state.listeners[state.nextListener] = continuation
            return state.nextListener
        }
        Task {
            for await _ in client {}
            _ = state.withLock { $0.listeners.removeValue(forKey: id) }
            continuation.finish()
        }
        return stream
    }
}

/// The WebSocket side of a page: the server sends the path of each page that changed.
struct ReloadHandler: WSMessageHandler {
    let site: PreviewSite

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        site.subscribe(until: client)
    }
}
