using SkiaSharp;

namespace TcWgan.Demo;

/// <summary>
/// Draws a frontal cartoon face with SkiaSharp: head, hair, ears, shaded eye sockets, eyes, brows, nose shadow
/// and nostrils, lips and an opening mouth, on a lit background. Geometry is in head units (half the head height),
/// so one set of shapes serves every frame size. One instance per thread (it reuses a bitmap).
/// </summary>
public sealed class FaceRenderer : IDisposable
{
    /// <summary>Colour of the open mouth's interior; nothing else in a frame is drawn this dark purple-red.</summary>
    public static readonly SKColor MouthInterior = new(96, 6, 44);

    private readonly SKBitmap _bitmap;
    private readonly SKCanvas _canvas;

    /// <summary>A renderer for frames of <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public FaceRenderer(int width = DemoDefaults.Width, int height = DemoDefaults.Height)
    {
        if (width < 32 || height < 32) throw new ArgumentOutOfRangeException(nameof(width), "Frames must be at least 32×32.");
        Width = width;
        Height = height;
        _bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        _canvas = new SKCanvas(_bitmap);
    }

    public int Width { get; }
    public int Height { get; }

    /// <summary>
    /// Renders one frame and returns its pixels: RGBA, 8 bits each, row-major, (Height, Width, 4), alpha 255.
    /// </summary>
    /// <param name="actor">Who.</param>
    /// <param name="expression">Facial actions (already scaled by intensity).</param>
    /// <param name="mouthOpen">Speech mouth opening, 0 closed … 1 widest.</param>
    /// <param name="pose">Head placement and blink.</param>
    /// <param name="scene">Background and light.</param>
    public byte[] RenderRgba(ActorProfile actor, Expression expression, double mouthOpen, FacePose pose, SceneStyle scene)
    {
        Draw(_canvas, actor, expression, mouthOpen, pose, scene);
        _canvas.Flush();
        return _bitmap.GetPixelSpan().ToArray();
    }

    /// <summary>Renders one frame into a new bitmap owned by the caller.</summary>
    public SKBitmap Render(ActorProfile actor, Expression expression, double mouthOpen, FacePose pose, SceneStyle scene)
    {
        var bitmap = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        Draw(canvas, actor, expression, mouthOpen, pose, scene);
        canvas.Flush();
        return bitmap;
    }

    /// <summary>Draws one frame on <paramref name="canvas"/> (which must be <see cref="Width"/> × <see cref="Height"/>).</summary>
    public void Draw(SKCanvas canvas, ActorProfile actor, Expression expression, double mouthOpen, FacePose pose, SceneStyle scene)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(pose);
        ArgumentNullException.ThrowIfNull(scene);
        mouthOpen = Math.Clamp(mouthOpen, 0, 1);
        DrawBackground(canvas, scene);

        float r = (float)(0.36 * Height * pose.Scale);
        canvas.Save();
        canvas.Translate((float)(Width / 2.0 + pose.OffsetX), (float)(Height * 0.47 + pose.OffsetY));
        canvas.RotateDegrees((float)pose.RollDegrees);
        canvas.Scale(r);

        var e = expression;
        float a = (float)actor.HeadAspect;
        double jawDrop = 0.25 * Opening(e, mouthOpen);
        DrawBody(canvas, actor, scene, a);
        if (actor.HairStyle == 1) DrawLongHairBack(canvas, actor, a);
        DrawEars(canvas, actor, a);
        using var head = HeadPath(a, (float)actor.JawWidth, (float)jawDrop);
        DrawHead(canvas, actor, scene, head);
        DrawHairTop(canvas, actor, a);
        DrawEyes(canvas, actor, e, pose.Blink, a);
        DrawBrows(canvas, actor, e, a);
        DrawNose(canvas, actor, e, scene);
        DrawCheeks(canvas, actor, e, a);
        DrawMouth(canvas, actor, e, mouthOpen);
        canvas.Restore();

        if (Math.Abs(scene.Brightness) > 1e-6)
        {
            using var exposure = new SKPaint
            {
                Color = scene.Brightness > 0
                    ? new SKColor(255, 255, 255, (byte)(255 * Math.Min(0.5, scene.Brightness)))
                    : new SKColor(0, 0, 0, (byte)(255 * Math.Min(0.5, -scene.Brightness))),
            };
            canvas.DrawRect(0, 0, Width, Height, exposure);
        }
    }

    /// <summary>Gap between the lips in head units for an expression and speech opening.</summary>
    private static double Opening(Expression e, double mouthOpen) =>
        Math.Clamp(0.08 * e.JawBase + 0.15 * mouthOpen * (1 - 0.4 * e.LipPress), 0, 0.2);

    private void DrawBackground(SKCanvas canvas, SceneStyle scene)
    {
        using var shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, Height),
            [scene.BackgroundTop, scene.BackgroundBottom], null, SKShaderTileMode.Clamp);
        using var paint = new SKPaint { Shader = shader };
        canvas.DrawRect(0, 0, Width, Height, paint);
    }

    private static void DrawBody(SKCanvas canvas, ActorProfile actor, SceneStyle scene, float a)
    {
        using var neck = Fill(Shade(actor.Skin, 0.78));
        canvas.DrawRect(-a * 0.45f, 0.5f, a * 0.9f, 0.9f, neck);
        using var shirt = Fill(scene.Clothing);
        canvas.DrawOval(0, 1.75f, 1.55f, 0.55f, shirt);
    }

    private static void DrawLongHairBack(SKCanvas canvas, ActorProfile actor, float a)
    {
        using var paint = Fill(Shade(actor.Hair, 0.85));
        using var path = new SKPath();
        path.MoveTo(-a * 1.12f, -0.2f);
        path.CubicTo(-a * 1.25f, -1.25f, a * 1.25f, -1.25f, a * 1.12f, -0.2f);
        path.LineTo(a * 1.15f, 0.95f);
        path.LineTo(-a * 1.15f, 0.95f);
        path.Close();
        canvas.DrawPath(path, paint);
    }

    private static void DrawEars(SKCanvas canvas, ActorProfile actor, float a)
    {
        using var paint = Fill(Shade(actor.Skin, 0.85));
        canvas.DrawOval(-a * 0.97f, 0.0f, 0.1f, 0.2f, paint);
        canvas.DrawOval(a * 0.97f, 0.0f, 0.1f, 0.2f, paint);
    }

    private static SKPath HeadPath(float a, float jaw, float jawDrop)
    {
        float chin = 1.0f + jawDrop;
        var path = new SKPath();
        path.MoveTo(0, -1);
        path.CubicTo(a * 0.62f, -1, a, -0.62f, a, -0.12f);
        path.CubicTo(a, 0.35f, a * jaw, 0.72f + jawDrop * 0.5f, a * 0.32f, chin - 0.04f);
        path.QuadTo(0, chin + 0.02f, -a * 0.32f, chin - 0.04f);
        path.CubicTo(-a * jaw, 0.72f + jawDrop * 0.5f, -a, 0.35f, -a, -0.12f);
        path.CubicTo(-a, -0.62f, -a * 0.62f, -1, 0, -1);
        path.Close();
        return path;
    }

    private static void DrawHead(SKCanvas canvas, ActorProfile actor, SceneStyle scene, SKPath head)
    {
        var centre = new SKPoint((float)(scene.LightX * 0.45), (float)(-0.25 + scene.LightY * 0.25));
        using var shader = SKShader.CreateRadialGradient(centre, 1.45f,
            [Shade(actor.Skin, 1.1), actor.Skin, Shade(actor.Skin, 0.7)], [0f, 0.45f, 1f], SKShaderTileMode.Clamp);
        using var paint = new SKPaint { IsAntialias = true, Shader = shader };
        canvas.DrawPath(head, paint);
    }

    private static void DrawHairTop(SKCanvas canvas, ActorProfile actor, float a)
    {
        using var paint = Fill(actor.Hair);
        using var path = new SKPath();
        float hairline = actor.HairStyle == 2 ? -0.72f : -0.58f;
        float lift = actor.HairStyle == 2 ? 0.02f : 0.08f;
        path.MoveTo(-a * 1.02f, -0.05f);
        path.CubicTo(-a * 1.08f, -1.3f - lift, a * 1.08f, -1.3f - lift, a * 1.02f, -0.05f);
        path.LineTo(a * 0.9f, -0.1f);
        path.QuadTo(a * 0.8f, hairline, a * 0.2f, hairline);
        path.QuadTo(-a * 0.1f, hairline + 0.06f, -a * 0.5f, hairline - 0.02f);
        path.QuadTo(-a * 0.85f, hairline + 0.05f, -a * 0.9f, -0.1f);
        path.Close();
        if (actor.HairStyle == 2) paint.Color = paint.Color.WithAlpha(200);
        canvas.DrawPath(path, paint);
    }

    private static void DrawEyes(SKCanvas canvas, ActorProfile actor, Expression e, double blink, float a)
    {
        float size = (float)actor.EyeSize;
        float open = (float)(Math.Clamp(e.EyeOpen, 0.25, 1.6) * (1 - Math.Clamp(blink, 0, 1)));
        var socketDark = Shade(actor.Skin, 0.55);
        var lash = new SKColor(25, 18, 15);
        foreach (float side in new[] { -1f, 1f })
        {
            float cx = side * (float)actor.EyeSpacing * a, cy = -0.12f;
            // Shaded socket under the brow ridge: darker than forehead and cheeks (what a frontal-face detector keys on).
            // The socket follows raised brows up, so the eye band stays dark in surprise-like faces.
            float socketY = cy - 0.04f - 0.05f * (float)Math.Max(0, e.BrowRaise);
            using (var socket = SKShader.CreateRadialGradient(new SKPoint(cx, socketY), 0.26f,
                       [socketDark.WithAlpha(245), socketDark.WithAlpha(170), socketDark.WithAlpha(0)], [0f, 0.55f, 1f],
                       SKShaderTileMode.Clamp))
            using (var paint = new SKPaint { IsAntialias = true, Shader = socket })
                canvas.DrawOval(cx, socketY, 0.27f, 0.21f + 0.04f * (float)Math.Max(0, e.BrowRaise), paint);

            float rx = 0.12f * size, ry = 0.065f * size * open;
            if (ry > 0.006f)
            {
                using var eyeShape = new SKPath();
                eyeShape.AddOval(new SKRect(cx - rx, cy - ry, cx + rx, cy + ry));
                using var white = Fill(new SKColor(205, 200, 192));
                canvas.DrawPath(eyeShape, white);
                canvas.Save();
                canvas.ClipPath(eyeShape, antialias: true);
                using var iris = Fill(new SKColor(70, 50, 35));
                canvas.DrawCircle(cx, cy, 0.058f * size, iris);
                using var pupil = Fill(new SKColor(8, 8, 8));
                canvas.DrawCircle(cx, cy, 0.028f * size, pupil);
                // Cheek raise pushes the lower lid up.
                if (e.CheekRaise > 0)
                {
                    using var lid = Fill(Shade(actor.Skin, 0.8));
                    canvas.DrawOval(cx, cy + ry + 0.06f - (float)(0.05 * e.CheekRaise) * size, rx * 1.2f, 0.06f, lid);
                }
                canvas.Restore();
            }
            using var lashPaint = Stroke(lash, 0.03f, round: true);
            using var crease = Stroke(socketDark.WithAlpha(220), 0.03f);
            using var creasePath = new SKPath();
            float creaseY = cy - Math.Max(ry, 0.03f) - 0.035f;
            creasePath.MoveTo(cx - rx * 1.1f, creaseY + 0.03f);
            creasePath.QuadTo(cx, creaseY - 0.03f, cx + rx * 1.1f, creaseY + 0.03f);
            canvas.DrawPath(creasePath, crease);
            using var upper = new SKPath();
            upper.MoveTo(cx - rx * 1.05f, cy);
            upper.QuadTo(cx, cy - 2 * Math.Max(ry, 0.004f), cx + rx * 1.05f, cy);
            canvas.DrawPath(upper, lashPaint);
        }
    }

    private static void DrawBrows(SKCanvas canvas, ActorProfile actor, Expression e, float a)
    {
        using var paint = Stroke(Shade(actor.Hair, 0.7), (float)(0.055 * actor.BrowThickness), round: true);
        float baseY = (float)(-0.33 - 0.06 * e.BrowRaise);
        foreach (float side in new[] { -1f, 1f })
        {
            float eye = side * (float)actor.EyeSpacing * a;
            float innerX = eye - side * 0.15f, outerX = eye + side * 0.17f;
            float innerY = baseY - (float)(0.06 * e.BrowInner), outerY = baseY + (float)(0.03 * e.BrowInner) + 0.02f;
            using var path = new SKPath();
            path.MoveTo(innerX, innerY);
            path.QuadTo(eye, Math.Min(innerY, outerY) - 0.05f, outerX, outerY);
            canvas.DrawPath(path, paint);
        }
        if (e.BrowInner < -0.3)
        {
            // Vertical furrows between lowered brows.
            using var furrow = Stroke(Shade(actor.Skin, 0.65).WithAlpha((byte)(200 * Math.Min(1, -e.BrowInner))), 0.018f);
            canvas.DrawLine(-0.04f, baseY + 0.02f, -0.03f, baseY + 0.12f, furrow);
            canvas.DrawLine(0.04f, baseY + 0.02f, 0.03f, baseY + 0.12f, furrow);
        }
    }

    private static void DrawNose(SKCanvas canvas, ActorProfile actor, Expression e, SceneStyle scene)
    {
        float side = scene.LightX >= 0 ? -1f : 1f; // shadow falls away from the light
        using var shadowPaint = Fill(Shade(actor.Skin, 0.68).WithAlpha(170));
        using var shadow = new SKPath();
        shadow.MoveTo(side * 0.03f, -0.08f);
        shadow.QuadTo(side * 0.09f, 0.1f, side * 0.1f, 0.22f);
        shadow.LineTo(side * 0.02f, 0.24f);
        shadow.QuadTo(side * 0.05f, 0.08f, side * 0.01f, -0.08f);
        shadow.Close();
        canvas.DrawPath(shadow, shadowPaint);

        float lift = (float)(0.025 * e.NoseWrinkle);
        using var tip = Stroke(Shade(actor.Skin, 0.6).WithAlpha(200), 0.025f, round: true);
        using var bottom = new SKPath();
        bottom.MoveTo(-0.1f, 0.2f - lift);
        bottom.QuadTo(0, 0.29f - lift, 0.1f, 0.2f - lift);
        canvas.DrawPath(bottom, tip);
        using var nostril = Fill(Shade(actor.Skin, 0.35));
        canvas.DrawOval(-0.05f, 0.235f - lift, 0.028f, 0.016f, nostril);
        canvas.DrawOval(0.05f, 0.235f - lift, 0.028f, 0.016f, nostril);
        if (e.NoseWrinkle > 0.1)
        {
            using var wrinkle = Stroke(Shade(actor.Skin, 0.6).WithAlpha((byte)(220 * Math.Min(1, e.NoseWrinkle))), 0.015f);
            for (int k = 0; k < 3; k++)
            {
                float y = -0.06f + 0.035f * k;
                canvas.DrawLine(-0.06f, y, 0.06f, y - 0.005f, wrinkle);
            }
        }
    }

    private static void DrawCheeks(SKCanvas canvas, ActorProfile actor, Expression e, float a)
    {
        double fold = Math.Max(e.CheekRaise, e.NoseWrinkle);
        if (fold > 0.05)
        {
            using var paint = Stroke(Shade(actor.Skin, 0.62).WithAlpha((byte)(210 * Math.Min(1, fold))), 0.022f, round: true);
            foreach (float side in new[] { -1f, 1f })
            {
                using var path = new SKPath();
                path.MoveTo(side * 0.13f, 0.2f);
                path.QuadTo(side * 0.3f, 0.32f, side * 0.27f, 0.55f);
                canvas.DrawPath(path, paint);
            }
        }
        if (e.CheekRaise > 0.05)
        {
            using var blush = Fill(Shade(actor.Skin, 1.12).WithAlpha((byte)(140 * Math.Min(1, e.CheekRaise))));
            canvas.DrawOval(-a * 0.5f, 0.18f, 0.16f, 0.1f, blush);
            canvas.DrawOval(a * 0.5f, 0.18f, 0.16f, 0.1f, blush);
        }
    }

    private static void DrawMouth(SKCanvas canvas, ActorProfile actor, Expression e, double mouthOpen)
    {
        float open = (float)Opening(e, mouthOpen);
        float cy = 0.5f;
        float w = (float)(0.2 * actor.MouthWidth * e.MouthWidth);
        float cornerY = cy - (float)(0.075 * e.MouthCorner);
        float press = (float)e.LipPress;
        float raise = (float)(0.035 * e.UpperLipRaise);
        float upperThick = 0.035f * (1 - 0.6f * press), lowerThick = 0.045f * (1 - 0.6f * press);
        float innerTop = cy - 0.35f * open - raise;
        float innerBottom = cy + 0.65f * open;
        // The middle of the lips sags below the corners when they rise (smile) and above when they fall.
        float smileBow = (float)(0.04 * e.MouthCorner);

        // Quadratic curves pass halfway to their control point: controls at 2·target − corner put the middle of each
        // lip edge exactly at its target height.
        float C(float target) => 2 * target - cornerY;
        using var lips = new SKPath();
        lips.MoveTo(-w, cornerY);
        lips.QuadTo(0, C(innerTop - upperThick + smileBow), w, cornerY);
        lips.QuadTo(0, C(innerBottom + lowerThick + smileBow), -w, cornerY);
        lips.Close();
        using var lipPaint = Fill(actor.Lips);
        canvas.DrawPath(lips, lipPaint);

        using var inner = new SKPath();
        inner.MoveTo(-w * 0.92f, cornerY);
        inner.QuadTo(0, C(innerTop + smileBow), w * 0.92f, cornerY);
        inner.QuadTo(0, C(innerBottom + smileBow), -w * 0.92f, cornerY);
        inner.Close();
        if (open > 0.008f)
        {
            using var interior = Fill(MouthInterior);
            canvas.DrawPath(inner, interior);
            canvas.Save();
            canvas.ClipPath(inner, antialias: true);
            using var teeth = Fill(new SKColor(230, 226, 214));
            canvas.DrawRect(-w, innerTop + smileBow - 0.05f, 2 * w, 0.05f + 0.02f, teeth);
            canvas.Restore();
        }
        using var line = Stroke(Shade(actor.Lips, 0.45), 0.018f, round: true);
        canvas.DrawPath(inner, line);
    }

    /// <summary>An anti-aliased fill of one colour.</summary>
    private static SKPaint Fill(SKColor colour) => new() { IsAntialias = true, Color = colour };

    /// <summary>An anti-aliased stroke, with round caps or Skia's default butt caps.</summary>
    private static SKPaint Stroke(SKColor colour, float width, bool round = false) => new()
    {
        IsAntialias = true, Color = colour, Style = SKPaintStyle.Stroke, StrokeWidth = width,
        StrokeCap = round ? SKStrokeCap.Round : SKStrokeCap.Butt,
    };

    /// <summary>A colour multiplied by <paramref name="factor"/> (clamped), alpha kept.</summary>
    internal static SKColor Shade(SKColor c, double factor) => new(
        (byte)Math.Clamp(Math.Round(c.Red * factor), 0, 255),
        (byte)Math.Clamp(Math.Round(c.Green * factor), 0, 255),
        (byte)Math.Clamp(Math.Round(c.Blue * factor), 0, 255), c.Alpha);

    /// <inheritdoc />
    public void Dispose()
    {
        _canvas.Dispose();
        _bitmap.Dispose();
    }
}
