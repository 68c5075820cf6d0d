namespace TcWgan.Demo;

/// <summary>
/// Everything one clip is made of before encoding: the utterance, the expression, the per-frame mouth opening
/// and head poses, and the scene. Fully determined by (seed, clip id); frames are drawn on demand.
/// </summary>
public sealed class ClipContent
{
    private ClipContent(ClipSpec spec, double expressionScale, Utterance utterance, Expression expression,
        SceneStyle scene, IReadOnlyList<FacePose> poses, double[] mouth, int frameRate)
    {
        Spec = spec;
        ExpressionScale = expressionScale;
        Utterance = utterance;
        Expression = expression;
        Scene = scene;
        Poses = poses;
        MouthOpening = mouth;
        FrameRate = frameRate;
    }

    /// <summary>Relative spread of the per-take voice variation (see <see cref="VoiceStyle.Perturbed"/>).</summary>
    public const double TakeVariation = 0.1;

    public ClipSpec Spec { get; }
    /// <summary>
    /// Deviation from neutral shared by voice and face: intensity scale × actor expressiveness × a per-clip
    /// log-normal factor (σ = 0.15).
    /// </summary>
    public double ExpressionScale { get; }
    public Utterance Utterance { get; }
    /// <summary>The face's expression (already scaled).</summary>
    public Expression Expression { get; }
    /// <summary>Background and light.</summary>
    public SceneStyle Scene { get; }
    /// <summary>Head pose per frame.</summary>
    public IReadOnlyList<FacePose> Poses { get; }
    /// <summary>Mouth opening per frame in [0, 1], from the utterance's own level (<see cref="MouthTrack"/>).</summary>
    public double[] MouthOpening { get; }
    public int FrameRate { get; }
    /// <summary>Number of video frames (= duration · frame rate).</summary>
    public int FrameCount => MouthOpening.Length;

    /// <summary>Builds the content of a clip from the master seed; the clip's own RNG is seeded from (seed, id).</summary>
    public static ClipContent Create(ClipSpec spec, int seed, VoiceSynthesizer voice, int frameRate = DemoDefaults.FrameRate)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(voice);
        var rng = Seeds.Rng(seed, "clip:" + spec.Id);
        double scale = spec.Intensity.Scale() * spec.Actor.Expressiveness * Math.Exp(0.15 * rng.NextGaussian());
        var style = VoiceStyle.For(spec.Emotion).Scaled(scale).Perturbed(rng, TakeVariation);
        var utterance = voice.SynthesizeUtterance(spec.Actor, style, spec.Sentence, rng);
        var expression = Expression.For(spec.Emotion).Scaled(scale);
        var mouth = MouthTrack.Opening(utterance.Samples, utterance.SampleRate, frameRate);
        var scene = SceneStyle.Random(rng);
        var poses = Motion(spec.Emotion, scale, mouth.Length, frameRate, rng);
        return new ClipContent(spec, scale, utterance, expression, scene, poses, mouth, frameRate);
    }

    /// <summary>Renders frame <paramref name="index"/> as RGBA bytes, (Height, Width, 4).</summary>
    public byte[] RenderFrame(FaceRenderer renderer, int index)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        return renderer.RenderRgba(Spec.Actor, Expression, MouthOpening[index], Poses[index], Scene);
    }

    /// <summary>All frames in order, drawn lazily.</summary>
    public IEnumerable<byte[]> Frames(FaceRenderer renderer)
    {
        for (int k = 0; k < FrameCount; k++) yield return RenderFrame(renderer, k);
    }

    /// <summary>
    /// Small head motion: slow sway and roll with random phases, a head drop for sadness and a lean-in for anger
    /// (scaled by intensity), and zero to two 4-frame blinks.
    /// </summary>
    private static FacePose[] Motion(Emotion emotion, double scale, int frames, int frameRate, Random rng)
    {
        double px = rng.Uniform(0, 2 * Math.PI), py = rng.Uniform(0, 2 * Math.PI), pr = rng.Uniform(0, 2 * Math.PI);
        double fx = rng.Uniform(0.3, 0.7), fy = rng.Uniform(0.4, 0.9), fr = rng.Uniform(0.2, 0.6);
        double ax = rng.Uniform(1, 3), ay = rng.Uniform(0.5, 1.5), ar = rng.Uniform(1, 3);
        double drop = emotion == Emotion.Sadness ? 4 * scale : 0;
        double lean = emotion == Emotion.Anger ? 0.04 * scale : 0;
        int blinks = rng.Next(3);
        var blinkStarts = Enumerable.Range(0, blinks).Select(_ => rng.Next(Math.Max(1, frames - 4))).ToArray();
        var poses = new FacePose[frames];
        for (int k = 0; k < frames; k++)
        {
            double t = (double)k / frameRate;
            double blink = 0;
            foreach (int b in blinkStarts)
                if (k >= b && k < b + 4) blink = Math.Max(blink, Math.Sin(Math.PI * (k - b + 0.5) / 4));
            poses[k] = new FacePose(
                ax * Math.Sin(2 * Math.PI * fx * t + px),
                drop + ay * Math.Sin(2 * Math.PI * fy * t + py),
                ar * Math.Sin(2 * Math.PI * fr * t + pr),
                1 + lean + 0.01 * Math.Sin(2 * Math.PI * 0.5 * t + px),
                blink);
        }
        return poses;
    }
}
