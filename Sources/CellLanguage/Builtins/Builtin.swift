/// A function cells can call by name, with Swift argument labels, contributed by a file in `Verbs/`
/// or `Builtins/`.
///
/// The signature is written as Swift documentation writes it, with two additions: `label?:` marks a
/// parameter that may be left out, `_...:` (or `label...:`) one that takes any number of arguments.
///
/// ```swift
/// Builtin("forward(_:input:)") { arguments, context in
///     let net = try arguments.object(0, as: NetworkObject.self)
///     let input = try arguments.matrix("input")
///     …
/// }
/// ```
/// Several builtins with the same name and different labels are overloads; a call picks the one whose
/// labels it matches.
public struct Builtin: Sendable {
    /// One parameter of a builtin.
    public struct Parameter: Sendable, Equatable {
        /// The argument label, `""` for `_`.
        public var label: String
        /// Whether the call may leave it out.
        public var isOptional: Bool
        /// Whether it takes any number of arguments (the first labelled, the rest not).
        public var isVariadic: Bool
    }

    /// The function's base name, such as `forward` or `Double.random`.
    public let name: String
    /// The parameters in order.
    public let parameters: [Parameter]
    /// Runs the builtin.
    public let body: @Sendable (Arguments, CellContext) throws -> Value

    /// For a one-argument builtin, the same work without building ``Arguments`` (math functions, conversions).
    public var unary: (@Sendable (Value) throws -> Value)?

    /// Creates a builtin from a signature such as `"expect(_:closeTo:tolerance?:)"`.
    public init(_ signature: String, body: @escaping @Sendable (Arguments, CellContext) throws -> Value) {
        let open = signature.firstIndex(of: "(") ?? signature.endIndex
        name = String(signature[..<open])
        var parameters: [Parameter] = []
        if open < signature.endIndex {
            let inner = signature[signature.index(after: open)...].dropLast()
            for part in inner.split(separator: ":") {
                var label = String(part)
                var isOptional = false
                var isVariadic = false
                if label.hasSuffix("?") { isOptional = true; label.removeLast() }
                if label.hasSuffix("...") { isVariadic = true; label.removeLast(3) }
                parameters.append(Parameter(label: label == "_" ? "" : label, isOptional: isOptional, isVariadic: isVariadic))
            }
        }
        self.parameters = parameters
        self.body = body
    }

    /// The Swift-style name with labels: `forward(_:input:)`.
    public var signature: String {
        name + "(" + parameters.map { ($0.label.isEmpty ? "_" : $0.label) + ":" }.joined() + ")"
    }

    /// Matches call labels to parameters: for each parameter, the indices of the call arguments it receives.
    ///
    /// `trailingClosure` is the index of a trailing closure argument, which fills whichever parameter is next.
    func match(labels: [String], trailingClosure: Int?) -> [[Int]]? {
        var assignment: [[Int]] = []
        var cursor = 0
        // As in Swift's forward scan, a trailing closure passes over labelled optional parameters
        // (`title?:`) when an unlabelled parameter later in the list can take it.
        let lastUnlabeled = parameters.lastIndex { $0.label.isEmpty } ?? -1
        var position = 0
        func accepts(_ parameter: Parameter, _ index: Int) -> Bool {
            guard index < labels.count else { return false }
            if labels[index] == parameter.label { return true }
            return index == trailingClosure && !(parameter.isOptional && !parameter.label.isEmpty && position < lastUnlabeled)
        }
        for (parameterIndex, parameter) in parameters.enumerated() {
            position = parameterIndex
            if parameter.isVariadic {
                var taken: [Int] = []
                if accepts(parameter, cursor) {
                    taken.append(cursor)
                    cursor += 1
                    while cursor < labels.count && labels[cursor].isEmpty && cursor != trailingClosure {
                        taken.append(cursor)
                        cursor += 1
                    }
                } else if !parameter.isOptional {
                    return nil
                }
                assignment.append(taken)
            } else if accepts(parameter, cursor) {
                assignment.append([cursor])
                cursor += 1
            } else if parameter.isOptional {
                assignment.append([])
            } else {
                return nil
            }
        }
        return cursor == labels.count ? assignment : nil
    }

    /// Why a call with `labels` does not fit this builtin, said the way the Swift compiler would.
    func mismatch(labels: [String]) -> String {
        let known = parameters.map(\.label).filter { !$0.isEmpty }
        for label in labels where !label.isEmpty && !known.contains(label) {
            var message = "no label '\(label):' in call to \(signature)"
            if let suggestion = NameSuggestion.closest(to: label, among: known) { message += "; did you mean '\(suggestion):'?" }
            return message
        }
        let required = parameters.filter { !$0.isOptional && !$0.isVariadic }.count
        let variadic = parameters.contains { $0.isVariadic }
        let maximum = parameters.count
        if labels.count < required || (!variadic && labels.count > maximum) {
            let expected: String
            if variadic { expected = "at least \(required) argument\(required == 1 ? "" : "s")" }
            else if required == maximum { expected = "\(required) argument\(required == 1 ? "" : "s")" }
            else { expected = "\(required) to \(maximum) arguments" }
            return "\(signature) expects \(expected), found \(labels.count)"
        }
        let written = labels.map { ($0.isEmpty ? "_" : $0) + ":" }.joined()
        return "argument labels (\(written)) do not match \(signature)"
    }
}

/// The overloads of one builtin name, usable as a function value.
public final class BuiltinFunction: Sendable {
    /// The shared base name.
    public let name: String
    /// Every overload, in registration order.
    public let overloads: [Builtin]

    /// Groups overloads that share a name, to pass a builtin around as a value.
    public init(name: String, overloads: [Builtin]) {
        self.name = name
        self.overloads = overloads
    }

    /// Picks the overload the labels fit, with the argument assignment; or the error to report.
    func resolve(labels: [String], trailingClosure: Int?) -> Result<(Builtin, [[Int]]), CellError> {
        for overload in overloads {
            if let assignment = overload.match(labels: labels, trailingClosure: trailingClosure) {
                return .success((overload, assignment))
            }
        }
        if overloads.count == 1 { return .failure(CellError(overloads[0].mismatch(labels: labels))) }
        // Report against the overload of the right size whose labels differ least from the call's.
        let sized = overloads.filter { overload in
            let required = overload.parameters.filter { !$0.isOptional && !$0.isVariadic }.count
            return labels.count >= required && (labels.count <= overload.parameters.count || overload.parameters.contains { $0.isVariadic })
        }
        func differences(_ overload: Builtin) -> Int {
            zip(labels, overload.parameters).filter { $0 != $1.label }.count
        }
        if let closest = sized.min(by: { differences($0) < differences($1) }), differences(closest) == 1 {
            return .failure(CellError(closest.mismatch(labels: labels)))
        }
        let written = labels.map { ($0.isEmpty ? "_" : $0) + ":" }.joined()
        let candidates = overloads.map(\.signature).joined(separator: ", ")
        return .failure(CellError("no overload of '\(name)' takes the arguments (\(written)); candidates: \(candidates)"))
    }

    /// Calls the overload the arguments' labels fit.
    func call(_ arguments: [Argument], context: CellContext, positions: [CellPosition]? = nil) throws -> Value {
        let labels = arguments.map(\.label)
        switch resolve(labels: labels, trailingClosure: nil) {
        case .failure(let error): throw error
        case .success(let (builtin, assignment)):
            return try Arguments.invoke(builtin, assignment: assignment, values: arguments.map(\.value),
                                        positions: positions, context: context)
        }
    }
}
