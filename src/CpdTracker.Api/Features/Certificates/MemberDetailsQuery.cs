using CpdTracker.Reports.Documents.Models;

namespace CpdTracker.Api.Features.Certificates;

public static class MemberDetailsQuery
{
    public static string ProfessionName(Profession profession) => profession switch
    {
        Profession.GP => "General practitioner",
        Profession.OtherSpecialist => "Medical specialist",
        Profession.SocialWorker => "Social worker",
        Profession.OccupationalTherapist => "Occupational therapist",
        Profession.MedicalStudent => "Medical student",
        _ => profession.ToString(),
    };

    public static async Task<Dictionary<int, MemberDetails>> LoadAsync(
        CpdDbContext db, IEnumerable<int> memberIds, CancellationToken ct)
    {
        var ids = memberIds.Distinct().ToList();
        var members = await db.Members.AsNoTracking()
            .Include(m => m.CollegeMemberships)
            .Where(m => ids.Contains(m.Id))
            .ToListAsync(ct);
        return members.ToDictionary(m => m.Id, m => new MemberDetails(
            m.FullName,
            ProfessionName(m.Profession),
            m.CollegeMemberships.OrderBy(c => c.College)
                .Select(c => new CpdTracker.Reports.Documents.Models.CollegeMembership(c.College, c.MemberNumber))
                .ToList()));
    }
}
