using CpdTracker.Reports.Documents.Models;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Features.Society;

/// <summary>The society's details as every document prints them, read once from configuration.</summary>
public sealed class IssuingSociety(IOptions<SocietyOptions> options)
{
    private readonly Lazy<SocietyDetails> _details = new(() => new SocietyDetails(options.Value.Name, options.Value.ShortName));

    public SocietyDetails Details => _details.Value;
}
