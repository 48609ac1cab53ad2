namespace CpdTracker.Api.Features.Auth;

public sealed record LoginRequest(string? Email, string? Password);

public sealed record RefreshRequest(string? RefreshToken);

public sealed record AcceptInvitationRequest(string? Token, string? Password);

public sealed record MeResponse(
    string Email, int? MemberId, string? FullName, IReadOnlyList<string> Roles, IReadOnlyList<int> GroupsLed);

public sealed record InvitationResponse(int MemberId, string Email, string Token, DateTime ExpiresAtUtc);

public sealed class LoginRequestValidator : AbstractValidator<LoginRequest>
{
    public LoginRequestValidator()
    {
        RuleFor(r => r.Email).NotEmpty().SingleLineText(254);
        RuleFor(r => r.Password).NotEmpty().MaximumLength(256);
    }
}

public sealed class RefreshRequestValidator : AbstractValidator<RefreshRequest>
{
    public RefreshRequestValidator() => RuleFor(r => r.RefreshToken).NotEmpty().MaximumLength(4096);
}

public sealed class AcceptInvitationRequestValidator : AbstractValidator<AcceptInvitationRequest>
{
    public AcceptInvitationRequestValidator()
    {
        RuleFor(r => r.Token).NotEmpty().MaximumLength(64);
        RuleFor(r => r.Password).NotEmpty().MinimumLength(10).MaximumLength(256);
    }
}
