using CpdTracker.Api.Features.Shared;

namespace CpdTracker.Api.Features.Groups;

/// <summary>Creating and changing groups, for the API and the administrator's pages alike; every change is
/// audited.</summary>
public sealed class GroupService(CpdDbContext db, UnitOfWork work, AuditLog audit)
{
    public async Task<Outcome<GroupResponse>> CreateAsync(GroupRequest request, CancellationToken ct)
    {
        var missing = await MissingMembersAsync(request, ct);
        if (missing.Count > 0)
        {
            return Outcome<GroupResponse>.Invalid(missing);
        }

        var group = new Group { Name = request.Name!, City = request.City!, TimeZone = request.TimeZone! };
        Apply(group, request);
        await audit.CreateAsync(group, () => group.Id, AuditEntity.Group, () => GroupResponse.From(group), ct);
        return Outcome<GroupResponse>.Ok(GroupResponse.From(group));
    }

    /// <summary>Replaces a group's details, leaders, members and accreditations.</summary>
    public async Task<Outcome<GroupResponse>> UpdateAsync(int id, GroupRequest request, CancellationToken ct)
    {
        var group = await Load().FirstOrDefaultAsync(g => g.Id == id, ct);
        if (group is null)
        {
            return Outcome<GroupResponse>.NotFound();
        }

        var missing = await MissingMembersAsync(request, ct);
        if (missing.Count > 0)
        {
            return Outcome<GroupResponse>.Invalid(missing);
        }

        var before = GroupResponse.From(group);
        await work.SaveAsync(() =>
        {
            Apply(group, request);
            audit.Record(AuditEntity.Group, id, AuditAction.Updated, before, GroupResponse.From(group));
        }, ct);
        return Outcome<GroupResponse>.Ok(GroupResponse.From(group));
    }

    public async Task<GroupResponse?> GetAsync(int id, CancellationToken ct) =>
        await Load().AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct) is { } group
            ? GroupResponse.From(group)
            : null;

    public IQueryable<Group> Load() => db.Groups.Include(g => g.Leaders).Include(g => g.Enrolments).AsSplitQuery();

    private Task<Dictionary<string, string[]>> MissingMembersAsync(GroupRequest r, CancellationToken ct) =>
        MemberLookup.MissingAsync(db, (r.Leaders ?? []).Select((l, i) => ($"leaders[{i}].memberId", l.MemberId))
            .Concat((r.MemberIds ?? []).Select((m, i) => ($"memberIds[{i}]", m)))
            .Concat((r.Enrolments ?? []).Select((e, i) => ($"enrolments[{i}].memberId", e.MemberId))), ct);

    private static void Apply(Group group, GroupRequest r)
    {
        group.Name = r.Name!;
        group.City = r.City!;
        group.TimeZone = r.TimeZone!;
        group.Mode = r.Mode!.Value;
        group.Accreditations = AccreditationRules.ToDomain(r.Accreditations);
        group.Leaders.Clear();
        group.Leaders.AddRange(r.Leaders!.Select(l => new GroupLeader { MemberId = l.MemberId, Role = l.Role!.Value }));
        group.Enrolments.Clear();
        group.Enrolments.AddRange((r.MemberIds ?? []).Select(m => new Enrolment { MemberId = m }));
        group.Enrolments.AddRange((r.Enrolments ?? []).Select(e =>
            new Enrolment { MemberId = e.MemberId, JoinedOn = e.JoinedOn, LeftOn = e.LeftOn }));
    }
}
