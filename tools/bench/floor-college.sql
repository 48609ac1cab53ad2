-- The rows the RACGP 2025 report is computed from: each RACGP member's locked 2025 attendance with its activity and number.
SELECT cm.MemberNumber, mem.FullName, m.Id, m.LocalDate, m.Title, m.Kind, a.Role, a.Status, a.MinutesAttended, m.DurationMinutes,
       COALESCE(g.Name, w.Title), COALESCE(ga.ActivityId, wa.ActivityId)
FROM CollegeMembership cm
JOIN Members mem ON mem.Id = cm.MemberId
JOIN Attendances a ON a.MemberId = cm.MemberId
JOIN Meetings m ON m.Id = a.MeetingId
LEFT JOIN Groups g ON g.Id = m.GroupId
LEFT JOIN Workshops w ON w.Id = m.WorkshopId
LEFT JOIN GroupAccreditations ga ON ga.GroupId = m.GroupId AND ga.College = 'RACGP'
LEFT JOIN WorkshopAccreditations wa ON wa.WorkshopId = m.WorkshopId AND wa.College = 'RACGP'
WHERE cm.College = 'RACGP' AND m.LocalDate BETWEEN '2025-01-01' AND '2025-12-31' AND m.Status = 'Locked'
ORDER BY cm.MemberId, m.LocalDate;
