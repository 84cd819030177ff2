// Starts libFuzzer from a fuzz target's own entry point.
//
// SwiftPM links every executable on Linux with `--defsym main=<module>_main`, so libFuzzer's
// `main` is never the entry point and `-parse-as-library` alone leaves `<module>_main`
// undefined. Each target therefore defines `<module>_main` and hands its test function to
// libFuzzer's driver (`LLVMFuzzerRunDriver`, in the runtime `-sanitize=fuzzer` links).
#ifndef CFUZZDRIVER_H
#define CFUZZDRIVER_H

#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer with the process's arguments and `test_one_input` as the target; returns
/// libFuzzer's exit status.
int qn_fuzz_run_driver(int argc, char **argv,
                       int (*test_one_input)(const uint8_t *data, size_t size));

#endif
