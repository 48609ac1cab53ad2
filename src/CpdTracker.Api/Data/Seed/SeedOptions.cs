namespace CpdTracker.Api.Data.Seed;

public sealed class SeedOptions
{
    public const string SectionName = "Seed";

    /// <summary>Load the demo society when the database is empty.</summary>
    public bool Demo { get; set; }
}
