namespace CpdTracker.Api.Features.Audit;

/// <summary>What an audit row is about; stored by name.</summary>
public enum AuditEntity
{
    Member,
    Group,
    Workshop,
    Meeting,
    Register,
    RuleSet,
    Certificate,
}

/// <summary>What happened to it; stored by name.</summary>
public enum AuditAction
{
    Created,
    Updated,
    Invited,
    InvitationAccepted,
    Saved,
    Corrected,
    Locked,
    Unlocked,
    Rescheduled,
    Cancelled,
    Deleted,
    Replaced,
    Revoked,
    Withdrawn,
}
