using CpdTracker.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace CpdTracker.Api.Tests.Features;

public sealed class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void EveryModelChangeHasAMigrationForEachProvider(DatabaseProvider provider)
    {
        using var db = new CpdDbContext(DesignTimeFactory.For(provider).Options);

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes without a {provider} migration: add one (README, \"Migrations\").");
    }

    [Fact]
    public void ExistingSqliteDatabasesKeepTheirMigrationHistory()
    {
        using var db = new CpdDbContext(DesignTimeFactory.For(DatabaseProvider.Sqlite).Options);

        Assert.Equal(
            ["20261123010249_Initial", "20261123011458_AccountsAndAudit", "20261123013158_RuleSetsAndDocuments",
                "20261124211913_CertificatesDueAndWithdrawal", "20261124212419_SignInSessions",
                "20261124222449_Outbox"],
            db.Database.GetMigrations().Take(6));
    }

    [Fact]
    public void EachProviderSeesOnlyItsOwnMigrations()
    {
        using var sqlite = new CpdDbContext(DesignTimeFactory.For(DatabaseProvider.Sqlite).Options);
        using var postgres = new CpdDbContext(DesignTimeFactory.For(DatabaseProvider.PostgreSql).Options);

        Assert.Empty(sqlite.Database.GetMigrations().Intersect(postgres.Database.GetMigrations()));
        Assert.Contains(postgres.Database.GetMigrations(), m => m.EndsWith("_Initial", StringComparison.Ordinal));
    }
}
