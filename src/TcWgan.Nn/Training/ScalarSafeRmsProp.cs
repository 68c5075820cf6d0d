namespace TcWgan.Nn;

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
