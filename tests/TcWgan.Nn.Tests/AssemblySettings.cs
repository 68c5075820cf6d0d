// libtorch already spreads each step over every core; running several trainings at once in one process only
// oversubscribes the CPU (and concurrent trainings once tripped a libtorch Scalar check), so tests run one by one.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
