import Testing
import NumericCore

@Suite("Tape table (showing the work)")
struct TapeTableTests {
    /// Figure 22 of Lecture 13, f(x, y) = xy² + y + 5 at (2, 3).
    static let figure22 = reverseGradient(of: lectureThirteenF, at: [2, 3]).table()

    @Test("Nodes carry Figure 22's names and values: n₁ = 26, n₂ = 18, n₃ = 8, n₄ = 9, n₅ = 2, n₆ = 3")
    func figure22Nodes() throws {
        let t = Self.figure22
        let expected: [(String, String, Double)] = [
            ("n₁", "n₂ + n₃", 26), ("n₂", "n₄ × n₅", 18), ("n₃", "n₆ + n₇", 8),
            ("n₄", "n₆²", 9), ("n₅", "x", 2), ("n₆", "y", 3), ("n₇", "5", 5),
        ]
        for (name, formula, value) in expected {
            let row = try t.findNode(name)
            #expect(row.formula == formula)
            #expect(row.value == value)
        }
        #expect(t.nodes.count == 7)
        // Topological order: every node's inputs are listed before it.
        for (position, row) in t.nodes.enumerated() {
            let earlier = Set(t.nodes[..<position].map(\.name))
            #expect(row.inputs.allSatisfy(earlier.contains))
        }
        #expect(t.nodes.last?.name == "n₁")
    }

    @Test("Adjoints: ∂f/∂n₅ = ∂f/∂x = 9, ∂f/∂n₆ = ∂f/∂y = 13")
    func figure22Adjoints() throws {
        let t = Self.figure22
        let adjoints = Dictionary(uniqueKeysWithValues: t.nodes.map { ($0.name, $0.adjoint) })
        #expect(adjoints == ["n₁": 1, "n₂": 1, "n₃": 1, "n₄": 2, "n₅": 9, "n₆": 13, "n₇": 1])
    }

    @Test("The numbers on the links: 1, 1, 9, 2, 12 (from ∂n₄/∂n₆ = 6), and 1")
    func figure22Links() throws {
        let t = Self.figure22
        let lecture: [(from: String, to: String, local: Double, onLink: Double)] = [
            ("n₁", "n₂", 1, 1),    // ∂n₁/∂n₂ = 1
            ("n₁", "n₃", 1, 1),
            ("n₂", "n₅", 9, 9),    // ∂n₂/∂n₅ = n₄ = 9
            ("n₂", "n₄", 2, 2),    // ∂n₂/∂n₄ = n₅ = 2
            ("n₄", "n₆", 6, 12),   // eq. (12): ∂n₄/∂n₆ = 2n₆ = 6, so 2 · 6 = 12 on the link
            ("n₃", "n₆", 1, 1),    // the second path: 12 + 1 = 13
        ]
        for link in lecture {
            let row = try t.findLink(from: link.from, to: link.to)
            #expect(row.localPartial == link.local, "\(link.from) → \(link.to)")
            #expect(row.contribution == link.onLink, "\(link.from) → \(link.to)")
        }
        // The shares arriving at a node add up to its adjoint.
        for node in t.nodes where node.name != "n₁" {
            let arriving = t.links.filter { $0.to == node.name }.map(\.contribution).reduce(0, +)
            #expect(arriving == node.adjoint, "\(node.name)")
        }
        #expect(t.links.count == 7)
        // Backward order: a node's links come after the links into it.
        #expect(t.links.first?.from == "n₁")
    }

    @Test("Grosse's naming: v₁ … v_N in the order computed")
    func forwardOrderNaming() {
        let t = reverseGradient(of: lectureThirteenF, at: [2, 3]).table(naming: .forwardOrder)
        #expect(t.nodes.map(\.name) == ["v₁", "v₂", "v₃", "v₄", "v₅", "v₆", "v₇"])
        #expect(t.nodes.map(\.formula) == ["x", "y", "v₂²", "v₃ × v₁", "5", "v₂ + v₅", "v₄ + v₆"])
        #expect(t.nodes.map(\.operation) == ["input", "input", "^2", "×", "constant", "+", "+"])
    }

    @Test("Gormley's J: x² is one node feeding both sin and 3·")
    func gormleySharedSquare() {
        let t = reverseGradient(of: { gormleyJ($0[0]) }, at: [0.7]).table(naming: .forwardOrder)
        #expect(t.nodes.map(\.formula) == ["x", "v₁ × v₁", "sin(v₂)", "3", "v₄ × v₂", "v₃ + v₅", "cos(v₆)"])
        #expect(t.links.filter { $0.to == "v₂" }.count == 2)
    }

    @Test("An input the output ignores still has a row, with adjoint 0")
    func unusedInput() {
        let t = reverseGradient(of: { v in sin(v[0]) }, at: [1, 2]).table()
        #expect(t.nodes.map(\.name) == ["n₂", "n₃", "n₁"])
        #expect(t.node("n₃").adjoint == 0)
    }

    @Test("A node is found by its name, by the name typed with plain digits, or by its input's name")
    func lookupByTypedNames() throws {
        let t = Self.figure22
        #expect(try t.findNode("n4").value == 9)         // n₄ = y² = 9
        #expect(try t.findNode("y").name == "n₆")         // the input y is n₆
        #expect(try t.findLink(from: "n1", to: "n2").contribution == 1)
        #expect(throws: AutodiffError.self) { try t.findNode("n9") }
        let missing = (try? t.findLink(from: "n1", to: "n9")) == nil
        #expect(missing)
        do { _ = try t.findNode("n9") } catch {
            #expect("\(error)" == "the tape has no node named 'n9' (nodes: n₅, n₆, n₄, n₂, n₇, n₃, n₁)")
        }
    }
}
