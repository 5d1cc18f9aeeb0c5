import Foundation
import CFuzzDriver

// SwiftPM starts an executable at its module's entry point, not at libFuzzer's `main`, so the
// entry point hands the command line to libFuzzer's driver with `fuzzNotebook` as the target.
var argumentCount = CommandLine.argc
var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argumentCount, &arguments) { data, size in fuzzNotebook(data!, size) })
