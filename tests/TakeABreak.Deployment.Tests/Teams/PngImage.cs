using System.Buffers.Binary;
using System.IO.Compression;

namespace TakeABreak.Deployment.Tests.Teams;

/// <summary>Just enough of a PNG decoder to check the Teams icons: size and, for 8-bit RGBA, the pixels.</summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private PngImage(int width, int height, int bitDepth, int colorType, byte[] compressed)
    {
        Width = width;
        Height = height;
        BitDepth = bitDepth;
        ColorType = colorType;
        _compressed = compressed;
    }

    private readonly byte[] _compressed;

    public int Width { get; }

    public int Height { get; }

    public int BitDepth { get; }

    /// <summary>6 is RGBA.</summary>
    public int ColorType { get; }

    public static PngImage Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < Signature.Length || !bytes.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException($"{path} is not a PNG file.");
        }

        int width = 0, height = 0, bitDepth = 0, colorType = 0;
        using var idat = new MemoryStream();
        for (var offset = Signature.Length; offset + 8 <= bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(bytes, offset + 4, 4);
            var data = bytes.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                bitDepth = data[8];
                colorType = data[9];
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            offset += 12 + length;
        }

        return width > 0 ? new PngImage(width, height, bitDepth, colorType, idat.ToArray()) : throw new InvalidDataException($"{path} has no IHDR chunk.");
    }

    /// <summary>All pixels as RGBA, rows top to bottom. Only for 8-bit RGBA, non-interlaced images.</summary>
    public IReadOnlyList<(byte R, byte G, byte B, byte A)> RgbaPixels()
    {
        if (BitDepth != 8 || ColorType != 6)
        {
            throw new NotSupportedException($"Only 8-bit RGBA is decoded; this image has bit depth {BitDepth}, color type {ColorType}.");
        }

        const int bytesPerPixel = 4;
        var stride = Width * bytesPerPixel;
        using var inflater = new ZLibStream(new MemoryStream(_compressed), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflater.CopyTo(raw);
        var data = raw.ToArray();

        var pixels = new byte[Height * stride];
        for (var y = 0; y < Height; y++)
        {
            var filter = data[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var value = data[(y * (stride + 1)) + 1 + x];
                int left = x >= bytesPerPixel ? pixels[(y * stride) + x - bytesPerPixel] : 0;
                int up = y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                int upLeft = x >= bytesPerPixel && y > 0 ? pixels[((y - 1) * stride) + x - bytesPerPixel] : 0;
                pixels[(y * stride) + x] = (byte)(value + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter} in row {y}."),
                });
            }
        }

        return pixels.Chunk(bytesPerPixel).Select(p => (p[0], p[1], p[2], p[3])).ToList();
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
