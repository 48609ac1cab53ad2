global using BenchmarkDotNet.Attributes;
global using CpdTracker.Domain.Meetings;
