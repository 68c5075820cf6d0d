using Microsoft.ML;
using Microsoft.ML.Data;
using TcWgan.MLNet.Media;
using TcWgan.MLNet.Tests.Support;
using TcWgan.TestSupport;

namespace TcWgan.MLNet.Tests.Media;

public class FaceWindowLoadingTests
{
    /// <summary>Writes <paramref name="count"/> solid-colour 56×56 PNG frames; frame i has red = 10·i, green 100, blue 200.</summary>
    private static string FrameFolder(TempDir dir, int count)
    {
        string folder = dir.Combine("frames");
        Directory.CreateDirectory(folder);
        for (int i = 0; i < count; i++)
        {
            var rgba = new byte[56 * 56 * 4];
            for (int p = 0; p < 56 * 56; p++)
            {
                rgba[p * 4] = (byte)(10 * i);
                rgba[p * 4 + 1] = 100;
                rgba[p * 4 + 2] = 200;
                rgba[p * 4 + 3] = 255;
            }
            using var image = MLImage.CreateFromPixels(56, 56, MLPixelFormat.Rgba32, rgba);
            image.Save(Path.Combine(folder, $"frame{i:D3}.png"));
        }
        return folder;
    }

    [Fact]
    public void FolderOfFrameImagesGivesTheMiddleWindow()
    {
        using var dir = new TempDir();
        string folder = FrameFolder(dir, 20);   // windows start at 0, 5, 10 → middle starts at frame 5
        var ml = new MLContext(seed: 1);
        var data = MlTestData.Paths(ml, folder);
        var output = ml.Transforms.LoadFaceWindows().Fit(data).Transform(data);
        var window = Assert.Single(MlTestData.Column(output, "FaceWindow"));

        Assert.Equal(Shapes.WindowLength, window.Length);
        for (int f = 0; f < Shapes.WindowFrames; f++)
        {
            int frame = f * Shapes.FrameLength, plane = Shapes.FaceSize * Shapes.FaceSize;
            Assert.Equal(10f * (5 + f) / 255f, window[frame], 5);           // red of source frame 5 + f
            Assert.Equal(100f / 255f, window[frame + plane + 17], 5);
            Assert.Equal(200f / 255f, window[frame + 2 * plane + 400], 5);
        }
        var type = (VectorDataViewType)output.Schema["FaceWindow"].Type;
        Assert.Equal([10, 3, 28, 28], type.Dimensions.ToArray());
    }

    [Fact]
    public void TooFewFramesOrUnreadableVideoGiveNaNAndWarnings()
    {
        using var dir = new TempDir();
        string few = FrameFolder(dir, 4);
        string bad = dir.Combine("broken.mp4");
        File.WriteAllText(bad, "nope");
        var ml = new MLContext(seed: 1);
        var warnings = MlTestData.CaptureWarnings(ml);
        var data = MlTestData.Paths(ml, few, bad);
        var rows = MlTestData.Column(ml.Transforms.LoadFaceWindows().Fit(data).Transform(data), "FaceWindow");
        Assert.All(rows, r => Assert.True(MissingValues.IsMissing(r)));
        Assert.Contains(warnings, w => w.Contains("frames"));
        Assert.Contains(warnings, w => w.Contains("broken.mp4"));
    }
}
