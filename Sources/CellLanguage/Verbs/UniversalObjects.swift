import Display
import NotebookDisplay
import NumericCore

/// The universal-approximation reports as cell values: NotebookDisplay shows each, and these are
/// the members a cell reads (`fit.maxError`, `bump.orValues`, `counts.deepUnits`).
enum UniversalObjects {
    typealias Numbers = UniversalValues

    static func softThresholds(_ report: SoftThresholds) -> Value {
        .object(UniversalTableReport(report, typeName: "SoftThresholds", members: [
            "steepnesses": { Numbers.numbers(report.steepnesses) },
            "margin": { .double(report.margin) },
            "gaps": { Numbers.numbers(report.gaps) },
            "closedForms": { Numbers.numbers(report.closedForms) },
            "plot": { .object(PlotObject(try report.plot())) },
            "table": { .object(UniversalTableObject(report.table)) },
            "networks": { .array(report.networks.map { .object(NetworkObject($0)) }) },
        ]))
    }

    static func lectureBump(_ bump: LectureBump) -> Value {
        .object(ConstructedNetworkReport(bump, network: NetworkObject(bump.network), typeName: "LectureBump", members: [
            "halfPlanes": { .object(NetworkObject(bump.halfPlanes)) },
            "orUnit": { .object(NetworkObject(bump.orUnit)) },
            "steepness": { .double(bump.steepness) },
            "orSteepness": { .double(bump.orSteepness) },
            "lines": { .matrix(Matrix(bump.lines)) },
            "orTable": { .matrix(Matrix(bump.orRows.map { $0.hidden + [$0.value, Double($0.label), Double($0.or)] })) },
            "orValues": { Numbers.numbers(bump.orValues) },
            "orLabels": { Numbers.integers(bump.orLabels) },
            "orTruth": { Numbers.integers(bump.orTruth) },
            "orTableMatches": { .bool(bump.orTableMatches) },
            "heatMap": { .object(PlotObject(try bump.heatMapPlot())) },
        ]))
    }

    static func stepApproximation(_ fit: StepApproximationReport) -> ConstructedNetworkReport {
        ConstructedNetworkReport(fit, network: NetworkObject(fit.network), typeName: "StepApproximation", members: [
            "units": { .int(fit.units) },
            "spacing": { .double(fit.spacing) },
            "steepness": { .double(fit.steepness) },
            "stepCentres": { Numbers.numbers(fit.stepCentres) },
            "stepHeights": { Numbers.numbers(fit.stepHeights) },
            "base": { .double(fit.base) },
            "maxError": { .double(fit.maxError) },
            "maxErrorAt": { .double(fit.maxErrorAt) },
            "plot": { .object(PlotObject(fit.plot)) },
            "steps": { .object(UniversalTableObject(fit.steps)) },
        ])
    }

    static func approximationErrors(_ errors: ApproximationErrors) -> Value {
        .object(UniversalTableReport(errors, typeName: "ApproximationErrors", members: [
            "units": { Numbers.integers(errors.units) },
            "errors": { Numbers.numbers(errors.errors) },
            "steepnesses": { Numbers.numbers(errors.steepnesses) },
            "decreasing": { .bool(errors.decreasing) },
            "plot": { .object(PlotObject(try errors.plot())) },
            "table": { .object(UniversalTableObject(errors.table)) },
        ]))
    }

    static func gridApproximation(_ fit: GridApproximationReport) -> Value {
        .object(ConstructedNetworkReport(fit, network: NetworkObject(fit.network), typeName: "GridApproximation", members: [
            "cellsPerSide": { .int(fit.cellsPerSide) },
            "maxError": { .double(fit.maxError) },
            "xSteepness": { .double(fit.xSteepness) },
            "ySteepness": { .double(fit.ySteepness) },
            "andSteepness": { .double(fit.andSteepness) },
            "target": { .object(PlotObject(fit.target)) },
            "approximation": { .object(PlotObject(fit.approximation)) },
        ]))
    }

    static func indicatorNetwork(_ report: IndicatorNetworkReport) -> Value {
        .object(ConstructedNetworkReport(report, network: NetworkObject(report.network), typeName: "IndicatorNetwork", members: [
            "inputCount": { .int(report.inputCount) },
            "hiddenUnits": { .int(report.hiddenUnits) },
            "patterns": { .matrix(report.patterns) },
            "table": { Numbers.numbers(report.construction.table) },
            "inputs": { .matrix(report.inputs) },
            "outputs": { Numbers.numbers(report.outputs) },
            "verified": { .bool(report.verified) },
            "maxError": { .double(report.maxError) },
        ]))
    }

    static func parityNetwork(_ parity: ParityNetwork) -> Value {
        let data = { try Dataset.checkedParity(bits: parity.bits, bipolar: parity.bipolar) }
        return .object(ConstructedNetworkReport(parity, network: NetworkObject(parity.network), typeName: "ParityNetwork", members: [
            "bits": { .int(parity.bits) },
            "bipolar": { .bool(parity.bipolar) },
            "hiddenUnits": { .int(parity.hiddenUnits) },
            "hiddenLayerSizes": { Numbers.integers(parity.hiddenLayerSizes) },
            "xorBlocks": { .int(parity.xorBlocks) },
            "carryUnits": { .int(parity.carryUnits) },
            "verified": { .bool(parity.verified) },
            "inputs": { .matrix(try data().inputs) },
            "outputs": { Numbers.numbers(try parity.network.predict(try data().inputs).storage) },
            "targets": { Numbers.numbers(try data().targets.storage) },
        ]))
    }

    static func parityUnitCounts(_ counts: ParityUnitCounts) -> Value {
        .object(UniversalTableReport(counts, typeName: "ParityUnitCounts", members: [
            "bits": { Numbers.integers(counts.bits) },
            "shallowUnits": { Numbers.integers(counts.shallowUnits) },
            "deepUnits": { Numbers.integers(counts.deepUnits) },
            "deepLayers": { Numbers.integers(counts.deepLayers) },
            "carryUnits": { Numbers.integers(counts.carryUnits) },
            "verified": { .bool(counts.verified) },
            "plot": { .object(PlotObject(try counts.plot())) },
            "table": { .object(UniversalTableObject(counts.table)) },
        ]))
    }

    static func learnedVersusConstructed(_ duel: LearnedVersusConstructedReport) -> Value {
        let learned = NetworkObject(duel.network)
        let constructed = stepApproximation(duel.constructed)
        return .object(ConstructedNetworkReport(duel, network: learned, typeName: "LearnedVersusConstructed", members: [
            "learned": { .object(learned) },
            "constructed": { .object(constructed) },
            "units": { .int(duel.units) },
            "learnedError": { .double(duel.learnedError) },
            "constructedError": { .double(duel.constructedError) },
            "finalLoss": { .double(duel.finalLoss) },
            "epochs": { .int(duel.epochs) },
            "plot": { .object(PlotObject(duel.plot)) },
            "table": { .object(UniversalTableObject(duel.table)) },
        ]))
    }
}
