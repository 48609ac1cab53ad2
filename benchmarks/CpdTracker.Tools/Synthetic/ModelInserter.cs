using System.Data.Common;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CpdTracker.Tools.Synthetic;

/// <summary>Inserts entities with one prepared command per entity type. Table, columns, quoting, parameter set-up and
/// value conversions all come from the app's EF model and type mappings, so the rows are the ones SaveChanges would
/// write.</summary>
public sealed class ModelInserter(CpdDbContext db, DbTransaction transaction)
{
    public Task<int> InsertAsync<T>(IEnumerable<T> entities, CancellationToken ct) where T : class =>
        InsertAsync(
            db.Model.FindEntityType(typeof(T))!,
            entities.Select(e => ((object)e, (IReadOnlyDictionary<string, object?>?)null)),
            ct);

    /// <summary>Owned rows (keyed by a shadow id, linked by a shadow owner key) numbered in the order given, as
    /// autoincrement would.</summary>
    public Task<int> InsertOwnedAsync<TOwner>(
        IEnumerable<TOwner> owners, string navigation, Func<TOwner, IEnumerable<object>> owned, CancellationToken ct)
        where TOwner : class
    {
        var type = db.Model.FindEntityType(typeof(TOwner))!.FindNavigation(navigation)!.TargetEntityType;
        var ownership = type.FindOwnership()!;
        var (foreignKey, ownerKey, id) =
            (ownership.Properties.Single().Name, ownership.PrincipalKey.Properties.Single().GetGetter(), 0);
        var key = type.FindPrimaryKey()!.Properties.Single().Name;
        var rows = owners.SelectMany(o => owned(o).Select(row =>
            (row, (IReadOnlyDictionary<string, object?>?)new Dictionary<string, object?>
            {
                [foreignKey] = ownerKey.GetClrValue(o),
                [key] = ++id,
            })));
        return InsertAsync(type, rows, ct);
    }

    private async Task<int> InsertAsync(
        IEntityType type,
        IEnumerable<(object Entity, IReadOnlyDictionary<string, object?>? Shadow)> rows,
        CancellationToken ct)
    {
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = type.GetProperties().Where(p => p.GetColumnName(table) is not null).ToArray();
        var sql = db.GetService<ISqlGenerationHelper>();
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
            $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var parameters = columns
            .Select((c, i) => c.GetRelationalTypeMapping().CreateParameter(command, $"@p{i}", null, c.IsNullable))
            .ToArray();
        command.Parameters.AddRange(parameters);
        command.Prepare();
        var getters = columns.Select(c => c.IsShadowProperty() ? null : c.GetGetter()).ToArray();
        var converters = columns.Select(c => c.GetTypeMapping().Converter).ToArray();
        var count = 0;
        foreach (var (entity, shadow) in rows)
        {
            for (var i = 0; i < columns.Length; i++)
            {
                var value = getters[i] is { } getter ? getter.GetClrValue(entity) : shadow![columns[i].Name];
                parameters[i].Value = value is null ? DBNull.Value : converters[i]?.ConvertToProvider(value) ?? value;
            }

            count += await command.ExecuteNonQueryAsync(ct);
        }

        return count;
    }
}
