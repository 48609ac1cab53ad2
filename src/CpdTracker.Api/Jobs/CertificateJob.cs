using CpdTracker.Api.Features.Certificates;
using Hangfire;

namespace CpdTracker.Api.Jobs;

/// <summary>Issues the certificates a locked register earns; safe to run twice (the natural key decides "already done").</summary>
public sealed class CertificateJob(MeetingCertificates certificates, ILogger<CertificateJob> logger)
{
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(int meetingId, CancellationToken cancellationToken)
    {
        var issued = await certificates.IssueAsync(meetingId, cancellationToken);
        logger.LogInformation("Meeting {MeetingId}: {Issued} certificate(s) issued.", meetingId, issued);
    }
}
