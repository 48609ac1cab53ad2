using CpdTracker.Domain.Meetings;

namespace CpdTracker.Reports.Documents.Models;

/// <summary>A multi-session workshop as its certificate names it.</summary>
public sealed record WorkshopDetails(string Title, MeetingMode Mode, string? Venue, string? ConvenorName);
