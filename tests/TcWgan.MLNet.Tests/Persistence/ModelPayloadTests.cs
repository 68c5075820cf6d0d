using System.Security.Cryptography;
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
        Assert.Equal("TCWGANML"u8.ToArray(), bytes[..8]);
        Assert.Equal(ModelPayload.FormatVersion, BitConverter.ToUInt32(bytes, 8));
        Assert.Equal(1, BitConverter.ToInt32(bytes, 12));                 // kind length
        Assert.Equal((byte)'K', bytes[16]);
        Assert.Equal(2, BitConverter.ToInt32(bytes, 17));                 // options length
        Assert.Equal(1, BitConverter.ToInt32(bytes, 23));                 // blob count
        Assert.Equal(1, BitConverter.ToInt32(bytes, 27));                 // blob name length
        Assert.Equal(1L, BitConverter.ToInt64(bytes, 32));                // blob length
        Assert.Equal(SHA256.HashData(new byte[] { 9 }), bytes[40..72]);
        Assert.Equal(9, bytes[72]);
        Assert.Equal(73, bytes.Length);
    }

    [Fact]
    public void AnotherFormatVersionIsAClearError()
    {
        byte[] bytes = Bytes(Sample());
        BitConverter.GetBytes(ModelPayload.FormatVersion + 1).CopyTo(bytes, 8);
        var e = Assert.Throws<InvalidDataException>(() => Read(bytes));
        Assert.Contains("format version 2", e.Message);
        Assert.Contains("test.zip", e.Message);
    }

    [Fact]
    public void DamagedBlobFailsTheChecksum()
    {
        byte[] bytes = Bytes(Sample());
        int blobStart = bytes.AsSpan().IndexOf(new byte[] { 1, 2, 3, 4, 5 });   // the 'weights' blob bytes
        Assert.True(blobStart > 40);
        bytes[blobStart + 2] ^= 0x55;
        var e = Assert.Throws<InvalidDataException>(() => Read(bytes));
        Assert.Contains("SHA-256", e.Message);
        Assert.Contains("weights", e.Message);
    }

    [Fact]
    public void TruncatedPayloadIsAClearError()
    {
        byte[] bytes = Bytes(Sample());
        var e = Assert.Throws<InvalidDataException>(() => Read(bytes[..(bytes.Length - 3)]));
        Assert.Contains("truncated", e.Message);
    }

    [Fact]
    public void ForeignEntryIsRejectedByMagic()
    {
        var e = Assert.Throws<InvalidDataException>(() => Read(new byte[64]));
        Assert.Contains("magic", e.Message);
    }
}
