namespace CpdTracker.Api.Synthetic;

/// <summary>Names, professions and college memberships drawn from a seeded Random: AU and NZ clinicians as a society has them.</summary>
public sealed class SyntheticPeople(Random random)
{
    private static readonly string[] Given = ["Helen", "Tom", "Zoë", "Priya", "Liam", "Sarah", "Aisha", "James", "Mei", "Ben", "Olivia", "Sione", "Anna",
        "Kate", "Daniel", "Rohan", "Grace", "Nikhil", "Ruth", "Oliver", "Lucy", "Hamish", "Chloe", "Ahmed", "Fatima", "Jack", "Isla", "Noah", "Ella", "Wei"];
    private static readonly string[] NzGiven = ["Mere", "Hēmi", "Aroha", "Tama", "Ngaio", "Wiremu", "Ānahera", "Rāwiri", "Kiri", "Manaia"];
    private static readonly string[] Family = ["Marsh", "Nguyen", "O'Brien", "Raman", "Walsh", "Goldberg", "Rahman", "Fairweather", "Chen", "Carter", "Hart",
        "Kowalski", "Brennan", "Ross", "Mehta", "Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Singh", "Patel", "Murphy", "Kelly", "Papadopoulos"];
    private static readonly string[] NzFamily = ["Tūhoe-Ngāwai", "Walker", "Tupou", "Pōtae", "Ngata", "Te Whata", "Parata", "Māhaki", "Henare", "Clarke"];

    public MemberRow Member(int id, Country country, bool leads)
    {
        var profession = leads ? (random.Next(2) == 0 ? Profession.GP : Profession.Psychiatrist) : Pick(random.Next(100));
        var maori = country == Country.NZ && random.Next(3) == 0;
        var name = $"{(maori ? NzGiven : Given)[random.Next(maori ? NzGiven.Length : Given.Length)]} {(maori ? NzFamily : Family)[random.Next(maori ? NzFamily.Length : Family.Length)]}";
        var doctor = profession is Profession.GP or Profession.Psychiatrist or Profession.OtherSpecialist;
        return new MemberRow(id, doctor ? $"Dr {name}" : name, $"member{id:00000}@synthetic.balint.example", profession, country);
    }

    public IEnumerable<MembershipRow> Memberships(MemberRow m)
    {
        var nz = m.Country == Country.NZ;
        switch (m.Profession)
        {
            case Profession.GP when nz:
                yield return new(m.Id, "RNZCGP", $"NZ-{20000 + m.Id}", null);
                yield return new(m.Id, "MCNZ", $"MCNZ-{40000 + m.Id}", new DateOnly(2024, 1 + random.Next(12), 1));
                break;
            case Profession.GP:
                var roll = random.Next(100);
                if (roll < 85)
                {
                    yield return new(m.Id, "RACGP", $"{400000 + m.Id}", null);
                }

                if (roll >= 70)
                {
                    yield return new(m.Id, "ACRRM", $"AC-{m.Id:00000}", null);
                }

                break;
            case Profession.Psychiatrist:
                yield return new(m.Id, "RANZCP", $"RP-{100000 + m.Id}", null);
                if (nz)
                {
                    yield return new(m.Id, "MCNZ", $"MCNZ-{40000 + m.Id}", new DateOnly(2024, 1 + random.Next(12), 1));
                }

                break;
            case Profession.Psychologist when !nz:
                yield return new(m.Id, "PSYBA", $"PSY{m.Id:0000000000}", null);
                break;
            case Profession.Nurse when !nz:
                yield return new(m.Id, "NMBA", $"NMW{m.Id:0000000000}", null);
                break;
            case Profession.SocialWorker when !nz:
                yield return new(m.Id, "AASW", $"AASW-{m.Id:000000}", null);
                break;
            case Profession.OccupationalTherapist when !nz:
                yield return new(m.Id, "OTBA", $"OCC{m.Id:0000000000}", null);
                break;
        }
    }

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
