using System.Reflection;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Internal;

namespace CpdTracker.Api.Data;

#pragma warning disable EF1001 // MigrationsAssembly is EF's own service; only the choice of namespace is ours.

/// <summary>Both providers' migrations live in this assembly, one folder and namespace each (Migrations/Sqlite,
/// Migrations/PostgreSql); the provider in use sees only its own migrations and model snapshot.</summary>
public sealed class ProviderMigrationsAssembly(
    ICurrentDbContext currentContext,
    IDbContextOptions options,
    IMigrationsIdGenerator idGenerator,
    IDiagnosticsLogger<DbLoggerCategory.Migrations> logger)
    : MigrationsAssembly(currentContext, options, idGenerator, logger)
{
    public const string SqliteNamespace = "CpdTracker.Api.Data.Migrations.Sqlite";
    public const string PostgreSqlNamespace = "CpdTracker.Api.Data.Migrations.PostgreSql";

    private readonly DbContext _context = currentContext.Context;
    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _snapshot;

    private string Namespace => _context.Database.IsNpgsql() ? PostgreSqlNamespace : SqliteNamespace;

    public override IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations ??=
        new SortedList<string, TypeInfo>(base.Migrations.Where(m => m.Value.Namespace == Namespace)
            .ToDictionary(m => m.Key, m => m.Value));

    public override ModelSnapshot? ModelSnapshot => _snapshot ??= Assembly.GetTypes()
        .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(ModelSnapshot)) && t.Namespace == Namespace
            && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == _context.GetType())
        .Select(t => (ModelSnapshot)Activator.CreateInstance(t)!)
        .FirstOrDefault();
}
