namespace CpdTracker.Reports.Pdf;

// The document information dictionary. Dates come from the issue date, never the clock, so output is reproducible.
internal sealed record PdfMetadata(string Title, string Author, string Subject, DateOnly Date)
{
    public string Creator { get; init; } = "CpdTracker";

    public SKDocumentPdfMetadata ToSkia()
    {
        // UTC, so Skia writes +00'00' whatever the server's time zone.
        var date = Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return new SKDocumentPdfMetadata
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
