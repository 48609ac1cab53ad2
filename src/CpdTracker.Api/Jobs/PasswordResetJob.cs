using CpdTracker.Api.Features.Auth;
using Hangfire;

namespace CpdTracker.Api.Jobs;

/// <summary>Writes a reset message if the email has an account. Done here, not in the request, so the request takes the
/// same time whether or not the account exists.</summary>
public sealed class PasswordResetJob(PasswordResets resets)
{
    [AutomaticRetry(Attempts = 3)]
    public Task RunAsync(string email, CancellationToken cancellationToken) =>
        resets.RequestAsync(email, cancellationToken);
}
