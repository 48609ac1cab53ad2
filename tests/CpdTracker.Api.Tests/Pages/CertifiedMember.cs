using CpdTracker.Api.Features.Certificates;

namespace CpdTracker.Api.Tests.Pages;

/// <summary>A New Zealand GP with an account who attended a locked meeting in Auckland and holds its certificate;
/// another member with an account of their own holds one too.</summary>
public sealed record CertifiedMember(
    CpdTrackerApplication App,
    Society Society,
    int Member,
    string Email,
    int Meeting,
    CertificateSummary Certificate,
    int Other,
    string OtherEmail)
{
    public int CertificateId => Certificate.Id;

    public string Code => Certificate.VerificationCode;

    /// <summary>Built in the application given, which may be shared: the members and the meeting are the caller's
    /// own.</summary>
    public static async Task<CertifiedMember> CreateAsync(CpdTrackerApplication app)
    {
        var society = new Society(await app.SharedAdminClientAsync());
        var leader = await society.AddMember(
            "Dr Helen Marsh", "Psychiatrist", "AU", new { college = "RANZCP", memberNumber = "RP-1" });
        var gp = await society.AddMember(
            "Mere Tūhoe-Ngāwai", "GP", "NZ", new { college = "RNZCGP", memberNumber = "NZ-20871" });
        var other = await society.AddMember(
            "Dr Tom Nguyen", "GP", "NZ", new { college = "RNZCGP", memberNumber = "NZ-1" });
        var group = await society.AddGroup(leader, [gp, other], "Pacific/Auckland");
        var meeting = (await society.ScheduleMeeting(group, "2026-11-17T18:30")).Id;
        await (await society.SaveRegister(
                meeting,
                new { memberId = gp, status = "Present" },
                new { memberId = other, status = "Late", minutesAttended = 60 },
                new { memberId = leader, status = "Present" }))
            .ReadJson(HttpStatusCode.OK);
        await society.Lock(meeting);
        var certificate = await CertificateOf(society, gp);
        await CertificateOf(society, other);
        return new CertifiedMember(
            app,
            society,
            gp,
            await app.CreateMemberAccountAsync(gp),
            meeting,
            certificate,
            other,
            await app.CreateMemberAccountAsync(other));
    }

    public static async Task<CertificateSummary> CertificateOf(Society society, int member) =>
        (await society.CertificatesWhen(member, list => list.Count > 0))[0];

    public async Task<byte[]> PdfAsync() =>
        await (await Society.Client.GetAsync($"/api/certificates/{CertificateId}/pdf")).Content.ReadAsByteArrayAsync();
}
