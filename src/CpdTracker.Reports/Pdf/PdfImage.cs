using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace CpdTracker.Reports.Pdf;

// Decodes configured PNG/JPEG bytes, once per distinct image and size for the life of the process: every certificate
// carries the same logo and signature, and decoding them per document doubled a certificate's render time. A JPEG that
// needs no scaling is kept as it is (the PDF holds JPEG natively); anything else is drawn onto white at no more than
// the given height, since the PDF embeds an image at its own pixel size (a 4000-pixel logo would outweigh the
// certificate) and an opaque image needs no separate alpha mask. Cached images are immutable
// and shared by concurrent renders.
internal static class PdfImage
{
    private const int MaxCached = 16;
    private static readonly ConcurrentDictionary<(string Hash, int MaxPixelHeight), SKImage> _cache = new();

    public static SKImage Decode(byte[] encoded, int maxPixelHeight, string what)
    {
        var key = (Convert.ToHexString(SHA256.HashData(encoded)), maxPixelHeight);
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }
        var image = Prepare(encoded, maxPixelHeight, what);
        // Configuration changes are rare; a full cache is simply started afresh (images still in use stay alive).
        if (_cache.Count >= MaxCached)
        {
            _cache.Clear();
        }
        return _cache.GetOrAdd(key, image);
    }

    private static SKImage Prepare(byte[] encoded, int maxPixelHeight, string what)
    {
        using var data = SKData.CreateCopy(encoded);
        using var codec = SKCodec.Create(data);
        var image = codec is null ? null : SKImage.FromEncodedData(data);
        if (codec is null || image is null)
        {
            throw new ArgumentException($"The {what} is not a PNG or JPEG image Skia can read.", nameof(encoded));
        }
        if (codec.EncodedFormat == SKEncodedImageFormat.Jpeg && image.Height <= maxPixelHeight)
        {
            return image;
        }
        using (image)
        {
            var height = Math.Min(image.Height, maxPixelHeight);
            var width = Math.Max(1, (int)Math.Round((double)image.Width * height / image.Height));
            using var surface =
                SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgb888x, SKAlphaType.Opaque));
            surface.Canvas.Clear(SKColors.White);
            surface.Canvas.DrawImage(image, SKRect.Create(width, height),
                new SKSamplingOptions(SKCubicResampler.Mitchell));
            return surface.Snapshot();
        }
    }
}
