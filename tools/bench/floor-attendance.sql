-- The rows the attendance export writes, read by sqlite3 itself: the same joins and order.
SELECT m.LocalDate, m.StartsAtUtc, m.TimeZone, m.DurationMinutes, m.Mode, m.Kind, m.Title, m.Status,
       COALESCE(g.Name, w.Title), mem.FullName, mem.Profession, a.Status, a.MinutesAttended, a.Role
FROM Attendances a
JOIN Meetings m ON m.Id = a.MeetingId
JOIN Members mem ON mem.Id = a.MemberId
LEFT JOIN Groups g ON g.Id = m.GroupId
LEFT JOIN Workshops w ON w.Id = m.WorkshopId
ORDER BY m.StartsAtUtc, m.Id, mem.FullName;
