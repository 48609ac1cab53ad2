using System.ComponentModel.DataAnnotations;

namespace CpdTracker.Api.Infrastructure.Security;

public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";
    public const string AuthPolicy = "auth";
    public const string VerifyPolicy = "verify";
    public const string DocumentsPolicy = "documents";

    /// <summary>Sign-in, refresh and invitation attempts per client address per minute.</summary>
    [Range(1, 1_000_000)]
    public int AuthPerMinute { get; set; } = 10;

    /// <summary>Certificate verifications per client address per minute.</summary>
    [Range(1, 1_000_000)]
    public int VerifyPerMinute { get; set; } = 30;

    /// <summary>Documents rendered on demand (interim PDFs) one signed-in user may ask for at once, before the rate
    /// below applies.</summary>
    [Range(1, 1_000)]
    public int DocumentsBurstPerUser { get; set; } = 4;

    /// <summary>Documents rendered on demand per signed-in user per minute, once the burst is spent.</summary>
    [Range(1, 6_000)]
    public int DocumentsPerMinutePerUser { get; set; } = 20;
}
