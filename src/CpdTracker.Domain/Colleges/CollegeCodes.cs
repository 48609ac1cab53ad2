namespace CpdTracker.Domain.Colleges;

/// <summary>The colleges and boards whose rules ship with the product.</summary>
public static class CollegeCodes
{
    public const string Racgp = "RACGP";
    public const string Acrrm = "ACRRM";
    public const string Ranzcp = "RANZCP";
    public const string Rnzcgp = "RNZCGP";
    public const string Mcnz = "MCNZ";
    public const string Psyba = "PSYBA";
    public const string Aasw = "AASW";
    public const string Nmba = "NMBA";
    public const string Otba = "OTBA";

    public static readonly IReadOnlyList<string> All = [Racgp, Acrrm, Ranzcp, Rnzcgp, Mcnz, Psyba, Aasw, Nmba, Otba];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);
}
