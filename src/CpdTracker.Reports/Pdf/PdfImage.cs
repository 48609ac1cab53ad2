namespace CpdTracker.Reports.Pdf;

// Decodes configured PNG/JPEG bytes once per document. The PDF embeds an image at its own pixel size whatever size it is
// drawn at, so an oversized one is scaled down first: a 4000-pixel logo would otherwise weigh more than the certificate.
internal static class PdfImage
{
    public static SKImage Decode(byte[] encoded, int maxPixelHeight, string what)
    {
        using var data = SKData.CreateCopy(encoded);
        var image = SKImage.FromEncodedData(data)
            ?? throw new ArgumentException($"The {what} is not a PNG or JPEG image Skia can read.", nameof(encoded));
        if (image.Height <= maxPixelHeight)
        {
            return image;
        }
        using (image)
        {
            var width = Math.Max(1, (int)Math.Round((double)image.Width * maxPixelHeight / image.Height));
            using var bitmap = new SKBitmap(new SKImageInfo(width, maxPixelHeight, SKColorType.Rgba8888, SKAlphaType.Premul));
            image.ScalePixels(bitmap.PeekPixels(), new SKSamplingOptions(SKCubicResampler.Mitchell));
            bitmap.SetImmutable();
            return SKImage.FromBitmap(bitmap);
        }
    }
}
