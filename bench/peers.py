#!/usr/bin/env python3
"""The pandas / scikit-learn side of `clientele-bench peers` (a benchmark, not a test).

  peers.py check          prints pandas=VERSION and sklearn=VERSION (empty when not installed)
  peers.py rfm CSV        pandas: read_csv, RFM per customer with quintile scores
  peers.py rfm CSV --kmeans
                          ... then scikit-learn KMeans(k=5, n_init=10) on the standardised log1p
                          recency/frequency/monetary features, the features Clientele clusters on

Prints key=value lines (seconds, customers, peak RSS in KiB before k-means); the caller measures the
process's wall time and peak RSS itself.
"""
import resource
import sys
import time


def check():
    for name in ("pandas", "sklearn"):
        try:
            module = __import__(name)
            print(f"{name}={module.__version__}")
        except ImportError:
            print(f"{name}=")


def rfm(csv, kmeans):
    import numpy as np
    import pandas as pd

    t0 = time.perf_counter()
    # What a user types first: the whole file, then the timestamps parsed with their known format.
    orders = pd.read_csv(csv)
    orders["order_time"] = pd.to_datetime(orders["order_time"], format="%Y-%m-%d %H:%M:%S")
    t1 = time.perf_counter()
    completed = orders[orders["status"] == "completed"]
    per_customer = completed.groupby("customer_id").agg(
        last_order=("order_time", "max"), frequency=("order_id", "size"), monetary=("amount", "sum"))
    as_of = completed["order_time"].max().normalize()
    per_customer["recency"] = (as_of - per_customer["last_order"].dt.normalize()).dt.days
    # Quintile scores; rank first so ties do not collapse the bins.
    per_customer["r"] = pd.qcut((-per_customer["recency"]).rank(method="first"), 5, labels=False) + 1
    per_customer["f"] = pd.qcut(per_customer["frequency"].rank(method="first"), 5, labels=False) + 1
    per_customer["m"] = pd.qcut(per_customer["monetary"].rank(method="first"), 5, labels=False) + 1
    t2 = time.perf_counter()
    print(f"read_seconds={t1 - t0:.3f}")
    print(f"rfm_seconds={t2 - t1:.3f}")
    print(f"customers={len(per_customer)}")
    print(f"orders={len(completed)}")
    print(f"rss_kib_before_kmeans={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
    sys.stdout.flush()
    if not kmeans:
        return
    from sklearn.cluster import KMeans

    features = np.log1p(np.column_stack([
        per_customer["recency"].to_numpy(dtype=np.float64),
        per_customer["frequency"].to_numpy(dtype=np.float64),
        np.maximum(per_customer["monetary"].to_numpy(dtype=np.float64), 0.0)]))
    sd = features.std(axis=0)
    features = (features - features.mean(axis=0)) / np.where(sd > 0, sd, 1.0)
    del orders, completed
    t3 = time.perf_counter()
    model = KMeans(n_clusters=5, n_init=10, random_state=1).fit(features)
    t4 = time.perf_counter()
    print(f"kmeans_seconds={t4 - t3:.3f}")
    print(f"kmeans_inertia={model.inertia_:.1f}")
    print(f"kmeans_iterations={model.n_iter_}")


def main():
    if len(sys.argv) >= 2 and sys.argv[1] == "check":
        check()
    elif len(sys.argv) >= 3 and sys.argv[1] == "rfm":
        rfm(sys.argv[2], "--kmeans" in sys.argv[3:])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
