"""The Fashion-MNIST MLP 784-512-10 in PyTorch (Debian python3-torch, 1.13, CPU): the reference side of
benchmarks/Networks (issue 4, section 7). Same data (the Debian dataset-fashion-mnist idx files, pixels / 255 in
float32), same batch order (the order file ModelDsl.Benchmarks.Networks writes), same thread count, Adam lr 0.001,
batch 64, cross-entropy. Prints one JSON line like the .NET sides. Run by ../run.sh; CI never runs it.

    /usr/bin/python3 pytorch_fashion.py --epochs 5 --order results/order.bin [--threads 2]
"""
import argparse
import gzip
import json
import os
import resource
import struct
import time

import numpy as np
import torch


def read_idx(path):
    # The idx format (see Idx in Program.cs): magic 0,0,type 0x08,ndim; big-endian int32 dims; unsigned bytes.
    with gzip.open(path, "rb") as f:
        zero, kind, ndim = struct.unpack(">HBB", f.read(4))
        if zero != 0 or kind != 0x08:
            raise ValueError(f"{path} is not an idx file of unsigned bytes")
        dims = struct.unpack(">" + "i" * ndim, f.read(4 * ndim))
        data = np.frombuffer(f.read(), dtype=np.uint8)
    if data.size != int(np.prod(dims)):
        raise ValueError(f"{path} is truncated")
    return data.reshape(dims)


def load(folder, prefix):
    images = read_idx(os.path.join(folder, f"{prefix}-images-idx3-ubyte.gz"))
    labels = read_idx(os.path.join(folder, f"{prefix}-labels-idx1-ubyte.gz"))
    pixels = images.reshape(len(images), 784).astype(np.float32) / np.float32(255)
    return torch.from_numpy(pixels), torch.from_numpy(labels.astype(np.int64))


class Mlp(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = torch.nn.Linear(784, 512)
        self.relu = torch.nn.ReLU()
        self.fc2 = torch.nn.Linear(512, 10)

    def forward(self, x):
        return self.fc2(self.relu(self.fc1(x)))


def working_set_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // (1024 * 1024)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--order", default="results/order.bin")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--data", default=os.environ.get("FASHION_MNIST", "/usr/share/datasets/fashion-mnist"))
    args = parser.parse_args()
    torch.set_num_threads(args.threads)

    x, y = load(args.data, "train")
    xt, yt = load(args.data, "t10k")
    n = len(y)
    order = np.fromfile(args.order, dtype="<i4")
    if order.size < args.epochs * n:
        raise ValueError(f"{args.order} holds fewer than {args.epochs} epochs of {n} rows")
    order = torch.from_numpy(order[: args.epochs * n].astype(np.int64).reshape(args.epochs, n))

    result = {"Side": "pytorch", "Threads": torch.get_num_threads(), "Version": torch.__version__,
              "EpochSeconds": [], "EpochCpuSeconds": [], "TrainLoss": [], "WorkingSetMB": []}
    start = time.perf_counter()
    torch.manual_seed(1)
    model = Mlp()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.001)
    loss_fn = torch.nn.CrossEntropyLoss()
    batch_size = 64
    result["SetupSeconds"] = time.perf_counter() - start
    for epoch in range(args.epochs):
        epoch_start = time.perf_counter()
        epoch_cpu = time.process_time()
        model.train()
        indices = order[epoch]
        total = 0.0
        for at in range(0, n, batch_size):
            batch = indices[at:at + batch_size]
            data = x.index_select(0, batch)
            target = y.index_select(0, batch)
            optimizer.zero_grad()
            output = loss_fn(model(data), target)
            output.backward()
            optimizer.step()
            total += output.item() * len(batch)
        result["EpochSeconds"].append(time.perf_counter() - epoch_start)
        result["EpochCpuSeconds"].append(time.process_time() - epoch_cpu)
        result["TrainLoss"].append(total / n)
        result["WorkingSetMB"].append(working_set_mb())
    result["TotalSeconds"] = time.perf_counter() - start
    model.eval()
    with torch.no_grad():
        result["TestAccuracy"] = (model(xt).argmax(1) == yt).double().mean().item()
    result["PeakWorkingSetMB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024  # VmHWM, KiB on Linux
    print(json.dumps(result))


if __name__ == "__main__":
    main()
