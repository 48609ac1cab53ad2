using System.Security.Cryptography;

namespace CpdTracker.Api.Features.Certificates;

/// <summary>Numbers and verification codes are random (Crockford base32), so a rebuilt or second installation never
/// prints a number already on paper and nobody can guess another person's code; the unique indexes catch the rare
/// repeat.</summary>
public static class DocumentNumbers
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>"AC-2026-7KQ2M-X9D4F": kind, year of issue and 50 random bits.</summary>
    public static string NewNumber(DocumentKind kind, DateOnly issueDate)
    {
        var prefix = kind switch
        {
            DocumentKind.AttendanceCertificate => "AC",
            DocumentKind.WorkshopCertificate => "WC",
            _ => "AS",
        };
        return $"{prefix}-{issueDate.Year}-{Random(5)}-{Random(5)}";
    }

    /// <summary>"4F7K-Q2M9-XB3D": 60 random bits.</summary>
    public static string NewVerificationCode() => $"{Random(4)}-{Random(4)}-{Random(4)}";

    public static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

    private static string Random(int length) =>
        string.Create(length, 0, (chars, _) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
            }
        });
}
