global using CpdTracker.Domain.Colleges;
global using CpdTracker.Domain.Meetings;
