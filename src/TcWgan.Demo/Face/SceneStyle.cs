using SkiaSharp;

namespace TcWgan.Demo;

/// <summary>Per-clip surroundings: background gradient, light direction and overall brightness.</summary>
/// <param name="BackgroundTop">Background colour at the top.</param>
/// <param name="BackgroundBottom">Background colour at the bottom.</param>
/// <param name="LightX">Light direction, −1 (from the left) … 1 (from the right).</param>
/// <param name="LightY">Light direction, −1 (from above) … 1 (from below).</param>
/// <param name="Brightness">Exposure offset, −0.15 … 0.15.</param>
/// <param name="Clothing">Shirt colour.</param>
public sealed record SceneStyle(SKColor BackgroundTop, SKColor BackgroundBottom, double LightX, double LightY,
    double Brightness, SKColor Clothing)
{
    /// <summary>A random muted background and light for one clip.</summary>
    public static SceneStyle Random(Random rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        double hue = rng.Uniform(0, 360), sat = rng.Uniform(5, 25), val = rng.Uniform(40, 65);
        var top = SKColor.FromHsv((float)hue, (float)sat, (float)val);
        var bottom = SKColor.FromHsv((float)hue, (float)sat, (float)(val * 0.7));
        var clothing = SKColor.FromHsv((float)rng.Uniform(0, 360), (float)rng.Uniform(20, 60), (float)rng.Uniform(25, 60));
        return new SceneStyle(top, bottom, rng.Uniform(-0.6, 0.6), rng.Uniform(-0.7, -0.1), rng.Uniform(-0.1, 0.1), clothing);
    }
}
