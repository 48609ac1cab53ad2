namespace CpdTracker.Api.Data.Seed;

/// <summary>The demo society's clinicians: several professions, both countries, several colleges each.</summary>
public static class DemoMembers
{
    public static List<Member> Build() =>
    [
        Make(1, "Dr Helen Marsh", Profession.Psychiatrist, Country.AU, ("RANZCP", "RP-104233", null)),
        Make(2, "Dr Tom Nguyen", Profession.GP, Country.AU, ("RACGP", "551203", null), ("ACRRM", "AC-88412", null)),
        Make(3, "Dr Zoë O'Brien", Profession.GP, Country.AU, ("RACGP", "602117", null)),
        Make(4, "Priya Raman", Profession.Psychologist, Country.AU, ("PSYBA", "PSY0001728391", null)),
        Make(5, "Liam Walsh", Profession.Nurse, Country.AU, ("NMBA", "NMW0002217645", null)),
        Make(6, "Sarah Goldberg", Profession.SocialWorker, Country.AU, ("AASW", "AASW-331907", null)),
        Make(7, "Aisha Rahman", Profession.MedicalStudent, Country.AU),
        Make(8, "Dr James Fairweather", Profession.GP, Country.AU, ("RACGP", "488120", null)),
        Make(9, "Dr Mei Chen", Profession.GP, Country.AU, ("RACGP", "617744", null), ("ACRRM", "AC-90115", null)),
        Make(10, "Dr Ben Carter", Profession.Psychiatrist, Country.AU, ("RANZCP", "RP-118502", null)),
        Make(11, "Olivia Hart", Profession.OccupationalTherapist, Country.AU, ("OTBA", "OCC0001893302", null)),
        Make(
            12, "Dr Mere Tūhoe-Ngāwai", Profession.GP, Country.NZ,
            ("RNZCGP", "NZ-20871", null), ("MCNZ", "MCNZ-41877", new DateOnly(2025, 4, 1))),
        Make(
            13, "Dr Sione Tupou", Profession.Psychiatrist, Country.NZ,
            ("RANZCP", "RP-120777", null), ("MCNZ", "MCNZ-52210", new DateOnly(2025, 10, 1))),
        Make(
            14, "Dr Anna Kowalski", Profession.GP, Country.NZ,
            ("RNZCGP", "NZ-31502", null), ("MCNZ", "MCNZ-60093", new DateOnly(2025, 7, 1))),
        Make(
            15, "Dr Hēmi Walker", Profession.GP, Country.NZ,
            ("RNZCGP", "NZ-29944", null), ("MCNZ", "MCNZ-47381", new DateOnly(2026, 1, 1))),
        Make(16, "Dr Kate Brennan", Profession.GP, Country.AU, ("RACGP", "590031", null)),
        Make(17, "Dr Daniel Ross", Profession.GP, Country.AU, ("ACRRM", "AC-77120", null)),
        Make(18, "Dr Rohan Mehta", Profession.GP, Country.AU, ("RACGP", "633408", null)),
    ];

    private static Member Make(
        int id,
        string name,
        Profession profession,
        Country country,
        params (string College, string Number, DateOnly? Cycle)[] colleges) => new()
        {
            Id = id,
            FullName = name,
            Email = DemoEmail(name),
            Profession = profession,
            Country = country,
            TimeZone = HomeZone(id),
            CollegeMemberships = colleges
                .Select(c => new CollegeMembership
                {
                    College = c.College,
                    MemberNumber = c.Number,
                    CycleStart = c.Cycle,
                })
                .ToList(),
        };

    // Where each demo member lives: the online group's members are spread over five zones.
    private static string HomeZone(int id) => id switch
    {
        >= 8 and <= 11 or 18 => "Australia/Perth",
        >= 12 and <= 15 => "Pacific/Auckland",
        16 => "Australia/Hobart",
        17 => "Australia/Brisbane",
        _ => "Australia/Melbourne",
    };

    /// <summary>"Dr Zoë O'Brien" → zoe.obrien@demo.balint.example: ASCII, so the README's curl lines type
    /// easily.</summary>
    public static string DemoEmail(string name)
    {
        var plain = new string(name.Replace("Dr ", "").Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => char.IsAsciiLetter(c) || c == ' ' || c == '-').ToArray()).ToLowerInvariant();
        var parts = plain.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return $"{parts[0]}.{parts[^1]}@demo.balint.example";
    }
}
