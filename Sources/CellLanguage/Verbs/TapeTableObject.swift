import Display
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

    /// The node table, the link table, then one line per input summing its paths.
    public func display() -> [DisplayBlock] {
        [.table(nodeTable), .table(linkTable), .text(pathSums.joined(separator: "\n"))]
    }

    /// node | operation | inputs | value | adjoint, inputs first, output last.
    var nodeTable: Table {
        let rows = table.nodes.map { node -> [String] in
            [node.name, operation(of: node), node.inputs.joined(separator: ", "),
             NumberFormat.format(node.value), NumberFormat.format(node.adjoint)]
        }
        return Table(caption: "nodes in topological order (value from the forward pass, adjoint from the backward pass)",
                     header: ["node", "operation", "inputs", "value", "adjoint"], rows: rows)
    }

    /// link | adjoint of its upper end | local partial | number on the link.
    var linkTable: Table {
        let adjoints = Dictionary(table.nodes.map { ($0.name, $0.adjoint) }, uniquingKeysWith: { a, _ in a })
        let rows = table.links.map { link -> [String] in
            ["\(link.from) → \(link.to)", NumberFormat.format(adjoints[link.from] ?? 0),
             NumberFormat.format(link.localPartial), NumberFormat.format(link.contribution)]
        }
        return Table(caption: "links in backward-pass order (number on the link = adjoint × local partial)",
                     header: ["link", "adjoint", "local partial", "number on the link"], rows: rows)
    }

    /// `∂f/∂y = n₆'s adjoint = 12 + 1 = 13`, one line per input.
    var pathSums: [String] {
        table.nodes.filter { $0.operation == "input" }.map { input in
            let shares = table.links.filter { $0.to == input.name }.map(\.contribution)
            var line = "\(AutodiffFormat.partial(input.formula)) = adjoint of \(input.name) = "
            if shares.count > 1 {
                // 0.05 − 0.138861 rather than 0.05 + -0.138861.
                for (position, share) in shares.enumerated() {
                    let magnitude = NumberFormat.format(Swift.abs(share))
                    if position == 0 { line += NumberFormat.format(share) }
                    else { line += (share < 0 ? " − " : " + ") + magnitude }
                }
                line += " = "
            }
            return line + NumberFormat.format(input.adjoint)
        }
    }

    /// `input x`, `constant 5`, `×`, `^2`, `sin`.
    private func operation(of node: TapeNodeRow) -> String {
        switch node.operation {
        case "input", "constant": return "\(node.operation) \(node.formula)"
        default: return node.operation
        }
    }

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
            guard labels == [""], case .string(let typed) = arguments[0].value else {
                throw CellError("call it as table.node(\"n₄\") (or \"n4\", or an input's name such as \"y\")")
            }
            let wanted = AutodiffFormat.nodeName(typed)
            let found = table.node(named: wanted)
                ?? table.nodes.first { $0.operation == "input" && $0.formula == typed }
            guard let found else {
                let names = table.nodes.map(\.name) + table.nodes.filter { $0.operation == "input" }.map(\.formula)
                var message = "the tape has no node named '\(typed)'"
                if let close = NameSuggestion.closest(to: wanted, among: names) { message += "; did you mean '\(close)'?" }
                throw CellError(message + " (nodes: \(table.nodes.map(\.name).joined(separator: ", ")))")
            }
            return Self.record(found)
        case "link":
            guard labels == ["from", "to"], case .string(let from) = arguments[0].value,
                  case .string(let to) = arguments[1].value else {
                throw CellError("call it as table.link(from: \"n₄\", to: \"n₆\")")
            }
            guard let link = table.link(from: AutodiffFormat.nodeName(from), to: AutodiffFormat.nodeName(to)) else {
                let links = table.links.map { "\($0.from) → \($0.to)" }.joined(separator: ", ")
                throw CellError("the tape has no link from '\(from)' to '\(to)' (links: \(links))")
            }
            return Self.record(link)
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
