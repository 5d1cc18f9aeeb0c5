/// Every builtin function, grouped by name into overload sets; the compiler resolves names here
/// after a cell's own variables.
enum BuiltinRegistry {
    /// Builtins by base name.
    static let functions: [String: BuiltinFunction] = {
        var grouped: [String: [Builtin]] = [:]
        var order: [String] = []
        for builtin in BuiltinCatalog.all {
            if grouped[builtin.name] == nil { order.append(builtin.name) }
            grouped[builtin.name, default: []].append(builtin)
        }
        var result: [String: BuiltinFunction] = [:]
        for name in order { result[name] = BuiltinFunction(name: name, overloads: grouped[name]!) }
        return result
    }()

    /// Type names that prefix a builtin (`Dataset` of `Dataset.xor`), so `Dataset.xor()` reads as a static call.
    static let typeNames: Set<String> = Set(functions.keys.compactMap { name in
        guard let dot = name.firstIndex(of: "."), dot != name.startIndex else { return nil }
        return String(name[..<dot])
    })

    /// The overloads named `name`, if any.
    static func lookup(_ name: String) -> BuiltinFunction? { functions[name] }

    /// Every builtin name, for suggestions.
    static var names: Dictionary<String, BuiltinFunction>.Keys { functions.keys }
}
