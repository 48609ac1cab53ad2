using System.Security.Cryptography;
using System.Text;

namespace CpdTracker.Api.Features.Certificates;

/// <summary>Certificate numbers derive from the natural key (the same issue always has the same number);
/// verification codes are random, so nobody can guess another person's.</summary>
public static class DocumentNumbers
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string Number(DocumentKind kind, int memberId, string subject, int version, DateOnly issueDate)
    {
        var prefix = kind switch
        {
            DocumentKind.AttendanceCertificate => "AC",
            DocumentKind.WorkshopCertificate => "WC",
            _ => "AS",
        };
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}|{memberId}|{subject}|{version}"));
        return $"{prefix}-{issueDate.Year}-{Convert.ToHexString(hash)[..8]}";
    }

    public static string NewVerificationCode()
    {
        var bytes = RandomNumberGenerator.GetBytes(12);
        var chars = bytes.Select(b => Alphabet[b % Alphabet.Length]).ToArray();
        return $"{new string(chars[..4])}-{new string(chars[4..8])}-{new string(chars[8..])}";
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
}
