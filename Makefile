# The two set-up commands are `make demo` and `make test`; both install what is missing first.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Release

.PHONY: all bootstrap build demo test bench clean fuzz test-asan

all: build

bootstrap:
	@scripts/bootstrap.sh

build: bootstrap
	@cmake -S . -B $(BUILD) $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@scripts/demo.sh $(BUILD)

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# libFuzzer targets with clang, ASan and UBSan, FUZZ_SECONDS each (docs/robustness.md).
FUZZ_SECONDS ?= 60
fuzz:
	@scripts/bootstrap.sh --fuzz
	@JOBS=$(JOBS) scripts/fuzz.sh build-fuzzclang $(FUZZ_SECONDS)

# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer.
test-asan: bootstrap
	@JOBS=$(JOBS) scripts/test_asan.sh build-asan

bench: build
	@scripts/bench.sh $(BUILD)

clean:
	rm -rf $(BUILD)
