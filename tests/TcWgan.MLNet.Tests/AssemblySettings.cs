// libtorch spreads each call over every core; tests that train or generate run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
