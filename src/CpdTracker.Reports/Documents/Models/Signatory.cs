namespace CpdTracker.Reports.Documents.Models;

/// <summary>The person who signs certificates for the society, e.g. ("Dr Ngaio Rāwiri", "President").</summary>
/// <param name="SignatureImage">PNG or JPEG bytes of the signature, drawn above the name; null to
/// print name and title alone.</param>
public sealed record Signatory(string Name, string Title, byte[]? SignatureImage = null);
