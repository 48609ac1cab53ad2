namespace CpdTracker.Api.Features.Auth;

public sealed record ForgotPasswordRequest(string? Email);

public sealed record ResetPasswordRequest(string? Email, string? Token, string? NewPassword);

public sealed record ForgotPasswordResponse(string Message);

public sealed class ForgotPasswordRequestValidator : AbstractValidator<ForgotPasswordRequest>
{
    public ForgotPasswordRequestValidator() => RuleFor(r => r.Email).NotEmpty().SingleLineText(254).EmailAddress();
}

public sealed class ResetPasswordRequestValidator : AbstractValidator<ResetPasswordRequest>
{
    public ResetPasswordRequestValidator()
    {
        RuleFor(r => r.Email).NotEmpty().SingleLineText(254);
        RuleFor(r => r.Token).NotEmpty().MaximumLength(2048);
        RuleFor(r => r.NewPassword).NotEmpty().MinimumLength(10).MaximumLength(256);
    }
}
