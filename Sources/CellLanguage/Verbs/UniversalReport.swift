import Display
import NotebookDisplay
import NumericCore

/// A universal-approximation report as a cell value: NotebookDisplay shows it, and its members are
/// read by name. A construction's report also carries the network it built: `.network` is that
/// network as an ordinary `Network` value, and the network verbs are its methods (`bump.forward(x)`
/// is `forward(bump.network, x)`).
///
/// ```swift
/// let fit = approximate({ x in sin(3 * x) }, over: 0...3.14159, units: 16)
/// gradientCheck(fit.network, inputs: [[1.0]], targets: [[0]], loss: .halfSumSquared)
/// fit.predict([[0.5]])
/// ```
final class UniversalReportObject: CellObject {
    /// The report as NotebookDisplay shows it.
    let shown: any Displayable
    let typeName: String
    /// The report's own members, by name.
    let members: [String: () throws -> Value]
    /// The built network, one object for the report's lifetime, so a change through
    /// `report.network.layers[0].weights = …` is seen by the next `report.network`; `nil` for a table
    /// of errors or unit counts.
    let networkObject: NetworkObject?

    init(_ shown: any Displayable, typeName: String, network: NetworkObject? = nil,
         members: [String: () throws -> Value]) {
        self.shown = shown
        self.typeName = typeName
        networkObject = network
        self.members = members
    }

    func display() -> [DisplayBlock] { shown.display }
    var description: String { shown.inlineText }
    var memberNames: [String] {
        (networkObject == nil ? [] : ["network"]) + members.keys.sorted() + (networkObject == nil ? [] : NetworkObject.methods)
    }

    func member(_ name: String, context: CellContext) throws -> Value? {
        if name == "network", let networkObject { return .object(networkObject) }
        return try members[name]?()
    }

    /// The network verbs as methods of the report, on its network.
    func callMethod(_ name: String, arguments: [Argument], context: CellContext) throws -> Value? {
        guard let networkObject, NetworkObject.methods.contains(name) else { return nil }
        return try networkObject.callMethod(name, arguments: arguments, context: context)
    }
}

/// A table or plot on its own as a cell value, for a report's `.table` and `.plot` members.
final class UniversalTableObject: CellObject {
    let table: Table
    init(_ table: Table) { self.table = table }
    var typeName: String { "Table" }
    func display() -> [DisplayBlock] { [.table(table)] }
}

/// Numbers and whole numbers as array values.
enum UniversalValues {
    static func numbers(_ values: [Double]) -> Value { .array(values.map { .double($0) }) }
    static func integers(_ values: [Int]) -> Value { .array(values.map { .int($0) }) }
}
