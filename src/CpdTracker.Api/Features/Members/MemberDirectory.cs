namespace CpdTracker.Api.Features.Members;

public sealed record MemberListItem(
    int Id, string FullName, string Email, Profession Profession, IReadOnlyList<string> Colleges);

public sealed record MemberSearchPage(IReadOnlyList<MemberListItem> Items, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Whether a member can sign in: an account, a lockout, an invitation still open.</summary>
public sealed record MemberAccount(bool HasAccount, DateTimeOffset? LockedUntil, DateTime? InvitationExpiresUtc);

/// <summary>Finding members: the administrator's search, paged in the database, and the look-up of a person typed
/// into a group's or workshop's form by email or college number.</summary>
public sealed class MemberDirectory(CpdDbContext db, TimeProvider clock)
{
    public const int PageSize = 25;

    /// <summary>Members whose name or email contains the text, or who hold a college number containing it; by
    /// name.</summary>
    public async Task<MemberSearchPage> SearchAsync(string? text, int page, CancellationToken ct)
    {
        var members = db.Members.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = $"%{text.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            members = db.Database.IsNpgsql() ? PostgreSqlMatches(members, pattern) : SqliteMatches(members, pattern);
        }

        var total = await members.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var items = await members.OrderBy(m => m.FullName).ThenBy(m => m.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(m => new MemberListItem(m.Id, m.FullName, m.Email, m.Profession,
                m.CollegeMemberships.OrderBy(c => c.College).Select(c => c.College + " " + c.MemberNumber).ToList()))
            .ToListAsync(ct);
        return new MemberSearchPage(items, total, page, PageSize);
    }

    /// <summary>LIKE ignores the case of ASCII letters on SQLite, without lower-casing every row's text first. The
    /// numbers are searched once (IN), not once a member (a correlated EXISTS).</summary>
    private IQueryable<Member> SqliteMatches(IQueryable<Member> members, string pattern)
    {
        var numbered = db.Set<CollegeMembership>().Where(c => EF.Functions.Like(c.MemberNumber, pattern, "\\"))
            .Select(c => c.MemberId);
        return members.Where(m => EF.Functions.Like(m.FullName, pattern, "\\")
            || EF.Functions.Like(m.Email, pattern, "\\")
            || numbered.Contains(m.Id));
    }

    /// <summary>The same on PostgreSQL, where LIKE heeds case (so ILIKE) and refuses the nondeterministic
    /// case-insensitive collation of the email column (so the email is compared under "C").</summary>
    private IQueryable<Member> PostgreSqlMatches(IQueryable<Member> members, string pattern)
    {
        var numbered = db.Set<CollegeMembership>().Where(c => EF.Functions.ILike(c.MemberNumber, pattern, "\\"))
            .Select(c => c.MemberId);
        return members.Where(m => EF.Functions.ILike(m.FullName, pattern, "\\")
            || EF.Functions.ILike(EF.Functions.Collate(m.Email, "C"), pattern, "\\")
            || numbered.Contains(m.Id));
    }

    /// <summary>The member a person typed: an exact email, or a college number only one member holds; null with the
    /// reason when there is none or more than one.</summary>
    public async Task<(int? Id, string? Problem)> FindAsync(string text, CancellationToken ct)
    {
        var t = text.Trim();
        // Emails compare without case (the column's collation), through their unique index.
        var byEmail = await db.Members.Where(m => m.Email == t).Select(m => (int?)m.Id).FirstOrDefaultAsync(ct);
        if (byEmail is not null)
        {
            return (byEmail, null);
        }

        var byNumber = await db.Members.Where(m => m.CollegeMemberships.Any(c => c.MemberNumber == t)).Select(m => m.Id)
            .Take(2).ToListAsync(ct);
        return byNumber.Count switch
        {
            1 => (byNumber[0], null),
            0 => (null, $"No member has the email or college number '{t}'."),
            _ => (null, $"More than one member has the college number '{t}'; give their email."),
        };
    }

    public async Task<Dictionary<int, string>> NamesAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.Members.AsNoTracking().Where(m => list.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => m.FullName, ct);
    }

    public async Task<MemberAccount> AccountAsync(int memberId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var account = await db.Users.AsNoTracking().Where(u => u.MemberId == memberId).Select(u => new { u.LockoutEnd })
            .FirstOrDefaultAsync(ct);
        var nowUtc = now.UtcDateTime;
        var invitation = await db.Invitations.AsNoTracking()
            .Where(i => i.MemberId == memberId && i.AcceptedAtUtc == null && i.ExpiresAtUtc > nowUtc)
            .Select(i => (DateTime?)i.ExpiresAtUtc).FirstOrDefaultAsync(ct);
        var locked = account?.LockoutEnd is { } end && end > now ? end : (DateTimeOffset?)null;
        return new MemberAccount(account is not null, locked, invitation);
    }
}
