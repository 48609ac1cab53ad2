namespace CpdTracker.Api.Features.Meetings;

public sealed record RegisterEntryRequest(
    int MemberId, AttendanceStatus? Status, int? MinutesAttended, AttendanceRole? Role);

/// <param name="Unmark">Members marked now whose lines this save removes; anyone marked and neither listed nor named
/// here is refused.</param>
public sealed record SaveRegisterRequest(List<RegisterEntryRequest>? Entries, List<int>? Unmark = null);

/// <summary>One member's line, corrected alone.</summary>
public sealed record CorrectAttendanceRequest(AttendanceStatus? Status, int? MinutesAttended, AttendanceRole? Role);

public sealed record CancelMeetingRequest(string? Reason);

public sealed record UnlockRequest(string? Reason);

public sealed record RegisterLine(
    int MemberId, string FullName, bool Marked, AttendanceStatus? Status, int? MinutesAttended, AttendanceRole? Role);

public sealed record RegisterResponse(
    int MeetingId, MeetingStatus Status, DateTime? LockedAtUtc, Guid Version, int DurationMinutes,
    IReadOnlyList<RegisterLine> Entries);

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

public sealed class CorrectAttendanceRequestValidator : AbstractValidator<CorrectAttendanceRequest>
{
    public CorrectAttendanceRequestValidator()
    {
        RuleFor(r => r.Status).NotNull().IsInEnum();
        RuleFor(r => r.Role).IsInEnum();
    }
}

public sealed class CancelMeetingRequestValidator : AbstractValidator<CancelMeetingRequest>
{
    public CancelMeetingRequestValidator() =>
        RuleFor(r => r.Reason).NotEmpty().WithMessage("Say why the meeting is cancelled.").MaximumLength(500);
}

public sealed class UnlockRequestValidator : AbstractValidator<UnlockRequest>
{
    public UnlockRequestValidator() =>
        RuleFor(r => r.Reason).NotEmpty().WithMessage("Say why the register is being unlocked.").SingleLineText(500);
}
