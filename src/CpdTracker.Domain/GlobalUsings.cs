global using CpdTracker.Domain.Colleges;
global using CpdTracker.Domain.Meetings;
global using FluentValidation;
