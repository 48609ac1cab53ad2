namespace CpdTracker.Reports.Csv;

/// <summary>Members have one full name; a layout that wants given and family names gets a best effort: leading titles
/// dropped, the last word is the family name, together with any lower-case particles before it ("van der", "de",
/// "bin"). "Dr Mere Tūhoe-Ngāwai" → ("Mere", "Tūhoe-Ngāwai"); "Anna van der Berg" → ("Anna", "van der Berg"). A name it
/// cannot split well (a family name first, two family names) is still whole across the two columns.</summary>
public static class Names
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Dr", "Dr.", "Prof", "Prof.", "A/Prof", "Assoc", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Mx", "Miss",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "du", "la", "le", "ter", "ten", "bin",
        "binti", "ibn", "ap",
    };

    public static (string Given, string Family) Split(string? fullName)
    {
        var words = (fullName ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(Titles.Contains)
            .ToArray();
        if (words.Length < 2)
        {
            return ("", words.Length == 1 ? words[0] : fullName?.Trim() ?? "");
        }

        var familyStart = words.Length - 1;
        while (familyStart > 1 && Particles.Contains(words[familyStart - 1]))
        {
            familyStart--;
        }

        return (string.Join(' ', words[..familyStart]), string.Join(' ', words[familyStart..]));
    }
}
