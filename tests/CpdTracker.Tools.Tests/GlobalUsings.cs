global using CpdTracker.Api.Data;
global using CpdTracker.Tools;
global using CpdTracker.Tools.Synthetic;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
