namespace CpdTracker.Api.Features.Meetings;

public static class MeetingsExtensions
{
    public static IHostApplicationBuilder AddCpdMeetings(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<MeetingService>();
        builder.Services.AddScoped<RegisterService>();
        return builder;
    }
}
