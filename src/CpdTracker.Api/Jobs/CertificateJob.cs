using CpdTracker.Api.Features.Certificates;
using Hangfire;

namespace CpdTracker.Api.Jobs;

/// <summary>Brings a meeting's certificates in line with its register; safe to run twice (the natural key decides
/// "already done"). One runs at a time: a lock can change what other meetings of the period earn, so each run must see
/// the previous one's result.</summary>
public sealed class CertificateJob(MeetingCertificates certificates, ILogger<CertificateJob> logger)
{
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync(int meetingId, CancellationToken cancellationToken)
    {
        var issued = await certificates.IssueAsync(meetingId, cancellationToken);
        logger.LogInformation("Meeting {MeetingId}: {Issued} certificate(s) issued.", meetingId, issued);
    }
}
