#!/usr/bin/python3
"""Python side of the reducer benchmark: times umap-learn or scikit-learn's t-SNE on a Contour
image CSV (id,label,p0,p1,...) and writes the 2-D coordinates of the last run for the Java side,
which computes the quality figure for both. Run by ReducerBenchmark, not by hand; one JSON line
per timed fit on stdout.

Debian packages: umap-learn (0.5.3) and python3-sklearn (1.2.1). Use /usr/bin/python3.
"""
import argparse
import gzip
import json
import sys
import time
import warnings

import numpy as np


def load(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt") as f:
        header = f.readline().rstrip("\n").split(",")
        first_pixel = header.index("p0")
        return np.loadtxt(f, delimiter=",", usecols=range(first_pixel, len(header)), dtype=np.float64)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--method", choices=["umap", "tsne"], required=True)
    parser.add_argument("--runs", type=int, default=1, help="fits in this one process (the first pays numba's JIT)")
    parser.add_argument("--n-neighbors", type=int, default=15)
    parser.add_argument("--min-dist", type=float, default=0.1)
    parser.add_argument("--n-epochs", type=int, default=200)
    parser.add_argument("--perplexity", type=float, default=30.0)
    parser.add_argument("--iterations", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--out", required=True, help="CSV file for the coordinates of the last fit")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")

    x = load(args.data)
    print(json.dumps({"event": "loaded", "rows": x.shape[0], "columns": x.shape[1]}), flush=True)
    # Imported here, timed apart: importing umap compiles part of its numba code.
    t0 = time.perf_counter()
    if args.method == "umap":
        import umap
        version = umap.__version__ if hasattr(umap, "__version__") else "?"
    else:
        import sklearn
        from sklearn.manifold import TSNE
        version = sklearn.__version__
    print(json.dumps({"event": "import", "seconds": time.perf_counter() - t0, "version": version}), flush=True)
    embedding = None
    for run in range(args.runs):
        t0 = time.perf_counter()
        if args.method == "umap":
            model = umap.UMAP(n_neighbors=args.n_neighbors, min_dist=args.min_dist, n_epochs=args.n_epochs,
                              n_components=2, metric="euclidean", random_state=args.seed)
            embedding = model.fit_transform(x)
        else:
            model = TSNE(n_components=2, perplexity=args.perplexity, n_iter=args.iterations,
                         early_exaggeration=12.0, learning_rate="auto", init="pca", method="barnes_hut",
                         angle=0.5, random_state=args.seed)
            embedding = model.fit_transform(x)
        seconds = time.perf_counter() - t0
        print(json.dumps({"event": "fit", "method": args.method, "run": run + 1, "seconds": seconds,
                          "version": version}),
              flush=True)
    np.savetxt(args.out, embedding, delimiter=",", fmt="%.9g")
    return 0


if __name__ == "__main__":
    sys.exit(main())
