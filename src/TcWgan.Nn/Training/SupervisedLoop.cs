namespace TcWgan.Nn;

/// <summary>Settings of one <see cref="SupervisedLoop"/> run.</summary>
/// <param name="Steps">Optimiser steps in all (epochs × steps per epoch, or a phase length).</param>
/// <param name="BatchSize">Rows per step.</param>
/// <param name="LearningRate">Peak AdamW learning rate.</param>
/// <param name="WeightDecay">AdamW's decoupled weight decay.</param>
/// <param name="LabelSmoothing">Cross-entropy label smoothing.</param>
/// <param name="BalanceClasses">Weight each class by N / (K · n_class), so rarer classes count as much.</param>
/// <param name="Seed">Seed of the epoch permutations and of the per-step generator reseeding.</param>
internal sealed record SupervisedSettings(long Steps, int BatchSize, double LearningRate, double WeightDecay,
    double LabelSmoothing, bool BalanceClasses, long Seed);

/// <summary>
/// The one supervised training loop of the project: the AER classifier, Q's pre-training and the face encoders' FER
/// pre-training all run through it with different networks. Epochs without replacement (a permutation per epoch,
/// seeded from (seed, epoch)), AdamW, linear warm-up over the first 10 % of steps then cosine decay to zero, label
/// smoothing and optional class weights. It is step-indexed — step s is (epoch s / steps-per-epoch, batch s mod
/// steps-per-epoch) and reseeds the device generator (dropout, masks) from (seed, s) — so a run resumed at any step
/// replays exactly. Losses and hits accumulate on the device; <see cref="TakeRunning"/> is the only host read.
/// </summary>
internal sealed class SupervisedLoop : IDisposable
{
    private const double WarmupFraction = 0.1;
    private readonly nn.Module network;
    private readonly Func<Tensor, Tensor> logitsOf;
    private readonly IBatchSource data;
    private readonly SupervisedSettings settings;
    private readonly Generator random;
    private readonly Tensor? classWeights;
    private readonly Tensor running;   // (3): Σ loss·n, Σ hits, Σ n
    private long permutationEpoch = -1;
    private long[] permutation = [];

    /// <summary>The optimiser (its state is part of a checkpoint).</summary>
    public optim.Optimizer Optimizer { get; }

    /// <summary>Steps of one pass over the rows (the last batch may be smaller; a single leftover row joins the previous batch).</summary>
    public int StepsPerEpoch { get; }

    /// <summary>Trains <paramref name="network"/>'s parameters on <paramref name="data"/>, logits from <paramref name="logitsOf"/>.</summary>
    public SupervisedLoop(nn.Module network, Func<Tensor, Tensor> logitsOf, IBatchSource data, SupervisedSettings settings,
                          Generator random, Device device)
    {
        if (data.Count < 2) throw new ArgumentException($"Training needs at least 2 rows (batch normalisation); got {data.Count}.", nameof(data));
        this.network = network;
        this.logitsOf = logitsOf;
        this.data = data;
        this.settings = settings;
        this.random = random;
        StepsPerEpoch = StepsPerEpochOf(data.Count, settings.BatchSize);
        Optimizer = new ScalarSafeAdam.AdamW(network.parameters(), settings.LearningRate, 0.9, 0.999, 1e-8, settings.WeightDecay);
        running = zeros(3, device: device);
        if (settings.BalanceClasses) classWeights = ClassWeights(data.Labels);
    }

    /// <summary>Steps of the linear learning-rate warm-up (10 % of the run, at least 1).</summary>
    public long WarmupSteps => Math.Max(1, (long)(WarmupFraction * Math.Max(1, settings.Steps)));

    /// <summary>Steps of one epoch over <paramref name="count"/> rows in batches of <paramref name="batchSize"/>.</summary>
    public static int StepsPerEpochOf(int count, int batchSize)
    {
        int batch = Math.Max(1, Math.Min(batchSize, count));
        return Math.Max(1, count / batch + (count % batch >= 2 ? 1 : 0));
    }

    /// <summary>Runs optimiser step <paramref name="step"/> (0-based over the whole run).</summary>
    public void Step(long step)
    {
        using var scope = NewDisposeScope();
        random.manual_seed(Seeds.Derive(settings.Seed, step));
        foreach (var group in Optimizer.ParamGroups) group.LearningRate = LearningRateAt(step);
        network.train();
        using var indices = BatchIndices(step);                                     // (B)
        var inputs = data.Inputs(indices);                                          // (B, …)
        var labels = data.Labels.index_select(0, indices);                          // (B)
        var logits = logitsOf(inputs);                                              // (B, K)
        var loss = nn.functional.cross_entropy(logits, labels, classWeights, label_smoothing: settings.LabelSmoothing);
        Optimizer.zero_grad();
        loss.backward();
        Optimizer.step();
        using (no_grad())
        {
            var hits = logits.argmax(1).eq(labels).sum().to_type(ScalarType.Float32);
            var n = ScalarMath.Add(zeros_like(hits), indices.shape[0]);
            running.add_(stack([ScalarMath.Mul(loss.detach(), indices.shape[0]), hits, n]), ScalarMath.One);
        }
    }

    /// <summary>Mean loss and accuracy of the steps since the last call (NaN when none); reads the device once.</summary>
    public (double Loss, double Accuracy) TakeRunning()
    {
        var values = running.cpu().data<float>().ToArray();
        running.zero_();
        return values[2] > 0 ? (values[0] / values[2], values[1] / values[2]) : (double.NaN, double.NaN);
    }

    /// <summary>The learning rate of <paramref name="step"/>: linear warm-up, then cosine decay to 0.</summary>
    public double LearningRateAt(long step)
    {
        long total = Math.Max(1, settings.Steps), warmup = WarmupSteps;
        if (step < warmup) return settings.LearningRate * (step + 1) / warmup;
        double progress = (double)(step - warmup) / Math.Max(1, total - warmup);
        return settings.LearningRate * 0.5 * (1 + Math.Cos(Math.PI * Math.Min(1, progress)));
    }

    private Tensor BatchIndices(long step)
    {
        long epoch = step / StepsPerEpoch, position = step % StepsPerEpoch;
        if (epoch != permutationEpoch)
        {
            var order = Enumerable.Range(0, data.Count).Select(i => (long)i).ToArray();
            new Random(unchecked((int)Seeds.Derive(settings.Seed, -1 - epoch))).Shuffle(order);
            permutation = order;
            permutationEpoch = epoch;
        }
        int batch = Math.Min(settings.BatchSize, data.Count);
        long start = position * batch;
        long end = position == StepsPerEpoch - 1 ? data.Count : Math.Min(data.Count, start + batch);
        using var cpu = tensor(permutation.AsSpan((int)start, (int)(end - start)).ToArray());
        return cpu.to(running.device);
    }

    /// <summary>N / (K · n_c) for every class present (0 for absent ones), K = the number of classes present.</summary>
    private static Tensor ClassWeights(Tensor labels)
    {
        using var counts = labels.bincount(null, Emotions.Count).to_type(ScalarType.Float32); // (6)
        using var zero = zeros_like(counts);
        using var present = counts.gt(zero).to_type(ScalarType.Float32);
        using var classes = present.sum();
        using var total = counts.sum();
        using var safe = ScalarMath.ClampMin(counts, 1);
        using var ratio = total / safe / classes;
        return ratio * present;                                                                // (6)
    }

    /// <summary>Accuracy and mean cross-entropy (no smoothing, no weights) of the network on <paramref name="rows"/>, in eval mode.</summary>
    public (double Loss, double Accuracy) Evaluate(IBatchSource rows)
    {
        network.eval();
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        double loss = 0, hits = 0;
        foreach (var (start, count) in Batches.Chunks(rows.Count))
        {
            var indices = ScalarMath.Range(start, start + count, running.device);
            var logits = logitsOf(rows.Inputs(indices));
            var labels = rows.Labels.index_select(0, indices);
            loss += nn.functional.cross_entropy(logits, labels, reduction: nn.Reduction.Sum).item<float>();
            hits += logits.argmax(1).eq(labels).sum().item<long>();
        }
        network.train();
        return (loss / rows.Count, hits / rows.Count);
    }

    public void Dispose()
    {
        Optimizer.Dispose();
        classWeights?.Dispose();
        running.Dispose();
    }
}
