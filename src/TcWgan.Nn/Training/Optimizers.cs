namespace TcWgan.Nn;

/// <summary>Builds the optimisers named by the options.</summary>
internal static class Optimizers
{
    public static optim.Optimizer Adversarial(IEnumerable<TorchSharp.Modules.Parameter> parameters, GanOptions options) => options.Optimizer switch
    {
        OptimizerKind.Adam => new ScalarSafeAdam.Adam(parameters, options.LearningRate, options.Beta1, options.Beta2),
        OptimizerKind.RmsProp => new ScalarSafeRmsProp.RMSProp(parameters, options.LearningRate),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Optimizer, "Unknown optimiser."),
    };
}

/// <summary>
/// TorchSharp's Adam and AdamW with every step's native Scalars held until libtorch returns. TorchSharp 0.107's own
/// steps convert β, 1 − β, √(1 − β₂ᵗ), ε and the step size implicitly, about seven Scalars per parameter per step,
/// whose finalisers a GC on another thread (the study trains two rows at once) can run mid-call (see
/// <see cref="ScalarMath"/>). The subclasses keep TorchSharp's type names, options, state and <c>save_state_dict</c>,
/// so checkpoints written before load unchanged (TorchSharp checks the type name on load).
/// </summary>
internal static class ScalarSafeAdam
{
    /// <summary>
    /// Updates every parameter of a group that has a gradient; <paramref name="advance"/> counts the parameter's step
    /// and returns it (1-based) with its first and second moments.
    /// </summary>
    public static void UpdateAll(IEnumerable<Parameter> parameters, Settings settings, Func<Parameter, (long Step, Tensor ExpAvg, Tensor ExpAvgSq)> advance)
    {
        foreach (var parameter in parameters)
        {
            if (parameter.grad is not { } grad) continue;
            var (step, expAvg, expAvgSq) = advance(parameter);
            Update(parameter, grad, step, expAvg, expAvgSq, settings);
        }
    }

    /// <summary>One Adam update of <paramref name="parameter"/> at step <paramref name="step"/> (1-based), in place.</summary>
    public static void Update(Parameter parameter, Tensor grad, long step, Tensor expAvg, Tensor expAvgSq, Settings settings)
    {
        var (beta1, beta2, epsilon, weightDecay, lr, decoupled) = settings;
        using var b1 = beta1.ToScalar();
        using var oneMinusB1 = (1 - beta1).ToScalar();
        using var b2 = beta2.ToScalar();
        using var oneMinusB2 = (1 - beta2).ToScalar();
        using var eps = epsilon.ToScalar();
        using var correction2 = Math.Sqrt(1 - Math.Pow(beta2, step)).ToScalar();
        using var stepSize = (-lr / (1 - Math.Pow(beta1, step))).ToScalar();
        if (weightDecay != 0)
        {
            using var decay = (decoupled ? 1 - lr * weightDecay : weightDecay).ToScalar();
            if (decoupled) parameter.mul_(decay);                  // AdamW: θ ← (1 − lr·λ)θ
            else grad = grad.add(parameter, decay);                       // Adam: g ← g + λθ
        }
        expAvg.mul_(b1).add_(grad, oneMinusB1);                           // m ← β₁m + (1 − β₁)g
        expAvgSq.mul_(b2).addcmul_(grad, grad, oneMinusB2);               // v ← β₂v + (1 − β₂)g²
        using var root = expAvgSq.sqrt();
        using var denominator = root.div(correction2).add_(eps);          // √v̂ + ε
        parameter.addcdiv_(expAvg, denominator, stepSize);                // θ ← θ − lr·m̂ / (√v̂ + ε)
    }

    /// <summary>A parameter group's settings at this step.</summary>
    public readonly record struct Settings(double Beta1, double Beta2, double Eps, double WeightDecay, double LearningRate, bool Decoupled)
    {
        public Settings(TorchSharp.Modules.Adam.Options o) : this(o.beta1!.Value, o.beta2!.Value, o.eps!.Value, o.weight_decay!.Value, o.LearningRate!.Value, false) { }
        public Settings(TorchSharp.Modules.AdamW.Options o) : this(o.beta1!.Value, o.beta2!.Value, o.eps!.Value, o.weight_decay!.Value, o.LearningRate!.Value, true) { }
    }

    /// <summary>Adam (the GAN's optimiser), under TorchSharp's name.</summary>
    internal sealed class Adam(IEnumerable<Parameter> parameters, double learningRate, double beta1, double beta2)
        : TorchSharp.Modules.Adam(parameters, learningRate, beta1, beta2)
    {
        public override Tensor step(Func<Tensor>? closure = null) => _step<ParamGroup>(group =>
        {
            var settings = new Settings((Options)group.Options);
            UpdateAll(group.Parameters, settings, p => { var s = (State)_state[p.Handle]; return (++s.step, s.exp_avg, s.exp_avg_sq); });
        }, closure);
    }

    /// <summary>AdamW (the supervised loop's optimiser), under TorchSharp's name.</summary>
    internal sealed class AdamW(IEnumerable<Parameter> parameters, double learningRate, double beta1, double beta2, double eps, double weightDecay)
        : TorchSharp.Modules.AdamW(parameters, learningRate, beta1, beta2, eps, weightDecay)
    {
        public override Tensor step(Func<Tensor>? closure = null) => _step<ParamGroup>(group =>
        {
            var settings = new Settings((Options)group.Options);
            UpdateAll(group.Parameters, settings, p => { var s = (State)_state[p.Handle]; return (++s.step, s.exp_avg, s.exp_avg_sq); });
        }, closure);
    }
}

/// <summary>
/// TorchSharp's RMSprop (the WGAN paper's optimiser, <see cref="OptimizerKind.RmsProp"/>) with every step's native
/// Scalars held until libtorch returns, for the reason <see cref="ScalarSafeAdam"/> gives. It keeps TorchSharp's type
/// name (TorchSharp writes it first in saved state and checks it on load), options and state, so checkpoints
/// written before load unchanged.
/// </summary>
internal static class ScalarSafeRmsProp
{
    /// <summary>RMSprop under TorchSharp's name.</summary>
    internal sealed class RMSProp(IEnumerable<Parameter> parameters, double learningRate)
        : TorchSharp.Modules.RMSProp(parameters, learningRate)
    {
        public override Tensor step(Func<Tensor>? closure = null) => _step<ParamGroup>(group =>
        {
            var o = (Options)group.Options;
            double alpha = o.alpha!.Value, momentum = o.momentum!.Value, weightDecay = o.weight_decay!.Value;
            using var smoothing = alpha.ToScalar();
            using var complement = (1 - alpha).ToScalar();
            using var minusOne = (-1).ToScalar();
            using var eps = o.eps!.Value.ToScalar();
            using var momentumFactor = momentum.ToScalar();
            using var decay = weightDecay.ToScalar();
            using var stepSize = (-o.LearningRate!.Value).ToScalar();
            foreach (var parameter in group.Parameters)
            {
                if (parameter.grad is not { } grad) continue;
                var state = (State)_state[parameter.Handle];
                if (o.maximize!.Value) grad = -grad;
                state.step += 1;
                if (weightDecay != 0) grad = grad.add(parameter, decay);                             // g ← g + λθ
                state.square_avg.mul_(smoothing).addcmul_(grad, grad, complement);                   // v ← αv + (1 − α)g²
                Tensor average;
                if (o.centered!.Value)
                {
                    state.grad_avg.mul_(smoothing).add_(grad, complement);                           // m ← αm + (1 − α)g
                    average = state.square_avg.addcmul(state.grad_avg, state.grad_avg, minusOne).sqrt_().add_(eps); // √(v − m²) + ε
                }
                else average = state.square_avg.sqrt().add_(eps);                                    // √v + ε
                if (momentum > 0)
                {
                    state.momentum_buffer.mul_(momentumFactor).addcdiv_(grad, average);              // b ← μb + g / avg
                    parameter.add_(state.momentum_buffer, stepSize);                                 // θ ← θ − lr·b
                }
                else parameter.addcdiv_(grad, average, stepSize);                                    // θ ← θ − lr·g / avg
                average.Dispose();
            }
        }, closure);
    }
}
