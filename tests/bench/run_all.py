"""`make bench`: every benchmark in turn, at district and region scale."""

from __future__ import annotations

import runpy
import sys

BENCHMARKS = (
    "tests.bench.bench_engine",
    "tests.bench.bench_distribution_pure",
    "tests.bench.bench_distribution",
    "tests.bench.bench_intake",
    "tests.bench.bench_queue_screen",
)


def main() -> None:
    for module in BENCHMARKS:
        print(f"\n== {module}", flush=True)
        sys.argv = [module]
        runpy.run_module(module, run_name="__main__")


if __name__ == "__main__":
    main()
