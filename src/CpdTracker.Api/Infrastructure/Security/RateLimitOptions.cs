namespace CpdTracker.Api.Infrastructure.Security;

public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";
    public const string AuthPolicy = "auth";
    public const string VerifyPolicy = "verify";

    /// <summary>Sign-in, refresh and invitation attempts per client address per minute.</summary>
    public int AuthPerMinute { get; set; } = 10;

    /// <summary>Certificate verifications per client address per minute.</summary>
    public int VerifyPerMinute { get; set; } = 30;
}
