namespace CpdTracker.Api.Features.Meetings;

public sealed record RegisterEntryRequest(int MemberId, AttendanceStatus? Status, int? MinutesAttended, AttendanceRole? Role);

public sealed record SaveRegisterRequest(List<RegisterEntryRequest>? Entries);

public sealed record UnlockRequest(string? Reason);

public sealed record RegisterLine(
    int MemberId, string FullName, bool Marked, AttendanceStatus? Status, int? MinutesAttended, AttendanceRole? Role);

public sealed record RegisterResponse(
    int MeetingId, MeetingStatus Status, DateTime? LockedAtUtc, Guid Version, int DurationMinutes, IReadOnlyList<RegisterLine> Entries);

public sealed class SaveRegisterRequestValidator : AbstractValidator<SaveRegisterRequest>
{
    public SaveRegisterRequestValidator()
    {
        RuleFor(r => r.Entries).NotNull().WithMessage("entries is required (an empty list clears the register).");
        RuleForEach(r => r.Entries).NotNull().ChildRules(e =>
        {
            e.RuleFor(x => x.Status).NotNull().IsInEnum();
            e.RuleFor(x => x.Role).IsInEnum();
        });
    }
}

public sealed class UnlockRequestValidator : AbstractValidator<UnlockRequest>
{
    public UnlockRequestValidator() =>
        RuleFor(r => r.Reason).NotEmpty().WithMessage("Say why the register is being unlocked.").SingleLineText(500);
}
