import Display
import NotebookDisplay
import NumericCore

/// The universal-approximation reports as cell values: NotebookDisplay shows each, and these are
/// the members a cell reads (`fit.maxError`, `bump.orValues`, `counts.deepUnits`).
enum UniversalObjects {
    static func softThresholds(_ report: SoftThresholds) -> Value {
        .object(UniversalReportObject(report, typeName: "SoftThresholds", members: [
            "steepnesses": { UniversalValues.numbers(report.steepnesses) },
            "margin": { .double(report.margin) },
            "gaps": { UniversalValues.numbers(report.gaps) },
            "closedForms": { UniversalValues.numbers(report.closedForms) },
            "plot": { .object(PlotObject(try report.plot())) },
            "table": { .object(UniversalTableObject(report.table)) },
            "networks": { .array(report.networks.map { .object(NetworkObject($0)) }) },
        ]))
    }

    static func lectureBump(_ bump: LectureBump) -> Value {
        .object(UniversalReportObject(bump, typeName: "LectureBump", network: NetworkObject(bump.network), members: [
            "halfPlanes": { .object(NetworkObject(bump.halfPlanes)) },
            "orUnit": { .object(NetworkObject(bump.orUnit)) },
            "steepness": { .double(bump.steepness) },
            "orSteepness": { .double(bump.orSteepness) },
            "lines": { .matrix(Matrix(bump.lines)) },
            "orTable": { .matrix(Matrix(bump.orRows.map { $0.hidden + [$0.value, Double($0.label), Double($0.or)] })) },
            "orValues": { UniversalValues.numbers(bump.orValues) },
            "orLabels": { UniversalValues.integers(bump.orLabels) },
            "orTruth": { UniversalValues.integers(bump.orTruth) },
            "orTableMatches": { .bool(bump.orTableMatches) },
            "heatMap": { .object(PlotObject(try bump.heatMapPlot())) },
        ]))
    }

    static func stepApproximation(_ fit: StepApproximationReport) -> UniversalReportObject {
        UniversalReportObject(fit, typeName: "StepApproximation", network: NetworkObject(fit.network), members: [
            "units": { .int(fit.units) },
            "spacing": { .double(fit.spacing) },
            "steepness": { .double(fit.steepness) },
            "stepCentres": { UniversalValues.numbers(fit.stepCentres) },
            "stepHeights": { UniversalValues.numbers(fit.stepHeights) },
            "base": { .double(fit.base) },
            "maxError": { .double(fit.maxError) },
            "maxErrorAt": { .double(fit.maxErrorAt) },
            "plot": { .object(PlotObject(fit.plot)) },
            "steps": { .object(UniversalTableObject(fit.steps)) },
        ])
    }

    static func approximationErrors(_ errors: ApproximationErrors) -> Value {
        .object(UniversalReportObject(errors, typeName: "ApproximationErrors", members: [
            "units": { UniversalValues.integers(errors.units) },
            "errors": { UniversalValues.numbers(errors.errors) },
            "steepnesses": { UniversalValues.numbers(errors.steepnesses) },
            "decreasing": { .bool(errors.decreasing) },
            "plot": { .object(PlotObject(try errors.plot())) },
            "table": { .object(UniversalTableObject(errors.table)) },
        ]))
    }

    static func gridApproximation(_ fit: GridApproximationReport) -> Value {
        .object(UniversalReportObject(fit, typeName: "GridApproximation", network: NetworkObject(fit.network), members: [
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
        .object(UniversalReportObject(report, typeName: "IndicatorNetwork", network: NetworkObject(report.network), members: [
            "inputCount": { .int(report.inputCount) },
            "hiddenUnits": { .int(report.hiddenUnits) },
            "patterns": { .matrix(report.patterns) },
            "table": { UniversalValues.numbers(report.construction.table) },
            "inputs": { .matrix(report.inputs) },
            "outputs": { UniversalValues.numbers(report.outputs) },
            "verified": { .bool(report.verified) },
            "maxError": { .double(report.maxError) },
        ]))
    }

    static func parityNetwork(_ parity: ParityNetwork) -> Value {
        let data = { try Dataset.checkedParity(bits: parity.bits, bipolar: parity.bipolar) }
        return .object(UniversalReportObject(parity, typeName: "ParityNetwork", network: NetworkObject(parity.network), members: [
            "bits": { .int(parity.bits) },
            "bipolar": { .bool(parity.bipolar) },
            "hiddenUnits": { .int(parity.hiddenUnits) },
            "hiddenLayerSizes": { UniversalValues.integers(parity.hiddenLayerSizes) },
            "xorBlocks": { .int(parity.xorBlocks) },
            "carryUnits": { .int(parity.carryUnits) },
            "verified": { .bool(parity.verified) },
            "inputs": { .matrix(try data().inputs) },
            "outputs": { UniversalValues.numbers(try parity.network.predict(try data().inputs).storage) },
            "targets": { UniversalValues.numbers(try data().targets.storage) },
        ]))
    }

    static func parityUnitCounts(_ counts: ParityUnitCounts) -> Value {
        .object(UniversalReportObject(counts, typeName: "ParityUnitCounts", members: [
            "bits": { UniversalValues.integers(counts.bits) },
            "shallowUnits": { UniversalValues.integers(counts.shallowUnits) },
            "deepUnits": { UniversalValues.integers(counts.deepUnits) },
            "deepLayers": { UniversalValues.integers(counts.deepLayers) },
            "carryUnits": { UniversalValues.integers(counts.carryUnits) },
            "verified": { .bool(counts.verified) },
            "plot": { .object(PlotObject(try counts.plot())) },
            "table": { .object(UniversalTableObject(counts.table)) },
        ]))
    }

    static func learnedVersusConstructed(_ duel: LearnedVersusConstructedReport) -> Value {
        let learned = NetworkObject(duel.network)
        let constructed = stepApproximation(duel.constructed)
        return .object(UniversalReportObject(duel, typeName: "LearnedVersusConstructed", network: learned, members: [
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
