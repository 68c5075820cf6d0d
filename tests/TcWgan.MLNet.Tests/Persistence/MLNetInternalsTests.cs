using TcWgan.MLNet.Persistence;

namespace TcWgan.MLNet.Tests.Persistence;

public class MLNetInternalsTests
{
    [Fact]
    public void EveryReflectedMLNetMemberResolves()
    {
        // Fails loudly on an ML.NET upgrade that renames an internal member the persistence route needs.
        var missing = MLNetInternals.FindMissingMembers();
        Assert.True(missing.Count == 0,
            $"ML.NET {MLNetInternals.LoadedVersion} lacks members pinned to {MLNetInternals.PinnedVersion}: {string.Join("; ", missing)}");
    }

    [Fact]
    public void LoadedMLNetIsThePinnedVersion()
    {
        Assert.StartsWith(TcWganMLNet.PinnedMLNetVersion, MLNetInternals.LoadedVersion);
    }

    [Fact]
    public void The_packages_declare_the_ML_NET_range_the_reflection_is_known_to_work_with()
    {
        var props = System.Xml.Linq.XDocument.Load(Path.Combine(TcWgan.TestSupport.RepoPaths.Root, "Directory.Packages.props"));
        string[] mlnet = ["Microsoft.ML", "Microsoft.ML.ImageAnalytics", "Microsoft.ML.LightGbm", "Microsoft.ML.OnnxTransformer"];
        var declared = props.Descendants("PackageVersion")
            .Where(p => mlnet.Contains((string?)p.Attribute("Include")))
            .ToDictionary(p => (string)p.Attribute("Include")!, p => (string)p.Attribute("Version")!);
        Assert.Equal(mlnet.Order(), declared.Keys.Order());
        Assert.All(declared, r => Assert.Equal("[5.0.1,5.1)", r.Value));
        var loaded = Version.Parse(MLNetInternals.LoadedVersion.Split('+', '-')[0]);
        Assert.True(loaded >= new Version(5, 0, 1) && loaded < new Version(5, 1),
            $"ML.NET {MLNetInternals.LoadedVersion} is outside [5.0.1,5.1), the range the persistence reflection is known to work with.");
    }

    [Fact]
    public void RegisterTwiceIsHarmless()
    {
        var ml = new Microsoft.ML.MLContext(seed: 1);
        TcWganMLNet.Register(ml);
        TcWganMLNet.Register(ml);
        foreach (var kind in TransformerKinds.All)
            Assert.True(MLNetInternals.Resolve().IsRegistered(ml.ComponentCatalog, kind.LoaderSignature), kind.Name);
    }

    [Fact]
    public void SignaturesFitMLNetHeaderFields()
    {
        foreach (var kind in TransformerKinds.All)
        {
            Assert.Equal(8, kind.ModelSignature.Length);
            Assert.InRange(kind.LoaderSignature.Length, 1, 24);
            Assert.All(kind.LoaderSignature + kind.ModelSignature, ch => Assert.True(ch < 128));
        }
        Assert.Equal(TransformerKinds.All.Count, TransformerKinds.All.Select(k => k.LoaderSignature).Distinct().Count());
        Assert.Equal(TransformerKinds.All.Count, TransformerKinds.All.Select(k => k.ModelSignature).Distinct().Count());
    }
}
