namespace CpdTracker.Reports.Pdf;

// The document information dictionary. Dates come from the issue date, never the clock, so output is reproducible.
internal sealed record PdfMetadata(string Title, string Author, string Subject, DateOnly Date)
{
    public string Creator { get; init; } = "CpdTracker";

    public SKDocumentPdfMetadata ToSkia()
    {
        // UTC, so Skia writes +00'00' whatever the server's time zone.
        var date = Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        // From Skia's defaults: a bare struct has encoding quality 0, which turns every opaque image into a blurred
        // JPEG; the default (101) keeps logos and signatures lossless.
        return SKDocumentPdfMetadata.Default with
        {
            Title = Title,
            Author = Author,
            Subject = Subject,
            Creator = Creator,
            Producer = Creator,
            Creation = date,
            Modified = date,
        };
    }
}
