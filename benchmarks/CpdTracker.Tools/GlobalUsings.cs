global using CpdTracker.Api.Data;
global using CpdTracker.Domain.Colleges;
global using CpdTracker.Domain.Groups;
global using CpdTracker.Domain.Meetings;
global using CpdTracker.Domain.Members;
global using CpdTracker.Domain.Workshops;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
