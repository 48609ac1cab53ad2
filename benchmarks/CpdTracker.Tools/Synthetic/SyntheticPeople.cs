namespace CpdTracker.Tools.Synthetic;

/// <summary>Names, professions and college memberships drawn from a seeded Random: AU and NZ clinicians as a society
/// has them.</summary>
public sealed class SyntheticPeople(Random random)
{
    private static readonly string[] Given =
    [
        "Helen", "Tom", "Zoë", "Priya", "Liam", "Sarah", "Aisha", "James", "Mei", "Ben", "Olivia", "Sione", "Anna",
        "Kate", "Daniel", "Rohan", "Grace", "Nikhil", "Ruth", "Oliver", "Lucy", "Hamish", "Chloe", "Ahmed", "Fatima",
        "Jack", "Isla", "Noah", "Ella", "Wei",
    ];
    private static readonly string[] NzGiven =
        ["Mere", "Hēmi", "Aroha", "Tama", "Ngaio", "Wiremu", "Ānahera", "Rāwiri", "Kiri", "Manaia"];
    private static readonly string[] Family =
    [
        "Marsh", "Nguyen", "O'Brien", "Raman", "Walsh", "Goldberg", "Rahman", "Fairweather", "Chen", "Carter", "Hart",
        "Kowalski", "Brennan", "Ross", "Mehta", "Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Singh",
        "Patel", "Murphy", "Kelly", "Papadopoulos",
    ];
    private static readonly string[] NzFamily =
        ["Tūhoe-Ngāwai", "Walker", "Tupou", "Pōtae", "Ngata", "Te Whata", "Parata", "Māhaki", "Henare", "Clarke"];

    public Member Member(int id, Country country, bool leads)
    {
        var profession = leads
            ? (random.Next(2) == 0 ? Profession.GP : Profession.Psychiatrist)
            : Pick(random.Next(100));
        var maori = country == Country.NZ && random.Next(3) == 0;
        var name = $"{(maori ? NzGiven : Given)[random.Next(maori ? NzGiven.Length : Given.Length)]} "
            + $"{(maori ? NzFamily : Family)[random.Next(maori ? NzFamily.Length : Family.Length)]}";
        var doctor = profession is Profession.GP or Profession.Psychiatrist or Profession.OtherSpecialist;
        var member = new Member
        {
            Id = id,
            FullName = doctor ? $"Dr {name}" : name,
            Email = $"member{id:00000}@synthetic.balint.example",
            Profession = profession,
            Country = country,
        };
        member.CollegeMemberships.AddRange(Memberships(member));
        return member;
    }

    private IEnumerable<CollegeMembership> Memberships(Member m)
    {
        var nz = m.Country == Country.NZ;
        switch (m.Profession)
        {
            case Profession.GP when nz:
                yield return Membership(m, "RNZCGP", $"NZ-{20000 + m.Id}", null);
                yield return Membership(m, "MCNZ", $"MCNZ-{40000 + m.Id}", new DateOnly(2024, 1 + random.Next(12), 1));
                break;
            case Profession.GP:
                var roll = random.Next(100);
                if (roll < 85)
                {
                    yield return Membership(m, "RACGP", $"{400000 + m.Id}", null);
                }

                if (roll >= 70)
                {
                    yield return Membership(m, "ACRRM", $"AC-{m.Id:00000}", null);
                }

                break;
            case Profession.Psychiatrist:
                yield return Membership(m, "RANZCP", $"RP-{100000 + m.Id}", null);
                if (nz)
                {
                    yield return Membership(
                        m, "MCNZ", $"MCNZ-{40000 + m.Id}", new DateOnly(2024, 1 + random.Next(12), 1));
                }

                break;
            case Profession.Psychologist when !nz:
                yield return Membership(m, "PSYBA", $"PSY{m.Id:0000000000}", null);
                break;
            case Profession.Nurse when !nz:
                yield return Membership(m, "NMBA", $"NMW{m.Id:0000000000}", null);
                break;
            case Profession.SocialWorker when !nz:
                yield return Membership(m, "AASW", $"AASW-{m.Id:000000}", null);
                break;
            case Profession.OccupationalTherapist when !nz:
                yield return Membership(m, "OTBA", $"OCC{m.Id:0000000000}", null);
                break;
        }
    }

    private static CollegeMembership Membership(Member m, string college, string number, DateOnly? cycleStart) =>
        new() { MemberId = m.Id, College = college, MemberNumber = number, CycleStart = cycleStart };

    private static Profession Pick(int roll) => roll switch
    {
        < 45 => Profession.GP,
        < 57 => Profession.Psychiatrist,
        < 69 => Profession.Psychologist,
        < 77 => Profession.Nurse,
        < 85 => Profession.SocialWorker,
        < 90 => Profession.OccupationalTherapist,
        < 95 => Profession.MedicalStudent,
        _ => Profession.OtherSpecialist,
    };
}
