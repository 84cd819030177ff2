#include "CFuzzDriver.h"

// Defined by libclang_rt.fuzzer (linked by -sanitize=fuzzer).
extern int LLVMFuzzerRunDriver(int *argc, char ***argv,
                               int (*user_callback)(const uint8_t *data, size_t size));

int qn_fuzz_run_driver(int argc, char **argv,
                       int (*test_one_input)(const uint8_t *data, size_t size)) {
  return LLVMFuzzerRunDriver(&argc, &argv, test_one_input);
}
