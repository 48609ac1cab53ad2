using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CpdTracker.Api.Data;

/// <summary>What PostgreSQL needs that SQLite did by itself: a case-insensitive collation for email addresses (SQLite's
/// NOCASE), UTC kinds on every DateTime (timestamptz refuses Kind=Unspecified, which SQLite reads back), and quoted
/// names in SQL written by hand (PostgreSQL folds unquoted names to lower case).</summary>
public static class PostgreSqlModel
{
    public const string CaseInsensitive = "case_insensitive";

    public static void Apply(ModelBuilder modelBuilder)
    {
        modelBuilder.HasCollation(CaseInsensitive, locale: "und-u-ks-level2", provider: "icu", deterministic: false);
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetProperties())
            .Where(p => p.GetCollation() == "NOCASE"))
        {
            property.SetCollation(CaseInsensitive);
        }

        modelBuilder.Entity<Meeting>().ToTable(t =>
            t.HasCheckConstraint("CK_Meeting_Owner", "(\"GroupId\" IS NULL) <> (\"WorkshopId\" IS NULL)"));
    }

    public static void Apply(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcConverter>();
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
