namespace CpdTracker.Reports.Documents.Models;

/// <summary>What identifies an issued certificate: its number, the code to verify it, and the full
/// address that verifies it.</summary>
public sealed record CertificateReference(string Number, string VerificationCode, string VerifyUrl);
