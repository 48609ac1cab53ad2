namespace CpdTracker.Domain.Meetings;

/// <summary>What makes a submitted register acceptable, and the minutes each status credits.</summary>
public static class RegisterPolicy
{
    public static IReadOnlyDictionary<string, string[]> Check(
        int durationMinutes,
        IReadOnlyList<RegisterEntry> entries,
        Func<int, bool> memberExists,
        Func<int, bool> mayAttend)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(int i, string field, string message)
        {
            var key = $"entries[{i}].{field}";
            (errors.TryGetValue(key, out var list) ? list : errors[key] = []).Add(message);
        }

        var seen = new HashSet<int>();
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (!seen.Add(e.MemberId))
            {
                Add(i, "memberId", $"Member {e.MemberId} appears more than once in the register.");
            }
            else if (!memberExists(e.MemberId))
            {
                Add(i, "memberId", $"There is no member {e.MemberId}.");
            }
            else if (!mayAttend(e.MemberId))
            {
                Add(i, "memberId", $"Member {e.MemberId} is not enrolled for this meeting's date.");
            }

            foreach (var problem in MinutesProblems(e, durationMinutes))
            {
                Add(i, "minutesAttended", problem);
            }
        }

        return errors.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    public static int CreditedMinutes(RegisterEntry entry, int durationMinutes) => entry.Status switch
    {
        AttendanceStatus.Absent or AttendanceStatus.Apology => 0,
        AttendanceStatus.Present => entry.MinutesAttended ?? durationMinutes,
        _ => entry.MinutesAttended ?? 0,
    };

    private static IEnumerable<string> MinutesProblems(RegisterEntry e, int duration)
    {
        var minutes = e.MinutesAttended;
        switch (e.Status)
        {
            case AttendanceStatus.Absent or AttendanceStatus.Apology when minutes is not null:
                yield return $"{e.Status} takes no minutes attended.";
                break;
            case AttendanceStatus.Late or AttendanceStatus.LeftEarly when minutes is null:
                yield return $"{e.Status} needs the minutes attended.";
                break;
            case AttendanceStatus.Late or AttendanceStatus.LeftEarly when minutes >= duration:
                yield return $"{e.Status} means fewer minutes than the meeting's {duration}; " +
                    "use Present for the whole meeting.";
                break;
        }

        if (minutes < 0)
        {
            yield return "Minutes attended cannot be negative.";
        }
        else if (minutes > duration)
        {
            yield return $"Minutes attended ({minutes}) are more than the meeting's duration ({duration}).";
        }
    }
}
