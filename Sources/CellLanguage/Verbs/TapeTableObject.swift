import Display
import NotebookDisplay
import NumericCore

/// A tape after its backward pass, shown as the lectures draw it: the nodes in topological order
/// (operation, inputs, value, adjoint), the links with the numbers on them, and each input's
/// adjoint as the sum of its paths (Lecture 13, Figure 22: ∂f/∂y = 12 + 1 = 13).
public final class TapeTableObject: CellObject {
    /// The table from NumericCore.
    public let table: TapeTable

    /// Wraps a table.
    public init(_ table: TapeTable) { self.table = table }

    public var typeName: String { "TapeTable" }

    /// NotebookDisplay's tables of nodes and links, and the path sums.
    public func display() -> [DisplayBlock] { table.display }

    public var memberNames: [String] { ["nodes", "links", "node", "link"] }

    public func member(_ name: String, context: CellContext) throws -> Value? {
        switch name {
        case "nodes": return .array(table.nodes.map(Self.record))
        case "links": return .array(table.links.map(Self.record))
        default: return nil
        }
    }

    public func callMethod(_ name: String, arguments: [Argument], context: CellContext) throws -> Value? {
        let labels = arguments.map(\.label)
        switch name {
        case "node":
            guard labels == [""], case .string(let name) = arguments[0].value else {
                throw CellError("call it as table.node(\"n₄\") (or \"n4\", or an input's name such as \"y\")")
            }
            return Self.record(try table.findNode(name))
        case "link":
            guard labels == ["from", "to"], case .string(let from) = arguments[0].value,
                  case .string(let to) = arguments[1].value else {
                throw CellError("call it as table.link(from: \"n₄\", to: \"n₆\")")
            }
            return Self.record(try table.findLink(from: from, to: to))
        default:
            return nil
        }
    }

    static func record(_ node: TapeNodeRow) -> Value {
        .object(AutodiffRecord("TapeNode", [
            ("name", .string(node.name)), ("operation", .string(node.operation)), ("formula", .string(node.formula)),
            ("inputs", .array(node.inputs.map { .string($0) })), ("value", .double(node.value)),
            ("adjoint", .double(node.adjoint)),
        ]))
    }

    static func record(_ link: TapeLinkRow) -> Value {
        .object(AutodiffRecord("TapeLink", [
            ("from", .string(link.from)), ("to", .string(link.to)), ("localPartial", .double(link.localPartial)),
            ("contribution", .double(link.contribution)),
        ]))
    }
}
