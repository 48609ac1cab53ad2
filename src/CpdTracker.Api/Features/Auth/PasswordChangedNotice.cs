using CpdTracker.Api.Data.Identity;
using CpdTracker.Api.Features.Email;

namespace CpdTracker.Api.Features.Auth;

/// <summary>Tells an account holder their password was replaced (a reset, an invitation accepted again, a change), in
/// the same save as the change: the user manager calls it before every account update.</summary>
public sealed class PasswordChangedNotice(CpdDbContext db, Outbox outbox, AccountMail mail, TimeProvider clock)
{
    public void RecordIfReplaced(AppUser user)
    {
        var entry = db.Entry(user);
        var hash = entry.Property(u => u.PasswordHash);
        // A first password (a new account) is not a change; nor is an untracked user, whose old hash is unknown here.
        if (entry.State is EntityState.Detached or EntityState.Added || hash.OriginalValue is null
            || hash.OriginalValue == hash.CurrentValue || user.Email is null)
        {
            return;
        }

        outbox.Add(mail.PasswordChanged($"{user.Id}:{user.SecurityStamp}", user.Email, clock.GetUtcNow().UtcDateTime));
    }
}
