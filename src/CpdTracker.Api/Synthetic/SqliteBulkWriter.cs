using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CpdTracker.Api.Synthetic;

/// <summary>Writes the society with prepared, parameterised commands in one transaction, in the formats EF Core uses on SQLite:
/// enums by name, DateOnly as yyyy-MM-dd, DateTime as yyyy-MM-dd HH:mm:ss, Guid as upper-case text.</summary>
public static class SqliteBulkWriter
{
    public static async Task<int> WriteAsync(string connectionString, SyntheticData data, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        var rows = 0;
        rows += await InsertAsync(connection, transaction, "Members", ["Id", "FullName", "Email", "Profession", "Country"], data.Members,
            m => [m.Id, m.FullName, m.Email, m.Profession.ToString(), m.Country.ToString()], ct);
        rows += await InsertAsync(connection, transaction, "CollegeMembership", ["MemberId", "College", "MemberNumber", "CycleStart"], data.Memberships,
            m => [m.MemberId, m.College, m.MemberNumber, m.CycleStart is { } d ? Date(d) : null], ct);
        rows += await InsertAsync(connection, transaction, "Groups", ["Id", "Name", "City", "TimeZone", "Mode"], data.Groups,
            g => [g.Id, g.Name, g.City, g.TimeZone, g.Mode.ToString()], ct);
        rows += await InsertAsync(connection, transaction, "GroupLeader", ["GroupId", "MemberId", "Role"],
            data.Groups.SelectMany(g => new[] { (g.Id, g.LeaderId, LeaderRole.Leader), (g.Id, g.CoLeaderId, LeaderRole.CoLeader) }),
            l => [l.Item1, l.Item2, l.Item3.ToString()], ct);
        rows += await InsertAsync(connection, transaction, "Enrolment", ["GroupId", "MemberId", "JoinedOn", "LeftOn"],
            data.Groups.SelectMany(g => g.MemberIds.Select(m => (g.Id, m))), e => [e.Item1, e.Item2, null, null], ct);
        rows += await InsertAsync(connection, transaction, "GroupAccreditations", ["GroupId", "College", "ActivityId"],
            data.Groups.SelectMany(g => g.Accreditations.Select(a => (g.Id, a.College, a.ActivityId))), a => [a.Item1, a.College, a.ActivityId], ct);
        rows += await InsertAsync(connection, transaction, "Workshops", ["Id", "Title", "Venue", "TimeZone", "StartDate", "EndDate"], data.Workshops,
            w => [w.Id, w.Title, w.Venue, w.TimeZone, Date(w.StartDate), Date(w.EndDate)], ct);
        rows += await InsertAsync(connection, transaction, "WorkshopAccreditations", ["WorkshopId", "College", "ActivityId"],
            data.Workshops.SelectMany(w => w.Accreditations.Select(a => (w.Id, a.College, a.ActivityId))), a => [a.Item1, a.College, a.ActivityId], ct);
        rows += await InsertAsync(connection, transaction, "WorkshopParticipant", ["WorkshopId", "MemberId"],
            data.Workshops.SelectMany(w => w.Participants.Select(p => (w.Id, p))), p => [p.Item1, p.Item2], ct);
        rows += await InsertAsync(connection, transaction, "Meetings",
            ["Id", "GroupId", "WorkshopId", "Kind", "Title", "StartsAtUtc", "TimeZone", "LocalDate", "DurationMinutes", "Mode", "Status", "LockedAtUtc", "Version"],
            data.Meetings, m => [m.Id, m.GroupId, m.WorkshopId, m.Kind.ToString(), m.Title, Time(m.StartsAtUtc), m.TimeZone, Date(m.LocalDate),
                m.DurationMinutes, m.Mode.ToString(), m.Status.ToString(), m.LockedAtUtc is { } t ? Time(t) : null, m.Version.ToString().ToUpperInvariant()], ct);
        rows += await InsertAsync(connection, transaction, "Attendances", ["MeetingId", "MemberId", "Status", "MinutesAttended", "Role"], data.Attendances,
            a => [a.MeetingId, a.MemberId, a.Status.ToString(), a.MinutesAttended, a.Role.ToString()], ct);
        await transaction.CommitAsync(ct);
        return rows;
    }

    private static async Task<int> InsertAsync<T>(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns,
        IEnumerable<T> rows, Func<T, object?[]> values, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        command.Prepare();
        var count = 0;
        foreach (var row in rows)
        {
            var v = values(row);
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = v[i] ?? DBNull.Value;
            }

            count += await command.ExecuteNonQueryAsync(ct);
        }

        return count;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(DateTime time) => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
