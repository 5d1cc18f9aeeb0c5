import Display
import NotebookDisplay

/// `diagram(net)`: NotebookDisplay's ``NetworkDiagram`` of the network, shown as its text.
enum NetworkDiagramVerb {
    static let builtins: [Builtin] = [
        Builtin("diagram(_:)") { arguments, _ in
            .object(Drawing(diagram: NetworkDiagram(try arguments.network(0).network)))
        },
    ]

    /// The drawing as a cell value: it displays as the library's diagram does.
    final class Drawing: CellObject {
        let diagram: NetworkDiagram
        init(diagram: NetworkDiagram) { self.diagram = diagram }
        var typeName: String { "Diagram" }
        func display() -> [DisplayBlock] { diagram.display }
    }
}
