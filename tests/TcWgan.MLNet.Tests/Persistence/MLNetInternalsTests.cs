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
