#!/usr/bin/python3
"""Time from process start to the first prediction of the NativeAOT sample (issue 6 §4: target ≤ 20 ms).

Publishes dsl-samples/AotDecisions (PublishAot) unless --no-publish, trains its model file once, then
starts the executable with --first-prediction N times and takes the wall time from spawning it to its
first line of output (the prediction), and to its exit. Prints the medians and the binary size.

    /usr/bin/python3 benchmarks/aot-startup.py [--runs 31] [--no-publish]
"""
import argparse
import os
import statistics
import subprocess
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "artifacts", "aot")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=31)
    parser.add_argument("--no-publish", action="store_true")
    args = parser.parse_args()
    exe = os.path.join(OUT, "AotDecisions")
    if not args.no_publish:
        subprocess.run(["dotnet", "publish", os.path.join(ROOT, "dsl-samples", "AotDecisions"), "-c", "Release", "-o", OUT], check=True)
    subprocess.run([exe, "train"], check=True, stdout=subprocess.DEVNULL)
    to_line, to_exit, inside = [], [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        process = subprocess.Popen([exe, "--first-prediction"], stdout=subprocess.PIPE, text=True)
        line = process.stdout.readline()
        first = time.perf_counter()
        process.wait()
        end = time.perf_counter()
        to_line.append((first - start) * 1000)
        to_exit.append((end - start) * 1000)
        inside.append(float(line.split()[1]))
    load = os.getloadavg()
    print(f"binary {os.path.getsize(exe) / 1e6:.2f} MB; {args.runs} runs; load average {load[0]:.2f}")
    print(f"process start -> first prediction printed: median {statistics.median(to_line):.1f} ms (min {min(to_line):.1f})")
    print(f"process start -> exit:                     median {statistics.median(to_exit):.1f} ms (min {min(to_exit):.1f})")
    print(f"Main -> first prediction (in process):     median {statistics.median(inside):.2f} ms (min {min(inside):.2f})")


if __name__ == "__main__":
    main()
