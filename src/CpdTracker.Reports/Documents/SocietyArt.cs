using CpdTracker.Reports.Documents.Models;
using CpdTracker.Reports.Pdf;

namespace CpdTracker.Reports.Documents;

// The society's logo and signature as images, one of each, so the PDF embeds each once however many pages show it.
internal sealed class SocietyArt
{
    public const float LogoHeight = 34;
    public const float SignatureHeight = 30;

    // About 300 dpi at the drawn height: sharp in print, small in the file.
    private const int PixelsPerPoint = 4;

    public SocietyArt(SocietyDetails society)
    {
        Logo = society.Logo is { } logo ? PdfImage.Decode(logo, (int)LogoHeight * PixelsPerPoint, "society's logo")
            : null;
        Signature = society.Signatory?.SignatureImage is { } signature
            ? PdfImage.Decode(signature, (int)SignatureHeight * PixelsPerPoint, "signatory's signature")
            : null;
    }

    public SKImage? Logo { get; }

    public SKImage? Signature { get; }
}
