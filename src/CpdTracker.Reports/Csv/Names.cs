namespace CpdTracker.Reports.Csv;

/// <summary>Members have one full name; a layout that wants given and family names gets a best effort: titles dropped,
/// the last word is the family name ("Dr Mere Tūhoe-Ngāwai" → "Mere", "Tūhoe-Ngāwai").</summary>
public static class Names
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase) { "Dr", "Dr.", "Prof", "Prof.", "A/Prof", "Mr", "Mrs", "Ms", "Mx" };

    public static (string Given, string Family) Split(string fullName)
    {
        var words = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(Titles.Contains).ToArray();
        return words.Length switch
        {
            0 => ("", fullName),
            1 => ("", words[0]),
            _ => (string.Join(' ', words[..^1]), words[^1]),
        };
    }
}
