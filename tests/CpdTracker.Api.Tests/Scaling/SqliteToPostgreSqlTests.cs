using System.Text.RegularExpressions;
using CpdTracker.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTracker.Api.Tests.Scaling;

/// <summary>The documented move (docs/DEPLOYMENT.md): the demo society on SQLite, copied by the command to PostgreSQL,
/// answers every statement, certificate list and college CSV exactly as it did.</summary>
public sealed partial class SqliteToPostgreSqlTests
{
    [PostgreSqlFact]
    public async Task TheDemoSocietyMovedToPostgreSqlGivesTheSameStatementsCertificatesAndCsvs()
    {
        string file;
        List<(int Member, string College)> memberships;
        Dictionary<string, string> before;
        await using (var sqlite = new CpdTrackerApplication
        {
            UsePostgreSql = false, SeedDemo = true, KeepDatabase = true,
        })
        {
            var admin = await sqlite.CreateAdminClientAsync();
            await sqlite.WaitForJobsAsync(180);
            await using (var scope = sqlite.Services.CreateAsyncScope())
            {
                memberships = (await scope.ServiceProvider.GetRequiredService<CpdDbContext>()
                    .Set<CpdTracker.Domain.Members.CollegeMembership>().AsNoTracking().ToListAsync())
                    .Select(m => (m.MemberId, m.College)).ToList();
            }

            before = await AnswersAsync(admin, memberships);
            file = sqlite.DatabaseFile;
        }

        await using var postgres = new CpdTrackerApplication
        {
            DatabaseFile = file, UsePostgreSql = true, FromEmptyFile = true,
        };
        PostgreSqlCluster.Shared.EnsureDatabase(postgres.DatabaseName, empty: true);
        using var output = new StringWriter();
        var exit = await SqliteToPostgreSql.RunAsync(
            [SqliteToPostgreSql.Command, $"Data Source={file};Pooling=False", postgres.ConnectionString], output);

        Assert.Equal(0, exit);
        Assert.Contains("IssuedDocuments: ", output.ToString());
        // The planner has statistics straight away (after a bulk copy it has none until autovacuum runs, and the
        // college report's query timed out on the synthetic society).
        await using (var connection = new Npgsql.NpgsqlConnection(postgres.ConnectionString))
        {
            await connection.OpenAsync();
            await using var analysed = new Npgsql.NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_user_tables WHERE relname = 'Attendances' AND last_analyze IS NOT NULL",
                connection);
            Assert.Equal(1L, await analysed.ExecuteScalarAsync());
        }

        var client = await postgres.CreateAdminClientAsync();
        await postgres.WaitForJobsAsync(180);
        var after = await AnswersAsync(client, memberships);
        Assert.True(before.Count > 50, $"only {before.Count} answers compared");
        Assert.All(before, b => Assert.Equal(b.Value, after[b.Key]));
    }

    [PostgreSqlFact]
    public async Task TheCommandRefusesADatabaseThatAlreadyHoldsData()
    {
        await using var sqlite = new CpdTrackerApplication { UsePostgreSql = false };
        await using var postgres = new CpdTrackerApplication();
        await postgres.CreateAdminClientAsync();
        await sqlite.CreateAdminClientAsync();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            SqliteToPostgreSql.CopyAsync(
                $"Data Source={sqlite.DatabaseFile};Pooling=False", postgres.ConnectionString, default));

        Assert.Contains("already holds data", refused.Message);
    }

    /// <summary>Every statement (two dates a membership), every member's certificate list and every college's CSV for
    /// two years, as the API answers them: status and body.</summary>
    private static async Task<Dictionary<string, string>> AnswersAsync(
        HttpClient admin, List<(int Member, string College)> memberships)
    {
        var paths = memberships.SelectMany(m => new[] { "2026-11-20", "2025-12-15" }
                .Select(d => $"/api/members/{m.Member}/cpd?college={m.College}&date={d}"))
            .Concat(memberships.Select(m => $"/api/members/{m.Member}/certificates").Distinct())
            .Concat(memberships.Select(m => m.College).Distinct()
                .SelectMany(c => new[] { 2025, 2026 }.Select(y => $"/api/reports/colleges/{c}/{y}.csv")));
        var answers = new Dictionary<string, string>();
        foreach (var path in paths)
        {
            var response = await admin.GetAsync(path);
            // A refusal's trace id names the request, not the data.
            var body = TraceId().Replace(await response.Content.ReadAsStringAsync(), "");
            answers[path] = $"{(int)response.StatusCode} {body}";
        }

        return answers;
    }

    [GeneratedRegex("\"traceId\":\"[^\"]*\"")]
    private static partial Regex TraceId();
}
