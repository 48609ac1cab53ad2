namespace CpdTracker.Api.Features.Certificates;

/// <summary>What a document certifies, as stored in its natural key: built here only, so every reader agrees on the
/// text.</summary>
public static class DocumentSubjects
{
    public static string Meeting(int meetingId) => $"meeting:{meetingId}";

    public static string Workshop(int workshopId) => $"workshop:{workshopId}";

    public static string Period(string college, CpdTracker.Domain.Credit.CpdPeriod period) =>
        $"{college}:{period.Start:yyyy-MM-dd}:{period.End:yyyy-MM-dd}";
}
