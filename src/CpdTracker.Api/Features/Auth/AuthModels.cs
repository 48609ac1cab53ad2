namespace CpdTracker.Api.Features.Auth;

public sealed record LoginRequest(string? Email, string? Password);

public sealed record RefreshRequest(string? RefreshToken);

public sealed record AcceptInvitationRequest(string? Token, string? Password);

public sealed record MeResponse(string Email, int? MemberId, string? FullName, IReadOnlyList<string> Roles, IReadOnlyList<int> GroupsLed);

public sealed record InvitationResponse(int MemberId, string Email, string Token, DateTime ExpiresAtUtc);

public sealed class LoginRequestValidator : AbstractValidator<LoginRequest>
{
    public LoginRequestValidator()
    {
        RuleFor(r => r.Email).NotEmpty();
        RuleFor(r => r.Password).NotEmpty();
    }
}

public sealed class RefreshRequestValidator : AbstractValidator<RefreshRequest>
{
    public RefreshRequestValidator() => RuleFor(r => r.RefreshToken).NotEmpty();
}

public sealed class AcceptInvitationRequestValidator : AbstractValidator<AcceptInvitationRequest>
{
    public AcceptInvitationRequestValidator()
    {
        RuleFor(r => r.Token).NotEmpty();
        RuleFor(r => r.Password).NotEmpty().MinimumLength(10);
    }
}
