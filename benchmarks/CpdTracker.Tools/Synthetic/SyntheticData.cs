namespace CpdTracker.Tools.Synthetic;

/// <summary>The society as the app's own entities, with every id set, ready for the DbContext.</summary>
public sealed class SyntheticData
{
    public List<Member> Members { get; } = [];
    public List<Group> Groups { get; } = [];
    public List<Workshop> Workshops { get; } = [];
    public List<Meeting> Meetings { get; } = [];

    public int Memberships => Members.Sum(m => m.CollegeMemberships.Count);

    public int Attendances => Meetings.Sum(m => m.Attendances.Count);

    /// <summary>Numbers the child rows in the order they are written, as the tables' autoincrement would, and links
    /// each register to its meeting.</summary>
    public void NumberRows()
    {
        foreach (var meeting in Meetings)
        {
            meeting.Attendances.ForEach(a => a.MeetingId = meeting.Id);
        }

        Number(Members.SelectMany(m => m.CollegeMemberships), (c, id) => c.Id = id);
        Number(Groups.SelectMany(g => g.Leaders), (l, id) => l.Id = id);
        Number(Groups.SelectMany(g => g.Enrolments), (e, id) => e.Id = id);
        Number(Meetings.SelectMany(m => m.Attendances), (a, id) => a.Id = id);
    }

    private static void Number<T>(IEnumerable<T> rows, Action<T, int> set)
    {
        var id = 0;
        foreach (var row in rows)
        {
            set(row, ++id);
        }
    }
}
