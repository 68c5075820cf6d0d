using System.Security.Cryptography;
using System.Text;

namespace TcWgan.Core.Tests;

/// <summary>The one container: exact layout, round trip, and every kind of damage named.</summary>
public class ChecksummedContainerTests
{
    private static ChecksummedContainer Sample(int version = 1) =>
        new("TCWGANXX", version, "{\"x\":1}", new Dictionary<string, byte[]> { ["a"] = [1, 2, 3], ["b"] = [] });

    private static ChecksummedContainer Read(byte[] bytes, int maxVersion = 1) => ChecksummedContainer.Read(bytes, "TCWGANXX", maxVersion, "mem");

    [Fact]
    public void RoundTripKeepsMetadataAndSectionsInOrder()
    {
        using var stream = new MemoryStream();
        Sample().Write(stream);
        stream.Position = 0;
        var read = ChecksummedContainer.Read(stream, "TCWGANXX", 1, "mem");
        Assert.Equal(1, read.Version);
        Assert.Equal("{\"x\":1}", read.Metadata);
        Assert.Equal(["a", "b"], read.Sections.Keys);
        Assert.Equal(new byte[] { 1, 2, 3 }, read.Section("a", "mem"));
        Assert.Empty(read.Sections["b"]);
        Assert.Contains("section 'c' is missing", Assert.Throws<ContainerFormatException>(() => read.Section("c", "mem")).Message);
    }

    [Fact]
    public void LayoutMatchesTheDocumentedOne()
    {
        byte[] bytes = new ChecksummedContainer("TCWGANXX", 3, "m", new Dictionary<string, byte[]> { ["w"] = [9] }).ToBytes();
        Assert.Equal("TCWGANXX"u8.ToArray(), bytes[..8]);
        Assert.Equal(3, BitConverter.ToInt32(bytes, 8));          // version
        Assert.Equal(1, BitConverter.ToInt32(bytes, 12));         // metadata length
        Assert.Equal((byte)'m', bytes[16]);
        Assert.Equal(1, BitConverter.ToInt32(bytes, 17));         // section count
        Assert.Equal(1, BitConverter.ToInt32(bytes, 21));         // name length
        Assert.Equal((byte)'w', bytes[25]);
        Assert.Equal(1L, BitConverter.ToInt64(bytes, 26));        // section length
        Assert.Equal(9, bytes[34]);
        Assert.Equal(SHA256.HashData(bytes.AsSpan(0, 35)), bytes[35..]);
        Assert.Equal(67, bytes.Length);
    }

    [Fact]
    public void NewerVersionAnotherKindAndForeignBytesAreNamed()
    {
        Assert.Contains("version 2; this build reads versions 1 to 1", Assert.Throws<ContainerFormatException>(() => Read(Sample(2).ToBytes())).Message);
        Assert.Equal(2, Read(Sample(2).ToBytes(), maxVersion: 2).Version);
        var other = new ChecksummedContainer("TCWGANYY", 1, "", []).ToBytes();
        Assert.Contains("is not a TCWGANXX file (starts with 'TCWGANYY')", Assert.Throws<ContainerFormatException>(() => Read(other)).Message);
        var e = Assert.Throws<ContainerFormatException>(() => Read(Encoding.ASCII.GetBytes("hello, I am a text file that is long enough")));
        Assert.Equal("mem", e.FileName);
        Assert.Contains("is not a TCWGANXX file", e.Reason);
    }

    [Fact]
    public void EveryFlippedByteAndEveryTruncationIsCaught()
    {
        byte[] good = Sample().ToBytes();
        for (int i = 0; i < good.Length; i++)
        {
            byte[] bad = (byte[])good.Clone();
            bad[i] ^= 0x20;
            Assert.Throws<ContainerFormatException>(() => Read(bad));
        }
        for (int n = 0; n < good.Length; n++)
            Assert.Throws<ContainerFormatException>(() => Read(good[..n]));
        Assert.Contains("SHA-256", Assert.Throws<ContainerFormatException>(() => Read([.. good, 0])).Message);
    }

    [Fact]
    public void ConsistentButMalformedBodiesAreRejectedBeforeAnyAllocation()
    {
        // A body whose digest is right but whose section length points past the end.
        byte[] body = [.. "TCWGANXX"u8, .. BitConverter.GetBytes(1), .. BitConverter.GetBytes(0), .. BitConverter.GetBytes(1),
                       .. BitConverter.GetBytes(1), (byte)'a', .. BitConverter.GetBytes(long.MaxValue)];
        byte[] image = [.. body, .. SHA256.HashData(body)];
        Assert.Contains("section 'a' declares", Assert.Throws<ContainerFormatException>(() => Read(image)).Message);
    }

    [Fact]
    public void DuplicateOrBadSectionNamesAreRefusedWhenWriting()
    {
        Assert.Throws<ArgumentException>(() => new ChecksummedContainer("TCWGANXX", 1, "", [new("a", [1]), new("a", [2])]));
        Assert.Throws<ArgumentException>(() => new ChecksummedContainer("TCWGANXX", 1, "", [new("", [1])]));
        Assert.Throws<ArgumentException>(() => new ChecksummedContainer("SHORT", 1, "", []));
    }
}
