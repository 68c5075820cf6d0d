using Microsoft.ML;
using Microsoft.ML.Data;
using OpenCvSharp;
using TcWgan.Media;
using TcWgan.MLNet.Media;
using TcWgan.MLNet.Tests.Support;
using TcWgan.TestSupport;

namespace TcWgan.MLNet.Tests.Media;

/// <summary>
/// LoadFaceWindows makes its face locator once per transformer, disposes it, fails once (at Fit) when the Haar cascade
/// is missing, and turns OpenCV errors into missing values with a warning instead of letting them escape a cursor.
/// </summary>
public class FaceLocatorLifetimeTests
{
    /// <summary>Counts calls and disposals; returns a centred box, or throws <paramref name="failure"/> when given.</summary>
    private sealed class ProbeLocator(Func<Exception>? failure = null) : IFaceLocator, IDisposable
    {
        private int _calls, _disposals;
        public int Calls => Volatile.Read(ref _calls);
        public int Disposals => Volatile.Read(ref _disposals);

        public RelativeBox? Locate(RgbFrame frame)
        {
            Interlocked.Increment(ref _calls);
            if (failure is not null) throw failure();
            return new RelativeBox(0.2, 0.2, 0.6, 0.6);
        }

        public void Dispose() => Interlocked.Increment(ref _disposals);
    }

    private static FaceWindowLoadingOptions Options(FaceOptions? face = null) =>
        new() { Face = face ?? new FaceOptions(), BatchSize = 2 };

    [Fact]
    public void MissingCascade_FailsOnceAtFit_NamingTheFileAndHowToGetIt()
    {
        using var dir = new TempDir();
        string missing = dir.Combine("no-such-cascade.xml");
        var ml = new MLContext(seed: 1);
        var warnings = MlTestData.CaptureWarnings(ml);
        var data = MlTestData.Paths(ml, dir.Combine("a.mp4"), dir.Combine("b.mp4"));
        var estimator = ml.Transforms.LoadFaceWindows(options: Options(new FaceOptions { HaarCascadePath = missing }));

        // Making the estimator needs no cascade; Fit does, and says so once.
        var e = Assert.Throws<FileNotFoundException>(() => estimator.Fit(data));
        Assert.Contains("LoadFaceWindows", e.Message);
        Assert.Contains(missing, e.Message);
        Assert.Contains("opencv-data", e.Message);
        Assert.Contains(HaarCascadeLocator.CascadeEnvironmentVariable, e.Message);
        Assert.Empty(warnings);
    }

    [Fact]
    public void FittedTransformer_HoldsOneHaarLocator_ForEveryCursor_AndDisposesIt()
    {
        using var dir = new TempDir();
        var ml = new MLContext(seed: 1);
        var data = MlTestData.Paths(ml, dir.Combine("missing.mp4"));
        using var transformer = ml.Transforms.LoadFaceWindows().Fit(data);
        var locator = Assert.IsType<HaarCascadeLocator>(transformer.Locator);
        MlTestData.Column(transformer.Transform(data), "FaceWindow");
        MlTestData.Column(transformer.Transform(data), "FaceWindow");
        Assert.Same(locator, transformer.Locator);

        transformer.Dispose();
        transformer.Dispose();   // idempotent
        Assert.Throws<ObjectDisposedException>(() => transformer.Transform(data));
    }

    [Fact]
    public void EveryRowAndCursorUsesTheSameLocator_AndTheChainDisposesIt()
    {
        using var dir = new TempDir();
        string video = FfmpegClips.VideoWithTone(dir.Combine("clip.mp4"), seconds: 2.4);
        var ml = new MLContext(seed: 1);
        var data = MlTestData.Paths(ml, video, video, video);
        var probe = new ProbeLocator();
        var stage = new FaceWindowLoadingTransformer(ml, "FaceWindow", "VideoPath", Options(), probe);
        var chain = new TransformerChain<FaceWindowLoadingTransformer>(stage);

        var rows = MlTestData.Column(chain.Transform(data), "FaceWindow");
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.False(MissingValues.IsMissing(r)));
        int afterFirstCursor = probe.Calls;
        Assert.True(afterFirstCursor >= 3, $"locator called {afterFirstCursor} times for 3 clips");
        MlTestData.Column(chain.Transform(data), "FaceWindow");
        Assert.Equal(2 * afterFirstCursor, probe.Calls);

        chain.Dispose();
        Assert.Equal(1, probe.Disposals);
    }

    public static TheoryData<string> OpenCvFailures => new() { "native", "wrapper" };

    [Theory]
    [MemberData(nameof(OpenCvFailures))]
    public void OpenCvErrorMidCursor_BecomesAMissingValueAndAWarning(string kind)
    {
        using var dir = new TempDir();
        string video = FfmpegClips.VideoWithTone(dir.Combine("clip.mp4"), seconds: 2.4);
        var ml = new MLContext(seed: 1);
        var warnings = MlTestData.CaptureWarnings(ml);
        var data = MlTestData.Paths(ml, video, video);
        Func<Exception> failure = kind == "native"
            ? () => new OpenCVException(ErrorCode.StsError, "cv::CascadeClassifier::detectMultiScale", "simulated", "x.cpp", 1)
            : () => new OpenCvSharpException("simulated wrapper failure");
        using var stage = new FaceWindowLoadingTransformer(ml, "FaceWindow", "VideoPath", Options(), new ProbeLocator(failure));

        var rows = MlTestData.Column(stage.Transform(data), "FaceWindow");   // must not throw
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.True(MissingValues.IsMissing(r)));
        Assert.Equal(2, warnings.Count(w => w.Contains("clip.mp4") && w.Contains("simulated")));
    }

    [Fact]
    public void SavedCascadePathMissingOnTheLoadingMachine_FallsBackToItsOwnLookup_WithAWarning()
    {
        using var dir = new TempDir();
        // Needs Debian's opencv-data cascade (build.sh installs it): the "other machine" finds it there.
        string theirs = dir.Combine("their-machine", HaarCascadeLocator.CascadeFileName);
        Directory.CreateDirectory(Path.GetDirectoryName(theirs)!);
        File.Copy(HaarCascadeLocator.DefaultCascadePath, theirs);
        var ml = new MLContext(seed: 1);
        var data = MlTestData.Paths(ml, dir.Combine("clip.mp4"));
        string zip = dir.Combine("faces.zip");
        using (var fitted = ml.Transforms.LoadFaceWindows(options: Options(new FaceOptions { HaarCascadePath = theirs })).Fit(data))
        {
            Assert.Equal(theirs, ((HaarCascadeLocator)fitted.Locator).CascadePath);
            ml.Model.Save(fitted, data.Schema, zip);
        }
        File.Delete(theirs);

        var here = new MLContext(seed: 2);
        var warnings = MlTestData.CaptureWarnings(here);
        TcWganMLNet.Register(here);
        var loaded = here.Model.Load(zip, out _);
        var stage = Assert.IsType<FaceWindowLoadingTransformer>(loaded is TransformerChain<ITransformer> chain ? chain.Single() : loaded);
        Assert.NotEqual(theirs, ((HaarCascadeLocator)stage.Locator).CascadePath);
        Assert.Contains(warnings, w => w.Contains(theirs) && w.Contains("not on this machine"));
        stage.Dispose();
    }
}
