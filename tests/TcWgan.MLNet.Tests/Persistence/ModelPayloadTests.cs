using TcWgan.MLNet.Persistence;

namespace TcWgan.MLNet.Tests.Persistence;

public class ModelPayloadTests
{
    private static ModelPayload Sample() =>
        new("LoadSpectrogram", "{\"a\":1}", [new("weights", [1, 2, 3, 4, 5]), new("more", [])]);

    private static byte[] Bytes(ModelPayload payload)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) payload.Write(writer);
        return stream.ToArray();
    }

    private static ModelPayload Read(byte[] bytes) =>
        ModelPayload.Read(new BinaryReader(new MemoryStream(bytes)), "test.zip");

    [Fact]
    public void RoundTripKeepsEveryField()
    {
        var back = Read(Bytes(Sample()));
        Assert.Equal("LoadSpectrogram", back.Kind);
        Assert.Equal("{\"a\":1}", back.OptionsJson);
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5 }, back.Blob("weights"));
        Assert.Empty(back.Blob("more"));
    }

    [Fact]
    public void LayoutMatchesFormatDocument()
    {
        byte[] bytes = Bytes(new ModelPayload("K", "{}", [new("w", [9])]));
        long length = BitConverter.ToInt64(bytes, 0);
        Assert.Equal(bytes.Length - 8, length);
        var container = ChecksummedContainer.Read(bytes.AsSpan(8), "TCWGANML", ModelPayload.FormatVersion, "mem");
        Assert.Equal(2, container.Version);
        Assert.Equal("K", container.Metadata);
        Assert.Equal(["options", "w"], container.Sections.Keys);
        Assert.Equal("{}"u8.ToArray(), container.Sections["options"]);
        Assert.Equal(new byte[] { 9 }, container.Sections["w"]);
    }

    [Fact]
    public void AnotherFormatVersionIsAClearError()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            byte[] newer = new ChecksummedContainer("TCWGANML", ModelPayload.FormatVersion + 1, "K", [new("options", "{}"u8.ToArray())]).ToBytes();
            writer.Write((long)newer.Length);
            writer.Write(newer);
        }
        var e = Assert.Throws<ContainerFormatException>(() => Read(stream.ToArray()));
        Assert.Contains("format version 3", e.Message);
        Assert.Contains("test.zip", e.Message);

        // Version 1 wrote the magic first and no container: named as such, not as damage.
        byte[] old = [.. "TCWGANML"u8, .. BitConverter.GetBytes(1u), .. new byte[40]];
        Assert.Contains("format version 1", Assert.Throws<ContainerFormatException>(() => Read(old)).Message);
    }

    [Fact]
    public void DamagedBlobFailsTheChecksum()
    {
        byte[] bytes = Bytes(Sample());
        int blobStart = bytes.AsSpan().IndexOf(new byte[] { 1, 2, 3, 4, 5 });   // the 'weights' blob bytes
        Assert.True(blobStart > 8);
        bytes[blobStart + 2] ^= 0x55;
        var e = Assert.Throws<ContainerFormatException>(() => Read(bytes));
        Assert.Contains("SHA-256", e.Message);
        Assert.Contains("test.zip", e.Message);
    }

    [Fact]
    public void TruncatedPayloadIsAClearError()
    {
        byte[] bytes = Bytes(Sample());
        Assert.Contains("truncated", Assert.Throws<ContainerFormatException>(() => Read(bytes[..(bytes.Length - 3)])).Message);
        Assert.Contains("truncated", Assert.Throws<ContainerFormatException>(() => Read(bytes[..5])).Message);
    }

    [Fact]
    public void ForeignEntryIsRejectedByMagic()
    {
        byte[] foreign = [.. BitConverter.GetBytes(56L), .. new byte[56]];
        Assert.Contains("is not a TCWGANML file", Assert.Throws<ContainerFormatException>(() => Read(foreign)).Message);
    }

    [Fact]
    public void ABlobMayNotTakeTheOptionsName() =>
        Assert.Throws<ArgumentException>(() => Bytes(new ModelPayload("K", "{}", [new("options", [1])])));
}
