using System.Text;
using Microsoft.ML;
using TcWgan.MLNet.Tests.Support;
using TcWgan.TestSupport;

namespace TcWgan.MLNet.Tests.Persistence;

/// <summary>
/// A saved SpectrogramCnn .zip edited the way a different machine, a hand edit or a damaged disk would leave it: the
/// device it trained on does not bind the load, and bad options, an unknown stage kind or a damaged weights blob each
/// stop the load with a clear message before anything reaches libtorch.
/// </summary>
public sealed class SavedModelTamperingTests
{
    /// <summary>A tiny SpectrogramCnn chain trained with device "auto" (CPU here), saved to <c>q.zip</c>.</summary>
    private static (MLContext Ml, IDataView Data, ITransformer Model, string Zip) Saved(TempDir dir)
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(SyntheticRows.Create(12));
        var options = SyntheticRows.TinyCnn() with { Classifier = SyntheticRows.TinyCnn().Classifier with { Device = "auto" } };
        var model = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.MulticlassClassification.Trainers.SpectrogramCnn(options)).Fit(data);
        string zip = dir.Combine("q.zip");
        ml.Model.Save(model, data.Schema, zip);
        return (ml, data, model, zip);
    }

    /// <summary>Replaces <paramref name="from"/> by <paramref name="to"/> (same byte length) inside the payload.</summary>
    private static void Replace(string zip, string from, string to)
    {
        byte[] a = Encoding.UTF8.GetBytes(from), b = Encoding.UTF8.GetBytes(to);
        Assert.Equal(a.Length, b.Length);
        ZipPatcher.PatchPayload(zip, (bytes, at) =>
        {
            int i = bytes.AsSpan(at).IndexOf(a);
            Assert.True(i >= 0, $"'{from}' is not in the payload");
            b.CopyTo(bytes, at + i);
        });
    }

    private static string LoadError(string zip)
    {
        var fresh = new MLContext();
        TcWganMLNet.Register(fresh);
        return ZipPatcher.Messages(Assert.ThrowsAny<Exception>(() => fresh.Model.Load(zip, out _)));
    }

    [Fact]
    public void A_model_saved_with_device_cuda_loads_and_scores_on_this_cpu_machine()
    {
        using var dir = new TempDir();
        var (_, data, model, zip) = Saved(dir);
        Replace(zip, "\"Device\":\"auto\"", "\"Device\":\"cuda\""); // as if it had been trained on a GPU

        var fresh = new MLContext();
        TcWganMLNet.Register(fresh);                                  // device "auto": CUDA when present, here the CPU
        var loaded = fresh.Model.Load(zip, out _);
        Assert.Equal(MlTestData.Column(model.Transform(data), "Score"), MlTestData.Column(loaded.Transform(data), "Score"));

        var cpu = new MLContext();
        TcWganMLNet.Register(cpu, "cpu");                            // or chosen explicitly at load
        Assert.Equal(MlTestData.Column(model.Transform(data), "Score"), MlTestData.Column(cpu.Model.Load(zip, out _).Transform(data), "Score"));
    }

    [Fact]
    public void A_tampered_batch_size_is_refused_at_load_naming_the_option()
    {
        using var dir = new TempDir();
        var (_, _, _, zip) = Saved(dir);
        Replace(zip, "\"BatchSize\":128", "\"BatchSize\":-12");
        string message = LoadError(zip);
        Assert.Contains("invalid saved options", message);
        Assert.Contains("BatchSize is -12", message);
    }

    [Fact]
    public void Options_that_are_not_json_are_refused_at_load()
    {
        using var dir = new TempDir();
        var (_, _, _, zip) = Saved(dir);
        Replace(zip, "\"BatchSize\":128", "\"BatchSize\":1}8");
        Assert.Contains("saved options are not valid", LoadError(zip));
    }

    [Fact]
    public void An_unknown_stage_kind_is_refused_naming_it()
    {
        using var dir = new TempDir();
        var (_, _, _, zip) = Saved(dir);
        Replace(zip, "SpectrogramCnn", "SpectrogramXyz");
        Assert.Contains("SpectrogramXyz", LoadError(zip));
    }

    [Fact]
    public void An_options_edit_that_does_not_reseal_the_container_is_refused_as_damage()
    {
        using var dir = new TempDir();
        var (_, _, _, zip) = Saved(dir);
        ZipPatcher.PatchPayload(zip, (bytes, at) =>
        {
            int i = bytes.AsSpan(at).IndexOf("\"BatchSize\":128"u8);
            bytes[at + i + "\"BatchSize\":".Length] = (byte)'9';
        }, reseal: false);
        Assert.Contains("SHA-256", LoadError(zip));
    }

    [Fact]
    public void A_damaged_classifier_blob_fails_its_checksum_before_reaching_libtorch()
    {
        using var dir = new TempDir();
        var (_, _, _, zip) = Saved(dir);
        ZipPatcher.PatchPayload(zip, (bytes, at) =>
        {
            int name = bytes.AsSpan(at).IndexOf("classifier"u8);
            bytes[at + name + "classifier".Length + 8 + 64] ^= 0xFF; // a byte inside the weights, after their length
        }, reseal: false);
        Assert.Contains("SHA-256", LoadError(zip));
    }
}
