#!/usr/bin/python3
"""What TensorBoard itself reads from ModelDsl's event files (issue 13, run logs).

Reads tests/ModelDsl.Runtime.Tests/Fixtures/runlog/events.out.tfevents.*.fixture (written by the runtime's writer:
TensorBoardFixtureTests with MODELDSL_ACCEPT_BASELINES=1) with TensorBoard's own code, and writes what it read to
Fixtures/runlog/tensorboard_read.json, which is committed (CI never runs Python):

  * every record through TensorBoard's record reader (tensorflow_stub's PyRecordReader_New), which checks the masked
    CRC-32C of each length and each record and raises DataLossError on a mismatch;
  * the first event's file_version, decoded by TensorBoard's event_pb2;
  * the scalars through plugin_event_accumulator, the accumulator behind `tensorboard --logdir` (simple_value
    summaries migrated to the scalars plugin's tensors, as the dashboard sees them).

TensorBoard is not packaged by Debian, so the script runs it from a source checkout of tensorflow/tensorboard
(checked with 2.22.0a0, commit 70b76c9) and compiles its .proto files with Debian's protoc:

    apt-get install -y protobuf-compiler python3-protobuf python3-numpy python3-absl
    /usr/bin/python3 eng/reference/tensorboard_reference.py /path/to/tensorboard-checkout
    # or, to see what TensorBoard makes of a real run (nothing written):
    /usr/bin/python3 eng/reference/tensorboard_reference.py /path/to/tensorboard-checkout --run runs/IrisMlp-20261202-203000
"""

import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "..", "tests", "ModelDsl.Runtime.Tests", "Fixtures", "runlog")


def import_tensorboard(checkout):
    """Copies the checkout's tensorboard package to a temporary folder, compiles its protos there, imports it."""
    build = tempfile.mkdtemp(prefix="tensorboard-")
    shutil.copytree(os.path.join(checkout, "tensorboard"), os.path.join(build, "tensorboard"))
    protos = [
        os.path.relpath(p, build)
        for p in glob.glob(os.path.join(build, "tensorboard", "**", "*.proto"), recursive=True)
        if "/data/server/" not in p and "/webapp/" not in p
    ]
    subprocess.run(["protoc", "--python_out=."] + protos, cwd=build, check=True)
    sys.path.insert(0, build)


def read(event_file):
    from tensorboard.backend.event_processing import plugin_event_accumulator
    from tensorboard.compat.proto import event_pb2
    from tensorboard.compat.tensorflow_stub import pywrap_tensorflow
    from tensorboard.compat.tensorflow_stub.errors import OutOfRangeError
    from tensorboard.util import tensor_util
    from tensorboard.version import VERSION

    reader = pywrap_tensorflow.PyRecordReader_New(event_file)
    records = []
    while True:
        try:
            reader.GetNext()  # DataLossError on a bad checksum
        except OutOfRangeError:
            break
        records.append(event_pb2.Event.FromString(reader.record()))

    accumulator = plugin_event_accumulator.EventAccumulator(event_file, size_guidance={"tensors": 0})
    accumulator.Reload()
    scalars = {}
    for tag in sorted(accumulator.Tags()["tensors"]):
        plugin = accumulator.SummaryMetadata(tag).plugin_data.plugin_name
        assert plugin == "scalars", (tag, plugin)
        scalars[tag] = [
            {"wall_time": e.wall_time, "step": e.step, "value": float(tensor_util.make_ndarray(e.tensor_proto).item())}
            for e in accumulator.Tensors(tag)
        ]
    return {
        "tensorboard": VERSION,
        "records": len(records),
        "file_version": records[0].file_version,
        "scalars": scalars,
    }


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    import_tensorboard(sys.argv[1])
    if "--run" in sys.argv:
        run = sys.argv[sys.argv.index("--run") + 1]
        for event_file in sorted(glob.glob(os.path.join(run, "events.out.tfevents.*"))):
            result = read(event_file)
            print(event_file, result["records"], "records")
            for tag, points in result["scalars"].items():
                print(f"  {tag}: {len(points)} points, steps {points[0]['step']}..{points[-1]['step']}, last {points[-1]['value']:.6g}")
        return
    (fixture,) = glob.glob(os.path.join(FIXTURES, "events.out.tfevents.*.fixture"))
    result = read(fixture)
    with open(os.path.join(FIXTURES, "tensorboard_read.json"), "w", encoding="utf-8") as out:
        json.dump(result, out, indent=2, ensure_ascii=False)
        out.write("\n")
    print(f"{result['records']} records, {sum(len(p) for p in result['scalars'].values())} scalars read by TensorBoard {result['tensorboard']}")


if __name__ == "__main__":
    main()
